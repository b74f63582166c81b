#include "UpgradeReport.h"

#include "FactTable.h"
#include "PlanRules.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace spuw {

namespace {

// One line that holds everything recorded with a record, nested values spelled out: nothing is cut.
void flatten(const QString &prefix, const QJsonValue &v, QStringList &parts)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), parts);
    } else if (v.isArray()) {
        QStringList items;
        bool simple = true;
        for (const QJsonValue &x : v.toArray())
            simple = simple && !x.isObject() && !x.isArray();
        if (!simple) {
            int i = 0;
            for (const QJsonValue &x : v.toArray())
                flatten(QStringLiteral("%1[%2]").arg(prefix).arg(i++), x, parts);
            return;
        }
        for (const QJsonValue &x : v.toArray())
            items << (x.isString() ? x.toString()
                    : x.isDouble() ? QString::number(x.toDouble())
                                   : x.toVariant().toString());
        parts << UpgradeReport::tr("%1: %2").arg(
            prefix, items.isEmpty() ? UpgradeReport::tr("none") : items.join(QStringLiteral(", ")));
    } else if (v.isString()) {
        if (!v.toString().isEmpty())
            parts << UpgradeReport::tr("%1: %2").arg(prefix, v.toString());
    } else if (v.isBool()) {
        parts << UpgradeReport::tr("%1: %2").arg(
            prefix, v.toBool() ? UpgradeReport::tr("yes") : UpgradeReport::tr("no"));
    } else if (v.isDouble()) {
        parts << UpgradeReport::tr("%1: %2").arg(prefix, QString::number(v.toDouble()));
    }
}

QString describe(const JournalRecord &r, const QJsonObject &detail, bool *deviation)
{
    QStringList parts;
    flatten({}, detail, parts);
    *deviation = r.kind == JournalKind::Failure || r.kind == JournalKind::Reopened
        || !detail.value(QStringLiteral("mistakes")).toArray().isEmpty()
        || detail.value(QStringLiteral("mistake")).toBool() || detail.value(QStringLiteral("bugcheck")).toBool();
    return parts.join(QStringLiteral("; "));
}

QString fact(const QJsonObject &facts, const char *path)
{
    QJsonValue v = facts;
    for (const QString &part : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(part);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInt());
    if (v.isBool())
        return v.toBool() ? UpgradeReport::tr("yes") : UpgradeReport::tr("no");
    return {};
}

QString raidisk(const QJsonObject &facts)
{
    const QJsonValue sp = facts.value(QStringLiteral("securepath"));
    if (sp.isNull())
        return UpgradeReport::tr("not installed");
    return sp.toObject().value(QStringLiteral("file_version")).toString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString runState(const UpgradeReport::Run &r)
{
    if (!r.finished)
        return UpgradeReport::tr("NOT finished");
    return r.complete ? UpgradeReport::tr("finished, complete") : UpgradeReport::tr("finished, NOT complete");
}

} // namespace

QString UpgradeReport::stateText(const Run &run)
{
    return runState(run);
}

QString UpgradeReport::byText(const Entry &e)
{
    // The OS account is said only when it is known: no "()" after a name.
    if (e.osAccount.isEmpty())
        return e.operatorName;
    if (e.operatorName.isEmpty())
        return e.osAccount;
    return tr("%1 (%2)").arg(e.operatorName, e.osAccount);
}

QList<UpgradeReport::FactLine> UpgradeReport::factLines(const Run &r)
{
    const QList<FactRow> before = FactTable::rows(r.factsBefore);
    const QList<FactRow> after = FactTable::rows(r.factsAfter);
    QList<FactLine> out;
    for (qsizetype i = 0; i < after.size() || i < before.size(); ++i) {
        const FactRow &row = i < after.size() ? after.at(i) : before.at(i);
        FactLine line;
        line.label = row.label;
        line.before = i < before.size() ? before.at(i).value : QString();
        line.after = i < after.size() ? after.at(i).value : QString();
        line.source = i < after.size() ? after.at(i).source : before.at(i).source;
        line.changed = line.before != line.after;
        out << line;
    }
    return out;
}

