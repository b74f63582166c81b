#pragma once

#include "Plan.h"
#include "Probe.h"
#include "SimulatedServer.h"
#include "StepId.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace spuw {

// Why a step (or a trainee's action) is held back, in the KB's words. check names the rule, so a
// test can tell which rule answered.
struct Refusal
{
    QString check; // "san-visible", "no-backup", ...; empty: nothing holds the step back
    QString message;
    QString kb; // the KB 817409 sentence the rule enforces
    bool isEmpty() const { return check.isEmpty(); }
    QJsonObject toJson() const;
    static Refusal fromJson(const QJsonObject &o);
    friend bool operator==(const Refusal &a, const Refusal &b)
    {
        return a.check == b.check && a.message == b.message && a.kb == b.kb;
    }
};

// What a step's rules read: the server as the probe saw it, and this node's run so far. Pure data,
// so the same rules judge a live session, a replay of its journal and a trainee's actions.
struct StepContext
{
    const ProbeResult *server = nullptr;
    ProbeCapabilities capabilities;
    Procedure procedure = Procedure::Undetermined;
    StepSet done; // completed (verified, attested, decided) on this node
    QStringList sanBefore; // SAN volumes the node saw before the SAN was disconnected
    QDateTime currentSince; // when the node's next step became current (UTC)
    QDateTime now; // UTC, for attested times

    const SystemFacts &facts() const { return server->facts; }
    QString node() const { return facts().computerName.valueOr(QString()); }
};

// What a postcondition says of the server now: it holds, the facts contradict it, or the probe
// cannot tell (an offline image cannot see what is plugged in; an unreadable value).
struct Outcome
{
    enum class State { Holds, Fails, Unknown };
    State state = State::Unknown;
    Refusal why; // Fails and Unknown: what the facts show
    bool holds() const { return state == State::Holds; }
    bool fails() const { return state == State::Fails; }
};

class StepCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(StepCatalogue)

public:
    // The journal's words for a step; nothing when the key is not a step.
    static QString key(StepId id);
    static std::optional<StepId> fromKey(const QString &key);
    static QList<StepId> all();

    static QString title(StepId id);
    // The sentence(s) of KB 817409 the step carries out, as the given procedure words it.
    static QString kb(StepId id, Procedure procedure);
    static StepPageKind page(StepId id);
    static QList<StepId> stepsOnPage(StepPageKind page);
    static PlanStep planStep(StepId id, Procedure procedure);

    // The steps of each procedure, in the KB's order. A cluster node that needs the recovery still
    // ends with KB 817409's clustered steps 4 and 5 (unpause, then the next node).
    static QList<StepId> stepsFor(Procedure procedure, bool clusterNode = false);
    // Whether the steps are those of the procedure as the wizard decides it: the full list, for a
    // cluster node or not, or the continuation at step 4 of a server already on Server 2003.
    static bool isStepListOf(Procedure procedure, const QList<StepId> &steps);

    // What a probe must be able to see for the step to be checked from the facts; otherwise the
    // operator attests it. Decisions (defer, the next node) are never checked.
    static bool canVerify(StepId id, ProbeCapabilities capabilities, const ProbeResult &server);
    // The KB's interlocks for the step: every rule that holds it back now (empty: none).
    static QList<Refusal> preconditions(StepId id, const StepContext &c);
    // Whether the facts show the step done.
    static Outcome postcondition(StepId id, const StepContext &c);
    // The postcondition of a completed step stops being checked once this step is current (the
    // SAN is meant to be visible again when it is reconnected). Nothing: checked until the run ends.
    static std::optional<StepId> releasedBy(StepId id);
    // The facts that proved the step, recorded with it.
    static QJsonObject evidence(StepId id, const StepContext &c);
    // What the operator must state to attest the step (the backup's media and finish time);
    // empty when the statement is acceptable.
    static Refusal checkAttestation(StepId id, const QJsonObject &statement, const StepContext &c);

    // The step a trainee's action in the (simulated) server room carries out; its preconditions
    // judge the action in the debrief.
    static std::optional<StepId> stepOfRoomAction(SimulatedServer::Action action, const ProbeResult &server);

    // Procedures by their journal and command-line words.
    static QString procedureKey(Procedure p);
    static std::optional<Procedure> procedureFromKey(const QString &key);
};

// The journal's words for records that are not steps of a procedure.
namespace RecordTopic {
inline const QString Start = QStringLiteral("start");
inline const QString Resume = QStringLiteral("resume");
inline const QString Answer = QStringLiteral("answer");
inline const QString Procedure = QStringLiteral("procedure");
inline const QString Reopened = QStringLiteral("reopened");
inline const QString SanVolumesSeen = QStringLiteral("san-volumes-seen");
inline const QString TrainingAction = QStringLiteral("training-action");
inline const QString Pause = QStringLiteral("pause");
inline const QString ResumeAtBoot = QStringLiteral("resume-at-boot");
inline const QString Finish = QStringLiteral("finish");
inline const QString Contact = QStringLiteral("contact");
inline const QString Connect = QStringLiteral("connect");
inline const QString Escalation = QStringLiteral("escalation");
} // namespace RecordTopic

} // namespace spuw
