#include "PreflightReport.h"

#include "FactTable.h"
#include "StepCatalogue.h"

#include <QJsonArray>

namespace spuw {

PreflightReport::PreflightReport(
    const ProbeResult &result, const Plan &plan, QString sourceKind, QString sourceDescription)
    : m_result(result)
    , m_plan(plan)
    , m_sourceKind(std::move(sourceKind))
    , m_sourceDescription(std::move(sourceDescription))
{ }

int PreflightReport::exitCodeFor(Procedure p)
{
    switch (p) {
    case Procedure::Standalone:
    case Procedure::Clustered:
    case Procedure::Recovery: return CanStart;
    case Procedure::InstallSecurePathFirst:
    case Procedure::Defer:
    case Procedure::Undetermined: return MustWait;
    case Procedure::NotApplicable: return NotApplicable;
    }
    return Internal;
}

QString PreflightReport::procedureTitle(Procedure p)
{
    switch (p) {
    case Procedure::Standalone: return tr("Upgrade standalone Windows 2000 Server");
    case Procedure::Clustered: return tr("Upgrade clustered Windows 2000 Servers, one node at a time");
    case Procedure::Recovery: return tr("Recover a server receiving the bugcheck error message");
    case Procedure::InstallSecurePathFirst: return tr("Install HP Secure Path 4.0A first");
    case Procedure::Defer: return tr("Defer the upgrade until HP Secure Path 4.0B");
    case Procedure::NotApplicable: return tr("KB 817409 does not apply to this server");
    case Procedure::Undetermined: return tr("Not enough is known to choose a procedure");
    }
    return {};
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray blockers;
    for (const Blocker &b : m_plan.blockers)
        blockers.append(QJsonObject{
            {QStringLiteral("id"), b.id}, {QStringLiteral("message"), b.message}, {QStringLiteral("kb"), b.kb}});
    QJsonArray steps;
    for (const PlanStep &s : m_plan.steps)
        steps.append(QJsonObject{{QStringLiteral("id"), StepCatalogue::key(s.id)}, {QStringLiteral("title"), s.title},
            {QStringLiteral("kb"), s.kb}});
    QJsonArray questions;
    for (const Question &q : m_plan.questions)
        questions.append(QJsonObject{{QStringLiteral("id"), q.id}, {QStringLiteral("text"), q.text}});
    return QJsonObject{
        {QStringLiteral("schema"), kSchema},
        {QStringLiteral("procedure"), procedureId(m_plan.procedure)},
        {QStringLiteral("reason"), m_plan.reason},
        {QStringLiteral("blockers"), blockers},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("notes"), QJsonArray::fromStringList(m_plan.notes)},
        {QStringLiteral("remaining_nodes"), QJsonArray::fromStringList(m_plan.remainingNodes)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m_result.warnings)},
        {QStringLiteral("source"),
            QJsonObject{{QStringLiteral("kind"), m_sourceKind}, {QStringLiteral("description"), m_sourceDescription},
                {QStringLiteral("training"), m_result.facts.training}}},
        {QStringLiteral("facts"), m_result.facts.toJson()},
    };
}

QString PreflightReport::toText() const
{
    const SystemFacts &f = m_result.facts;
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("  %1 %2\n").arg(label + QLatin1Char(':'), -24).arg(value);
    };
    QString out;
    out += tr("Secure Path Upgrade Wizard: preflight (KB 817409)") + QLatin1Char('\n');
    out += tr("Source: %1").arg(m_sourceDescription) + QLatin1Char('\n');
    if (f.training)
        out += tr("TRAINING: simulated server, nothing on this machine is changed.") + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Facts") + QLatin1Char('\n');
    for (const FactRow &row : FactTable::rows(f))
        out += line(row.label, row.value);
    out += QLatin1Char('\n')
        + tr("Verdict: %1 [%2]").arg(procedureTitle(m_plan.procedure), procedureId(m_plan.procedure))
        + QLatin1Char('\n');
    out += QStringLiteral("  ") + m_plan.reason + QLatin1Char('\n');
    if (!m_plan.blockers.isEmpty()) {
        out += QLatin1Char('\n') + tr("Blockers") + QLatin1Char('\n');
        for (const Blocker &b : m_plan.blockers)
            out += QStringLiteral("  [%1] %2\n      KB 817409: \"%3\"\n").arg(b.id, b.message, b.kb);
    }
    if (!m_plan.questions.isEmpty()) {
        out += QLatin1Char('\n') + tr("Questions") + QLatin1Char('\n');
        for (const Question &q : m_plan.questions)
            out += QStringLiteral("  - %1\n").arg(q.text);
    }
    if (!m_plan.steps.isEmpty()) {
        out += QLatin1Char('\n') + tr("Steps") + QLatin1Char('\n');
        int n = 1;
        for (const PlanStep &s : m_plan.steps)
            out += QStringLiteral("  %1. %2\n").arg(n++).arg(s.title);
    }
    if (!m_plan.remainingNodes.isEmpty())
        out += tr("  Then the other nodes: %1").arg(m_plan.remainingNodes.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    for (const QString &note : m_plan.notes)
        out += tr("Note: %1").arg(note) + QLatin1Char('\n');
    for (const QString &w : m_result.warnings)
        out += tr("Warning: %1").arg(w) + QLatin1Char('\n');
    return out;
}

} // namespace spuw
