#include "Collectors.h"
#include "FakeAgent.h"
#include "KbSentences.h"
#include "LiveReports.h"
#include "ProbeFactory.h"
#include "RunState.h"
#include "Session.h"
#include "Trainee.h"
#include "UpgradeReport.h"
#include "WindowsProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

// A live server run to the point where the SAN is disconnected and checked.
void liveUpToTheUpgrade(Session &s, LiveServer &server, const QString &journal)
{
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(journal));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY2(s.decideProcedure(), qPrintable(s.lastRefusal()));
    QVERIFY2(s.attestStep(StepId::Backup, backupStatement()), qPrintable(s.lastRefusal()));
    server.report->volumes.pop_back(); // the cables are pulled
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::DisconnectSan), qPrintable(s.lastRefusal()));
}

// The same against a server behind the stand-in agent.
void liveUpToTheUpgradeWith(Session &s, test::FakeAgent &agent, const QString &journal)
{
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(journal));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY2(s.decideProcedure(), qPrintable(s.lastRefusal()));
    QVERIFY2(s.attestStep(StepId::Backup, backupStatement()), qPrintable(s.lastRefusal()));
    agent.change([](live::LiveReport &r) { r.volumes.pop_back(); });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::DisconnectSan), qPrintable(s.lastRefusal()));
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
    void deferralAcceptsOnlyFinishOrReassessment();
    void reopensAStepTheServerNoLongerShows();
    void goingBackToTheStartRecordsNoResume();
    void aResumedRunKeepsItsOwnTitlesAndSentences();
    void betweenSteps3And4TheStandaloneProcedureContinues();
    void interlocksNameTheRuleThatHolds();
    void recordsCarryTheFactsThatProvedThem();
    void waitsForAServerThatRestartsAndRecordsIt();
    void oneWizardWalksEveryNodeOfACluster();
    void aMissingLunIsEscalatedAndTheRunEndsNotComplete();
    void aJournalThatFailsVerificationIsNotContinued();
    void theJournalIsFixedOnceTheRunHasBegun();
    void anotherClustersNodeDoesNotContinueTheRun();
    void aRealRunTakesNoSimulatedNode();
    void theUpgradeBugcheckOnFileSwitchesToTheRecovery();
    void aResumedTrainingRunIsReplayedOnItsRecordedScenario();
    void aServerRoomActionThatCannotBeRecordedDidNotHappen();
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
    // No procedure was decided: a step recorded anyway is not the run's (the fold names it).
    QVERIFY(!s.isCompleted(StepId::Backup));
    QCOMPARE(s.run().anomalies().size(), 1);
    QVERIFY(s.run().anomalies().first().contains(QStringLiteral("record 2")));
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
    LiveServer server;
    {
        Session s(server.probe());
        liveUpToTheUpgrade(s, server, path);
        runId = s.runId();
    }
    Session again(server.probe());
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QCOMPARE(again.runId(), runId);
    QVERIFY(again.isResumed());
    QVERIFY(again.isCompleted(StepId::Backup));
    QVERIFY(again.isCompleted(StepId::DisconnectSan));
    QCOMPARE(again.nextStep(), std::optional<StepId>(StepId::UpgradeWindows));
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