QString UpgradeReport::procedureText(const QString &key)
{
    const auto procedure = StepCatalogue::procedureFromKey(key);
    if (key.isEmpty() || !procedure)
        return key.isEmpty() ? tr("not decided") : key;
    switch (*procedure) {
    case Procedure::Standalone: return tr("standalone server");
    case Procedure::Clustered: return tr("clustered servers, one node at a time");
    case Procedure::Recovery: return tr("recovery after the bugcheck");
    case Procedure::InstallSecurePathFirst: return tr("install Secure Path 4.0A first");
    case Procedure::Defer: return tr("deferred until Secure Path 4.0B");
    case Procedure::NotApplicable: return tr("KB 817409 does not apply");
    case Procedure::Undetermined: return tr("not decided");
    }
    return key;
}

QString UpgradeReport::stepStateText(const QString &key)
{
    static const QHash<QString, const char *> words{{QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("current"), QT_TR_NOOP("current")}, {QStringLiteral("blocked"), QT_TR_NOOP("blocked")},
        {QStringLiteral("pending"), QT_TR_NOOP("not done")}, {QStringLiteral("reopened"), QT_TR_NOOP("reopened")},
        {QStringLiteral("escalated"), QT_TR_NOOP("escalated")}};
    const auto it = words.constFind(key);
    return it == words.constEnd() ? key : tr(*it);
}

QString UpgradeReport::kindText(const QString &key)
{
    static const QHash<QString, const char *> words{{JournalKind::RunStarted, QT_TR_NOOP("run started")},
        {JournalKind::Verified, QT_TR_NOOP("verified")}, {JournalKind::Attested, QT_TR_NOOP("attested")},
        {JournalKind::Decision, QT_TR_NOOP("decision")}, {JournalKind::Failure, QT_TR_NOOP("failure")},
        {JournalKind::Resumed, QT_TR_NOOP("resumed")}, {JournalKind::Probed, QT_TR_NOOP("probed")},
        {JournalKind::Reopened, QT_TR_NOOP("reopened")}, {JournalKind::Note, QT_TR_NOOP("note")},
        {JournalKind::RunFinished, QT_TR_NOOP("run finished")}};
    const auto it = words.constFind(key);
    return it == words.constEnd() ? key : tr(*it);
}

QString UpgradeReport::headHashes() const
{
    QStringList heads;
    for (const Source &s : m_sources) {
        const QString hash = s.headHash.isEmpty() ? tr("none") : QString::fromLatin1(s.headHash);
        heads << (m_sources.size() == 1 ? hash : tr("%1: %2").arg(QFileInfo(s.journal).fileName(), hash));
    }
    return m_sources.size() == 1 ? tr("Journal head hash: %1").arg(heads.join(QString()))
                                 : tr("Journal head hashes: %1").arg(heads.join(QStringLiteral("; ")));
}

QString UpgradeReport::Source::verifyCommand() const
{
    if (headHash.isEmpty())
        return {};
    return QStringLiteral("sp-upgrade-wizard --journal \"%1\" --verify-journal --expect-head %2")
        .arg(journal, QString::fromLatin1(headHash));
}

bool UpgradeReport::isTraining() const
{
    // The whole record is a training record only when every run in it is one: a real upgrade in the
    // same journal is never labelled training.
    if (m_runs.isEmpty())
        return false;
    for (const Run &r : m_runs) {
        if (!r.training)
            return false;
    }
    return true;
}

bool UpgradeReport::hasTraining() const
{
    for (const Run &r : m_runs) {
        if (r.training)
            return true;
    }
    return false;
}

