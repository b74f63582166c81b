// Export of a 10,000-record journal to HTML, PDF and JSON; each time printed, with the time to
// read and verify the journal as the baseline. Target: each export under one second.
#include "ReportWriter.h"
#include "Scenario.h"
#include "UpgradeReport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    if (argc > 2) // keep the reports to look at: BenchReportExport N FOLDER
        dir.setAutoRemove(false);
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    QString error;
    const auto scenario = spuw::Scenario::load(QStringLiteral("cluster-three-node"), &error);
    const QString facts = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("facts"), scenario->facts.toJson()},
                          {QStringLiteral("detail"), QJsonObject{{QStringLiteral("check"), QStringLiteral("ok")}}}})
            .toJson(QJsonDocument::Compact));
    {
        spuw::Journal journal;
        journal.open(path);
        // One transaction per record would take minutes here: this fills the file quickly
        // through the same append path, without the per-record sync.
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            spuw::JournalRecord r;
            r.runId = QStringLiteral("run-%1").arg(i / 2000);
            r.computer = QStringLiteral("NODE%1").arg(i / 2000 % 3 + 1);
            r.osAccount = QStringLiteral("CORP\\\\admin");
            r.operatorName = QStringLiteral("Bench Operator");
            r.stepId = QStringLiteral("step-%1").arg(i % 9);
            r.kind = i % 97 == 0 ? spuw::JournalKind::Failure : spuw::JournalKind::Verified;
            r.training = true;
            r.evidence = facts;
            if (!journal.append(r)) {
                std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
                return 1;
            }
        }
        std::printf("BenchReportExport: journal of %d records (%.1f MiB) written in %.1f s\n", n,
            double(QFileInfo(path).size()) / (1024 * 1024), double(t.elapsed()) / 1000);
    }
    QElapsedTimer t;
    t.start();
    const auto report = spuw::UpgradeReport::fromJournal(path, &error);
    const double read = double(t.nsecsElapsed()) / 1e6;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf(
        "  read + verify the journal (baseline) %8.1f ms, intact: %s\n", read, report->allIntact() ? "yes" : "no");
    for (const char *name : {"big.html", "big.pdf", "big.json"}) {
        const QString out = argc > 2 ? QDir(QString::fromLocal8Bit(argv[2])).filePath(QLatin1String(name))
                                     : dir.filePath(QLatin1String(name));
        t.restart();
        if (!spuw::ReportWriter::write(*report, out, true, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("  export %-9s %8.1f ms (%6.1f MiB)%s\n", name + 4, ms,
            double(QFileInfo(out).size()) / (1024 * 1024), ms < 1000 ? "" : "  OVER the 1 s target");
    }
    return 0;
}
