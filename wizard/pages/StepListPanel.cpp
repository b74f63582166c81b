#include "StepListPanel.h"

#include "PreflightReport.h"
#include "Session.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace spuw {

StepListPanel::StepListPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heading(new WrappedLabel({}, this)), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("StepListPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_heading);
    m_layout->addStretch(1); // the list takes its place once there are steps
    setMinimumWidth(230);
    setMaximumWidth(300);
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
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("stepList"));
        m_list->setAccessibleName(tr("Steps of the procedure"));
        m_list->setWordWrap(true);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setSelectionMode(QAbstractItemView::NoSelection);
        delete m_layout->takeAt(1);
        m_layout->addWidget(m_list, 1);
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
    if (now)
        m_list->scrollToItem(now); // a long cluster plan shows where the run is
}

} // namespace spuw
