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
    QTest::addColumn<QString>("xz");
    const QDir damaged(QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/damaged"));
    for (const QString &f : damaged.entryList({QStringLiteral("*.xz")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << damaged.filePath(f);
    QTest::newRow("corrupted_system_regipy.xz")
        << QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/corrupted_system_regipy.xz");
}

void TestHiveReader::damagedHives()
{
    QFETCH(QString, xz);
    const QString path = unpack(m_dir, xz);
    QVERIFY(!path.isEmpty());
    HiveReader r;
    if (!r.open(path)) {
        QVERIFY2(r.errorString().contains(path), qPrintable(r.errorString()));
        return;
    }
    // Opened: every read must still be safe, and answers are absent rather than invented.
    const auto cs = r.currentControlSet();
    const QString set = cs.value_or(QStringLiteral("ControlSet001"));
    r.string(set + QStringLiteral("\\Control\\ProductOptions"), QStringLiteral("ProductType"));
    r.multiString(set + QStringLiteral("\\Control\\Session Manager\\Memory Management"), QStringLiteral("PagingFiles"));
    r.subkeys(set + QStringLiteral("\\Services"));
    for (const QString &k : r.subkeys(QString()))
        r.subkeys(k);
    QVERIFY(true);
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
