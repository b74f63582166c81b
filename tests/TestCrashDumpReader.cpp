#include "CrashDumpReader.h"
#include "ServerImage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw::formats;

namespace {

CrashDumpHeader readBytes(const QByteArray &b)
{
    MemorySource src(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
    return readCrashDumpHeader(src);
}

} // namespace

class TestCrashDumpReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realTriageDump();
    void laidOutHeaders_data();
    void laidOutHeaders();
    void userModeMinidumpIsNotMisread();
    void truncatedHeader_data();
    void truncatedHeader();
    void notADump();
    void hugeSparseDumpReadsOnlyTheHeader();
};

void TestCrashDumpReader::realTriageDump()
{
    // Values as the fixture's README (and rizin's own test) state them.
    const auto h = readCrashDumpHeader(
        QFile::encodeName(QStringLiteral(SPUW_TEST_DATA "/fixtures/dumps/triage_x64.dmp")).toStdString());
    QVERIFY2(h.ok(), h.errorDetail.c_str());
    QCOMPARE(h.bits, 64);
    QCOMPARE(h.build, 19041u);
    QCOMPARE(h.processors, 16u);
    QCOMPARE(h.machine, 0x8664u);
    QCOMPARE(h.dumpType, 4u);
    QCOMPARE(h.bugCheckCode, 0x1000007Eu);
    QCOMPARE(h.stopCode(), 0x7Eu);
    QCOMPARE(h.parameters[0], Q_UINT64_C(0xFFFFFFFFC0000005));
    QCOMPARE(h.parameters[1], Q_UINT64_C(0xFFFFF8048B58334C));
    QCOMPARE(h.parameters[2], Q_UINT64_C(0xFFFF850429891EE8));
    QCOMPARE(h.parameters[3], Q_UINT64_C(0xFFFF850429891720));
}

void TestCrashDumpReader::laidOutHeaders_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<quint32>("build");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<quint32>("dumpType");
    QTest::newRow("Server 2003 small dump, 0xC2") << 32 << 3790u << 0xC2u << 4u;
    QTest::newRow("Windows 2000 full dump, 0xC2") << 32 << 2195u << 0xC2u << 1u;
    QTest::newRow("Server 2003 x64 kernel dump") << 64 << 3790u << 0x100000C2u << 2u;
}

void TestCrashDumpReader::laidOutHeaders()
{
    QFETCH(int, bits);
    QFETCH(quint32, build);
    QFETCH(quint32, code);
    QFETCH(quint32, dumpType);
    spuw::test::DumpSpec spec;
    spec.bits = bits;
    spec.build = build;
    spec.bugCheckCode = code;
    spec.dumpType = dumpType;
    spec.machine = bits == 32 ? 0x14C : 0x8664;
    spec.parameters = {0x7, 0x121a, 0x0, 0x8a3f1e30};
    const auto h = readBytes(spec.bytes());
    QVERIFY(h.ok());
    QCOMPARE(h.bits, bits);
    QCOMPARE(h.build, build);
    QCOMPARE(h.bugCheckCode, code);
    QCOMPARE(h.stopCode(), 0xC2u);
    QCOMPARE(h.dumpType, dumpType);
    QCOMPARE(h.productType, 3u);
    QCOMPARE(h.machine, spec.machine);
    QCOMPARE(h.parameters[0], Q_UINT64_C(0x7));
    QCOMPARE(h.parameters[3], Q_UINT64_C(0x8a3f1e30));
}

void TestCrashDumpReader::userModeMinidumpIsNotMisread()
{
    QByteArray mdmp("MDMP\x93\xA7\0\0", 8);
    mdmp.append(QByteArray(8192, '\x01'));
    const auto h = readBytes(mdmp);
    QCOMPARE(h.error, CrashDumpHeader::Error::UserModeMinidump);
}

void TestCrashDumpReader::truncatedHeader_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("length");
    QTest::newRow("32-bit, 6 bytes") << 32 << 6;
    QTest::newRow("32-bit, 100 bytes") << 32 << 100;
    QTest::newRow("32-bit, one short of SuiteMask") << 32 << 0xF9B;
    QTest::newRow("64-bit, 0x1000 bytes") << 64 << 0x1000;
}

void TestCrashDumpReader::truncatedHeader()
{
    QFETCH(int, bits);
    QFETCH(int, length);
    spuw::test::DumpSpec spec;
    spec.bits = bits;
    const auto h = readBytes(spec.bytes().left(length));
    QCOMPARE(h.error, CrashDumpHeader::Error::Truncated);
}

void TestCrashDumpReader::notADump()
{
    QCOMPARE(readBytes(QByteArray("regf").repeated(2000)).error, CrashDumpHeader::Error::NotADump);
    QCOMPARE(readBytes(QByteArray("PAGEXXXX").repeated(2000)).error, CrashDumpHeader::Error::NotADump);
    QCOMPARE(readCrashDumpHeader(std::string("/nonexistent/MEMORY.DMP")).error, CrashDumpHeader::Error::CannotOpen);
}

void TestCrashDumpReader::hugeSparseDumpReadsOnlyTheHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("MEMORY.DMP"));
    spuw::test::DumpSpec spec;
    spec.dumpType = 1;
    spec.totalSize = 0;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(spec.bytes());
    QVERIFY(f.resize(qint64(4) * 1024 * 1024 * 1024)); // sparse 4 GiB
    f.close();
    FileSource src(QFile::encodeName(path).toStdString());
    const auto h = readCrashDumpHeader(src);
    QVERIFY(h.ok());
    QCOMPARE(h.dumpType, 1u);
    QVERIFY(src.bytesRead() <= 0x2000);
}

QTEST_GUILESS_MAIN(TestCrashDumpReader)
#include "TestCrashDumpReader.moc"
