#pragma once

#include "SystemFacts.h"

#include <QCoreApplication>

namespace spuw {

// The facts as a person reads them: one row per fact, in one order, with where each came from. The
// preflight page, the text assessment and the upgrade record all show these rows.
struct FactRow
{
    QString key; // the fact's key in SystemFacts' JSON ("os.build")
    QString label;
    QString value; // "unknown" when not known
    QString source; // "probe: HKLM\...", "operator's answer", or why it is not known
    bool known = false;
};

class FactTable
{
    Q_DECLARE_TR_FUNCTIONS(FactTable)

public:
    static QList<FactRow> rows(const SystemFacts &facts);
    // The same facts from their JSON (a journal record's evidence); nothing when it is not facts.
    static QList<FactRow> rows(const QJsonObject &factsJson);
};

} // namespace spuw
