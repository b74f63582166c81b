#include "SummaryPage.h"

#include "ExportButton.h"
#include "PreflightReport.h"
#include "Session.h"

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
    body()->addWidget(m_text);
    auto *exportButton = ExportButton::forRecord(session(), this);
    connect(exportButton, &ExportButton::exported, this,
        [this](bool ok, const QString &message) { showStatus(message, !ok); });
    body()->addWidget(exportButton);
}

void SummaryPage::initializePage()
{
    StepPage::initializePage();
    fill();
}

void SummaryPage::fill()
{
    const Session *s = session();
    QString html;
    const Plan &plan = s->hasRunPlan() ? s->runPlan() : s->plan();
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(PreflightReport::procedureTitle(plan.procedure).toHtmlEscaped(), plan.reason.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const PlanStep &step : plan.steps) {
        const bool done = s->isCompleted(step.id);
        html += QStringLiteral("<li>%1 %2</li>").arg(done ? tr("Done:") : tr("Not done:"), step.title.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    const auto verify = s->journal().verify();
    html += QStringLiteral("<p>%1</p>")
                .arg((verify.ok ? tr("Journal %1: %2 records, intact (head %3).")
                                      .arg(s->journalPath())
                                      .arg(verify.records)
                                      .arg(QString::fromLatin1(verify.headHash.left(16)))
                                : tr("Journal %1 is damaged: %2").arg(s->journalPath(), verify.problem))
                         .toHtmlEscaped());
    if (const SimulatedServer *sim = s->simulator()) {
        QStringList right;
        QStringList wrong;
        for (const SimulationEvent &e : sim->events()) {
            if (e.mistake)
                wrong << QStringLiteral("<li><b>%1</b> (%2)<br/><i>KB 817409: \"%3\"</i></li>")
                             .arg(e.message.toHtmlEscaped(), e.node.toHtmlEscaped(), e.kb.toHtmlEscaped());
            else if (e.ok)
                right << QStringLiteral("<li>%1 (%2)</li>").arg(e.message.toHtmlEscaped(), e.node.toHtmlEscaped());
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Debrief").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("Done right:").toHtmlEscaped(), right.join(QString()));
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(wrong.isEmpty() ? tr("No mistakes against KB 817409.").toHtmlEscaped()
                                         : tr("Mistakes:").toHtmlEscaped(),
                        wrong.join(QString()));
    }
    m_text->setHtml(html);
}

bool SummaryPage::isComplete() const
{
    return session()->canRecord() || session()->isFinished();
}

bool SummaryPage::validatePage()
{
    if (session()->isFinished())
        return true;
    if (!session()->finishRun()) {
        showStatus(session()->lastRefusal().isEmpty() ? session()->recordingError() : session()->lastRefusal(), true);
        return false;
    }
    return true;
}

} // namespace spuw
