// The live Windows probe end to end: the mingw-w64 build of the Win32 side runs under Wine posing
// as Windows 2000 Server, a Windows 2000 domain controller and Windows Server 2003; its report goes
// through WindowsProbe into SystemFacts, the KB rules and a Session, exactly as on a real server.
//
// Wine is set up by tests/support/WinePrefix.h (shared with TestRemoteProbe). Known Wine limits are asserted as limits:
// GetNodeClusterState is a stub that says "not installed"; disks answer with a made-up SCSI descriptor; Z: is the
// host's root.

#include "LiveFacts.h"
#include "PlanRules.h"
#include "ServerImage.h"
#include "Session.h"
#include "WindowsProbe.h"
#include "WinePrefix.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;
using spuw::test::windowsPath;
using spuw::test::Wine;

namespace {

const QString kLiveProbe = QStringLiteral(SPUW_WIN64_DIR "/spuw-live-probe.exe");
const QString kWin32Tests = QStringLiteral(SPUW_WIN64_DIR "/spuw-win32-tests.exe");

using spuw::test::kControl;
using spuw::test::kServices;
using spuw::test::kVersionKey;

// Whether a run that gave no report failed in Wine itself (it could not start the program), the
// only failure worth a second run. The program's own failures (a crash shows as "Unhandled
// exception" or "page fault", an exit code of its own, any output) are not.
bool wineItselfFailed(int rc, const QByteArray &out, const QByteArray &err)
{
    if (rc == 0 || !out.trimmed().isEmpty())
        return false;
    const QByteArray e = err.toLower();
    for (const char *crash : {"unhandled", "exception", "page fault", "backtrace", "starting debugger"}) {
        if (e.contains(crash))
            return false;
    }
    if (rc < 0) // Wine hung or was killed by a signal: the timeout of host()
        return true;
    for (const char *start :
        {"wine: could not", "wine: failed", "wine: cannot", "wineserver", "could not load", "chdir to", "err:"}) {
        if (e.contains(start))
            return true;
    }
    return false;
}

} // namespace

class TestWindowsProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void win32SideUnderWine();
    void i686BuildIsA32BitWindowsProgram();
    void windows2000ServerIsReadThroughWin32();
    void sanDisconnectIsVerifiedOnTheLiveServer();
    void windows2000DomainControllerWithAdOnSanIsDeferred();
    void server2003WithBugcheckDumpLeadsToRecovery();
    void runOnceEntryIsWrittenAndRemoved();
    void garbageFromTheProbeIsAnError();
    void onlyWineFailuresAreRetried_data();
    void onlyWineFailuresAreRetried();

private:
    ProbeResult probeNow();
    WindowsProbe::Collector collector();
    void poseAsWindows2000(const QString &productType);
    void putRaidisk(const QString &version);
    void attachSanVolume(bool attached);

    Wine m_wine;
    QTemporaryDir m_san; // what drive E: shows
};

void TestWindowsProbe::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kLiveProbe), qPrintable(kLiveProbe));
    QVERIFY2(QFileInfo::exists(kWin32Tests), qPrintable(kWin32Tests));
    QString error;
    QElapsedTimer t;
    t.start();
    QVERIFY2(m_wine.create(&error), qPrintable(error));
    qInfo("fresh Wine prefix in %lld ms", t.elapsed());
    QVERIFY(m_san.isValid());
}

void TestWindowsProbe::cleanupTestCase()
{
    m_wine.stopServer();
}

WindowsProbe::Collector TestWindowsProbe::collector()
{
    return [this](QString *error) -> std::optional<live::LiveReport> {
        // Once in a CI run Wine itself failed a run of the probe (the report was never seen); one
        // more run is allowed for that, logged with what Wine said. Anything else fails at once: a
        // crash of the probe (with winedbg disabled it also exits non-zero without output), a
        // non-zero exit of the probe, a report that is read but wrong.
        for (int attempt = 1;; ++attempt) {
            QByteArray out;
            QByteArray err;
            const int rc = m_wine.wine({kLiveProbe}, &out, &err);
            if (rc == 0 && out.trimmed().startsWith('{'))
                return LiveFacts::fromJson(out, QStringLiteral("spuw-live-probe.exe under Wine"), error);
            *error = QStringLiteral("spuw-live-probe.exe under Wine exited with %1, %2 bytes of output; stderr: %3")
                         .arg(rc)
                         .arg(out.size())
                         .arg(QString::fromLocal8Bit(err.left(2000)));
            if (attempt == 2 || !wineItselfFailed(rc, out, err))
                return std::nullopt;
            qWarning("%s", qPrintable(*error));
        }
    };
}

