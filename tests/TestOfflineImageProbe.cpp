#include "OfflineImageProbe.h"
#include "PlanRules.h"
#include "ServerImage.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace spuw;
using spuw::test::DumpSpec;
using spuw::test::ServerImage;

namespace {

QMap<QString, QByteArray> fingerprint(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(path,
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                + QFileInfo(path).lastModified().toString(Qt::ISODateWithMs).toUtf8());
    }
    return out;
}

} // namespace

class TestOfflineImageProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAStandaloneServer();
    void followsSelectCurrentNotControlSet001();
    void mixedCasePaths();
    void severalPageFiles();
    void domainControllerVsLeftoverNtds();
    void clusterDatabase();
    void crashDumpsWhereCrashControlSays();
    void raidiskAbsentOrUnreadable();
    void badImages_data();
    void badImages();
    void neverWritesTheImage();
    void sanIsTheOperatorsAnswer();
    void specialRaidiskIsNeverAVerdict_data();
    void specialRaidiskIsNeverAVerdict();
    void specialDumpsAreNeverNone_data();
    void specialDumpsAreNeverNone();
    void damagedHivesStopTheAssessment_data();
    void damagedHivesStopTheAssessment();

private:
    ProbeResult probeImage(const ServerImage &image, std::optional<QStringList> san = QStringList{QStringLiteral("E:")})
    {
        const QString root = m_dir.filePath(QStringLiteral("img%1").arg(++m_count));
        QString error;
        [&] { QVERIFY2(image.write(root, &error), qPrintable(error)); }();
        m_lastRoot = root;
        return OfflineImageProbe(root, san).probe();
    }
    QTemporaryDir m_dir;
    QString m_lastRoot;
    int m_count = 0;
};

void TestOfflineImageProbe::readsAStandaloneServer()
{
    ServerImage image;
    image.suites = {QStringLiteral("Enterprise")};
    const ProbeResult r = probeImage(image);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const SystemFacts &f = r.facts;
    QCOMPARE(f.computerName.get(), QStringLiteral("SRV01"));
    QCOMPARE(f.computerName.origin, FactOrigin::File);
    QVERIFY(f.computerName.source.contains(QStringLiteral("ControlSet001\\Control\\ComputerName")));
    QCOMPARE(f.productName.get(), QStringLiteral("Microsoft Windows 2000"));
    QCOMPARE(f.osVersion.get(), QStringLiteral("5.0"));
    QCOMPARE(f.osBuild.get(), 2195);
    QCOMPARE(f.servicePack.get(), QStringLiteral("Service Pack 4"));
    QCOMPARE(f.productType.get(), QStringLiteral("ServerNT"));
    QCOMPARE(f.productSuites.get(), QStringList{QStringLiteral("Enterprise")});
    QCOMPARE(f.systemRoot.get(), QStringLiteral("C:\\WINNT"));
    QCOMPARE(f.isDomainController(), std::optional<bool>(false));
    QCOMPARE(f.clusterMember.get(), false);
    QCOMPARE(f.pagingFiles.get().size(), 1);
    QCOMPARE(f.pagingFiles.get().first().maximumMb, std::optional<int>(3072));
    QVERIFY(f.securePath.get().present);
    QCOMPARE(f.securePath.get().fileVersion, QStringLiteral("3.6.2.670"));
    QCOMPARE(f.securePath.get().path, QStringLiteral("C:\\WINNT\\System32\\DRIVERS\\Raidisk.sys"));
    QVERIFY(f.crashDumps.get().isEmpty());
    QCOMPARE(PlanRules::evaluate(f).procedure, Procedure::Standalone);
}

void TestOfflineImageProbe::followsSelectCurrentNotControlSet001()
{
    ServerImage image;
    image.currentControlSet = 2; // ControlSet001 is a decoy that says WinNT / DECOY
    const ProbeResult r = probeImage(image);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.computerName.get(), QStringLiteral("SRV01"));
    QCOMPARE(r.facts.productType.get(), QStringLiteral("ServerNT"));
    QVERIFY(r.facts.productType.source.contains(QStringLiteral("ControlSet002")));
    QCOMPARE(r.facts.pagingFiles.get().first().path, QStringLiteral("C:\\pagefile.sys"));
}

