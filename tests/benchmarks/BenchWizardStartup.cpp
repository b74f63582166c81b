// Time to the first frame that shows the page (painted and flushed), in a fresh process, for the real
// wizard and for a bare QWizard with one page, with the peak memory of each; and the longest
// event-loop stall while the wizard probes an image with a real-size SYSTEM hive. The bare wizard
// runs twice: at its own default size, and at the size the real wizard opens with (filling the
// backing store of a larger window alone costs several milliseconds, so that run is the baseline for
// our own work). Run offscreen and under Xvfb:
//   build/tests/benchmarks/BenchWizardStartup
//   xvfb-run -a env QT_QPA_PLATFORM=xcb build/tests/benchmarks/BenchWizardStartup
// One child alone, for a profiler or to look at the frame that was timed:
//   BENCH_EXIT_AT_PAINT=1 BENCH_GRAB=frame.png build/tests/benchmarks/BenchWizardStartup wizard
#include "BenchStats.h"
#include "ProbeFactory.h"
#include "Scenario.h"
#include "ServerImage.h"
#include "Session.h"
#include "StepPage.h"
#include "UpgradeWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

double sinceStartMs()
{
    return double(g_sinceStart.nsecsElapsed()) / 1e6;
}

// Times the first frame that shows the page, then quits: the page's first paint event, and the
// moment the outermost event that painted it (the window's expose) has been handled, which is when
// the whole frame has been painted and flushed. Widgets are painted one after the other within a
// frame, so the page's own paint event can come early or late in it depending on what else the
// window holds; the end of the frame is what the operator sees.
class FrameClock final : public QApplication
{
public:
    using QApplication::QApplication;
    void watch(QWidget *page) { m_page = page; }
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_pageMs < 0 && receiver == m_page && event->type() == QEvent::Paint)
            m_pageMs = sinceStartMs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0 && m_pageMs >= 0 && !m_done) {
            m_done = true;
            const double frameMs = sinceStartMs();
            const QSize size = m_page->window()->size();
            std::printf("first-paint-ms %.2f frame-ms %.2f peak-kib %ld size %d %d\n", m_pageMs, frameMs, peakKiB(),
                size.width(), size.height());
            std::fflush(stdout);
            if (qEnvironmentVariableIsSet("BENCH_GRAB"))
                m_page->window()->grab().save(qEnvironmentVariable("BENCH_GRAB"));
            if (qEnvironmentVariableIsSet("BENCH_EXIT_AT_PAINT")) // for profilers: stop right here
                std::_Exit(0);
            QTimer::singleShot(0, this, &QCoreApplication::quit);
        }
        return result;
    }

private:
    QWidget *m_page = nullptr;
    double m_pageMs = -1;
    int m_depth = 0;
    bool m_done = false;
};

// The first frame of the wizard rebuilt from plain Qt widgets: the same window, page, texts, fonts
// and side panel, and none of our code (no session, scenario, model, journal or page classes). The
// wizard's first frame over this one is what our own code costs; this one over the bare QWizard is
// what the first page's content costs. The parent checks that the two frames are the same picture,
// so this copy cannot drift from WelcomePage, StepListPanel and ServerRoomPanel unnoticed.
class IncompletePage final : public QWizardPage
{
public:
    bool isComplete() const override { return false; } // Next disabled, as in the wizard before it can record
};

