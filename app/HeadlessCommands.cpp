#include "HeadlessCommands.h"

#include "AppLogging.h"
#include "PlanRules.h"
#include "PreflightReport.h"
#include "ProbeFactory.h"
#include "RemoteProbe.h"
#include "ReportWriter.h"
#include "RunState.h"
#include "Scenario.h"
#include "UpgradeReport.h"

#include <QJsonDocument>

namespace spuw {

std::unique_ptr<Probe> HeadlessCommands::makeProbe(const CommandLineOptions &options, QString *error)
{
    if (!options.image.isEmpty())
        return ProbeFactory::offlineImage(options.image, options.sanVolumes);
    if (!options.scenario.isEmpty())
        return ProbeFactory::scenario(options.scenario, error);
    if (!options.liveReport.isEmpty())
        return ProbeFactory::liveReport(options.liveReport, options.sanVolumes);
    if (options.live)
        return ProbeFactory::liveWindows(error, options.sanVolumes);
    if (!options.agent.isEmpty())
        return RemoteProbe::create(options.agent, options.pairingCodeFile, options.sanVolumes, error);
    *error = tr("no system to work on");
    return nullptr;
}

int HeadlessCommands::listScenarios(QTextStream &out, QTextStream &err)
{
    for (const QString &name : Scenario::builtInNames()) {
        QString error;
        const auto s = Scenario::load(name, &error);
        if (!s) {
            err << error << Qt::endl;
            return PreflightReport::Internal;
        }
        out << QStringLiteral("%1  %2  [%3]").arg(name, -24).arg(s->title, s->expectedProcedure) << Qt::endl;
    }
    return 0;
}

int HeadlessCommands::exportReport(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    QString error;
    std::optional<UpgradeReport> report;
    if (!options.mergeJournals.isEmpty()) {
        QList<UpgradeReport> nodes;
        for (const QString &path : options.mergeJournals) {
            auto r = UpgradeReport::fromJournal(path, &error);
            if (!r) {
                err << "sp-upgrade-wizard: " << error << Qt::endl;
                return 2;
            }
            nodes << *r;
        }
        report = UpgradeReport::merge(nodes, &error);
    } else {
        report = UpgradeReport::fromJournal(options.journal, &error);
    }
    if (!report) {
        err << "sp-upgrade-wizard: " << error << Qt::endl;
        return 2;
    }
    for (const auto &source : report->sources()) {
        for (const QString &note : source.notes)
            out << tr("Note: %1: %2").arg(source.journal, note) << Qt::endl;
    }
    // A damaged journal's report could pass for a good one once printed: only on request.
    if (!report->allIntact() && !options.force) {
        for (const auto &source : report->sources()) {
            if (!source.intact)
                err << tr("sp-upgrade-wizard: %1: %2").arg(source.journal, source.verification) << Qt::endl;
        }
        err << tr("sp-upgrade-wizard: the journal failed verification; nothing was written. Give --force to write "
                  "the report anyway: every page will say the journal is damaged, and the first bad record and "
                  "every record after it will be marked.")
            << Qt::endl;
        return 3;
    }
    if (!ReportWriter::write(*report, options.exportReport, options.force, &error)) {
        err << "sp-upgrade-wizard: " << error << Qt::endl;
        return 2;
    }
    out << tr("Written: %1").arg(options.exportReport) << Qt::endl;
    if (!report->allIntact()) {
        err << tr("sp-upgrade-wizard: warning: the journal failed verification; every page of the report says so "
                  "and marks the records from the first bad one on.")
            << Qt::endl;
        return 3;
    }
    return 0;
}

int HeadlessCommands::verifyJournal(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (!journal.open(options.journal, Journal::Mode::ReadOnly)) {
        err << "sp-upgrade-wizard: " << journal.errorString() << Qt::endl;
        return 2;
    }
    const QByteArray expected = options.expectHead.isEmpty()
        ? QByteArray()
        : Journal::normaliseHash(options.expectHead).value_or(QByteArray());
    const auto v = journal.verify(nullptr, expected);
    for (const QString &note : v.notes)
        out << tr("Note: %1").arg(note) << Qt::endl;
    if (!v.ok) {
        err << tr("%1: DAMAGED at record %2: %3").arg(journal.path(), QString::number(v.firstBadSeq), v.problem)
            << Qt::endl;
        return 3;
    }
    out << tr("%1: intact, %2 records, head hash %3")
               .arg(journal.path(), QString::number(v.records), QString::fromLatin1(v.headHash))
        << Qt::endl;
    if (!v.headHash.isEmpty())
        out << tr("To check later that it was not rewritten or cut back: sp-upgrade-wizard --journal \"%1\" "
                  "--verify-journal --expect-head %2")
                   .arg(journal.path(), QString::fromLatin1(v.headHash))
            << Qt::endl;
    return 0;
}

int HeadlessCommands::showRun(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (!journal.open(options.journal, Journal::Mode::ReadOnly)) {
        err << "sp-upgrade-wizard: " << journal.errorString() << Qt::endl;
        return 2;
    }
    const QStringList runs = journal.runIds();
    if (runs.isEmpty()) {
        err << "sp-upgrade-wizard: " << tr("%1 holds no run yet.").arg(journal.path()) << Qt::endl;
        return 2;
    }
    const Journal::VerifyResult v = journal.verify();
    const RunState run = RunState::replay(journal.records(runs.last()));
    // Judged against what the last record saw of the server: nothing here reads the server itself.
    const ProbeResult seen = run.lastServer();
    if (options.json)
        out << QString::fromUtf8(
            QJsonDocument(run.toJson(seen, run.capabilities(), v.ok, v.problem)).toJson(QJsonDocument::Indented));
    else
        out << run.toText(seen, run.capabilities(), v.ok, v.problem);
    out.flush();
    return 0;
}

int HeadlessCommands::preflight(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<Probe> probe = makeProbe(options, &error);
    if (!probe) {
        err << tr("sp-upgrade-wizard: %1").arg(error) << Qt::endl;
        return PreflightReport::Usage;
    }
    const ProbeResult result = probe->probe();
    if (!result.ok()) {
        err << tr("sp-upgrade-wizard: cannot read the system: %1").arg(result.error) << Qt::endl;
        return PreflightReport::Usage;
    }
    const Plan plan = PlanRules::evaluate(result.facts);
    const PreflightReport report(result, plan, probe->kind(), probe->description());
    const QByteArray text
        = options.json ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) : report.toText().toUtf8();
    if (!options.output.isEmpty()) {
        QString writeError;
        if (!ReportWriter::writeText(text, options.output, options.force, &writeError)) {
            err << "sp-upgrade-wizard: " << writeError << Qt::endl;
            return PreflightReport::Usage;
        }
    } else {
        out << QString::fromUtf8(text);
    }
    out.flush();
    qCInfo(lcApp) << "assessed" << probe->description() << procedureId(plan.procedure);
    return report.exitCode();
}

} // namespace spuw