void TestSession::deferralAcceptsOnlyFinishOrReassessment()
{
    // S3: a server that must wait for Secure Path 4.0B. After the decision to defer nothing but
    // finishing or a new assessment is accepted, and in training whatever is done in the server room
    // afterwards is a mistake against the 4.0B sentence.
    QTemporaryDir dir;
    QString error;
    Session s(ProbeFactory::scenario(QStringLiteral("pagefile-on-san"), &error));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    QVERIFY(s.decideProcedure());
    QCOMPARE(s.runPlan().procedure, Procedure::Defer);
    QVERIFY(s.attestStep(StepId::Defer));
    const qint64 before = s.journal().count();
    QVERIFY(s.decideProcedure()); // the same assessment: nothing new to record
    QCOMPARE(s.journal().count(), before);
    for (StepId step : {StepId::DisconnectSan, StepId::UpgradeWindows, StepId::Backup}) {
        QVERIFY(!s.verifyStep(step));
        QCOMPARE(s.lastRefusalRule().check, QStringLiteral("deferred"));
        QCOMPARE(s.lastRefusalRule().kb, QString::fromUtf8(kb::kDeferUntil40B));
    }
    s.performTrainingAction(SimulatedServer::Action::DisconnectSan);
    s.performTrainingAction(SimulatedServer::Action::UpgradeWindows);
    const Debrief d = s.run().debrief();
    QCOMPARE(d.mistakes.size(), 2);
    for (const DebriefItem &m : d.mistakes)
        QCOMPARE(m.kb, QString::fromUtf8(kb::kDeferUntil40B));
    QVERIFY(d.doneRight.isEmpty()); // the disconnection after deferring is not "done right"
    QVERIFY(s.finishRun());
    const NodeRun *node = s.currentNode();
    QVERIFY(node->isDeferred());
    QCOMPARE(s.stateJson().value(QStringLiteral("nodes")).toArray().first()[QStringLiteral("procedure")].toString(),
        QStringLiteral("defer"));
}

void TestSession::reopensAStepTheServerNoLongerShows()
{
    // C2: the SAN comes back after "Remove all SAN connections" was checked: the step is reopened
    // with a record that says which fact changed, and the upgrade is held again.
    QTemporaryDir dir;
    LiveServer server;
    Session s(server.probe());
    liveUpToTheUpgrade(s, server, dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(s.interlock(StepId::UpgradeWindows).isEmpty());
    QSignalSpy reopened(&s, &Session::stepReopened);
    server.report->volumes.push_back(test::LiveReports::volume("E:", 6, "COMPAQ", "HSV110"));
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.first().at(0).value<StepId>(), StepId::DisconnectSan);
    QVERIFY(!s.isCompleted(StepId::DisconnectSan));
    QCOMPARE(s.stepState(StepId::DisconnectSan), StepState::Reopened);
    const JournalRecord r = s.journal().records(s.runId()).last();
    QCOMPARE(r.kind, JournalKind::Reopened);
    const QJsonObject detail = r.evidenceObject().value(QStringLiteral("detail")).toObject();
    QCOMPARE(detail.value(QStringLiteral("why")).toObject().value(QStringLiteral("check")).toString(),
        QStringLiteral("san-visible"));
    QCOMPARE(detail.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("visible_san_volumes")).toArray(),
        QJsonArray{QStringLiteral("E:")});
    QVERIFY(!s.verifyStep(StepId::UpgradeWindows));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("san-visible"));
    // Probing again records nothing more: the step is open, not reopened twice.
    const qint64 count = s.journal().count();
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(s.journal().count(), count);
    // Unplugged again: checked again, and the run goes on.
    server.report->volumes.pop_back();
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    QVERIFY(s.interlock(StepId::UpgradeWindows).isEmpty());
    // Once the reattachment is the step at hand, a visible SAN is expected: nothing is reopened.
    server.report->os.minor = 2;
    server.report->os.build = 3790;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::UpgradeWindows));
    server.report->securePath.version = "3.6.3.670";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::InstallSecurePath2003));
    server.report->volumes.push_back(test::LiveReports::volume("E:", 6, "COMPAQ", "HSV110"));
    reopened.clear();
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(reopened.count(), 0);
    QVERIFY(s.verifyStep(StepId::ReconnectSan));
    // Windows back at 5.0 after all that: the upgrade and everything after it is open again.
    server.report->os.minor = 0;
    server.report->os.build = 2195;
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.first().at(0).value<StepId>(), StepId::UpgradeWindows);
    for (StepId later : {StepId::UpgradeWindows, StepId::InstallSecurePath2003, StepId::ReconnectSan})
        QVERIFY(!s.isCompleted(later));
    QVERIFY(s.isCompleted(StepId::Backup));
    QCOMPARE(s.nextStep(), std::optional<StepId>(StepId::UpgradeWindows));
}

