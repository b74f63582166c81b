#include "WelcomePage.h"

#include "ProbeFactory.h"
#include "RemoteProbe.h"
#include "SanVolumesAnswer.h"
#include "Scenario.h"
#include "ServerKit.h"
#include "Session.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace spuw {

WelcomePage::WelcomePage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, {}, parent)
    , m_modeBox(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_modeDetails(new QStackedWidget(this))
    , m_mode(makeLabel())
    , m_journal(new QLineEdit(this))
    , m_resume(makeLabel())
    , m_operator(new QLineEdit(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409)."));
    QLabel *intro
        = makeLabel(tr("A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops "
                       "with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe "
                       "procedure from Microsoft's article 817409 and records every step in a journal."));
    intro->setObjectName(QStringLiteral("introLabel"));

    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_modeBox->setAccessibleName(tr("System to work on"));
    m_modeBox->addItem(tr("Training: a simulated server"), Training);
    m_modeBox->addItem(tr("Offline image: a copy of a server's system volume"), OfflineImage);
    m_modeBox->addItem(tr("This Windows server (live)"), LiveWindows);
    m_modeBox->addItem(tr("A server running the agent (spuw-live-probe.exe --serve)"), Agent);
    if (!ProbeFactory::hasLiveWindows())
        m_modeBox->setItemData(2, false, Qt::UserRole - 1); // disabled: this build has no Windows probe

    m_scenario->setObjectName(QStringLiteral("scenarioBox"));
    m_scenario->setAccessibleName(tr("Training scenario"));
    for (const QString &name : Scenario::builtInNames())
        m_scenario->addItem(Scenario::builtInTitle(name), name);
    auto *training = new QWidget(m_modeDetails);
    auto *trainingRow = new QHBoxLayout(training);
    trainingRow->setContentsMargins(0, 0, 0, 0);
    trainingRow->addWidget(m_scenario, 1);
    m_modeDetails->addWidget(training);
    auto *use = new QPushButton(tr("&Use this system"), this);
    use->setObjectName(QStringLiteral("useSystem"));

    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_resume->setObjectName(QStringLiteral("resumeLabel"));
    m_journal->setObjectName(QStringLiteral("journalPath"));
    m_journal->setAccessibleName(tr("Journal file"));
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setAccessibleName(tr("Operator name"));
    m_operator->setPlaceholderText(tr("Your full name, as it should appear in the record"));

    auto *form = new QFormLayout;
    auto *modeLabel = new QLabel(tr("&System:"), this);
    modeLabel->setBuddy(m_modeBox);
    form->addRow(modeLabel, m_modeBox);
    form->addRow(QString(), m_modeDetails);
    form->addRow(QString(), use);
    form->addRow(tr("Now:"), m_mode);
    auto *journalLabel = new QLabel(tr("&Journal:"), this);
    journalLabel->setBuddy(m_journal);
    form->addRow(journalLabel, m_journal);
    auto *opLabel = new QLabel(tr("&Operator:"), this);
    opLabel->setBuddy(m_operator);
    form->addRow(opLabel, m_operator);
    body()->addWidget(intro);
    body()->addSpacing(8);
    body()->addLayout(form);
    body()->addWidget(m_resume);
    body()->addStretch(1);
    registerField(QStringLiteral("operatorName*"), m_operator);
    // Tab in the order the form reads: what to work on, then the journal and who you are.
    setTabOrder(m_modeBox, m_scenario);
    setTabOrder(m_scenario, use);
    setTabOrder(use, m_journal);
    setTabOrder(m_journal, m_operator);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, &WelcomePage::showModeDetails);
    connect(use, &QPushButton::clicked, this, &WelcomePage::useSelectedSystem);
    connect(m_journal, &QLineEdit::editingFinished, this, &WelcomePage::openJournal);
    connect(m_operator, &QLineEdit::textChanged, this, &WelcomePage::updateCompleteness);
    connect(sessionRef, &Session::journalOpened, m_journal, &QLineEdit::setText);
}

