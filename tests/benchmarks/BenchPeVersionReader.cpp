// The PE version reader over every PE file under some folders, next to exiftool on the same files.
#include "PeVersionReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList roots = app.arguments().mid(1);
    if (roots.isEmpty())
        roots = {QStringLiteral("/usr/i686-w64-mingw32"), QStringLiteral("/usr/x86_64-w64-mingw32"),
            QStringLiteral("/usr/share/win32"), QStringLiteral(SPUW_TEST_DATA "/pe")};
    QStringList files;
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.dll"), QStringLiteral("*.exe"), QStringLiteral("*.sys")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QElapsedTimer t;
    t.start();
    int versioned = 0;
    std::uint64_t bytesRead = 0;
    qint64 bytesTotal = 0;
    for (const QString &f : files) {
        spuw::formats::FileSource src(QFile::encodeName(f).toStdString());
        const auto info = spuw::formats::readPeVersion(src);
        versioned += info.ok() ? 1 : 0;
        bytesRead += src.bytesRead();
        bytesTotal += qint64(src.size());
    }
    const double ours = double(t.nsecsElapsed()) / 1e6;
    std::printf("BenchPeVersionReader: %lld PE files (%d with a version resource), %.1f MiB on disk\n",
        static_cast<long long>(files.size()), versioned, double(bytesTotal) / (1024 * 1024));
    std::printf("  spuw reader               %8.1f ms, read %.1f KiB in all\n", ours, double(bytesRead) / 1024);
    if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty()) {
        std::printf("  exiftool                  not installed (libimage-exiftool-perl)\n");
        return 0;
    }
    t.restart();
    QProcess p;
    p.start(
        QStringLiteral("exiftool"), QStringList{QStringLiteral("-q"), QStringLiteral("-FileVersionNumber")} + files);
    p.waitForFinished(600000);
    const double exif = double(t.nsecsElapsed()) / 1e6;
    std::printf("  exiftool (baseline)       %8.1f ms (one process for all files)\n", exif);
    std::printf("  ratio                     %8.3f x\n", ours / exif);
    return 0;
}
