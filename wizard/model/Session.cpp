#include "Session.h"

#include "KbSentences.h"
#include "PlanRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace spuw {

namespace {

QJsonArray keys(const QList<StepId> &steps)
{
    QJsonArray out;
    for (StepId s : steps)
        out.append(StepCatalogue::key(s));
    return out;
}

QJsonArray blockersJson(const QList<Blocker> &blockers)
{
    QJsonArray out;
    for (const Blocker &b : blockers)
        out.append(QJsonObject{
            {QStringLiteral("id"), b.id}, {QStringLiteral("message"), b.message}, {QStringLiteral("kb"), b.kb}});
    return out;
}

QJsonObject merged(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// The scenario as the run began with it, so a replay does not depend on the file staying the same.
QString scenarioSource(const Scenario &s)
{
    QFile f(s.source);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(1 << 20));
}

} // namespace

Session::Session(std::unique_ptr<Probe> probe, QObject *parent) : QObject(parent), m_probe(std::move(probe))
{
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    if (m_probe)
        m_probeResume = m_probe->resumeAtBoot();
}

Session::~Session() = default;

ProbeCapabilities Session::capabilities() const
{
    return m_probe ? m_probe->capabilities() : ProbeCapabilities(ProbeCapability::None);
}

bool Session::setProbe(std::unique_ptr<Probe> probe)
{
    if (!m_run.isEmpty() && !isFinished() && !isWaitingForAnotherNode())
        return refuse(tr("A run has begun: the system cannot be changed any more."));
    if (!m_run.isEmpty() && !isFinished() && probe && probe->isTraining() != m_run.isTraining())
        return refuse(m_run.isTraining() ? tr("This is a training run: its next node is a simulated one.")
                                         : tr("This run upgrades real servers: a simulated server cannot be its next "
                                              "node."));
    if (isFinished())
        m_run = RunState{}; // the next run begins with the next system
    m_probe = std::move(probe);
    m_probeResume = m_probe ? m_probe->resumeAtBoot() : nullptr;
    m_resumeArmed = false;
    m_contactLost = false;
    m_probeResult = ProbeResult{};
    m_sanAnswer.reset();
    m_bugcheckReport.reset();
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    Q_EMIT probeChanged();
    Q_EMIT factsRefreshed();
    return true;
}

QString Session::osAccount()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
#ifdef Q_OS_UNIX
    // Not every environment names its user (a service, su, a container): ask the system.
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    return domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
}