void TestSession::goingBackToTheStartRecordsNoResume()
{
    // C3: Back to the first page and Next again continues the same run in the same process.
    QTemporaryDir dir;
    Session s(std::make_unique<FixedProbe>(false));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    const QString run = s.runId();
    QVERIFY(s.beginRun());
    QVERIFY(s.beginRun());
    QCOMPARE(s.runId(), run);
    QVERIFY(!s.isResumed());
    QCOMPARE(stepsOf(s, JournalKind::Resumed), QStringList{});
    QCOMPARE(stepsOf(s, JournalKind::RunStarted).size(), 1);
}

void TestSession::aResumedRunKeepsItsOwnTitlesAndSentences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    LiveServer server;
    Plan before;
    {
        Session s(server.probe());
        liveUpToTheUpgrade(s, server, path);
        before = s.runPlan();
    }
    Session again(server.probe());
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QVERIFY(again.isResumed());
    const Plan after = again.runPlan();
    QCOMPARE(after.procedure, Procedure::Standalone);
    QCOMPARE(after.steps.size(), before.steps.size());
    for (qsizetype i = 0; i < after.steps.size(); ++i) {
        QCOMPARE(after.steps.at(i).title, before.steps.at(i).title);
        QCOMPARE(after.steps.at(i).kb, before.steps.at(i).kb);
        QVERIFY2(!after.steps.at(i).kb.startsWith(QString::fromUtf8(kb::kCluster3)), "standalone, not clustered");
    }
    QCOMPARE(after.steps.last().kb, QString::fromUtf8(kb::kStandalone5));
    QCOMPARE(again.nextStep(), std::optional<StepId>(StepId::UpgradeWindows));
}

void TestSession::betweenSteps3And4TheStandaloneProcedureContinues()
{
    // Criterion 10: Server 2003 still on the Windows 2000 driver, no bugcheck: step 4 is next.
    QTemporaryDir dir;
    LiveServer server;
    server.report->os.minor = 2;
    server.report->os.build = 3790;
    server.report->volumes.pop_back();
    Session s(server.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    QCOMPARE(s.runPlan().procedure, Procedure::Standalone);
    QVERIFY2(!s.runPlan().reason.contains(QStringLiteral("bugcheck has happened")), qPrintable(s.runPlan().reason));
    QCOMPARE(s.runPlan().stepIds(),
        (QList<StepId>{StepId::DisconnectSan, StepId::InstallSecurePath2003, StepId::ReconnectSan}));
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    QCOMPARE(s.nextStep(), std::optional<StepId>(StepId::InstallSecurePath2003));
}

void TestSession::interlocksNameTheRuleThatHolds()
{
    // Criterion 9 through the session: each refusal names its rule, so a test that deletes a rule
    // sees another answer (the order, or nothing).
    QTemporaryDir dir;
    LiveServer server;
    Session s(server.probe());
    liveUpToTheUpgrade(s, server, dir.filePath(QStringLiteral("j.sqlite")));
    // Windows still 5.0: the upgrade is not verified, and the failed check is recorded.
    QVERIFY(!s.verifyStep(StepId::UpgradeWindows));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("os-version"));
    QCOMPARE(s.journal().records(s.runId()).last().kind, JournalKind::Failure);
    // SAN visible: the upgrade is held by the SAN rule, whatever else holds.
    server.report->volumes.push_back(test::LiveReports::volume("E:", 6, "COMPAQ", "HSV110"));
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(s.interlock(StepId::UpgradeWindows).check, QStringLiteral("san-visible"));
    server.report->volumes.pop_back();
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    server.report->os.minor = 2;
    server.report->os.build = 3790;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::UpgradeWindows));
    server.report->securePath.version = "3.6.3.670";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::InstallSecurePath2003));
    // The driver back at 3.6.2.670 (a wrong package installed over it): no reattachment.
    server.report->securePath.version = "3.6.2.670";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(!s.verifyStep(StepId::ReconnectSan));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("driver-not-2003"));
    QCOMPARE(s.lastRefusalRule().kb, QString::fromUtf8(kb::kStandalone4));

    // A cluster node that is not unpaused: no next node and no finish.
    QTemporaryDir dir2;
    QString error;
    Session c(ProbeFactory::scenario(QStringLiteral("cluster-two-node"), &error));
    c.applyProbeResult(c.probe()->probe());
    QVERIFY(c.openJournal(dir2.filePath(QStringLiteral("c.sqlite"))));
    QVERIFY(c.beginRun());
    QVERIFY(c.decideProcedure());
    using A = SimulatedServer::Action;
    for (auto [action, step] : {std::pair{A::MoveSharedStorage, StepId::ClusterMoveStorage},
             std::pair{A::PauseNode, StepId::ClusterPauseNode}, std::pair{A::TakeBackup, StepId::Backup},
             std::pair{A::DisconnectSan, StepId::DisconnectSan}, std::pair{A::UpgradeWindows, StepId::UpgradeWindows},
             std::pair{A::InstallSecurePath40A, StepId::InstallSecurePath2003},
             std::pair{A::ReconnectSan, StepId::ReconnectSan}}) {
        c.performTrainingAction(action);
        QVERIFY2(c.verifyStep(step), qPrintable(StepCatalogue::key(step) + u' ' + c.lastRefusal()));
    }
    QVERIFY(!c.nextClusterNode());
    QCOMPARE(c.lastRefusalRule().check, QStringLiteral("node-paused"));
    QVERIFY(!c.finishRun());
    QCOMPARE(c.lastRefusalRule().check, QStringLiteral("node-paused"));
    QVERIFY(!c.isFinished());
    c.performTrainingAction(A::ResumeNode);
    QVERIFY(c.verifyStep(StepId::ClusterResumeNode));
    QVERIFY(c.nextClusterNode());
    QCOMPARE(c.facts().computerName.get(), QStringLiteral("NODE2"));
    QCOMPARE(c.nextStep(), std::optional<StepId>(StepId::Preflight));
}

