// Every page of the wizard on a given screen, in a given language: the window fits the screen, every
// control can be reached, no text is cut or elided, every key has one mnemonic, and (under the
// pseudo-translation) every text went through tr(); in Japanese, no character is drawn as a box.
// One run per screen and language (ctest names them), configured by the environment:
//   SPUW_FIT_SCREEN=1280x1024  the screen in device pixels (an offscreen screen of that size)
//   QT_SCALE_FACTOR=2           the scale (200 % makes that screen 640x512 for the layouts)
//   SPUW_FIT_LANGUAGE=de|ja|pseudo   (empty: English)
#include "BugcheckScreen.h"
#include "JournalDialog.h"
#include "PageChecks.h"
#include "PseudoTranslator.h"
#include "ServerRoomPanel.h"
#include "Translations.h"
#include "WizardWalk.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;
using W = UpgradeWizard;
using spuw::test::Walk;

class TestPageFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void standaloneProcedure();
    void welcomePageInEveryMode();
    void recoveryProcedure();
    void installSecurePathFirst();
    void clusterNode();
    void deferral();
    void missingLunAndItsEscalation();
    void leavingAsks();
    void cleanupTestCase();

private:
    // Checks the window as it is now; `where` names the moment in a failure.
    void check(QWidget *window, const QString &where);
    void start(Walk &walk);
    QString journal() { return m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_count)); }

    QTemporaryDir m_dir;
    int m_count = 0;
    int m_checked = 0;
    QString m_language;
    QSet<QString> m_families;
};

void TestPageFit::initTestCase()
{
    m_language = qEnvironmentVariable("SPUW_FIT_LANGUAGE");
    if (m_language == QLatin1String("pseudo"))
        QCoreApplication::installTranslator(new test::PseudoTranslator(qApp));
    else if (!m_language.isEmpty())
        QCOMPARE(installTranslations(*qApp, m_language), m_language);
    qInfo("screen %dx%d logical (%s at %s), language %s", QGuiApplication::primaryScreen()->size().width(),
        QGuiApplication::primaryScreen()->size().height(), qPrintable(qEnvironmentVariable("SPUW_FIT_SCREEN")),
        qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))),
        m_language.isEmpty() ? "en" : qPrintable(m_language));
}

void TestPageFit::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<BugcheckScreen *>(w))
            w->close();
    }
}

void TestPageFit::cleanupTestCase()
{
    qInfo("%d window states checked; fonts drawn: %s", m_checked,
        qPrintable(QStringList(m_families.values()).join(u", ")));
}

