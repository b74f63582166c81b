#include "CommandLine.h"

#include "Journal.h"
#include "SanVolumesAnswer.h"
#include "ServerKit.h"

#include <QCommandLineParser>

namespace spuw {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{
        {QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version and exit.")};
    QCommandLineOption preflight{QStringLiteral("preflight"),
        CommandLine::tr("Assess the server without the window: print the facts, the "
                        "procedure KB 817409 allows and what blocks it.")};
    QCommandLineOption image{QStringLiteral("image"),
        CommandLine::tr("Read an offline copy of a server's system volume (opened read-only)."),
        CommandLine::tr("folder")};
    QCommandLineOption live{
        QStringLiteral("live"), CommandLine::tr("Query this Windows server itself (the default on Windows).")};
    QCommandLineOption liveReport{QStringLiteral("live-report"),
        CommandLine::tr("With --preflight: assess the JSON that spuw-live-probe.exe printed on a server."),
        CommandLine::tr("file")};
    QCommandLineOption agent{QStringLiteral("agent"),
        CommandLine::tr("Query a server running the agent (spuw-live-probe.exe --serve); the port is 17409 unless "
                        "given."),
        CommandLine::tr("host[:port]")};
    QCommandLineOption pairingCodeFile{QStringLiteral("pairing-code-file"),
        CommandLine::tr("With --agent: the file holding the pairing code the agent printed."), CommandLine::tr("file")};
    QCommandLineOption sanVolumes{QStringLiteral("san-volumes"),
        CommandLine::tr("The drive letters that are SAN volumes, e.g. E:,F: (or \"none\")."),
        CommandLine::tr("letters")};
    QCommandLineOption scenario{QStringLiteral("scenario"),
        CommandLine::tr("Train on a simulated server: a built-in scenario's name or a scenario file. Nothing on "
                        "this machine is changed."),
        CommandLine::tr("name|file")};
    QCommandLineOption listScenarios{
        QStringLiteral("list-scenarios"), CommandLine::tr("List the built-in training scenarios.")};
    QCommandLineOption json{QStringLiteral("json"), CommandLine::tr("With --preflight: print one JSON object.")};
    QCommandLineOption journal{QStringLiteral("journal"), CommandLine::tr("The journal file that records every step."),
        CommandLine::tr("file")};
    QCommandLineOption exportReport{QStringLiteral("export-report"),
        CommandLine::tr("Write the upgrade record of --journal (or --merge-journals) to a .html, .pdf or .json file."),
        CommandLine::tr("file")};
    QCommandLineOption verifyJournal{QStringLiteral("verify-journal"),
        CommandLine::tr("Check the hash chain of --journal; exit 0 when intact, 3 naming the first bad record.")};
    QCommandLineOption showRun{QStringLiteral("show-run"),
        CommandLine::tr("Show the newest run of --journal as its records say: each node's steps and their state, "
                        "what comes next and, in training, the debrief (read-only; with --json one JSON object).")};
    QCommandLineOption mergeJournals{QStringLiteral("merge-journals"),
        CommandLine::tr("With --export-report: one report from the journals of a cluster's nodes, given as the "
                        "remaining arguments.")};
    QCommandLineOption output{QStringLiteral("output"),
        CommandLine::tr("With --preflight: write the report to this file."), CommandLine::tr("file")};
    QCommandLineOption force{QStringLiteral("force"),
        CommandLine::tr("Replace an existing output file; with --export-report, also write the report of a journal "
                        "that fails verification (every page then says so).")};
    QCommandLineOption expectHead{QStringLiteral("expect-head"),
        CommandLine::tr("With --verify-journal: the head hash noted earlier (from a report or an earlier check; at "
                        "least its first 16 hex digits). A journal rewritten or cut back since then fails."),
        CommandLine::tr("hash")};
    QCommandLineOption lang{QStringLiteral("lang"),
        CommandLine::tr("Language of the window and its messages: en, de or ja."), CommandLine::tr("code")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Secure Path Upgrade Wizard: upgrades Windows 2000 servers with HP Secure Path to "
                            "Windows Server 2003 by the procedures of Microsoft KB 817409.\n\n"
                            "Exit codes of --preflight: 0 the procedure can start now; 3 something must happen "
                            "first or the upgrade must be deferred; 4 KB 817409 does not apply; 2 usage error or "
                            "unreadable input; 1 internal error."));
        parser.addOptions({help, version, preflight, image, scenario, live, liveReport, agent, pairingCodeFile,
            listScenarios, sanVolumes, json, journal, exportReport, verifyJournal, expectHead, showRun, mergeJournals,
            output, force, lang});
    }
};

} // namespace

std::optional<QStringList> CommandLine::parseVolumes(const QString &text, QString *error)
{
    const SanVolumesAnswer answer = SanVolumesAnswer::parse(text);
    switch (answer.state) {
    case SanVolumesAnswer::State::Answered: return answer.volumes;
    case SanVolumesAnswer::State::Invalid:
        if (error)
            *error = tr("--san-volumes: %1").arg(answer.error);
        return std::nullopt;
    case SanVolumesAnswer::State::NotAnswered: break;
    }
    if (error)
        *error = tr("--san-volumes is empty: list the SAN drive letters, or say none.");
    return std::nullopt;
}

