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
#include "ScrollPane.h"
#include "SecurePathReinstallPage.h"
#include "ServerRoomPanel.h"
#include "Session.h"
#include "StepListPanel.h"
#include "SummaryPage.h"
#include "UpgradePage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

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
    // What each of the wizard's own buttons does, for a screen reader (and for whoever hovers).
    button(QWizard::CancelButton)->setAccessibleDescription(button(QWizard::CancelButton)->toolTip());
    button(QWizard::BackButton)->setAccessibleDescription(tr("The previous page; what is recorded stays recorded."));
    button(QWizard::NextButton)
        ->setAccessibleDescription(tr("The next step of the procedure, once this page's steps are recorded."));
    button(QWizard::CommitButton)
        ->setAccessibleDescription(tr("Records that this step is done; the wizard cannot go back past it."));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Closes the wizard; the run is recorded as it ended."));
    button(QWizard::CustomButton1)
        ->setAccessibleDescription(tr("Shows every record of this run as the journal holds it."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            journalDialog()->refresh();
            journalDialog()->show();
        }
    });
    m_welcome = new WelcomePage(session, this);
    setPage(WelcomePageId, m_welcome);
    setStartId(WelcomePageId);

    // The side panel scrolls on its own: on a small screen the plan and the server room stay reachable.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_steps);
    m_room = new ServerRoomPanel(session, side);
    sideLayout->addWidget(m_room);
    // What grows (the plan, the server room's last answer) pushes only empty space: the buttons
    // above it stay where the trainee's pointer is.
    sideLayout->addStretch(1);
    m_side = new ScrollPane(side, this);
    m_side->setObjectName(QStringLiteral("sidePanel"));
    connect(m_steps, &StepListPanel::currentStepPlaced, this, [this](QWidget *list, const QRect &rect) {
        const QPoint at = list->mapTo(m_side->widget(), rect.center());
        m_side->ensureVisible(at.x(), at.y(), 0, rect.height());
    });
    connect(m_room, &ServerRoomPanel::actionPerformed, this, &UpgradeWizard::onTrainingAction);
    connect(session, &Session::stepReopened, this, &UpgradeWizard::onStepReopened);
    connect(session, &Session::procedureChanged, this, [this] {
        // A recorded switch to the recovery (the bugcheck happened): it opens with the evidence.
        if (m_session->hasRunPlan() && m_session->runPlan().procedure == Procedure::Recovery
            && !m_session->isCompleted(StepId::DisconnectSan) && currentId() != WelcomePageId
            && currentId() != PreflightPageId && currentId() != RecoveryPageId)
            restartAt(RecoveryPageId);
    });
    setSideWidget(m_side);
    // The summary is the end of the run: nothing to go back to, nothing left to pause.
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
}

void UpgradeWizard::presetSystem(const SystemPreset &preset)
{
    m_welcome->setPreset(preset);
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

void UpgradeWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (std::exchange(m_fitted, true))
        return;
    fitToScreen();
    // The window manager's frame is known only once the window is mapped: fit again with it.
    QTimer::singleShot(0, this, &UpgradeWizard::fitToScreen);
}

void UpgradeWizard::fitToScreen()
{
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    const int em = fontMetrics().averageCharWidth();
    m_side->setFixedWidth(qBound(22 * em, available.width() / 4, 40 * em));
    // What the window manager adds around the window; a title bar's worth until it is known.
    QMargins frame = windowHandle() ? windowHandle()->frameMargins() : QMargins();
    if (frame.isNull())
        frame = QMargins(4, fontMetrics().height() * 2, 4, 4);
    const QSize room = available.size().shrunkBy(frame);
    // A comfortable size where there is room, never more than the screen: long content scrolls.
    const QSize wanted = sizeHint().expandedTo(QSize(980, 720));
    const QSize size = wanted.boundedTo(room).expandedTo(minimumSize()).boundedTo(room);
    if (size != this->size())
        resize(size);
    // pos() is where the frame begins: keep all of the frame inside the available area.
    const QSize outer = size.grownBy(frame);
    QPoint at = pos();
    at.setX(qBound(available.left(), at.x(), available.right() + 1 - outer.width()));
    at.setY(qBound(available.top(), at.y(), available.bottom() + 1 - outer.height()));
    if (at != pos())
        move(at);
}

bool UpgradeWizard::confirmLeaving()
{
    if (m_question)
        return false; // already asking
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("leaveQuestion"));
    box.setIcon(QMessageBox::Question);
    QPushButton *leave = nullptr;
    const QString journal = m_session->journalPath();
    if (m_session->isFinished()) {
        box.setWindowTitle(tr("Close the wizard?"));
        box.setText(tr("Close the wizard?"));
        box.setInformativeText(tr("The run is finished and recorded in the journal %1. The upgrade record can "
                                  "still be exported from this page.")
                                   .arg(journal));
        leave = box.addButton(tr("&Close"), QMessageBox::AcceptRole);
    } else if (m_session->runId().isEmpty()) {
        box.setWindowTitle(tr("Exit the wizard?"));
        box.setText(tr("Exit the wizard?"));
        box.setInformativeText(tr("No run has begun, so nothing is recorded."));
        leave = box.addButton(tr("E&xit"), QMessageBox::AcceptRole);
    } else {
        box.setWindowTitle(tr("Pause and exit?"));
        box.setText(tr("Pause and exit?"));
        box.setInformativeText(tr("The run will be paused, not finished, and nothing is undone. To continue where "
                                  "you are now, start the wizard again with the journal %1.")
                                   .arg(journal));
        leave = box.addButton(tr("Pause and e&xit"), QMessageBox::AcceptRole);
    }
    QPushButton *stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
    leave->setAccessibleDescription(box.informativeText());
    stay->setAccessibleDescription(tr("Go back to the wizard; nothing is recorded."));
    // Esc again stays: a second Esc never closes what the first one asked about.
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    m_question = &box;
    box.exec();
    m_question = nullptr;
    return box.clickedButton() == leave;
}

void UpgradeWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        if (confirmLeaving())
            leave();
        return;
    }
    QWizard::keyPressEvent(event);
}

void UpgradeWizard::closeEvent(QCloseEvent *event)
{
    // The window's close button asks as Esc does; reject() (Pause and exit) has said it already.
    if (!m_leaving && isVisible() && !confirmLeaving()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void UpgradeWizard::leave()
{
    m_leaving = true;
    if (m_session->isFinished())
        done(QDialog::Accepted);
    else
        reject();
}

void UpgradeWizard::reject()
{
    m_leaving = true;
    // Pausing is recorded, never an undo: the next start resumes from the journal.
    if (m_session->canRecord() && !m_session->runId().isEmpty() && !m_session->isFinished())
        m_session->record(RecordTopic::Pause, JournalKind::Note,
            QJsonObject{{QStringLiteral("page"), currentPage() ? currentPage()->objectName() : QString()}});
    QWizard::reject();
}

} // namespace spuw
