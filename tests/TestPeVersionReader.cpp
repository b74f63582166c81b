#include "PeVersionReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw::formats;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PeVersionInfo readBytes(const QByteArray &b)
{
    MemorySource src(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
    return readPeVersion(src);
}

QString exiftoolVersion(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("exiftool"), {QStringLiteral("-s3"), QStringLiteral("-FileVersionNumber"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

const QString kZlib32 = QStringLiteral("/usr/i686-w64-mingw32/lib/zlib1.dll");
const QString kZlib64 = QStringLiteral("/usr/x86_64-w64-mingw32/lib/zlib1.dll");
const QString kWin32Loader = QStringLiteral("/usr/share/win32/win32-loader.exe");

// Offset of the resource directory of one of our fixtures, for surgical damage.
quint32 resourceDirOffset(const QByteArray &pe)
{
    const auto *d = reinterpret_cast<const std::uint8_t *>(pe.constData());
    const quint32 peOff = le32(d + 0x3C);
    const quint16 sections = le16(d + peOff + 6);
    const quint16 optSize = le16(d + peOff + 20);
    const quint32 rva = le32(d + peOff + 24 + 96 + 16);
    for (int i = 0; i < sections; ++i) {
        const auto *s = d + peOff + 24 + optSize + 40 * i;
        if (rva >= le32(s + 12) && rva < le32(s + 12) + le32(s + 16))
            return le32(s + 20) + (rva - le32(s + 12));
    }
    return 0;
}

} // namespace

class TestPeVersionReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ourDriverFixtures_data();
    void ourDriverFixtures();
    void debianPeFilesAgreeWithExiftool_data();
    void debianPeFilesAgreeWithExiftool();
    void binaryVersionWinsOverString();
    void noVersionResource();
    void badInput_data();
    void badInput();
    void everyTruncationIsAnError();
    void readsOnlyWhatItNeeds();
};

void TestPeVersionReader::ourDriverFixtures_data()
{
    QTest::addColumn<QString>("version");
    for (const char *v : {"3.6.2.670", "3.6.3.670", "3.5.1.500", "4.0.0.720"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestPeVersionReader::ourDriverFixtures()
{
    QFETCH(QString, version);
    const QString path = QStringLiteral(SPUW_TEST_DATA "/pe/raidisk-%1.sys").arg(version);
    const auto info = readPeVersion(QFile::encodeName(path).toStdString());
    QVERIFY2(info.ok(), info.errorDetail.c_str());
    QCOMPARE(QString::fromStdString(info.fileVersion.toString()), version);
    QCOMPARE(QString::fromStdString(info.productVersion.toString()), version);
    QCOMPARE(info.fileType, 3u); // VFT_DRV
    QCOMPARE(info.fileSubtype, 7u); // VFT2_DRV_SYSTEM
    QVERIFY(!info.pe32Plus);
    QCOMPARE(info.machine, std::uint16_t(0x14C));
    if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty())
        QSKIP("exiftool (libimage-exiftool-perl) is not installed");
    QCOMPARE(exiftoolVersion(path), version);
}

void TestPeVersionReader::debianPeFilesAgreeWithExiftool_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pe32Plus");
    QTest::newRow("zlib1.dll PE32") << kZlib32 << false;
    QTest::newRow("zlib1.dll PE32+") << kZlib64 << true;
    QTest::newRow("win32-loader.exe") << kWin32Loader << false;
}

void TestPeVersionReader::debianPeFilesAgreeWithExiftool()
{
    QFETCH(QString, path);
    QFETCH(bool, pe32Plus);
    if (!QFile::exists(path))
        QSKIP("install libz-mingw-w64 and win32-loader (.ci/run does)");
    const auto info = readPeVersion(QFile::encodeName(path).toStdString());
    QVERIFY2(info.ok(), info.errorDetail.c_str());
    QCOMPARE(info.pe32Plus, pe32Plus);
    if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty())
        QSKIP("exiftool is not installed");
    QCOMPARE(QString::fromStdString(info.fileVersion.toString()), exiftoolVersion(path));
}

void TestPeVersionReader::binaryVersionWinsOverString()
{
    if (!QFile::exists(kWin32Loader) || !QFile::exists(kZlib64))
        QSKIP("install libz-mingw-w64 and win32-loader (.ci/run does)");
    // Its StringFileInfo says "0.10.6 +kernels"; the binary block is what Windows reports.
    const auto loader = readPeVersion(QFile::encodeName(kWin32Loader).toStdString());
    QCOMPARE(loader.fileVersion.toString(), std::string("2022.3.21.2258"));
    const auto zlib = readPeVersion(QFile::encodeName(kZlib64).toStdString());
    QCOMPARE(zlib.fileVersion.toString(), std::string("1.2.13.0"));
}

void TestPeVersionReader::noVersionResource()
{
    const auto info
        = readPeVersion(QFile::encodeName(QStringLiteral(SPUW_TEST_DATA "/pe/noversion.sys")).toStdString());
    QCOMPARE(info.error, PeVersionInfo::Error::NoVersionResource);
}

void TestPeVersionReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("error");
    const QByteArray good = readAll(QStringLiteral(SPUW_TEST_DATA "/pe/raidisk-3.6.2.670.sys"));
    QVERIFY(!good.isEmpty());
    const quint32 rsrc = resourceDirOffset(good);
    QVERIFY(rsrc > 0);

    QTest::newRow("empty") << QByteArray() << int(PeVersionInfo::Error::NotPe);
    QTest::newRow("text") << QByteArray("This program cannot be run in DOS mode.\n").repeated(4)
                          << int(PeVersionInfo::Error::NotPe);
    QByteArray b = good;
    b[0x3C] = char(0xF0);
    b[0x3D] = char(0xFF);
    QTest::newRow("PE offset outside file") << b << int(PeVersionInfo::Error::NotPe);
    b = good;
    b.replace(int(le32(reinterpret_cast<const std::uint8_t *>(good.constData()) + 0x3C)), 2, "NE");
    QTest::newRow("NE executable") << b << int(PeVersionInfo::Error::NotPe);
    b = good;
    // Type directory entry points back at itself: a loop.
    b[int(rsrc + 16 + 4)] = 0;
    b[int(rsrc + 16 + 5)] = 0;
    b[int(rsrc + 16 + 6)] = 0;
    b[int(rsrc + 16 + 7)] = char(0x80);
    QTest::newRow("resource directory loop") << b << int(PeVersionInfo::Error::BadResourceDirectory);
    b = good;
    b[int(rsrc + 14)] = char(0xFF);
    b[int(rsrc + 15)] = char(0x7F);
    QTest::newRow("absurd entry count") << b << int(PeVersionInfo::Error::BadResourceDirectory);
    b = good;
    b[int(rsrc + 16)] = 6; // RT_STRING instead of RT_VERSION
    QTest::newRow("no RT_VERSION") << b << int(PeVersionInfo::Error::NoVersionResource);
    b = good;
    const int sig = int(b.indexOf(QByteArray("\xBD\x04\xEF\xFE", 4)));
    QVERIFY(sig > 0);
    b[sig] = 0;
    QTest::newRow("fixed info signature broken") << b << int(PeVersionInfo::Error::BadVersionResource);
}

void TestPeVersionReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, error);
    const auto info = readBytes(bytes);
    QCOMPARE(int(info.error), error);
    QVERIFY(!info.errorDetail.empty());
}

