// Child process of TestJournalCrash: appends records forever and says "recorded N" after each
// append has returned, so the parent knows what was promised before it kills us; "opened" first.
#include "Journal.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: journal_writer JOURNAL\n");
        return 2;
    }
    spuw::Journal journal;
    if (!journal.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return 1;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        spuw::JournalRecord r;
        r.runId = QStringLiteral("crash-run");
        r.computer = QStringLiteral("SRV01");
        r.osAccount = QStringLiteral("test");
        r.operatorName = QStringLiteral("crash test");
        r.stepId = QStringLiteral("step-%1").arg(i);
        r.kind = QStringLiteral("verified");
        r.evidence = QStringLiteral("{\"i\":%1}").arg(i);
        if (!journal.append(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
            return 1;
        }
        std::printf("recorded %lld\n", static_cast<long long>(r.seq));
        std::fflush(stdout);
    }
}