int plainChild(FrameClock &app)
{
    QWizard wizard;
    QFont font = wizard.font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    wizard.setFont(font);
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setOption(QWizard::NoBackButtonOnStartPage, true);
    wizard.setOption(QWizard::HaveCustomButton1, true);
    wizard.setButtonText(QWizard::CustomButton1, QStringLiteral("&Journal..."));
    wizard.setButtonText(QWizard::CancelButton, QStringLiteral("Pause and e&xit"));
    QFont bold = font;
    bold.setBold(true);
    auto *page = new IncompletePage;
    page->setTitle(QStringLiteral("Welcome"));
    page->setSubTitle(
        QStringLiteral("Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409)."));
    const auto wrapped = [](const QString &text, QWidget *parent) {
        auto *label = new QLabel(text, parent);
        label->setWordWrap(true);
        return label;
    };
    QLabel *banner = wrapped(QStringLiteral("TRAINING - scenario \"Standalone server, ready for the upgrade\": "
                                            "simulated server - nothing on this machine is changed."),
        page);
    banner->setAutoFillBackground(true);
    banner->setFrameStyle(QFrame::Box | QFrame::Plain);
    banner->setLineWidth(2);
    banner->setMargin(6);
    QPalette yellow = banner->palette();
    yellow.setColor(QPalette::Window, QColor(0xff, 0xd5, 0x4f));
    yellow.setColor(QPalette::WindowText, Qt::black);
    banner->setPalette(yellow);
    banner->setFont(bold);
    auto *systems = new QComboBox(page);
    systems->addItems({QStringLiteral("Training: a simulated server"),
        QStringLiteral("Offline image: a copy of a server's system volume"),
        QStringLiteral("This Windows server (live)")});
    auto *scenarios = new QComboBox(page);
    for (const QString &name : spuw::Scenario::builtInNames())
        scenarios->addItem(spuw::Scenario::builtInTitle(name), name);
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("standalone-ready")));
    auto *operatorName = new QLineEdit(page);
    operatorName->setPlaceholderText(QStringLiteral("Your full name, as it should appear in the record"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&System:"), systems);
    form->addRow(QString(), scenarios);
    form->addRow(QString(), new QPushButton(QStringLiteral("&Use this system"), page));
    form->addRow(QStringLiteral("Now:"), wrapped(QString(), page));
    form->addRow(QStringLiteral("&Journal:"), new QLineEdit(page));
    form->addRow(QStringLiteral("&Operator:"), operatorName);
    auto *body = new QVBoxLayout(page);
    body->addWidget(banner);
    body->addWidget(wrapped(QStringLiteral("A direct upgrade of a Windows 2000 server attached to a SAN through HP "
                                           "Secure Path stops with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks "
                                           "the server, chooses the safe procedure from Microsoft's article 817409 "
                                           "and records every step in a journal."),
        page));
    body->addSpacing(8);
    body->addLayout(form);
    body->addWidget(wrapped(QString(), page));
    body->addStretch(1);
    body->addWidget(wrapped(QString(), page));
    wizard.addPage(page);
    wizard.addPage(new QWizardPage); // so that the first page has Next, not Finish

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *steps = new QWidget(side);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *procedure = wrapped(QStringLiteral("Procedure: not chosen yet"), steps);
    procedure->setFont(bold);
    stepsLayout->addWidget(procedure);
    stepsLayout->addStretch(1);
    steps->setMinimumWidth(230);
    steps->setMaximumWidth(300);
    sideLayout->addWidget(steps, 1);
    auto *room = new QWidget(side);
    auto *roomLayout = new QVBoxLayout(room);
    roomLayout->setContentsMargins(0, 0, 0, 0);
    auto *roomHeading = new QLabel(QStringLiteral("In the server room (simulated)"), room);
    roomHeading->setFont(bold);
    roomLayout->addWidget(roomHeading);
    for (const char *action :
        {"Run the full backup", "I have disconnected the SAN cables", "Run Windows Server 2003 setup",
            "Restart the server", "Install HP Secure Path 4.0A", "I have reconnected the SAN cables"})
        roomLayout->addWidget(new QPushButton(QString::fromLatin1(action), room));
    roomLayout->addWidget(wrapped(QString(), room));
    roomLayout->addStretch(1);
    sideLayout->addWidget(room);
    wizard.setSideWidget(side);
    wizard.setMinimumSize(900, 640);
    app.watch(page);
    wizard.show();
    return app.exec();
}

// `bare [WIDTH HEIGHT]`, `plain` or `wizard`; prints the first paint, the peak memory and the window size.
int child(const QString &mode, int argc, char **argv)
{
    const QSize bareSize = argc >= 4 ? QSize(std::atoi(argv[2]), std::atoi(argv[3])) : QSize();
    FrameClock app(argc, argv);
    if (mode == QLatin1String("bare")) {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ModernStyle); // the same look, so only our own work differs
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Welcome"));
        wizard.addPage(page);
        app.watch(page);
        if (bareSize.isValid())
            wizard.resize(bareSize);
        wizard.show();
        return app.exec();
    }
    if (mode == QLatin1String("plain"))
        return plainChild(app);
    QString error;
    const double atApp = sinceStartMs();
    QTemporaryDir dir;
    spuw::Session session(spuw::ProbeFactory::scenario(QStringLiteral("standalone-ready"), &error));
    const double atSession = sinceStartMs();
    spuw::UpgradeWizard wizard(&session);
    const double atWizard = sinceStartMs();
    // Where the time goes before the event loop runs (stderr: read it by running `BenchWizardStartup wizard`).
    std::fprintf(stderr, "application %.1f ms, session %.1f ms, wizard built %.1f ms\n", atApp, atSession, atWizard);
    wizard.show(); // sets the current page; nothing is painted before the event loop runs
    // As main.cpp does: the journal opens once the window has been painted.
    wizard.openJournalAfterFirstPaint(dir.filePath(QStringLiteral("j.sqlite")));
    app.watch(wizard.currentPage());
    return app.exec();
}

