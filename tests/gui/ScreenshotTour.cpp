// On demand (not a ctest): walks the wizard through its pages and saves a picture of each, so the
// pages can be looked at as a user would. Run under Xvfb for real rendering:
//   xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb SPUW_SHOTS=out/ build/tests/ScreenshotTour
// with QT_SCALE_FACTOR=2 for 200 %, and SPUW_LANGUAGE=de|ja|pseudo for a language (pseudo: every text
// 40 % longer and accented). The window is as large as the screen lets it be (at most 980x720).
// resources/screenshots/update.sh makes the pictures the README shows.
#include "BugcheckScreen.h"
#include "JournalDialog.h"
#include "PseudoTranslator.h"
#include "Translations.h"
#include "WizardWalk.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace spuw;
using spuw::test::Walk;
using W = UpgradeWizard;

class ScreenshotTour final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standalone();
    void otherProcedures();
    void missingLun();

private:
    void shoot(QWidget *w, const QString &name)
    {
        QTest::qWait(150);
        const QString file
            = QDir(m_out).filePath(QStringLiteral("%1-%2.png").arg(++m_n, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY(w->grab().save(file));
    }
    void start(Walk &walk)
    {
        QVERIFY(QTest::qWaitForWindowExposed(walk.wizard.get()));
        WAIT_IDLE(walk);
        walk.wizard->currentPage()
            ->findChild<QLineEdit *>(QStringLiteral("operatorName"))
            ->setText(QStringLiteral("Ada Operator"));
    }
    QString m_out;
    QTemporaryDir m_dir;
    int m_n = 0;
};

void ScreenshotTour::initTestCase()
{
    m_out = qEnvironmentVariable("SPUW_SHOTS", QStringLiteral("screenshots"));
    QDir().mkpath(m_out);
    const QString language = qEnvironmentVariable("SPUW_LANGUAGE");
    if (language == QLatin1String("pseudo"))
        QCoreApplication::installTranslator(new test::PseudoTranslator(qApp));
    else if (!language.isEmpty())
        QCOMPARE(installTranslations(*qApp, language), language);
}

void ScreenshotTour::standalone()
{
    Walk walk(QStringLiteral("standalone-ready"), m_dir.filePath(QStringLiteral("a.sqlite")));
    start(walk);
    shoot(walk.wizard.get(), QStringLiteral("welcome"));
    NEXT(walk, W::PreflightPageId);
    shoot(walk.wizard.get(), QStringLiteral("preflight"));
    NEXT(walk, W::BackupPageId);
    ROOM(walk, "take-backup");
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("backupMedia"))
        ->setText(QStringLiteral("LTO-2 tape 0042, vault B"));
    PRESS(walk, "attest-backup");
    shoot(walk.wizard.get(), QStringLiteral("backup"));
    NEXT(walk, W::SanDisconnectPageId);
    PRESS(walk, "check-disconnect-san");
    shoot(walk.wizard.get(), QStringLiteral("san-disconnect-refused"));
    ROOM(walk, "disconnect-san");
    PRESS(walk, "check-disconnect-san");
    NEXT(walk, W::UpgradePageId);
    shoot(walk.wizard.get(), QStringLiteral("upgrade"));
    ROOM(walk, "upgrade-windows");
    PRESS(walk, "check-upgrade-windows");
    NEXT(walk, W::SecurePathReinstallPageId);
    ROOM(walk, "install-securepath-4.0a");
    PRESS(walk, "check-install-securepath-2003");
    shoot(walk.wizard.get(), QStringLiteral("securepath-reinstall"));
    NEXT(walk, W::SanReattachPageId);
    ROOM(walk, "reconnect-san");
    PRESS(walk, "check-reconnect-san");
    shoot(walk.wizard.get(), QStringLiteral("san-reattach"));
    NEXT(walk, W::SummaryPageId);
    shoot(walk.wizard.get(), QStringLiteral("summary-debrief"));
    walk.wizard->button(QWizard::CustomButton1)->click();
    shoot(walk.wizard->journalDialog(), QStringLiteral("journal"));
}

