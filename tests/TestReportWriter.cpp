#include "ReportWriter.h"
#include "TrainingRun.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
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
