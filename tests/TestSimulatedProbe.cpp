#include "SimulatedProbe.h"

#include <QtConcurrent>
#include <QtTest>

using namespace spuw;

class TestSimulatedProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheSimulatedStateAsTraining();
    void probesSafelyOffTheCallingThread();
};

void TestSimulatedProbe::reportsTheSimulatedStateAsTraining()
{
    QString error;
    auto server = std::make_shared<SimulatedServer>(*Scenario::load(QStringLiteral("standalone-ready"), &error));
    SimulatedProbe probe(server);
    QVERIFY(probe.isTraining());
    QCOMPARE(probe.kind(), QStringLiteral("simulated"));
    QVERIFY(probe.description().contains(QStringLiteral("SRV01")));
    ProbeResult r = probe.probe();
    QVERIFY(r.ok());
    QVERIFY(r.facts.training);
    QCOMPARE(r.facts.visibleSanVolumes.get().size(), 2);
    server->perform(SimulatedServer::Action::DisconnectSan);
    r = probe.probe();
    QVERIFY(r.facts.visibleSanVolumes.get().isEmpty());
    QCOMPARE(r.facts.computerName.origin, FactOrigin::Scenario);
}

void TestSimulatedProbe::probesSafelyOffTheCallingThread()
{
    QString error;
    auto server = std::make_shared<SimulatedServer>(*Scenario::load(QStringLiteral("cluster-two-node"), &error));
    SimulatedProbe probe(server);
    QList<QFuture<ProbeResult>> futures;
    for (int i = 0; i < 50; ++i)
        futures << QtConcurrent::run([&probe] { return probe.probe(); });
    for (int i = 0; i < 50; ++i)
        server->perform(i % 2 ? SimulatedServer::Action::DisconnectSan : SimulatedServer::Action::ReconnectSan);
    for (auto &f : futures)
        QVERIFY(f.result().ok());
}

QTEST_GUILESS_MAIN(TestSimulatedProbe)
#include "TestSimulatedProbe.moc"