bool Session::openJournal(const QString &path)
{
    // A run's records stay in one journal: half a run in one file and half in another is no record.
    if (!m_run.isEmpty() && !isFinished() && m_journal.isOpen())
        return refuse(
            tr("The run records in %1: the journal cannot be changed while the run is going.").arg(m_journal.path()));
    m_recordingError.clear();
    if (!m_journal.open(path)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    // Nothing is added to a journal that cannot be vouched for: its chain must hold as it is.
    const Journal::VerifyResult v = m_journal.verify();
    if (!v.ok) {
        m_recordingError = tr("%1 fails verification (%2). The wizard does not add to a journal it cannot vouch for: "
                              "choose another journal file; export this one with --force to see what it holds.")
                               .arg(m_journal.path(), v.problem);
        m_journal.close();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    Q_EMIT journalOpened(m_journal.path());
    return true;
}

void Session::applyProbeResult(const ProbeResult &result)
{
    noteContact(result);
    if (!result.ok())
        return; // nothing read: the facts stay what they were, and no step is judged by them
    m_probeResult = result;
    replan();
    followBugcheck();
    recheck();
    captureSanVolumes();
}

// The upgrade bugcheck on file while the node follows the upgrade procedure (a real server that
// stopped with 0xC2 and was started again, a trainee's mistake, or a switch a crash cut short):
// the node goes on with the recovery, a recorded decision.
void Session::followBugcheck()
{
    const NodeRun *node = currentNode();
    if (!node || !node->decided || isFinished() || !canRecord() || !factsAreOf(*node) || node->isDeferred()
        || (node->procedure != Procedure::Standalone && node->procedure != Procedure::Clustered))
        return;
    for (const CrashDumpFact &d : facts().crashDumps.valueOr({})) {
        if (PlanRules::isUpgradeBugcheck(d)) {
            switchToRecovery(tr("The server stopped with bugcheck 0xC2 BAD_POOL_CALLER (crash dump %1, Windows build "
                                "%2).")
                                 .arg(d.path, QString::number(d.build)));
            return;
        }
    }
}

// The server stopped answering (a restart of the upgrade, say) or answers again: a record each time,
// so the journal shows when it was away.
void Session::noteContact(const ProbeResult &result)
{
    const bool lost = result.contactLost;
    if (m_run.isEmpty() || isFinished() || !canRecord()) {
        m_contactLost = lost;
        return;
    }
    m_contactLost = false;
    if (lost && !m_run.isContactLost())
        record(RecordTopic::Contact, JournalKind::Note,
            QJsonObject{{QStringLiteral("lost"), true}, {QStringLiteral("problem"), result.error}});
    else if (!lost && result.ok() && m_run.isContactLost())
        record(RecordTopic::Contact, JournalKind::Note,
            QJsonObject{{QStringLiteral("lost"), false},
                {QStringLiteral("away_seconds"), m_run.contactLostSince().secsTo(QDateTime::currentDateTimeUtc())}});
}

void Session::reportBugcheck(bool seen)
{
    if (!m_run.isEmpty() && !isFinished())
        record(RecordTopic::Answer, JournalKind::Note,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("bugcheck")}, {QStringLiteral("seen"), seen}});
    else
        m_bugcheckReport = seen;
    replan();
}

void Session::answerSanVolumes(const QStringList &volumes)
{
    if (!m_run.isEmpty() && !isFinished())
        record(RecordTopic::Answer, JournalKind::Note,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("san-volumes")},
                {QStringLiteral("volumes"), QJsonArray::fromStringList(volumes)}});
    else
        m_sanAnswer = volumes;
    replan();
    recheck();
}

// The operator's answers stand beside what the probe read, then the KB rules look again.
void Session::replan()
{
    SystemFacts &f = m_probeResult.facts;
    f.training = isTraining();
    const NodeRun *node = currentNode();
    const std::optional<QStringList> san = node && node->sanAnswer ? node->sanAnswer : m_sanAnswer;
    const std::optional<bool> bugcheck = node && node->bugcheckReport ? node->bugcheckReport : m_bugcheckReport;
    if (san && (!f.sanVolumes.known() || f.sanVolumes.origin == FactOrigin::Operator))
        f.sanVolumes.set(*san, FactOrigin::Operator, tr("operator's answer"));
    if (bugcheck)
        f.operatorReportsBugcheck.set(*bugcheck, FactOrigin::Operator, tr("operator's report"));
    // A live server shows which volumes are mounted now: those of the SAN volumes are still visible.
    m_probeResult.applyMountedVolumes();
    m_plan = PlanRules::evaluate(f);
    Q_EMIT factsRefreshed();
    Q_EMIT stepsChanged();
}

