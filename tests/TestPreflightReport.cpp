#include "PlanRules.h"
#include "PreflightReport.h"

#include <QJsonArray>
#include <QtTest>

using namespace spuw;

namespace {

ProbeResult pageFileOnSan()
{
    ProbeResult r;
    SystemFacts &f = r.facts;
    f.computerName.set(QStringLiteral("SRV07"), FactOrigin::File);
    f.osVersion.set(QStringLiteral("5.0"), FactOrigin::File);
    f.osBuild.set(2195, FactOrigin::File);
    f.productType.set(QStringLiteral("ServerNT"), FactOrigin::File);
    f.systemRoot.set(QStringLiteral("C:\\WINNT"), FactOrigin::File);
    f.ntdsParameters.set(false, FactOrigin::File);
    f.clusterMember.set(false, FactOrigin::File);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys 512 1024"))}, FactOrigin::File);
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.6.2.670")},
        FactOrigin::File);
    f.crashDumps.set({}, FactOrigin::File);
    f.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
    r.warnings << QStringLiteral("something odd in C:\\WINNT\\Minidump\\x.dmp");
    return r;
}

} // namespace

class TestPreflightReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonCarriesVerdictBlockersAndFacts();
    void textNamesBlockerAndKbSentence();
};

void TestPreflightReport::exitCodes_data()
{
    QTest::addColumn<int>("procedure");
    QTest::addColumn<int>("code");
    QTest::newRow("standalone") << int(Procedure::Standalone) << 0;
    QTest::newRow("clustered") << int(Procedure::Clustered) << 0;
    QTest::newRow("recovery") << int(Procedure::Recovery) << 0;
    QTest::newRow("install first") << int(Procedure::InstallSecurePathFirst) << 3;
    QTest::newRow("defer") << int(Procedure::Defer) << 3;
    QTest::newRow("undetermined") << int(Procedure::Undetermined) << 3;
    QTest::newRow("not applicable") << int(Procedure::NotApplicable) << 4;
}

void TestPreflightReport::exitCodes()
{
    QFETCH(int, procedure);
    QFETCH(int, code);
    QCOMPARE(PreflightReport::exitCodeFor(Procedure(procedure)), code);
}

void TestPreflightReport::jsonCarriesVerdictBlockersAndFacts()
{
    const ProbeResult r = pageFileOnSan();
    const PreflightReport report(
        r, PlanRules::evaluate(r.facts), QStringLiteral("offline-image"), QStringLiteral("img"));
    const QJsonObject o = report.toJson();
    QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("procedure")).toString(), QStringLiteral("defer"));
    const QJsonObject blocker = o.value(QStringLiteral("blockers")).toArray().first().toObject();
    QCOMPARE(blocker.value(QStringLiteral("id")).toString(), QStringLiteral("pagefile-on-san"));
    QVERIFY(blocker.value(QStringLiteral("kb")).toString().contains(QStringLiteral("page file located on the SAN")));
    const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("computer_name")).toString(), QStringLiteral("SRV07"));
    QCOMPARE(
        facts.value(QStringLiteral("paging_files")).toArray().first().toString(), QStringLiteral("E:\\pagefile.sys"));
    QCOMPARE(facts.value(QStringLiteral("securepath")).toObject().value(QStringLiteral("file_version")).toString(),
        QStringLiteral("3.6.2.670"));
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1);
    QCOMPARE(report.exitCode(), 3);
}

void TestPreflightReport::textNamesBlockerAndKbSentence()
{
    const ProbeResult r = pageFileOnSan();
    const QString text
        = PreflightReport(r, PlanRules::evaluate(r.facts), QStringLiteral("offline-image"), QStringLiteral("img"))
              .toText();
    QVERIFY(text.contains(QStringLiteral("SRV07")));
    QVERIFY(text.contains(QStringLiteral("[pagefile-on-san]")));
    QVERIFY(text.contains(QStringLiteral("that have their page file located on the SAN")));
    QVERIFY(text.contains(QStringLiteral("Defer the upgrade")));
    QVERIFY(text.contains(QStringLiteral("Warning: something odd")));
}

QTEST_GUILESS_MAIN(TestPreflightReport)
#include "TestPreflightReport.moc"
