#pragma once

#include "Journal.h"
#include "Plan.h"
#include "Probe.h"
#include "ResumeAtBoot.h"
#include "RunState.h"
#include "SimulatedServer.h"
#include "StepCatalogue.h"

#include <QObject>

#include <memory>

namespace spuw {

// What the wizard pages share: the probe, the facts it found, the plan the KB rules make of them,
// and the journal that records every step. Pages get it injected; they never reach a global.
//
// The run's state is what its journal says: every record the session writes is applied to a
// RunState, the same fold that rebuilds the run when it is resumed (and that --show-run and the
// report use), so a resumed session is the session that paused. plan() is what the KB rules say of
// the facts right now; runPlan() is the procedure recorded for the current node, changed only by a
// recorded decision. The step rules (preconditions, postconditions) are StepCatalogue's.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Probe> probe, QObject *parent = nullptr);
    ~Session() override;

    Probe *probe() const { return m_probe.get(); }
    ProbeCapabilities capabilities() const;
    // Another system to query: before a run has begun, or the next node of a cluster whose current
    // node is done. Forgets the old system's facts.
    bool setProbe(std::unique_ptr<Probe> probe);
    bool isTraining() const { return m_probe && m_probe->isTraining(); }
    // The simulated server behind a training probe; null for real systems.
    SimulatedServer *simulator() const { return m_probe ? m_probe->simulator() : nullptr; }

    bool openJournal(const QString &path);
    QString journalPath() const { return m_journal.path(); }
    bool canRecord() const { return m_journal.isOpen() && m_recordingError.isEmpty(); }
    QString recordingError() const { return m_recordingError; }
    const Journal &journal() const { return m_journal; }
    // For tests: what a full disk does.
    Journal &journalForTesting() { return m_journal; }

    void setOperatorName(const QString &name) { m_operatorName = name; }
    QString operatorName() const { return m_operatorName; }
    static QString osAccount();

    // Takes a probe's result (called on the GUI thread with what a worker produced): the plan is
    // made again, and every completed step is checked again against it. A result without facts
    // (the server did not answer) changes no fact; losing and regaining contact is recorded.
    void applyProbeResult(const ProbeResult &result);
    // Whether the server answered the last probe (a server asked over the network may be restarting).
    bool hasContact() const { return !m_run.isContactLost() && !m_contactLost; }
    const ProbeResult &probeResult() const { return m_probeResult; }
    const SystemFacts &facts() const { return m_probeResult.facts; }
    const Plan &plan() const { return m_plan; }
    // The operator's answers to the plan's questions, recorded once a run has begun. An empty list
    // means "no SAN volumes" (the answer none); a question not answered is not asked here.
    void answerSanVolumes(const QStringList &volumes);
    void reportBugcheck(bool seen);

    // --- The run ---------------------------------------------------------------------------------
    const RunState &run() const { return m_run; }
    QString runId() const { return m_run.runId(); }
    // This process continued a run that an earlier one had paused.
    bool isResumed() const { return m_resumed; }
    // The unfinished run of this server (or its cluster, or training scenario) that beginRun() would
    // continue; nothing when it would start a new one.
    std::optional<RunState> resumableRun() const;
    // Starts a new run, or continues the unfinished one (recording "resumed" only then). Once a run
    // is going, nothing: going back to the first page and on again records nothing.
    bool beginRun();
    const NodeRun *currentNode() const { return m_run.currentNode(); }
    bool hasRunPlan() const;
    // The current node's procedure, as recorded.
    Plan runPlan() const;
    // Commits to the current assessment (recorded as the procedure decision; after a deferral or
    // installing Secure Path 4.0A this is the reassessment).
    bool decideProcedure();
    // The bugcheck happened: the node continues with the recovery procedure (a recorded decision).
    bool switchToRecovery(const QString &why);

    // Records one event with the facts that justified it. Returns only once it is durable; on
    // failure emits recordingFailed() and the wizard must not move on.
    bool record(const QString &topic, const QString &kind, const QJsonObject &detail = {});