void ScreenshotTour::otherProcedures()
{
    {
        Walk walk(QStringLiteral("dc-ad-on-san"), m_dir.filePath(QStringLiteral("b.sqlite")));
        start(walk);
        NEXT(walk, W::PreflightPageId);
        shoot(walk.wizard.get(), QStringLiteral("preflight-defer"));
        NEXT(walk, W::DeferPageId);
        shoot(walk.wizard.get(), QStringLiteral("defer"));
    }
    {
        Walk walk(QStringLiteral("cluster-two-node"), m_dir.filePath(QStringLiteral("c.sqlite")));
        start(walk);
        NEXT(walk, W::PreflightPageId);
        NEXT(walk, W::ClusterPrepPageId);
        ROOM(walk, "move-shared-storage");
        PRESS(walk, "check-cluster-move-storage");
        shoot(walk.wizard.get(), QStringLiteral("cluster-prepare"));
    }
    {
        Walk walk(QStringLiteral("standalone-needs-4.0a"), m_dir.filePath(QStringLiteral("d.sqlite")));
        start(walk);
        NEXT(walk, W::PreflightPageId);
        NEXT(walk, W::InstallSecurePathFirstPageId);
        PRESS(walk, "check-install-securepath-4.0a");
        shoot(walk.wizard.get(), QStringLiteral("install-securepath-first"));
    }
    {
        Walk walk(QStringLiteral("standalone-ready"), m_dir.filePath(QStringLiteral("e.sqlite")));
        start(walk);
        NEXT(walk, W::PreflightPageId);
        NEXT(walk, W::BackupPageId);
        ROOM(walk, "upgrade-windows");
        QTRY_COMPARE(walk.wizard->currentId(), int(W::RecoveryPageId));
        WAIT_IDLE(walk);
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *screen = qobject_cast<BugcheckScreen *>(w))
                shoot(screen, QStringLiteral("bugcheck"));
        }
        shoot(walk.wizard.get(), QStringLiteral("recovery"));
    }
}

void ScreenshotTour::missingLun()
{
    Walk walk(QStringLiteral("trap-lun-missing"), m_dir.filePath(QStringLiteral("f.sqlite")));
    start(walk);
    NEXT(walk, W::PreflightPageId);
    NEXT(walk, W::BackupPageId);
    ROOM(walk, "take-backup");
    ROOM(walk, "take-backup");
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("backupMedia"))
        ->setText(QStringLiteral("LTO-2 tape 0042, vault B"));
    PRESS(walk, "attest-backup");
    NEXT(walk, W::SanDisconnectPageId);
    spuw::test::walkFromSanDisconnectToReattach(walk);
    if (QTest::currentTestFailed())
        return;
    ROOM(walk, "reconnect-san");
    PRESS(walk, "check-reconnect-san");
    shoot(walk.wizard.get(), QStringLiteral("lun-missing"));
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("escalateTo"))
        ->setText(QStringLiteral("SAN team, ticket 4711"));
    PRESS(walk, "escalate");
    shoot(walk.wizard.get(), QStringLiteral("lun-escalated"));
    NEXT(walk, W::SummaryPageId);
    shoot(walk.wizard.get(), QStringLiteral("summary-not-complete"));
    // Esc asks before anything is left.
    QTimer::singleShot(300, this, [&] {
        if (QWidget *question = walk.wizard->leavingQuestion()) {
            shoot(question, QStringLiteral("leave-question"));
            QTest::keyClick(question, Qt::Key_Escape);
        }
    });
    QTest::keyClick(walk.wizard.get(), Qt::Key_Escape);
}

QTEST_MAIN(ScreenshotTour)
#include "ScreenshotTour.moc"