void TestOfflineImageProbe::mixedCasePaths()
{
    ServerImage image;
    image.mixedCase = true;
    image.minidumps = {{QStringLiteral("MINI010103-01.DMP"), DumpSpec{}}};
    const ProbeResult r = probeImage(image);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(QFileInfo::exists(m_lastRoot + QStringLiteral("/WiNnT/SyStEm32/CoNfIg/SyStEm")));
    QCOMPARE(r.facts.securePath.get().fileVersion, QStringLiteral("3.6.2.670"));
    QCOMPARE(r.facts.crashDumps.get().size(), 1);
}

void TestOfflineImageProbe::severalPageFiles()
{
    ServerImage image;
    image.pagingFiles = {QStringLiteral("C:\\pagefile.sys 512 1024"), QStringLiteral("F:\\pagefile.sys 2048 4096")};
    const ProbeResult r = probeImage(image, QStringList{QStringLiteral("F:")});
    QCOMPARE(r.facts.pagingFiles.get().size(), 2);
    const Plan plan = PlanRules::evaluate(r.facts);
    QCOMPARE(plan.procedure, Procedure::Defer);
    QCOMPARE(plan.blockerIds(), QStringList{QStringLiteral("pagefile-on-san")});
    QVERIFY(plan.blockers.first().message.contains(QStringLiteral("F:\\pagefile.sys")));
}

void TestOfflineImageProbe::domainControllerVsLeftoverNtds()
{
    ServerImage leftover;
    leftover.ntdsKey = true;
    leftover.productType = QStringLiteral("ServerNT");
    ProbeResult r = probeImage(leftover);
    QCOMPARE(r.facts.ntdsParameters.get(), false);
    QCOMPARE(r.facts.isDomainController(), std::optional<bool>(false));

    ServerImage dc;
    dc.productType = QStringLiteral("LanmanNT");
    dc.ntdsParameters = true;
    dc.adDatabase = QStringLiteral("E:\\NTDS\\ntds.dit");
    r = probeImage(dc);
    QCOMPARE(r.facts.isDomainController(), std::optional<bool>(true));
    QCOMPARE(r.facts.adDatabasePath.get(), QStringLiteral("E:\\NTDS\\ntds.dit"));
    QCOMPARE(r.facts.adLogPath.get(), QStringLiteral("C:\\WINNT\\NTDS")); // %SystemRoot% expanded
    QCOMPARE(PlanRules::evaluate(r.facts).blockerIds(), QStringList{QStringLiteral("ad-database-on-san")});
}

void TestOfflineImageProbe::clusterDatabase()
{
    ServerImage image;
    image.clusterService = true;
    image.clusterDatabase = true;
    image.clusterNodes = {QStringLiteral("SRV01"), QStringLiteral("SRV02"), QStringLiteral("SRV03")};
    ProbeResult r = probeImage(image);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.clusterMember.get(), true);
    QCOMPARE(r.facts.clusterName.get(), QStringLiteral("CLUSTER1"));
    QCOMPARE(r.facts.clusterNodes.get(), image.clusterNodes);
    const Plan plan = PlanRules::evaluate(r.facts);
    QCOMPARE(plan.procedure, Procedure::Clustered);
    QCOMPARE(plan.remainingNodes, (QStringList{QStringLiteral("SRV02"), QStringLiteral("SRV03")}));

    ServerImage unconfigured;
    unconfigured.clusterService = true; // installed, never configured
    r = probeImage(unconfigured);
    QCOMPARE(r.facts.clusterMember.get(), false);
    QVERIFY(!r.warnings.isEmpty());
}

