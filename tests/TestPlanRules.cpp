#include "KbSentences.h"
#include "PlanRules.h"
#include "StepCatalogue.h"

#include <QtTest>

using namespace spuw;

Q_DECLARE_METATYPE(spuw::SystemFacts)

namespace {

// A Windows 2000 member server with Secure Path 4.0A, booting and paging from C:, SAN on E:.
SystemFacts readyServer()
{
    SystemFacts f;
    const auto o = FactOrigin::File;
    f.computerName.set(QStringLiteral("SRV01"), o);
    f.productName.set(QStringLiteral("Microsoft Windows 2000"), o);
    f.osVersion.set(QStringLiteral("5.0"), o);
    f.osBuild.set(2195, o);
    f.servicePack.set(QStringLiteral("Service Pack 4"), o);
    f.productType.set(QStringLiteral("ServerNT"), o);
    f.productSuites.set({}, o);
    f.systemRoot.set(QStringLiteral("C:\\WINNT"), o);
    f.ntdsParameters.set(false, o);
    f.clusterMember.set(false, o);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("C:\\pagefile.sys 1536 3072"))}, o);
    f.securePath.set(
        {true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.6.2.670")}, o);
    f.crashDumps.set({}, o);
    f.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
    return f;
}

QStringList keysOf(const QList<StepId> &steps)
{
    QStringList out;
    for (StepId s : steps)
        out << StepCatalogue::key(s);
    return out;
}

CrashDumpFact dump(quint32 code, int build)
{
    CrashDumpFact d;
    d.path = QStringLiteral("C:\\WINNT\\Minidump\\Mini0101.dmp");
    d.bits = 32;
    d.build = build;
    d.bugCheckCode = code;
    d.parameters = {0x7, 0x121a, 0, 0x8a3f1e30};
    d.dumpType = 4;
    return d;
}

void makeDc(SystemFacts &f, const QString &db, const QString &logs)
{
    f.productType.set(QStringLiteral("LanmanNT"), FactOrigin::File);
    f.ntdsParameters.set(true, FactOrigin::File);
    f.adDatabasePath.set(db, FactOrigin::File);
    f.adLogPath.set(logs, FactOrigin::File);
}

void upgradedTo2003(SystemFacts &f, const QString &raidisk)
{
    f.osVersion.set(QStringLiteral("5.2"), FactOrigin::File);
    f.osBuild.set(3790, FactOrigin::File);
    f.productName.set(QStringLiteral("Microsoft Windows Server 2003"), FactOrigin::File);
    auto sp = f.securePath.get();
    sp.fileVersion = raidisk;
    f.securePath.set(sp, FactOrigin::File);
}

} // namespace

class TestPlanRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionTable_data();
    void decisionTable();
    void stepsFollowTheKb_data();
    void stepsFollowTheKb();
    void everyBlockerQuotesTheKb();
    void clusterListsRemainingNodes();
    void windows2000BugcheckIsOnlyANote();
    void unknownSanAsksInsteadOfAssuming();
    void unknownFactsAreNeverGuessed();
};

