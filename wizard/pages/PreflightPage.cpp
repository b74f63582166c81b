#include "PreflightPage.h"

#include "ExportButton.h"
#include "FactTable.h"
#include "LiveFacts.h"
#include "PreflightReport.h"
#include "ReportWriter.h"
#include "SanVolumesAnswer.h"
#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"
#include "WrapDelegate.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace spuw {

PreflightPage::PreflightPage(Session *sessionRef, QWidget *parent) : StepPage(sessionRef, {}, parent)
{
    setObjectName(QStringLiteral("PreflightPage"));
    setTitle(tr("Preflight"));
    setSubTitle(tr("What the server's own files say, and which procedure of KB 817409 that allows."));
}

void PreflightPage::buildBody()
{
    // Training: the scenario's briefing stays in view while the trainee reads the facts.
    m_briefing = makeLabel();
    m_briefing->setObjectName(QStringLiteral("briefing"));
    body()->addWidget(m_briefing);
    m_facts = new QTableWidget(0, 3, this);
    m_verdict = new QTextBrowser(this);
    m_sanQuestion = new QWidget(this);
    m_sanAnswer = new QLineEdit(this);
    m_bugcheck = new WrapCheckBox(tr("&This server already stops with BAD_POOL_CALLER (bugcheck 0xC2)"), this);
    m_facts->setObjectName(QStringLiteral("factsTable"));
    m_facts->setAccessibleName(tr("Facts about the server"));
    m_facts->setAccessibleDescription(
        tr("Each fact the wizard read, its value, and where it came from: a registry value, a file, your answer, "
           "or the training scenario."));
    m_facts->setHorizontalHeaderLabels({tr("Fact"), tr("Value"), tr("Source")});
    // Every fact whole, at any width and in any language: the value and source columns share the
    // width and wrap; the table is as tall as its rows, and the page scrolls.
    m_facts->setItemDelegate(new WrapDelegate(m_facts));
    m_facts->setWordWrap(true);
    m_facts->setTextElideMode(Qt::ElideNone);
    m_facts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_facts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_facts->verticalHeader()->hide();
    m_facts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_facts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_facts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setAccessibleDescription(
        tr("The procedure of KB 817409 these facts allow, why, and every blocker with the sentence it enforces."));
    m_verdict->setMinimumHeight(120);
    m_sanAnswer->setObjectName(QStringLiteral("sanAnswer"));
    m_sanAnswer->setAccessibleName(tr("SAN volumes"));
    m_sanAnswer->setAccessibleDescription(
        tr("Drive letters of the volumes on the SAN, such as E:, F:, or none. Your answer, recorded as yours."));
    m_sanAnswer->setPlaceholderText(tr("E:, F: or none"));
    auto *apply = new WrapButton(tr("&Use these SAN volumes"), m_sanQuestion);
    apply->setObjectName(QStringLiteral("applySanVolumes"));
    apply->setAccessibleDescription(tr("Uses the drive letters typed beside it as the answer, and assesses again."));
    auto *sanRow = new QHBoxLayout(m_sanQuestion);
    sanRow->setContentsMargins(0, 0, 0, 0);
    auto *sanLabel = new WrappedLabel(tr("Which volumes are on the &SAN?"), m_sanQuestion);
    sanLabel->setBuddy(m_sanAnswer);
    sanRow->addWidget(sanLabel);
    sanRow->addWidget(m_sanAnswer, 1);
    sanRow->addWidget(apply);
    m_sanQuestion->hide();
    m_bugcheck->setObjectName(QStringLiteral("reportBugcheck"));
    m_bugcheck->setAccessibleDescription(
        tr("Tick it when the server already stops with the 0xC2 bugcheck at every start: the recovery applies."));
    body()->addWidget(m_facts);
    body()->addWidget(m_sanQuestion);
    body()->addWidget(m_bugcheck, 0, Qt::AlignLeft);
    body()->addWidget(m_verdict, 2);
    connect(apply, &QPushButton::clicked, this, [this] {
        const SanVolumesAnswer answer = SanVolumesAnswer::parse(m_sanAnswer->text());
        if (answer.state == SanVolumesAnswer::State::Invalid) {
            showStatus(answer.error, true);
            return;
        }
        if (!answer.answered()) {
            // An empty field is no answer: "none" says there are no SAN volumes.
            showStatus(tr("Type the SAN volumes' drive letters (E:, F:) or none."), true);
            return;
        }
        showStatus({}, false);
        session()->answerSanVolumes(answer.volumes);
        onFactsRefreshed();
    });
    connect(m_bugcheck, &QCheckBox::toggled, this, [this](bool on) {
        session()->reportBugcheck(on);
        onFactsRefreshed();
    });
    auto *save = new ExportButton(
        tr("Save the &assessment..."), tr("Assessment (*.json *.txt)"),
        [this]() -> ExportButton::Job {
            const PreflightReport report(session()->probeResult(), session()->plan(), session()->probe()->kind(),
                session()->probe()->description());
            return [report](const QString &path, QString *error) {
                const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                    ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)
                    : report.toText().toUtf8();
                return ReportWriter::writeText(bytes, path, true, error);
            };
        },
        this);
    save->setObjectName(QStringLiteral("saveAssessment"));
    save->setAccessibleDescription(tr("Writes these facts, the verdict and its reasons to a JSON or text file."));
    connect(save, &ExportButton::exported, this, [this](bool ok, const QString &message) { showStatus(message, !ok); });
    body()->addWidget(save, 0, Qt::AlignLeft);
}

