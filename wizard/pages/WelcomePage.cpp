#include "WelcomePage.h"

#include "ProbeFactory.h"
#include "RemoteProbe.h"
#include "SanVolumesAnswer.h"
#include "Scenario.h"
#include "ServerKit.h"
#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace spuw {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

WelcomePage::WelcomePage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, {}, parent)
    , m_modeBox(new WrapComboBox(this))
    , m_scenario(new WrapComboBox(this))
    , m_mode(makeLabel())
    , m_briefing(makeLabel())
    , m_journal(new QLineEdit(this))
    , m_resume(makeLabel())
    , m_operator(new QLineEdit(this))
    , m_operatorHint(makeLabel())
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409)."));
    QLabel *intro
        = makeLabel(tr("A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops "
                       "with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe "
                       "procedure from Microsoft's article 817409 and records every step in a journal."));
    intro->setObjectName(QStringLiteral("introLabel"));
    m_briefing->setObjectName(QStringLiteral("briefing"));

    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_modeBox->setAccessibleName(tr("System to work on"));
    m_modeBox->setAccessibleDescription(
        tr("Training with a simulated server, an offline copy of a server's system volume, this Windows server, "
           "or a server running the agent."));
    m_modeBox->addItem(tr("Training: a simulated server"), Training);
    m_modeBox->addItem(tr("Offline image: a copy of a server's system volume"), OfflineImage);
    m_modeBox->addItem(tr("This Windows server (live)"), LiveWindows);
    m_modeBox->addItem(tr("A server running the agent (spuw-live-probe.exe --serve)"), Agent);
    if (!ProbeFactory::hasLiveWindows())
        m_modeBox->setItemData(2, false, Qt::UserRole - 1); // disabled: this build has no Windows probe

    m_scenario->setObjectName(QStringLiteral("scenarioBox"));
    m_scenario->setAccessibleName(tr("Training scenario"));
    m_scenario->setAccessibleDescription(
        tr("The simulated server to train on; Use this system loads it. Its briefing is shown below."));
    for (const QString &name : Scenario::builtInNames())
        m_scenario->addItem(Scenario::builtInTitle(name), name);
    auto *scenarioFile = new WrapButton(tr("Open a scenario f&ile..."), this);
    scenarioFile->setObjectName(QStringLiteral("openScenarioFile"));
    scenarioFile->setAccessibleDescription(
        tr("Loads an instructor's scenario file (JSON); a file that cannot be used is named with the problem."));
    auto *use = new WrapButton(tr("&Use this system"), this);
    use->setObjectName(QStringLiteral("useSystem"));
    use->setAccessibleDescription(tr("Reads the system chosen above; the run has not begun until Next."));

    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_resume->setObjectName(QStringLiteral("resumeLabel"));
    m_journal->setObjectName(QStringLiteral("journalPath"));
    m_journal->setAccessibleName(tr("Journal file"));
    m_journal->setAccessibleDescription(
        tr("The SQLite file that records every step; the same file again resumes an unfinished run."));
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setAccessibleName(tr("Operator name"));
    m_operator->setAccessibleDescription(tr("Your full name, recorded with every step you take."));
    m_operator->setPlaceholderText(tr("Your full name"));
    m_operatorHint->setObjectName(QStringLiteral("operatorHint"));
    m_operatorHint->setText(tr("Type your name to go on: the journal records who did each step."));

    // A grid, not a QFormLayout: wrapped labels and buttons get their height for the width they get.
    // Each mode's rows are shown only in that mode.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    m_form->addWidget(buddyLabel(tr("&System:"), m_modeBox, this), RowMode, 0);
    m_form->addWidget(m_modeBox, RowMode, 1);
    auto *scenarioLabel = buddyLabel(tr("Sc&enario:"), m_scenario, this);
    m_form->addWidget(scenarioLabel, RowScenario, 0);
    m_form->addWidget(m_scenario, RowScenario, 1);
    m_form->addWidget(scenarioFile, RowScenarioFile, 1, Qt::AlignLeft);
    m_modeRows[Training] = {scenarioLabel, m_scenario, scenarioFile};
    m_form->addWidget(use, RowUse, 1, Qt::AlignLeft);
    m_form->addWidget(new QLabel(tr("Now:"), this), RowNow, 0, Qt::AlignTop);
    m_form->addWidget(m_mode, RowNow, 1);
    m_form->addWidget(buddyLabel(tr("Journal fi&le:"), m_journal, this), RowJournal, 0);
    m_form->addWidget(m_journal, RowJournal, 1);
    m_form->addWidget(buddyLabel(tr("&Operator:"), m_operator, this), RowOperator, 0);
    m_form->addWidget(m_operator, RowOperator, 1);
    m_form->addWidget(m_operatorHint, RowOperatorHint, 1);
    body()->addWidget(intro);
    body()->addWidget(m_briefing);
    body()->addSpacing(8);
    body()->addLayout(m_form);
    body()->addWidget(m_resume);
    body()->addStretch(1);
    registerField(QStringLiteral("operatorName*"), m_operator);
    // Tab in the order the form reads: what to work on, then the journal and who you are.
    setTabOrder(m_modeBox, m_scenario);
    setTabOrder(m_scenario, scenarioFile);
    setTabOrder(scenarioFile, use);
    setTabOrder(use, m_journal);
    setTabOrder(m_journal, m_operator);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, &WelcomePage::showModeDetails);
    connect(use, &QPushButton::clicked, this, &WelcomePage::useSelectedSystem);
    connect(scenarioFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Training scenario"), QString(), tr("Training scenarios (*.json);;All files (*)"));
        if (!path.isEmpty())
            useScenarioFile(path);
    });
    connect(m_journal, &QLineEdit::editingFinished, this, &WelcomePage::openJournal);
    connect(m_operator, &QLineEdit::textChanged, this, &WelcomePage::updateCompleteness);
    connect(m_operator, &QLineEdit::textChanged, this, &WelcomePage::updateOperatorHint);
    connect(sessionRef, &Session::journalOpened, m_journal, &QLineEdit::setText);
    connect(sessionRef, &Session::probeChanged, this, &WelcomePage::updateBriefing);
    updateOperatorHint();
    updateBriefing();
}

