#include "HiveBuilder.h"
#include "HiveReader.h"
#include "ServerImage.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;

namespace {

QString unpack(const QTemporaryDir &dir, const QString &xz)
{
    const QString out = dir.filePath(QFileInfo(xz).completeBaseName());
    return spuw::test::ServerImage::unpackXz(xz, out) ? out : QString();
}

} // namespace

class TestHiveReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueTypes();
    void currentControlSetComesFromSelect();
    void keysAndValuesIgnoreCase();
    void realWindows10SystemHive();
    void damagedHives_data();
    void damagedHives();
    void neverWritesTheHive();

private:
    QTemporaryDir m_dir;
};

void TestHiveReader::valueTypes()
{
    test::HiveBuilder b;
    b.setString(QStringLiteral("A\\B"), QStringLiteral("Sz"), QStringLiteral("C:\\WINNT"));
    b.setExpandString(QStringLiteral("A\\B"), QStringLiteral("Expand"), QStringLiteral("%SystemRoot%\\MEMORY.DMP"));
    b.setMultiString(QStringLiteral("A\\B"), QStringLiteral("Multi"),
        {QStringLiteral("C:\\pagefile.sys 1536 3072"), QStringLiteral("D:\\pagefile.sys 512 1024")});
    b.setDword(QStringLiteral("A\\B"), QStringLiteral("Dword"), 0xC2);
    const QString path = m_dir.filePath(QStringLiteral("types"));
    QString error;
    QVERIFY2(b.write(path, &error), qPrintable(error));

    HiveReader r;
    QVERIFY2(r.open(path), qPrintable(r.errorString()));
    QCOMPARE(r.string(QStringLiteral("A\\B"), QStringLiteral("Sz")), QString(QStringLiteral("C:\\WINNT")));
    QCOMPARE(r.string(QStringLiteral("A\\B"), QStringLiteral("Expand")),
        QString(QStringLiteral("%SystemRoot%\\MEMORY.DMP")));
    QCOMPARE(*r.multiString(QStringLiteral("A\\B"), QStringLiteral("Multi")),
        (QStringList{QStringLiteral("C:\\pagefile.sys 1536 3072"), QStringLiteral("D:\\pagefile.sys 512 1024")}));
    QCOMPARE(r.dword(QStringLiteral("A\\B"), QStringLiteral("Dword")), std::optional<quint32>(0xC2));
    // Wrong type or missing: nothing, not a guess.
    QVERIFY(!r.dword(QStringLiteral("A\\B"), QStringLiteral("Sz")));
    QVERIFY(!r.string(QStringLiteral("A\\B"), QStringLiteral("Dword")));
    QVERIFY(!r.string(QStringLiteral("A\\B"), QStringLiteral("Missing")));
    QVERIFY(!r.string(QStringLiteral("A\\Missing"), QStringLiteral("Sz")));
    QCOMPARE(r.subkeys(QStringLiteral("A")), QStringList{QStringLiteral("B")});
}

void TestHiveReader::currentControlSetComesFromSelect()
{
    test::HiveBuilder b;
    b.setDword(QStringLiteral("Select"), QStringLiteral("Current"), 2);
    b.setString(QStringLiteral("ControlSet001\\Control\\ProductOptions"), QStringLiteral("ProductType"),
        QStringLiteral("WinNT"));
    b.setString(QStringLiteral("ControlSet002\\Control\\ProductOptions"), QStringLiteral("ProductType"),
        QStringLiteral("LanmanNT"));
    const QString path = m_dir.filePath(QStringLiteral("select"));
    QString error;
    QVERIFY2(b.write(path, &error), qPrintable(error));
    HiveReader r;
    QVERIFY(r.open(path));
    QCOMPARE(r.currentControlSet(), std::optional<QString>(QStringLiteral("ControlSet002")));

    test::HiveBuilder noSet;
    noSet.setDword(QStringLiteral("Select"), QStringLiteral("Current"), 3);
    noSet.addKey(QStringLiteral("ControlSet001"));
    const QString path2 = m_dir.filePath(QStringLiteral("select-missing"));
    QVERIFY(noSet.write(path2, &error));
    HiveReader r2;
    QVERIFY(r2.open(path2));
    QVERIFY(!r2.currentControlSet()); // never falls back to ControlSet001
}

void TestHiveReader::keysAndValuesIgnoreCase()
{
    test::HiveBuilder b;
    b.setString(QStringLiteral("ControlSet001\\Services\\NTDS\\Parameters"), QStringLiteral("DSA Database file"),
        QStringLiteral("D:\\NTDS\\ntds.dit"));
    const QString path = m_dir.filePath(QStringLiteral("case"));
    QString error;
    QVERIFY(b.write(path, &error));
    HiveReader r;
    QVERIFY(r.open(path));
    QCOMPARE(r.string(QStringLiteral("controlset001\\SERVICES\\ntds\\parameters"), QStringLiteral("dsa database FILE")),
        QString(QStringLiteral("D:\\NTDS\\ntds.dit")));
}