void TestOfflineImageProbe::crashDumpsWhereCrashControlSays()
{
    ServerImage image;
    image.version = QStringLiteral("5.2");
    image.build = QStringLiteral("3790");
    image.memoryDmp = true;
    image.memoryDmpSpec.dumpType = 1;
    DumpSpec old;
    old.build = 2195;
    image.minidumps = {{QStringLiteral("Mini010103-01.dmp"), DumpSpec{}}, {QStringLiteral("Mini010103-02.dmp"), old}};
    ProbeResult r = probeImage(image);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const auto dumps = r.facts.crashDumps.get();
    QCOMPARE(dumps.size(), 3);
    QCOMPARE(dumps.at(0).path, QStringLiteral("C:\\WINNT\\MEMORY.DMP"));
    QCOMPARE(dumps.at(0).dumpType, 1);
    QCOMPARE(dumps.at(1).path, QStringLiteral("C:\\WINNT\\Minidump\\Mini010103-01.dmp"));
    QCOMPARE(dumps.at(1).bugCheckCode, 0xC2u);
    QCOMPARE(dumps.at(1).build, 3790);
    QCOMPARE(dumps.at(2).build, 2195);
    QCOMPARE(PlanRules::evaluate(r.facts).procedure, Procedure::Recovery);

    // A DumpFile elsewhere on the system volume is followed; one on another volume is reported.
    ServerImage moved;
    moved.dumpFileValue = QStringLiteral("C:\\dumps\\crash.dmp");
    QString error;
    const QString root = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(moved.write(root, &error));
    QDir().mkpath(root + QStringLiteral("/DUMPS"));
    QFile f(root + QStringLiteral("/DUMPS/CRASH.DMP"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(DumpSpec{}.bytes());
    f.close();
    r = OfflineImageProbe(root, QStringList{}).probe();
    QCOMPARE(r.facts.crashDumps.get().size(), 1);
    QCOMPARE(r.facts.crashDumps.get().first().path, QStringLiteral("C:\\dumps\\crash.dmp"));

    ServerImage elsewhere;
    elsewhere.dumpFileValue = QStringLiteral("D:\\MEMORY.DMP");
    r = probeImage(elsewhere);
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("D:\\MEMORY.DMP")));

    // A user-mode minidump or a truncated dump is a warning naming the file, not a fact.
    ServerImage odd;
    DumpSpec truncated;
    truncated.totalSize = 0;
    odd.minidumps = {{QStringLiteral("short.dmp"), truncated}};
    QVERIFY(odd.write(m_dir.filePath(QStringLiteral("odd")), &error));
    QFile cut(m_dir.filePath(QStringLiteral("odd/WINNT/Minidump/short.dmp")));
    QVERIFY(cut.resize(100));
    r = OfflineImageProbe(m_dir.filePath(QStringLiteral("odd")), QStringList{}).probe();
    QVERIFY(r.facts.crashDumps.get().isEmpty());
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("short.dmp")));
}

void TestOfflineImageProbe::raidiskAbsentOrUnreadable()
{
    ServerImage none;
    none.raidiskVersion.clear();
    ProbeResult r = probeImage(none);
    QVERIFY(r.facts.securePath.known());
    QVERIFY(!r.facts.securePath.get().present);
    QCOMPARE(PlanRules::evaluate(r.facts).blockerIds(), QStringList{QStringLiteral("securepath-not-installed")});

    ServerImage noVersion;
    noVersion.raidiskFile = QStringLiteral(SPUW_TEST_DATA "/pe/noversion.sys");
    r = probeImage(noVersion);
    QVERIFY(r.facts.securePath.get().present);
    QVERIFY(r.facts.securePath.get().fileVersion.isEmpty());
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no version resource")));
    QCOMPARE(PlanRules::evaluate(r.facts).procedure, Procedure::Undetermined);
}

void TestOfflineImageProbe::badImages_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a folder") << "file"
                                  << "is not a folder";
    QTest::newRow("empty folder") << "empty"
                                  << "does not look like a Windows system volume";
    QTest::newRow("SOFTWARE missing") << "no-software"
                                      << "SOFTWARE hive is missing";
    QTest::newRow("SYSTEM is a damaged hive") << "damaged-system"
                                              << "SYSTEM";
    QTest::newRow("SYSTEM is garbage") << "garbage-system"
                                       << "SYSTEM";
}

