#include "Session.h"

#include "KbSentences.h"
#include "PlanRules.h"
#include "SimulatedProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace spuw {

namespace {

const QString kPreflight = QStringLiteral("preflight");

QString driverVersion(const SystemFacts &f)
{
    return f.securePath.known() && f.securePath.get().present ? f.securePath.get().fileVersion : QString();
}

QJsonArray stepsJson(const Plan &plan)
{
    QJsonArray steps;
    for (const PlanStep &s : plan.steps)
        steps.append(s.id);
    return steps;
}

} // namespace

Session::Session(std::unique_ptr<Probe> probe, QObject *parent) : QObject(parent), m_probe(std::move(probe))
{
    m_plan = PlanRules::evaluate(m_probeResult.facts);
}

Session::~Session() = default;

bool Session::setProbe(std::unique_ptr<Probe> probe)
{
    if (!m_runId.isEmpty())
        return refuse(tr("A run has begun: the system cannot be changed any more."));
    m_probe = std::move(probe);
    m_probeResult = ProbeResult{};
    m_sanAnswer.reset();
    m_bugcheckReport.reset();
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    Q_EMIT probeChanged();
    Q_EMIT factsRefreshed();
    return true;
}

SimulatedServer *Session::simulator() const
{
    return m_probe ? m_probe->simulator() : nullptr;
}

QString Session::osAccount()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    return domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
}

bool Session::openJournal(const QString &path)
{
    m_recordingError.clear();
    if (!m_journal.open(path)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    Q_EMIT journalOpened(m_journal.path());
    return true;
}

void Session::applyProbeResult(const ProbeResult &result)
{
    m_probeResult = result;
    replan();
}

void Session::reportBugcheck(bool seen)
{
    m_bugcheckReport = seen;
    replan();
}

void Session::answerSanVolumes(const QStringList &volumes)
{
    m_sanAnswer = volumes;
    replan();
}

// The operator's answers stand beside what the probe read, then the KB rules look again.
void Session::replan()
{
    SystemFacts &f = m_probeResult.facts;
    f.training = isTraining();
    if (m_sanAnswer && (!f.sanVolumes.known() || f.sanVolumes.origin == FactOrigin::Operator))
        f.sanVolumes.set(*m_sanAnswer, FactOrigin::Operator, tr("operator's answer"));
    if (m_bugcheckReport)
        f.operatorReportsBugcheck.set(*m_bugcheckReport, FactOrigin::Operator, tr("operator's report"));
    // A live server shows which volumes are mounted now: those of the SAN volumes are still visible.
    m_probeResult.applyMountedVolumes();
    m_plan = PlanRules::evaluate(f);
    Q_EMIT factsRefreshed();
    Q_EMIT stepsChanged();
}

void Session::setRunPlan(const Plan &plan)
{
    m_runPlan = plan;
    m_hasRunPlan = true;
    Q_EMIT stepsChanged();
}

void Session::restoreRunPlan(const QList<JournalRecord> &records)
{
    // The latest procedure decision of the run says which steps it has.
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->kind != JournalKind::Decision || it->stepId != QLatin1String("procedure"))
            continue;
        const QJsonObject detail = it->evidenceObject().value(QStringLiteral("detail")).toObject();
        const QString id = detail.value(QStringLiteral("procedure")).toString();
        Plan p = m_plan;
        const QList<PlanStep> all = PlanRules::clusteredSteps() + PlanRules::recoverySteps()
            + QList<PlanStep>{{QStringLiteral("install-securepath-4.0a"), tr("Install HP Secure Path 4.0A"),
                                  QString::fromUtf8(kb::kRaidiskMustBe3620670)},
                {QStringLiteral("defer"), tr("Defer the upgrade until HP Secure Path 4.0B"),
                    QString::fromUtf8(kb::kDeferUntil40B)}};
        p.steps.clear();
        for (const QJsonValue &v : detail.value(QStringLiteral("steps")).toArray()) {
            for (const PlanStep &s : all) {
                if (s.id == v.toString()) {
                    p.steps << s;
                    break;
                }
            }
        }
        for (Procedure candidate : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
                 Procedure::InstallSecurePathFirst, Procedure::Defer, Procedure::NotApplicable}) {
            if (procedureId(candidate) == id)
                p.procedure = candidate;
        }
        m_sanBefore.clear();
        for (const JournalRecord &r : records) {
            if (r.stepId == QLatin1String("disconnect-san") && r.kind != JournalKind::Failure) {
                for (const QJsonValue &v : r.evidenceObject()
                                               .value(QStringLiteral("detail"))
                                               .toObject()
                                               .value(QStringLiteral("san_volumes_before"))
                                               .toArray())
                    m_sanBefore << v.toString();
            }
        }
        setRunPlan(p);
        return;
    }
}

