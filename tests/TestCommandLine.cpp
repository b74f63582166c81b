#include "CommandLine.h"

#include <QtTest>

using namespace spuw;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void sanVolumes_data();
    void sanVolumes();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("errorContains");
    const auto m = [](CommandLineOptions::Mode mode) { return int(mode); };
    QTest::newRow("no arguments: the window") << QStringList{} << true << m(CommandLineOptions::Mode::Gui) << "";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true << m(CommandLineOptions::Mode::Help) << "";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true << m(CommandLineOptions::Mode::Version)
                             << "";
    QTest::newRow("preflight") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--image"),
        QStringLiteral("/img"), QStringLiteral("--san-volumes"), QStringLiteral("e,F:"), QStringLiteral("--json")}
                               << true << m(CommandLineOptions::Mode::Preflight) << "";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << false << 0 << "frobnicate";
    QTest::newRow("preflight without image") << QStringList{QStringLiteral("--preflight")} << false << 0 << "--image";
    QTest::newRow("preflight without san volumes")
        << QStringList{QStringLiteral("--preflight"), QStringLiteral("--image"), QStringLiteral("/img")} << false << 0
        << "--san-volumes";
    QTest::newRow("json alone") << QStringList{QStringLiteral("--json")} << false << 0 << "--preflight";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("oops")} << false << 0 << "oops";
    QTest::newRow("live window") << QStringList{QStringLiteral("--live")} << true << m(CommandLineOptions::Mode::Gui)
                                 << "";
    QTest::newRow("live preflight") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--live"),
        QStringLiteral("--san-volumes"), QStringLiteral("none")}
                                    << true << m(CommandLineOptions::Mode::Preflight) << "";
    QTest::newRow("live preflight without san volumes") << QStringList{QStringLiteral("--preflight"),
        QStringLiteral("--live")} << false << 0 << "evidence, not an answer";
    QTest::newRow("live report preflight")
        << QStringList{QStringLiteral("--preflight"), QStringLiteral("--live-report"), QStringLiteral("/r.json"),
               QStringLiteral("--san-volumes"), QStringLiteral("E:")}
        << true << m(CommandLineOptions::Mode::Preflight) << "";
    QTest::newRow("live report in the window")
        << QStringList{QStringLiteral("--live-report"), QStringLiteral("/r.json")} << false << 0 << "snapshot";
    QTest::newRow("agent preflight") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--agent"),
        QStringLiteral("srv01:17409"), QStringLiteral("--pairing-code-file"), QStringLiteral("/code.txt"),
        QStringLiteral("--san-volumes"), QStringLiteral("E:")}
                                     << true << m(CommandLineOptions::Mode::Preflight) << "";
    QTest::newRow("agent in the window") << QStringList{QStringLiteral("--agent"), QStringLiteral("srv01"),
        QStringLiteral("--pairing-code-file"), QStringLiteral("/code.txt")}
                                         << true << m(CommandLineOptions::Mode::Gui) << "";
    QTest::newRow("agent without its code") << QStringList{QStringLiteral("--preflight"), QStringLiteral("--agent"),
        QStringLiteral("srv01"), QStringLiteral("--san-volumes"), QStringLiteral("E:")}
                                            << false << 0 << "--pairing-code-file";
    QTest::newRow("a code without an agent")
        << QStringList{QStringLiteral("--pairing-code-file"), QStringLiteral("/code.txt")} << false << 0 << "--agent";
    QTest::newRow("agent preflight without san volumes") << QStringList{QStringLiteral("--preflight"),
        QStringLiteral("--agent"), QStringLiteral("srv01"), QStringLiteral("--pairing-code-file"),
        QStringLiteral("/code.txt")} << false << 0 << "--agent needs --san-volumes";
    QTest::newRow("agent and image") << QStringList{QStringLiteral("--agent"), QStringLiteral("srv01"),
        QStringLiteral("--pairing-code-file"), QStringLiteral("/c"), QStringLiteral("--image"), QStringLiteral("/img")}
                                     << false << 0 << "exclude each other";
    QTest::newRow("two systems") << QStringList{QStringLiteral("--live"), QStringLiteral("--scenario"),
        QStringLiteral("standalone-ready")}
                                 << false << 0 << "exclude each other";
    QTest::newRow("verify with an expected head")
        << QStringList{QStringLiteral("--journal"), QStringLiteral("j.sqlite"), QStringLiteral("--verify-journal"),
               QStringLiteral("--expect-head"), QStringLiteral("0123456789ABCDEF")}
        << true << m(CommandLineOptions::Mode::VerifyJournal) << "";
    QTest::newRow("expected head that is not a hash") << QStringList{QStringLiteral("--journal"),
        QStringLiteral("j.sqlite"), QStringLiteral("--verify-journal"), QStringLiteral("--expect-head"),
        QStringLiteral("12ab")} << false << 0 << "not a head hash";
    QTest::newRow("expected head without verify") << QStringList{QStringLiteral("--journal"),
        QStringLiteral("j.sqlite"), QStringLiteral("--expect-head"), QStringLiteral("0123456789abcdef")}
                                                  << false << 0 << "goes with --verify-journal";
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(int, mode);
    QFETCH(QString, errorContains);
    const auto r = CommandLine::parse(QStringList{QStringLiteral("sp-upgrade-wizard")} + args);
    QCOMPARE(r.error.isEmpty(), ok);
    if (ok)
        QCOMPARE(int(r.options.mode), mode);
    else
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
}

void TestCommandLine::sanVolumes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("volumes");
    QTest::newRow("none") << "none" << true << QStringList{};
    QTest::newRow("NONE") << "NONE" << true << QStringList{};
    QTest::newRow("mixed forms") << "e:,F,g:\\" << true
                                 << QStringList{QStringLiteral("E:"), QStringLiteral("F:"), QStringLiteral("G:")};
    QTest::newRow("duplicates") << "E:,e" << true << QStringList{QStringLiteral("E:")};
    QTest::newRow("empty") << "," << false << QStringList{};
    QTest::newRow("word") << "E:,SAN" << false << QStringList{};
}

void TestCommandLine::sanVolumes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, volumes);
    QString error;
    const auto v = CommandLine::parseVolumes(text, &error);
    QCOMPARE(v.has_value(), ok);
    if (v)
        QCOMPARE(*v, volumes);
    else
        QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