QString UpgradeReport::damagedBanner() const
{
    for (const Source &s : m_sources) {
        if (!s.intact)
            return tr("DAMAGED JOURNAL: %1 failed verification; record %2 and every record after it (marked) cannot "
                      "be trusted.")
                .arg(s.journal, QString::number(s.damagedFromSeq));
    }
    return {};
}

bool UpgradeReport::allIntact() const
{
    for (const Source &s : m_sources) {
        if (!s.intact)
            return false;
    }
    return !m_sources.isEmpty();
}

std::optional<UpgradeReport> UpgradeReport::fromJournal(const QString &path, QString *error)
{
    Journal journal;
    if (!journal.open(path, Journal::Mode::ReadOnly)) {
        *error = journal.errorString();
        return std::nullopt;
    }
    UpgradeReport report;
    QList<JournalRecord> records;
    const Journal::VerifyResult v = journal.verify(&records);
    Source source;
    source.journal = QFileInfo(path).absoluteFilePath();
    source.intact = v.ok;
    source.headHash = v.headHash;
    source.verification = v.ok
        ? tr("intact: %1 records, head hash %2").arg(v.records).arg(QString::fromLatin1(v.headHash))
        : tr("DAMAGED at record %1: %2").arg(v.firstBadSeq).arg(v.problem);
    source.damagedFromSeq = v.ok ? 0 : qMax<qint64>(1, v.firstBadSeq);
    source.notes = v.notes;
    report.m_sources << source;
    // A damaged journal is reported whole: what verify() could not vouch for is read again.
    if (!v.ok)
        records = journal.records();

    // Each run's state is the fold of its records (the same the wizard uses); the report has one
    // section per server of the run, with that server's records.
    QStringList runOrder;
    QHash<QString, QList<JournalRecord>> byRun;
    for (const JournalRecord &r : std::as_const(records)) {
        if (!byRun.contains(r.runId))
            runOrder << r.runId;
        byRun[r.runId] << r;
    }
    for (const QString &runId : std::as_const(runOrder)) {
        const QList<JournalRecord> &runRecords = byRun[runId];
        const RunState state = RunState::replay(runRecords);
        const ProbeResult seen = state.lastServer();
        const Debrief debrief = state.debrief();
        QStringList computers;
        for (const JournalRecord &r : runRecords) {
            if (!computers.contains(r.computer, Qt::CaseInsensitive))
                computers << r.computer;
        }
        for (const QString &computer : std::as_const(computers)) {
            Run run;
            run.runId = runId;
            run.computer = computer;
            run.training = state.isTraining();
            run.finished = state.isFinished();
            run.cluster = state.cluster();
            QString lastEvidence;
            for (const JournalRecord &r : runRecords) {
                if (r.computer.compare(computer, Qt::CaseInsensitive) != 0)
                    continue;
                // Each record's evidence is parsed once: it is most of the work for a large journal.
                const QJsonObject evidence = r.evidenceObject();
                if (!run.start.isValid()) {
                    run.start = r.utc;
                    run.factsBefore = evidence.value(QStringLiteral("facts")).toObject();
                }
                run.end = r.utc;
                lastEvidence = r.evidence;
                if (!r.operatorName.isEmpty() && !run.operators.contains(r.operatorName))
                    run.operators << r.operatorName;
                Entry e;
                e.seq = r.seq;
                e.utc = r.utc;
                e.step = r.stepId;
                e.kind = r.kind;
                e.operatorName = r.operatorName;
                e.osAccount = r.osAccount;
                e.detail = describe(r, evidence.value(QStringLiteral("detail")).toObject(), &e.deviation);
                e.afterDamage = source.damagedFromSeq > 0 && r.seq >= source.damagedFromSeq;
                run.deviations += e.deviation ? 1 : 0;
                run.timeline << e;
            }
            run.factsAfter
                = QJsonDocument::fromJson(lastEvidence.toUtf8()).object().value(QStringLiteral("facts")).toObject();
            if (const NodeRun *node = state.node(computer)) {
                run.procedure = node->decided ? procedureId(node->procedure) : QString();
                run.reason = node->reason;
                run.complete = run.finished && node->isComplete() && !node->isDeferred();
                for (StepId s : node->steps) {
                    StepLine line;
                    line.step = StepCatalogue::key(s);
                    line.title = StepCatalogue::title(s);
                    line.kb = StepCatalogue::kb(s, node->procedure);
                    line.state = stepStateKey(state.stepState(*node, s, seen, state.capabilities()));
                    if (const auto it = node->completed.constFind(s); it != node->completed.cend()) {
                        line.how = it->kind;
                        QStringList parts;
                        flatten({}, it->detail, parts);
                        line.evidence = parts.join(QStringLiteral("; "));
                    } else if (node->escalated.contains(s)) {
                        line.evidence = tr("escalated to %1").arg(node->escalated.value(s));
                    } else if (node->reopened.contains(s)) {
                        line.evidence = node->reopened.value(s).message;
                    }
                    run.steps << line;
                }
            }
            for (const DebriefItem &m : debrief.mistakes) {
                if (m.node.compare(computer, Qt::CaseInsensitive) == 0)
                    run.mistakes << m;
            }
            for (const DebriefItem &m : debrief.doneRight) {
                if (m.node.compare(computer, Qt::CaseInsensitive) == 0)
                    run.doneRight << m;
            }
            report.m_runs << run;
        }
    }
    return report;
}

