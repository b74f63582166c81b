// One durable journal append next to a bare write+fsync of the same bytes on the same disk.
#include "Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "BenchStats.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace { } // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-journal-XXXXXX"));
    spuw::Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return 1;
    }
    const QString evidence = QStringLiteral("{\"facts\":{\"computer_name\":\"SRV01\",\"pad\":\"%1\"}}")
                                 .arg(QString(1500, QLatin1Char('x')));
    std::vector<double> appendUs;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        spuw::JournalRecord r;
        r.runId = QStringLiteral("bench");
        r.computer = QStringLiteral("SRV01");
        r.osAccount = QStringLiteral("bench");
        r.operatorName = QStringLiteral("bench");
        r.stepId = QStringLiteral("step");
        r.kind = QStringLiteral("verified");
        r.evidence = evidence;
        QElapsedTimer t;
        t.start();
        if (!journal.append(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
            return 1;
        }
        appendUs.push_back(double(t.nsecsElapsed()) / 1000.0);
        bytes = r.canonical().size();
    }

    const QByteArray payload(int(bytes), 'x');
    const QByteArray rawPath = QFile::encodeName(dir.filePath(QStringLiteral("raw.bin")));
    const int fd = ::open(rawPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    std::vector<double> fsyncUs;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (::write(fd, payload.constData(), size_t(payload.size())) != payload.size() || ::fsync(fd) != 0)
            return 1;
        fsyncUs.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    ::close(fd);

    const double a = spuw::bench::median(appendUs);
    const double f = spuw::bench::median(fsyncUs);
    std::printf("BenchJournalAppend: %d records of %lld bytes in %s\n", n, static_cast<long long>(bytes),
        qPrintable(dir.path()));
    std::printf("  journal append (durable)  median %9.1f us\n", a);
    std::printf("  write + fsync (baseline)  median %9.1f us\n", f);
    std::printf("  ratio                     %9.2f x\n", f > 0 ? a / f : 0.0);
    return 0;
}