void TestSession::recordsCarryTheFactsThatProvedThem()
{
    QTemporaryDir dir;
    LiveServer server;
    Session s(server.probe());
    liveUpToTheUpgrade(s, server, dir.filePath(QStringLiteral("j.sqlite")));
    server.report->os.minor = 2;
    server.report->os.build = 3790;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::UpgradeWindows));
    server.report->securePath.version = "3.6.3.670";
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::InstallSecurePath2003));
    QHash<QString, QJsonObject> detail;
    for (const JournalRecord &r : s.journal().records(s.runId())) {
        if (r.kind == JournalKind::Verified || r.kind == JournalKind::Attested)
            detail.insert(r.stepId, r.evidenceObject().value(QStringLiteral("detail")).toObject());
    }
    const QJsonObject backup = detail.value(StepCatalogue::key(StepId::Backup));
    QCOMPARE(backup.value(QStringLiteral("media")).toString(), QStringLiteral("LTO-3 #42"));
    QVERIFY(!backup.value(QStringLiteral("finished_utc")).toString().isEmpty());
    const QJsonObject san = detail.value(StepCatalogue::key(StepId::DisconnectSan));
    QCOMPARE(san.value(QStringLiteral("visible_san_volumes")).toArray(), QJsonArray{});
    QCOMPARE(san.value(QStringLiteral("san_volumes_before")).toArray(), QJsonArray{QStringLiteral("E:")});
    const QJsonObject upgrade = detail.value(StepCatalogue::key(StepId::UpgradeWindows));
    QCOMPARE(upgrade.value(QStringLiteral("os_version")).toString(), QStringLiteral("5.2"));
    QCOMPARE(upgrade.value(QStringLiteral("os_build")).toInt(), 3790);
    const QJsonObject driver = detail.value(StepCatalogue::key(StepId::InstallSecurePath2003));
    QCOMPARE(driver.value(QStringLiteral("raidisk_version")).toString(), QStringLiteral("3.6.3.670"));
    QVERIFY(driver.value(QStringLiteral("raidisk_path")).toString().endsWith(QLatin1String("Raidisk.sys")));
}

