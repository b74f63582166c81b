#pragma once

#include "StepId.h"

#include <QWizard>

#include <optional>

class QScrollArea;

namespace spuw {

class JournalDialog;
class ServerRoomPanel;
class WelcomePage;
struct SystemPreset;
class Session;
class StepListPanel;
struct SimulationEvent;

// The wizard: one page per step. The plan decides the order (nextId asks the session), the side
// panel shows the plan's steps, and "Pause and exit" replaces a destructive Cancel.
class UpgradeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        PreflightPageId,
        RecoveryPageId,
        InstallSecurePathFirstPageId,
        ClusterPrepPageId,
        BackupPageId,
        SanDisconnectPageId,
        UpgradePageId,
        RestartPageId,
        SecurePathReinstallPageId,
        SanReattachPageId,
        ClusterResumePageId,
        DeferPageId,
        SummaryPageId,
    };

    explicit UpgradeWizard(Session *session, QWidget *parent = nullptr);
    // What the command line named as the system (and why it could not be used): the welcome page
    // shows it. Call before show().
    void presetSystem(const SystemPreset &preset);

    int nextId() const override;
    bool validateCurrentPage() override;
    // The pages after the welcome page are created once the window has been painted (or when
    // something needs them first): the first page appears without waiting for thirteen others.
    void ensurePages();
    // The page that shows a step (the step catalogue names it); the summary when there is none.
    static int pageForStep(std::optional<StepId> step);
    static int pageId(StepPageKind kind);
    // Clears the history and continues at `id` (recovery after a bugcheck, the next cluster node).
    void restartAt(int id);
    ServerRoomPanel *serverRoom() const { return m_room; }
    StepListPanel *stepList() const { return m_steps; }
    JournalDialog *journalDialog();
    // Opens the session's journal once the window has been painted: creating a journal syncs the
    // disk several times, and until it is open the wizard cannot go on anyway.
    void openJournalAfterFirstPaint(const QString &path);

    // What leaving the window now means, asked when the operator presses Esc or closes the window
    // (the "Pause and exit" button says it already): true when the operator confirms.
    bool confirmLeaving();
    // The dialog confirmLeaving() shows, for tests (null when none is open).
    QWidget *leavingQuestion() const { return m_question; }

public Q_SLOTS:
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onTrainingAction(const SimulationEvent &event);
    void onStepReopened(StepId step);
    // Never larger than the screen's available area, the side panel as wide as the screen allows.
    void fitToScreen();
    // Leaves after the operator confirmed: a finished run just closes, any other is paused.
    void leave();

    Session *m_session;
    StepListPanel *m_steps;
    WelcomePage *m_welcome;
    ServerRoomPanel *m_room = nullptr;
    JournalDialog *m_journal = nullptr;
    QScrollArea *m_side;
    QWidget *m_question = nullptr;
    bool m_fitted = false;
    bool m_leaving = false; // confirmed: the window closes without asking again
    bool m_recoveryShown = false;
    bool m_pagesCreated = false;
    bool m_painted = false;
    QString m_pendingJournal;
};

} // namespace spuw
