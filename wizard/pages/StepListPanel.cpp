#include "StepListPanel.h"

#include "PreflightReport.h"
#include "Session.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace spuw {

namespace {

// A list as tall as all its (word-wrapped) items at its current width: the side panel scrolls
// instead, so no step hides in a second scrolling list.
class FittedList final : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return QSize(QListWidget::sizeHint().width(), fittedHeight()); }
    QSize minimumSizeHint() const override { return QSize(QListWidget::minimumSizeHint().width(), fittedHeight()); }

protected:
    void updateGeometries() override
    {
        QListWidget::updateGeometries();
        // The items were laid out again (new steps, another width): the height follows them.
        if (std::exchange(m_height, fittedHeight()) != m_height)
            updateGeometry();
    }

private:
    int fittedHeight() const { return contentsSize().height() + 2 * frameWidth() + 2; }
    int m_height = 0;
};

} // namespace

StepListPanel::StepListPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heading(new WrappedLabel({}, this)), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("StepListPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_heading);
    connect(m_session, &Session::stepsChanged, this, &StepListPanel::refresh);
    refresh();
}

void StepListPanel::refresh()
{
    if (!m_session->hasRunPlan()) {
        m_heading->setText(tr("Procedure: not chosen yet"));
        if (m_list)
            m_list->clear();
        return;
    }
    if (!m_list) {
        // Created with the first plan: an empty list view on the first page only cost start-up time.
        m_list = new FittedList(this);
        m_list->setObjectName(QStringLiteral("stepList"));
        m_list->setAccessibleName(tr("Steps of the procedure"));
        m_list->setWordWrap(true);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setSelectionMode(QAbstractItemView::NoSelection);
        m_list->setAccessibleDescription(tr("Each step of the chosen procedure with its state: done, now, "
                                            "blocked, to do, reopened or escalated."));
        // As tall as its steps: the side panel around it scrolls, so no step is hidden in a second
        // scrolling list, and the server room below it does not move when the list changes.
        m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        m_list->setTextElideMode(Qt::ElideNone);
        m_list->setResizeMode(QListView::Adjust);
        m_layout->addWidget(m_list);
    }
    m_list->clear();
    const Plan plan = m_session->runPlan();
    const QString title = PreflightReport::procedureTitle(plan.procedure);
    m_heading->setText(m_session->run().clusterNodes().isEmpty()
            ? title
            : tr("%1: %2").arg(m_session->currentNode()->computer, title));
    int n = 1;
    QListWidgetItem *now = nullptr;
    for (const PlanStep &step : plan.steps) {
        QString mark;
        const StepState state = m_session->stepState(step.id);
        switch (state) {
        case StepState::Done: mark = tr("done"); break;
        case StepState::Current: mark = tr("now"); break;
        case StepState::Blocked: mark = tr("blocked"); break;
        case StepState::Pending: mark = tr("to do"); break;
        case StepState::Reopened: mark = tr("reopened"); break;
        case StepState::Escalated: mark = tr("escalated"); break;
        }
        auto *item = new QListWidgetItem(tr("%1. %2 [%3]").arg(n++).arg(step.title, mark), m_list);
        item->setData(Qt::UserRole, StepCatalogue::key(step.id));
        item->setToolTip(step.kb);
        if (state == StepState::Done)
            item->setForeground(QColor(0x1b, 0x5e, 0x20));
        else if (state == StepState::Blocked || state == StepState::Reopened || state == StepState::Escalated)
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        QFont f = item->font();
        f.setBold(step.id == m_session->nextStep());
        item->setFont(f);
        if (step.id == m_session->nextStep())
            now = item;
    }
    // A long cluster plan shows where the run is: the side panel scrolls to the current step once the
    // list has been laid out at its width.
    if (now) {
        QTimer::singleShot(0, this, [this] {
            for (int i = 0; m_list && i < m_list->count(); ++i) {
                if (m_list->item(i)->font().bold())
                    Q_EMIT currentStepPlaced(m_list->viewport(), m_list->visualItemRect(m_list->item(i)));
            }
        });
    }
}

} // namespace spuw