void WelcomePage::setPreset(const SystemPreset &preset)
{
    m_preset = preset;
    m_presetShown = false;
}

void WelcomePage::initializePage()
{
    const Probe *probe = session()->probe();
    int mode = session()->isTraining()                       ? Training
        : probe && probe->can(ProbeCapability::Network)      ? Agent
        : probe && probe->can(ProbeCapability::CurrentState) ? LiveWindows
        : probe                                              ? OfflineImage
                                                             : Training;
    // No system yet (the one named could not be used): the mode it was meant to be.
    if (!probe && !m_preset.image.isEmpty())
        mode = OfflineImage;
    else if (!probe && !m_preset.agent.isEmpty())
        mode = Agent;
    m_modeBox->setCurrentIndex(mode);
    showModeDetails(mode);
    if (const SimulatedServer *sim = session()->simulator()) {
        int index = m_scenario->findData(sim->scenario().name);
        if (index < 0 || !sim->scenario().source.startsWith(QLatin1String(":/"))) {
            // An instructor's file: listed by its title, chosen again by its path.
            m_scenario->addItem(sim->scenario().title, sim->scenario().source);
            index = m_scenario->count() - 1;
        }
        m_scenario->setCurrentIndex(index);
    }
    // What the command line gave is shown, so the operator sees what is being read (and can change it).
    if (!std::exchange(m_presetShown, true)) {
        if (m_image && !m_preset.image.isEmpty())
            m_image->setText(QDir::toNativeSeparators(m_preset.image));
        if (m_sanVolumes && !m_preset.sanVolumes.isEmpty())
            m_sanVolumes->setText(m_preset.sanVolumes);
        if (m_agent && !m_preset.agent.isEmpty())
            m_agent->setText(m_preset.agent);
    }
    m_journal->setText(session()->journalPath());
    if (m_operator->text().isEmpty() && !session()->operatorName().isEmpty())
        m_operator->setText(session()->operatorName());
    StepPage::initializePage();
    updateBriefing();
    if (!probe)
        onFactsRefreshed();
    if (!probe && !m_preset.problem.isEmpty())
        showStatus(
            tr("%1 Choose another system, or another scenario, and press Use this system.").arg(m_preset.problem),
            true);
}

