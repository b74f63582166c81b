#include "SummaryPage.h"

#include "ExportButton.h"
#include "PreflightReport.h"
#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace spuw {

SummaryPage::SummaryPage(Session *sessionRef, QWidget *parent) : StepPage(sessionRef, {}, parent)
{
    setObjectName(QStringLiteral("SummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What was done, as the journal records it."));
    setFinalPage(true);
}

void SummaryPage::buildBody()
{
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setAccessibleName(tr("Summary"));
    m_text->setAccessibleDescription(tr("What was done in this run as the journal records it, and in training "
                                        "the debrief."));
    body()->addWidget(m_text);
    auto *exportButton = ExportButton::forRecord(session(), this);
    connect(exportButton, &ExportButton::exported, this,
        [this](bool ok, const QString &message) { showStatus(message, !ok); });
    body()->addWidget(exportButton, 0, Qt::AlignLeft);
    m_nextNode = new WrapButton(tr("Connect to the &next node..."), this);
    m_nextNode->setAccessibleDescription(
        tr("Goes back to the first page to choose the next node's agent; the run goes on there."));
    m_nextNode->setObjectName(QStringLiteral("connectNextNode"));
    m_nextNode->setToolTip(tr("Choose the next node's agent on the first page; the run goes on there."));
    connect(m_nextNode, &QPushButton::clicked, this, &SummaryPage::nextNodeRequested);
    body()->addWidget(m_nextNode, 0, Qt::AlignLeft);
}

void SummaryPage::initializePage()
{
    StepPage::initializePage();
    // The summary is the end of the run, and is recorded as such when it is shown: what it says, what
    // is exported from it and what the journal holds agree, and closing the window loses nothing.
    // A cluster node whose other nodes follow is not the end: the run waits for them.
    Session *s = session();
    if (!s->isFinished() && !s->isWaitingForAnotherNode() && !s->runId().isEmpty() && s->canRecord() && !s->finishRun())
        showStatus(s->lastRefusal().isEmpty() ? s->recordingError() : s->lastRefusal(), true);
    fill();
}

bool SummaryPage::readsServer() const
{
    return false; // it shows the journal, not the server
}

void SummaryPage::fill()
{
    const Session *s = session();
    const RunState &run = s->run();
    QString html;
    const NodeRun *current = s->currentNode();
    if (!current || !current->decided) {
        const Plan &plan = s->plan();
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(PreflightReport::procedureTitle(plan.procedure).toHtmlEscaped(), plan.reason.toHtmlEscaped());
    }
    // Every node of the run, as its journal says.
    for (const NodeRun &node : run.nodes()) {
        if (!node.decided)
            continue;
        html
            += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                   .arg(
                       tr("%1: %2").arg(node.computer, PreflightReport::procedureTitle(node.procedure)).toHtmlEscaped(),
                       node.reason.toHtmlEscaped());
        for (StepId step : node.steps) {
            const QString title = StepCatalogue::title(step);
            const QString line = node.isCompleted(step) ? tr("Done: %1").arg(title)
                : node.escalated.contains(step) ? tr("Escalated: %1 (%2)").arg(title, node.escalated.value(step))
                                                : tr("Not done: %1").arg(title);
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (run.isFinished()) {
        bool complete = true;
        for (const NodeRun &node : run.nodes())
            complete = complete && (!node.decided || (node.isComplete() && !node.isDeferred()));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg((complete ? tr("The run is finished and complete, as recorded in the journal.")
                                   : tr("The run is finished, NOT complete, as recorded in the journal: the steps "
                                        "not done above are the reason."))
                             .toHtmlEscaped());
    }
    if (s->isWaitingForAnotherNode())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("This node is done. The run continues on %1: start the wizard for that node with the same "
                            "journal (%2).")
                             .arg(run.remainingNodes().join(QStringLiteral(", ")), s->journalPath())
                             .toHtmlEscaped());
    const auto verify = s->journal().verify();
    html += QStringLiteral("<p>%1</p>")
                .arg((verify.ok ? tr("Journal %1: %2 records, intact (head %3).")
                                      .arg(s->journalPath(), QString::number(verify.records),
                                          QString::fromLatin1(verify.headHash.left(16)))
                                : tr("Journal %1 is damaged: %2").arg(s->journalPath(), verify.problem))
                         .toHtmlEscaped());
    if (s->isTraining()) {
        // The debrief is the journal's: the trainee's actions as recorded, judged by the step rules.
        const Debrief d = run.debrief();
        QStringList right;
        QStringList wrong;
        for (const DebriefItem &m : d.mistakes)
            wrong << QStringLiteral("<li><b>%1</b> (%2)<br/><i>KB 817409: \"%3\"</i></li>")
                         .arg(m.text.toHtmlEscaped(), m.node.toHtmlEscaped(), m.kb.toHtmlEscaped());
        for (const DebriefItem &r : d.doneRight)
            right << QStringLiteral("<li>%1 (%2)</li>").arg(r.text.toHtmlEscaped(), r.node.toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Debrief").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("Done right:").toHtmlEscaped(), right.join(QString()));
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(wrong.isEmpty() ? tr("No mistakes against KB 817409.").toHtmlEscaped()
                                         : tr("Mistakes:").toHtmlEscaped(),
                        wrong.join(QString()));
    }
    m_text->setHtml(html);
    Visibility::set(m_nextNode, s->isWaitingForAnotherNode());
}

bool SummaryPage::isComplete() const
{
    return session()->canRecord() || session()->isFinished();
}

bool SummaryPage::validatePage()
{
    if (session()->isFinished())
        return true;
    if (session()->isWaitingForAnotherNode()) {
        // Not the end of the run: the other nodes follow. Leaving is a pause, recorded as one.
        return session()->record(RecordTopic::Pause, JournalKind::Note,
            QJsonObject{
                {QStringLiteral("waiting_for"), QJsonArray::fromStringList(session()->run().remainingNodes())}});
    }
    if (!session()->finishRun()) {
        showStatus(session()->lastRefusal().isEmpty() ? session()->recordingError() : session()->lastRefusal(), true);
        return false;
    }
    return true;
}

} // namespace spuw