std::optional<UpgradeReport> UpgradeReport::merge(const QList<UpgradeReport> &reports, QString *error)
{
    UpgradeReport merged;
    merged.m_rollUp = true;
    QString cluster;
    QString clusterSource;
    QSet<QString> seenFiles;
    QSet<QByteArray> seenHeads;
    for (const UpgradeReport &r : reports) {
        for (const Source &s : r.m_sources) {
            // The same journal twice (by two names, say) would list every node twice.
            const QString file = QFileInfo(s.journal).canonicalFilePath();
            if (seenFiles.contains(file) || (!s.headHash.isEmpty() && seenHeads.contains(s.headHash))) {
                *error = tr("%1 is given twice (or is a copy of another journal given): each node's journal once.")
                             .arg(s.journal);
                return std::nullopt;
            }
            seenFiles.insert(file);
            if (!s.headHash.isEmpty())
                seenHeads.insert(s.headHash);
            if (!s.intact) {
                *error = tr("%1 failed verification (%2): a cluster report is not made from damaged journals.")
                             .arg(s.journal, s.verification);
                return std::nullopt;
            }
        }
        for (const Run &run : r.m_runs) {
            if (run.cluster.isEmpty()) {
                *error
                    = tr("%1: the run on %2 is not a cluster node's.").arg(r.m_sources.value(0).journal, run.computer);
                return std::nullopt;
            }
            if (cluster.isEmpty()) {
                cluster = run.cluster;
                clusterSource = r.m_sources.value(0).journal;
            } else if (run.cluster.compare(cluster, Qt::CaseInsensitive) != 0) {
                *error = tr("%1 is from cluster %2, but %3 is from cluster %4: journals of different clusters are "
                            "not merged.")
                             .arg(r.m_sources.value(0).journal, run.cluster, clusterSource, cluster);
                return std::nullopt;
            }
        }
        merged.m_sources += r.m_sources;
        merged.m_runs += r.m_runs;
    }
    if (merged.m_runs.isEmpty()) {
        *error = tr("The journals hold no runs.");
        return std::nullopt;
    }
    std::stable_sort(
        merged.m_runs.begin(), merged.m_runs.end(), [](const Run &a, const Run &b) { return a.start < b.start; });
    return merged;
}

