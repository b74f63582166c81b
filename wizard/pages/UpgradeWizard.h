#pragma once

#include "StepId.h"

#include <QWizard>

#include <optional>

namespace spuw {

class JournalDialog;
class ServerRoomPanel;
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

public Q_SLOTS:
    void reject() override;

protected:
    bool event(QEvent *event) override;

private:
    void onTrainingAction(const SimulationEvent &event);
    void onStepReopened(StepId step);

    Session *m_session;
    StepListPanel *m_steps;
    ServerRoomPanel *m_room = nullptr;
    JournalDialog *m_journal = nullptr;
    bool m_recoveryShown = false;
    bool m_pagesCreated = false;
    bool m_painted = false;
    QString m_pendingJournal;
};

} // namespace spuw
