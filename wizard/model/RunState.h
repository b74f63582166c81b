#pragma once

#include "JournalRecord.h"
#include "Plan.h"
#include "Probe.h"
#include "StepCatalogue.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace spuw {

class Journal;

// How a step was completed: the record that did it.
struct StepCompletion
{
    qint64 seq = 0;
    QString kind; // verified, attested, decision
    QDateTime utc;
    QString operatorName;
    QJsonObject detail;
};

// One server's part of a run: the procedure decided for it and what its journal says was done.
struct NodeRun
{
    QString computer;
    bool decided = false;
    Procedure procedure = Procedure::Undetermined;
    QList<StepId> steps;
    QString reason;
    QList<Blocker> blockers;
    QStringList remainingNodes; // as the decision saw them
    QMap<StepId, StepCompletion> completed;
    QMap<StepId, Refusal> reopened; // reopened by a re-check, with what the facts showed
    QMap<StepId, QString> escalated; // a step that cannot be done here, handed on (to whom, and why)
    QStringList sanBefore; // SAN volumes seen before the disconnection
    QDateTime currentSince; // when the node's next step became current
    bool done = false; // cluster node finished ("next node" decided)
    std::optional<QStringList> sanAnswer; // the operator's answers, recorded
    std::optional<bool> bugcheckReport;

    bool isCompleted(StepId s) const { return completed.contains(s); }
    StepSet doneSet() const;
    bool isDeferred() const { return completed.contains(StepId::Defer); }
    // The first step not done; Preflight before a procedure is decided; nothing when all are done.
    std::optional<StepId> nextStep() const;
    bool isComplete() const { return decided && !nextStep(); }
};

// A trainee's action in the simulated server room, as recorded, and how the step rules judged it.
struct TrainingAction
{
    qint64 seq = 0;
    QDateTime utc;
    QString node;
    QString action;
    bool ok = true;
    bool bugcheck = false;
    QString message;
    QList<Refusal> mistakes;
};

struct DebriefItem
{
    QString node;
    QString action; // the server-room action (or step)
    QString text;
    QString kb; // the sentence broken (mistakes only)
    friend bool operator==(const DebriefItem &a, const DebriefItem &b)
    {
        return a.node == b.node && a.action == b.action && a.text == b.text && a.kb == b.kb;
    }
};

struct Debrief
{
    QList<DebriefItem> mistakes;
    QList<DebriefItem> doneRight;
};

enum class StepState { Done, Current, Blocked, Pending, Reopened, Escalated };
QString stepStateKey(StepState s);

// A run's state, derived from nothing but its journal records: each record is applied in order.
// The live session applies each record as it writes it, and a resumed session, --show-run and the
// report replay the same records: the same function gives the same state.
class RunState
{
    Q_DECLARE_TR_FUNCTIONS(RunState)

public:
    static constexpr int kJsonSchema = 1;

    void apply(const JournalRecord &r);
    static RunState replay(const QList<JournalRecord> &records);

    bool isEmpty() const { return m_runId.isEmpty(); }
    QString runId() const { return m_runId; }
    bool isTraining() const { return m_training; }
    QString scenarioName() const { return m_scenario; }
    QString scenarioText() const { return m_scenarioText; }
    ProbeCapabilities capabilities() const { return m_capabilities; }
    QString cluster() const { return m_cluster; }
    QStringList clusterNodes() const { return m_clusterNodes; }
    bool isFinished() const { return m_finished; }
    int resumes() const { return m_resumes; }
    QStringList operators() const { return m_operators; }
    QString currentComputer() const { return m_current; }
    QList<NodeRun> nodes() const { return m_nodes; }
    const NodeRun *node(const QString &computer) const;
    const NodeRun *currentNode() const { return node(m_current); }
    QList<TrainingAction> actions() const { return m_actions; }
    // The server-room actions to perform on a fresh simulated server to bring it where the run left it.
    QStringList roomActions() const;
    qint64 lastSeq() const { return m_lastSeq; }
    // The server stopped answering and has not answered since (as recorded).
    bool isContactLost() const { return m_contactLost; }
    QDateTime contactLostSince() const { return m_contactLostSince; }
    QDateTime lastUtc() const { return m_lastUtc; }
    QDateTime startUtc() const { return m_startUtc; }
    // What the last record saw of the server (facts and the state the step rules read).
    ProbeResult lastServer() const;
    // Records the fold did not apply because no wizard writes them so (a decision for steps that are
    // no procedure of KB 817409, a step that is not in its node's procedure, evidence that is not
    // JSON): each with its sequence number. A keyless chain cannot stop someone who may write the
    // file from adding records; the fold at least does not take such records as the run.
    QStringList anomalies() const { return m_anomalies; }

    // Whether this run belongs to the given server: the same computer, or a node of the same cluster.
    bool concerns(const QString &computer, const QString &cluster) const;
    // Cluster nodes not yet done, the current node first when it is not done.
    QStringList remainingNodes() const;

    // The step rules' view of a node, with the server as a probe sees it now.
    StepContext context(const NodeRun &node, const ProbeResult &server, ProbeCapabilities caps) const;
    StepState stepState(const NodeRun &node, StepId step, const ProbeResult &server, ProbeCapabilities caps) const;
    Debrief debrief() const;

    // sp-upgrade-wizard --show-run: the run as its journal says, judged against `server`.
    QJsonObject toJson(const ProbeResult &server, ProbeCapabilities caps, bool intact, const QString &problem) const;
    QString toText(const ProbeResult &server, ProbeCapabilities caps, bool intact, const QString &problem) const;

    // The newest run of the journal that concerns this server (and, in training, this scenario),
    // when it is not finished; nothing otherwise.
    static std::optional<RunState> unfinished(const Journal &journal, const QString &computer, const QString &cluster,
        bool training, const QString &scenario);
    // Started again with the journal alone: the scenario of its newest training run, when that run
    // is unfinished (it continues there, not on the default scenario); nothing otherwise.
    static std::optional<QString> unfinishedTrainingScenario(const Journal &journal);

private:
    NodeRun &nodeRef(const QString &computer);

    QString m_runId;
    bool m_training = false;
    QString m_scenario;
    QString m_scenarioText;
    ProbeCapabilities m_capabilities;
    QString m_cluster;
    QStringList m_clusterNodes;
    QList<NodeRun> m_nodes;
    QString m_current;
    QStringList m_operators;
    bool m_finished = false;
    int m_resumes = 0;
    QList<TrainingAction> m_actions;
    qint64 m_lastSeq = 0;
    QDateTime m_lastUtc;
    QDateTime m_startUtc;
    QStringList m_anomalies;
    bool m_contactLost = false;
    QDateTime m_contactLostSince;
    QJsonObject m_lastFacts;
    QJsonObject m_lastState;
};

} // namespace spuw
