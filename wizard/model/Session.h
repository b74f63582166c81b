#pragma once

#include "Journal.h"
#include "Plan.h"
#include "Probe.h"
#include "ResumeAtBoot.h"
#include "SimulatedServer.h"

#include <QObject>

#include <memory>

namespace spuw {

// What the wizard pages share: the probe, the facts it found, the plan the KB rules make of them,
// and the journal that records every step. Pages get it injected; they never reach a global.
//
// Two plans: plan() is what the KB rules say of the facts right now; runPlan() is the procedure
// the operator committed to at preflight and is only changed by a recorded decision (recovery
// after a bugcheck, a new assessment after installing Secure Path 4.0A). Every step is completed
// by a journal record; the model refuses what KB 817409 forbids, whatever the page does.
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class StepState { Done, Current, Blocked, Pending };

    explicit Session(std::unique_ptr<Probe> probe, QObject *parent = nullptr);
    ~Session() override;

    Probe *probe() const { return m_probe.get(); }
    // Another system to query; only before a run has begun. Forgets the old system's facts.
    bool setProbe(std::unique_ptr<Probe> probe);
    bool isTraining() const { return m_probe && m_probe->isTraining(); }
    // The simulated server behind a training probe; null for real systems.
    SimulatedServer *simulator() const;

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

    // Takes a probe's result (called on the GUI thread with what a worker produced).
    void applyProbeResult(const ProbeResult &result);
    const ProbeResult &probeResult() const { return m_probeResult; }
    const SystemFacts &facts() const { return m_probeResult.facts; }
    const Plan &plan() const { return m_plan; }
    // The operator's answer to the plan's SAN question.
    void answerSanVolumes(const QStringList &volumes);
    // The operator reports that the server already stops with BAD_POOL_CALLER.
    void reportBugcheck(bool seen);

    QString runId() const { return m_runId; }
    bool isResumed() const { return m_resumed; }
    // Starts a new run, or continues the unfinished run of this computer (recording "resumed").
    bool beginRun();
    bool hasRunPlan() const { return m_hasRunPlan; }
    const Plan &runPlan() const { return m_runPlan; }
    // Commits to the current assessment (recorded as the preflight decision).
    bool decideProcedure();
    // The bugcheck happened: the run continues with the recovery procedure.
    bool switchToRecovery(const QString &why);

    // Records one event with the facts that justified it. Returns only once it is durable; on
    // failure emits recordingFailed() and the wizard must not move on.
    bool record(const QString &stepId, const QString &kind, const QJsonObject &detail = {});
    QSet<QString> completedSteps() const { return m_completed; }
    bool isCompleted(const QString &stepId) const { return m_completed.contains(stepId); }

    // The first step of the run plan not yet completed; "preflight" before the run plan exists,
    // empty when every step is done.
    QString nextStep() const;
    StepState stepState(const QString &stepId) const;
    // Why this step cannot be completed now (empty: it can). KB 817409's interlocks live here.
    QString interlock(const QString &stepId) const;
    // Completes a step from the facts (verified) or the operator's word (attested). Refused with
    // lastRefusal() set when an interlock holds or the facts do not show it.
    bool verifyStep(const QString &stepId, const QJsonObject &detail = {});
    bool attestStep(const QString &stepId, const QJsonObject &detail = {});
    QString lastRefusal() const { return m_lastRefusal; }
    // Whether facts can prove this step here, so the page offers a check rather than an attestation.
    bool canVerify(const QString &stepId) const;

    // SAN volumes seen before the SAN was disconnected: all must be back after reattachment.
    // Captured once, from what the server sees (or, where that is unknown, the SAN volumes).
    void captureSanVolumesBeforeDisconnect();
    QStringList sanVolumesBeforeDisconnect() const;
    QStringList missingSanVolumes() const;

    // Training: the trainee's physical action, recorded; the simulated server reacts.
    SimulationEvent performTrainingAction(SimulatedServer::Action action);
    // Training, clustered: move to the next node and start its run.
    bool nextClusterNode();

    bool finishRun();
    bool isFinished() const { return m_finished; }

    // How the wizard comes back after the Windows upgrade's restarts (RunOnce on Windows). Armed,
    // and recorded, once the run reaches the upgrade on a real server; removed when the run ends.
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

private:
    bool refuse(const QString &why);
    void replan();
    bool factsShow(const QString &stepId, QString *why) const;
    void setRunPlan(const Plan &plan);
    void restoreRunPlan(const QList<JournalRecord> &records);
    void updateResumeAtBoot();
    void disarmResumeAtBoot();
    bool clusterViewShows(const QString &stepId, QString *why) const;

    std::unique_ptr<Probe> m_probe;
    Journal m_journal;
    ProbeResult m_probeResult;
    Plan m_plan;
    Plan m_runPlan;
    bool m_hasRunPlan = false;
    QString m_operatorName;
    QString m_runId;
    QString m_recordingError;
    QString m_lastRefusal;
    QSet<QString> m_completed;
    QStringList m_sanBefore;
    std::optional<QStringList> m_sanAnswer;
    std::optional<bool> m_bugcheckReport;
    bool m_resumed = false;
    bool m_finished = false;
    std::unique_ptr<ResumeAtBoot> m_resumeAtBoot;
    bool m_resumeArmed = false;
    QString m_resumeProblem;
};

} // namespace spuw
