#include "HeadlessCommands.h"

#include "AppLogging.h"
#include "OfflineImageProbe.h"
#include "PlanRules.h"
#include "PreflightReport.h"

#include <QJsonDocument>

namespace spuw {

int HeadlessCommands::preflight(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const OfflineImageProbe probe(options.image, options.sanVolumes);
    const ProbeResult result = probe.probe();
    if (!result.ok()) {
        err << tr("sp-upgrade-wizard: cannot read the system: %1").arg(result.error) << Qt::endl;
        return PreflightReport::Usage;
    }
    const Plan plan = PlanRules::evaluate(result.facts);
    const PreflightReport report(result, plan, probe.kind(), probe.description());
    if (options.json)
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        out << report.toText();
    out.flush();
    qCInfo(lcApp) << "preflight" << options.image << procedureId(plan.procedure);
    return report.exitCode();
}

} // namespace spuw