namespace {

QJsonArray stepsJson(const QList<UpgradeReport::StepLine> &steps)
{
    QJsonArray out;
    for (const UpgradeReport::StepLine &s : steps)
        out.append(QJsonObject{{QStringLiteral("id"), s.step}, {QStringLiteral("title"), s.title},
            {QStringLiteral("kb"), s.kb}, {QStringLiteral("state"), s.state}, {QStringLiteral("how"), s.how},
            {QStringLiteral("evidence"), s.evidence}});
    return out;
}

QJsonValue debriefJson(const UpgradeReport::Run &r)
{
    if (!r.training)
        return QJsonValue::Null;
    QJsonArray mistakes;
    for (const DebriefItem &m : r.mistakes)
        mistakes.append(QJsonObject{
            {QStringLiteral("step"), m.action}, {QStringLiteral("text"), m.text}, {QStringLiteral("kb"), m.kb}});
    QJsonArray right;
    for (const DebriefItem &m : r.doneRight)
        right.append(QJsonObject{{QStringLiteral("step"), m.action}, {QStringLiteral("text"), m.text}});
    return QJsonObject{{QStringLiteral("mistakes"), mistakes}, {QStringLiteral("done_right"), right}};
}

} // namespace

QJsonObject UpgradeReport::toJson() const
{
    QJsonArray sources;
    for (const Source &s : m_sources)
        sources.append(QJsonObject{{QStringLiteral("journal"), s.journal}, {QStringLiteral("intact"), s.intact},
            {QStringLiteral("verification"), s.verification},
            {QStringLiteral("head_hash"), QString::fromLatin1(s.headHash)},
            {QStringLiteral("damaged_from_seq"), s.damagedFromSeq},
            {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)},
            {QStringLiteral("verify_command"), s.verifyCommand()}});
    QJsonArray runs;
    for (const Run &r : m_runs) {
        QJsonArray timeline;
        for (const Entry &e : r.timeline)
            timeline.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                {QStringLiteral("utc"), e.utc.toString(Qt::ISODateWithMs)}, {QStringLiteral("step"), e.step},
                {QStringLiteral("kind"), e.kind}, {QStringLiteral("operator"), e.operatorName},
                {QStringLiteral("os_account"), e.osAccount}, {QStringLiteral("detail"), e.detail},
                {QStringLiteral("deviation"), e.deviation}, {QStringLiteral("after_damage"), e.afterDamage}});
        runs.append(QJsonObject{{QStringLiteral("run_id"), r.runId}, {QStringLiteral("computer"), r.computer},
            {QStringLiteral("cluster"), r.cluster}, {QStringLiteral("training"), r.training},
            {QStringLiteral("procedure"), r.procedure}, {QStringLiteral("reason"), r.reason},
            {QStringLiteral("start_utc"), r.start.toString(Qt::ISODateWithMs)},
            {QStringLiteral("end_utc"), r.end.toString(Qt::ISODateWithMs)}, {QStringLiteral("finished"), r.finished},
            {QStringLiteral("complete"), r.complete}, {QStringLiteral("steps"), stepsJson(r.steps)},
            {QStringLiteral("debrief"), debriefJson(r)},
            {QStringLiteral("operators"), QJsonArray::fromStringList(r.operators)},
            {QStringLiteral("deviations"), r.deviations}, {QStringLiteral("facts_before"), r.factsBefore},
            {QStringLiteral("facts_after"), r.factsAfter}, {QStringLiteral("timeline"), timeline}});
    }
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("sp-upgrade-wizard-report/%1").arg(kSchema)},
        {QStringLiteral("generator"), generator()}, {QStringLiteral("schema_version"), kSchema},
        {QStringLiteral("cluster_roll_up"), m_rollUp}, {QStringLiteral("training"), isTraining()},
        {QStringLiteral("has_training_runs"), hasTraining()}, {QStringLiteral("intact"), allIntact()},
        {QStringLiteral("sources"), sources}, {QStringLiteral("runs"), runs}};
}

