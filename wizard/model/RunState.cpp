#include "RunState.h"

#include "Journal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace spuw {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QString stepStateKey(StepState s)
{
    switch (s) {
    case StepState::Done: return QStringLiteral("done");
    case StepState::Current: return QStringLiteral("current");
    case StepState::Blocked: return QStringLiteral("blocked");
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Reopened: return QStringLiteral("reopened");
    case StepState::Escalated: return QStringLiteral("escalated");
    }
    return QStringLiteral("pending");
}

StepSet NodeRun::doneSet() const
{
    StepSet s;
    for (auto it = completed.cbegin(); it != completed.cend(); ++it)
        s.insert(it.key());
    return s;
}

std::optional<StepId> NodeRun::nextStep() const
{
    if (!decided)
        return StepId::Preflight;
    for (StepId s : steps) {
        if (!completed.contains(s))
            return s;
    }
    return std::nullopt;
}

NodeRun &RunState::nodeRef(const QString &computer)
{
    for (NodeRun &n : m_nodes) {
        if (n.computer.compare(computer, Qt::CaseInsensitive) == 0)
            return n;
    }
    NodeRun n;
    n.computer = computer;
    m_nodes << n;
    return m_nodes.last();
}

const NodeRun *RunState::node(const QString &computer) const
{
    for (const NodeRun &n : m_nodes) {
        if (n.computer.compare(computer, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

void RunState::apply(const JournalRecord &r)
{
    if (m_runId.isEmpty()) {
        m_runId = r.runId;
        m_startUtc = r.utc;
    }
    m_training = m_training || r.training;
    m_lastSeq = r.seq;
    m_lastUtc = r.utc;
    if (!r.operatorName.isEmpty() && !m_operators.contains(r.operatorName))
        m_operators << r.operatorName;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(r.evidence.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        m_anomalies << tr("record %1: its evidence is not JSON; not applied").arg(r.seq);
        return;
    }
    const QJsonObject evidence = doc.object();
    const QJsonObject detail = evidence.value(QStringLiteral("detail")).toObject();
    const QJsonObject facts = evidence.value(QStringLiteral("facts")).toObject();
    if (!facts.isEmpty()) {
        m_lastFacts = facts;
        m_lastState = evidence.value(QStringLiteral("server")).toObject();
        const QJsonObject cluster = facts.value(QStringLiteral("cluster")).toObject();
        if (m_cluster.isEmpty() && facts.value(QStringLiteral("cluster_member")).toBool())
            m_cluster = cluster.value(QStringLiteral("name")).toString();
        if (m_clusterNodes.isEmpty() && facts.value(QStringLiteral("cluster_member")).toBool())
            m_clusterNodes = strings(cluster.value(QStringLiteral("nodes")));
    }
    if (!r.computer.isEmpty())
        m_current = r.computer;
    NodeRun &node = nodeRef(r.computer);

    if (r.stepId == RecordTopic::Start) {
        m_scenario = detail.value(QStringLiteral("scenario")).toString();
        m_scenarioText = detail.value(QStringLiteral("scenario_source")).toString();
        m_capabilities = ProbeCapabilities::fromInt(detail.value(QStringLiteral("capabilities")).toInt());
        return;
    }
    if (r.stepId == RecordTopic::Resume) {
        ++m_resumes;
        return;
    }
    if (r.stepId == RecordTopic::Contact) {
        m_contactLost = detail.value(QStringLiteral("lost")).toBool();
        m_contactLostSince = m_contactLost ? r.utc : QDateTime();
        return;
    }
    if (r.stepId == RecordTopic::Finish) {
        m_finished = true;
        return;
    }
    if (r.stepId == RecordTopic::Answer) {
        const QString question = detail.value(QStringLiteral("question")).toString();
        if (question == QLatin1String("san-volumes"))
            node.sanAnswer = strings(detail.value(QStringLiteral("volumes")));
        else if (question == QLatin1String("bugcheck"))
            node.bugcheckReport = detail.value(QStringLiteral("seen")).toBool();
        return;
    }
    if (r.stepId == RecordTopic::Procedure && r.kind == JournalKind::Decision) {
        // A procedure decision starts the node's procedure afresh: what it resets, replay resets.
        const auto p = StepCatalogue::procedureFromKey(detail.value(QStringLiteral("procedure")).toString());
        QList<StepId> steps;
        bool known = true;
        for (const QString &key : strings(detail.value(QStringLiteral("steps")))) {
            const auto s = StepCatalogue::fromKey(key);
            known = known && s.has_value();
            if (s)
                steps << *s;
        }
        if (!p || !known || !StepCatalogue::isStepListOf(*p, steps)) {
            m_anomalies
                << tr("record %1: a decision for steps that are no procedure of KB 817409; not applied").arg(r.seq);
            return;
        }
        node.decided = true;
        node.procedure = *p;
        node.steps = steps;
        node.reason = detail.value(QStringLiteral("reason")).toString();
        node.blockers.clear();
        for (const QJsonValue &b : detail.value(QStringLiteral("blockers")).toArray()) {
            // 0.3 recorded the blockers' ids only.
            const QJsonObject o = b.toObject();
            node.blockers << (b.isString()
                    ? Blocker{b.toString(), {}, {}}
                    : Blocker{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("message")).toString(),
                        o.value(QStringLiteral("kb")).toString()});
        }
        node.remainingNodes = strings(detail.value(QStringLiteral("remaining_nodes")));
        node.completed.clear();
        node.reopened.clear();
        node.escalated.clear();
        node.sanBefore.clear();
        node.done = false;
        node.currentSince = r.utc;
        return;
    }
    if (r.stepId == RecordTopic::Reopened) {
        const auto s = StepCatalogue::fromKey(detail.value(QStringLiteral("step")).toString());
        if (!s)
            return;
        node.completed.remove(*s);
        node.reopened.insert(*s, Refusal::fromJson(detail.value(QStringLiteral("why")).toObject()));
        for (const QString &key : strings(detail.value(QStringLiteral("also")))) {
            if (const auto later = StepCatalogue::fromKey(key))
                node.completed.remove(*later);
        }
        node.done = false;
        node.currentSince = r.utc;
        return;
    }
    if (r.stepId == RecordTopic::Escalation) {
        if (const auto s = StepCatalogue::fromKey(detail.value(QStringLiteral("step")).toString()))
            node.escalated.insert(*s,
                detail.value(QStringLiteral("to")).toString() + QStringLiteral(": ")
                    + detail.value(QStringLiteral("problem")).toString());
        return;
    }
    if (r.stepId == RecordTopic::SanVolumesSeen) {
        if (node.sanBefore.isEmpty())
            node.sanBefore = strings(detail.value(QStringLiteral("volumes")));
        return;
    }
    if (r.stepId == RecordTopic::TrainingAction) {
        TrainingAction a;
        a.seq = r.seq;
        a.utc = r.utc;
        a.action = detail.value(QStringLiteral("action")).toString();
        a.node = detail.value(QStringLiteral("node")).toString(r.computer);
        a.ok = detail.value(QStringLiteral("ok")).toBool(true);
        a.bugcheck = detail.value(QStringLiteral("bugcheck")).toBool();
        a.message = detail.value(QStringLiteral("message")).toString();
        for (const QJsonValue &m : detail.value(QStringLiteral("mistakes")).toArray())
            a.mistakes << Refusal::fromJson(m.toObject());
        // Journals of 0.3 judged the action in the simulator: one mistake with its sentence.
        if (!detail.contains(QStringLiteral("mistakes")) && detail.value(QStringLiteral("mistake")).toBool())
            a.mistakes << Refusal{QStringLiteral("mistake"), a.message, detail.value(QStringLiteral("kb")).toString()};
        m_actions << a;
        return;
    }
    const auto step = StepCatalogue::fromKey(r.stepId);
    if (!step)
        return; // pause, resume-at-boot and other notes change nothing
    if (r.kind == JournalKind::Verified || r.kind == JournalKind::Attested || r.kind == JournalKind::Decision) {
        if (!node.decided || !node.steps.contains(*step)) {
            m_anomalies << tr("record %1: %2 is not a step of %3's procedure; not applied")
                               .arg(r.seq)
                               .arg(r.stepId, r.computer);
            return;
        }
        node.completed.insert(*step, StepCompletion{r.seq, r.kind, r.utc, r.operatorName, detail});
        node.reopened.remove(*step);
        node.escalated.remove(*step);
        node.currentSince = r.utc;
        if (*step == StepId::DisconnectSan && node.sanBefore.isEmpty())
            node.sanBefore = strings(detail.value(QStringLiteral("san_volumes_before")));
        if (*step == StepId::ClusterNextNode)
            node.done = true;
    }
}

RunState RunState::replay(const QList<JournalRecord> &records)
{
    RunState s;
    for (const JournalRecord &r : records)
        s.apply(r);
    return s;
}

QStringList RunState::roomActions() const
{
    QStringList out;
    for (const TrainingAction &a : m_actions)
        out << a.action;
    return out;
}

ProbeResult RunState::lastServer() const
{
    QString error;
    const auto facts = SystemFacts::fromJson(m_lastFacts, FactOrigin::Probe, &error);
    return ProbeResult::fromRecorded(facts.value_or(SystemFacts{}), m_lastState);
}

bool RunState::concerns(const QString &computer, const QString &cluster) const
{
    // A cluster run is its cluster's: NODE1 of another cluster is another server.
    if (!m_cluster.isEmpty() || !cluster.isEmpty())
        return m_cluster.compare(cluster, Qt::CaseInsensitive) == 0;
    return node(computer) != nullptr;
}

QStringList RunState::remainingNodes() const
{
    QStringList out;
    if (m_clusterNodes.isEmpty())
        return out; // not a cluster: nothing to repeat
    const NodeRun *current = currentNode();
    if (current && !current->done)
        out << current->computer;
    for (const QString &n : m_clusterNodes) {
        const NodeRun *run = node(n);
        if ((!run || !run->done) && !out.contains(n, Qt::CaseInsensitive))
            out << n;
    }
    return out;
}

StepContext RunState::context(const NodeRun &node, const ProbeResult &server, ProbeCapabilities caps) const
{
    StepContext c;
    c.server = &server;
    c.capabilities = caps;
    c.procedure = node.procedure;
    c.done = node.doneSet();
    c.sanBefore = node.sanBefore;
    c.currentSince = node.currentSince;
    return c;
}

StepState RunState::stepState(const NodeRun &node, StepId step, const ProbeResult &server, ProbeCapabilities caps) const
{
    if (node.completed.contains(step))
        return StepState::Done;
    if (node.escalated.contains(step))
        return StepState::Escalated;
    if (node.reopened.contains(step))
        return StepState::Reopened;
    if (node.nextStep() != step)
        return StepState::Pending;
    const StepContext c = context(node, server, caps);
    return StepCatalogue::preconditions(step, c).isEmpty() ? StepState::Current : StepState::Blocked;
}

Debrief RunState::debrief() const
{
    Debrief d;
    for (const TrainingAction &a : m_actions) {
        for (const Refusal &m : a.mistakes) {
            const QString text = a.bugcheck ? tr("%1 %2").arg(m.message, a.message) : m.message;
            d.mistakes << DebriefItem{a.node, a.action, text, m.kb};
        }
        if (a.mistakes.isEmpty() && a.ok)
            d.doneRight << DebriefItem{a.node, a.action, a.message, {}};
    }
    return d;
}

QJsonObject RunState::toJson(
    const ProbeResult &server, ProbeCapabilities caps, bool intact, const QString &problem) const
{
    QJsonArray nodes;
    for (const NodeRun &n : m_nodes) {
        if (!n.decided && n.completed.isEmpty())
            continue; // a computer that only appeared in notes
        QJsonArray steps;
        for (StepId s : n.steps) {
            QJsonObject step{{QStringLiteral("id"), StepCatalogue::key(s)},
                {QStringLiteral("state"), stepStateKey(stepState(n, s, server, caps))}};
            if (const auto it = n.completed.constFind(s); it != n.completed.cend()) {
                step.insert(QStringLiteral("kind"), it->kind);
                step.insert(QStringLiteral("seq"), it->seq);
            } else if (n.reopened.contains(s)) {
                step.insert(QStringLiteral("reopened_because"), n.reopened.value(s).message);
            }
            if (n.escalated.contains(s))
                step.insert(QStringLiteral("escalated"), n.escalated.value(s)); // to whom: the problem
            steps.append(step);
        }
        nodes.append(QJsonObject{{QStringLiteral("computer"), n.computer},
            {QStringLiteral("procedure"), n.decided ? StepCatalogue::procedureKey(n.procedure) : QString()},
            {QStringLiteral("complete"), n.isComplete()}, {QStringLiteral("steps"), steps}});
    }
    QJsonValue next = QJsonValue::Null;
    if (!m_finished) {
        const NodeRun *current = currentNode();
        const QStringList remaining = remainingNodes();
        if (current && !current->done && current->nextStep())
            next = QJsonObject{{QStringLiteral("computer"), current->computer},
                {QStringLiteral("step"), StepCatalogue::key(*current->nextStep())}};
        else if (!remaining.isEmpty() && (!current || current->done))
            next = QJsonObject{{QStringLiteral("computer"), remaining.first()},
                {QStringLiteral("step"), StepCatalogue::key(StepId::Preflight)}};
        else
            next = QJsonObject{{QStringLiteral("computer"), m_current}, {QStringLiteral("step"), RecordTopic::Finish}};
    }
    const NodeRun *current = currentNode();
    QJsonObject o{{QStringLiteral("schema"), kJsonSchema}, {QStringLiteral("run_id"), m_runId},
        {QStringLiteral("training"), m_training},
        {QStringLiteral("procedure"),
            current && current->decided ? StepCatalogue::procedureKey(current->procedure) : QString()},
        {QStringLiteral("finished"), m_finished},
        {QStringLiteral("verification"),
            QJsonObject{{QStringLiteral("intact"), intact}, {QStringLiteral("problem"), problem}}},
        {QStringLiteral("cluster"), m_cluster}, {QStringLiteral("operators"), QJsonArray::fromStringList(m_operators)},
        {QStringLiteral("nodes"), nodes}, {QStringLiteral("next"), next}};
    if (!m_anomalies.isEmpty())
        o.insert(QStringLiteral("anomalies"), QJsonArray::fromStringList(m_anomalies));
    if (m_training) {
        const Debrief d = debrief();
        QJsonArray mistakes;
        for (const DebriefItem &m : d.mistakes)
            mistakes.append(QJsonObject{{QStringLiteral("node"), m.node}, {QStringLiteral("step"), m.action},
                {QStringLiteral("text"), m.text}, {QStringLiteral("kb"), m.kb}});
        QJsonArray right;
        for (const DebriefItem &m : d.doneRight)
            right.append(QJsonObject{{QStringLiteral("node"), m.node}, {QStringLiteral("step"), m.action},
                {QStringLiteral("text"), m.text}});
        o.insert(QStringLiteral("scenario"), m_scenario);
        o.insert(QStringLiteral("debrief"),
            QJsonObject{{QStringLiteral("mistakes"), mistakes}, {QStringLiteral("done_right"), right}});
    }
    return o;
}

QString RunState::toText(const ProbeResult &server, ProbeCapabilities caps, bool intact, const QString &problem) const
{
    QString out;
    out += tr("Run %1%2").arg(m_runId, m_training ? tr(" (training, scenario %1)").arg(m_scenario) : QString())
        + QLatin1Char('\n');
    out += (intact ? tr("Journal: intact") : tr("Journal: DAMAGED: %1").arg(problem)) + QLatin1Char('\n');
    out += (m_finished ? tr("Finished.") : tr("Not finished.")) + QLatin1Char('\n');
    for (const NodeRun &n : m_nodes) {
        if (!n.decided && n.completed.isEmpty())
            continue;
        out += QLatin1Char('\n')
            + tr("%1: %2%3")
                  .arg(n.computer, n.decided ? StepCatalogue::procedureKey(n.procedure) : tr("not decided"),
                      n.isComplete() ? tr(", complete") : QString())
            + QLatin1Char('\n');
        int i = 1;
        for (StepId s : n.steps) {
            out += QStringLiteral("  %1. %2 [%3]\n")
                       .arg(QString::number(i++), StepCatalogue::title(s), stepStateKey(stepState(n, s, server, caps)));
            if (n.escalated.contains(s))
                out += tr("     escalated to %1").arg(n.escalated.value(s)) + QLatin1Char('\n');
        }
    }
    const QJsonValue next = toJson(server, caps, intact, problem).value(QStringLiteral("next"));
    if (next.isObject())
        out += QLatin1Char('\n')
            + tr("Next: %1 on %2")
                  .arg(next[QStringLiteral("step")].toString(), next[QStringLiteral("computer")].toString())
            + QLatin1Char('\n');
    if (m_training) {
        const Debrief d = debrief();
        out += QLatin1Char('\n') + tr("Debrief: %n mistake(s)", nullptr, int(d.mistakes.size())) + QLatin1Char('\n');
        for (const DebriefItem &m : d.mistakes)
            out += QStringLiteral("  - %1 (%2)\n    KB 817409: \"%3\"\n").arg(m.text, m.node, m.kb);
    }
    return out;
}

std::optional<RunState> RunState::unfinished(
    const Journal &journal, const QString &computer, const QString &cluster, bool training, const QString &scenario)
{
    const QStringList ids = journal.runIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        RunState run = replay(journal.records(*it));
        if (run.isTraining() != training || !run.concerns(computer, cluster)
            || (training && run.scenarioName() != scenario))
            continue;
        if (run.isFinished())
            return std::nullopt; // the newest run of this server is finished: nothing to resume
        return run;
    }
    return std::nullopt;
}

std::optional<QString> RunState::unfinishedTrainingScenario(const Journal &journal)
{
    const QStringList ids = journal.runIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const RunState run = replay(journal.records(*it));
        if (!run.isTraining())
            continue;
        if (run.isFinished() || run.scenarioName().isEmpty())
            return std::nullopt;
        return run.scenarioName();
    }
    return std::nullopt;
}

} // namespace spuw