void TestPlanRules::decisionTable_data()
{
    QTest::addColumn<SystemFacts>("facts");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QStringList>("blockers");

    SystemFacts f = readyServer();
    QTest::newRow("standalone ready") << f << "standalone" << QStringList{};

    f = readyServer();
    f.securePath.set(SecurePathDriver{}, FactOrigin::File);
    QTest::newRow("no Raidisk.sys") << f << "not-applicable" << QStringList{QStringLiteral("securepath-not-installed")};

    f = readyServer();
    f.productType.set(QStringLiteral("WinNT"), FactOrigin::File);
    QTest::newRow("workstation") << f << "not-applicable" << QStringList{QStringLiteral("unsupported-os")};

    f = readyServer();
    f.osVersion.set(QStringLiteral("4.0"), FactOrigin::File);
    f.osBuild.set(1381, FactOrigin::File);
    QTest::newRow("NT 4.0") << f << "not-applicable" << QStringList{QStringLiteral("unsupported-os")};

    f = readyServer();
    f.systemRoot.set(QStringLiteral("E:\\WINNT"), FactOrigin::File);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("C:\\pagefile.sys"))}, FactOrigin::File);
    QTest::newRow("boot from SAN") << f << "defer" << QStringList{QStringLiteral("boot-volume-on-san")};

    f = readyServer();
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("e:\\pagefile.sys 512 1024"))}, FactOrigin::File);
    QTest::newRow("page file on SAN") << f << "defer" << QStringList{QStringLiteral("pagefile-on-san")};

    f = readyServer();
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("C:\\pagefile.sys 512 1024")),
                          PagingFile::parse(QStringLiteral("F:\\pagefile.sys 512 1024"))},
        FactOrigin::File);
    f.sanVolumes.set({QStringLiteral("E:"), QStringLiteral("F:")}, FactOrigin::Operator);
    QTest::newRow("second of two page files on SAN") << f << "defer" << QStringList{QStringLiteral("pagefile-on-san")};

    f = readyServer();
    makeDc(f, QStringLiteral("E:\\NTDS\\ntds.dit"), QStringLiteral("C:\\WINNT\\NTDS"));
    QTest::newRow("DC with AD database on SAN") << f << "defer" << QStringList{QStringLiteral("ad-database-on-san")};

    f = readyServer();
    makeDc(f, QStringLiteral("C:\\WINNT\\NTDS\\ntds.dit"), QStringLiteral("E:\\NTDSLOGS"));
    QTest::newRow("DC with AD logs on SAN") << f << "defer" << QStringList{QStringLiteral("ad-database-on-san")};

    f = readyServer();
    makeDc(f, QStringLiteral("C:\\WINNT\\NTDS\\ntds.dit"), QStringLiteral("C:\\WINNT\\NTDS"));
    QTest::newRow("DC with AD on local disk") << f << "standalone" << QStringList{};

    f = readyServer();
    f.ntdsParameters.set(true, FactOrigin::File); // left behind, but ServerNT: not a DC
    f.adDatabasePath.set(QStringLiteral("E:\\NTDS\\ntds.dit"), FactOrigin::File);
    QTest::newRow("leftover NTDS keys on a member server") << f << "standalone" << QStringList{};

    f = readyServer();
    f.systemRoot.set(QStringLiteral("E:\\WINNT"), FactOrigin::File);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys"))}, FactOrigin::File);
    makeDc(f, QStringLiteral("E:\\NTDS\\ntds.dit"), QStringLiteral("E:\\NTDS"));
    f.clusterMember.set(true, FactOrigin::File);
    QTest::newRow("DC + cluster + everything on SAN")
        << f << "defer"
        << QStringList{QStringLiteral("boot-volume-on-san"), QStringLiteral("pagefile-on-san"),
               QStringLiteral("ad-database-on-san")};

    f = readyServer();
    f.clusterMember.set(true, FactOrigin::File);
    f.clusterNodes.set({QStringLiteral("SRV01"), QStringLiteral("SRV02")}, FactOrigin::File);
    QTest::newRow("cluster member") << f << "clustered" << QStringList{};

    f = readyServer();
    makeDc(f, QStringLiteral("E:\\NTDS\\ntds.dit"), QStringLiteral("C:\\NTDS"));
    f.clusterMember.set(true, FactOrigin::File);
    QTest::newRow("DC + cluster + AD on SAN") << f << "defer" << QStringList{QStringLiteral("ad-database-on-san")};

    f = readyServer();
    upgradedTo2003(f, QStringLiteral("3.6.2.670"));
    f.crashDumps.set({dump(0xC2, 3790)}, FactOrigin::File);
    QTest::newRow("0xC2 dump from Server 2003") << f << "recovery" << QStringList{};

    f = readyServer();
    f.crashDumps.set({dump(0x100000C2, 3790)}, FactOrigin::File);
    QTest::newRow("0x100000C2 dump counts as 0xC2") << f << "recovery" << QStringList{};

    // The normal state between standalone steps 3 and 4: no evidence of the bugcheck by itself.
    f = readyServer();
    upgradedTo2003(f, QStringLiteral("3.6.2.670"));
    QTest::newRow("Server 2003 running the 2000 driver") << f << "standalone" << QStringList{};

    f = readyServer();
    f.operatorReportsBugcheck.set(true, FactOrigin::Operator);
    QTest::newRow("operator reports the bugcheck") << f << "recovery" << QStringList{};

    f = readyServer();
    upgradedTo2003(f, QStringLiteral("3.6.2.670"));
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys"))}, FactOrigin::File);
    QTest::newRow("bugcheck but page file on SAN") << f << "defer" << QStringList{QStringLiteral("pagefile-on-san")};

    f = readyServer();
    f.crashDumps.set({dump(0xC2, 2195)}, FactOrigin::File);
    QTest::newRow("0xC2 dump from Windows 2000 kernel") << f << "standalone" << QStringList{};

    f = readyServer();
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.5.1.500")},
        FactOrigin::File);
    QTest::newRow("older Secure Path on 2000")
        << f << "install-securepath-4.0a" << QStringList{QStringLiteral("securepath-version")};

    f = readyServer();
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.6.3.670")},
        FactOrigin::File);
    QTest::newRow("2003 driver on Windows 2000")
        << f << "install-securepath-4.0a" << QStringList{QStringLiteral("securepath-version")};

    f = readyServer();
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("4.0.0.720")},
        FactOrigin::File);
    QTest::newRow("newer than 3.6.3.670") << f << "not-applicable" << QStringList{QStringLiteral("securepath-newer")};

    f = readyServer();
    f.securePath.set({true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.5.1.500")},
        FactOrigin::File);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys"))}, FactOrigin::File);
    QTest::newRow("older Secure Path and page file on SAN")
        << f << "defer" << QStringList{QStringLiteral("pagefile-on-san"), QStringLiteral("securepath-version")};

    f = readyServer();
    upgradedTo2003(f, QStringLiteral("3.6.3.670"));
    QTest::newRow("already upgraded") << f << "not-applicable" << QStringList{QStringLiteral("already-upgraded")};

    f = readyServer();
    upgradedTo2003(f, QStringLiteral("3.6.3.670"));
    f.crashDumps.set({dump(0xC2, 3790)}, FactOrigin::File);
    QTest::newRow("upgraded but bugchecking") << f << "recovery" << QStringList{};

    f = readyServer();
    f.sanVolumes.set({}, FactOrigin::Operator);
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys"))}, FactOrigin::File);
    QTest::newRow("no SAN volumes at all") << f << "standalone" << QStringList{};

    f = readyServer();
    f.pagingFiles.set({PagingFile::parse(QStringLiteral("?:\\pagefile.sys"))}, FactOrigin::File);
    f.systemRoot.set(QStringLiteral("E:\\WINNT"), FactOrigin::File);
    QTest::newRow("system-managed page file follows the system volume")
        << f << "defer" << QStringList{QStringLiteral("boot-volume-on-san"), QStringLiteral("pagefile-on-san")};
}

