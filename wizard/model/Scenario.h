#pragma once

#include "SystemFacts.h"

#include <QCoreApplication>

#include <optional>

namespace spuw {

// A fault the instructor scripts into a training scenario.
struct ScriptedFault
{
    enum class Kind { LunMissingAfterReattach, BackupFails, NodeWillNotPause };
    Kind kind = Kind::BackupFails;
    QString volume; // LunMissingAfterReattach: the drive letter that does not come back
    QString node; // NodeWillNotPause: which node (empty: this node)
    int times = 1; // BackupFails: how many attempts fail
};

// A simulated server for training: facts in the same JSON as --preflight prints, a briefing, and
// the faults the instructor wants. JSON with // comments, so an instructor can write it by hand.
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    static constexpr int kSchema = 1;
    // A scenario an instructor writes is a few KiB; anything over this is refused unread.
    static constexpr qint64 kMaxFileSize = 1 << 20;
    static constexpr int kMaxFaultTimes = 100;

    QString name; // "standalone-ready"
    QString title; // one line
    QString briefing;
    QString expectedProcedure; // what the briefing promises: a procedure key such as defer
    SystemFacts facts;
    QList<ScriptedFault> faults;
    QString source; // file path or ":/scenarios/NAME.json"

    // Loads a file; on failure *error names the file, the line or field, and what was expected.
    static std::optional<Scenario> loadFile(const QString &path, QString *error);
    static std::optional<Scenario> parse(const QByteArray &text, const QString &source, QString *error);
    static QStringList builtInNames();
    // A built-in scenario's title without reading the rest of it (the welcome page lists all ten
    // before its first paint); empty when there is no such scenario.
    // In the operator's language, as every built-in scenario's title and briefing.
    static QString builtInTitle(const QString &name);
    // The built-in scenarios' titles and briefings in English, as marked for translation.
    static QStringList builtInTexts();
    // NAME of a built-in scenario, or a path to a scenario file.
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error);
    static QString defaultName() { return QStringLiteral("standalone-ready"); }
    // Removes // comments outside strings, keeping line numbers.
    static QByteArray stripComments(const QByteArray &text);
};

} // namespace spuw
