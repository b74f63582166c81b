#include "ResumeCommand.h"

#include <QTest>

using namespace spuw::live;

class TestResumeCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected forms follow the rules CommandLineToArgvW reads by; the Win32 tests under Wine
    // read them back with CommandLineToArgvW itself.
    void quoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "--journal"
                               << "--journal";
        QTest::newRow("path without spaces") << "D:\\runs\\srv01.db"
                                             << "D:\\runs\\srv01.db";
        QTest::newRow("spaces") << "C:\\Secure Path\\run.db"
                                << "\"C:\\Secure Path\\run.db\"";
        QTest::newRow("empty") << ""
                               << "\"\"";
        QTest::newRow("quote") << "a\"b"
                               << "\"a\\\"b\"";
        QTest::newRow("backslash before quote") << "a\\\"b"
                                                << "\"a\\\\\\\"b\"";
        QTest::newRow("trailing backslash") << "C:\\my dir\\"
                                            << "\"C:\\my dir\\\\\"";
        QTest::newRow("inner backslashes stay single") << "C:\\a b\\c"
                                                       << "\"C:\\a b\\c\"";
    }
    void quoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(QString::fromStdString(ResumeCommand::quote(argument.toStdString())), quoted);
    }

    void programIsAlwaysQuoted()
    {
        std::string error;
        const std::string line
            = ResumeCommand::build("C:\\SPUW\\sp-upgrade-wizard.exe", {"--journal", "D:\\j.db"}, &error);
        QCOMPARE(
            QString::fromStdString(line), QStringLiteral("\"C:\\SPUW\\sp-upgrade-wizard.exe\" --journal D:\\j.db"));
        QVERIFY(error.empty());
    }

    void tooLongIsRefused()
    {
        std::string error;
        const std::string journal = "D:\\" + std::string(250, 'x') + ".db";
        QVERIFY(ResumeCommand::build("C:\\w.exe", {"--journal", journal}, &error).empty());
        QVERIFY2(error.find("260") != std::string::npos, error.c_str());
        const std::string fits = "D:\\" + std::string(230, 'x');
        error.clear();
        QVERIFY(!ResumeCommand::build("C:\\w.exe", {"--journal", fits}, &error).empty());
    }
};

QTEST_GUILESS_MAIN(TestResumeCommand)
#include "TestResumeCommand.moc"
