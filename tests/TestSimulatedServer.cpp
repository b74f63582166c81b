#include "KbSentences.h"
#include "PlanRules.h"
#include "Probe.h"
#include "SimulatedServer.h"

#include <QtTest>

using namespace spuw;
using A = SimulatedServer::Action;

namespace {

SimulatedServer serverFor(const QString &name)
{
    QString error;
    auto s = Scenario::load(name, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return SimulatedServer(*s);
}

QString raidisk(const SimulatedServer &s)
{
    return s.facts().securePath.get().fileVersion;
}

int bugchecks(const SimulatedServer &s)
{
    int n = 0;
    for (const SimulationEvent &e : s.events())
        n += e.bugcheck ? 1 : 0;
    return n;
}

} // namespace

class TestSimulatedServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standaloneDoneRightHasNoFaults();
    void upgradeWithSanAttachedBugchecksIntoRecovery();
    void reconnectBefore3630670Bugchecks();
    void restartWhileAttachedBugchecksAgain();
    void installSecurePathPicksTheDriverForTheOs();
    void scriptedFaults();
    void clusterRollsThroughEveryNode();
    void replaysToTheSameServer();
    void readShowsTheClusterAndTheServerRoom();
};

void TestSimulatedServer::standaloneDoneRightHasNoFaults()
{
    auto s = serverFor(QStringLiteral("standalone-ready"));
    QCOMPARE(s.facts().visibleSanVolumes.get(), (QStringList{QStringLiteral("E:"), QStringLiteral("F:")}));
    for (A a : {A::TakeBackup, A::DisconnectSan}) {
        const auto e = s.perform(a);
        QVERIFY2(e.ok && !e.bugcheck, qPrintable(e.message));
    }
    QVERIFY(s.facts().visibleSanVolumes.get().isEmpty());
    for (A a : {A::UpgradeWindows, A::InstallSecurePath40A, A::ReconnectSan}) {
        const auto e = s.perform(a);
        QVERIFY2(e.ok && !e.bugcheck, qPrintable(e.message));
    }
    const SystemFacts f = s.facts();
    QCOMPARE(f.osVersion.get(), QStringLiteral("5.2"));
    QCOMPARE(f.osBuild.get(), 3790);
    QCOMPARE(raidisk(s), QStringLiteral("3.6.3.670"));
    QCOMPARE(f.visibleSanVolumes.get(), f.sanVolumes.get());
    QVERIFY(f.crashDumps.get().isEmpty());
    QVERIFY(!s.isBugchecking());
    QCOMPARE(bugchecks(s), 0);
    QCOMPARE(PlanRules::evaluate(f).blockerIds(), QStringList{QStringLiteral("already-upgraded")});
}

void TestSimulatedServer::upgradeWithSanAttachedBugchecksIntoRecovery()
{
    auto s = serverFor(QStringLiteral("standalone-ready"));
    s.perform(A::TakeBackup);
    const auto e = s.perform(A::UpgradeWindows); // SAN still attached
    QVERIFY(e.bugcheck);
    QVERIFY(!e.ok);
    QVERIFY(e.message.contains(QStringLiteral("BAD_POOL_CALLER")));
    QVERIFY(s.isBugchecking());
    const auto dumps = s.facts().crashDumps.get();
    QCOMPARE(dumps.size(), 1);
    QCOMPARE(dumps.first().stopCode(), 0xC2u);
    QCOMPARE(dumps.first().build, 3790);
    QCOMPARE(PlanRules::evaluate(s.facts()).procedure, Procedure::Recovery);
    // The recovery of KB 817409 brings it back.
    for (A a : {A::DisconnectSan, A::Restart, A::InstallSecurePath40A, A::ReconnectSan}) {
        const auto r = s.perform(a);
        QVERIFY2(r.ok && !r.bugcheck, qPrintable(r.message));
    }
    QVERIFY(!s.isBugchecking());
    QCOMPARE(raidisk(s), QStringLiteral("3.6.3.670"));
    QCOMPARE(bugchecks(s), 1);
}

void TestSimulatedServer::reconnectBefore3630670Bugchecks()
{
    auto s = serverFor(QStringLiteral("standalone-ready"));
    s.perform(A::TakeBackup);
    s.perform(A::DisconnectSan);
    s.perform(A::UpgradeWindows);
    const auto e = s.perform(A::ReconnectSan);
    QVERIFY(e.bugcheck);
    QVERIFY(e.message.contains(QStringLiteral("3.6.2.670")));
}

void TestSimulatedServer::restartWhileAttachedBugchecksAgain()
{
    auto s = serverFor(QStringLiteral("recovery-bugchecking"));
    const auto e = s.perform(A::Restart);
    // The scenario starts with one dump on file; the failed restart adds another.
    QVERIFY(e.bugcheck);
    QCOMPARE(s.facts().crashDumps.get().size(), 2);
    QVERIFY(s.read().bugchecking.value());
}

void TestSimulatedServer::installSecurePathPicksTheDriverForTheOs()
{
    auto s = serverFor(QStringLiteral("standalone-needs-4.0a"));
    QCOMPARE(raidisk(s), QStringLiteral("3.5.1.500"));
    s.perform(A::InstallSecurePath40A);
    QCOMPARE(raidisk(s), QStringLiteral("3.6.2.670"));
    QCOMPARE(PlanRules::evaluate(s.facts()).procedure, Procedure::Standalone);
}

