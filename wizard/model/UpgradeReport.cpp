#include "UpgradeReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace spuw {

namespace {

QString describe(const JournalRecord &r, const QJsonObject &detail, bool *deviation)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString() && !v.toString().isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), v.toString());
        else if (v.isBool() && v.toBool())
            parts << it.key();
        else if (v.isArray() && !v.toArray().isEmpty()) {
            QStringList items;
            for (const QJsonValue &x : v.toArray())
                items << (x.isString() ? x.toString() : QString::number(x.toDouble()));
            parts << QStringLiteral("%1: %2").arg(it.key(), items.join(QStringLiteral(", ")));
        }
    }
    *deviation = r.kind == JournalKind::Failure || detail.value(QStringLiteral("mistake")).toBool()
        || detail.value(QStringLiteral("bugcheck")).toBool();
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
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return {};
}

QString raidisk(const QJsonObject &facts)
{
    const QJsonValue sp = facts.value(QStringLiteral("securepath"));
    if (sp.isNull())
        return QStringLiteral("not installed");
    return sp.toObject().value(QStringLiteral("file_version")).toString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString UpgradeReport::Source::verifyCommand() const
{
    if (headHash.isEmpty())
        return {};
    return QStringLiteral("sp-upgrade-wizard --journal \"%1\" --verify-journal --expect-head %2")
        .arg(journal, QString::fromLatin1(headHash));
}

bool UpgradeReport::isTraining() const
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
                .arg(s.journal)
                .arg(s.damagedFromSeq);
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

    QHash<QString, int> index;
    QHash<QString, QString> lastEvidence; // run -> its last record's evidence, parsed once at the end
    // A damaged journal is reported whole: what verify() could not vouch for is read again.
    if (!v.ok)
        records = journal.records();
    for (const JournalRecord &r : std::as_const(records)) {
        // Each record's evidence is parsed once: it is most of the work for a large journal.
        const QJsonObject evidence = r.evidenceObject();
        if (!index.contains(r.runId)) {
            index.insert(r.runId, int(report.m_runs.size()));
            Run run;
            run.runId = r.runId;
            run.computer = r.computer;
            run.start = r.utc;
            run.factsBefore = evidence.value(QStringLiteral("facts")).toObject();
            run.cluster = fact(run.factsBefore, "cluster.name");
            report.m_runs << run;
        }
        Run &run = report.m_runs[index.value(r.runId)];
        run.training = run.training || r.training;
        run.end = r.utc;
        lastEvidence.insert(r.runId, r.evidence);
        if (!r.operatorName.isEmpty() && !run.operators.contains(r.operatorName))
            run.operators << r.operatorName;
        const QJsonObject detail = evidence.value(QStringLiteral("detail")).toObject();
        if (r.kind == JournalKind::Decision && r.stepId == QLatin1String("procedure")) {
            run.procedure = detail.value(QStringLiteral("procedure")).toString();
            run.reason = detail.value(QStringLiteral("reason")).toString();
        }
        if (r.kind == JournalKind::RunFinished)
            run.finished = true;
        Entry e;
        e.seq = r.seq;
        e.utc = r.utc;
        e.step = r.stepId;
        e.kind = r.kind;
        e.operatorName = r.operatorName;
        e.osAccount = r.osAccount;
        e.detail = describe(r, detail, &e.deviation);
        e.afterDamage = source.damagedFromSeq > 0 && r.seq >= source.damagedFromSeq;
        run.deviations += e.deviation ? 1 : 0;
        run.timeline << e;
    }
    for (Run &run : report.m_runs) {
        run.factsAfter = QJsonDocument::fromJson(lastEvidence.value(run.runId).toUtf8())
                             .object()
                             .value(QStringLiteral("facts"))
                             .toObject();
        if (!fact(run.factsAfter, "cluster.name").isEmpty())
            run.cluster = fact(run.factsAfter, "cluster.name");
    }
    return report;
}

