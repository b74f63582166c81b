#include "StepPage.h"

#include "ScrollPane.h"
#include "ServerWaitPanel.h"
#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace spuw {

StepPage::StepPage(Session *session, QList<StepId> steps, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_steps(std::move(steps))
    , m_body(new QVBoxLayout)
    , m_watcher(new QFutureWatcher<ProbeResult>(this))
{
    // Everything the page shows scrolls when the window is small (a 200 % scale on a small screen, a
    // long translation): a page's controls stay reachable instead of being cut off.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
    m_scroll = new ScrollPane(m_content, this);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    outer->addWidget(m_scroll);

    connect(m_session, &Session::probeChanged, this, &StepPage::updateBanner);
    // Whoever says completeChanged() (this page, or QWizard for a mandatory field), the wizard reads
    // the page then: note what it read. Connected before the wizard's own slot.
    connect(this, &QWizardPage::completeChanged, this, [this] {
        if (const auto now = completeness())
            m_toldCompleteness = now;
    });
    connect(m_watcher, &QFutureWatcher<ProbeResult>::finished, this, &StepPage::onProbeDone);
    // What the page shows of the session is derived from it again whenever it changes.
    connect(m_session, &Session::stepsChanged, this, &StepPage::followSession);
    connect(m_session, &Session::journalOpened, this, &StepPage::followSession);
    connect(m_session, &Session::recorded, this, &StepPage::followSession);
    connect(m_session, &Session::recordingFailed, this, &StepPage::followSession);
}

void StepPage::followSession()
{
    if (!m_built)
        return; // initializePage() builds the page and derives it all
    updateRecordingProblem();
    updateButtons();
    updateCompleteness(); // only the page on screen tells the wizard
}

void StepPage::buildFrame()
{
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    m_banner = new WrappedLabel({}, this);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    // Palettes, not style sheets: a style sheet on every page makes the wizard start noticeably slower.
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_banner->setLineWidth(2);
    m_banner->setMargin(6);
    QPalette banner = m_banner->palette();
    banner.setColor(QPalette::Window, QColor(0xff, 0xd5, 0x4f));
    banner.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(banner);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    layout->insertWidget(0, m_banner);
    m_status = new WrappedLabel({}, this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_recordingProblem = new WrappedLabel({}, this);
    m_recordingProblem->setObjectName(QStringLiteral("recordingProblem"));
    QPalette problem = m_recordingProblem->palette();
    problem.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_recordingProblem->setPalette(problem);
    m_recordingProblem->setFont(bold);
    m_recordingProblem->hide();
    layout->addWidget(m_recordingProblem);
    m_wait = new ServerWaitPanel(this);
    connect(m_wait, &ServerWaitPanel::retryRequested, this, &StepPage::refresh);
    layout->insertWidget(1, m_wait);
    updateBanner();
}

StepPage::~StepPage()
{
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void StepPage::updateRecordingProblem()
{
    // Shown with the session's reason only. A journal not opened yet (the application opens it once
    // the window is painted) is no problem to show in red: Next stays disabled until it is open, and
    // a failure to open it sets the reason.
    const QString error = m_session->canRecord() ? QString() : m_session->recordingError();
    if (!error.isEmpty())
        m_recordingProblem->setText(tr("The journal cannot record, so the wizard will not go on: %1").arg(error));
    Visibility::set(m_recordingProblem, !error.isEmpty());
}

void StepPage::updateBanner()
{
    if (!m_banner)
        return; // not built yet: buildFrame() sets it
    const SimulatedServer *sim = m_session->simulator();
    Visibility::set(m_banner, sim != nullptr);
    if (sim)
        m_banner->setText(tr("TRAINING - scenario \"%1\": simulated server - nothing on this machine is changed.")
                              .arg(sim->scenario().title));
}

QLabel *StepPage::makeLabel(const QString &text)
{
    auto *label = new WrappedLabel(text, this);
    // Labels filled in later carry the server's state, worth copying into a ticket. Fixed
    // instructions are not made selectable: a selectable label lays out through a QTextDocument,
    // which made the first page noticeably slower to appear.
    if (text.isEmpty())
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool StepPage::isComplete() const
{
    // Nothing goes on while the server does not answer: its facts are checked again first.
    if (!m_session->canRecord() || isProbing() || !m_session->hasContact())
        return false;
    // A step handed on (escalated) lets the run go on to its end, which then says it is not complete.
    for (StepId id : m_steps) {
        if (!m_session->isCompleted(id) && m_session->stepState(id) != StepState::Escalated)
            return false;
    }
    return pageConditionHolds();
}

bool StepPage::isProbing() const
{
    return m_probing || m_readWhenPainted;
}

std::optional<std::pair<bool, int>> StepPage::completeness() const
{
    const QWizard *w = wizard();
    if (!w || w->currentPage() != this)
        return std::nullopt; // the wizard reads a page when it shows it
    return std::pair<bool, int>{isComplete(), w->nextId()};
}

void StepPage::updateCompleteness()
{
    const auto now = completeness();
    if (now && now != m_toldCompleteness)
        Q_EMIT completeChanged(); // noted by the slot connected in the constructor
}

bool StepPage::event(QEvent *e)
{
    // The wizard hides the page it leaves (HideToParent: this page itself, not an ancestor; the
    // wizard also hides everything it holds each time it re-reads the current page).
    if (e->type() == QEvent::HideToParent)
        m_toldCompleteness.reset();
    const bool handled = QWizardPage::event(e);
    if (e->type() == QEvent::Paint && m_readWhenPainted) {
        QTimer::singleShot(0, this, [this] {
            if (m_readWhenPainted)
                refresh();
        });
    }
    return handled;
}

void StepPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    buildFrame();
    buildBody();
}

void StepPage::initializePage()
{
    ensureBuilt();
    updateButtons();
    updateRecordingProblem();
    showStatus({}, false);
    // A step of this page that a re-check reopened says why.
    if (const NodeRun *node = m_session->currentNode()) {
        for (StepId id : m_steps) {
            if (node->reopened.contains(id) && !node->isCompleted(id))
                showStatus(tr("Reopened: this step was done, but the server now shows otherwise. %1 Do it again.")
                               .arg(node->reopened.value(id).message),
                    true);
        }
    }
    // Revisiting a page re-verifies: the server is read again every time. The page that opens the
    // window reads once it is painted, so the window appears without waiting for the first result
    // (a timer covers a window that is never painted, minimised say).
    if (!readsServer()) {
        m_readWhenPainted = false;
    } else if (window()->isVisible()) {
        refresh();
    } else if (!std::exchange(m_readWhenPainted, true)) {
        QTimer::singleShot(250, this, [this] {
            if (m_readWhenPainted)
                refresh();
        });
    }
}

void StepPage::cleanupPage()
{
    m_afterProbe = nullptr;
    if (m_wait)
        m_wait->stop();
    m_readWhenPainted = false;
    m_watcher->cancel();
    if (!m_watcher->isRunning())
        m_probing = false;
}

void StepPage::refresh()
{
    m_readWhenPainted = false;
    if (m_probing || !m_session->probe())
        return;
    m_probing = true;
    const Probe *probe = m_session->probe();
    m_watcher->setFuture(QtConcurrent::run([probe] { return probe->probe(); }));
    updateCompleteness();
}

void StepPage::onProbeDone()
{
    m_probing = false;
    if (m_watcher->isCanceled()) {
        updateCompleteness();
        return;
    }
    const ProbeResult result = m_watcher->result();
    m_session->applyProbeResult(result); // records losing and regaining contact; facts only when read
    if (result.contactLost) {
        // The server is away (restarting, say): wait for it; a check asked for runs once it answers.
        const QString server = m_session->facts().computerName.valueOr(m_session->probe()->description());
        m_wait->wait(server, m_session->run().contactLostSince(), result.error);
        updateButtons();
        updateCompleteness();
        Q_EMIT probeFinished();
        return;
    }
    m_wait->stop();
    if (!result.ok()) {
        // Nothing was read: no step is judged by the facts of before.
        m_afterProbe = nullptr;
        showStatus(tr("The server could not be read: %1").arg(result.error), true);
    } else {
        onFactsRefreshed();
    }
    updateButtons();
    if (auto next = std::exchange(m_afterProbe, nullptr))
        next();
    updateCompleteness();
    Q_EMIT probeFinished();
}

void StepPage::showStatus(const QString &text, bool problem)
{
    if (problem && qEnvironmentVariableIsSet("SPUW_DEBUG_STATUS"))
        qWarning("status: %s", qPrintable(text));
    ensureBuilt();
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    m_status->setPalette(palette);
    // What a button just did is said where the operator looks: scrolled into view once laid out.
    if (!text.isEmpty())
        QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_status); });
}