void TestSession::waitsForAServerThatRestartsAndRecordsIt()
{
    // A server driven through its agent: the agent's own restart entry is armed before the upgrade;
    // while setup restarts the server nothing is checked, losing and regaining contact is recorded,
    // and the end of the run has the agent remove its entry and pairing.
    QTemporaryDir dir;
    test::FakeAgent agent;
    Session s(agent.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    QVERIFY(s.attestStep(StepId::Backup, backupStatement()));
    agent.change([](live::LiveReport &r) { r.volumes.pop_back(); });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    QCOMPARE(agent.restart->armed, 1); // before the first restart of the procedure
    QVERIFY(s.isResumeAtBootArmed());
    // Setup restarts the server: no answer.
    *agent.answering = false;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(!s.hasContact());
    QCOMPARE(s.facts().osVersion.get(), QStringLiteral("5.0")); // nothing read, nothing changed
    QVERIFY(!s.verifyStep(StepId::UpgradeWindows));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("contact-lost"));
    QVERIFY(!s.attestStep(StepId::UpgradeWindows));
    const qint64 whileAway = s.journal().count();
    s.applyProbeResult(s.probe()->probe()); // still away: recorded once
    QCOMPARE(s.journal().count(), whileAway);
    // Back, upgraded.
    agent.change([](live::LiveReport &r) {
        r.os.minor = 2;
        r.os.build = 3790;
    });
    *agent.answering = true;
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.hasContact());
    QVERIFY2(s.verifyStep(StepId::UpgradeWindows), qPrintable(s.lastRefusal()));
    QStringList contact;
    for (const JournalRecord &r : s.journal().records(s.runId())) {
        if (r.stepId == RecordTopic::Contact)
            contact << (r.evidenceObject()[QStringLiteral("detail")][QStringLiteral("lost")].toBool()
                    ? QStringLiteral("lost")
                    : QStringLiteral("back"));
    }
    QCOMPARE(contact, (QStringList{QStringLiteral("lost"), QStringLiteral("back")}));
    // Who answered is in every record.
    const QJsonObject server
        = s.journal().records(s.runId()).last().evidenceObject().value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("answered_by")).toObject().value(QStringLiteral("computer")).toString(),
        QStringLiteral("SRV01"));
    agent.change([](live::LiveReport &r) { r.securePath.version = "3.6.3.670"; });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::InstallSecurePath2003));
    agent.change(
        [](live::LiveReport &r) { r.volumes.push_back(test::LiveReports::volume("E:", 6, "COMPAQ", "HSV110")); });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::ReconnectSan));
    QCOMPARE(agent.restart->finished, 0);
    QVERIFY(s.finishRun());
    QCOMPARE(agent.restart->finished, 1);
}

void TestSession::oneWizardWalksEveryNodeOfACluster()
{
    // One run, one wizard, the agents of both nodes in turn; a node is not begun while the other is
    // still paused.
    QTemporaryDir dir;
    auto clusterNode = [](const std::string &name, int myState, int otherState) {
        test::FakeAgent a;
        a.change([&](live::LiveReport &r) {
            r.computerName = name;
            test::LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\ClusSvc");
            const std::string other = name == "NODE1" ? "NODE2" : "NODE1";
            r.cluster = {live::kClusterRunning, true, "CLUSTER1", {{name, myState}, {other, otherState}},
                {{"Disk Group 1", other, 0}}, true, ""};
        });
        return a;
    };
    test::FakeAgent node1 = clusterNode("NODE1", 2, 0); // paused, storage on NODE2
    Session s(node1.probe(QStringLiteral("node1:17409")));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    QCOMPARE(s.runPlan().procedure, Procedure::Clustered);
    const QString run = s.runId();
    QVERIFY(s.verifyStep(StepId::ClusterMoveStorage));
    QVERIFY(s.verifyStep(StepId::ClusterPauseNode));
    QVERIFY(s.attestStep(StepId::Backup, backupStatement()));
    node1.change([](live::LiveReport &r) { r.volumes.pop_back(); });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::DisconnectSan));
    node1.change([](live::LiveReport &r) {
        r.os.minor = 2;
        r.os.build = 3790;
    });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::UpgradeWindows));
    node1.change([](live::LiveReport &r) { r.securePath.version = "3.6.3.670"; });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::InstallSecurePath2003));
    node1.change(
        [](live::LiveReport &r) { r.volumes.push_back(test::LiveReports::volume("E:", 6, "COMPAQ", "HSV110")); });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::ReconnectSan));
    node1.change([](live::LiveReport &r) { r.cluster.nodes[0].state = 0; });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.verifyStep(StepId::ClusterResumeNode));
    QVERIFY(s.nextClusterNode());
    QVERIFY(!s.isFinished());
    QVERIFY(s.isWaitingForAnotherNode());
    QCOMPARE(node1.restart->finished, 1); // NODE1's agent is done
    // The same wizard connects to NODE2's agent. NODE1 shows as paused there (not back yet).
    test::FakeAgent node2 = clusterNode("NODE2", 0, 2);
    node2.change([](live::LiveReport &r) { r.cluster.groups[0].ownerNode = "NODE1"; });
    QVERIFY2(s.setProbe(node2.probe(QStringLiteral("node2:17409"))), qPrintable(s.lastRefusal()));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.beginRun());
    QCOMPARE(s.runId(), run);
    QCOMPARE(s.journal().records(run).last().stepId, RecordTopic::Connect);
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    QVERIFY(!s.verifyStep(StepId::ClusterMoveStorage));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("other-node-not-up"));
    node2.change([](live::LiveReport &r) { r.cluster.nodes[1].state = 0; });
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::ClusterMoveStorage), qPrintable(s.lastRefusal()));
    QCOMPARE(s.run().nodes().size(), 2);
    QVERIFY(s.run().node(QStringLiteral("NODE1"))->isComplete());
    QCOMPARE(s.journal().runIds(), QStringList{run});
}

