#include "AppRun.h"
#include "LiveReportJson.h"
#include "LiveReports.h"
#include "Privileges.h"
#include "ServerImage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using spuw::test::DumpSpec;
using spuw::test::ServerImage;

Q_DECLARE_METATYPE(spuw::test::ServerImage)

using spuw::test::AppRun;

// Every row of the decision table end to end: an image built from real formats, the real
// executable, its JSON and its exit code.
class TestPreflightCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionRows_data();
    void decisionRows();
    void builtInScenarios_data();
    void builtInScenarios();
    void brokenScenarioFile();
    void readableReport();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void liveReportFromAnotherServer();
    void unreadableFoldersAreNeverAbsence_data();
    void unreadableFoldersAreNeverAbsence();
    void specialScenarioFilesAreRefused_data();
    void specialScenarioFilesAreRefused();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestPreflightCli::decisionRows_data()
{
    QTest::addColumn<ServerImage>("image");
    QTest::addColumn<QString>("san");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QStringList>("blockers");
    QTest::addColumn<int>("exitCode");

    ServerImage i;
    QTest::newRow("standalone") << i << "E:"
                                << "standalone" << QStringList{} << 0;
    QTest::newRow("standalone, no SAN volumes") << i << "none"
                                                << "standalone" << QStringList{} << 0;

    i = ServerImage();
    i.clusterService = i.clusterDatabase = true;
    i.clusterNodes = {QStringLiteral("SRV01"), QStringLiteral("SRV02")};
    QTest::newRow("cluster node") << i << "E:,F:"
                                  << "clustered" << QStringList{} << 0;

    i = ServerImage();
    i.minidumps = {{QStringLiteral("Mini112503-01.dmp"), DumpSpec{}}};
    QTest::newRow("0xC2 dump from Server 2003 kernel") << i << "E:"
                                                       << "recovery" << QStringList{} << 0;

    i = ServerImage();
    i.productName = QStringLiteral("Microsoft Windows Server 2003");
    i.version = QStringLiteral("5.2");
    i.build = QStringLiteral("3790");
    i.servicePack.clear();
    // Between standalone steps 3 and 4: the upgrade continues at step 4, it is not the recovery.
    QTest::newRow("Server 2003 with the 2000 driver") << i << "E:"
                                                      << "standalone" << QStringList{} << 0;

    i = ServerImage();
    DumpSpec w2k;
    w2k.build = 2195;
    i.minidumps = {{QStringLiteral("Mini.dmp"), w2k}};
    QTest::newRow("0xC2 from the Windows 2000 kernel is not the KB's") << i << "E:"
                                                                       << "standalone" << QStringList{} << 0;

    i = ServerImage();
    i.raidiskVersion = QStringLiteral("3.5.1.500");
    QTest::newRow("older Secure Path") << i << "E:"
                                       << "install-securepath-4.0a" << QStringList{QStringLiteral("securepath-version")}
                                       << 3;

    i = ServerImage();
    QTest::newRow("boot from SAN") << i << "c:"
                                   << "defer"
                                   << QStringList{QStringLiteral("boot-volume-on-san"),
                                          QStringLiteral("pagefile-on-san")}
                                   << 3;

    i = ServerImage();
    i.pagingFiles = {QStringLiteral("C:\\pagefile.sys 512 1024"), QStringLiteral("E:\\pagefile.sys 512 1024")};
    QTest::newRow("second page file on SAN") << i << "E:"
                                             << "defer" << QStringList{QStringLiteral("pagefile-on-san")} << 3;

    i = ServerImage();
    i.productType = QStringLiteral("LanmanNT");
    i.ntdsParameters = true;
    i.adDatabase = QStringLiteral("F:\\NTDS\\ntds.dit");
    QTest::newRow("DC with AD on SAN") << i << "E:,F:"
                                       << "defer" << QStringList{QStringLiteral("ad-database-on-san")} << 3;

    i = ServerImage();
    i.productType = QStringLiteral("LanmanNT");
    i.ntdsParameters = true;
    QTest::newRow("DC with AD on local disk") << i << "E:"
                                              << "standalone" << QStringList{} << 0;

    i = ServerImage();
    i.ntdsKey = true;
    i.adDatabase = QStringLiteral("E:\\NTDS\\ntds.dit");
    QTest::newRow("leftover NTDS key on a member server") << i << "E:"
                                                          << "standalone" << QStringList{} << 0;

    i = ServerImage();
    i.productType = QStringLiteral("LanmanNT");
    i.ntdsParameters = true;
    i.adDatabase = QStringLiteral("E:\\NTDS\\ntds.dit");
    i.clusterService = i.clusterDatabase = true;
    i.clusterNodes = {QStringLiteral("SRV01"), QStringLiteral("SRV02")};
    QTest::newRow("DC + cluster + AD on SAN") << i << "E:"
                                              << "defer" << QStringList{QStringLiteral("ad-database-on-san")} << 3;

    i = ServerImage();
    i.raidiskVersion.clear();
    QTest::newRow("no Secure Path") << i << "none"
                                    << "not-applicable" << QStringList{QStringLiteral("securepath-not-installed")} << 4;

    i = ServerImage();
    i.raidiskVersion = QStringLiteral("4.0.0.720");
    QTest::newRow("newer Secure Path") << i << "E:"
                                       << "not-applicable" << QStringList{QStringLiteral("securepath-newer")} << 4;

    i = ServerImage();
    i.productType = QStringLiteral("WinNT");
    QTest::newRow("workstation") << i << "E:"
                                 << "not-applicable" << QStringList{QStringLiteral("unsupported-os")} << 4;

    i = ServerImage();
    i.version = QStringLiteral("5.2");
    i.build = QStringLiteral("3790");
    i.raidiskVersion = QStringLiteral("3.6.3.670");
    QTest::newRow("already upgraded") << i << "E:"
                                      << "not-applicable" << QStringList{QStringLiteral("already-upgraded")} << 4;

    i = ServerImage();
    i.currentControlSet = 2;
    i.mixedCase = true;
    i.systemDir = QStringLiteral("WINDOWS");
    i.systemRoot = QStringLiteral("C:\\WINDOWS");
    QTest::newRow("ControlSet002, mixed case, WINDOWS") << i << "E:"
                                                        << "standalone" << QStringList{} << 0;
}

