#pragma once

#include <QProcess>
#include <QStringList>

namespace spuw::test {

// One run of the real sp-upgrade-wizard executable, without a display (headless commands must
// manage without one by themselves).
struct AppRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;

    static AppRun run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SPUW_APP_BINARY), args);
        AppRun r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
};

} // namespace spuw::test