// The longest event the GUI thread handled while measuring (the outermost call only), in wall time
// and in time the thread actually ran: the difference is time the scheduler gave another thread
// (on a small machine, the probe's own worker), not work of ours.
class EventClock final : public QApplication
{
public:
    using QApplication::QApplication;
    bool measuring = false;
    double longestMs = 0;
    double longestRanMs = 0;
    QByteArray longestWhat;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || m_depth > 0) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const QByteArray what = QByteArray::number(int(event->type())) + " to " + receiver->metaObject()->className();
        QElapsedTimer wall;
        wall.start();
        const double ranBefore = threadRunMs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(wall.nsecsElapsed()) / 1e6;
        if (ms > longestMs) {
            longestMs = ms;
            longestRanMs = threadRunMs() - ranBefore;
            longestWhat = what;
        }
        return result;
    }

private:
    static double threadRunMs()
    {
#ifdef __linux__
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#else
        return 0;
#endif
    }
    int m_depth = 0;
};

int stall(int argc, char **argv)
{
    EventClock app(argc, argv);
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
        app.measuring = true;
        for (int i = 0; i < 4; ++i)
            QTimer::singleShot(200 * i, [&] {
                if (auto *page = qobject_cast<spuw::StepPage *>(wizard.currentPage()))
                    page->refresh();
            });
    });
    app.exec();
    std::printf("stall blocking-probe-ms %.2f longest-stall-ms %.2f probes %d longest-event-ms %.2f ran-ms %.2f event "
                "%s\n",
        blocking, longest, probes, app.longestMs, app.longestRanMs, app.longestWhat.constData());
    return 0;
}

struct Sample
{
    double wallMs = 0;
    double pageMs = 0; // the page's first paint event
    double frameMs = 0; // the end of the first frame that shows the page
    long peakKiB = 0;
    QSize size;
};

// One child; with `grab`, it also saves its first frame there.
Sample run(const QStringList &args, const QString &grab = {})
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    if (!grab.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BENCH_GRAB"), grab);
        p.setProcessEnvironment(env);
    }
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(60000);
    Sample s;
    s.wallMs = double(t.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = p.readAllStandardOutput().simplified().split(' ');
    if (words.size() >= 9) {
        s.pageMs = words.at(1).toDouble();
        s.frameMs = words.at(3).toDouble();
        s.peakKiB = words.at(5).toLong();
        s.size = QSize(words.at(7).toInt(), words.at(8).toInt());
    }
    return s;
}

// The runs of one kind of child: medians and the highest peak.
struct Series
{
    std::vector<double> page, frame, wall;
    long peakKiB = 0;
    QSize size;
    void add(const Sample &s)
    {
        page.push_back(s.pageMs);
        frame.push_back(s.frameMs);
        wall.push_back(s.wallMs);
        peakKiB = std::max(peakKiB, s.peakKiB);
        size = s.size;
    }
    void print(const char *name) const
    {
        std::printf("  %-32s %4dx%-4d first frame %5.1f ms (page painted at %5.1f ms; process wall %5.1f ms), peak RSS "
                    "%6ld KiB\n",
            name, size.width(), size.height(), spuw::bench::median(frame), spuw::bench::median(page),
            spuw::bench::median(wall), peakKiB);
    }
};

