#include "Plan.h"

namespace spuw {

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

QList<StepId> Plan::stepIds() const
{
    QList<StepId> ids;
    for (const PlanStep &s : steps)
        ids << s.id;
    return ids;
}

int Plan::stepIndex(StepId id) const
{
    return int(stepIds().indexOf(id));
}

} // namespace spuw