bool Session::beginRun()
{
    const QString computer = facts().computerName.valueOr(QStringLiteral("(unknown)"));
    m_finished = false;
    if (const auto run = m_journal.unfinishedRun(computer)) {
        m_runId = run->runId;
        m_completed = run->completedSteps;
        m_resumed = true;
        restoreRunPlan(run->records);
        return record(QStringLiteral("resume"), JournalKind::Resumed,
            QJsonObject{{QStringLiteral("completed"),
                QJsonArray::fromStringList(QStringList(m_completed.begin(), m_completed.end()))}});
    }
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_completed.clear();
    m_sanBefore.clear();
    m_hasRunPlan = false;
    m_resumed = false;
    return record(QStringLiteral("start"), JournalKind::RunStarted,
        QJsonObject{{QStringLiteral("probe"), m_probe ? m_probe->description() : QString()},
            {QStringLiteral("scenario"), simulator() ? simulator()->scenario().name : QString()}});
}

bool Session::decideProcedure()
{
    if (m_plan.procedure == Procedure::Undetermined)
        return refuse(tr("Not enough is known to choose a procedure: %1").arg(m_plan.reason));
    QJsonArray blockers;
    for (const Blocker &b : m_plan.blockers)
        blockers.append(b.id);
    if (!record(QStringLiteral("procedure"), JournalKind::Decision,
            QJsonObject{{QStringLiteral("procedure"), procedureId(m_plan.procedure)},
                {QStringLiteral("steps"), stepsJson(m_plan)}, {QStringLiteral("blockers"), blockers},
                {QStringLiteral("reason"), m_plan.reason}}))
        return false;
    m_completed.insert(kPreflight);
    setRunPlan(m_plan);
    return true;
}

bool Session::switchToRecovery(const QString &why)
{
    Plan p = m_plan;
    p.procedure = Procedure::Recovery;
    p.steps = PlanRules::recoverySteps();
    p.reason = why;
    // A cluster node recovers like any server, then goes back into the cluster: KB 817409's
    // clustered steps 4 and 5 (unpause, then the next node) still apply.
    if (m_hasRunPlan && m_runPlan.stepIds().contains(QStringLiteral("cluster-resume-node"))) {
        for (const PlanStep &s : PlanRules::clusteredSteps()) {
            if (s.id == QLatin1String("cluster-resume-node") || s.id == QLatin1String("cluster-next-node"))
                p.steps << s;
        }
        p.remainingNodes = m_runPlan.remainingNodes;
    }
    if (!record(QStringLiteral("procedure"), JournalKind::Decision,
            QJsonObject{{QStringLiteral("procedure"), procedureId(p.procedure)},
                {QStringLiteral("steps"), stepsJson(p)}, {QStringLiteral("reason"), why}}))
        return false;
    // The recovery's steps start afresh: the SAN must be disconnected again, and so on.
    for (const PlanStep &s : p.steps)
        m_completed.remove(s.id);
    setRunPlan(p);
    return true;
}