void TestHiveReader::realWindows10SystemHive()
{
    const QString path = unpack(m_dir, QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/SYSTEM_win10_regipy.xz"));
    QVERIFY(!path.isEmpty());
    HiveReader r;
    QVERIFY2(r.open(path), qPrintable(r.errorString()));
    const auto cs = r.currentControlSet();
    QCOMPARE(cs, std::optional<QString>(QStringLiteral("ControlSet001")));
    QCOMPARE(r.string(*cs + QStringLiteral("\\Control\\ProductOptions"), QStringLiteral("ProductType")),
        QString(QStringLiteral("WinNT")));
    const auto paging = r.multiString(
        *cs + QStringLiteral("\\Control\\Session Manager\\Memory Management"), QStringLiteral("PagingFiles"));
    QVERIFY(paging);
    QCOMPARE(paging->value(0).section(QLatin1Char(' '), 0, 0), QStringLiteral("?:\\pagefile.sys"));
    // The trap: NTDS exists, NTDS\Parameters does not.
    QVERIFY(r.hasKey(*cs + QStringLiteral("\\Services\\NTDS")));
    QVERIFY(!r.hasKey(*cs + QStringLiteral("\\Services\\NTDS\\Parameters")));
}

void TestHiveReader::damagedHives_data()
{
    // What each damaged hive gives: refused at open with the reason, or opened and the damage named
    // by the reads that meet it, or (damage hivex cannot see) read as a hive without the keys a
    // Windows hive has, which the offline probe refuses in turn.
    QTest::addColumn<QString>("xz");
    QTest::addColumn<QString>("openError"); // empty: opens
    QTest::addColumn<QString>("damage"); // after reading every key: what damage() says; empty: none seen
    QTest::addColumn<QStringList>("rootKeys");
    const QString damaged = QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/damaged/");
    QTest::newRow("BadBaseBlockHive") << damaged + QStringLiteral("BadBaseBlockHive.xz")
                                      << QStringLiteral("is not a readable registry hive: Invalid argument")
                                      << QString() << QStringList();
    QTest::newRow("GarbageHive") << damaged + QStringLiteral("GarbageHive.xz")
                                 << QStringLiteral("is not a readable registry hive: Invalid argument") << QString()
                                 << QStringList();
    QTest::newRow("TruncatedHiveBin") << damaged + QStringLiteral("TruncatedHiveBin.xz")
                                      << QStringLiteral("only 1024 bytes") << QString() << QStringList();
    QTest::newRow("corrupted_system_regipy.xz")
        << QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/corrupted_system_regipy.xz")
        << QStringLiteral("is not a readable registry hive") << QString() << QStringList();
    QTest::newRow("TruncatedHive") << damaged + QStringLiteral("TruncatedHive.xz") << QString()
                                   << QStringLiteral("the subkeys of key_with_many_subkeys cannot be read")
                                   << QStringList{QStringLiteral("key_with_many_subkeys")};
    QTest::newRow("TruncatedNameHive") << damaged + QStringLiteral("TruncatedNameHive.xz") << QString()
                                       << QStringLiteral("a subkey's name cannot be read") << QStringList();
    const QStringList numbered{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("BadListHive") << damaged + QStringLiteral("BadListHive.xz") << QString() << QString() << numbered;
    QTest::newRow("BadSubkeyHive") << damaged + QStringLiteral("BadSubkeyHive.xz") << QString() << QString()
                                   << numbered;
    QTest::newRow("EmptyHive") << damaged + QStringLiteral("EmptyHive.xz") << QString() << QString() << QStringList();
}

namespace {

void readEverything(const HiveReader &r, const QString &key, int depth = 0)
{
    for (const QString &k : r.subkeys(key)) {
        if (depth < 16)
            readEverything(r, key.isEmpty() ? k : key + QLatin1Char('\\') + k, depth + 1);
    }
}

} // namespace

void TestHiveReader::damagedHives()
{
    QFETCH(QString, xz);
    QFETCH(QString, openError);
    QFETCH(QString, damage);
    QFETCH(QStringList, rootKeys);
    const QString path = unpack(m_dir, xz);
    QVERIFY(!path.isEmpty());
    HiveReader r;
    const bool opened = r.open(path);
    if (!openError.isEmpty()) {
        QVERIFY2(!opened, "a damaged hive was opened");
        QVERIFY2(r.errorString().contains(path), qPrintable(r.errorString()));
        QVERIFY2(r.errorString().contains(openError), qPrintable(r.errorString()));
        return;
    }
    QVERIFY2(opened, qPrintable(r.errorString()));
    QCOMPARE(r.subkeys(QString()), rootKeys);
    readEverything(r, QString());
    if (damage.isEmpty()) {
        QVERIFY2(r.damage().isEmpty(), qPrintable(r.damage()));
    } else {
        QVERIFY2(r.damage().contains(damage), qPrintable(r.damage()));
        QVERIFY(r.damage().contains(path));
    }
    // None of them is a Windows hive: the keys the probe needs are absent, never invented.
    QVERIFY(!r.currentControlSet());
    QVERIFY(!r.string(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("ProductName")));
}

void TestHiveReader::neverWritesTheHive()
{
    test::HiveBuilder b;
    b.setString(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("y"));
    const QString path = m_dir.filePath(QStringLiteral("ro"));
    QString error;
    QVERIFY(b.write(path, &error));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QDateTime before = QFileInfo(path).lastModified();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    {
        HiveReader r;
        QVERIFY(r.open(path));
        QVERIFY(r.string(QStringLiteral("A"), QStringLiteral("x")));
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

QTEST_GUILESS_MAIN(TestHiveReader)
#include "TestHiveReader.moc"
