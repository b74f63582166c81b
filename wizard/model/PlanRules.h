#pragma once

#include "Plan.h"
#include "SystemFacts.h"

#include <QCoreApplication>

namespace spuw {

// KB 817409 as a pure function from the server's facts (operator answers included) to a plan.
class PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)

public:
    static constexpr const char *kSecurePath40AOn2000 = "3.6.2.670";
    static constexpr const char *kSecurePath40AOn2003 = "3.6.3.670";
    static constexpr int kBuildWindows2000 = 2195;
    static constexpr int kBuildServer2003 = 3790;
    static constexpr quint32 kBadPoolCaller = 0xC2;

    static Plan evaluate(const SystemFacts &facts);

    // The procedure's steps from the step catalogue, worded for that procedure.
    static QList<PlanStep> stepsFor(Procedure procedure, bool clusterNode = false);
    static QList<PlanStep> planSteps(const QList<StepId> &ids, Procedure procedure);

    // Which dumps show the upgrade bugcheck of this KB: 0xC2 from a Server 2003 kernel.
    static bool isUpgradeBugcheck(const CrashDumpFact &dump);
};

} // namespace spuw