void WelcomePage::initializePage()
{
    const Probe *probe = session()->probe();
    const int mode = session()->isTraining()                 ? Training
        : probe && probe->can(ProbeCapability::Network)      ? Agent
        : probe && probe->can(ProbeCapability::CurrentState) ? LiveWindows
                                                             : OfflineImage;
    m_modeBox->setCurrentIndex(mode);
    showModeDetails(mode);
    if (const SimulatedServer *sim = session()->simulator())
        m_scenario->setCurrentIndex(m_scenario->findData(sim->scenario().name));
    m_journal->setText(session()->journalPath());
    if (m_operator->text().isEmpty() && !session()->operatorName().isEmpty())
        m_operator->setText(session()->operatorName());
    StepPage::initializePage();
}

void WelcomePage::showModeDetails(int mode)
{
    if (mode != Training && !m_image) {
        m_image = new QLineEdit(this);
        m_image->setObjectName(QStringLiteral("imageFolder"));
        m_image->setAccessibleName(tr("Offline image folder"));
        m_image->setPlaceholderText(tr("the folder that is the root of the server's C: drive"));
        m_sanVolumes = new QLineEdit(this);
        m_sanVolumes->setObjectName(QStringLiteral("imageSanVolumes"));
        m_sanVolumes->setAccessibleName(tr("SAN volumes of the imaged server"));
        m_sanVolumes->setPlaceholderText(tr("E:, F: or none (asked later when empty)"));
        auto *browse = new QPushButton(tr("&Browse..."), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir
                = QFileDialog::getExistingDirectory(this, tr("Root folder of the system volume"), m_image->text());
            if (!dir.isEmpty())
                m_image->setText(dir);
        });
        auto *image = new QWidget(m_modeDetails);
        auto *imageForm = new QFormLayout(image);
        imageForm->setContentsMargins(0, 0, 0, 0);
        auto *imageRow = new QHBoxLayout;
        imageRow->addWidget(m_image, 1);
        imageRow->addWidget(browse);
        imageForm->addRow(tr("Folder:"), imageRow);
        imageForm->addRow(tr("SAN volumes:"), m_sanVolumes);
        m_modeDetails->addWidget(image);
        m_modeDetails->addWidget(makeLabel(tr("The wizard reads this server through Windows itself.")));
        // Created last, they would come last in the tab order: put them where they are seen.
        setTabOrder(m_scenario, m_image);
        setTabOrder(m_image, browse);
        setTabOrder(browse, m_sanVolumes);
        buildAgentDetails();
    }
    m_modeDetails->setCurrentIndex(mode);
}

void WelcomePage::buildAgentDetails()
{
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentAddress"));
    m_agent->setAccessibleName(tr("Server running the agent"));
    m_agent->setPlaceholderText(tr("host name or address, :port when not 17409"));
    m_pairingCode = new QLineEdit(this);
    m_pairingCode->setObjectName(QStringLiteral("pairingCode"));
    m_pairingCode->setAccessibleName(tr("Pairing code"));
    m_pairingCode->setPlaceholderText(tr("as the agent printed it: ABCD-EFGH-..."));
    auto *agent = new QWidget(m_modeDetails);
    auto *form = new QFormLayout(agent);
    form->setContentsMargins(0, 0, 0, 0);
    auto *hostLabel = new QLabel(tr("Ser&ver:"), agent);
    hostLabel->setBuddy(m_agent);
    form->addRow(hostLabel, m_agent);
    auto *codeLabel = new QLabel(tr("Pairing &code:"), agent);
    codeLabel->setBuddy(m_pairingCode);
    form->addRow(codeLabel, m_pairingCode);
    // Where the agent comes from: the server kit installed with the wizard.
    form->addRow(QString(),
        makeLabel(tr("On the server, run spuw-live-probe.exe --serve from the server kit (%1, or its MSI) and type "
                     "the pairing code it prints. TCP port 17409 must be open from this computer to the server.")
                      .arg(QDir::toNativeSeparators(ServerKit::folder()))));
    m_modeDetails->addWidget(agent);
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
    if (!session()->probeResult().ok())
        showStatus(session()->probeResult().error, true);
    // What starting will do: continue the unfinished run (of this server, its cluster or this
    // training scenario) at the step its journal says, or begin a new one.
    const auto run = session()->runId().isEmpty() ? session()->resumableRun() : std::nullopt;
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