void PreflightPage::onFactsRefreshed()
{
    const SystemFacts &f = session()->facts();
    QList<std::tuple<QString, QString, QString>> rows;
    for (const FactRow &row : FactTable::rows(f))
        rows << std::make_tuple(row.label, row.value, row.source);
    // What a live server's disks say about their bus: evidence for the operator's answer below.
    for (const VolumeEvidence &e : session()->probeResult().volumeEvidence) {
        const QString verdict = e.verdict == VolumeEvidence::Verdict::PointsToSan ? tr("points to the SAN")
            : e.verdict == VolumeEvidence::Verdict::PointsAway                    ? tr("points away from the SAN")
                                                                                  : tr("says nothing either way");
        rows << std::make_tuple(tr("Disk %1").arg(e.volume), LiveFacts::evidenceText(e),
            tr("IOCTL_STORAGE_QUERY_PROPERTY: %1 (evidence, not an answer)").arg(verdict));
    }
    const QStringList suggested = session()->probeResult().volumesPointingToSan();
    if (!f.sanVolumes.known() && m_sanAnswer->text().isEmpty() && !suggested.isEmpty()) {
        m_sanAnswer->setText(suggested.join(QStringLiteral(", ")));
        m_sanAnswer->setToolTip(tr("Suggested by the disks' bus and product ids. Check it against the SAN's own "
                                   "records before you use it."));
    }
    m_facts->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_facts->setItem(i, 0, new QTableWidgetItem(std::get<0>(rows.at(i))));
        m_facts->setItem(i, 1, new QTableWidgetItem(std::get<1>(rows.at(i))));
        m_facts->setItem(i, 2, new QTableWidgetItem(std::get<2>(rows.at(i))));
    }
    m_sanQuestion->setVisible(!f.sanVolumes.known() || f.sanVolumes.origin == FactOrigin::Operator);
    // The box says what is known of the bugcheck: ticked when the facts (crash dumps, a server that
    // stops at every start) already show it, and then not the operator's to untick.
    const bool reported = f.operatorReportsBugcheck.valueOr(false);
    const bool shown = !reported && session()->plan().procedure == Procedure::Recovery;
    {
        const QSignalBlocker quiet(m_bugcheck);
        m_bugcheck->setChecked(reported || shown);
    }
    m_bugcheck->setEnabled(!shown);
    m_bugcheck->setToolTip(
        shown ? tr("The server's own evidence shows the bugcheck already (see the verdict).") : QString());
    const SimulatedServer *sim = session()->simulator();
    if (sim && !sim->scenario().briefing.isEmpty())
        m_briefing->setText(tr("Briefing: %1").arg(sim->scenario().briefing));
    Visibility::set(m_briefing, sim && !sim->scenario().briefing.isEmpty());
    showVerdict();
    updateCompleteness();
}

void PreflightPage::showVerdict()
{
    const Plan &plan = session()->plan();
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>")
              .arg(PreflightReport::procedureTitle(plan.procedure).toHtmlEscaped(), plan.reason.toHtmlEscaped());
    for (const Blocker &b : plan.blockers)
        html += QStringLiteral("<p><b>%1</b><br/><i>KB 817409: \"%2\"</i></p>")
                    .arg(b.message.toHtmlEscaped(), b.kb.toHtmlEscaped());
    for (const Question &q : plan.questions)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Question:").toHtmlEscaped(), q.text.toHtmlEscaped());
    for (const QString &n : plan.notes)
        html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    if (session()->hasRunPlan())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("This run continues with the procedure chosen before: %1.")
                             .arg(PreflightReport::procedureTitle(session()->runPlan().procedure))
                             .toHtmlEscaped());
    m_verdict->setHtml(html);
}

bool PreflightPage::isComplete() const
{
    if (!session()->canRecord() || isProbing())
        return false;
    return session()->hasRunPlan() || session()->plan().procedure != Procedure::Undetermined;
}

bool PreflightPage::validatePage()
{
    const NodeRun *node = session()->currentNode();
    // A run keeps the procedure it was recorded with; only a deferred server that the KB now lets
    // through is assessed anew (a recorded decision).
    if (node && node->decided
        && !(node->isDeferred() && session()->plan().procedure != Procedure::Defer
            && session()->plan().procedure != Procedure::Undetermined))
        return true;
    if (!session()->decideProcedure()) {
        showStatus(session()->lastRefusal().isEmpty() ? session()->recordingError() : session()->lastRefusal(), true);
        return false;
    }
    return true;
}

} // namespace spuw
