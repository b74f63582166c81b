#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace spuw::test {

// Bytes of a kernel crash dump header laid out per shared/reference/windows-artifacts.md.
struct DumpSpec
{
    int bits = 32;
    quint32 build = 3790;
    quint32 bugCheckCode = 0xC2;
    std::array<quint64, 4> parameters{0x7, 0x121a, 0x0, 0x8a3f1e30};
    quint32 dumpType = 4;
    quint32 productType = 3;
    quint32 machine = 0x14C;
    quint32 processors = 2;
    qint64 totalSize = 64 * 1024; // a Server 2003 small memory dump
    QByteArray bytes() const;
};

// An offline copy of a server's system volume, built from real formats: hives grown from the
// minimal fixture with hivex, a windres-built Raidisk.sys, dumps with real header layouts.
struct ServerImage
{
    QString systemDir = QStringLiteral("WINNT"); // the folder name in the image
    QString systemRoot = QStringLiteral("C:\\WINNT");
    bool writeSystemRootValue = true;
    QString productName = QStringLiteral("Microsoft Windows 2000");
    QString version = QStringLiteral("5.0");
    QString build = QStringLiteral("2195");
    QString servicePack = QStringLiteral("Service Pack 4");
    QString computerName = QStringLiteral("SRV01");
    QString productType = QStringLiteral("ServerNT");
    QStringList suites;
    int currentControlSet = 1;
    // The other control set says something else, so reading the wrong one gives wrong answers.
    bool decoyControlSet = true;
    QStringList pagingFiles{QStringLiteral("C:\\pagefile.sys 1536 3072")};
    bool ntdsKey = false; // Services\NTDS exists (left behind on non-DCs too)
    bool ntdsParameters = false; // Services\NTDS\Parameters: a real DC
    QString adDatabase = QStringLiteral("%SystemRoot%\\NTDS\\ntds.dit");
    QString adLogs = QStringLiteral("%SystemRoot%\\NTDS");
    bool clusterService = false;
    bool clusterDatabase = false;
    QString clusterName = QStringLiteral("CLUSTER1");
    QStringList clusterNodes;
    QString raidiskVersion = QStringLiteral("3.6.2.670"); // empty: no Raidisk.sys
    QString raidiskFile; // overrides raidiskVersion: any file
    bool mixedCase = false; // folder and file names in odd letter case, as copies often have
    QString dumpFileValue; // CrashControl\DumpFile, default left to Windows
    QList<QPair<QString, DumpSpec>> minidumps; // file name in Minidump -> header
    bool memoryDmp = false;
    DumpSpec memoryDmpSpec;

    // Writes the image under `root`; false with *error on failure.
    bool write(const QString &root, QString *error) const;
    static QString peFixture(const QString &version);
    // Decompresses an .xz fixture to `to` at test time, as the fixtures' README asks.
    static bool unpackXz(const QString &xzPath, const QString &to);
    // The real 7.9 MiB SYSTEM hive of a Windows 10 machine (tests/data/fixtures/hives).
    static QString realSystemHive() { return QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/SYSTEM_win10_regipy.xz"); }
};

} // namespace spuw::test
