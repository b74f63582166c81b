#pragma once

// spuw-live-probe.exe --serve under Wine, with what it printed: for the tests that drive a server
// through its agent (TestRemoteProbe, TestRemoteWalk).
#include "WinePrefix.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

namespace spuw::test {

inline const QString kLiveProbeExe = QStringLiteral(SPUW_WIN64_DIR "/spuw-live-probe.exe");

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// The agent under Wine, with what it printed.
class Agent
{
public:
    bool start(Wine &wine, const QStringList &args, QString *error)
    {
        m_out.clear();
        m_err.clear();
        m_process.setProcessEnvironment(wine.environment());
        m_process.start(QStringLiteral(SPUW_WINE), QStringList{kLiveProbeExe, QStringLiteral("--serve")} + args);
        QDeadlineTimer deadline(60000);
        while (!m_out.contains("Listening on ")
            || (!args.contains(QStringLiteral("--resume")) && !m_out.contains("\nPairing code: "))
            || !m_out.endsWith('\n')) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                read();
                *error = QStringLiteral("the agent did not start listening: %1 / %2")
                             .arg(QString::fromLocal8Bit(m_out), QString::fromLocal8Bit(m_err));
                return false;
            }
            m_process.waitForReadyRead(200);
            read();
        }
        return true;
    }
    void read()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }
    QString code() const
    {
        const qsizetype at = m_out.indexOf("Pairing code: ");
        return at < 0 ? QString() : QString::fromLatin1(m_out.mid(at + 14, 34));
    }
    QByteArray out()
    {
        read();
        return m_out;
    }
    QByteArray err()
    {
        read();
        return m_err;
    }
    // The agent writes after it answered: what it said may still be on its way.
    bool said(const QByteArray &text, int ms = 5000)
    {
        QDeadlineTimer deadline(ms);
        while (!err().contains(text) && !out().contains(text)) {
            if (deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(100);
        }
        return true;
    }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    // -1 when it did not exit in time.
    int waitForExit(int ms)
    {
        if (!m_process.waitForFinished(ms))
            return -1;
        read();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    ~Agent() { kill(); }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace spuw::test
