// Preflight of an image with a real-size SYSTEM hive and a 4 GiB sparse MEMORY.DMP, next to the
// process cost of --version, in one run.
#include "ServerImage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "BenchStats.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double runMs(const QStringList &args, int *exitCode)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SPUW_APP_BINARY), args);
    p.waitForFinished(120000);
    p.readAll();
    *exitCode = p.exitCode();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    QTemporaryDir dir;
    spuw::test::ServerImage image;
    image.memoryDmp = true;
    image.memoryDmpSpec.dumpType = 1;
    image.memoryDmpSpec.totalSize = 0;
    QString error;
    if (!image.write(dir.path(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The real 7.9 MiB SYSTEM hive of a Windows 10 machine replaces the small one.
    const QString system = dir.filePath(QStringLiteral("WINNT/system32/config/SYSTEM"));
    QFile::remove(system);
    spuw::test::ServerImage::unpackXz(spuw::test::ServerImage::realSystemHive(), system);
    QFile dump(dir.filePath(QStringLiteral("WINNT/MEMORY.DMP")));
    dump.resize(qint64(4) * 1024 * 1024 * 1024);

    int code = 0;
    int preflightCode = 0;
    std::vector<double> preflight;
    std::vector<double> version;
    const QStringList args{QStringLiteral("--preflight"), QStringLiteral("--image"), dir.path(),
        QStringLiteral("--san-volumes"), QStringLiteral("none"), QStringLiteral("--json")};
    const spuw::bench::CpuPin pin; // both kinds of run on the same CPU
    runMs(args, &code); // warm the page cache once
    for (int i = 0; i < n; ++i) {
        preflight.push_back(runMs(args, &preflightCode));
        version.push_back(runMs({QStringLiteral("--version")}, &code));
    }
    const double p = spuw::bench::median(preflight);
    const double v = spuw::bench::median(version);
    std::printf("BenchPreflight: %d runs each; SYSTEM hive %.1f MiB, MEMORY.DMP %.0f GiB (sparse)\n", n,
        double(QFileInfo(system).size()) / (1024 * 1024), double(dump.size()) / (1024.0 * 1024 * 1024));
    std::printf("  --preflight --json        median %8.1f ms (exit %d)\n", p, preflightCode);
    std::printf("  --version (baseline)      median %8.1f ms\n", v);
    std::printf("  preflight work            %8.1f ms over process start-up (ratio %.2f x)\n", p - v, p / v);
    return 0;
}
