#include "FileVersion.h"

#include <QtTest>

using spuw::formats::FileVersion;

class TestFileVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void fromMsLs();
    void ordering();
};

void TestFileVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("four parts") << "3.6.2.670" << true << "3.6.2.670";
    QTest::newRow("two parts") << "5.2" << true << "5.2.0.0";
    QTest::newRow("part too large") << "3.6.2.70000" << false << "";
    QTest::newRow("five parts") << "1.2.3.4.5" << false << "";
    QTest::newRow("letters") << "3.6.a.670" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("trailing dot") << "3.6." << false << "";
}

void TestFileVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const auto v = FileVersion::parse(text.toStdString());
    QCOMPARE(v.has_value(), valid);
    if (v)
        QCOMPARE(QString::fromStdString(v->toString()), normalised);
}

void TestFileVersion::fromMsLs()
{
    // dwFileVersionMS 0x00030006, dwFileVersionLS 0x0002029E -> 3.6.2.670
    QCOMPARE(FileVersion::fromMsLs(0x00030006, 0x0002029E).toString(), std::string("3.6.2.670"));
}

void TestFileVersion::ordering()
{
    const auto a = *FileVersion::parse("3.6.2.670");
    const auto b = *FileVersion::parse("3.6.3.670");
    const auto c = *FileVersion::parse("3.10.0.0");
    QVERIFY(a < b);
    QVERIFY(b < c); // numeric, not textual
    QVERIFY(a != b);
    QVERIFY(a == *FileVersion::parse("3.6.2.670"));
}

QTEST_GUILESS_MAIN(TestFileVersion)
#include "TestFileVersion.moc"
