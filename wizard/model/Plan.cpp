#include "Plan.h"

namespace spuw {

QString procedureId(Procedure p)
{
    switch (p) {
    case Procedure::Standalone: return QStringLiteral("standalone");
    case Procedure::Clustered: return QStringLiteral("clustered");
    case Procedure::Recovery: return QStringLiteral("recovery");
    case Procedure::InstallSecurePathFirst: return QStringLiteral("install-securepath-4.0a");
    case Procedure::Defer: return QStringLiteral("defer");
    case Procedure::NotApplicable: return QStringLiteral("not-applicable");
    case Procedure::Undetermined: return QStringLiteral("undetermined");
    }
    return QStringLiteral("undetermined");
}

bool Plan::hasBlocker(const QString &id) const
{
    return blockerIds().contains(id);
}

QStringList Plan::blockerIds() const
{
    QStringList ids;
    for (const Blocker &b : blockers)
        ids << b.id;
    return ids;
}

QStringList Plan::stepIds() const
{
    QStringList ids;
    for (const PlanStep &s : steps)
        ids << s.id;
    return ids;
}

int Plan::stepIndex(const QString &id) const
{
    return int(stepIds().indexOf(id));
}

} // namespace spuw