double ratio(const std::vector<double> &a, const std::vector<double> &b)
{
    return spuw::bench::median(a) / std::max(0.001, spuw::bench::median(b));
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (argc > 1
        && (qstrcmp(argv[1], "bare") == 0 || qstrcmp(argv[1], "wizard") == 0 || qstrcmp(argv[1], "plain") == 0))
        return child(QString::fromLatin1(argv[1]), argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "stall") == 0)
        return stall(argc, argv);
    QCoreApplication app(argc, argv);
    spuw::bench::CpuPin pin;
    const int cpu = pin.cpu();
    const int n = 21;
    run({QStringLiteral("bare")}); // warm caches
    QTemporaryDir frames;
    const QString wizardFrame = frames.filePath(QStringLiteral("sp-upgrade-wizard.png"));
    const QString plainFrame = frames.filePath(QStringLiteral("plain.png"));
    const Sample first = run({QStringLiteral("wizard")}, wizardFrame);
    run({QStringLiteral("plain")}, plainFrame);
    if (!first.size.isValid()) {
        std::fprintf(stderr, "BenchWizardStartup: the wizard child reported nothing\n");
        return 1;
    }
    const QImage wizardPicture(wizardFrame);
    const bool samePicture = !wizardPicture.isNull() && wizardPicture == QImage(plainFrame);
    if (!samePicture)
        frames.setAutoRemove(false);
    const QStringList sized{
        QStringLiteral("bare"), QString::number(first.size.width()), QString::number(first.size.height())};
    Series bare, bareSized, plain, wizard;
    // Each round runs the four one after the other, so a round's ratio compares runs that saw the
    // same machine: its median is steadier than the ratio of the medians on a busy machine.
    std::vector<double> toBare, toPlain;
    for (int i = 0; i < n; ++i) {
        bare.add(run({QStringLiteral("bare")}));
        const Sample b = run(sized);
        const Sample c = run({QStringLiteral("plain")});
        const Sample w = run({QStringLiteral("wizard")});
        bareSized.add(b);
        plain.add(c);
        wizard.add(w);
        toBare.push_back(w.frameMs / std::max(0.001, b.frameMs));
        toPlain.push_back(w.frameMs / std::max(0.001, c.frameMs));
    }
    std::printf("BenchWizardStartup (QT_QPA_PLATFORM=%s), %d runs each, fresh process per run, medians, times from "
                "main()%s\n",
        qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))), n,
        cpu >= 0 ? qPrintable(QStringLiteral(", all on CPU %1").arg(cpu)) : "");
    bare.print("bare QWizard, its default size");
    bareSized.print("bare QWizard, the wizard's size");
    plain.print("the same page in plain Qt");
    wizard.print("sp-upgrade-wizard");
    std::printf("  first frame, sp-upgrade-wizard / bare QWizard (target: within 1.2 x):\n"
                "    at its default size %.2f x; at the same size %.2f x (median of the rounds' ratios %.2f x)\n",
        ratio(wizard.frame, bare.frame), ratio(wizard.frame, bareSized.frame), spuw::bench::median(toBare));
    std::printf("  where the difference comes from:\n"
                "    the window's size (bare QWizard at the wizard's size / at its default size)    %.2f x\n"
                "    the first page's content (the same page in plain Qt / bare at the same size)    %.2f x\n"
                "    our own code (sp-upgrade-wizard / the same page in plain Qt)                     %.2f x "
                "(median of the rounds' ratios %.2f x)\n",
        ratio(bareSized.frame, bare.frame), ratio(plain.frame, bareSized.frame), ratio(wizard.frame, plain.frame),
        spuw::bench::median(toPlain));
    if (samePicture)
        std::printf("    (the two first frames are the same picture, pixel for pixel)\n");
    else
        std::printf("    WARNING: the plain copy no longer draws the wizard's first frame; compare the pictures in %s "
                    "and update plainChild()\n",
            qPrintable(frames.path()));
    std::printf("  the page's own paint event: %.2f x the default size, %.2f x the same size\n",
        ratio(wizard.page, bare.page), ratio(wizard.page, bareSized.page));
    std::printf("  peak memory: %.2f x the default size, %.2f x the same size, %.2f x the same page in plain Qt\n",
        double(wizard.peakKiB) / double(std::max(1L, bare.peakKiB)),
        double(wizard.peakKiB) / double(std::max(1L, bareSized.peakKiB)),
        double(wizard.peakKiB) / double(std::max(1L, plain.peakKiB)));
    pin.release(); // the probe's worker thread and the event loop may use every CPU, as they would
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("stall")});
    p.waitForFinished(120000);
    const QList<QByteArray> w = p.readAllStandardOutput().simplified().split(' ');
    if (w.size() >= 12) {
        std::printf("  probe of an image with the 7.5 MiB SYSTEM hive: %s ms if it blocked; longest event-loop stall "
                    "while 5 probes ran off the GUI thread: %s ms\n",
            w.at(2).constData(), w.at(4).constData());
        std::printf("    longest single event on the GUI thread: %s ms, of which it ran %s ms (event %s)\n",
            w.at(8).constData(), w.at(10).constData(), w.mid(12).join(' ').constData());
    }
    return 0;
}
