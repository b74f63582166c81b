#include "Collectors.h"
#include "LiveReports.h"
#include "Session.h"
#include "WindowsProbe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;

namespace {

class FixedProbe final : public Probe
{
public:
    explicit FixedProbe(bool training) : m_training(training) { }
    QString kind() const override { return QStringLiteral("fixed"); }
    QString description() const override { return QStringLiteral("fixed facts for tests"); }
    ProbeCapabilities capabilities() const override
    {
        return m_training ? ProbeCapabilities(ProbeCapability::Simulated) : ProbeCapabilities(ProbeCapability::None);
    }
    ProbeResult probe() const override
    {
        ProbeResult r;
        r.facts.computerName.set(QStringLiteral("SRV01"), FactOrigin::Probe);
        return r;
    }

private:
    bool m_training;
};

// A live server whose answers the test changes between probes.
struct LiveServer
{
    std::shared_ptr<live::LiveReport> report = std::make_shared<live::LiveReport>(test::LiveReports::win2000Server());
    std::unique_ptr<Probe> probe() const
    {
        auto shared = report;
        return std::make_unique<WindowsProbe>(
            [shared](QString *) -> std::optional<live::LiveReport> { return *shared; }, QStringLiteral("test server"));
    }
};

class FakeResume final : public ResumeAtBoot
{
public:
    struct Calls
    {
        int armed = 0;
        int disarmed = 0;
        QString journal;
        bool fail = false;
    };
    explicit FakeResume(std::shared_ptr<Calls> calls) : m_calls(std::move(calls)) { }
    bool arm(const QString &journalPath, QString *commandLine, QString *error) override
    {
        if (m_calls->fail) {
            *error = QStringLiteral("Access is denied (error 5)");
            return false;
        }
        ++m_calls->armed;
        m_calls->journal = journalPath;
        *commandLine = QStringLiteral("\"C:\\w.exe\" --journal ") + journalPath;
        return true;
    }
    bool disarm(QString *) override
    {
        ++m_calls->disarmed;
        return true;
    }
    QString where() const override { return QStringLiteral("HKLM\\...\\RunOnce\\Test"); }

private:
    std::shared_ptr<Calls> m_calls;
};

QJsonObject backupStatement()
{
    return QJsonObject{{QStringLiteral("media"), QStringLiteral("LTO-3 #42")},
        {QStringLiteral("finished_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

QStringList stepsOf(const Session &s, const QString &kind)
{
    QStringList out;
    for (const JournalRecord &r : s.journal().records(s.runId())) {
        if (r.kind == kind)
            out << r.stepId;
    }
    return out;
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWithEvidenceAndTrainingFlag();
    void refusesWhenItCannotRecord();
    void resumesUnfinishedRun();
    void liveServerShowsWhichSanVolumesAreVisible();
    void resumeAtBootIsArmedBeforeTheUpgradeAndRemovedAtTheEnd();
    void resumeAtBootFailureIsRecordedNotHidden();
    void trainingNeverRegistersResumeAtBoot();
    void liveClusterStepsAreVerifiedThroughClusApi();
};

void TestSession::recordsWithEvidenceAndTrainingFlag()
{
    QTemporaryDir dir;
    Session s(std::make_unique<FixedProbe>(true));
    s.applyProbeResult(s.probe()->probe());
    s.setOperatorName(QStringLiteral("Ada"));
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QSignalSpy recorded(&s, &Session::recorded);
    QVERIFY(s.beginRun());
    QVERIFY(s.record(StepCatalogue::key(StepId::Backup), JournalKind::Attested,
        {{QStringLiteral("media"), QStringLiteral("LTO-3 #42")}}));
    QCOMPARE(recorded.count(), 2);
    const auto records = s.journal().records(s.runId());
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(1).training);
    QCOMPARE(records.at(1).operatorName, QStringLiteral("Ada"));
    const QJsonObject ev = records.at(1).evidenceObject();
    QCOMPARE(ev.value(QStringLiteral("facts")).toObject().value(QStringLiteral("computer_name")).toString(),
        QStringLiteral("SRV01"));
    QCOMPARE(ev.value(QStringLiteral("facts")).toObject().value(QStringLiteral("training")).toBool(), true);
    QCOMPARE(ev.value(QStringLiteral("detail")).toObject().value(QStringLiteral("media")).toString(),
        QStringLiteral("LTO-3 #42"));
    QVERIFY(s.isCompleted(StepId::Backup));
}

void TestSession::refusesWhenItCannotRecord()
{
    Session s(std::make_unique<FixedProbe>(false));
    QSignalSpy failed(&s, &Session::recordingFailed);
    QVERIFY(!s.openJournal(QStringLiteral("/nonexistent-folder/j.sqlite")));
    QVERIFY(!s.canRecord());
    QVERIFY(s.recordingError().contains(QStringLiteral("/nonexistent-folder")));
    QVERIFY(!s.record(StepCatalogue::key(StepId::Backup), JournalKind::Attested));
    QVERIFY(!s.isCompleted(StepId::Backup));
    QCOMPARE(failed.count(), 2);
}

void TestSession::resumesUnfinishedRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    QString runId;
    {
        Session s(std::make_unique<FixedProbe>(false));
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        QVERIFY(s.beginRun());
        QVERIFY(s.record(StepCatalogue::key(StepId::Backup), JournalKind::Attested));
        runId = s.runId();
    }
    Session again(std::make_unique<FixedProbe>(false));
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QCOMPARE(again.runId(), runId);
    QVERIFY(again.isCompleted(StepId::Backup));
    const auto records = again.journal().records(runId);
    QCOMPARE(records.last().kind, JournalKind::Resumed);
    QVERIFY(again.journal().verify().ok);
}

void TestSession::liveServerShowsWhichSanVolumesAreVisible()
{
    QTemporaryDir dir;
    LiveServer server;
    Session s(server.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    // Nothing is decided from the evidence alone: the operator names the SAN volumes.
    QVERIFY(!s.facts().visibleSanVolumes.known());
    QCOMPARE(s.plan().procedure, Procedure::Undetermined);
    s.answerSanVolumes({QStringLiteral("E:")});
    QCOMPARE(s.facts().visibleSanVolumes.get(), QStringList{QStringLiteral("E:")});
    QCOMPARE(s.facts().visibleSanVolumes.origin, FactOrigin::Probe);
    QVERIFY(s.decideProcedure());
    QVERIFY(s.canVerify(StepId::DisconnectSan));
    QVERIFY(s.attestStep(StepId::Backup, backupStatement()));
    QVERIFY(!s.verifyStep(StepId::DisconnectSan));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("E:")));
    QVERIFY(!s.attestStep(StepId::DisconnectSan)); // the facts disprove it
    // The cables are pulled: Windows no longer shows E:.
    server.report->volumes.pop_back();
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.facts().visibleSanVolumes.get().isEmpty());
    QVERIFY2(s.verifyStep(StepId::DisconnectSan), qPrintable(s.lastRefusal()));
    QVERIFY2(s.interlock(StepId::UpgradeWindows).isEmpty(), qPrintable(s.interlock(StepId::UpgradeWindows).message));
}

void TestSession::resumeAtBootIsArmedBeforeTheUpgradeAndRemovedAtTheEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    LiveServer server;
    auto calls = std::make_shared<FakeResume::Calls>();
    {
        Session s(server.probe());
        s.setResumeAtBoot(std::make_unique<FakeResume>(calls));
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        QVERIFY(s.beginRun());
        s.answerSanVolumes({QStringLiteral("E:")});
        QVERIFY(s.decideProcedure());
        QVERIFY(s.attestStep(StepId::Backup, backupStatement()));
        QCOMPARE(calls->armed, 0); // not yet: the upgrade cannot start before the SAN is gone
        server.report->volumes.pop_back();
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.verifyStep(StepId::DisconnectSan));
        QCOMPARE(calls->armed, 1);
        QCOMPARE(calls->journal, path);
        QVERIFY(s.isResumeAtBootArmed());
        QCOMPARE(stepsOf(s, JournalKind::Note).count(RecordTopic::ResumeAtBoot), 1);
        const JournalRecord note = s.journal().records(s.runId()).last();
        QVERIFY(note.evidenceObject()
                    .value(QStringLiteral("detail"))
                    .toObject()
                    .value(QStringLiteral("command"))
                    .toString()
                    .contains(path));
    }
    // After the restart Windows has deleted the RunOnce entry: the resumed run registers again.
    server.report->os.minor = 2;
    server.report->os.build = 3790;
    Session again(server.probe());
    again.setResumeAtBoot(std::make_unique<FakeResume>(calls));
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QVERIFY(again.isResumed());
    QCOMPARE(calls->armed, 2);
    QVERIFY(again.verifyStep(StepId::UpgradeWindows));
    QCOMPARE(calls->disarmed, 0);
    QVERIFY(again.finishRun());
    QCOMPARE(calls->disarmed, 1);
    QVERIFY(!again.isResumeAtBootArmed());
    const auto records = again.journal().records(again.runId());
    QCOMPARE(records.last().stepId, RecordTopic::ResumeAtBoot);
    QVERIFY(records.last().evidence.contains(QStringLiteral("removed")));
    QVERIFY(again.journal().verify().ok);
}