void TestPreflightCli::decisionRows()
{
    QFETCH(ServerImage, image);
    QFETCH(QString, san);
    QFETCH(QString, procedure);
    QFETCH(QStringList, blockers);
    QFETCH(int, exitCode);
    const QString root = m_dir.filePath(QStringLiteral("img%1").arg(++m_count));
    QString error;
    QVERIFY2(image.write(root, &error), qPrintable(error));
    const AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--image"), root,
        QStringLiteral("--san-volumes"), san, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("procedure")).toString(), procedure);
    QStringList ids;
    for (const QJsonValue &b : o.value(QStringLiteral("blockers")).toArray()) {
        ids << b.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!b.toObject().value(QStringLiteral("kb")).toString().isEmpty());
        QVERIFY(!b.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(ids, blockers);
    const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("computer_name")).toString(), QStringLiteral("SRV01"));
    QCOMPARE(facts.value(QStringLiteral("system_root")).toString(), image.systemRoot);
    QCOMPARE(facts.value(QStringLiteral("os")).toObject().value(QStringLiteral("build")).toInt(), image.build.toInt());
    QCOMPARE(facts.value(QStringLiteral("os")).toObject().value(QStringLiteral("product_type")).toString(),
        image.productType);
    QCOMPARE(facts.value(QStringLiteral("domain_controller")).toBool(),
        image.productType == QLatin1String("LanmanNT") && image.ntdsParameters);
    QCOMPARE(facts.value(QStringLiteral("cluster_member")).toBool(), image.clusterDatabase);
    QCOMPARE(facts.value(QStringLiteral("paging_files")).toArray().size(), image.pagingFiles.size());
    if (image.raidiskVersion.isEmpty())
        QVERIFY(facts.value(QStringLiteral("securepath")).isNull());
    else
        QCOMPARE(facts.value(QStringLiteral("securepath")).toObject().value(QStringLiteral("file_version")).toString(),
            image.raidiskVersion);
    QCOMPARE(facts.value(QStringLiteral("crash_dumps")).toArray().size(), image.minidumps.size());
    if (!image.minidumps.isEmpty()) {
        const QJsonObject d = facts.value(QStringLiteral("crash_dumps")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("bugcheck_code")).toInt(), 194);
        QCOMPARE(d.value(QStringLiteral("bits")).toInt(), 32);
        QCOMPARE(d.value(QStringLiteral("parameters")).toArray().first().toString(), QStringLiteral("0x7"));
        QCOMPARE(d.value(QStringLiteral("dump_type")).toInt(), 4);
    }
    QCOMPARE(facts.value(QStringLiteral("san_volumes")).toArray().size(),
        san == QLatin1String("none") ? 0 : int(san.count(QLatin1Char(',')) + 1));
}