void TestOfflineImageProbe::badImages()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const QString root = m_dir.filePath(QStringLiteral("bad-") + damage);
    QString error;
    if (damage == QLatin1String("file")) {
        QFile f(root);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(QDir().mkpath(root));
    } else {
        QVERIFY(ServerImage().write(root, &error));
        const QString config = root + QStringLiteral("/WINNT/system32/config/");
        if (damage == QLatin1String("no-software")) {
            QVERIFY(QFile::remove(config + QStringLiteral("SOFTWARE")));
        } else if (damage == QLatin1String("damaged-system")) {
            QFile::remove(config + QStringLiteral("SYSTEM"));
            QVERIFY(ServerImage::unpackXz(QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/corrupted_system_regipy.xz"),
                config + QStringLiteral("SYSTEM")));
        } else {
            QFile f(config + QStringLiteral("SYSTEM"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, 'x'));
        }
    }
    const ProbeResult r = OfflineImageProbe(root, QStringList{}).probe();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(r.error.contains(QDir::toNativeSeparators(root)) || r.error.contains(root), qPrintable(r.error));
}

void TestOfflineImageProbe::neverWritesTheImage()
{
    ServerImage image;
    image.clusterService = image.clusterDatabase = true;
    image.clusterNodes = {QStringLiteral("SRV01"), QStringLiteral("SRV02")};
    image.minidumps = {{QStringLiteral("Mini.dmp"), DumpSpec{}}};
    const QString root = m_dir.filePath(QStringLiteral("pristine"));
    QString error;
    QVERIFY(image.write(root, &error));
    const auto before = fingerprint(root);
    QTest::qWait(20); // so a rewrite would change a timestamp
    const ProbeResult r = OfflineImageProbe(root, QStringList{}).probe();
    QVERIFY(r.ok());
    QCOMPARE(fingerprint(root), before);
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("WINNT")});
}

void TestOfflineImageProbe::sanIsTheOperatorsAnswer()
{
    const ProbeResult r = probeImage(ServerImage(), std::nullopt);
    QVERIFY(!r.facts.sanVolumes.known());
    QCOMPARE(PlanRules::evaluate(r.facts).procedure, Procedure::Undetermined);
    const ProbeResult r2 = probeImage(ServerImage(), QStringList{QStringLiteral("E:")});
    QCOMPARE(r2.facts.sanVolumes.origin, FactOrigin::Operator);
}

namespace {

// Puts something that is not a regular file at `path`: a FIFO, a folder, a link to /dev/zero, a
// link to itself, or a cut copy of `cutFrom`.
bool plantSpecial(const QString &path, const QString &kind, const QString &cutFrom = {})
{
    QFile::remove(path);
    QDir().rmdir(path);
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0644) == 0;
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path);
    if (kind == QLatin1String("dev-zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (kind == QLatin1String("loop"))
        return ::symlink(native.constData(), native.constData()) == 0;
    if (kind == QLatin1String("truncated")) {
        QFile from(cutFrom);
        QFile to(path);
        return from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly) && to.write(from.read(700)) == 700;
    }
    return false;
}

} // namespace

void TestOfflineImageProbe::specialRaidiskIsNeverAVerdict_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FIFO") << "fifo"
                          << "FIFO";
    QTest::newRow("folder") << "folder"
                            << "folder";
    QTest::newRow("link to /dev/zero") << "dev-zero"
                                       << "character device";
    QTest::newRow("link to itself") << "loop"
                                    << "loops";
    QTest::newRow("truncated") << "truncated"
                               << "damaged";
}

