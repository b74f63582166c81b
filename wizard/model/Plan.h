#pragma once

#include "StepId.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace spuw {

enum class Procedure {
    Standalone,
    Clustered,
    Recovery,
    InstallSecurePathFirst,
    Defer,
    NotApplicable,
    Undetermined, // a fact the rules need is unknown: the plan asks instead of assuming
};

// The procedure's word in the journal, the JSON and on the command line (StepCatalogue keeps them).
QString procedureId(Procedure p);

struct Blocker
{
    QString id; // stable: "pagefile-on-san"
    QString message;
    QString kb; // the KB 817409 sentence this enforces
};

struct PlanStep
{
    StepId id = StepId::Preflight; // shared by the procedures that have the same step
    QString title;
    QString kb; // as this procedure words it
};

struct Question
{
    QString id; // "san-volumes", "os-version", ...
    QString text;
};

struct Plan
{
    Procedure procedure = Procedure::Undetermined;
    QString reason;
    QList<Blocker> blockers;
    QList<PlanStep> steps;
    QList<Question> questions;
    QStringList notes; // things worth telling that change nothing (a 0xC2 dump from Windows 2000)
    QStringList remainingNodes; // clustered: the other nodes to do after this one

    bool hasBlocker(const QString &id) const;
    QStringList blockerIds() const;
    QList<StepId> stepIds() const;
    int stepIndex(StepId id) const;
};

} // namespace spuw
