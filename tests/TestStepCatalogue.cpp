#include "KbSentences.h"
#include "StepCatalogue.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace spuw;

Q_DECLARE_METATYPE(spuw::StepId)
Q_DECLARE_METATYPE(spuw::StepContext)

namespace {

// A Windows 2000 server half way through the standalone procedure, as the rules see it: every
// interlock of the upgrade is satisfied (backup recorded, SAN gone, Raidisk.sys 3.6.2.670).
struct World
{
    ProbeResult server;
    StepContext context;

    World()
    {
        SystemFacts &f = server.facts;
        const auto o = FactOrigin::Probe;
        f.computerName.set(QStringLiteral("SRV01"), o);
        f.osVersion.set(QStringLiteral("5.0"), o);
        f.osBuild.set(2195, o);
        f.productType.set(QStringLiteral("ServerNT"), o);
        f.systemRoot.set(QStringLiteral("C:\\WINNT"), o);
        f.ntdsParameters.set(false, o);
        f.clusterMember.set(false, o);
        f.pagingFiles.set({PagingFile::parse(QStringLiteral("C:\\pagefile.sys"))}, o);
        f.securePath.set(
            {true, QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys"), QStringLiteral("3.6.2.670")}, o);
        f.crashDumps.set({}, o);
        f.sanVolumes.set({QStringLiteral("E:"), QStringLiteral("F:")}, FactOrigin::Operator);
        f.visibleSanVolumes.set({}, o);
        server.mountedVolumes = QStringList{QStringLiteral("C:")};
        server.bugchecking = false;
        server.backupFinished = true;
        context.capabilities = ProbeCapability::CurrentState | ProbeCapability::MountedVolumes
            | ProbeCapability::ClusterState | ProbeCapability::ServerRoom | ProbeCapability::Simulated;
        context.procedure = Procedure::Standalone;
        context.done.insert(StepId::Backup);
        context.done.insert(StepId::DisconnectSan);
        context.sanBefore = {QStringLiteral("E:"), QStringLiteral("F:")};
    }
    StepContext ctx()
    {
        StepContext c = context;
        c.server = &server;
        return c;
    }
    void upgraded(const QString &raidisk)
    {
        server.facts.osVersion.set(QStringLiteral("5.2"), FactOrigin::Probe);
        server.facts.osBuild.set(3790, FactOrigin::Probe);
        auto sp = server.facts.securePath.get();
        sp.fileVersion = raidisk;
        server.facts.securePath.set(sp, FactOrigin::Probe);
    }
    void clusterNode(const QString &state, const QString &storageOwner)
    {
        server.facts.clusterMember.set(true, FactOrigin::Probe);
        server.facts.clusterNodes.set({QStringLiteral("SRV01"), QStringLiteral("SRV02")}, FactOrigin::Probe);
        ClusterView v;
        v.readable = true;
        v.nodeStates = {{QStringLiteral("SRV01"), state}, {QStringLiteral("SRV02"), QStringLiteral("up")}};
        v.groupOwners = {{QStringLiteral("Disk Group 1"), storageOwner}};
        server.cluster = v;
        context.procedure = Procedure::Clustered;
    }
};

QStringList checks(const QList<Refusal> &refusals)
{
    QStringList out;
    for (const Refusal &r : refusals)
        out << r.check;
    return out;
}

} // namespace

class TestStepCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepIsDefinedOnce();
    void noStepKeyIsSpelledOutsideTheCatalogue();
    void everyInterlockAnswersOnItsOwn_data();
    void everyInterlockAnswersOnItsOwn();
    void postconditionsReadTheServerNowOrSayTheyCannot();
    void theBackupIsTheOperatorsWord();
    void roomActionsCarryOutTheirSteps();
};

void TestStepCatalogue::everyStepIsDefinedOnce()
{
    QStringList keys;
    QSet<int> pages;
    for (StepId s : StepCatalogue::all()) {
        const QString key = StepCatalogue::key(s);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys << key;
        QCOMPARE(StepCatalogue::fromKey(key), std::optional<StepId>(s));
        QVERIFY(!StepCatalogue::title(s).isEmpty());
        pages.insert(int(StepCatalogue::page(s)));
        if (s != StepId::Preflight)
            QVERIFY2(StepCatalogue::stepsOnPage(StepCatalogue::page(s)).contains(s), qPrintable(key));
    }
    QCOMPARE(keys.size(), kStepCount);
    QVERIFY(!StepCatalogue::fromKey(QStringLiteral("no-such-step")));
    // Every step but the preflight belongs to a procedure, worded by that procedure's sentence.
    QSet<StepId> used;
    for (Procedure p : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
             Procedure::InstallSecurePathFirst, Procedure::Defer}) {
        for (StepId s : StepCatalogue::stepsFor(p, true)) {
            used.insert(s);
            QVERIFY2(!StepCatalogue::kb(s, p).isEmpty(), qPrintable(StepCatalogue::key(s)));
        }
    }
    QCOMPARE(used.size(), kStepCount - 1);
    // Procedures by their words, both ways.
    for (Procedure p : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
             Procedure::InstallSecurePathFirst, Procedure::Defer, Procedure::NotApplicable, Procedure::Undetermined})
        QCOMPARE(StepCatalogue::procedureFromKey(StepCatalogue::procedureKey(p)), std::optional<Procedure>(p));
}