    bool isCompleted(StepId step) const;
    // The current node's first step not yet done; Preflight before a procedure is decided; nothing
    // when every step is done.
    std::optional<StepId> nextStep() const;
    StepState stepState(StepId step) const;
    // Why this step cannot be completed now (empty: it can): the KB's interlocks, then the order.
    Refusal interlock(StepId step) const;
    // Completes a step from the facts (verified) or the operator's word (attested). Refused with
    // lastRefusal() set when an interlock holds or the facts do not show it.
    bool verifyStep(StepId step, const QJsonObject &detail = {});
    bool attestStep(StepId step, const QJsonObject &statement = {});
    QString lastRefusal() const { return m_lastRefusal.message; }
    const Refusal &lastRefusalRule() const { return m_lastRefusal; }
    // Whether the probe can prove this step, so the page offers a check rather than an attestation.
    bool canVerify(StepId step) const;
    // The step rules' view of the current node now.
    StepContext stepContext() const;

    // SAN volumes seen before the SAN was disconnected: all must be back after reattachment.
    QStringList sanVolumesBeforeDisconnect() const;
    QStringList missingSanVolumes() const;

    // Training: the trainee's physical action, judged by the step it carries out, recorded; the
    // simulated server reacts. Refused (ok = false) before a run has begun: what is not recorded
    // could not be replayed.
    SimulationEvent performTrainingAction(SimulatedServer::Action action);
    // Clustered: this node is done (it must be unpaused); training moves to the next node.
    bool nextClusterNode();
    // A real cluster whose current node is done while others are not: the run continues on them.
    bool isWaitingForAnotherNode() const;

    // A step that cannot be done here (a LUN that does not come back, say) is handed on, recorded
    // with whom to and why; the run can then end honestly as not complete.
    bool escalateStep(StepId step, const QString &to, const QString &problem);

    bool finishRun();
    bool isFinished() const { return m_run.isFinished(); }
    // --show-run's view of this session: the run as recorded, judged against the facts now.
    QJsonObject stateJson() const;

    // How the wizard comes back after the Windows upgrade's restarts (RunOnce on Windows). Armed,
    // and recorded, once the run reaches the upgrade on a real server; removed when the run ends.
    // The probe's own means (the agent's restart entry) is used rather than this one when it has one.
    void setResumeAtBoot(std::unique_ptr<ResumeAtBoot> resume) { m_resumeAtBoot = std::move(resume); }
    bool isResumeAtBootArmed() const { return m_resumeArmed; }
    QString resumeAtBootProblem() const { return m_resumeProblem; }

Q_SIGNALS:
    void probeChanged();
    void journalOpened(const QString &path);
    void factsRefreshed();
    void stepsChanged();
    void recorded(const spuw::JournalRecord &record);
    void recordingFailed(const QString &error);
    // A completed step the facts now contradict was reopened (and recorded so).
    void stepReopened(spuw::StepId step, const QString &why);
    // The node's procedure changed by a recorded decision (recovery, reassessment, next node).
    void procedureChanged();

private:
    bool refuse(const Refusal &why);
    bool refuse(const QString &why);
    void replan();
    void recheck();
    void captureSanVolumes();
    void followBugcheck();
    bool factsAreOf(const NodeRun &node) const;
    void replayTraining();
    void updateResumeAtBoot();
    void disarmResumeAtBoot();
    ResumeAtBoot *resumeAtBoot() const { return m_probeResume ? m_probeResume.get() : m_resumeAtBoot.get(); }
    void noteContact(const ProbeResult &result);

    std::unique_ptr<Probe> m_probe;
    Journal m_journal;
    ProbeResult m_probeResult;
    Plan m_plan;
    RunState m_run;
    QString m_newRunId; // the run the next record belongs to before its first record exists
    QString m_operatorName;
    QString m_recordingError;
    Refusal m_lastRefusal;
    std::optional<QStringList> m_sanAnswer; // given before a run began
    std::optional<bool> m_bugcheckReport;
    bool m_resumed = false;
    bool m_rechecking = false;
    std::unique_ptr<ResumeAtBoot> m_resumeAtBoot;
    std::unique_ptr<ResumeAtBoot> m_probeResume;
    bool m_contactLost = false; // before a run has begun
    bool m_resumeArmed = false;
    QString m_resumeProblem;
};

} // namespace spuw