void TestSession::resumeAtBootFailureIsRecordedNotHidden()
{
    QTemporaryDir dir;
    LiveServer server;
    server.report->volumes.pop_back(); // no SAN visible
    auto calls = std::make_shared<FakeResume::Calls>();
    calls->fail = true;
    Session s(server.probe());
    s.setResumeAtBoot(std::make_unique<FakeResume>(calls));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    QVERIFY(s.attestStep(StepId::Backup, backupStatement()));
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    QVERIFY(s.resumeAtBootProblem().contains(QStringLiteral("Access is denied")));
    QVERIFY(s.resumeAtBootProblem().contains(s.journalPath()));
    QCOMPARE(stepsOf(s, JournalKind::Failure), QStringList{RecordTopic::ResumeAtBoot});
}

void TestSession::trainingNeverRegistersResumeAtBoot()
{
    QTemporaryDir dir;
    auto calls = std::make_shared<FakeResume::Calls>();
    Session s(std::make_unique<FixedProbe>(true));
    s.setResumeAtBoot(std::make_unique<FakeResume>(calls));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    for (StepId step : {StepId::Backup, StepId::DisconnectSan})
        QVERIFY(s.record(StepCatalogue::key(step), JournalKind::Attested));
    QVERIFY(s.finishRun());
    QCOMPARE(calls->armed + calls->disarmed, 0);
}