bool Session::record(const QString &stepId, const QString &kind, const QJsonObject &detail)
{
    if (!m_journal.isOpen()) {
        m_recordingError = tr("No journal is open: nothing can be recorded, so the wizard cannot go on.");
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    JournalRecord r;
    r.runId = m_runId;
    r.computer = facts().computerName.valueOr(QStringLiteral("(unknown)"));
    r.osAccount = osAccount();
    r.operatorName = m_operatorName;
    r.stepId = stepId;
    r.kind = kind;
    r.training = isTraining();
    QJsonObject evidence{{QStringLiteral("facts"), facts().toJson()},
        {QStringLiteral("procedure"), procedureId(m_hasRunPlan ? m_runPlan.procedure : m_plan.procedure)}};
    if (!detail.isEmpty())
        evidence.insert(QStringLiteral("detail"), detail);
    r.evidence = QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
    if (!m_journal.append(r)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    m_recordingError.clear();
    if (kind == JournalKind::Verified || kind == JournalKind::Attested || kind == JournalKind::Decision)
        m_completed.insert(stepId);
    Q_EMIT recorded(r);
    Q_EMIT stepsChanged();
    if (kind != JournalKind::Note && kind != JournalKind::Failure)
        updateResumeAtBoot();
    return true;
}

void Session::updateResumeAtBoot()
{
    if (!m_resumeAtBoot || m_resumeArmed || m_finished || isTraining() || !m_hasRunPlan)
        return;
    // From the moment the first restart of the procedure may happen (the upgrade; in recovery, the
    // restart that completes it) until the run ends, a restart must bring the wizard back.
    const QStringList ids = m_runPlan.stepIds();
    int first = ids.indexOf(QStringLiteral("upgrade-windows"));
    if (first < 0)
        first = ids.indexOf(QStringLiteral("restart-complete-upgrade"));
    const QString next = nextStep();
    if (first < 0 || next.isEmpty() || ids.indexOf(next) < first)
        return;
    m_resumeArmed = true; // before recording: record() comes back here
    QString line;
    QString error;
    if (m_resumeAtBoot->arm(journalPath(), &line, &error)) {
        m_resumeProblem.clear();
        record(QStringLiteral("resume-at-boot"), JournalKind::Note,
            QJsonObject{{QStringLiteral("registered"), m_resumeAtBoot->where()}, {QStringLiteral("command"), line}});
    } else {
        m_resumeProblem = tr("The wizard could not register itself to start again after the restart (%1). After "
                             "each restart, start it by hand with the journal %2.")
                              .arg(error, journalPath());
        record(QStringLiteral("resume-at-boot"), JournalKind::Failure,
            QJsonObject{{QStringLiteral("registered"), m_resumeAtBoot->where()}, {QStringLiteral("error"), error}});
    }
}

void Session::disarmResumeAtBoot()
{
    if (!m_resumeAtBoot || !m_resumeArmed)
        return;
    QString error;
    if (m_resumeAtBoot->disarm(&error)) {
        m_resumeArmed = false;
        record(QStringLiteral("resume-at-boot"), JournalKind::Note,
            QJsonObject{{QStringLiteral("removed"), m_resumeAtBoot->where()}});
    } else {
        m_resumeProblem = tr("The wizard's start-after-restart entry could not be removed (%1): remove %2 by hand.")
                              .arg(error, m_resumeAtBoot->where());
        record(QStringLiteral("resume-at-boot"), JournalKind::Failure,
            QJsonObject{{QStringLiteral("removed"), m_resumeAtBoot->where()}, {QStringLiteral("error"), error}});
    }
}

QString Session::nextStep() const
{
    if (!m_hasRunPlan)
        return kPreflight;
    for (const PlanStep &s : m_runPlan.steps) {
        if (!m_completed.contains(s.id))
            return s.id;
    }
    return {};
}

Session::StepState Session::stepState(const QString &stepId) const
{
    if (m_completed.contains(stepId))
        return StepState::Done;
    if (stepId == nextStep())
        return interlock(stepId).isEmpty() ? StepState::Current : StepState::Blocked;
    return StepState::Pending;
}

bool Session::refuse(const QString &why)
{
    m_lastRefusal = why;
    return false;
}

void Session::captureSanVolumesBeforeDisconnect()
{
    if (!m_sanBefore.isEmpty() || m_completed.contains(QStringLiteral("disconnect-san")))
        return;
    const SystemFacts &f = facts();
    m_sanBefore = f.visibleSanVolumes.known() ? f.visibleSanVolumes.get() : f.sanVolumes.valueOr({});
}

QStringList Session::sanVolumesBeforeDisconnect() const
{
    return m_sanBefore;
}

QStringList Session::missingSanVolumes() const
{
    QStringList missing;
    if (!facts().visibleSanVolumes.known())
        return missing;
    for (const QString &v : m_sanBefore) {
        if (!facts().visibleSanVolumes.get().contains(v))
            missing << v;
    }
    return missing;
}

QString Session::interlock(const QString &stepId) const
{
    if (!m_hasRunPlan)
        return tr("No procedure has been chosen yet.");
    const int index = m_runPlan.stepIndex(stepId);
    if (index < 0)
        return tr("\"%1\" is not a step of the %2 procedure.").arg(stepId, procedureId(m_runPlan.procedure));
    // Steps are done in the KB's order: none may be skipped.
    for (int i = 0; i < index; ++i) {
        if (!m_completed.contains(m_runPlan.steps.at(i).id))
            return tr("First: %1.").arg(m_runPlan.steps.at(i).title);
    }
    const SystemFacts &f = facts();
    const QStringList visible = f.visibleSanVolumes.valueOr({});
    if (stepId == QLatin1String("upgrade-windows")) {
        // "These procedures require that you disconnect ... from all SAN storage before you perform the upgrade."
        if (!visible.isEmpty())
            return tr("SAN volumes %1 are still visible: remove all SAN connections before the upgrade.")
                .arg(visible.join(QStringLiteral(", ")));
        if (!m_completed.contains(QStringLiteral("backup")))
            return tr("There is no attested backup of the complete system configuration.");
    }
    if (stepId == QLatin1String("reconnect-san") && driverVersion(f) != QLatin1String(PlanRules::kSecurePath40AOn2003))
        return tr("Raidisk.sys is %1, not 3.6.3.670: install Secure Path 4.0A for Windows Server 2003 before "
                  "reconnecting the SAN.")
            .arg(driverVersion(f).isEmpty() ? tr("unknown") : driverVersion(f));
    if (stepId == QLatin1String("cluster-next-node") && !m_completed.contains(QStringLiteral("cluster-resume-node")))
        return tr("This node is not done until it has been unpaused.");
    return {};
}

bool Session::canVerify(const QString &stepId) const
{
    // Decided by what the probe can see, not by today's facts, so a page offers the same button
    // every time: a simulated or live server shows its SAN volumes and Windows version; an offline
    // image cannot show what is plugged in, so the operator attests those steps.
    const bool live
        = m_probe && m_probe->can(ProbeCapability::CurrentState) && m_probe->can(ProbeCapability::MountedVolumes);
    if (stepId == QLatin1String("install-securepath-4.0a") || stepId == QLatin1String("install-securepath-2003"))
        return m_probe != nullptr;
    if (stepId == QLatin1String("disconnect-san") || stepId == QLatin1String("reconnect-san")
        || stepId == QLatin1String("upgrade-windows"))
        return live;
    if (stepId == QLatin1String("cluster-move-storage") || stepId == QLatin1String("cluster-pause-node")
        || stepId == QLatin1String("cluster-resume-node"))
        return m_probe && m_probe->can(ProbeCapability::ClusterState)
            && (simulator() != nullptr || (m_probeResult.cluster && m_probeResult.cluster->readable));
    if (stepId == QLatin1String("restart-complete-upgrade"))
        return m_probe && m_probe->can(ProbeCapability::ServerRoom);
    return false;
}

bool Session::factsShow(const QString &stepId, QString *why) const
{
    const SystemFacts &f = facts();
    const QString node = f.computerName.valueOr(QString());
    if (stepId == QLatin1String("disconnect-san")) {
        if (!f.visibleSanVolumes.valueOr({}).isEmpty()) {
            *why = tr("SAN volumes %1 are still visible.").arg(f.visibleSanVolumes.get().join(QStringLiteral(", ")));
            return false;
        }
        return true;
    }
    if (stepId == QLatin1String("reconnect-san")) {
        const QStringList missing = missingSanVolumes();
        if (!missing.isEmpty()) {
            *why = tr("SAN volume %1 is not back: every volume the server had before the disconnection must be "
                      "visible again.")
                       .arg(missing.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    }
    if (stepId == QLatin1String("install-securepath-4.0a") || stepId == QLatin1String("install-securepath-2003")) {
        const QString want
            = QLatin1String(stepId == QLatin1String("install-securepath-4.0a") ? PlanRules::kSecurePath40AOn2000
                                                                               : PlanRules::kSecurePath40AOn2003);
        if (driverVersion(f) != want) {
            *why = tr("Raidisk.sys is %1; it must be %2.")
                       .arg(driverVersion(f).isEmpty() ? tr("unknown") : driverVersion(f), want);
            return false;
        }
        return true;
    }
    if (stepId == QLatin1String("upgrade-windows")) {
        if (f.osVersion.valueOr(QString()) != QLatin1String("5.2")) {
            *why = tr("Windows Server 2003 is not installed yet (version %1).").arg(f.osVersion.valueOr(tr("unknown")));
            return false;
        }
        if (simulator() && simulator()->isBugchecking()) {
            *why = tr("The server stops with bugcheck 0xC2.");
            return false;
        }
        return true;
    }
    if (!simulator() && m_probeResult.cluster && stepId.startsWith(QLatin1String("cluster-")))
        return clusterViewShows(stepId, why);
    if (const SimulatedServer *sim = simulator()) {
        if (stepId == QLatin1String("cluster-move-storage")
            && sim->storageOwner().compare(node, Qt::CaseInsensitive) == 0) {
            *why = tr("%1 still owns the shared storage.").arg(node);
            return false;
        }
        if (stepId == QLatin1String("cluster-pause-node") && !sim->isPaused(node)) {
            *why = tr("%1 is not paused.").arg(node);
            return false;
        }
        if (stepId == QLatin1String("cluster-resume-node") && sim->isPaused(node)) {
            *why = tr("%1 is still paused.").arg(node);
            return false;
        }
        if (stepId == QLatin1String("restart-complete-upgrade") && sim->isBugchecking()) {
            *why = tr("The server still stops with bugcheck 0xC2.");
            return false;
        }
        if (stepId == QLatin1String("backup") && !sim->backupTaken()) {
            *why = tr("No backup has finished.");
            return false;
        }
    }
    return true;
}

// What ClusAPI shows of a live cluster: the node's pause state and the owners of the groups.
bool Session::clusterViewShows(const QString &stepId, QString *why) const
{
    const ClusterView &c = *m_probeResult.cluster;
    const QString node = facts().computerName.valueOr(QString());
    if (!c.readable)
        return true; // nothing to disprove an attestation with; canVerify() offers no check

    QString state = QStringLiteral("unknown");
    for (auto it = c.nodeStates.cbegin(); it != c.nodeStates.cend(); ++it) {
        if (it.key().compare(node, Qt::CaseInsensitive) == 0)
            state = it.value();
    }
    if (stepId == QLatin1String("cluster-move-storage")) {
        QStringList owned;
        for (auto it = c.groupOwners.cbegin(); it != c.groupOwners.cend(); ++it) {
            if (it.value().compare(node, Qt::CaseInsensitive) == 0)
                owned << it.key();
        }
        if (!owned.isEmpty()) {
            *why = tr("%1 still owns %2.").arg(node, owned.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (stepId == QLatin1String("cluster-pause-node") && state != QLatin1String("paused")) {
        *why = tr("%1 is %2, not paused.").arg(node, state);
        return false;
    }
    if (stepId == QLatin1String("cluster-resume-node") && state != QLatin1String("up")) {
        *why = tr("%1 is %2, not up.").arg(node, state);
        return false;
    }
    return true;
}

bool Session::verifyStep(const QString &stepId, const QJsonObject &detail)
{
    const QString lock = interlock(stepId);
    if (!lock.isEmpty())
        return refuse(lock);
    if (!canVerify(stepId))
        return refuse(tr("This step cannot be checked here; the operator attests it."));
    QString why;
    if (!factsShow(stepId, &why)) {
        record(stepId, JournalKind::Failure, QJsonObject{{QStringLiteral("check"), why}});
        return refuse(why);
    }
    QJsonObject d = detail;
    if (stepId == QLatin1String("disconnect-san"))
        d.insert(QStringLiteral("san_volumes_before"), QJsonArray::fromStringList(m_sanBefore));
    if (!record(stepId, JournalKind::Verified, d))
        return refuse(m_recordingError);
    return true;
}

bool Session::attestStep(const QString &stepId, const QJsonObject &detail)
{
    const QString lock = interlock(stepId);
    if (!lock.isEmpty())
        return refuse(lock);
    QString why;
    // What the facts can disprove is not attested over them.
    if (!factsShow(stepId, &why))
        return refuse(why);
    QJsonObject d = detail;
    if (stepId == QLatin1String("disconnect-san"))
        d.insert(QStringLiteral("san_volumes_before"), QJsonArray::fromStringList(m_sanBefore));
    if (!record(stepId, JournalKind::Attested, d))
        return refuse(m_recordingError);
    return true;
}

SimulationEvent Session::performTrainingAction(SimulatedServer::Action action)
{
    SimulatedServer *sim = simulator();
    if (!sim)
        return SimulationEvent{
            SimulatedServer::actionId(action), {}, false, false, false, tr("Not in training mode."), {}};
    // Remember which SAN volumes were there before they disappear.
    if (action == SimulatedServer::Action::DisconnectSan)
        captureSanVolumesBeforeDisconnect();
    const SimulationEvent e = sim->perform(action);
    m_probeResult.facts = sim->facts();
    m_probeResult.facts.training = true;
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    record(QStringLiteral("training-action"), e.ok ? JournalKind::Note : JournalKind::Failure,
        QJsonObject{{QStringLiteral("action"), e.action}, {QStringLiteral("ok"), e.ok},
            {QStringLiteral("mistake"), e.mistake}, {QStringLiteral("bugcheck"), e.bugcheck},
            {QStringLiteral("message"), e.message}, {QStringLiteral("kb"), e.kb}});
    Q_EMIT factsRefreshed();
    return e;
}

bool Session::nextClusterNode()
{
    if (!m_completed.contains(QStringLiteral("cluster-resume-node")))
        return refuse(interlock(QStringLiteral("cluster-next-node")));
    SimulatedServer *sim = simulator();
    if (!record(QStringLiteral("cluster-next-node"), JournalKind::Decision,
            QJsonObject{{QStringLiteral("remaining_nodes"), QJsonArray::fromStringList(m_runPlan.remainingNodes)}}))
        return false;
    if (!sim)
        return finishRun();
    const SimulationEvent e = sim->perform(SimulatedServer::Action::NextNode);
    if (!finishRun())
        return false;
    if (!e.ok)
        return true; // every node is done
    m_probeResult.facts = sim->facts();
    m_probeResult.facts.training = true;
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    if (!beginRun())
        return false;
    Q_EMIT factsRefreshed();
    return true;
}

bool Session::finishRun()
{
    if (m_hasRunPlan && m_runPlan.stepIds().contains(QStringLiteral("cluster-resume-node"))
        && !m_completed.contains(QStringLiteral("cluster-resume-node")))
        return refuse(tr("This cluster node is not done until it has been unpaused."));
    QJsonObject detail{{QStringLiteral("procedure"), procedureId(m_runPlan.procedure)},
        {QStringLiteral("completed"), QJsonArray::fromStringList(QStringList(m_completed.begin(), m_completed.end()))}};
    if (!record(QStringLiteral("finish"), JournalKind::RunFinished, detail))
        return false;
    m_finished = true;
    disarmResumeAtBoot();
    return true;
}

} // namespace spuw
