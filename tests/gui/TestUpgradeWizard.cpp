#include "Session.h"
#include "Translations.h"
#include "UpgradeWizard.h"

#include <QApplication>
#include <QLabel>
#include <QTranslator>
#include <QtTest>

using namespace spuw;

class TestUpgradeWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWelcomePage();
    void germanStringsAppear();
};

void TestUpgradeWizard::showsWelcomePage()
{
    Session session(nullptr);
    UpgradeWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Secure Path Upgrade Wizard"));
    QCOMPARE(wizard.currentId(), int(UpgradeWizard::WelcomePageId));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Welcome"));
    auto *mode = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("modeLabel"));
    QVERIFY(mode);
    QVERIFY(mode->isVisible());
    QVERIFY(mode->text().contains(QStringLiteral("Training mode")));
}

void TestUpgradeWizard::germanStringsAppear()
{
    const QString loaded = installTranslations(*qApp, QStringLiteral("de"));
    QCOMPARE(loaded, QStringLiteral("de"));
    Session session(nullptr);
    UpgradeWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Secure-Path-Upgrade-Assistent"));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Willkommen"));
    auto *mode = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("modeLabel"));
    QVERIFY(mode->text().startsWith(QStringLiteral("Trainingsmodus")));
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

QTEST_MAIN(TestUpgradeWizard)
#include "TestUpgradeWizard.moc"
