// Time to the first painted page of the real wizard next to a bare QWizard with one page, each in
// a fresh process, with its peak memory; and the longest event-loop stall while the wizard probes
// an image with a real-size SYSTEM hive. Run offscreen and under Xvfb:
//   build/tests/benchmarks/BenchWizardStartup
//   xvfb-run -a env QT_QPA_PLATFORM=xcb build/tests/benchmarks/BenchWizardStartup
#include "BenchStats.h"
#include "ProbeFactory.h"
#include "ServerImage.h"
#include "Session.h"
#include "StepPage.h"
#include "UpgradeWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QElapsedTimer g_sinceStart;

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// Reports the first paint of `w` and quits.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-ms %.2f peak-kib %ld\n", double(g_sinceStart.nsecsElapsed()) / 1e6, peakKiB());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(o, e);
    }

private:
    bool m_done = false;
};

int child(const QString &mode, int argc, char **argv)
{
    QApplication app(argc, argv);
    FirstPaint paint;
    if (mode == QLatin1String("bare")) {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ModernStyle); // the same look, so only our own work differs
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Welcome"));
        wizard.addPage(page);
        page->installEventFilter(&paint);
        wizard.show();
        return app.exec();
    }
    QString error;
    const double atApp = double(g_sinceStart.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    spuw::Session session(spuw::ProbeFactory::scenario(QStringLiteral("standalone-ready"), &error));
    const double atSession = double(g_sinceStart.nsecsElapsed()) / 1e6;
    spuw::UpgradeWizard wizard(&session);
    const double atWizard = double(g_sinceStart.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "app %.1f session %.1f wizard %.1f\n", atApp, atSession, atWizard);
    wizard.show(); // sets the current page; nothing is painted before the event loop runs
    // As main.cpp does: the journal opens once the window has been painted.
    wizard.openJournalAfterFirstPaint(dir.filePath(QStringLiteral("j.sqlite")));
    wizard.currentPage()->installEventFilter(&paint);
    return app.exec();
}

int stall(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    spuw::test::ServerImage image;
    QString error;
    image.write(dir.path(), &error);
    const QString system = dir.filePath(QStringLiteral("WINNT/system32/config/SYSTEM"));
    QFile::remove(system);
    spuw::test::ServerImage::unpackXz(spuw::test::ServerImage::realSystemHive(), system);

    // What the probe costs when it blocks: run it on this thread once.
    QElapsedTimer t;
    t.start();
    spuw::ProbeFactory::offlineImage(dir.path(), QStringList())->probe();
    const double blocking = double(t.nsecsElapsed()) / 1e6;

    spuw::Session session(spuw::ProbeFactory::offlineImage(dir.path(), QStringList()));
    session.openJournal(dir.filePath(QStringLiteral("j.sqlite")));
    spuw::UpgradeWizard wizard(&session);
    QElapsedTimer gap;
    double longest = 0;
    int probes = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, double(gap.nsecsElapsed()) / 1e6);
        gap.restart();
    });
    QObject::connect(&session, &spuw::Session::factsRefreshed, [&] {
        if (++probes == 5) // the first, then four more
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });
    wizard.show(); // the welcome page starts its probe off the GUI thread
    // Measure once the window is up: then four more probes, as "Check again" would start them.
    QTimer::singleShot(300, [&] {
        gap.start();
        tick.start();
        for (int i = 0; i < 4; ++i)
            QTimer::singleShot(200 * i, [&] {
                if (auto *page = qobject_cast<spuw::StepPage *>(wizard.currentPage()))
                    page->refresh();
            });
    });
    app.exec();
    std::printf("stall blocking-probe-ms %.2f longest-stall-ms %.2f probes %d\n", blocking, longest, probes);
    return 0;
}

struct Sample
{
    double wallMs = 0;
    double paintMs = 0;
    long peakKiB = 0;
};

Sample run(const QString &mode)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {mode});
    p.waitForFinished(60000);
    Sample s;
    s.wallMs = double(t.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = p.readAllStandardOutput().simplified().split(' ');
    if (words.size() >= 4) {
        s.paintMs = words.at(1).toDouble();
        s.peakKiB = words.at(3).toLong();
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (argc > 1 && (qstrcmp(argv[1], "bare") == 0 || qstrcmp(argv[1], "wizard") == 0))
        return child(QString::fromLatin1(argv[1]), argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "stall") == 0)
        return stall(argc, argv);
    QCoreApplication app(argc, argv);
    const int n = 15;
    std::vector<double> bare, wiz, bareWall, wizWall;
    long barePeak = 0, wizPeak = 0;
    run(QStringLiteral("bare"));
    run(QStringLiteral("wizard")); // warm caches
    for (int i = 0; i < n; ++i) {
        const Sample b = run(QStringLiteral("bare"));
        const Sample w = run(QStringLiteral("wizard"));
        bare.push_back(b.paintMs);
        wiz.push_back(w.paintMs);
        bareWall.push_back(b.wallMs);
        wizWall.push_back(w.wallMs);
        barePeak = std::max(barePeak, b.peakKiB);
        wizPeak = std::max(wizPeak, w.peakKiB);
    }
    std::printf("BenchWizardStartup (QT_QPA_PLATFORM=%s), %d runs each, fresh process per run\n",
        qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))), n);
    std::printf("  bare QWizard     first paint median %7.1f ms (process wall %7.1f ms), peak RSS %6ld KiB\n",
        spuw::bench::median(bare), spuw::bench::median(bareWall), barePeak);
    std::printf("  sp-upgrade-wizard first paint median %7.1f ms (process wall %7.1f ms), peak RSS %6ld KiB\n",
        spuw::bench::median(wiz), spuw::bench::median(wizWall), wizPeak);
    std::printf("  ratio            first paint %.2f x, peak memory %.2f x (target: within 1.2 x)\n",
        spuw::bench::median(wiz) / spuw::bench::median(bare), double(wizPeak) / double(std::max(1L, barePeak)));
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("stall")});
    p.waitForFinished(120000);
    const QList<QByteArray> w = p.readAllStandardOutput().simplified().split(' ');
    if (w.size() >= 7)
        std::printf("  probe of an image with the 7.5 MiB SYSTEM hive: %s ms if it blocked; longest event-loop stall "
                    "while 5 probes ran off the GUI thread: %s ms\n",
            w.at(2).constData(), w.at(4).constData());
    return 0;
}