void TestStepCatalogue::noStepKeyIsSpelledOutsideTheCatalogue()
{
    // The product's code names steps by StepId: a key spelled as a string literal anywhere but the
    // catalogue is a second definition that can drift. (Tests may spell journal contents.)
    QStringList literals;
    for (StepId s : StepCatalogue::all())
        literals << QLatin1Char('"') + StepCatalogue::key(s) + QLatin1Char('"');
    // The one reviewed exception: the command-line option --preflight is not the step.
    const QList<QPair<QString, QString>> allowed{
        {QStringLiteral("app/CommandLine.cpp"), QStringLiteral("\"preflight\"")}};
    int files = 0;
    QStringList found;
    for (const char *folder : {"app", "wizard"}) {
        QDirIterator it(QStringLiteral(SPUW_SOURCE_DIR "/") + QLatin1String(folder),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(QStringLiteral(SPUW_SOURCE_DIR)).relativeFilePath(path);
            if (relative == QLatin1String("wizard/model/StepCatalogue.cpp"))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++files;
            for (const QString &literal : literals) {
                if (text.contains(literal) && !allowed.contains({relative, literal}))
                    found << relative + QLatin1Char(' ') + literal;
            }
        }
    }
    QVERIFY(files > 80);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestStepCatalogue::everyInterlockAnswersOnItsOwn_data()
{
    // Each row breaks exactly one interlock in a world where every other rule of the step is
    // satisfied, so the rule that answers is that one: delete it, and the row fails.
    QTest::addColumn<StepId>("step");
    QTest::addColumn<StepContext>("broken");
    QTest::addColumn<StepContext>("mended");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("kb");

    // The KB sentences these rules quote.
    const QString disconnect = QString::fromUtf8(kb::kDisconnectAllSan);
    World ok;
    QVERIFY(StepCatalogue::preconditions(StepId::UpgradeWindows, ok.ctx()).isEmpty());

    static std::list<World> worlds; // the contexts point into their worlds
    auto row = [&](const char *name, StepId step, const std::function<void(World &)> &common,
                   const std::function<void(World &)> &breakIt, const char *check, const char *kb) {
        World &mended = worlds.emplace_back();
        common(mended);
        World &broken = worlds.emplace_back();
        common(broken);
        breakIt(broken);
        QTest::newRow(name) << step << broken.ctx() << mended.ctx() << QString::fromLatin1(check)
                            << QString::fromUtf8(kb);
    };
    const auto nothing = [](World &) {};
    row(
        "SAN volumes visible: no upgrade", StepId::UpgradeWindows, nothing,
        [](World &w) { w.server.facts.visibleSanVolumes.set({QStringLiteral("E:")}, FactOrigin::Probe); },
        "san-visible", kb::kDisconnectAllSan);
    row(
        "no backup: no upgrade", StepId::UpgradeWindows, nothing,
        [](World &w) {
            w.context.done.remove(StepId::Backup);
            w.server.backupFinished = false;
        },
        "no-backup", kb::kStandalone1);
    row(
        "not Secure Path 4.0A: no upgrade", StepId::UpgradeWindows, nothing,
        [](World &w) {
            auto sp = w.server.facts.securePath.get();
            sp.fileVersion = QStringLiteral("3.5.1.500");
            w.server.facts.securePath.set(sp, FactOrigin::Probe);
        },
        "driver-not-4.0a", kb::kRaidiskMustBe3620670);
    row(
        "node not paused: no upgrade", StepId::UpgradeWindows,
        [](World &w) { w.clusterNode(QStringLiteral("paused"), QStringLiteral("SRV02")); },
        [](World &w) { w.server.cluster->nodeStates[QStringLiteral("SRV01")] = QStringLiteral("up"); },
        "node-not-paused", kb::kCluster2);
    row(
        "page file on the SAN: no upgrade before 4.0B", StepId::UpgradeWindows, nothing,
        [](World &w) {
            w.server.facts.pagingFiles.set({PagingFile::parse(QStringLiteral("E:\\pagefile.sys"))}, FactOrigin::Probe);
        },
        "must-wait-for-4.0b", kb::kDeferUntil40B);
    row(
        "Raidisk.sys not 3.6.3.670: no reattachment", StepId::ReconnectSan,
        [](World &w) { w.upgraded(QStringLiteral("3.6.3.670")); },
        [](World &w) { w.upgraded(QStringLiteral("3.6.2.670")); }, "driver-not-2003", kb::kStandalone4);
    row(
        "node still paused: no next node", StepId::ClusterNextNode,
        [](World &w) {
            w.clusterNode(QStringLiteral("up"), QStringLiteral("SRV02"));
            w.context.done.insert(StepId::ClusterResumeNode);
        },
        [](World &w) { w.server.cluster->nodeStates[QStringLiteral("SRV01")] = QStringLiteral("paused"); },
        "node-paused", kb::kCluster4);
    row(
        "storage still on the node: no pause", StepId::ClusterPauseNode,
        [](World &w) { w.clusterNode(QStringLiteral("up"), QStringLiteral("SRV02")); },
        [](World &w) { w.server.cluster->groupOwners[QStringLiteral("Disk Group 1")] = QStringLiteral("SRV01"); },
        "storage-owned", kb::kCluster1);
    row(
        "SAN still visible: no restart in the recovery", StepId::RestartCompleteUpgrade,
        [](World &w) { w.upgraded(QStringLiteral("3.6.2.670")); },
        [](World &w) { w.server.facts.visibleSanVolumes.set({QStringLiteral("F:")}, FactOrigin::Probe); },
        "san-visible", kb::kRecovery1);
    row(
        "Windows 2000 still: no Windows Server 2003 driver", StepId::InstallSecurePath2003,
        [](World &w) { w.upgraded(QStringLiteral("3.6.2.670")); },
        [](World &w) { w.server.facts.osVersion.set(QStringLiteral("5.0"), FactOrigin::Probe); }, "os-version",
        kb::kStandalone4);
    Q_UNUSED(disconnect)
}

void TestStepCatalogue::everyInterlockAnswersOnItsOwn()
{
    QFETCH(StepId, step);
    QFETCH(StepContext, broken);
    QFETCH(StepContext, mended);
    QFETCH(QString, check);
    QFETCH(QString, kb);
    QVERIFY2(StepCatalogue::preconditions(step, mended).isEmpty(),
        qPrintable(checks(StepCatalogue::preconditions(step, mended)).join(u',')));
    const QList<Refusal> held = StepCatalogue::preconditions(step, broken);
    QCOMPARE(checks(held), QStringList{check});
    QCOMPARE(held.first().kb, kb);
    QVERIFY(!held.first().message.isEmpty());
}

void TestStepCatalogue::postconditionsReadTheServerNowOrSayTheyCannot()
{
    World w;
    // Windows not 5.2: the upgrade is not verified.
    Outcome o = StepCatalogue::postcondition(StepId::UpgradeWindows, w.ctx());
    QVERIFY(o.fails());
    QCOMPARE(o.why.check, QStringLiteral("os-version"));
    QCOMPARE(o.why.kb, QString::fromUtf8(kb::kStandalone3));
    w.upgraded(QStringLiteral("3.6.2.670"));
    QVERIFY(StepCatalogue::postcondition(StepId::UpgradeWindows, w.ctx()).holds());
    // ... and not while it stops with the bugcheck.
    w.server.bugchecking = true;
    QCOMPARE(StepCatalogue::postcondition(StepId::UpgradeWindows, w.ctx()).why.check, QStringLiteral("bugchecking"));
    w.server.bugchecking = false;
    // The SAN: gone, visible again, and every volume back.
    QVERIFY(StepCatalogue::postcondition(StepId::DisconnectSan, w.ctx()).holds());
    w.server.facts.visibleSanVolumes.set({QStringLiteral("E:")}, FactOrigin::Probe);
    QCOMPARE(StepCatalogue::postcondition(StepId::DisconnectSan, w.ctx()).why.check, QStringLiteral("san-visible"));
    o = StepCatalogue::postcondition(StepId::ReconnectSan, w.ctx());
    QCOMPARE(o.why.check, QStringLiteral("san-missing"));
    QVERIFY(o.why.message.contains(QStringLiteral("F:")));
    w.server.facts.visibleSanVolumes.set({QStringLiteral("E:"), QStringLiteral("F:")}, FactOrigin::Probe);
    QVERIFY(StepCatalogue::postcondition(StepId::ReconnectSan, w.ctx()).holds());
    // The driver.
    QCOMPARE(StepCatalogue::postcondition(StepId::InstallSecurePath2003, w.ctx()).why.check,
        QStringLiteral("driver-version"));
    w.upgraded(QStringLiteral("3.6.3.670"));
    QVERIFY(StepCatalogue::postcondition(StepId::InstallSecurePath2003, w.ctx()).holds());
    // A snapshot (an offline image, a carried report) proves and disproves nothing about the server now.
    w.context.capabilities = ProbeCapability::None;
    for (StepId s : StepCatalogue::all()) {
        QVERIFY2(StepCatalogue::postcondition(s, w.ctx()).state == Outcome::State::Unknown,
            qPrintable(StepCatalogue::key(s)));
        QVERIFY(!StepCatalogue::canVerify(s, ProbeCapability::None, w.server));
    }
    // Cluster steps need a readable cluster on a live server; the simulator always has one.
    w.clusterNode(QStringLiteral("paused"), QStringLiteral("SRV02"));
    const ProbeCapabilities live
        = ProbeCapability::CurrentState | ProbeCapability::MountedVolumes | ProbeCapability::ClusterState;
    QVERIFY(StepCatalogue::canVerify(StepId::ClusterPauseNode, live, w.server));
    w.server.cluster->readable = false;
    QVERIFY(!StepCatalogue::canVerify(StepId::ClusterPauseNode, live, w.server));
    QVERIFY(!StepCatalogue::canVerify(StepId::Backup, live, w.server)); // only the simulator sees a backup job
    QVERIFY(!StepCatalogue::canVerify(StepId::Defer, live | ProbeCapability::Simulated, w.server));
}

void TestStepCatalogue::theBackupIsTheOperatorsWord()
{
    World w;
    w.context.currentSince = QDateTime(QDate(2026, 11, 30), QTime(9, 30, 40), Qt::UTC);
    w.context.now = QDateTime(QDate(2026, 11, 30), QTime(11, 0), Qt::UTC);
    auto say = [&](const QString &media, const QString &when) {
        return StepCatalogue::checkAttestation(StepId::Backup,
            QJsonObject{{QStringLiteral("media"), media}, {QStringLiteral("finished_utc"), when}}, w.ctx())
            .check;
    };
    QCOMPARE(say(QString(), QStringLiteral("2026-11-30T10:00")), QStringLiteral("backup-media"));
    QCOMPARE(say(QStringLiteral("LTO"), QString()), QStringLiteral("backup-time"));
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("yesterday")), QStringLiteral("backup-time"));
    // S4: a backup that finished before the step began is not this step's backup.
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T09:29")), QStringLiteral("backup-before-step"));
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T11:05")), QStringLiteral("backup-in-future"));
    // A time with its offset is that moment: 11:07+05:00 is 06:07 UTC, before the step.
    QCOMPARE(
        say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T11:07+05:00")), QStringLiteral("backup-before-step"));
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T08:07-02:00")), QString());
    // Minutes count: the step's own minute is fine.
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T09:30")), QString());
    QCOMPARE(say(QStringLiteral("LTO"), QStringLiteral("2026-11-30T10:45")), QString());
    // Other steps need no statement.
    QVERIFY(StepCatalogue::checkAttestation(StepId::DisconnectSan, {}, w.ctx()).isEmpty());
}