void TestSession::aMissingLunIsEscalatedAndTheRunEndsNotComplete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    QString error;
    Session s(ProbeFactory::scenario(QStringLiteral("trap-lun-missing"), &error));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(path));
    test::Trainee t(s, 5);
    while (s.nextStep() != std::optional<StepId>(StepId::ReconnectSan)
        || !s.facts().visibleSanVolumes.valueOr({}).contains(QStringLiteral("E:")))
        QVERIFY(t.rightMove() != test::Trainee::Move::Done);
    QVERIFY(!s.verifyStep(StepId::ReconnectSan));
    QCOMPARE(s.lastRefusalRule().check, QStringLiteral("san-missing"));
    QVERIFY(!s.escalateStep(StepId::ReconnectSan, QStringLiteral("  "), QStringLiteral("F: missing")));
    QVERIFY(!s.escalateStep(StepId::Backup, QStringLiteral("SAN team"), QStringLiteral("done already")));
    QVERIFY(s.escalateStep(
        StepId::ReconnectSan, QStringLiteral("SAN team, ticket 4711"), QStringLiteral("LUN F: missing")));
    QCOMPARE(s.stepState(StepId::ReconnectSan), StepState::Escalated);
    // Started again with the journal alone, the unfinished run's scenario is the one to continue on.
    const auto resumable = [&path] {
        Journal reader;
        return reader.open(path, Journal::Mode::ReadOnly) ? RunState::unfinishedTrainingScenario(reader)
                                                          : std::optional<QString>(QStringLiteral("unreadable"));
    };
    QCOMPARE(resumable(), std::optional<QString>(QStringLiteral("trap-lun-missing")));
    QVERIFY(s.finishRun());
    QCOMPARE(resumable(), std::nullopt);
    const JournalRecord finish = s.journal().records(s.runId()).last();
    QVERIFY(!finish.evidenceObject()[QStringLiteral("detail")][QStringLiteral("complete")].toBool());
    const auto report = UpgradeReport::fromJournal(path, &error);
    QVERIFY2(report, qPrintable(error));
    const UpgradeReport::Run run = report->runs().first();
    QVERIFY(run.finished);
    QVERIFY(!run.complete);
    QCOMPARE(run.steps.last().state, QStringLiteral("escalated"));
    QVERIFY(run.steps.last().evidence.contains(QStringLiteral("ticket 4711")));
    QVERIFY(report->toHtml().contains(QStringLiteral("finished, NOT complete")));
    // --show-run says to whom, in JSON and in text.
    Journal reread;
    QVERIFY(reread.open(path, Journal::Mode::ReadOnly));
    const RunState state = RunState::replay(reread.records(s.runId()));
    const QJsonObject shown = state.toJson(s.probeResult(), s.capabilities(), true, {});
    bool said = false;
    for (const QJsonValue &node : shown[QStringLiteral("nodes")].toArray()) {
        for (const QJsonValue &step : node[QStringLiteral("steps")].toArray())
            said = said || step[QStringLiteral("escalated")].toString().contains(QStringLiteral("ticket 4711"));
    }
    QVERIFY2(said, QJsonDocument(shown).toJson().constData());
    QVERIFY(state.toText(s.probeResult(), s.capabilities(), true, {}).contains(QStringLiteral("ticket 4711")));
}

