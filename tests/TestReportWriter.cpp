#include "ReportWriter.h"
#include "TrainingRun.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfHasTheRecordAndTheTrainingMarkOnEveryPage();
    void pdfHasEveryWordOfTheRecordAndNumberedPages();
    void htmlAndJson();
    void neverOverwritesUnlessAsked();
    void unknownExtensionIsRefused();

private:
    QTemporaryDir m_dir;
    std::optional<UpgradeReport> m_report;
};

void TestReportWriter::initTestCase()
{
    QString error;
    const QString journal = m_dir.filePath(QStringLiteral("cluster.sqlite"));
    QVERIFY2(test::runTrainingScenario(QStringLiteral("cluster-three-node"), journal, true, &error), qPrintable(error));
    m_report = UpgradeReport::fromJournal(journal, &error);
    QVERIFY2(m_report, qPrintable(error));
}

void TestReportWriter::pdfHasTheRecordAndTheTrainingMarkOnEveryPage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; .ci/run installs it");
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    QVERIFY2(ReportWriter::write(*m_report, pdf, false, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Upgrade record (KB 817409)")));
    QVERIFY(text.contains(QStringLiteral("NODE1")));
    QVERIFY(text.contains(QStringLiteral("NODE3")));
    QVERIFY(text.contains(QStringLiteral("reconnect-san")));
    QVERIFY(text.contains(QStringLiteral("intact")));
    QVERIFY(text.contains(QStringLiteral("Grace Operator")));
    // Every step's time in full, to the second: an elided time is no record.
    for (const auto &run : m_report->runs()) {
        for (const auto &e : run.timeline) {
            const QString when = e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QVERIFY2(text.contains(when), qPrintable(when));
        }
    }
    // Each page (pdftotext separates them with form feeds) carries the training mark.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 2);
    for (const QString &page : pages) {
        if (!page.trimmed().isEmpty())
            QVERIFY2(page.contains(QStringLiteral("TRAINING RUN")), qPrintable(page.left(200)));
    }
}

void TestReportWriter::pdfHasEveryWordOfTheRecordAndNumberedPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; .ci/run installs it");
    const QString pdf = m_dir.filePath(QStringLiteral("words.pdf"));
    QString error;
    QVERIFY2(ReportWriter::write(*m_report, pdf, false, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    // Nothing is cut: no ellipsis anywhere, and every word of every step, evidence, fact and debrief
    // item is there (a cell wraps instead; a word too long for its column breaks, so only its head
    // is looked for).
    QVERIFY2(!text.contains(QChar(0x2026)), "an ellipsis: something was elided");
    QSet<QString> words;
    const auto addWords = [&words](const QString &t) {
        for (const QString &w : t.split(QRegularExpression(QStringLiteral("[\\s\"(),;:]+")), Qt::SkipEmptyParts)) {
            if (w.size() >= 4)
                words.insert(w.left(12));
        }
    };
    int mistakes = 0;
    for (const auto &run : m_report->runs()) {
        for (const auto &step : run.steps) {
            addWords(step.title);
            addWords(step.evidence);
            addWords(step.kb);
        }
        for (const auto &f : UpgradeReport::factLines(run)) {
            addWords(f.label);
            addWords(f.after);
        }
        for (const DebriefItem &m : run.mistakes) {
            addWords(m.text);
            ++mistakes;
        }
    }
    QVERIFY2(mistakes > 0, "the walk made a mistake, so the debrief has one to print");
    QVERIFY(words.size() > 100);
    QStringList missing;
    for (const QString &w : std::as_const(words)) {
        if (!text.contains(w))
            missing << w;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the PDF: ") + missing.join(u' ')));
    QVERIFY(text.contains(QStringLiteral("Facts before and after")));
    // The journal's keys are said in words (they are translated like every other text).
    QVERIFY2(!text.contains(QStringLiteral("run-started")), "a record kind shown as its key");
    QVERIFY(text.contains(QStringLiteral("run started")));
    QVERIFY2(!text.contains(QStringLiteral("Procedure: clustered.")), "a procedure shown as its key");
    QVERIFY(text.contains(QStringLiteral("Debrief")));
    // Every page: "Page N of M" and the journal's head hash.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    const int total
        = int(std::count_if(pages.cbegin(), pages.cend(), [](const QString &p) { return !p.trimmed().isEmpty(); }));
    QVERIFY(total >= 2);
    const QString head = QString::fromLatin1(m_report->sources().constFirst().headHash);
    QVERIFY(head.size() >= 16);
    int n = 0;
    for (const QString &page : pages) {
        if (page.trimmed().isEmpty())
            continue;
        ++n;
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(n).arg(total)), qPrintable(page.right(300)));
        QVERIFY2(page.contains(head.left(16)), qPrintable(page.right(300)));
    }
    // Looked at as pictures: nothing is drawn in the outer 10 mm of any page (the margins are 15 mm),
    // so no text runs off the paper's edge.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed; .ci/run installs it");
    QProcess render;
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    render.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"), QStringLiteral("-png"), pdf, prefix});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), total);
    for (const QString &name : images) {
        const QImage image(m_dir.filePath(name));
        QVERIFY(!image.isNull());
        const int edge = qRound(10.0 / 25.4 * 50);
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool margin = x < edge || y < edge || x >= image.width() - edge || y >= image.height() - edge;
                if (margin && qGray(image.pixel(x, y)) < 200)
                    ++inked;
            }
        }
        QVERIFY2(inked == 0, qPrintable(QStringLiteral("%1: %2 dark pixels in the margin").arg(name).arg(inked)));
    }
}

void TestReportWriter::htmlAndJson()
{
    QString error;
    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    const QString json = m_dir.filePath(QStringLiteral("r.json"));
    QVERIFY2(ReportWriter::write(*m_report, html, false, &error), qPrintable(error));
    QVERIFY2(ReportWriter::write(*m_report, json, false, &error), qPrintable(error));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    QVERIFY(h.readAll().contains("TRAINING RUN"));
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), UpgradeReport::kSchema);
    QVERIFY(o.value(QStringLiteral("training")).toBool());
}

void TestReportWriter::neverOverwritesUnlessAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.html"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QString error;
    QVERIFY(!ReportWriter::write(*m_report, path, false, &error));
    QVERIFY(error.contains(QStringLiteral("exists already")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    f.close();
    QVERIFY(ReportWriter::write(*m_report, path, true, &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("<html>"));
    // An unwritable target leaves nothing half-written behind.
    QVERIFY(!ReportWriter::write(*m_report, QStringLiteral("/nonexistent-dir/r.pdf"), false, &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/r.pdf")));
}

void TestReportWriter::unknownExtensionIsRefused()
{
    QString error;
    QVERIFY(!ReportWriter::write(*m_report, m_dir.filePath(QStringLiteral("r.docx")), false, &error));
    QVERIFY(error.contains(QStringLiteral(".html, .pdf or .json")));
}

QTEST_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