// Every completed step whose postcondition the facts now contradict is reopened, with a record
// that says what the facts show; the steps after it on this node are reopened with it.
void Session::recheck()
{
    const NodeRun *node = currentNode();
    if (!node || !node->decided || isFinished() || m_rechecking || !canRecord() || !factsAreOf(*node))
        return;
    const StepContext c = stepContext();
    for (qsizetype i = 0; i < node->steps.size(); ++i) {
        const StepId s = node->steps.at(i);
        if (!node->isCompleted(s))
            continue;
        if (const auto releaser = StepCatalogue::releasedBy(s);
            releaser && (node->isCompleted(*releaser) || node->nextStep() == *releaser))
            continue;
        const Outcome o = StepCatalogue::postcondition(s, c);
        if (!o.fails())
            continue;
        QJsonArray also;
        for (qsizetype j = i + 1; j < node->steps.size(); ++j) {
            if (node->isCompleted(node->steps.at(j)))
                also.append(StepCatalogue::key(node->steps.at(j)));
        }
        m_rechecking = true; // record() must not come back here
        const bool ok = record(RecordTopic::Reopened, JournalKind::Reopened,
            QJsonObject{{QStringLiteral("step"), StepCatalogue::key(s)}, {QStringLiteral("why"), o.why.toJson()},
                {QStringLiteral("also"), also}, {QStringLiteral("evidence"), StepCatalogue::evidence(s, c)}});
        m_rechecking = false;
        if (ok)
            Q_EMIT stepReopened(s, o.why.message);
        return;
    }
}

// Which SAN volumes the node saw before its SAN was disconnected, once, while it still sees them.
void Session::captureSanVolumes()
{
    const NodeRun *node = currentNode();
    if (!node || !node->decided || !node->sanBefore.isEmpty() || isFinished() || !canRecord() || !factsAreOf(*node)
        || !node->steps.contains(StepId::DisconnectSan) || node->isCompleted(StepId::DisconnectSan))
        return;
    const auto &visible = facts().visibleSanVolumes;
    if (!visible.known() || visible.get().isEmpty())
        return;
    record(RecordTopic::SanVolumesSeen, JournalKind::Note,
        QJsonObject{{QStringLiteral("volumes"), QJsonArray::fromStringList(visible.get())}});
}

bool Session::factsAreOf(const NodeRun &node) const
{
    // Another node's facts (the next node connected to, not yet begun) judge none of this node's steps.
    return facts().computerName.valueOr(QString()).compare(node.computer, Qt::CaseInsensitive) == 0;
}

std::optional<RunState> Session::resumableRun() const
{
    if (!m_journal.isOpen() || !facts().computerName.known())
        return std::nullopt;
    const SimulatedServer *sim = simulator();
    return RunState::unfinished(m_journal, facts().computerName.get(), facts().clusterName.valueOr(QString()),
        isTraining(), sim ? sim->scenario().name : QString());
}

// A resumed training run's simulated server is where the trainee left it: the recorded actions are
// done again on the scenario's server, from its start.
void Session::replayTraining()
{
    SimulatedServer *sim = simulator();
    if (!sim)
        return;
    // The scenario as the run began with it (recorded in its first record), even if the file has
    // changed since: the run is replayed on the server it was walked on.
    QString error;
    const auto recorded = m_run.scenarioText().isEmpty()
        ? std::nullopt
        : Scenario::parse(m_run.scenarioText().toUtf8(), tr("the scenario recorded in %1").arg(journalPath()), &error);
    if (recorded)
        sim->reset(*recorded);
    else
        sim->reset();
    for (const QString &id : m_run.roomActions()) {
        if (const auto a = SimulatedServer::actionFromId(id))
            sim->perform(*a);
    }
    m_probeResult = sim->read();
    replan();
}