void TestSession::aJournalThatFailsVerificationIsNotContinued()
{
    // Found by the attack test: a forged record in a journal was resumed without a word.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    {
        Session s(std::make_unique<FixedProbe>(false));
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        QVERIFY(s.beginRun());
        QVERIFY(s.record(RecordTopic::Pause, JournalKind::Note));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE records SET step_id='backup', kind='attested' WHERE seq=2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    Session again(std::make_unique<FixedProbe>(false));
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(!again.openJournal(path));
    QVERIFY(!again.canRecord());
    QVERIFY2(again.recordingError().contains(QStringLiteral("fails verification")), qPrintable(again.recordingError()));
    QVERIFY(!again.beginRun());
}

void TestSession::theJournalIsFixedOnceTheRunHasBegun()
{
    QTemporaryDir dir;
    Session s(std::make_unique<FixedProbe>(false));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("a.sqlite"))));
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("b.sqlite")))); // before the run: fine
    QVERIFY(s.beginRun());
    QVERIFY(!s.openJournal(dir.filePath(QStringLiteral("c.sqlite"))));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("b.sqlite")));
    QCOMPARE(s.journalPath(), dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(s.canRecord());
}

void TestSession::anotherClustersNodeDoesNotContinueTheRun()
{
    // Two clusters, both with a NODE1, one workstation's journal: CLUSTER-B's NODE1 starts its own run.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    auto clusterNode = [](const std::string &cluster) {
        test::FakeAgent a;
        a.change([&](live::LiveReport &r) {
            r.computerName = "NODE1";
            test::LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\ClusSvc");
            r.cluster = {live::kClusterRunning, true, cluster, {{"NODE1", 0}, {"NODE2", 0}},
                {{"Disk Group 1", "NODE2", 0}}, true, ""};
        });
        return a;
    };
    QString runA;
    {
        test::FakeAgent a = clusterNode("CLUSTER-A");
        Session s(a.probe());
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        QVERIFY(s.beginRun());
        s.answerSanVolumes({QStringLiteral("E:")});
        QVERIFY(s.decideProcedure());
        QVERIFY(s.verifyStep(StepId::ClusterMoveStorage));
        runA = s.runId();
    }
    test::FakeAgent b = clusterNode("CLUSTER-B");
    Session s(b.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(path));
    QVERIFY(!s.resumableRun());
    QVERIFY(s.beginRun());
    QVERIFY(s.runId() != runA);
    QVERIFY(!s.isResumed());
    QVERIFY(!s.isCompleted(StepId::ClusterMoveStorage));
}

void TestSession::aRealRunTakesNoSimulatedNode()
{
    QTemporaryDir dir;
    test::FakeAgent node;
    node.change([](live::LiveReport &r) {
        r.computerName = "NODE1";
        test::LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\ClusSvc");
        r.cluster = {live::kClusterRunning, true, "CLUSTER1", {{"NODE1", 0}, {"NODE2", 0}},
            {{"Disk Group 1", "NODE2", 0}}, true, ""};
    });
    Session s(node.probe());
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QVERIFY(s.decideProcedure());
    for (StepId step : {StepId::ClusterMoveStorage, StepId::ClusterPauseNode, StepId::Backup, StepId::DisconnectSan,
             StepId::UpgradeWindows, StepId::InstallSecurePath2003, StepId::ReconnectSan, StepId::ClusterResumeNode})
        QVERIFY(s.record(StepCatalogue::key(step), JournalKind::Attested));
    QVERIFY(s.nextClusterNode());
    QVERIFY(s.isWaitingForAnotherNode());
    QString error;
    QVERIFY(!s.setProbe(ProbeFactory::scenario(QStringLiteral("cluster-two-node"), &error)));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("simulated")));
    QVERIFY(!s.isTraining());
}