void WelcomePage::showModeDetails(int mode)
{
    if (mode != Training && !m_image) {
        m_image = new QLineEdit(this);
        m_image->setObjectName(QStringLiteral("imageFolder"));
        m_image->setAccessibleName(tr("Offline image folder"));
        m_image->setAccessibleDescription(
            tr("The folder that is the root of the server's system volume; it is only read, never changed."));
        m_image->setPlaceholderText(tr("root of its C: drive"));
        m_image->setToolTip(m_image->accessibleDescription());
        m_sanVolumes = new QLineEdit(this);
        m_sanVolumes->setObjectName(QStringLiteral("imageSanVolumes"));
        m_sanVolumes->setAccessibleName(tr("SAN volumes of the imaged server"));
        m_sanVolumes->setAccessibleDescription(
            tr("Drive letters such as E:, F:, or none; an image cannot show which volumes are on the SAN."));
        m_sanVolumes->setPlaceholderText(tr("E:, F: or none"));
        m_sanVolumes->setToolTip(tr("When empty, the preflight asks."));
        auto *browse = new WrapButton(tr("Bro&wse..."), this);
        browse->setObjectName(QStringLiteral("browseImage"));
        browse->setAccessibleDescription(tr("Chooses the image folder in a file dialog."));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir
                = QFileDialog::getExistingDirectory(this, tr("Root folder of the system volume"), m_image->text());
            if (!dir.isEmpty())
                m_image->setText(dir);
        });
        auto *folderLabel = buddyLabel(tr("Fol&der:"), m_image, this);
        auto *imageRow = new QHBoxLayout;
        imageRow->addWidget(m_image, 1);
        imageRow->addWidget(browse);
        m_form->addWidget(folderLabel, RowImage, 0);
        m_form->addLayout(imageRow, RowImage, 1);
        auto *sanLabel = buddyLabel(tr("S&AN volumes:"), m_sanVolumes, this);
        m_form->addWidget(sanLabel, RowImageSan, 0);
        m_form->addWidget(m_sanVolumes, RowImageSan, 1);
        m_modeRows[OfflineImage] = {folderLabel, m_image, browse, sanLabel, m_sanVolumes};
        QLabel *live = makeLabel(tr("The wizard reads this server through Windows itself."));
        m_form->addWidget(live, RowLive, 1);
        m_modeRows[LiveWindows] = {live};
        // Created last, they would come last in the tab order: put them where they are seen.
        setTabOrder(m_scenario, m_image);
        setTabOrder(m_image, browse);
        setTabOrder(browse, m_sanVolumes);
        buildAgentDetails();
        if (!m_presetShown) {
            m_image->setText(QDir::toNativeSeparators(m_preset.image));
            m_sanVolumes->setText(m_preset.sanVolumes);
            m_agent->setText(m_preset.agent);
        }
    }
    for (auto it = m_modeRows.cbegin(); it != m_modeRows.cend(); ++it) {
        for (QWidget *w : it.value())
            Visibility::set(w, it.key() == mode);
    }
}

void WelcomePage::buildAgentDetails()
{
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentAddress"));
    m_agent->setAccessibleName(tr("Server running the agent"));
    m_agent->setAccessibleDescription(tr("Host name or address of the server, with :port when not 17409."));
    m_agent->setPlaceholderText(tr("host[:port]"));
    m_agent->setToolTip(m_agent->accessibleDescription());
    m_pairingCode = new QLineEdit(this);
    m_pairingCode->setObjectName(QStringLiteral("pairingCode"));
    m_pairingCode->setAccessibleName(tr("Pairing code"));
    m_pairingCode->setAccessibleDescription(tr("The code the agent printed on the server's console."));
    m_pairingCode->setPlaceholderText(QStringLiteral("ABCD-EFGH-...")); // the form of a code, no words
    m_pairingCode->setToolTip(m_pairingCode->accessibleDescription());
    auto *hostLabel = buddyLabel(tr("Ser&ver:"), m_agent, this);
    auto *codeLabel = buddyLabel(tr("Pairing &code:"), m_pairingCode, this);
    // Where the agent comes from: the server kit installed with the wizard.
    QLabel *kit
        = makeLabel(tr("On the server, run spuw-live-probe.exe --serve from the server kit (%1, or its MSI) and type "
                       "the pairing code it prints. TCP port 17409 must be open from this computer to the server.")
                        .arg(QDir::toNativeSeparators(ServerKit::folder())));
    m_form->addWidget(hostLabel, RowAgent, 0);
    m_form->addWidget(m_agent, RowAgent, 1);
    m_form->addWidget(codeLabel, RowPairing, 0);
    m_form->addWidget(m_pairingCode, RowPairing, 1);
    m_form->addWidget(kit, RowAgentHint, 1);
    m_modeRows[Agent] = {hostLabel, m_agent, codeLabel, m_pairingCode, kit};
    setTabOrder(m_sanVolumes, m_agent);
    setTabOrder(m_agent, m_pairingCode);
}