void TestStepCatalogue::roomActionsCarryOutTheirSteps()
{
    using A = SimulatedServer::Action;
    World w;
    QCOMPARE(StepCatalogue::stepOfRoomAction(A::InstallSecurePath40A, w.server),
        std::optional<StepId>(StepId::InstallSecurePath40A));
    QCOMPARE(
        StepCatalogue::stepOfRoomAction(A::UpgradeWindows, w.server), std::optional<StepId>(StepId::UpgradeWindows));
    QCOMPARE(StepCatalogue::stepOfRoomAction(A::Restart, w.server), std::nullopt); // a plain restart
    w.upgraded(QStringLiteral("3.6.2.670"));
    QCOMPARE(StepCatalogue::stepOfRoomAction(A::InstallSecurePath40A, w.server),
        std::optional<StepId>(StepId::InstallSecurePath2003));
    w.server.bugchecking = true;
    QCOMPARE(
        StepCatalogue::stepOfRoomAction(A::Restart, w.server), std::optional<StepId>(StepId::RestartCompleteUpgrade));
    QCOMPARE(StepCatalogue::stepOfRoomAction(A::PauseNode, w.server), std::optional<StepId>(StepId::ClusterPauseNode));
}

QTEST_GUILESS_MAIN(TestStepCatalogue)
#include "TestStepCatalogue.moc"
