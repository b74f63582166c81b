#include "SystemFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace spuw;

class TestSystemFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagingFileEntries_data();
    void pagingFileEntries();
    void volumes_data();
    void volumes();
    void volumeOfPaths_data();
    void volumeOfPaths();
    void domainControllerNeedsLanmanNtAndParameters();
    void roundTripKeepsValuesAndOrigins();
    void unknownIsOmittedAndListed();
    void securePathAbsentIsNull();
    void strictReading_data();
    void strictReading();
};

void TestSystemFacts::pagingFileEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("maximum");
    QTest::newRow("with sizes") << "C:\\pagefile.sys 1536 3072"
                                << "C:\\pagefile.sys" << 1536 << 3072;
    QTest::newRow("no sizes") << "D:\\pagefile.sys"
                              << "D:\\pagefile.sys" << -1 << -1;
    QTest::newRow("system managed") << "?:\\pagefile.sys"
                                    << "?:\\pagefile.sys" << -1 << -1;
    QTest::newRow("space in path") << "E:\\page files\\pagefile.sys 512 1024"
                                   << "E:\\page files\\pagefile.sys" << 512 << 1024;
}

void TestSystemFacts::pagingFileEntries()
{
    QFETCH(QString, entry);
    QFETCH(QString, path);
    QFETCH(int, initial);
    QFETCH(int, maximum);
    const PagingFile pf = PagingFile::parse(entry);
    QCOMPARE(pf.path, path);
    QCOMPARE(pf.initialMb.value_or(-1), initial);
    QCOMPARE(pf.maximumMb.value_or(-1), maximum);
    QCOMPARE(PagingFile::parse(pf.toRegistryString()), pf);
}

void TestSystemFacts::volumes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("volume");
    QTest::newRow("upper with colon") << "E:" << true << "E:";
    QTest::newRow("lower without colon") << "f" << true << "F:";
    QTest::newRow("with backslash") << "g:\\" << true << "G:";
    QTest::newRow("two letters") << "EF" << false << "";
    QTest::newRow("digit") << "1:" << false << "";
    QTest::newRow("blanks around") << " \te:\\ " << true << "E:";
    QTest::newRow("backslash without colon") << "h\\" << true << "H:";
    QTest::newRow("a path") << "E:\\Data" << false << "";
    QTest::newRow("two colons") << "E::" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("blank") << "  " << false << "";
    QTest::newRow("not ASCII") << QStringLiteral("\u00c4:") << false << "";
}

void TestSystemFacts::volumeOfPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("volume");
    QTest::newRow("file") << "e:\\pagefile.sys"
                          << "E:";
    QTest::newRow("system-managed") << "?:\\pagefile.sys"
                                    << "?:";
    QTest::newRow("blanks before") << "  D:\\x"
                                   << "D:";
    QTest::newRow("bare letter") << "C:"
                                 << "C:";
    QTest::newRow("relative") << "pagefile.sys"
                              << "";
    QTest::newRow("UNC") << "\\\\server\\share"
                         << "";
    QTest::newRow("digit") << "1:\\x"
                           << "";
    QTest::newRow("one character") << "C"
                                   << "";
}

void TestSystemFacts::volumeOfPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, volume);
    QCOMPARE(SystemFacts::volumeOf(path), volume);
}

void TestSystemFacts::volumes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, volume);
    bool parsed = false;
    QCOMPARE(SystemFacts::normaliseVolume(text, &parsed), volume);
    QCOMPARE(parsed, ok);
}

void TestSystemFacts::domainControllerNeedsLanmanNtAndParameters()
{
    SystemFacts f;
    QVERIFY(!f.isDomainController());
    f.productType.set(QStringLiteral("ServerNT"), FactOrigin::File);
    f.ntdsParameters.set(true, FactOrigin::File);
    QCOMPARE(f.isDomainController(), std::optional<bool>(false));
    f.productType.set(QStringLiteral("LanmanNT"), FactOrigin::File);
    QCOMPARE(f.isDomainController(), std::optional<bool>(true));
    f.ntdsParameters.set(false, FactOrigin::File);
    QCOMPARE(f.isDomainController(), std::optional<bool>(false));
}

