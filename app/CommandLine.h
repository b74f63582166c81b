#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace spuw {

struct CommandLineOptions
{
    enum class Mode { Gui, Help, Version, Preflight, ListScenarios, ExportReport, VerifyJournal, ShowRun };
    Mode mode = Mode::Gui;
    QString image;
    QString scenario; // built-in name or file
    bool live = false; // --live: this Windows server, through Win32
    QString liveReport; // --live-report: what spuw-live-probe.exe printed on a server
    QString agent; // --agent HOST[:PORT]: a server running spuw-live-probe.exe --serve
    QString pairingCodeFile; // --pairing-code-file: the code that agent printed
    std::optional<QStringList> sanVolumes;
    bool json = false;
    QString journal;
    QStringList mergeJournals; // --merge-journals: the cluster's journals
    QString exportReport; // .html, .pdf or .json
    QString output; // --preflight written to a file
    bool force = false;
    QString expectHead; // --expect-head: the head hash the operator noted (verify)
    QString language;
};

// Parses the command line. Usage errors carry a message; the caller prints it with the usage
// text and exits with code 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        CommandLineOptions options;
        QString error; // empty when the command line is usable
    };

    static Result parse(const QStringList &arguments);
    static QString helpText();
    // "E:,f" -> {"E:", "F:"}; "none" -> {}; nothing on a malformed list.
    static std::optional<QStringList> parseVolumes(const QString &text, QString *error);
};

} // namespace spuw