void WelcomePage::useSelectedSystem()
{
    QString error;
    std::unique_ptr<Probe> probe;
    switch (m_modeBox->currentData().toInt()) {
    case Training: probe = ProbeFactory::scenario(m_scenario->currentData().toString(), &error); break;
    case OfflineImage: {
        // Empty: not answered yet (the preflight asks); "none": no SAN volumes.
        const SanVolumesAnswer answer = SanVolumesAnswer::parse(m_sanVolumes->text());
        if (answer.state == SanVolumesAnswer::State::Invalid) {
            showStatus(answer.error, true);
            return;
        }
        const std::optional<QStringList> san
            = answer.answered() ? std::optional<QStringList>(answer.volumes) : std::nullopt;
        if (m_image->text().trimmed().isEmpty()) {
            showStatus(tr("Choose the folder of the offline image."), true);
            return;
        }
        probe = ProbeFactory::offlineImage(m_image->text().trimmed(), san);
        break;
    }
    case Agent:
        // The server's disks are evidence shown on the preflight page; the SAN volumes are asked there.
        probe = RemoteProbe::fromTyped(m_agent->text(), m_pairingCode->text(), std::nullopt, &error);
        break;
    default: probe = ProbeFactory::liveWindows(&error); break;
    }
    if (!probe) {
        showStatus(error, true);
        return;
    }
    if (!session()->setProbe(std::move(probe))) {
        showStatus(session()->lastRefusal(), true);
        return;
    }
    showStatus({}, false);
    refresh();
}

void WelcomePage::useScenarioFile(const QString &path)
{
    QString error;
    std::unique_ptr<Probe> probe = ProbeFactory::scenario(path, &error);
    if (!probe) {
        showStatus(tr("%1 Choose another scenario.").arg(error), true);
        return;
    }
    const QString title = probe->simulator() ? probe->simulator()->scenario().title : QFileInfo(path).fileName();
    if (!session()->setProbe(std::move(probe))) {
        showStatus(session()->lastRefusal(), true);
        return;
    }
    if (m_scenario->findData(path) < 0)
        m_scenario->addItem(title, path);
    m_scenario->setCurrentIndex(m_scenario->findData(path));
    showStatus({}, false);
    refresh();
}

void WelcomePage::updateBriefing()
{
    // Training: what the instructor wants the trainee to know before starting.
    const SimulatedServer *sim = session()->simulator();
    const QString briefing = sim ? sim->scenario().briefing : QString();
    if (!briefing.isEmpty())
        m_briefing->setText(tr("Briefing: %1").arg(briefing));
    Visibility::set(m_briefing, !briefing.isEmpty());
}

void WelcomePage::updateOperatorHint()
{
    // Next stays off without a name: say why, where the name goes.
    Visibility::set(m_operatorHint, m_operator->text().trimmed().isEmpty());
}

void WelcomePage::openJournal()
{
    const QString path = m_journal->text().trimmed();
    if (path.isEmpty() || path == session()->journalPath())
        return;
    if (!session()->openJournal(path))
        showStatus(session()->recordingError(), true);
    else
        showStatus(tr("Journal %1 is open.").arg(path), false);
    onFactsRefreshed();
    updateCompleteness();
}

void WelcomePage::onFactsRefreshed()
{
    const Probe *probe = session()->probe();
    m_mode->setText(!probe            ? tr("no system chosen")
            : session()->isTraining() ? tr("Training mode: %1").arg(probe->description())
                                      : tr("Source: %1").arg(probe->description()));
    if (probe && !session()->probeResult().ok())
        showStatus(session()->probeResult().error, true);
    // What starting will do: continue the unfinished run (of this server, its cluster or this
    // training scenario) at the step its journal says, or begin a new one.
    const auto run = session()->runId().isEmpty() && probe ? session()->resumableRun() : std::nullopt;
    if (!run) {
        m_resume->clear();
        return;
    }
    const NodeRun *node = run->currentNode();
    QStringList done;
    if (node) {
        for (StepId s : node->steps) {
            if (node->isCompleted(s))
                done << StepCatalogue::title(s);
        }
    }
    const auto next = node ? node->nextStep() : std::nullopt;
    m_resume->setText(
        tr("An unfinished run was found (started %1 UTC, last step on %2). It will be resumed. Done on %2: %3. "
           "Next: %4.")
            .arg(run->startUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")), run->currentComputer(),
                done.isEmpty() ? tr("nothing yet") : done.join(QStringLiteral("; ")),
                next ? StepCatalogue::title(*next) : tr("finish the run")));
}

bool WelcomePage::isComplete() const
{
    return !m_operator->text().trimmed().isEmpty() && session()->probe() && session()->probeResult().ok()
        && session()->facts().computerName.known() && session()->canRecord() && !isProbing();
}

bool WelcomePage::validatePage()
{
    session()->setOperatorName(m_operator->text().trimmed());
    if (!session()->beginRun()) {
        showStatus(session()->recordingError(), true);
        return false;
    }
    return true;
}

} // namespace spuw