ProbeResult TestWindowsProbe::probeNow()
{
    return WindowsProbe(collector(), QStringLiteral("Wine")).probe();
}

void TestWindowsProbe::poseAsWindows2000(const QString &productType)
{
    QVERIFY(m_wine.poseAsWindows2000(productType));
}

void TestWindowsProbe::putRaidisk(const QString &version)
{
    QVERIFY(m_wine.putRaidisk(version));
}

void TestWindowsProbe::attachSanVolume(bool attached)
{
    const QString link = m_wine.prefix() + QStringLiteral("/dosdevices/e:");
    QFile::remove(link);
    if (attached)
        QVERIFY(QFile::link(m_san.path(), link));
    QVERIFY(m_wine.restart());
}

void TestWindowsProbe::win32SideUnderWine()
{
    QByteArray out;
    const int rc = m_wine.wine({kWin32Tests, windowsPath(QStringLiteral(SPUW_TEST_DATA "/pe")),
                                   windowsPath(QStringLiteral(SPUW_TEST_DATA "/fixtures/dumps/triage_x64.dmp"))},
        &out);
    qInfo().noquote() << out.trimmed();
    QCOMPARE(rc, 0);
    QVERIFY(out.contains(" checks, 0 failed"));
}

void TestWindowsProbe::i686BuildIsA32BitWindowsProgram()
{
    // 32-bit programs cannot run here (no IA-32 emulation): the i686 build is proven to compile
    // and link, and to be a PE32 for x86.
    for (const QString &name : {QStringLiteral("spuw-live-probe.exe"), QStringLiteral("spuw-win32-tests.exe")}) {
        QFile f(QStringLiteral(SPUW_BINARY_DIR "/win32-i686/") + name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray head = f.read(4096);
        QVERIFY(head.startsWith("MZ"));
        const quint32 pe = qFromLittleEndian<quint32>(head.constData() + 0x3C);
        QVERIFY(pe + 6 < quint32(head.size()));
        QCOMPARE(head.mid(int(pe), 4), QByteArray("PE\0\0", 4));
        QCOMPARE(qFromLittleEndian<quint16>(head.constData() + pe + 4), quint16(0x14C));
    }
}

void TestWindowsProbe::windows2000ServerIsReadThroughWin32()
{
    poseAsWindows2000(QStringLiteral("ServerNT"));
    putRaidisk(QStringLiteral("3.6.2.670"));
    attachSanVolume(true);
    const ProbeResult r = probeNow();
    QVERIFY2(r.ok(), qPrintable(r.error));
    const SystemFacts &f = r.facts;
    QCOMPARE(f.osVersion.get(), QStringLiteral("5.0"));
    QCOMPARE(f.osVersion.source, QStringLiteral("RtlGetVersion"));
    QCOMPARE(f.osBuild.get(), 2195);
    QCOMPARE(f.servicePack.get(), QStringLiteral("Service Pack 4"));
    QCOMPARE(f.productType.get(), QStringLiteral("ServerNT")); // VER_NT_SERVER from Windows itself
    QVERIFY(f.productType.source.contains(QStringLiteral("wProductType 3")));
    QVERIFY(!f.computerName.get().isEmpty());
    QCOMPARE(f.pagingFiles.get().size(), 1);
    QCOMPARE(f.pagingFiles.get().first().initialMb, std::optional<int>(1536));
    QVERIFY(f.securePath.get().present);
    QCOMPARE(f.securePath.get().fileVersion, QStringLiteral("3.6.2.670"));
    QVERIFY(f.securePath.source.contains(QStringLiteral("GetFileVersionInfoW")));
    QCOMPARE(f.isDomainController(), std::optional<bool>(false));
    // Wine's GetNodeClusterState is a stub: "not installed", which the probe reports as such.
    QCOMPARE(f.clusterMember.get(), false);
    QVERIFY(f.clusterMember.source.contains(QStringLiteral("not installed")));
    QVERIFY(r.mountedVolumes->contains(QStringLiteral("C:")));
    QVERIFY(r.mountedVolumes->contains(QStringLiteral("E:")));
    // Wine's disks answer with a made-up SCSI descriptor: evidence that says nothing either way,
    // so nothing is guessed.
    for (const VolumeEvidence &e : r.volumeEvidence) {
        if (e.volume == QLatin1String("E:"))
            QCOMPARE(e.verdict, VolumeEvidence::Verdict::Unclear);
    }
    QVERIFY(!f.sanVolumes.known());
    SystemFacts answered = f;
    answered.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
    QCOMPARE(PlanRules::evaluate(answered).procedure, Procedure::Standalone);
}

void TestWindowsProbe::sanDisconnectIsVerifiedOnTheLiveServer()
{
    QTemporaryDir dir;
    Session s(std::make_unique<WindowsProbe>(collector(), QStringLiteral("Wine as Windows 2000")));
    const ProbeResult first = s.probe()->probe();
    QVERIFY2(first.ok(), qPrintable(first.error));
    s.applyProbeResult(first);
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(s.beginRun());
    s.answerSanVolumes({QStringLiteral("E:")});
    QStringList questions;
    for (const Question &q : s.plan().questions)
        questions << q.text;
    QVERIFY2(s.decideProcedure(),
        qPrintable(s.lastRefusal() + u' ' + questions.join(u'|') + u' ' + first.warnings.join(u'|')));
    QVERIFY(s.attestStep(StepId::Backup,
        {{QStringLiteral("media"), QStringLiteral("LTO-2")},
            {QStringLiteral("finished_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}));
    QVERIFY(!s.verifyStep(StepId::DisconnectSan));
    QVERIFY(s.lastRefusal().contains(QStringLiteral("E:")));
    QVERIFY(!s.interlock(StepId::UpgradeWindows).isEmpty());
    attachSanVolume(false);
    s.applyProbeResult(s.probe()->probe());
    QVERIFY2(s.verifyStep(StepId::DisconnectSan), qPrintable(s.lastRefusal()));
    QVERIFY(s.interlock(StepId::UpgradeWindows).isEmpty());
    QVERIFY(s.journal().verify().ok);
}

void TestWindowsProbe::windows2000DomainControllerWithAdOnSanIsDeferred()
{
    poseAsWindows2000(QStringLiteral("LanmanNT"));
    QCOMPARE(m_wine.regAdd(kServices + QStringLiteral("\\NTDS\\Parameters"), QStringLiteral("DSA Database file"),
                 QStringLiteral("E:\\NTDS\\ntds.dit")),
        0);
    QCOMPARE(m_wine.regAdd(kServices + QStringLiteral("\\NTDS\\Parameters"), QStringLiteral("Database log files path"),
                 QStringLiteral("%SystemRoot%\\NTDS"), QStringLiteral("REG_EXPAND_SZ")),
        0);
    attachSanVolume(true);
    ProbeResult r = probeNow();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.productType.get(), QStringLiteral("LanmanNT"));
    QVERIFY(r.facts.productType.source.contains(QStringLiteral("wProductType 2")));
    QCOMPARE(r.facts.isDomainController(), std::optional<bool>(true));
    QCOMPARE(r.facts.adDatabasePath.get(), QStringLiteral("E:\\NTDS\\ntds.dit"));
    QCOMPARE(r.facts.adLogPath.get().toLower(), QStringLiteral("c:\\windows\\ntds"));
    r.facts.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
    const Plan plan = PlanRules::evaluate(r.facts);
    QCOMPARE(plan.procedure, Procedure::Defer);
    m_wine.reg({QStringLiteral("delete"), kServices + QStringLiteral("\\NTDS")});
}

void TestWindowsProbe::server2003WithBugcheckDumpLeadsToRecovery()
{
    QCOMPARE(
        m_wine.regAdd(QStringLiteral("HKCU\\Software\\Wine"), QStringLiteral("Version"), QStringLiteral("win2003")), 0);
    QCOMPARE(m_wine.regAdd(kControl + QStringLiteral("\\ProductOptions"), QStringLiteral("ProductType"),
                 QStringLiteral("ServerNT")),
        0);
    putRaidisk(QStringLiteral("3.6.2.670"));
    const QString minidump = m_wine.driveC() + QStringLiteral("/windows/Minidump");
    QDir().mkpath(minidump);
    test::DumpSpec spec; // 0xC2 BAD_POOL_CALLER on build 3790, a small memory dump
    QFile dump(minidump + QStringLiteral("/Mini112526-01.dmp"));
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write(spec.bytes());
    dump.close();
    QFile broken(minidump + QStringLiteral("/Mini112526-02.dmp"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PAGEDUMP"); // cut off after the signature
    broken.close();
    attachSanVolume(false);

    const ProbeResult r = probeNow();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.osVersion.get(), QStringLiteral("5.2"));
    QCOMPARE(r.facts.osBuild.get(), 3790);
    const QList<CrashDumpFact> dumps = r.facts.crashDumps.get();
    QCOMPARE(dumps.size(), 1);
    QCOMPARE(dumps.first().stopCode(), 0xC2u);
    QCOMPARE(dumps.first().build, 3790);
    QVERIFY(dumps.first().path.endsWith(QStringLiteral("Minidump\\Mini112526-01.dmp"), Qt::CaseInsensitive));
    QVERIFY2(!r.warnings.filter(QStringLiteral("Mini112526-02.dmp")).isEmpty(), qPrintable(r.warnings.join(u'\n')));
    SystemFacts answered = r.facts;
    answered.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
    QCOMPARE(PlanRules::evaluate(answered).procedure, Procedure::Recovery);
    QDir(minidump).removeRecursively();
}

void TestWindowsProbe::runOnceEntryIsWrittenAndRemoved()
{
    const QString journal = QStringLiteral("D:\\Secure Path runs\\SRV01.sqlite");
    QByteArray out;
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--set-resume"),
                             QStringLiteral("C:\\Program Files\\SPUW\\sp-upgrade-wizard.exe"), journal},
                 &out),
        0);
    // Read back by Wine's own reg.exe, not by our code.
    QByteArray listed;
    QCOMPARE(m_wine.wine({QStringLiteral("reg"), QStringLiteral("query"),
                             QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce"),
                             QStringLiteral("/v"), QStringLiteral("SecurePathUpgradeWizard")},
                 &listed),
        0);
    QVERIFY2(listed.contains("\"C:\\Program Files\\SPUW\\sp-upgrade-wizard.exe\" --journal "
                             "\"D:\\Secure Path runs\\SRV01.sqlite\""),
        listed.constData());
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--show-resume")}), 0);
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--remove-resume")}), 0);
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--show-resume")}), 1);
    QVERIFY(m_wine.wine({QStringLiteral("reg"), QStringLiteral("query"),
                QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce"), QStringLiteral("/v"),
                QStringLiteral("SecurePathUpgradeWizard")})
        != 0);
    // A journal path that makes the line longer than Windows runs is refused, not written.
    QVERIFY(m_wine.wine({kLiveProbe, QStringLiteral("--set-resume"), QStringLiteral("C:\\w.exe"),
                QStringLiteral("D:\\") + QString(260, u'x')})
        != 0);
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--show-resume")}), 1);
}

void TestWindowsProbe::garbageFromTheProbeIsAnError()
{
    // The probe's output is read strictly: another program's output names the problem.
    WindowsProbe probe(
        [this](QString *error) -> std::optional<live::LiveReport> {
            QByteArray out;
            m_wine.wine(
                {QStringLiteral("cmd"), QStringLiteral("/c"), QStringLiteral("echo"), QStringLiteral("hello")}, &out);
            return LiveFacts::fromJson(out, QStringLiteral("cmd.exe under Wine"), error);
        },
        QStringLiteral("Wine"));
    const ProbeResult r = probe.probe();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("cmd.exe under Wine: not a live report")), qPrintable(r.error));
}

void TestWindowsProbe::onlyWineFailuresAreRetried_data()
{
    QTest::addColumn<int>("rc");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<bool>("retry");
    QTest::newRow("report") << 0 << QByteArray("{\"schema\":1}") << QByteArray() << false;
    QTest::newRow("probe crashed") << 5 << QByteArray()
                                   << QByteArray("wine: Unhandled page fault on read access to 0000000000000000 at "
                                                 "address 000000014000151A (thread 0024), starting debugger...\n")
                                   << false;
    QTest::newRow("probe threw") << 3 << QByteArray()
                                 << QByteArray("wine: Unhandled exception 0xe06d7363 in thread 24 at address "
                                               "000000007B012345 (thread 0024), starting debugger...\n")
                                 << false;
    QTest::newRow("probe's own error") << 1 << QByteArray() << QByteArray("spuw-live-probe: unknown option\n") << false;
    QTest::newRow("probe printed half a report") << 1 << QByteArray("{\"schema\"") << QByteArray() << false;
    QTest::newRow("Wine could not load kernel32")
        << 1 << QByteArray() << QByteArray("wine: could not load kernel32.dll, status c0000135\n") << true;
    QTest::newRow("wineserver gone") << 1 << QByteArray()
                                     << QByteArray("wineserver: could not connect to server socket\n") << true;
    QTest::newRow("Wine hung") << -1 << QByteArray() << QByteArray() << true;
}

void TestWindowsProbe::onlyWineFailuresAreRetried()
{
    QFETCH(int, rc);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(bool, retry);
    QCOMPARE(wineItselfFailed(rc, out, err), retry);
}

QTEST_GUILESS_MAIN(TestWindowsProbe)
#include "TestWindowsProbe.moc"