QString UpgradeReport::generator()
{
    // The one version of the project (CMake's project version), as --version and the agent say it.
    return QStringLiteral("sp-upgrade-wizard " SPUW_VERSION);
}

QString UpgradeReport::toHtml() const
{
    QString h;
    h.reserve(4096 + 200 * 64);
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse} "
                        "td,th{border:1px solid #999;padding:2px 4px;vertical-align:top;overflow-wrap:anywhere} "
                        "th{background:#eee} table{width:100%} "
                        "@page{margin:15mm 15mm 20mm 15mm;@bottom-right{content:counter(page) \" / \" counter(pages)}} "
                        ".foot{display:none} @media print{.foot{display:block;position:fixed;bottom:0;left:0;"
                        "right:0;font-size:8pt;border-top:1px solid #444;background:#fff} body{margin-bottom:2em}} "
                        ".dev{background:#ffcdd2} .training{background:#ffd54f;font-weight:bold;padding:4px} "
                        ".bad{color:#b71c1c;font-weight:bold} .changed td{font-weight:bold} "
                        ".damaged{background:#e57373;font-weight:bold} "
                        ".damagedbanner{background:#b71c1c;color:#fff;font-weight:bold;padding:4px}"
                        "</style></head><body>")
             .arg(esc(tr("Secure Path upgrade record")));
    // Printed, every page carries the journal's head hash (and its number, where the browser prints
    // @page margin boxes).
    h += QStringLiteral("<div class=\"foot\">%1</div>").arg(esc(headHashes()));
    if (!allIntact())
        h += QStringLiteral("<p class=\"damagedbanner\">%1</p>").arg(esc(damagedBanner()));
    if (isTraining())
        h += QStringLiteral("<p class=\"training\">%1</p>")
                 .arg(esc(tr("TRAINING RUN: simulated server, not a record of a real upgrade.")));
    else if (hasTraining())
        h += QStringLiteral("<p class=\"training\">%1</p>")
                 .arg(esc(tr("This journal holds training runs as well as real upgrades: every training run is "
                             "marked TRAINING RUN.")));
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(m_rollUp ? tr("Cluster upgrade record (KB 817409)") : tr("Upgrade record (KB 817409)")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Written by %1.").arg(generator())));
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Journals and their verification")));
    for (const Source &s : m_sources) {
        h += QStringLiteral("<li>%1: <span class=\"%2\">%3</span>")
                 .arg(esc(s.journal), s.intact ? QString() : QStringLiteral("bad"), esc(s.verification));
        for (const QString &note : s.notes)
            h += QStringLiteral("<br/>%1").arg(esc(note));
        if (!s.verifyCommand().isEmpty())
            h += QStringLiteral("<br/>%1<br/><code>%2</code>")
                     .arg(esc(tr("To check later that this journal was not rewritten since this report:")),
                         esc(s.verifyCommand()));
        h += QStringLiteral("</li>");
    }
    h += QStringLiteral("</ul>");

    if (m_rollUp) {
        h += QStringLiteral(
            "<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                 .arg(esc(tr("Nodes")), esc(tr("Node")), esc(tr("State")), esc(tr("Windows before / after")),
                     esc(tr("Raidisk.sys before / after")), esc(tr("Start (UTC)")), esc(tr("End (UTC)")),
                     esc(tr("Deviations")));
        for (const Run &r : m_runs)
            h += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3 / %4</td><td>%5 / %6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                     .arg(esc(r.computer),
                         esc(r.complete       ? tr("done")
                                 : r.finished ? tr("ended, not complete")
                                              : tr("unfinished")),
                         esc(fact(r.factsBefore, "os.build")), esc(fact(r.factsAfter, "os.build")),
                         esc(raidisk(r.factsBefore)), esc(raidisk(r.factsAfter)),
                         esc(r.start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         esc(r.end.toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
                     .arg(r.deviations);
        h += QStringLiteral("</table>");
    }

    for (const Run &r : m_runs) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("%1: run %2").arg(r.computer, r.runId)));
        if (r.training)
            h += QStringLiteral("<p class=\"training\">%1</p>").arg(esc(tr("TRAINING RUN")));
        h += QStringLiteral("<p>%1<br/>%2<br/>%3<br/>%4</p>")
                 .arg(esc(tr("Procedure: %1").arg(procedureText(r.procedure))), esc(tr("Why: %1").arg(r.reason)),
                     esc(tr("Operators: %1").arg(r.operators.join(QStringLiteral(", ")))),
                     esc(tr("From %1 to %2 UTC, %3")
                             .arg(r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate), runState(r))));
        // The facts before and after, each with where it came from: one table of facts for every view.
        h += QStringLiteral("<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Facts before and after")), esc(tr("Fact")), esc(tr("Before")), esc(tr("After")),
                     esc(tr("Source")));
        for (const FactLine &f : factLines(r))
            h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(f.changed ? QStringLiteral(" class=\"changed\"") : QString(), esc(f.label), esc(f.before),
                         esc(f.after), esc(f.source));
        h += QStringLiteral("</table>");
        if (!r.steps.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                     .arg(esc(tr("Steps")), esc(tr("Step")), esc(tr("State")), esc(tr("How, and the evidence")),
                         esc(tr("KB 817409")));
            for (const StepLine &step : r.steps)
                h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td><i>%5</i></td></tr>")
                         .arg(step.state == QLatin1String("done")
                                 ? QString()
                                 : QStringLiteral(" class=\"dev\" bgcolor=\"#ffcdd2\""),
                             esc(step.title), esc(stepStateText(step.state)),
                             esc(step.how.isEmpty() ? step.evidence : tr("%1: %2").arg(step.how, step.evidence)),
                             esc(step.kb));
            h += QStringLiteral("</table>");
        }
        if (r.training) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Debrief")));
            if (r.mistakes.isEmpty())
                h += QStringLiteral("<p>%1</p>").arg(esc(tr("No mistakes against KB 817409.")));
            else
                h += QStringLiteral("<p class=\"bad\">%1</p><ul>").arg(esc(tr("Mistakes:")));
            for (const DebriefItem &m : r.mistakes)
                h += QStringLiteral("<li class=\"dev\">%1<br/><i>KB 817409: \"%2\"</i></li>")
                         .arg(esc(m.text), esc(m.kb));
            if (!r.mistakes.isEmpty())
                h += QStringLiteral("</ul>");
            if (!r.doneRight.isEmpty()) {
                h += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Done right:")));
                for (const DebriefItem &m : r.doneRight)
                    h += QStringLiteral("<li>%1</li>").arg(esc(m.text));
                h += QStringLiteral("</ul>");
            }
        }
        h += QStringLiteral(
            "<h3>%1</h3><table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(tr("Timeline")), esc(tr("Time (UTC)")), esc(tr("Step")), esc(tr("Kind")), esc(tr("By")),
                     esc(tr("Evidence")));
        for (const Entry &e : r.timeline)
            h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(e.afterDamage    ? QStringLiteral(" class=\"damaged\" bgcolor=\"#e57373\"")
                             : e.deviation ? QStringLiteral(" class=\"dev\" bgcolor=\"#ffcdd2\"")
                                           : QString())
                     .arg(e.afterDamage ? tr("%1 (not verified)").arg(e.seq) : QString::number(e.seq))
                     .arg(esc(e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), esc(e.step),
                         esc(kindText(e.kind)), esc(byText(e)), esc(e.detail));
        h += QStringLiteral("</table>");
        if (r.deviations > 0)
            h += QStringLiteral("<p class=\"bad\">%1</p>")
                     .arg(esc(tr("%n deviation(s) or failure(s) highlighted above.", nullptr, r.deviations)));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace spuw
