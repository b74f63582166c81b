#include "UpgradeWizard.h"

#include "BackupPage.h"
#include "BugcheckScreen.h"
#include "ClusterPrepPage.h"
#include "ClusterResumePage.h"
#include "DeferPage.h"
#include "InstallSecurePathFirstPage.h"
#include "JournalDialog.h"
#include "PreflightPage.h"
#include "RecoveryPage.h"
#include "RestartPage.h"
#include "SanDisconnectPage.h"
#include "SanReattachPage.h"
#include "SecurePathReinstallPage.h"
#include "ServerRoomPanel.h"
#include "Session.h"
#include "StepListPanel.h"
#include "SummaryPage.h"
#include "UpgradePage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QTimer>
#include <QVBoxLayout>

namespace spuw {

UpgradeWizard::UpgradeWizard(Session *session, QWidget *parent)
    : QWizard(parent), m_session(session), m_steps(new StepListPanel(session, this))
{
    setWindowTitle(tr("Secure Path Upgrade Wizard"));
    {
        // Latin text needs no harfbuzz shaping (scripts that do are still shaped); laying out the
        // word-wrapped labels of the first page was most of the time to the first paint.
        QFont f = font();
        f.setStyleStrategy(QFont::PreferNoShaping);
        setFont(f);
    }
    setObjectName(QStringLiteral("UpgradeWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("&Journal..."));
    setButtonText(QWizard::CancelButton, tr("Pause and e&xit"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Nothing is undone: start the wizard again with the same journal to continue."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            journalDialog()->refresh();
            journalDialog()->show();
        }
    });
    setPage(WelcomePageId, new WelcomePage(session, this));
    setStartId(WelcomePageId);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_steps, 1);
    m_room = new ServerRoomPanel(session, side);
    sideLayout->addWidget(m_room);
    connect(m_room, &ServerRoomPanel::actionPerformed, this, &UpgradeWizard::onTrainingAction);
    connect(session, &Session::stepReopened, this, &UpgradeWizard::onStepReopened);
    connect(session, &Session::procedureChanged, this, [this] {
        // A recorded switch to the recovery (the bugcheck happened): it opens with the evidence.
        if (m_session->hasRunPlan() && m_session->runPlan().procedure == Procedure::Recovery
            && !m_session->isCompleted(StepId::DisconnectSan) && currentId() != WelcomePageId
            && currentId() != PreflightPageId && currentId() != RecoveryPageId)
            restartAt(RecoveryPageId);
    });
    setSideWidget(side);
    setMinimumSize(900, 640);
}

void UpgradeWizard::ensurePages()
{
    if (std::exchange(m_pagesCreated, true))
        return;
    Session *session = m_session;
    setPage(PreflightPageId, new PreflightPage(session, this));
    setPage(RecoveryPageId, new RecoveryPage(session, this));
    setPage(InstallSecurePathFirstPageId, new InstallSecurePathFirstPage(session, this));
    setPage(ClusterPrepPageId, new ClusterPrepPage(session, this));
    setPage(BackupPageId, new BackupPage(session, this));
    setPage(SanDisconnectPageId, new SanDisconnectPage(session, this));
    setPage(UpgradePageId, new UpgradePage(session, this));
    setPage(RestartPageId, new RestartPage(session, this));
    setPage(SecurePathReinstallPageId, new SecurePathReinstallPage(session, this));
    setPage(SanReattachPageId, new SanReattachPage(session, this));
    auto *resume = new ClusterResumePage(session, this);
    setPage(ClusterResumePageId, resume);
    auto *defer = new DeferPage(session, this);
    setPage(DeferPageId, defer);
    connect(defer, &DeferPage::reassessRequested, this, [this] { restartAt(PreflightPageId); });
    auto *summary = new SummaryPage(session, this);
    setPage(SummaryPageId, summary);
    connect(summary, &SummaryPage::nextNodeRequested, this, [this] { restartAt(WelcomePageId); });

    connect(resume, &ClusterResumePage::nodeDone, this, [this] {
        if (m_session->isFinished() || m_session->isWaitingForAnotherNode())
            restartAt(SummaryPageId); // the end, or this node's part of it
        else
            restartAt(PreflightPageId); // the next node of the simulated cluster
    });
}

bool UpgradeWizard::validateCurrentPage()
{
    // Next is enabled only for a complete page, and this holds however next() is reached (a key,
    // a script, a button state that lags behind): an incomplete page is never left forward.
    if (QWizardPage *page = currentPage(); page && !page->isComplete())
        return false;
    ensurePages(); // Next goes to one of them
    return QWizard::validateCurrentPage();
}

JournalDialog *UpgradeWizard::journalDialog()
{
    if (!m_journal)
        m_journal = new JournalDialog(m_session, this);
    return m_journal;
}

int UpgradeWizard::pageId(StepPageKind kind)
{
    switch (kind) {
    case StepPageKind::Preflight: return PreflightPageId;
    case StepPageKind::Recovery: return RecoveryPageId;
    case StepPageKind::InstallSecurePathFirst: return InstallSecurePathFirstPageId;
    case StepPageKind::ClusterPrep: return ClusterPrepPageId;
    case StepPageKind::Backup: return BackupPageId;
    case StepPageKind::SanDisconnect: return SanDisconnectPageId;
    case StepPageKind::Upgrade: return UpgradePageId;
    case StepPageKind::Restart: return RestartPageId;
    case StepPageKind::SecurePathReinstall: return SecurePathReinstallPageId;
    case StepPageKind::SanReattach: return SanReattachPageId;
    case StepPageKind::ClusterResume: return ClusterResumePageId;
    case StepPageKind::Defer: return DeferPageId;
    case StepPageKind::Summary: return SummaryPageId;
    }
    return SummaryPageId;
}

int UpgradeWizard::pageForStep(std::optional<StepId> step)
{
    return step ? pageId(StepCatalogue::page(*step)) : int(SummaryPageId);
}

int UpgradeWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePageId: return PreflightPageId;
    case SummaryPageId: return -1;
    default: break;
    }
    if (currentId() == PreflightPageId && !m_session->hasRunPlan()) {
        // Not decided yet: show where the current assessment leads.
        const Plan &plan = m_session->plan();
        if (plan.procedure == Procedure::Recovery)
            return RecoveryPageId;
        return plan.steps.isEmpty() ? int(SummaryPageId) : pageForStep(plan.steps.first().id);
    }
    // The recovery procedure opens with the evidence of the bugcheck.
    if (m_session->hasRunPlan() && m_session->runPlan().procedure == Procedure::Recovery
        && currentId() != RecoveryPageId && !m_session->isCompleted(StepId::DisconnectSan)
        && !visitedIds().contains(RecoveryPageId))
        return RecoveryPageId;
    if (m_session->isWaitingForAnotherNode())
        return SummaryPageId;
    const int id = pageForStep(m_session->nextStep());
    return id == currentId() ? int(SummaryPageId) : id;
}