void TestPlanRules::decisionTable()
{
    QFETCH(SystemFacts, facts);
    QFETCH(QString, procedure);
    QFETCH(QStringList, blockers);
    const Plan plan = PlanRules::evaluate(facts);
    QCOMPARE(procedureId(plan.procedure), procedure);
    QCOMPARE(plan.blockerIds(), blockers);
    QVERIFY2(!plan.reason.isEmpty(), "every verdict says why");
}

void TestPlanRules::stepsFollowTheKb_data()
{
    using S = StepId;
    QTest::addColumn<SystemFacts>("facts");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("kb");

    QTest::newRow("standalone: 5 steps")
        << readyServer()
        << keysOf({S::Backup, S::DisconnectSan, S::UpgradeWindows, S::InstallSecurePath2003, S::ReconnectSan})
        << QStringList{QString::fromUtf8(kb::kStandalone1), QString::fromUtf8(kb::kStandalone2),
               QString::fromUtf8(kb::kStandalone3), QString::fromUtf8(kb::kStandalone4),
               QString::fromUtf8(kb::kStandalone5)};

    SystemFacts cluster = readyServer();
    cluster.clusterMember.set(true, FactOrigin::File);
    QTest::newRow("clustered: move, pause, standalone steps, unpause, repeat")
        << cluster
        << keysOf({S::ClusterMoveStorage, S::ClusterPauseNode, S::Backup, S::DisconnectSan, S::UpgradeWindows,
               S::InstallSecurePath2003, S::ReconnectSan, S::ClusterResumeNode, S::ClusterNextNode})
        << QStringList{QString::fromUtf8(kb::kCluster1), QString::fromUtf8(kb::kCluster2),
               QString::fromUtf8(kb::kCluster3) + QLatin1Char(' ') + QString::fromUtf8(kb::kStandalone1),
               QString::fromUtf8(kb::kCluster3) + QLatin1Char(' ') + QString::fromUtf8(kb::kStandalone2),
               QString::fromUtf8(kb::kCluster3) + QLatin1Char(' ') + QString::fromUtf8(kb::kStandalone3),
               QString::fromUtf8(kb::kCluster3) + QLatin1Char(' ') + QString::fromUtf8(kb::kStandalone4),
               QString::fromUtf8(kb::kCluster3) + QLatin1Char(' ') + QString::fromUtf8(kb::kStandalone5),
               QString::fromUtf8(kb::kCluster4), QString::fromUtf8(kb::kCluster5)};

    SystemFacts recovery = readyServer();
    recovery.operatorReportsBugcheck.set(true, FactOrigin::Operator);
    QTest::newRow("recovery: 4 steps") << recovery
                                       << keysOf({S::DisconnectSan, S::RestartCompleteUpgrade, S::InstallSecurePath2003,
                                              S::ReconnectSan})
                                       << QStringList{QString::fromUtf8(kb::kRecovery1),
                                              QString::fromUtf8(kb::kRecovery2), QString::fromUtf8(kb::kRecovery3),
                                              QString::fromUtf8(kb::kRecovery4)};

    SystemFacts clusterRecovery = cluster;
    clusterRecovery.crashDumps.set({dump(0xC2, 3790)}, FactOrigin::File);
    QTest::newRow("recovery of a cluster node: then unpause and the next node")
        << clusterRecovery
        << keysOf({S::DisconnectSan, S::RestartCompleteUpgrade, S::InstallSecurePath2003, S::ReconnectSan,
               S::ClusterResumeNode, S::ClusterNextNode})
        << QStringList{QString::fromUtf8(kb::kRecovery1), QString::fromUtf8(kb::kRecovery2),
               QString::fromUtf8(kb::kRecovery3), QString::fromUtf8(kb::kRecovery4), QString::fromUtf8(kb::kCluster4),
               QString::fromUtf8(kb::kCluster5)};

    // Between standalone steps 3 and 4 (criterion 10 of "The run is its journal"): continue at step 4
    // with the SAN still disconnected, not the recovery.
    SystemFacts between = readyServer();
    upgradedTo2003(between, QStringLiteral("3.6.2.670"));
    QTest::newRow("Server 2003 with the 2000 driver continues at step 4")
        << between << keysOf({S::DisconnectSan, S::InstallSecurePath2003, S::ReconnectSan})
        << QStringList{QString::fromUtf8(kb::kStandalone2), QString::fromUtf8(kb::kStandalone4),
               QString::fromUtf8(kb::kStandalone5)};
}