void TestSimulatedServer::scriptedFaults()
{
    auto s = serverFor(QStringLiteral("trap-lun-missing"));
    auto e = s.perform(A::TakeBackup);
    QVERIFY(!e.ok);
    QVERIFY(!s.backupTaken());
    e = s.perform(A::TakeBackup);
    QVERIFY(e.ok);
    QVERIFY(s.backupTaken());
    s.perform(A::DisconnectSan);
    s.perform(A::UpgradeWindows);
    s.perform(A::InstallSecurePath40A);
    e = s.perform(A::ReconnectSan);
    QVERIFY(e.ok);
    QCOMPARE(s.facts().visibleSanVolumes.get(), QStringList{QStringLiteral("E:")}); // F: did not come back
    QCOMPARE(bugchecks(s), 0);

    // Before any reattachment the LUN is there: the fault fires only when it should.
    auto fresh = serverFor(QStringLiteral("trap-lun-missing"));
    QCOMPARE(fresh.facts().visibleSanVolumes.get().size(), 2);

    QString error;
    auto cluster = Scenario::load(QStringLiteral("cluster-two-node"), &error);
    cluster->faults << ScriptedFault{ScriptedFault::Kind::NodeWillNotPause, {}, QStringLiteral("NODE1"), 1};
    SimulatedServer c(*cluster);
    c.perform(A::MoveSharedStorage);
    QVERIFY(!c.perform(A::PauseNode).ok);
    QVERIFY(!c.isPaused(QStringLiteral("NODE1")));
}

void TestSimulatedServer::clusterRollsThroughEveryNode()
{
    auto s = serverFor(QStringLiteral("cluster-three-node"));
    QCOMPARE(s.nodes(), (QStringList{QStringLiteral("NODE1"), QStringLiteral("NODE2"), QStringLiteral("NODE3")}));
    QStringList upgraded;
    for (int i = 0; i < 3; ++i) {
        const QString node = s.currentNode();
        for (A a : {A::MoveSharedStorage, A::PauseNode, A::TakeBackup, A::DisconnectSan, A::UpgradeWindows,
                 A::InstallSecurePath40A, A::ReconnectSan, A::ResumeNode}) {
            const auto e = s.perform(a);
            QVERIFY2(e.ok && !e.bugcheck, qPrintable(node + QLatin1String(": ") + e.message));
        }
        QVERIFY(s.storageOwner() != node);
        QVERIFY(!s.isPaused(node));
        upgraded << node;
        const auto next = s.perform(A::NextNode);
        QCOMPARE(next.ok, i < 2);
    }
    QCOMPARE(upgraded, s.nodes());
}

void TestSimulatedServer::replaysToTheSameServer()
{
    // A run is resumed by doing its recorded actions again on the scenario's server: the same actions
    // must give the same server, bugchecks and dump names included.
    auto s = serverFor(QStringLiteral("cluster-two-node"));
    const QList<A> actions{A::MoveSharedStorage, A::PauseNode, A::TakeBackup, A::UpgradeWindows, A::DisconnectSan,
        A::Restart, A::InstallSecurePath40A, A::ReconnectSan, A::ResumeNode, A::NextNode, A::TakeBackup};
    for (A a : actions)
        s.perform(a);
    const QJsonObject before = s.facts().toJson();
    const QJsonObject stateBefore = s.read().stateJson();
    QCOMPARE(s.currentNode(), QStringLiteral("NODE2"));
    s.reset();
    QCOMPARE(s.currentNode(), QStringLiteral("NODE1"));
    QVERIFY(s.events().isEmpty());
    QCOMPARE(s.facts().toJson(), serverFor(QStringLiteral("cluster-two-node")).facts().toJson());
    for (A a : actions)
        s.perform(a);
    QCOMPARE(s.facts().toJson(), before);
    QCOMPARE(s.read().stateJson(), stateBefore);
    for (A a : actions)
        QCOMPARE(SimulatedServer::actionFromId(SimulatedServer::actionId(a)), std::optional<A>(a));
}

void TestSimulatedServer::readShowsTheClusterAndTheServerRoom()
{
    auto s = serverFor(QStringLiteral("cluster-two-node"));
    ProbeResult r = s.read();
    QVERIFY(r.cluster && r.cluster->readable);
    QCOMPARE(r.cluster->nodeStates.value(QStringLiteral("NODE1")), QStringLiteral("up"));
    QCOMPARE(r.cluster->groupOwners.values(), QStringList{QStringLiteral("NODE1")});
    QCOMPARE(r.backupFinished, std::optional<bool>(false));
    QCOMPARE(r.bugchecking, std::optional<bool>(false));
    s.perform(A::MoveSharedStorage);
    s.perform(A::PauseNode);
    s.perform(A::TakeBackup);
    r = s.read();
    QCOMPARE(r.cluster->nodeStates.value(QStringLiteral("NODE1")), QStringLiteral("paused"));
    QCOMPARE(r.cluster->groupOwners.values(), QStringList{QStringLiteral("NODE2")});
    QCOMPARE(r.backupFinished, std::optional<bool>(true));
    // What a record keeps of it comes back the same.
    const ProbeResult back = ProbeResult::fromRecorded(r.facts, r.stateJson());
    QCOMPARE(back.stateJson(), r.stateJson());
    // A standalone server has no cluster to show.
    QVERIFY(!serverFor(QStringLiteral("standalone-ready")).read().cluster);
}

QTEST_GUILESS_MAIN(TestSimulatedServer)
#include "TestSimulatedServer.moc"
