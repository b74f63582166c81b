// Wiring only: parse the command line, build the probe, the session and the wizard.
#include "AppLogging.h"
#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "Journal.h"
#include "ProbeFactory.h"
#include "ResumeAtBoot.h"
#include "RunState.h"
#include "Scenario.h"
#include "Session.h"
#include "Translations.h"
#include "UpgradeWizard.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Started again with the journal alone (as the pause dialog says): the journal's unfinished
// training run continues on the scenario it recorded.
std::optional<QString> resumableScenario(const QString &journalPath)
{
    if (journalPath.isEmpty() || !QFileInfo(journalPath).isFile())
        return std::nullopt;
    spuw::Journal journal;
    if (!journal.open(journalPath, spuw::Journal::Mode::ReadOnly))
        return std::nullopt;
    return spuw::RunState::unfinishedTrainingScenario(journal);
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any application object exists: usage errors and headless
    // modes must work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed = spuw::CommandLine::parse(arguments);
    const auto mode = parsed.error.isEmpty() ? parsed.options.mode : spuw::CommandLineOptions::Mode::Help;
    // A PDF needs fonts, so a QGuiApplication: offscreen when there is no display.
    const bool pdf = mode == spuw::CommandLineOptions::Mode::ExportReport
        && parsed.options.exportReport.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (pdf && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(mode == spuw::CommandLineOptions::Mode::Gui ? new QApplication(argc, argv)
            : pdf                                                                     ? new QGuiApplication(argc, argv)
                  : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sp-upgrade-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPUW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.error.isEmpty()) {
        err << "sp-upgrade-wizard: " << parsed.error << "\n\n" << spuw::CommandLine::helpText();
        return 2;
    }
    const spuw::CommandLineOptions &options = parsed.options;
    // The language: --lang for every mode (the report and the messages of the headless commands too);
    // without it the window follows the system, and the headless commands stay in English, so scripts
    // that read them do not change with the locale.
    if (!options.language.isEmpty() && options.language.compare(QLatin1String("en"), Qt::CaseInsensitive) != 0
        && spuw::installTranslations(*app, options.language).isEmpty()) {
        err << "sp-upgrade-wizard: "
            << QCoreApplication::translate("CommandLine", "--lang: there is no translation for \"%1\" (en, de or ja).")
                   .arg(options.language)
            << Qt::endl;
        return 2;
    }
    switch (options.mode) {
    case spuw::CommandLineOptions::Mode::Help: out << spuw::CommandLine::helpText(); return 0;
    case spuw::CommandLineOptions::Mode::Version:
        out << "sp-upgrade-wizard " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case spuw::CommandLineOptions::Mode::Preflight: return spuw::HeadlessCommands::preflight(options, out, err);
    case spuw::CommandLineOptions::Mode::ListScenarios: return spuw::HeadlessCommands::listScenarios(out, err);
    case spuw::CommandLineOptions::Mode::ExportReport: return spuw::HeadlessCommands::exportReport(options, out, err);
    case spuw::CommandLineOptions::Mode::VerifyJournal: return spuw::HeadlessCommands::verifyJournal(options, out, err);
    case spuw::CommandLineOptions::Mode::ShowRun: return spuw::HeadlessCommands::showRun(options, out, err);
    case spuw::CommandLineOptions::Mode::Gui: break;
    }

    if (options.language.isEmpty())
        spuw::installTranslations(*app, {});
    // On Windows the wizard queries the server it runs on; without a real system to query it opens
    // training mode with the default scenario.
    spuw::CommandLineOptions probeOptions = options;
    if (probeOptions.image.isEmpty() && probeOptions.scenario.isEmpty() && !probeOptions.live
        && probeOptions.agent.isEmpty()) {
        if (spuw::ProbeFactory::hasLiveWindows())
            probeOptions.live = true;
        else
            probeOptions.scenario = resumableScenario(options.journal).value_or(spuw::Scenario::defaultName());
    }
    QString probeError;
    std::unique_ptr<spuw::Probe> probe = spuw::HeadlessCommands::makeProbe(probeOptions, &probeError);
    // What the command line named is shown on the welcome page; a system that cannot be used (a
    // scenario file with a syntax error, an image folder that is not there) is said there, and the
    // operator chooses another, instead of a window that never opens.
    spuw::SystemPreset preset;
    preset.scenario = probeOptions.scenario;
    preset.image = probeOptions.image;
    if (probeOptions.sanVolumes)
        preset.sanVolumes = probeOptions.sanVolumes->isEmpty() ? QStringLiteral("none")
                                                               : probeOptions.sanVolumes->join(QStringLiteral(", "));
    preset.agent = probeOptions.agent;
    if (!probe) {
        err << "sp-upgrade-wizard: " << probeError << Qt::endl;
        preset.problem = probeError;
    }
    spuw::Session session(std::move(probe));
    session.setResumeAtBoot(spuw::ResumeAtBoot::forThisSystem());
    QString journal = options.journal;
    if (journal.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        // Training runs never mix with the record of real upgrades (a scenario that could not be
        // loaded was meant for training too).
        const bool training = session.probe() ? session.isTraining() : !probeOptions.scenario.isEmpty();
        journal = dir + (training ? QStringLiteral("/training-journal.sqlite") : QStringLiteral("/journal.sqlite"));
    }
    spuw::UpgradeWizard wizard(&session);
    wizard.presetSystem(preset);
    wizard.show();
    wizard.openJournalAfterFirstPaint(journal);
    QObject::connect(
        &session, &spuw::Session::recordingFailed, [](const QString &error) { qCWarning(lcApp) << error; });
    return app->exec();
}