void TestPlanRules::stepsFollowTheKb()
{
    QFETCH(SystemFacts, facts);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, kb);
    const Plan plan = PlanRules::evaluate(facts);
    QCOMPARE(keysOf(plan.stepIds()), steps);
    QStringList sentences;
    for (const PlanStep &s : plan.steps)
        sentences << s.kb;
    QCOMPARE(sentences, kb);
    QVERIFY(!plan.reason.contains(QStringLiteral("bugcheck has happened")) || plan.procedure == Procedure::Recovery);
}

void TestPlanRules::everyBlockerQuotesTheKb()
{
    // Each KB sentence a rule names must stand in the article itself (a copy of shared/reference).
    QFile article(QStringLiteral(SPUW_TEST_DATA "/reference/KB817409.txt"));
    QVERIFY(article.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(article.readAll()).simplified();
    auto inArticle = [&](QString sentence) {
        const QString prefix = QString::fromUtf8(kb::kCluster3);
        if (sentence.startsWith(prefix)) {
            if (!text.contains(prefix.simplified()))
                return false;
            sentence = sentence.mid(prefix.size());
        }
        return text.contains(sentence.simplified());
    };
    SystemFacts f = readyServer();
    f.systemRoot.set(QStringLiteral("E:\\WINNT"), FactOrigin::File);
    f.securePath.set({true, QStringLiteral("x"), QStringLiteral("3.5.1.500")}, FactOrigin::File);
    SystemFacts workstation = readyServer();
    workstation.productType.set(QStringLiteral("WinNT"), FactOrigin::File);
    workstation.securePath.set(SecurePathDriver{}, FactOrigin::File);
    int checked = 0;
    for (const Plan &p : {PlanRules::evaluate(f), PlanRules::evaluate(workstation)}) {
        for (const Blocker &b : p.blockers) {
            QVERIFY2(inArticle(b.kb), qPrintable(b.kb));
            ++checked;
        }
    }
    // Every step of every procedure, as that procedure words it.
    for (Procedure p : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
             Procedure::InstallSecurePathFirst, Procedure::Defer}) {
        for (const PlanStep &s : PlanRules::stepsFor(p, true) + PlanRules::stepsFor(p, false)) {
            QVERIFY2(
                !s.kb.isEmpty() && inArticle(s.kb), qPrintable(StepCatalogue::key(s.id) + QLatin1Char(' ') + s.kb));
            ++checked;
        }
    }
    QCOMPARE(checked, 4 + 5 * 2 + 9 * 2 + (6 + 4) + 1 * 2 + 1 * 2);
}