std::optional<UpgradeReport> UpgradeReport::merge(const QList<UpgradeReport> &reports, QString *error)
{
    UpgradeReport merged;
    merged.m_rollUp = true;
    QString cluster;
    QString clusterSource;
    for (const UpgradeReport &r : reports) {
        for (const Source &s : r.m_sources) {
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
            {QStringLiteral("operators"), QJsonArray::fromStringList(r.operators)},
            {QStringLiteral("deviations"), r.deviations}, {QStringLiteral("facts_before"), r.factsBefore},
            {QStringLiteral("facts_after"), r.factsAfter}, {QStringLiteral("timeline"), timeline}});
    }
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("sp-upgrade-wizard-report/%1").arg(kSchema)},
        {QStringLiteral("schema_version"), kSchema}, {QStringLiteral("cluster_roll_up"), m_rollUp},
        {QStringLiteral("training"), isTraining()}, {QStringLiteral("intact"), allIntact()},
        {QStringLiteral("sources"), sources}, {QStringLiteral("runs"), runs}};
}

QString UpgradeReport::toHtml() const
{
    QString h;
    h.reserve(4096 + 200 * 64);
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse} "
                        "td,th{border:1px solid #999;padding:2px 4px;vertical-align:top} th{background:#eee} "
                        ".dev{background:#ffcdd2} .training{background:#ffd54f;font-weight:bold;padding:4px} "
                        ".bad{color:#b71c1c;font-weight:bold} .damaged{background:#e57373;font-weight:bold} "
                        ".damagedbanner{background:#b71c1c;color:#fff;font-weight:bold;padding:4px}"
                        "</style></head><body>")
             .arg(esc(tr("Secure Path upgrade record")));
    if (!allIntact())
        h += QStringLiteral("<p class=\"damagedbanner\">%1</p>").arg(esc(damagedBanner()));
    if (isTraining())
        h += QStringLiteral("<p class=\"training\">%1</p>")
                 .arg(esc(tr("TRAINING RUN: simulated server, not a record of a real upgrade.")));
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(m_rollUp ? tr("Cluster upgrade record (KB 817409)") : tr("Upgrade record (KB 817409)")));
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
                     .arg(esc(r.computer), esc(r.finished ? tr("done") : tr("unfinished")),
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
                 .arg(esc(tr("Procedure: %1").arg(r.procedure.isEmpty() ? tr("not decided") : r.procedure)),
                     esc(tr("Why: %1").arg(r.reason)),
                     esc(tr("Operators: %1").arg(r.operators.join(QStringLiteral(", ")))),
                     esc(tr("From %1 to %2 UTC, %3")
                             .arg(r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate),
                                 r.finished ? tr("finished") : tr("NOT finished"))));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(tr("Fact")), esc(tr("Before")), esc(tr("After")));
        for (const auto &[label, path] : {std::pair{tr("Windows"), "os.product_name"},
                 std::pair{tr("Version"), "os.version"}, std::pair{tr("Build"), "os.build"},
                 std::pair{tr("Service pack"), "os.service_pack"}, std::pair{tr("Product type"), "os.product_type"}})
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(label), esc(fact(r.factsBefore, path)), esc(fact(r.factsAfter, path)));
        h += QStringLiteral("<tr><td>Raidisk.sys</td><td>%1</td><td>%2</td></tr></table>")
                 .arg(esc(raidisk(r.factsBefore)), esc(raidisk(r.factsAfter)));
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
                     .arg(esc(e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), esc(e.step), esc(e.kind),
                         esc(tr("%1 (%2)").arg(e.operatorName, e.osAccount)), esc(e.detail));
        h += QStringLiteral("</table>");
        if (r.deviations > 0)
            h += QStringLiteral("<p class=\"bad\">%1</p>")
                     .arg(esc(tr("%n deviation(s) or failure(s) highlighted above.", nullptr, r.deviations)));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace spuw