bool Session::beginRun()
{
    if (!m_run.isEmpty() && !isFinished()) {
        const QString computer = facts().computerName.valueOr(QString());
        if (computer.isEmpty() || computer.compare(m_run.currentComputer(), Qt::CaseInsensitive) == 0)
            return true; // the run is going: nothing to begin, nothing to record
        // The next node of the cluster, connected to in this process.
        if (!m_run.concerns(computer, facts().clusterName.valueOr(QString())))
            return refuse(tr("%1 is not a node of cluster %2, whose run is going on: connect to one of %3.")
                              .arg(computer, m_run.cluster(), m_run.remainingNodes().join(QStringLiteral(", "))));
        const bool ok = record(RecordTopic::Connect, JournalKind::Note,
            QJsonObject{{QStringLiteral("probe"), m_probe ? m_probe->description() : QString()}});
        if (ok)
            Q_EMIT procedureChanged();
        return ok;
    }
    m_resumed = false;
    if (auto run = resumableRun()) {
        m_run = std::move(*run);
        m_resumed = true;
        replayTraining();
        QJsonArray done;
        if (const NodeRun *node = currentNode()) {
            for (auto it = node->completed.cbegin(); it != node->completed.cend(); ++it)
                done.append(StepCatalogue::key(it.key()));
        }
        if (!record(RecordTopic::Resume, JournalKind::Resumed,
                QJsonObject{{QStringLiteral("completed"), done}, {QStringLiteral("probe"), m_probe->description()}}))
            return false;
        Q_EMIT procedureChanged();
        // Whatever happened while the wizard was away: every step done so far is checked again.
        recheck();
        return true;
    }
    m_run = RunState{};
    m_newRunId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SimulatedServer *sim = simulator();
    QJsonObject detail{{QStringLiteral("probe"), m_probe ? m_probe->description() : QString()},
        {QStringLiteral("scenario"), sim ? sim->scenario().name : QString()},
        {QStringLiteral("capabilities"), int(capabilities().toInt())}};
    if (sim)
        detail.insert(QStringLiteral("scenario_source"), scenarioSource(sim->scenario()));
    if (!record(RecordTopic::Start, JournalKind::RunStarted, detail)) {
        m_run = RunState{};
        return false;
    }
    // Answers given before the run began are part of it.
    if (m_sanAnswer)
        answerSanVolumes(*std::exchange(m_sanAnswer, std::nullopt));
    if (m_bugcheckReport)
        reportBugcheck(*std::exchange(m_bugcheckReport, std::nullopt));
    Q_EMIT procedureChanged();
    return true;
}

bool Session::hasRunPlan() const
{
    const NodeRun *node = currentNode();
    return node && node->decided;
}

Plan Session::runPlan() const
{
    Plan p;
    const NodeRun *node = currentNode();
    if (!node || !node->decided)
        return p;
    p.procedure = node->procedure;
    p.reason = node->reason;
    p.blockers = node->blockers;
    p.steps = PlanRules::planSteps(node->steps, node->procedure);
    p.remainingNodes = m_run.remainingNodes();
    p.remainingNodes.removeAll(node->computer);
    return p;
}

bool Session::decideProcedure()
{
    if (m_run.isEmpty())
        return refuse(tr("No run has begun."));
    if (isFinished())
        return refuse(tr("The run is finished."));
    if (m_plan.procedure == Procedure::Undetermined)
        return refuse(tr("Not enough is known to choose a procedure: %1").arg(m_plan.reason));
    const NodeRun *node = currentNode();
    if (node && node->decided && node->procedure == m_plan.procedure && node->steps == m_plan.stepIds())
        return true; // decided already: nothing new to record
    const bool ok = record(RecordTopic::Procedure, JournalKind::Decision,
        QJsonObject{{QStringLiteral("procedure"), procedureId(m_plan.procedure)},
            {QStringLiteral("steps"), keys(m_plan.stepIds())},
            {QStringLiteral("blockers"), blockersJson(m_plan.blockers)}, {QStringLiteral("reason"), m_plan.reason},
            {QStringLiteral("remaining_nodes"), QJsonArray::fromStringList(m_plan.remainingNodes)}});
    if (ok) {
        Q_EMIT procedureChanged();
        captureSanVolumes();
    }
    return ok;
}

