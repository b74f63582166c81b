// Time to the first painted page of the real wizard next to a bare QWizard with one page, each in
// a fresh process, with its peak memory; and the longest event-loop stall while the wizard probes
// an image with a real-size SYSTEM hive. The bare wizard runs twice: at its own default size, and
// at the size the real wizard opens with (the backing store of a larger window alone costs several
// milliseconds to fill, so that run is the baseline for our own work). Run offscreen and under Xvfb:
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
#include <cstdlib>
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
            const QSize size = static_cast<QWidget *>(o)->window()->size();
            std::printf("first-paint-ms %.2f peak-kib %ld size %d %d\n", double(g_sinceStart.nsecsElapsed()) / 1e6,
                peakKiB(), size.width(), size.height());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(o, e);
    }

private:
    bool m_done = false;
};

// `bare [WIDTH HEIGHT]` or `wizard`; prints the first paint, the peak memory and the window size.
int child(const QString &mode, int argc, char **argv)
{
    const QSize bareSize = argc >= 4 ? QSize(std::atoi(argv[2]), std::atoi(argv[3])) : QSize();
    QApplication app(argc, argv);
    FirstPaint paint;
    if (mode == QLatin1String("bare")) {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ModernStyle); // the same look, so only our own work differs
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Welcome"));
        wizard.addPage(page);
        page->installEventFilter(&paint);
        if (bareSize.isValid())
            wizard.resize(bareSize);
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
    // Where the time goes before the event loop runs (stderr: read it by running `BenchWizardStartup wizard`).
    std::fprintf(stderr, "application %.1f ms, session %.1f ms, wizard built %.1f ms\n", atApp, atSession, atWizard);
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
    QSize size;
};

Sample run(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(60000);
    Sample s;
    s.wallMs = double(t.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = p.readAllStandardOutput().simplified().split(' ');
    if (words.size() >= 7) {
        s.paintMs = words.at(1).toDouble();
        s.peakKiB = words.at(3).toLong();
        s.size = QSize(words.at(5).toInt(), words.at(6).toInt());
    }
    return s;
}

// The runs of one kind of child: medians and the highest peak.
struct Series
{
    std::vector<double> paint, wall;
    long peakKiB = 0;
    QSize size;
    void add(const Sample &s)
    {
        paint.push_back(s.paintMs);
        wall.push_back(s.wallMs);
        peakKiB = std::max(peakKiB, s.peakKiB);
        size = s.size;
    }
    void print(const char *name) const
    {
        std::printf("  %-34s %4dx%-4d first paint median %6.1f ms (process wall %6.1f ms), peak RSS %6ld KiB\n", name,
            size.width(), size.height(), spuw::bench::median(paint), spuw::bench::median(wall), peakKiB);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (argc > 1 && (qstrcmp(argv[1], "bare") == 0 || qstrcmp(argv[1], "wizard") == 0))
        return child(QString::fromLatin1(argv[1]), argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "stall") == 0)
        return stall(argc, argv);
    QCoreApplication app(argc, argv);
    const int n = 21;
    run({QStringLiteral("bare")}); // warm caches
    const Sample first = run({QStringLiteral("wizard")});
    if (!first.size.isValid()) {
        std::fprintf(stderr, "BenchWizardStartup: the wizard child reported nothing\n");
        return 1;
    }
    const QStringList sized{
        QStringLiteral("bare"), QString::number(first.size.width()), QString::number(first.size.height())};
    Series bare, bareSized, wizard;
    // Each round runs the three one after the other, so a round's ratio compares runs that saw the
    // same machine: its median is steadier than the ratio of the medians on a busy machine.
    std::vector<double> roundRatios;
    for (int i = 0; i < n; ++i) {
        bare.add(run({QStringLiteral("bare")}));
        const Sample b = run(sized);
        const Sample w = run({QStringLiteral("wizard")});
        bareSized.add(b);
        wizard.add(w);
        roundRatios.push_back(w.paintMs / std::max(0.001, b.paintMs));
    }
    std::printf("BenchWizardStartup (QT_QPA_PLATFORM=%s), %d runs each, fresh process per run\n",
        qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))), n);
    bare.print("bare QWizard, its default size");
    bareSized.print("bare QWizard, the wizard's size");
    wizard.print("sp-upgrade-wizard");
    const double wizardMs = spuw::bench::median(wizard.paint);
    std::printf("  ratio to the bare wizard at the same size: first paint %.2f x (median of the rounds' ratios "
                "%.2f x), peak memory %.2f x (target: within 1.2 x)\n",
        wizardMs / spuw::bench::median(bareSized.paint), spuw::bench::median(roundRatios),
        double(wizard.peakKiB) / double(std::max(1L, bareSized.peakKiB)));
    std::printf("  ratio to the bare wizard at its default size: first paint %.2f x, peak memory %.2f x\n",
        wizardMs / spuw::bench::median(bare.paint), double(wizard.peakKiB) / double(std::max(1L, bare.peakKiB)));
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