void UpgradeWizard::restartAt(int id)
{
    // Deferred: this may be called from a page's own signal handler.
    QTimer::singleShot(0, this, [this, id] {
        ensurePages();
        setStartId(id);
        restart();
    });
}

void UpgradeWizard::onTrainingAction(const SimulationEvent &event)
{
    if (event.bugcheck) {
        const auto dumps = m_session->facts().crashDumps.valueOr({});
        if (!dumps.isEmpty()) {
            auto *screen = new BugcheckScreen(dumps.last(), this);
            screen->setAttribute(Qt::WA_DeleteOnClose);
            screen->show();
        }
    }
    // The page re-reads the server after every physical action.
    if (auto *page = qobject_cast<StepPage *>(currentPage()))
        page->refresh();
}

void UpgradeWizard::onStepReopened(StepId step)
{
    // The facts contradict a step done before: the run goes back to it (the page says why).
    Q_UNUSED(step)
    const int target = pageForStep(m_session->nextStep());
    if (currentId() != target && currentId() != WelcomePageId && currentId() != PreflightPageId)
        restartAt(target);
}

void UpgradeWizard::openJournalAfterFirstPaint(const QString &path)
{
    m_pendingJournal = path;
}

bool UpgradeWizard::event(QEvent *e)
{
    const bool handled = QWizard::event(e);
    if (e->type() == QEvent::Paint && !std::exchange(m_painted, true)) {
        QTimer::singleShot(0, this, [this, path = std::exchange(m_pendingJournal, QString())] {
            ensurePages();
            if (!path.isEmpty())
                m_session->openJournal(path);
        });
    }
    return handled;
}

void UpgradeWizard::reject()
{
    // Pausing is recorded, never an undo: the next start resumes from the journal.
    if (m_session->canRecord() && !m_session->runId().isEmpty() && !m_session->isFinished())
        m_session->record(RecordTopic::Pause, JournalKind::Note,
            QJsonObject{{QStringLiteral("page"), currentPage() ? currentPage()->objectName() : QString()}});
    QWizard::reject();
}

} // namespace spuw