void TestPreflightCli::builtInScenarios_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("procedure");
    const AppRun list = AppRun::run({QStringLiteral("--list-scenarios")});
    QCOMPARE(list.exitCode, 0);
    for (const QByteArray &line : list.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QString text = QString::fromUtf8(line);
        const QString name = text.section(QLatin1Char(' '), 0, 0);
        const QString procedure = text.section(QLatin1Char('['), -1).chopped(1);
        QTest::newRow(qPrintable(name)) << name << procedure;
    }
}

void TestPreflightCli::builtInScenarios()
{
    QFETCH(QString, name);
    QFETCH(QString, procedure);
    const AppRun r
        = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"), name, QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("procedure")).toString(), procedure);
    const int expectedExit
        = (procedure == QLatin1String("defer") || procedure == QLatin1String("install-securepath-4.0a")) ? 3
        : procedure == QLatin1String("not-applicable")                                                   ? 4
                                                                                                         : 0;
    QCOMPARE(r.exitCode, expectedExit);
    QCOMPARE(o.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("simulated"));
    QVERIFY(o.value(QStringLiteral("facts")).toObject().value(QStringLiteral("training")).toBool());
}

void TestPreflightCli::brokenScenarioFile()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("// my scenario\n{\n  \"schema\": 1,\n  \"nmae\": \"x\"\n}\n");
    f.close();
    const AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("nmae"), r.err.constData());
    const AppRun both = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"),
        QStringLiteral("standalone-ready"), QStringLiteral("--image"), QStringLiteral("/tmp")});
    QCOMPARE(both.exitCode, 2);
}

void TestPreflightCli::readableReport()
{
    ServerImage i;
    i.pagingFiles = {QStringLiteral("E:\\pagefile.sys 512 1024")};
    const QString root = m_dir.filePath(QStringLiteral("text"));
    QString error;
    QVERIFY(i.write(root, &error));
    const AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--image"), root,
        QStringLiteral("--san-volumes"), QStringLiteral("E")});
    QCOMPARE(r.exitCode, 3);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("SRV01")));
    QVERIFY(text.contains(QStringLiteral("[pagefile-on-san]")));
    QVERIFY(text.contains(QStringLiteral("have their page file located on the SAN")));
}

void TestPreflightCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("missing --san-volumes") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--image"),
        QStringLiteral("/tmp")} << "--san-volumes";
    QTest::newRow("bad --san-volumes") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--image"),
        QStringLiteral("/tmp"), QStringLiteral("--san-volumes"), QStringLiteral("SAN1")}
                                       << "SAN1";
    QTest::newRow("image is not a folder") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--image"),
        QStringLiteral("/nonexistent/img"), QStringLiteral("--san-volumes"), QStringLiteral("none")}
                                           << "/nonexistent/img";
}

void TestPreflightCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const AppRun r = AppRun::run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

void TestPreflightCli::versionAndHelp()
{
    const AppRun v = AppRun::run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("sp-upgrade-wizard "));
    QVERIFY(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+")).match(QString::fromUtf8(v.out)).hasMatch());
    const AppRun h = AppRun::run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("--preflight"));
    QVERIFY(h.out.contains("--san-volumes"));
}

void TestPreflightCli::liveReportFromAnotherServer()
{
    // What spuw-live-probe.exe printed on a Windows 2000 server, assessed here.
    auto report = spuw::test::LiveReports::win2000Server();
    const QString path = m_dir.filePath(QStringLiteral("srv01-live.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(spuw::live::toJson(report)));
    f.close();
    AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--live-report"), path,
        QStringLiteral("--san-volumes"), QStringLiteral("E:"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("procedure")).toString(), QStringLiteral("standalone"));
    QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("live-report"));
    const QJsonObject facts = json.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("visible_san_volumes")).toArray().first().toString(), QStringLiteral("E:"));

    // A page file on E:, which the operator says is a SAN volume: defer.
    spuw::test::LiveReports::setString(report, "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management",
        "PagingFiles", {"E:\\pagefile.sys 512 1024"}, 7);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::fromStdString(spuw::live::toJson(report)));
    f.close();
    r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--live-report"), path,
        QStringLiteral("--san-volumes"), QStringLiteral("E:"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("procedure")).toString(), QStringLiteral("defer"));

    // The operator's answer is required, and a broken file is named.
    r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--live-report"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--san-volumes"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"schema\": \"sp-upgrade-wizard-live-report/1\", \"os\": 5}");
    f.close();
    r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--live-report"), path,
        QStringLiteral("--san-volumes"), QStringLiteral("none")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ": collected_by: expected a string")), r.err.constData());
    // Not a live system: the window cannot work on a report.
    r = AppRun::run({QStringLiteral("--live-report"), path});
    QCOMPARE(r.exitCode, 2);
}

