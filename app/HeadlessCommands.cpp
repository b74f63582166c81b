#include "HeadlessCommands.h"

#include "AppLogging.h"
#include "PlanRules.h"
#include "PreflightReport.h"
#include "ProbeFactory.h"
#include "Scenario.h"

#include <QJsonDocument>

namespace spuw {

std::unique_ptr<Probe> HeadlessCommands::makeProbe(const CommandLineOptions &options, QString *error)
{
    if (!options.image.isEmpty())
        return ProbeFactory::offlineImage(options.image, options.sanVolumes);
    if (!options.scenario.isEmpty())
        return ProbeFactory::scenario(options.scenario, error);
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
    if (options.json)
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        out << report.toText();
    out.flush();
    qCInfo(lcApp) << "preflight" << probe->description() << procedureId(plan.procedure);
    return report.exitCode();
}

} // namespace spuw