void TestSession::liveClusterStepsAreVerifiedThroughClusApi()
{
    QTemporaryDir dir;
    LiveServer server;
    live::LiveReport &r = *server.report;
    test::LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\ClusSvc");
    r.cluster = {live::kClusterRunning, true, "CLUSTER1", {{"SRV01", 0}, {"SRV02", 0}}, {{"Disk Group 1", "SRV01", 0}},
        true, ""};
    Session s(server.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY2(s.decideProcedure(), qPrintable(s.lastRefusal()));
    QCOMPARE(s.runPlan().procedure, Procedure::Clustered);
    QVERIFY(s.canVerify(StepId::ClusterMoveStorage));
    QVERIFY(!s.verifyStep(StepId::ClusterMoveStorage));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("Disk Group 1")));
    r.cluster.groups[0].ownerNode = "SRV02";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::ClusterMoveStorage), qPrintable(s.lastRefusal()));
    QVERIFY(!s.verifyStep(StepId::ClusterPauseNode));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("up, not paused")));
    r.cluster.nodes[0].state = 2;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::ClusterPauseNode), qPrintable(s.lastRefusal()));
    // Where ClusAPI cannot be read, the page falls back to the operator's attestation.
    r.cluster.enumerated = false;
    r.cluster.error = "The RPC server is unavailable";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(!s.canVerify(StepId::ClusterResumeNode));
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