void TestPeVersionReader::everyTruncationIsAnError()
{
    const QByteArray good = readAll(QStringLiteral(SPUW_TEST_DATA "/pe/raidisk-3.6.3.670.sys"));
    int okCount = 0;
    for (int n = 0; n < good.size(); n += 7) {
        const auto info = readBytes(good.left(n));
        if (info.ok()) {
            // Only possible once everything the reader needs is present, and then it is right.
            QCOMPARE(info.fileVersion.toString(), std::string("3.6.3.670"));
            ++okCount;
        }
    }
    QVERIFY(okCount < good.size() / 7);
}

void TestPeVersionReader::readsOnlyWhatItNeeds()
{
    // A 64 MiB file with the driver at its head: the reader touches a few hundred bytes.
    QByteArray big = readAll(QStringLiteral(SPUW_TEST_DATA "/pe/raidisk-3.6.2.670.sys"));
    big.append(QByteArray(64 * 1024 * 1024, '\0'));
    MemorySource src(reinterpret_cast<const std::uint8_t *>(big.constData()), std::size_t(big.size()));
    const auto info = readPeVersion(src);
    QVERIFY(info.ok());
    QVERIFY2(src.bytesRead() < 4096, qPrintable(QString::number(src.bytesRead())));
}

QTEST_GUILESS_MAIN(TestPeVersionReader)
#include "TestPeVersionReader.moc"
