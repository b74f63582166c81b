#pragma once

// A Wine prefix for the tests that run the Win32 probe and agent (TestWindowsProbe,
// TestRemoteProbe), done so that a crash cannot pass and nothing lingers: WINEDEBUG=-all, no
// Mono/Gecko installers, no winedbg (a crash would otherwise be "handled" and exit 0), a fresh
// prefix under the build tree, wineserver started persistent before and killed after (else it
// holds ctest's pipes). Needs SPUW_WINE and SPUW_WINESERVER defined by the test target.

#include "ServerImage.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace spuw::test {

inline const QString kVersionKey = QStringLiteral("HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion");
inline const QString kControl = QStringLiteral("HKLM\\System\\CurrentControlSet\\Control");
inline const QString kServices = QStringLiteral("HKLM\\System\\CurrentControlSet\\Services");

// Z: is the host's root in every Wine prefix.
inline QString windowsPath(const QString &linuxPath)
{
    return QStringLiteral("Z:") + QFileInfo(linuxPath).absoluteFilePath().replace(u'/', u'\\');
}

class Wine
{
public:
    explicit Wine(QString prefix = QStringLiteral(SPUW_BINARY_DIR "/wine-prefix")) : m_prefix(std::move(prefix)) { }
    ~Wine() { stopServer(); }
    Wine(const Wine &) = delete;
    Wine &operator=(const Wine &) = delete;

    QString prefix() const { return m_prefix; }
    QString driveC() const { return m_prefix + QStringLiteral("/drive_c"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WINEPREFIX"), m_prefix);
        env.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all"));
        env.insert(
            QStringLiteral("WINEDLLOVERRIDES"), QStringLiteral("mscoree,mshtml=;winemenubuilder.exe=d;winedbg.exe=d"));
        env.insert(QStringLiteral("WINEARCH"), QStringLiteral("win64"));
        env.remove(QStringLiteral("DISPLAY")); // no window may open
        return env;
    }

    // Runs a program of the host (wine, wineserver) with the prefix's environment.
    int host(const QString &program, const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 120000,
        QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        if (!out)
            p.setStandardOutputFile(QProcess::nullDevice());
        if (!err)
            p.setStandardErrorFile(QProcess::nullDevice());
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    int wine(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return host(QStringLiteral(SPUW_WINE), args, out, 120000, err);
    }
    // Sets up the imitated server's registry. `reg ... /f` may be repeated safely, and Wine's reg.exe
    // now and then fails on a busy machine (seen once under ASan in CI): it gets one retry, and
    // what it said is shown. What the probe then reads is checked by the tests themselves.
    int reg(const QStringList &args)
    {
        const QStringList command = QStringList{QStringLiteral("reg")} + args + QStringList{QStringLiteral("/f")};
        QByteArray out;
        QByteArray err;
        const int first = wine(command, &out, &err);
        if (first == 0)
            return 0;
        qWarning("wine reg %s exited with %d (%s %s); trying once more", qPrintable(args.join(QLatin1Char(' '))), first,
            out.trimmed().constData(), err.trimmed().constData());
        return wine(command);
    }
    int regAdd(
        const QString &key, const QString &name, const QString &data, const QString &type = QStringLiteral("REG_SZ"))
    {
        return reg({QStringLiteral("add"), key, QStringLiteral("/v"), name, QStringLiteral("/t"), type,
            QStringLiteral("/d"), data});
    }

    bool create(QString *error)
    {
        QDir(m_prefix).removeRecursively();
        QDir().mkpath(m_prefix);
        if (!startServer()) {
            *error = QStringLiteral("wineserver -p failed");
            return false;
        }
        if (wine({QStringLiteral("wineboot"), QStringLiteral("-i")}) != 0) {
            *error = QStringLiteral("wineboot -i failed");
            return false;
        }
        // Not `wineserver -w` here: a persistent server never ends, so it would wait forever.
        return QFileInfo::exists(driveC() + QStringLiteral("/windows/system32"));
    }
    // Windows 2000 as its registry says it: no Version key, so Wine takes its version from
    // CurrentVersion and ProductOptions; a page file, Raidisk's service, CrashControl's MinidumpDir.
    bool poseAsWindows2000(const QString &productType)
    {
        reg({QStringLiteral("delete"), QStringLiteral("HKCU\\Software\\Wine"), QStringLiteral("/v"),
            QStringLiteral("Version")});
        return regAdd(kVersionKey, QStringLiteral("CurrentVersion"), QStringLiteral("5.0")) == 0
            && regAdd(kVersionKey, QStringLiteral("CurrentBuildNumber"), QStringLiteral("2195")) == 0
            && regAdd(kVersionKey, QStringLiteral("CSDVersion"), QStringLiteral("Service Pack 4")) == 0
            && regAdd(kVersionKey, QStringLiteral("ProductName"), QStringLiteral("Microsoft Windows 2000")) == 0
            && regAdd(kControl + QStringLiteral("\\ProductOptions"), QStringLiteral("ProductType"), productType) == 0
            // REG_MULTI_SZ through `wine reg add` (\0 separates entries; `reg import` would garble it).
            && regAdd(kControl + QStringLiteral("\\Session Manager\\Memory Management"), QStringLiteral("PagingFiles"),
                   QStringLiteral("C:\\pagefile.sys 1536 3072"), QStringLiteral("REG_MULTI_SZ"))
            == 0
            && regAdd(kServices + QStringLiteral("\\Raidisk"), QStringLiteral("ImagePath"),
                   QStringLiteral("System32\\DRIVERS\\Raidisk.sys"), QStringLiteral("REG_EXPAND_SZ"))
            == 0
            && regAdd(kControl + QStringLiteral("\\CrashControl"), QStringLiteral("MinidumpDir"),
                   QStringLiteral("%SystemRoot%\\Minidump"), QStringLiteral("REG_EXPAND_SZ"))
            == 0;
    }
    // Raidisk.sys of that version (tests/data/pe) in system32\drivers.
    bool putRaidisk(const QString &version)
    {
        const QString target = driveC() + QStringLiteral("/windows/system32/drivers/Raidisk.sys");
        QFile::remove(target);
        return QFile::copy(ServerImage::peFixture(version), target);
    }
    bool startServer() { return host(QStringLiteral(SPUW_WINESERVER), {QStringLiteral("-p")}) == 0; }
    void stopServer() { host(QStringLiteral(SPUW_WINESERVER), {QStringLiteral("-k")}); }
    // Wine notices a new drive letter only when it starts: like a server after its reboot.
    bool restart()
    {
        stopServer();
        host(QStringLiteral(SPUW_WINESERVER), {QStringLiteral("-w")}, nullptr, 30000); // until it is gone
        return startServer();
    }

private:
    QString m_prefix;
};

} // namespace spuw::test