void StepPage::scrollTo(QWidget *widget)
{
    QTimer::singleShot(0, this, [this, widget = QPointer<QWidget>(widget)] {
        if (widget)
            m_scroll->ensureWidgetVisible(widget);
    });
}

QPushButton *StepPage::addCheckButton(StepId step, const QString &text)
{
    auto *button = new WrapButton(text, this);
    button->setObjectName(QStringLiteral("check-") + StepCatalogue::key(step));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(tr("Reads the server again and records \"%1\" as done when its facts show it.")
                                         .arg(StepCatalogue::title(step)));
    connect(button, &QPushButton::clicked, this, [this, step] {
        m_afterProbe = [this, step] {
            const bool ok = m_session->verifyStep(step);
            if (ok)
                showStatus(tr("Checked and recorded in the journal (record %1, head hash %2).")
                               .arg(m_session->journal().headSeq())
                               .arg(QString::fromLatin1(m_session->journal().headHash().left(16))),
                    false);
            else
                showStatus(m_session->lastRefusal(), true);
            onStepAnswered(step, ok);
        };
        refresh();
    });
    m_stepButtons << qMakePair(step, button);
    return button;
}

QPushButton *StepPage::addAttestButton(StepId step, const QString &text, std::function<QJsonObject()> detail)
{
    auto *button = new WrapButton(text, this);
    button->setObjectName(QStringLiteral("attest-") + StepCatalogue::key(step));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(
        tr("Records your statement that \"%1\" is done, under your name; refused when the facts contradict it.")
            .arg(StepCatalogue::title(step)));
    connect(button, &QPushButton::clicked, this, [this, step, text, detail] {
        QJsonObject statement = detail ? detail() : QJsonObject();
        statement.insert(QStringLiteral("statement"), QString(text).remove(QLatin1Char('&')));
        const bool ok = m_session->attestStep(step, statement);
        if (ok)
            showStatus(tr("Your statement is recorded in the journal (record %1, head hash %2).")
                           .arg(m_session->journal().headSeq())
                           .arg(QString::fromLatin1(m_session->journal().headHash().left(16))),
                false);
        else
            showStatus(m_session->lastRefusal(), true);
        onStepAnswered(step, ok);
    });
    m_stepButtons << qMakePair(step, button);
    return button;
}

QPushButton *StepPage::addStepButton(
    StepId step, const QString &checkText, const QString &attestText, std::function<QJsonObject()> detail)
{
    return m_session->canVerify(step) ? addCheckButton(step, checkText)
                                      : addAttestButton(step, attestText, std::move(detail));
}

void StepPage::updateButtons()
{
    for (const auto &[step, button] : std::as_const(m_stepButtons)) {
        const bool done = m_session->isCompleted(step);
        button->setEnabled(!done && m_session->canRecord() && stepInputComplete(step));
        const QString lock = done ? QString() : m_session->interlock(step).message;
        button->setToolTip(done ? tr("Done and recorded.") : lock);
    }
}

} // namespace spuw