QString CommandLine::helpText()
{
    Parser p;
    // Here, not in Parser: parse() runs before the application object that finds the folder exists.
    const QString kit = ServerKit::isInstalled()
        ? tr("The server kit (spuw-live-probe.exe for 32- and 64-bit Windows, its MSI installers and a README) "
             "is in %1: copy it to the server.")
              .arg(ServerKit::folder())
        : tr("The server kit (spuw-live-probe.exe for the Windows server) is installed with the package, in %1; "
             "this copy of the wizard has none.")
              .arg(ServerKit::folder());
    p.parser.setApplicationDescription(p.parser.applicationDescription() + QStringLiteral("\n\n") + kit);
    return p.parser.helpText();
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    Parser p;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText();
        return result;
    }
    if (!p.parser.positionalArguments().isEmpty() && !p.parser.isSet(p.mergeJournals)) {
        result.error = tr("Unexpected argument: %1").arg(p.parser.positionalArguments().constFirst());
        return result;
    }
    CommandLineOptions &o = result.options;
    if (p.parser.isSet(p.help)) {
        o.mode = CommandLineOptions::Mode::Help;
        return result;
    }
    if (p.parser.isSet(p.version)) {
        o.mode = CommandLineOptions::Mode::Version;
        return result;
    }
    if (p.parser.isSet(p.listScenarios)) {
        o.mode = CommandLineOptions::Mode::ListScenarios;
        return result;
    }
    o.image = p.parser.value(p.image);
    o.scenario = p.parser.value(p.scenario);
    o.live = p.parser.isSet(p.live);
    o.liveReport = p.parser.value(p.liveReport);
    o.agent = p.parser.value(p.agent);
    o.pairingCodeFile = p.parser.value(p.pairingCodeFile);
    if (int(!o.image.isEmpty()) + int(!o.scenario.isEmpty()) + int(o.live) + int(!o.liveReport.isEmpty())
            + int(!o.agent.isEmpty())
        > 1) {
        result.error = tr("--image, --scenario, --live, --live-report and --agent exclude each other: give one system "
                          "to work on.");
        return result;
    }
    if (o.agent.isEmpty() != o.pairingCodeFile.isEmpty()) {
        result.error = o.agent.isEmpty() ? tr("--pairing-code-file goes with --agent HOST[:PORT].")
                                         : tr("--agent needs --pairing-code-file FILE: the code the agent printed.");
        return result;
    }
    o.json = p.parser.isSet(p.json);
    o.force = p.parser.isSet(p.force);
    o.output = p.parser.value(p.output);
    o.exportReport = p.parser.value(p.exportReport);
    if (p.parser.isSet(p.mergeJournals)) {
        o.mergeJournals = p.parser.positionalArguments();
        if (o.mergeJournals.size() < 2 || o.exportReport.isEmpty()) {
            result.error = tr("--merge-journals takes two or more journals and --export-report FILE.");
            return result;
        }
        o.mode = CommandLineOptions::Mode::ExportReport;
        return result;
    }
    o.journal = p.parser.value(p.journal);
    o.language = p.parser.value(p.lang);
    if (p.parser.isSet(p.sanVolumes)) {
        o.sanVolumes = parseVolumes(p.parser.value(p.sanVolumes), &result.error);
        if (!o.sanVolumes)
            return result;
    }
    if (p.parser.isSet(p.showRun)) {
        o.mode = CommandLineOptions::Mode::ShowRun;
        if (o.journal.isEmpty())
            result.error = tr("%1 needs --journal FILE.").arg(QStringLiteral("--show-run"));
        return result;
    }
    if (p.parser.isSet(p.expectHead)) {
        if (!p.parser.isSet(p.verifyJournal)) {
            result.error = tr("--expect-head goes with --verify-journal.");
            return result;
        }
        o.expectHead = p.parser.value(p.expectHead);
        if (!Journal::normaliseHash(o.expectHead)) {
            result.error = tr("--expect-head: \"%1\" is not a head hash (16 to 64 hex digits, as a report or "
                              "--verify-journal printed it).")
                               .arg(o.expectHead);
            return result;
        }
    }
    if (p.parser.isSet(p.verifyJournal) || !o.exportReport.isEmpty()) {
        o.mode = p.parser.isSet(p.verifyJournal) ? CommandLineOptions::Mode::VerifyJournal
                                                 : CommandLineOptions::Mode::ExportReport;
        o.journal = p.parser.value(p.journal);
        if (o.journal.isEmpty())
            result.error = tr("%1 needs --journal FILE.")
                               .arg(p.parser.isSet(p.verifyJournal) ? QStringLiteral("--verify-journal")
                                                                    : QStringLiteral("--export-report"));
        return result;
    }
    if (p.parser.isSet(p.preflight)) {
        o.mode = CommandLineOptions::Mode::Preflight;
        if (o.image.isEmpty() && o.scenario.isEmpty() && !o.live && o.liveReport.isEmpty() && o.agent.isEmpty()) {
            result.error = tr("--preflight needs --image FOLDER, --scenario NAME, --live, --live-report FILE or "
                              "--agent HOST: the system to assess.");
            return result;
        }
        if (!o.image.isEmpty() && !o.sanVolumes) {
            result.error = tr("--preflight --image needs --san-volumes: which volumes are on the SAN cannot be "
                              "read from an offline image. Give the drive letters (e.g. E:,F:) or none.");
            return result;
        }
        if ((o.live || !o.liveReport.isEmpty() || !o.agent.isEmpty()) && !o.sanVolumes) {
            result.error = tr("--preflight %1 needs --san-volumes: a disk's bus is evidence, not an answer. Give the "
                              "drive letters that are SAN volumes (e.g. E:,F:) or none.")
                               .arg(o.live                 ? QStringLiteral("--live")
                                       : o.agent.isEmpty() ? QStringLiteral("--live-report")
                                                           : QStringLiteral("--agent"));
            return result;
        }
    } else if (o.json) {
        result.error = tr("--json goes with --preflight or --show-run.");
    } else if (!o.liveReport.isEmpty()) {
        result.error = tr("--live-report goes with --preflight: a report is a snapshot, not a server to upgrade.");
    }
    return result;
}

} // namespace spuw