void TestPreflightCli::unreadableFoldersAreNeverAbsence_data()
{
    QTest::addColumn<QString>("folder"); // made unreadable (mode 000) in the image
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    // F3: not "Raidisk.sys is not installed ... does not apply" (exit 4).
    QTest::newRow("system32/Drivers") << "WINNT/system32/Drivers" << 2 << "Drivers";
    // F8: not "does not look like a Windows system volume".
    QTest::newRow("system32/config") << "WINNT/system32/config" << 2 << "config";
    // F8: a warning naming the folder, and the dumps unknown, not "none".
    QTest::newRow("Minidump") << "WINNT/Minidump" << 0 << "Minidump";
}

// As an unprivileged user (CI runs as root, which reads everything): a folder that cannot be read
// is never taken for an empty one.
void TestPreflightCli::unreadableFoldersAreNeverAbsence()
{
    QFETCH(QString, folder);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QString why;
    QStringList prefix;
    if (spuw::test::isRoot()) {
        prefix = spuw::test::asNobody(&why);
        if (prefix.isEmpty())
            QSKIP(qPrintable(why));
    }
    QTemporaryDir open; // readable by the unprivileged user
    QVERIFY(QFile::setPermissions(open.path(), QFileDevice::Permissions(0x7755)));
    const QString root = open.filePath(QStringLiteral("image"));
    ServerImage image;
    image.minidumps = {{QStringLiteral("Mini010203-01.dmp"), DumpSpec()}};
    QString error;
    QVERIFY2(image.write(root, &error), qPrintable(error));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/WINNT/Minidump")));
    // Everything readable by others, then the one folder closed.
    QVERIFY(spuw::test::runCommand(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rX"), root}) == 0);
    QVERIFY(QFile::setPermissions(root + QLatin1Char('/') + folder, QFileDevice::Permissions()));
    QProcess p;
    const QStringList args{QStringLiteral("--preflight"), QStringLiteral("--image"), root,
        QStringLiteral("--san-volumes"), QStringLiteral("E:")};
    if (prefix.isEmpty())
        p.start(QStringLiteral(SPUW_APP_BINARY), args);
    else
        p.start(prefix.first(), prefix.mid(1) << QStringLiteral(SPUW_APP_BINARY) << args);
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QFile::setPermissions(root + QLatin1Char('/') + folder, QFileDevice::Permissions(0x7755));
    const QString all = out + err;
    QVERIFY2(p.exitCode() == exitCode, qPrintable(all));
    QVERIFY2(all.contains(expected), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("cannot be read")), qPrintable(all));
    QVERIFY2(!out.contains(QStringLiteral("not installed")), qPrintable(out));
    QVERIFY2(!all.contains(QStringLiteral("does not look like")), qPrintable(all));
    if (exitCode == 0) {
        QVERIFY2(
            out.contains(QStringLiteral("Crash dumps:")) && !out.contains(QStringLiteral("none")), qPrintable(out));
    }
}

void TestPreflightCli::specialScenarioFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FIFO") << "fifo"
                          << "FIFO";
    QTest::newRow("/dev/zero") << "dev-zero"
                               << "character device";
    QTest::newRow("2 MiB") << "big"
                           << "more than";
}

// F4: neither a hang nor 2 GB of memory: refused at once, naming the file.
void TestPreflightCli::specialScenarioFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = m_dir.filePath(QStringLiteral("scenario-%1.json").arg(kind));
    QFile::remove(path);
    if (kind == QLatin1String("fifo")) {
        QVERIFY(spuw::test::runCommand(QStringLiteral("mkfifo"), {path}) == 0);
    } else if (kind == QLatin1String("dev-zero")) {
        path = QStringLiteral("/dev/zero");
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": 1, \"briefing\": \"");
        f.write(QByteArray(2 << 20, 'x'));
        f.write("\"}");
    }
    QElapsedTimer t;
    t.start();
    const AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"), path}, 20000);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains(expected.toUtf8()) && r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY(t.elapsed() < 20000);
}

QTEST_GUILESS_MAIN(TestPreflightCli)
#include "TestPreflightCli.moc"