void TestPlanRules::clusterListsRemainingNodes()
{
    SystemFacts f = readyServer();
    f.clusterMember.set(true, FactOrigin::File);
    f.clusterNodes.set({QStringLiteral("srv01"), QStringLiteral("SRV02"), QStringLiteral("SRV03")}, FactOrigin::File);
    const Plan plan = PlanRules::evaluate(f);
    QCOMPARE(plan.procedure, Procedure::Clustered);
    QCOMPARE(plan.remainingNodes, (QStringList{QStringLiteral("SRV02"), QStringLiteral("SRV03")}));
}

void TestPlanRules::windows2000BugcheckIsOnlyANote()
{
    SystemFacts f = readyServer();
    f.crashDumps.set({dump(0xC2, 2195)}, FactOrigin::File);
    const Plan plan = PlanRules::evaluate(f);
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY(plan.notes.first().contains(QStringLiteral("2195")));
}

void TestPlanRules::unknownSanAsksInsteadOfAssuming()
{
    SystemFacts f = readyServer();
    f.sanVolumes.clear();
    const Plan plan = PlanRules::evaluate(f);
    QCOMPARE(plan.procedure, Procedure::Undetermined);
    QVERIFY(plan.steps.isEmpty());
    QCOMPARE(plan.questions.size(), 1);
    QCOMPARE(plan.questions.first().id, QStringLiteral("san-volumes"));
}

void TestPlanRules::unknownFactsAreNeverGuessed()
{
    SystemFacts f = readyServer();
    f.productType.clear();
    f.securePath.clear();
    const Plan plan = PlanRules::evaluate(f);
    QCOMPARE(plan.procedure, Procedure::Undetermined);
    QStringList ids;
    for (const Question &q : plan.questions)
        ids << q.id;
    QVERIFY(ids.contains(QStringLiteral("os-product-type")));
    QVERIFY(ids.contains(QStringLiteral("securepath")));

    SystemFacts dc = readyServer();
    dc.productType.set(QStringLiteral("LanmanNT"), FactOrigin::File);
    dc.ntdsParameters.clear();
    QCOMPARE(PlanRules::evaluate(dc).procedure, Procedure::Undetermined);
}

QTEST_GUILESS_MAIN(TestPlanRules)
#include "TestPlanRules.moc"