void TestSession::theUpgradeBugcheckOnFileSwitchesToTheRecovery()
{
    // A real server that stopped with 0xC2 after setup (the SAN was attached after all) and was
    // started again: its crash dump says so, and the node goes on with the recovery, recorded.
    QTemporaryDir dir;
    test::FakeAgent agent;
    Session s(agent.probe());
    liveUpToTheUpgradeWith(s, agent, dir.filePath(QStringLiteral("j.sqlite")));
    QCOMPARE(s.runPlan().procedure, Procedure::Standalone);
    agent.change([](live::LiveReport &r) {
        r.os.minor = 2;
        r.os.build = 3790;
        live::CrashDump d;
        d.path = "C:\\WINDOWS\\Minidump\\Mini113026-01.dmp";
        d.ok = true;
        d.bits = 32;
        d.build = 3790;
        d.bugCheckCode = 0xC2;
        d.parameters = {7, 0x121a, 0, 0x8a3f1e30};
        d.dumpType = 4;
        d.productType = 3;
        r.dumps.push_back(d);
    });
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(s.runPlan().procedure, Procedure::Recovery);
    QVERIFY(s.runPlan().reason.contains(QStringLiteral("Mini113026-01.dmp")));
    QCOMPARE(s.nextStep(), std::optional<StepId>(StepId::DisconnectSan));
    const JournalRecord last = s.journal().records(s.runId()).last();
    QCOMPARE(last.stepId, RecordTopic::Procedure);
    // Once: probing again records nothing more.
    const qint64 count = s.journal().count();
    s.applyProbeResult(s.probe()->probe());
    QCOMPARE(s.journal().count(), count);
}

void TestSession::aResumedTrainingRunIsReplayedOnItsRecordedScenario()
{
    // Found by the attack test: an edited scenario file rewrote a resumed run.
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("my.json"));
    QFile::copy(QStringLiteral(":/scenarios/standalone-ready.json"), scenario);
    QFile::setPermissions(scenario, QFile::ReadOwner | QFile::WriteOwner);
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    {
        QString error;
        Session s(ProbeFactory::scenario(scenario, &error));
        QVERIFY2(s.probe(), qPrintable(error));
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        test::Trainee t(s, 3);
        while (!s.isCompleted(StepId::Backup))
            QVERIFY(t.rightMove() != test::Trainee::Move::Done);
    }
    // The file now scripts a failing backup.
    QFile f(scenario);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("\"facts\": {", "\"faults\": [{\"kind\": \"backup-fails\", \"times\": 3}],\n  \"facts\": {");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    QString error;
    Session again(ProbeFactory::scenario(scenario, &error));
    QVERIFY2(again.probe(), qPrintable(error));
    QCOMPARE(again.simulator()->scenario().faults.size(), 1);
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QVERIFY(again.isResumed());
    QVERIFY(again.isCompleted(StepId::Backup)); // not reopened by the edited file
    QVERIFY(again.probeResult().backupFinished.value_or(false));
    QVERIFY(again.simulator()->scenario().faults.isEmpty());
}

void TestSession::aServerRoomActionThatCannotBeRecordedDidNotHappen()
{
    QTemporaryDir dir;
    QString error;
    Session s(ProbeFactory::scenario(QStringLiteral("standalone-ready"), &error));
    s.applyProbeResult(s.probe()->probe());
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    test::Trainee t(s, 2);
    while (!s.isCompleted(StepId::Backup))
        QVERIFY(t.rightMove() != test::Trainee::Move::Done);
    // The disk is full from now on.
    QVERIFY(s.journalForTesting().setMaxPageCount(0));
    QVERIFY(!s.record(RecordTopic::Pause, JournalKind::Note, {{QStringLiteral("pad"), QString(20000, u'x')}}));
    const SimulationEvent e = s.performTrainingAction(SimulatedServer::Action::UpgradeWindows); // SAN attached
    QVERIFY(!e.ok);
    QVERIFY(e.message.contains(QStringLiteral("cannot record")));
    QVERIFY(!s.simulator()->isBugchecking());
    QCOMPARE(s.facts().osVersion.get(), QStringLiteral("5.0"));
    QVERIFY(s.run().debrief().mistakes.isEmpty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