void TestSystemFacts::roundTripKeepsValuesAndOrigins()
{
    SystemFacts f;
    f.training = true;
    f.computerName.set(
        QStringLiteral("NODE2"), FactOrigin::File, QStringLiteral("SYSTEM: ControlSet002\\...\\ComputerName"));
    f.osVersion.set(QStringLiteral("5.0"), FactOrigin::File);
    f.osBuild.set(2195, FactOrigin::File);
    f.productType.set(QStringLiteral("LanmanNT"), FactOrigin::File);
    f.productSuites.set({QStringLiteral("Enterprise")}, FactOrigin::File);
    f.ntdsParameters.set(true, FactOrigin::File);
    f.adDatabasePath.set(QStringLiteral("D:\\NTDS\\ntds.dit"), FactOrigin::File);
    f.clusterMember.set(true, FactOrigin::File);
    f.clusterNodes.set({QStringLiteral("NODE1"), QStringLiteral("NODE2")}, FactOrigin::File);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("C:\\pagefile.sys 1536 3072"))}, FactOrigin::File);
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.6.2.670")},
        FactOrigin::File);
    CrashDumpFact d;
    d.path = QStringLiteral("C:\\WINNT\\MEMORY.DMP");
    d.bits = 64;
    d.build = 3790;
    d.bugCheckCode = 0x100000C2;
    d.parameters = {0x7, 0xFFFFF8048B58334CULL, 0, 1};
    d.dumpType = 1;
    f.crashDumps.set({d}, FactOrigin::File);
    f.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator, QStringLiteral("--san-volumes"));

    const QByteArray text = QJsonDocument(f.toJson()).toJson();
    QString error;
    const auto back = SystemFacts::fromJson(QJsonDocument::fromJson(text).object(), FactOrigin::Scenario, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->computerName.get(), QStringLiteral("NODE2"));
    QCOMPARE(back->computerName.origin, FactOrigin::File);
    QCOMPARE(back->computerName.source, f.computerName.source);
    QCOMPARE(back->sanVolumes.origin, FactOrigin::Operator);
    QCOMPARE(back->crashDumps.get(), f.crashDumps.get());
    QCOMPARE(back->pagingFiles.get(), f.pagingFiles.get());
    QCOMPARE(back->securePath.get(), f.securePath.get());
    QCOMPARE(back->isDomainController(), std::optional<bool>(true));
    QVERIFY(back->training);
    // And the JSON of the copy is the JSON of the original.
    QCOMPARE(QJsonDocument(back->toJson()).toJson(), text);
}

void TestSystemFacts::unknownIsOmittedAndListed()
{
    SystemFacts f;
    f.computerName.set(QStringLiteral("SRV01"), FactOrigin::File);
    const QJsonObject o = f.toJson();
    QVERIFY(!o.contains(QStringLiteral("san_volumes")));
    QVERIFY(!o.contains(QStringLiteral("securepath")));
    const QJsonArray unknown = o.value(QStringLiteral("unknown")).toArray();
    QVERIFY(unknown.contains(QStringLiteral("san_volumes")));
    QVERIFY(unknown.contains(QStringLiteral("securepath")));
    QVERIFY(!unknown.contains(QStringLiteral("computer_name")));
}

void TestSystemFacts::securePathAbsentIsNull()
{
    SystemFacts f;
    f.securePath.set(SecurePathDriver{}, FactOrigin::File);
    const QJsonObject o = f.toJson();
    QVERIFY(o.contains(QStringLiteral("securepath")));
    QVERIFY(o.value(QStringLiteral("securepath")).isNull());
    QString error;
    const auto back = SystemFacts::fromJson(o, FactOrigin::Scenario, &error);
    QVERIFY(back && back->securePath.known() && !back->securePath.get().present);
}

void TestSystemFacts::strictReading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown key") << QByteArray(R"({"computer_nam":"X"})") << "computer_nam";
    QTest::newRow("unknown nested key") << QByteArray(R"({"os":{"verison":"5.0"}})") << "os.verison";
    QTest::newRow("build as text") << QByteArray(R"({"os":{"build":"2195"}})") << "os.build";
    QTest::newRow("bad product type") << QByteArray(R"({"os":{"product_type":"Server"}})") << "os.product_type";
    QTest::newRow("bad drive letter") << QByteArray(R"({"san_volumes":["EE:"]})") << "san_volumes";
    QTest::newRow("bad driver version") << QByteArray(R"({"securepath":{"path":"x","file_version":"4.0A"}})")
                                        << "securepath.file_version";
    for (const char *version : {"3.6.2", "3.6.2.670.1", "3..2.670", "3.6.2.670.", ".3.6.2", "3.6.2.67a", " 3.6.2.670"})
        QTest::addRow("driver version \"%s\"", version) << QByteArray(R"({"securepath":{"path":"x","file_version":")")
                + version + QByteArray(R"("}})") << "securepath.file_version";
    QTest::newRow("dump bits") << QByteArray(R"({"crash_dumps":[{"path":"x","bits":16,"bugcheck_code":194}]})")
                               << "crash_dumps[0].bits";
    QTest::newRow("dc contradicts") << QByteArray(R"({"os":{"product_type":"ServerNT"},"domain_controller":true})")
                                    << "domain_controller";
}

void TestSystemFacts::strictReading()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!SystemFacts::fromJson(QJsonDocument::fromJson(json).object(), FactOrigin::Scenario, &error));
    QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("expected")));
}

QTEST_GUILESS_MAIN(TestSystemFacts)
#include "TestSystemFacts.moc"
