#pragma once

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

QString procedureId(Procedure p); // "standalone", "install-securepath-4.0a", ...

struct Blocker
{
    QString id; // stable: "pagefile-on-san"
    QString message;
    QString kb; // the KB 817409 sentence this enforces
};

struct PlanStep
{
    QString id; // stable, shared by the procedures that have the same step
    QString title;
    QString kb;
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
    QStringList stepIds() const;
    int stepIndex(const QString &id) const;
};

} // namespace spuw
