#pragma once

#include "Plan.h"
#include "Probe.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace spuw {

// The assessment of one server: its facts, the verdict and why. Shared by --preflight and the
// wizard's preflight page.
class PreflightReport
{
    Q_DECLARE_TR_FUNCTIONS(PreflightReport)

public:
    static constexpr int kSchema = 1;

    enum ExitCode { CanStart = 0, Internal = 1, Usage = 2, MustWait = 3, NotApplicable = 4 };

    PreflightReport(const ProbeResult &result, const Plan &plan, QString sourceKind, QString sourceDescription);

    QJsonObject toJson() const;
    QString toText() const;
    int exitCode() const { return exitCodeFor(m_plan.procedure); }
    static int exitCodeFor(Procedure p);
    static QString procedureTitle(Procedure p);

private:
    ProbeResult m_result;
    Plan m_plan;
    QString m_sourceKind;
    QString m_sourceDescription;
};

} // namespace spuw
