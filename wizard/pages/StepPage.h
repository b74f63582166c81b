#pragma once

#include "SimulatedServer.h"
#include "StepCatalogue.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWizardPage>

#include <functional>
#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace spuw {

class ServerWaitPanel;
class Session;
struct ProbeResult;

// Base of every page: the training banner, a body for the page's own widgets, a status line, the
// asynchronous re-probe, and the buttons that verify or attest a step through the session. A page
// is complete only when the session has recorded its steps and can still record.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(Session *session, QList<StepId> steps, QWidget *parent = nullptr);
    ~StepPage() override;

    bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override;
    bool isProbing() const;
    // Pages build their widgets, the banner and status lines included, when first shown: QWizard
    // lays out every page to size itself, and a dozen pages of wrapped text made the first paint
    // several times slower; every widget created is also polished before the first paint.
    void ensureBuilt();

    // Re-reads the server off the GUI thread; onFactsRefreshed() runs when the result is applied.
    void refresh();

Q_SIGNALS:
    void probeFinished();

protected:
    Session *session() const { return m_session; }
    QVBoxLayout *body() const { return m_body; }
    QList<StepId> steps() const { return m_steps; }
    virtual void onFactsRefreshed() { }
    // After a step's check or attestation was answered (ok: recorded; otherwise refused).
    virtual void onStepAnswered(StepId step, bool ok)
    {
        Q_UNUSED(step)
        Q_UNUSED(ok)
    }
    // Whether the page reads the server when it is shown (the summary of a finished run does not).
    virtual bool readsServer() const { return true; }
    virtual void buildBody() { }
    virtual bool pageConditionHolds() const { return true; }
    // Whether the page has what a step's button needs (a backup's media, say).
    virtual bool stepInputComplete(StepId step) const
    {
        Q_UNUSED(step)
        return true;
    }

    // "Check again": re-probe, then let the session verify the step from the facts.
    QPushButton *addCheckButton(StepId step, const QString &text);
    // The operator's word, recorded with what the page collected; refused when facts contradict it.
    QPushButton *addAttestButton(StepId step, const QString &text, std::function<QJsonObject()> detail = {});
    // A check where the probe can prove the step, an attestation where it cannot.
    QPushButton *addStepButton(
        StepId step, const QString &checkText, const QString &attestText, std::function<QJsonObject()> detail = {});
    void showStatus(const QString &text, bool problem);
    // Scrolls the page so that `widget` is in view (once the layout has placed it).
    void scrollTo(QWidget *widget);
    void updateButtons();
    // Has the wizard re-read isComplete() and nextId() when either answer has changed (instead of
    // emitting completeChanged()). Each time QWizard re-reads them it hides and shows all it holds
    // (its anti-flicker widget), so the whole window is laid out and painted again: a signal for
    // nothing new cost a full repaint, on every probe, journal record and keystroke.
    void updateCompleteness();
    // Word-wrapped; selectable when created empty (for state filled in later).
    QLabel *makeLabel(const QString &text = {});

private:
    bool event(QEvent *e) override;
    void onProbeDone();
    void buildFrame();
    void updateBanner();
    void updateRecordingProblem();
    void followSession();
    // (isComplete(), the wizard's nextId()) while this page is the current one.
    std::optional<std::pair<bool, int>> completeness() const;

    Session *m_session;
    QList<StepId> m_steps;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_body;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_recordingProblem = nullptr;
    ServerWaitPanel *m_wait = nullptr;
    QFutureWatcher<ProbeResult> *m_watcher;
    std::function<void()> m_afterProbe;
    QList<QPair<StepId, QPushButton *>> m_stepButtons;
    bool m_built = false;
    bool m_probing = false; // from refresh() until its result has been applied
    bool m_readWhenPainted = false; // the window is opening with this page: read once it is painted
    // What the wizard last read from this page (isComplete(), nextId()) while it was on screen;
    // forgotten when the wizard leaves the page, as it reads them again when it shows the page.
    std::optional<std::pair<bool, int>> m_toldCompleteness;
};

} // namespace spuw