bool Session::switchToRecovery(const QString &why)
{
    const NodeRun *node = currentNode();
    if (!node || !node->decided)
        return refuse(tr("No procedure has been chosen yet."));
    if (node->procedure == Procedure::Recovery)
        return true;
    // A cluster node recovers like any server, then goes back into the cluster: KB 817409's
    // clustered steps 4 and 5 (unpause, then the next node) still apply.
    const bool clusterNode = node->steps.contains(StepId::ClusterResumeNode);
    const QList<StepId> steps = StepCatalogue::stepsFor(Procedure::Recovery, clusterNode);
    const bool ok = record(RecordTopic::Procedure, JournalKind::Decision,
        QJsonObject{{QStringLiteral("procedure"), procedureId(Procedure::Recovery)},
            {QStringLiteral("steps"), keys(steps)}, {QStringLiteral("reason"), why},
            {QStringLiteral("remaining_nodes"), QJsonArray::fromStringList(node->remainingNodes)}});
    if (ok) {
        Q_EMIT procedureChanged();
        captureSanVolumes();
    }
    return ok;
}

bool Session::record(const QString &topic, const QString &kind, const QJsonObject &detail)
{
    if (!m_journal.isOpen()) {
        m_recordingError = tr("No journal is open: nothing can be recorded, so the wizard cannot go on.");
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    JournalRecord r;
    r.runId = m_run.isEmpty() ? m_newRunId : m_run.runId();
    r.computer = facts().computerName.valueOr(QStringLiteral("(unknown)"));
    r.osAccount = osAccount();
    r.operatorName = m_operatorName;
    r.stepId = topic;
    r.kind = kind;
    r.training = isTraining();
    const NodeRun *node = currentNode();
    QJsonObject evidence{{QStringLiteral("facts"), facts().toJson()},
        {QStringLiteral("server"), m_probeResult.stateJson()},
        {QStringLiteral("procedure"), procedureId(node && node->decided ? node->procedure : m_plan.procedure)}};
    if (!detail.isEmpty())
        evidence.insert(QStringLiteral("detail"), detail);
    r.evidence = QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
    if (!m_journal.append(r)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    m_recordingError.clear();
    m_run.apply(r);
    Q_EMIT recorded(r);
    Q_EMIT stepsChanged();
    if (kind != JournalKind::Note && kind != JournalKind::Failure)
        updateResumeAtBoot();
    return true;
}

void Session::updateResumeAtBoot()
{
    const NodeRun *node = currentNode();
    if (!resumeAtBoot() || m_resumeArmed || isFinished() || isTraining() || !node || !node->decided)
        return;
    // From the moment the first restart of the procedure may happen (the upgrade; in recovery, the
    // restart that completes it) until the run ends, a restart must bring the wizard back.
    qsizetype first = node->steps.indexOf(StepId::UpgradeWindows);
    if (first < 0)
        first = node->steps.indexOf(StepId::RestartCompleteUpgrade);
    const auto next = node->nextStep();
    if (first < 0 || !next || node->steps.indexOf(*next) < first)
        return;
    m_resumeArmed = true; // before recording: record() comes back here
    QString line;
    QString error;
    if (resumeAtBoot()->arm(journalPath(), &line, &error)) {
        m_resumeProblem.clear();
        record(RecordTopic::ResumeAtBoot, JournalKind::Note,
            QJsonObject{{QStringLiteral("registered"), resumeAtBoot()->where()}, {QStringLiteral("command"), line}});
    } else {
        m_resumeProblem = tr("The wizard could not register itself to start again after the restart (%1). After "
                             "each restart, start it by hand with the journal %2.")
                              .arg(error, journalPath());
        record(RecordTopic::ResumeAtBoot, JournalKind::Failure,
            QJsonObject{{QStringLiteral("registered"), resumeAtBoot()->where()}, {QStringLiteral("error"), error}});
    }
}

void Session::disarmResumeAtBoot()
{
    if (!resumeAtBoot() || !m_resumeArmed)
        return;
    QString error;
    if (resumeAtBoot()->disarm(&error)) {
        m_resumeArmed = false;
        record(RecordTopic::ResumeAtBoot, JournalKind::Note,
            QJsonObject{{QStringLiteral("removed"), resumeAtBoot()->where()}});
    } else {
        m_resumeProblem = tr("The wizard's start-after-restart entry could not be removed (%1): remove %2 by hand.")
                              .arg(error, resumeAtBoot()->where());
        record(RecordTopic::ResumeAtBoot, JournalKind::Failure,
            QJsonObject{{QStringLiteral("removed"), resumeAtBoot()->where()}, {QStringLiteral("error"), error}});
    }
}

bool Session::isCompleted(StepId step) const
{
    const NodeRun *node = currentNode();
    return node && node->isCompleted(step);
}

std::optional<StepId> Session::nextStep() const
{
    const NodeRun *node = currentNode();
    return node ? node->nextStep() : std::optional<StepId>(StepId::Preflight);
}

StepState Session::stepState(StepId step) const
{
    const NodeRun *node = currentNode();
    if (!node)
        return StepState::Pending;
    return m_run.stepState(*node, step, m_probeResult, capabilities());
}

StepContext Session::stepContext() const
{
    static const NodeRun empty;
    const NodeRun *node = currentNode();
    StepContext c = m_run.context(node ? *node : empty, m_probeResult, capabilities());
    c.now = QDateTime::currentDateTimeUtc();
    return c;
}

bool Session::refuse(const Refusal &why)
{
    m_lastRefusal = why;
    return false;
}

bool Session::refuse(const QString &why)
{
    return refuse(Refusal{QStringLiteral("session"), why, {}});
}

QStringList Session::sanVolumesBeforeDisconnect() const
{
    const NodeRun *node = currentNode();
    if (node && !node->sanBefore.isEmpty())
        return node->sanBefore;
    // Not seen yet (or never visible from here): the SAN volumes the server has.
    const auto &f = facts();
    return f.visibleSanVolumes.known() && !f.visibleSanVolumes.get().isEmpty() ? f.visibleSanVolumes.get()
                                                                               : f.sanVolumes.valueOr({});
}

QStringList Session::missingSanVolumes() const
{
    QStringList missing;
    if (!facts().visibleSanVolumes.known())
        return missing;
    for (const QString &v : sanVolumesBeforeDisconnect()) {
        if (!facts().visibleSanVolumes.get().contains(v))
            missing << v;
    }
    return missing;
}

Refusal Session::interlock(StepId step) const
{
    const NodeRun *node = currentNode();
    if (m_run.isEmpty())
        return Refusal{QStringLiteral("no-run"), tr("No run has begun."), {}};
    if (isFinished())
        return Refusal{QStringLiteral("finished"), tr("The run is finished."), {}};
    if (!node || !node->decided)
        return Refusal{QStringLiteral("no-procedure"), tr("No procedure has been chosen yet."), {}};
    // What the facts said before the server went away proves nothing about it now.
    if (!hasContact())
        return Refusal{QStringLiteral("contact-lost"),
            tr("%1 does not answer: nothing is checked or recorded as done until it answers again.")
                .arg(node->computer),
            {}};
    // "Only after HP Secure Path V4.0B becomes available will you be able to upgrade these types of
    //  Windows 2000-based servers."
    if (node->isDeferred())
        return Refusal{QStringLiteral("deferred"),
            tr("The upgrade of %1 is deferred until HP Secure Path 4.0B: only finishing the run or a new "
               "assessment is possible.")
                .arg(node->computer),
            QString::fromUtf8(kb::kDeferUntil40B)};
    const qsizetype index = node->steps.indexOf(step);
    if (index < 0)
        return Refusal{QStringLiteral("not-in-procedure"),
            tr("\"%1\" is not a step of the %2 procedure.")
                .arg(StepCatalogue::title(step), procedureId(node->procedure)),
            {}};
    // The KB's interlocks first: they name the rule and the sentence.
    const QList<Refusal> held = StepCatalogue::preconditions(step, stepContext());
    if (!held.isEmpty())
        return held.first();
    // Then the KB's order: none may be skipped.
    for (qsizetype i = 0; i < index; ++i) {
        const StepId before = node->steps.at(i);
        if (!node->isCompleted(before))
            return Refusal{QStringLiteral("order"), tr("First: %1.").arg(StepCatalogue::title(before)),
                StepCatalogue::kb(before, node->procedure)};
    }
    return {};
}

bool Session::canVerify(StepId step) const
{
    return StepCatalogue::canVerify(step, capabilities(), m_probeResult);
}

bool Session::verifyStep(StepId step, const QJsonObject &detail)
{
    const Refusal lock = interlock(step);
    if (!lock.isEmpty())
        return refuse(lock);
    if (!canVerify(step))
        return refuse(tr("This step cannot be checked here; the operator attests it."));
    const StepContext c = stepContext();
    const Outcome o = StepCatalogue::postcondition(step, c);
    if (!o.holds()) {
        record(StepCatalogue::key(step), JournalKind::Failure,
            QJsonObject{{QStringLiteral("check"), o.why.message}, {QStringLiteral("rule"), o.why.check},
                {QStringLiteral("kb"), o.why.kb}, {QStringLiteral("evidence"), StepCatalogue::evidence(step, c)}});
        return refuse(o.why);
    }
    if (!record(StepCatalogue::key(step), JournalKind::Verified, merged(StepCatalogue::evidence(step, c), detail)))
        return refuse(m_recordingError);
    return true;
}

bool Session::attestStep(StepId step, const QJsonObject &statement)
{
    const Refusal lock = interlock(step);
    if (!lock.isEmpty())
        return refuse(lock);
    const StepContext c = stepContext();
    // What the facts can disprove is not attested over them.
    const Outcome o = StepCatalogue::postcondition(step, c);
    if (o.fails())
        return refuse(o.why);
    const Refusal statementProblem = StepCatalogue::checkAttestation(step, statement, c);
    if (!statementProblem.isEmpty())
        return refuse(statementProblem);
    QJsonObject detail = statement;
    const QJsonObject seen = StepCatalogue::evidence(step, c);
    if (!seen.isEmpty())
        detail.insert(QStringLiteral("facts_seen"), seen);
    if (!record(StepCatalogue::key(step), JournalKind::Attested, detail))
        return refuse(m_recordingError);
    return true;
}

SimulationEvent Session::performTrainingAction(SimulatedServer::Action action)
{
    SimulatedServer *sim = simulator();
    auto refused = [action](const QString &why) {
        SimulationEvent e;
        e.action = SimulatedServer::actionId(action);
        e.ok = false;
        e.message = why;
        return e;
    };
    if (!sim)
        return refused(tr("Not in training mode."));
    if (m_run.isEmpty() || isFinished())
        return refused(tr("Begin the run on the first page first: what is done in the server room is recorded."));
    if (!canRecord())
        return refused(tr("The journal cannot record: %1").arg(m_recordingError));
    if (action == SimulatedServer::Action::DisconnectSan)
        captureSanVolumes(); // what the server saw before the cables came out
    // The trainee's action is judged by the preconditions of the step it carries out.
    const NodeRun *node = currentNode();
    QList<Refusal> mistakes;
    if (node && node->isDeferred()) {
        mistakes << Refusal{QStringLiteral("after-deferral"),
            tr("The upgrade of %1 was deferred until HP Secure Path 4.0B, yet the work went on in the server room.")
                .arg(node->computer),
            QString::fromUtf8(kb::kDeferUntil40B)};
    } else if (const auto step = StepCatalogue::stepOfRoomAction(action, m_probeResult)) {
        mistakes = StepCatalogue::preconditions(*step, stepContext());
    }
    const SimulationEvent e = sim->perform(action);
    m_probeResult = sim->read();
    replan();
    QJsonArray judged;
    for (const Refusal &m : mistakes)
        judged.append(m.toJson());
    record(RecordTopic::TrainingAction, e.ok ? JournalKind::Note : JournalKind::Failure,
        QJsonObject{{QStringLiteral("action"), e.action}, {QStringLiteral("node"), e.node},
            {QStringLiteral("ok"), e.ok}, {QStringLiteral("bugcheck"), e.bugcheck},
            {QStringLiteral("message"), e.message}, {QStringLiteral("mistakes"), judged}});
    followBugcheck();
    recheck();
    Q_EMIT factsRefreshed();
    return e;
}

bool Session::isWaitingForAnotherNode() const
{
    const NodeRun *node = currentNode();
    return !isTraining() && !isFinished() && node && node->done && !m_run.remainingNodes().isEmpty();
}

bool Session::nextClusterNode()
{
    const Refusal lock = interlock(StepId::ClusterNextNode);
    if (!lock.isEmpty())
        return refuse(lock);
    const NodeRun *node = currentNode();
    QStringList remaining = m_run.remainingNodes();
    remaining.removeAll(node->computer);
    if (!record(StepCatalogue::key(StepId::ClusterNextNode), JournalKind::Decision,
            QJsonObject{{QStringLiteral("remaining_nodes"), QJsonArray::fromStringList(remaining)}}))
        return false;
    if (isTraining()) {
        const SimulationEvent e = performTrainingAction(SimulatedServer::Action::NextNode);
        if (!e.ok)
            return finishRun(); // every node is done
        Q_EMIT procedureChanged();
        return true;
    }
    if (remaining.isEmpty())
        return finishRun();
    disarmResumeAtBoot(); // this node's part is over: nothing of the wizard is left on it
    Q_EMIT procedureChanged();
    return true; // the run continues on the other nodes
}

bool Session::escalateStep(StepId step, const QString &to, const QString &problem)
{
    const NodeRun *node = currentNode();
    if (!node || !node->decided || isFinished() || !node->steps.contains(step) || node->isCompleted(step))
        return refuse(tr("Only a step of the procedure that is not done can be escalated."));
    if (to.trimmed().isEmpty())
        return refuse(tr("Say to whom the problem is handed (a team, a person, a ticket)."));
    return record(RecordTopic::Escalation, JournalKind::Note,
               QJsonObject{{QStringLiteral("step"), StepCatalogue::key(step)}, {QStringLiteral("to"), to.trimmed()},
                   {QStringLiteral("problem"), problem},
                   {QStringLiteral("evidence"), StepCatalogue::evidence(step, stepContext())}})
        || refuse(m_recordingError);
}

bool Session::finishRun()
{
    if (isFinished())
        return true;
    const NodeRun *node = currentNode();
    // A cluster node is not done until it has been unpaused (KB 817409 clustered step 4).
    if (node && node->decided && node->steps.contains(StepId::ClusterResumeNode) && !node->isDeferred()) {
        const QList<Refusal> held = StepCatalogue::preconditions(StepId::ClusterNextNode, stepContext());
        if (!held.isEmpty())
            return refuse(held.first());
    }
    QJsonArray nodes;
    bool complete = true;
    for (const NodeRun &n : m_run.nodes()) {
        if (!n.decided)
            continue;
        complete = complete && n.isComplete() && !n.isDeferred();
        nodes.append(QJsonObject{{QStringLiteral("computer"), n.computer},
            {QStringLiteral("procedure"), procedureId(n.procedure)}, {QStringLiteral("complete"), n.isComplete()}});
    }
    complete = complete && m_run.remainingNodes().isEmpty();
    if (!record(RecordTopic::Finish, JournalKind::RunFinished,
            QJsonObject{{QStringLiteral("procedure"), procedureId(node ? node->procedure : m_plan.procedure)},
                {QStringLiteral("complete"), complete}, {QStringLiteral("nodes"), nodes}}))
        return false;
    disarmResumeAtBoot();
    return true;
}

QJsonObject Session::stateJson() const
{
    return m_run.toJson(m_probeResult, capabilities(), true, {});
}

} // namespace spuw