// F2/F8: a Raidisk.sys that cannot be read as a driver never gives "not installed" or a version;
// the assessment stops naming the file (exit 2), and a FIFO does not hang it.
void TestOfflineImageProbe::specialRaidiskIsNeverAVerdict()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString root = m_dir.filePath(QStringLiteral("raidisk-") + kind);
    QString error;
    QVERIFY2(ServerImage().write(root, &error), qPrintable(error));
    const QString driver = root + QStringLiteral("/WINNT/system32/Drivers/Raidisk.sys");
    QVERIFY(plantSpecial(driver, kind, ServerImage::peFixture(QStringLiteral("3.6.2.670"))));
    QElapsedTimer t;
    t.start();
    const ProbeResult r = OfflineImageProbe(root, QStringList{}).probe();
    QVERIFY(t.elapsed() < 10000);
    QVERIFY2(!r.ok(), "an unreadable Raidisk.sys must stop the assessment");
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Raidisk.sys")), qPrintable(r.error));
    QVERIFY(!r.facts.securePath.known());
}

void TestOfflineImageProbe::specialDumpsAreNeverNone_data()
{
    QTest::addColumn<QString>("where"); // MEMORY.DMP or a file in Minidump
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"fifo", "folder", "dev-zero", "loop"}) {
        QTest::addRow("MEMORY.DMP %s", kind) << "MEMORY.DMP" << kind;
        QTest::addRow("Minidump entry %s", kind) << "Minidump/Mini010203-01.dmp" << kind;
    }
}

// F8: a dump that cannot be read is said in a warning naming it, and the dumps are unknown, never
// "none".
void TestOfflineImageProbe::specialDumpsAreNeverNone()
{
    QFETCH(QString, where);
    QFETCH(QString, kind);
    const QString root = m_dir.filePath(QStringLiteral("dumps-%1").arg(++m_count));
    QString error;
    QVERIFY2(ServerImage().write(root, &error), qPrintable(error));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/WINNT/Minidump")));
    const QString path = root + QStringLiteral("/WINNT/") + where;
    QVERIFY(plantSpecial(path, kind));
    const ProbeResult r = OfflineImageProbe(root, QStringList{}).probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(!r.facts.crashDumps.known(), "a dump that cannot be read must not give 'no dumps'");
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QFileInfo(path).fileName()), qPrintable(warnings));
}

void TestOfflineImageProbe::damagedHivesStopTheAssessment_data()
{
    QTest::addColumn<QString>("hive"); // SYSTEM or SOFTWARE
    QTest::addColumn<QString>("fixture");
    QStringList fixtures;
    for (const QString &dir : {QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/damaged"),
             QStringLiteral(SPUW_TEST_DATA "/../../../shared/fixtures/hives/damaged")}) {
        const QDir d(dir);
        for (const QString &f : d.entryList({QStringLiteral("*.xz")}, QDir::Files, QDir::Name)) {
            if (!fixtures.contains(f))
                fixtures << d.filePath(f);
        }
    }
    fixtures << QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/corrupted_system_regipy.xz");
    for (const QString &hive : {QStringLiteral("SYSTEM"), QStringLiteral("SOFTWARE")}) {
        QSet<QString> seen;
        for (const QString &f : std::as_const(fixtures)) {
            const QString name = QFileInfo(f).fileName();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            QTest::addRow("%s as %s", qPrintable(name), qPrintable(hive)) << hive << f;
        }
    }
}

// F8: every damaged hive, as SYSTEM and as SOFTWARE, stops the assessment naming the file (exit 2):
// never "undetermined" with a warning that does not say the file is damaged.
void TestOfflineImageProbe::damagedHivesStopTheAssessment()
{
    QFETCH(QString, hive);
    QFETCH(QString, fixture);
    const QString root = m_dir.filePath(QStringLiteral("damaged-%1").arg(++m_count));
    QString error;
    QVERIFY2(ServerImage().write(root, &error), qPrintable(error));
    const QString target = root + QStringLiteral("/WINNT/system32/config/") + hive;
    QVERIFY(QFile::remove(target));
    QVERIFY(ServerImage::unpackXz(fixture, target));
    const ProbeResult r = OfflineImageProbe(root, QStringList{}).probe();
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted; warnings: ") + r.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(r.error.contains(target), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestOfflineImageProbe)
#include "TestOfflineImageProbe.moc"