void TestPageFit::check(QWidget *window, const QString &where)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Layouts settle: a widget shown by a layout is shown by a queued call, and lays out again after.
    for (int i = 0; i < 4; ++i) {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    QStringList problems = test::checkReachable(window);
    problems += test::checkTextsWhole(window);
    problems += test::checkMnemonics(window);
    if (m_language == QLatin1String("pseudo"))
        problems += test::checkTranslated(window);
    problems += test::checkGlyphs(window, &m_families);
    ++m_checked;
    if (!problems.isEmpty())
        QFAIL(qPrintable(where + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestPageFit::start(Walk &walk)
{
    QVERIFY(QTest::qWaitForWindowExposed(walk.wizard.get()));
    WAIT_IDLE(walk);
    check(walk.wizard.get(), QStringLiteral("welcome, no name yet"));
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("operatorName"))
        ->setText(QStringLiteral("Ada Operator"));
}

#define CHECK(walk, where)                                                                                             \
    do {                                                                                                               \
        check((walk).wizard.get(), QStringLiteral(where));                                                             \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

void TestPageFit::standaloneProcedure()
{
    Walk walk(QStringLiteral("standalone-ready"), journal());
    start(walk);
    CHECK(walk, "welcome");
    NEXT(walk, W::PreflightPageId);
    CHECK(walk, "preflight");
    NEXT(walk, W::BackupPageId);
    CHECK(walk, "backup");
    ROOM(walk, "take-backup");
    walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("backupMedia"))->setText(QStringLiteral("tape"));
    PRESS(walk, "attest-backup");
    CHECK(walk, "backup attested");
    NEXT(walk, W::SanDisconnectPageId);
    PRESS(walk, "check-disconnect-san");
    CHECK(walk, "SAN disconnection refused");
    ROOM(walk, "disconnect-san");
    PRESS(walk, "check-disconnect-san");
    NEXT(walk, W::UpgradePageId);
    CHECK(walk, "upgrade");
    ROOM(walk, "upgrade-windows");
    PRESS(walk, "check-upgrade-windows");
    NEXT(walk, W::SecurePathReinstallPageId);
    CHECK(walk, "Secure Path reinstall");
    ROOM(walk, "install-securepath-4.0a");
    PRESS(walk, "check-install-securepath-2003");
    NEXT(walk, W::SanReattachPageId);
    CHECK(walk, "SAN reattach");
    ROOM(walk, "reconnect-san");
    PRESS(walk, "check-reconnect-san");
    NEXT(walk, W::SummaryPageId);
    CHECK(walk, "summary");
    walk.wizard->button(QWizard::CustomButton1)->click();
    check(walk.wizard->journalDialog(), QStringLiteral("journal"));
}

void TestPageFit::welcomePageInEveryMode()
{
    Walk walk(QStringLiteral("standalone-ready"), journal());
    QVERIFY(QTest::qWaitForWindowExposed(walk.wizard.get()));
    WAIT_IDLE(walk);
    auto *mode = walk.wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("modeBox"));
    for (int m : {1, 3, 0}) {
        mode->setCurrentIndex(m);
        check(walk.wizard.get(), QStringLiteral("welcome, mode %1").arg(mode->currentText()));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPageFit::recoveryProcedure()
{
    Walk walk(QStringLiteral("recovery-bugchecking"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    CHECK(walk, "preflight, recovery");
    NEXT(walk, W::RecoveryPageId);
    CHECK(walk, "recovery");
    NEXT(walk, W::SanDisconnectPageId);
    ROOM(walk, "disconnect-san");
    PRESS(walk, "check-disconnect-san");
    NEXT(walk, W::RestartPageId);
    CHECK(walk, "restart");
}

void TestPageFit::installSecurePathFirst()
{
    Walk walk(QStringLiteral("standalone-needs-4.0a"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    NEXT(walk, W::InstallSecurePathFirstPageId);
    PRESS(walk, "check-install-securepath-4.0a");
    CHECK(walk, "install Secure Path 4.0A first, refused");
}

void TestPageFit::clusterNode()
{
    Walk walk(QStringLiteral("cluster-two-node"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    NEXT(walk, W::ClusterPrepPageId);
    CHECK(walk, "cluster preparation");
    ROOM(walk, "move-shared-storage");
    PRESS(walk, "check-cluster-move-storage");
    ROOM(walk, "pause-node");
    PRESS(walk, "check-cluster-pause-node");
    NEXT(walk, W::BackupPageId);
    ROOM(walk, "take-backup");
    walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("backupMedia"))->setText(QStringLiteral("tape"));
    PRESS(walk, "attest-backup");
    NEXT(walk, W::SanDisconnectPageId);
    spuw::test::walkFromSanDisconnectToReattach(walk);
    if (QTest::currentTestFailed())
        return;
    ROOM(walk, "reconnect-san");
    PRESS(walk, "check-reconnect-san");
    NEXT(walk, W::ClusterResumePageId);
    CHECK(walk, "cluster node resume");
}

void TestPageFit::deferral()
{
    Walk walk(QStringLiteral("dc-ad-on-san"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    CHECK(walk, "preflight, defer");
    NEXT(walk, W::DeferPageId);
    CHECK(walk, "defer");
}

void TestPageFit::missingLunAndItsEscalation()
{
    Walk walk(QStringLiteral("trap-lun-missing"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    NEXT(walk, W::BackupPageId);
    ROOM(walk, "take-backup"); // fails
    ROOM(walk, "take-backup");
    walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("backupMedia"))->setText(QStringLiteral("tape"));
    PRESS(walk, "attest-backup");
    NEXT(walk, W::SanDisconnectPageId);
    spuw::test::walkFromSanDisconnectToReattach(walk);
    if (QTest::currentTestFailed())
        return;
    ROOM(walk, "reconnect-san");
    PRESS(walk, "check-reconnect-san");
    CHECK(walk, "a LUN missing: guidance and escalation");
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("escalateTo"))
        ->setText(QStringLiteral("SAN team"));
    PRESS(walk, "escalate");
    CHECK(walk, "escalated");
    NEXT(walk, W::SummaryPageId);
    CHECK(walk, "summary, not complete");
}

void TestPageFit::leavingAsks()
{
    Walk walk(QStringLiteral("standalone-ready"), journal());
    start(walk);
    NEXT(walk, W::PreflightPageId);
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *question = walk.wizard->leavingQuestion();
        QVERIFY(question);
        check(question, QStringLiteral("the question on Esc"));
        checked = true;
        QTest::keyClick(question, Qt::Key_Escape); // stays
    });
    QTest::keyClick(walk.wizard.get(), Qt::Key_Escape);
    QVERIFY(checked);
    QVERIFY(walk.wizard->isVisible());
}

// The screen is given before the application exists: an offscreen screen of that size.
int main(int argc, char *argv[])
{
    const QByteArray screen
        = qgetenv("SPUW_FIT_SCREEN").isEmpty() ? QByteArray("1024x768") : qgetenv("SPUW_FIT_SCREEN");
    const QList<QByteArray> size = screen.split('x');
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile f(file);
    if (size.size() != 2 || !f.open(QIODevice::WriteOnly))
        return 2;
    f.write(QByteArray(R"({"windowFrameMargins": true, "screens": [{"name": "fit", "x": 0, "y": 0, "width": )")
        + size.at(0) + R"(, "height": )" + size.at(1) + R"(, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.toLocal8Bit());
    QApplication app(argc, argv);
    TestPageFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPageFit.moc"
