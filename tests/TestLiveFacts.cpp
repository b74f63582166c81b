#include "Collectors.h"
#include "LiveFacts.h"
#include "LiveReportJson.h"
#include "LiveReports.h"
#include "PlanRules.h"

#include <QJsonArray>
#include <QTranslator>
#include <QtTest>

using namespace spuw;
using spuw::test::LiveReports;

namespace {

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

} // namespace

class TestLiveFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows2000ServerFacts()
    {
        const ProbeResult r = LiveFacts::toProbeResult(LiveReports::win2000Server());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SystemFacts &f = r.facts;
        QCOMPARE(f.osVersion.get(), QStringLiteral("5.0"));
        QCOMPARE(f.osVersion.origin, FactOrigin::Probe);
        QCOMPARE(f.osVersion.source, QStringLiteral("RtlGetVersion"));
        QCOMPARE(f.osBuild.get(), 2195);
        QCOMPARE(f.servicePack.get(), QStringLiteral("Service Pack 4"));
        QCOMPARE(f.productType.get(), QStringLiteral("ServerNT"));
        QCOMPARE(f.productName.get(), QStringLiteral("Microsoft Windows 2000"));
        QCOMPARE(f.computerName.get(), QStringLiteral("SRV01"));
        QCOMPARE(f.systemRoot.get(), QStringLiteral("C:\\WINNT"));
        QCOMPARE(f.pagingFiles.get().size(), 1);
        QCOMPARE(f.pagingFiles.get().first().path, QStringLiteral("C:\\pagefile.sys"));
        QCOMPARE(f.pagingFiles.origin, FactOrigin::Probe);
        QVERIFY(f.pagingFiles.source.startsWith(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session")));
        QCOMPARE(f.securePath.get().fileVersion, QStringLiteral("3.6.2.670"));
        QCOMPARE(f.clusterMember.get(), false);
        QCOMPARE(f.isDomainController(), std::optional<bool>(false));
        QCOMPARE(*r.mountedVolumes, (QStringList{QStringLiteral("C:"), QStringLiteral("E:")}));
        QCOMPARE(r.volumeEvidence.size(), 2);
        QCOMPARE(r.volumeEvidence.at(1).verdict, VolumeEvidence::Verdict::PointsToSan);
        QVERIFY(r.volumeEvidence.at(1).evidence.contains(QStringLiteral("Fibre Channel")));
        QCOMPARE(r.volumeEvidence.at(0).verdict, VolumeEvidence::Verdict::PointsAway);
        // Evidence is not an answer: which volumes are SAN volumes stays the operator's to say.
        QVERIFY(!f.sanVolumes.known());
        QCOMPARE(PlanRules::evaluate(f).procedure, Procedure::Undetermined);
        SystemFacts answered = f;
        answered.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
        QCOMPARE(PlanRules::evaluate(answered).procedure, Procedure::Standalone);
    }

    // The disk evidence comes from plain C++ in English; the window says it in the operator's language
    // by the sentence's id, never by translating (or showing) the English.
    void diskEvidenceIsTranslatedByItsId()
    {
        // A translation that knows only the sentence "%1 disk (%2)": the evidence is shown in it only
        // when it is looked up by its id, with the bus and the device as its parts.
        class OneSentence final : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return QLatin1String(context) == QLatin1String("LiveFacts")
                        && QLatin1String(source) == QLatin1String("%1 disk (%2)")
                    ? QStringLiteral("Platte am %1-Bus (%2)")
                    : QString();
            }
        } german;
        const ProbeResult r = LiveFacts::toProbeResult(LiveReports::win2000Server());
        const VolumeEvidence &san = r.volumeEvidence.at(1);
        const QString english = QStringLiteral("Fibre Channel disk (COMPAQ HSV110 (C)COMPAQ)");
        QCOMPARE(san.evidence, english);
        QCOMPARE(LiveFacts::evidenceText(san), english); // no translation: the same words
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString shown = LiveFacts::evidenceText(san);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(shown, QStringLiteral("Platte am Fibre Channel-Bus (COMPAQ HSV110 (C)COMPAQ)"));
        QCOMPARE(san.evidence, english); // the English stays for what the probe prints
        // Evidence without an id (an older report) is shown as it came.
        VolumeEvidence old;
        old.volume = QStringLiteral("F:");
        old.evidence = QStringLiteral("as it came");
        QCOMPARE(LiveFacts::evidenceText(old), QStringLiteral("as it came"));
    }

    void aVolumeThatIsGoneIsNotMounted()
    {
        // A drive letter whose volume went away while the agent runs: GetLogicalDrives may still
        // list it, GetDriveTypeW says DRIVE_NO_ROOT_DIR (1). It is not a visible SAN volume.
        live::LiveReport report = LiveReports::win2000Server();
        report.volumes.at(1).driveType = 1;
        report.volumes.at(1).queried = false;
        report.volumes.at(1).busType = -1;
        ProbeResult r = LiveFacts::toProbeResult(report);
        QCOMPARE(*r.mountedVolumes, QStringList{QStringLiteral("C:")});
        r.facts.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
        r.applyMountedVolumes();
        QCOMPARE(r.facts.visibleSanVolumes.get(), QStringList());
    }

    void everyRegistryQuestionIsCollected()
    {
        // The registry reading asks only for values the Win32 side reads: a missing one would
        // silently look like an absent value on the server.
        g_messages.clear();
        const auto old = qInstallMessageHandler(captureMessages);
        live::LiveReport r = LiveReports::win2000Server();
        LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters");
        LiveFacts::toProbeResult(r);
        qInstallMessageHandler(old);
        QVERIFY2(g_messages.filter(QStringLiteral("no reading")).isEmpty(), qPrintable(g_messages.join(u'\n')));
        // And the check itself works: a report without the list is noticed.
        r.registry.clear();
        g_messages.clear();
        qInstallMessageHandler(captureMessages);
        LiveFacts::toProbeResult(r);
        qInstallMessageHandler(old);
        QVERIFY(!g_messages.filter(QStringLiteral("no reading")).isEmpty());
    }

    void domainControllerWithAdOnSan()
    {
        live::LiveReport r = LiveReports::win2000Server();
        r.os.productType = 2;
        LiveReports::setString(r, "SYSTEM\\CurrentControlSet\\Control\\ProductOptions", "ProductType", {"LanmanNT"});
        const std::string ntds = "SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters";
        LiveReports::setKey(r, ntds);
        LiveReports::setString(r, ntds, "DSA Database file", {"E:\\NTDS\\ntds.dit"});
        LiveReports::setString(r, ntds, "Database log files path", {"%SystemRoot%\\NTDS"});
        ProbeResult p = LiveFacts::toProbeResult(r);
        QCOMPARE(p.facts.productType.get(), QStringLiteral("LanmanNT"));
        QCOMPARE(p.facts.isDomainController(), std::optional<bool>(true));
        QCOMPARE(p.facts.adDatabasePath.get(), QStringLiteral("E:\\NTDS\\ntds.dit"));
        QCOMPARE(p.facts.adLogPath.get(), QStringLiteral("C:\\WINNT\\NTDS"));
        p.facts.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
        const Plan plan = PlanRules::evaluate(p.facts);
        QCOMPARE(plan.procedure, Procedure::Defer);
    }

    void productTypeDisagreementIsReported()
    {
        live::LiveReport r = LiveReports::win2000Server();
        r.os.productType = 2; // Windows says domain controller, the registry says member server
        const ProbeResult p = LiveFacts::toProbeResult(r);
        QCOMPARE(p.facts.productType.get(), QStringLiteral("LanmanNT"));
        QVERIFY(!p.warnings.filter(QStringLiteral("ProductOptions says ServerNT")).isEmpty());
    }

    void registryErrorsAndBadDumpsBecomeWarnings()
    {
        live::LiveReport r = LiveReports::win2000Server();
        for (auto &read : r.registry) {
            if (read.name == "PagingFiles") {
                read.status = live::RegistryRead::Status::Error;
                read.error = "Access is denied (error 5)";
            }
        }
        live::CrashDump bad;
        bad.path = "C:\\WINNT\\Minidump\\Mini112526-01.dmp";
        bad.error = "truncated";
        live::CrashDump good;
        good.path = "C:\\WINNT\\MEMORY.DMP";
        good.ok = true;
        good.bits = 32;
        good.build = 3790;
        good.bugCheckCode = 0x100000C2;
        good.parameters = {7, 0x121a, 0, 0x8a3f1e30};
        r.dumps = {bad, good};
        const ProbeResult p = LiveFacts::toProbeResult(r);
        QVERIFY2(!p.warnings.filter(QStringLiteral("PagingFiles cannot be read (Access is denied")).isEmpty(),
            qPrintable(p.warnings.join(QLatin1Char('\n'))));
        QVERIFY(!p.warnings.filter(QStringLiteral("Mini112526-01.dmp: truncated")).isEmpty());
        QCOMPARE(p.facts.crashDumps.get().size(), 1);
        QCOMPARE(p.facts.crashDumps.get().first().stopCode(), 0xC2u);
        QCOMPARE(p.facts.crashDumps.get().first().parameters[3], quint64(0x8a3f1e30));
        // F12: a value that cannot be read is not an empty one.
        QVERIFY(!p.facts.pagingFiles.known());
    }

    // F12: the same server with its page file on SAN volume E: must wait for Secure Path 4.0B; when
    // PagingFiles cannot be read, the plan must ask, never take it for "no page files" (standalone).
    void unreadablePagingFilesMakeThePlanAsk()
    {
        live::LiveReport readable = LiveReports::win2000Server();
        LiveReports::setString(readable, "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management",
            "PagingFiles", {"E:\\pagefile.sys 1536 3072"});
        ProbeResult p = LiveFacts::toProbeResult(readable);
        p.facts.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
        QCOMPARE(PlanRules::evaluate(p.facts).procedure, Procedure::Defer);

        live::LiveReport denied = readable;
        for (auto &read : denied.registry) {
            if (read.name == "PagingFiles") {
                read.status = live::RegistryRead::Status::Error;
                read.error = "Access is denied (error 5)";
                read.strings.clear();
            }
        }
        p = LiveFacts::toProbeResult(denied);
        p.facts.sanVolumes.set({QStringLiteral("E:")}, FactOrigin::Operator);
        const Plan plan = PlanRules::evaluate(p.facts);
        QVERIFY(!p.facts.pagingFiles.known());
        QCOMPARE(plan.procedure, Procedure::Undetermined);
        bool asked = false;
        for (const Question &q : plan.questions)
            asked = asked || q.id == QLatin1String("paging-files");
        QVERIFY(asked);
    }

    // Every registry value the verdict needs: unreadable, its fact is unknown, never empty or false.
    void everyUnreadableValueLeavesItsFactUnknown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fact");
        // (Values Windows also answers through an API, such as the service pack, are known from there.)
        QTest::newRow("PagingFiles") << "PagingFiles"
                                     << "paging_files";
        QTest::newRow("ProductName") << "ProductName"
                                     << "os.product_name";
        QTest::newRow("DumpFile") << "DumpFile"
                                  << "crash_dumps";
        QTest::newRow("MinidumpDir") << "MinidumpDir"
                                     << "crash_dumps";
    }

    void everyUnreadableValueLeavesItsFactUnknown()
    {
        QFETCH(QString, name);
        QFETCH(QString, fact);
        live::LiveReport r = LiveReports::win2000Server();
        bool found = false;
        for (auto &read : r.registry) {
            if (read.name == name.toStdString()) {
                read.status = live::RegistryRead::Status::Error;
                read.error = "Access is denied (error 5)";
                read.strings.clear();
                found = true;
            }
        }
        QVERIFY2(found, "the live report has no reading of that value");
        const ProbeResult p = LiveFacts::toProbeResult(r);
        const QJsonArray unknown = p.facts.toJson().value(QStringLiteral("unknown")).toArray();
        QVERIFY2(unknown.contains(fact), qPrintable(name));
        QVERIFY(!p.warnings.filter(name + QStringLiteral(" cannot be read")).isEmpty());
    }

    void missingSystemRootIsAnError()
    {
        live::LiveReport r = LiveReports::win2000Server();
        r.systemRoot.clear();
        LiveReports::setString(r, "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "SystemRoot", {});
        for (auto &read : r.registry) {
            if (read.name == "SystemRoot")
                read.status = live::RegistryRead::Status::Missing;
        }
        QVERIFY(!LiveFacts::toProbeResult(r).ok());
    }

    void clusterStates_data()
    {
        QTest::addColumn<int>("nodeState");
        QTest::addColumn<bool>("enumerated");
        QTest::addColumn<int>("member"); // -1 unknown, 0 no, 1 yes
        QTest::addColumn<bool>("hasView");
        QTest::newRow("cannot ask") << -1 << false << -1 << false;
        QTest::newRow("not installed") << int(live::kClusterNotInstalled) << false << 0 << false;
        QTest::newRow("not configured") << int(live::kClusterNotConfigured) << false << 0 << false;
        QTest::newRow("not running") << int(live::kClusterNotRunning) << false << 1 << true;
        QTest::newRow("running") << int(live::kClusterRunning) << true << 1 << true;
        QTest::newRow("running, unreadable") << int(live::kClusterRunning) << false << 1 << true;
    }
    void clusterStates()
    {
        QFETCH(int, nodeState);
        QFETCH(bool, enumerated);
        QFETCH(int, member);
        QFETCH(bool, hasView);
        live::LiveReport r = LiveReports::win2000Server();
        LiveReports::setKey(r, "SYSTEM\\CurrentControlSet\\Services\\ClusSvc");
        r.cluster.nodeState = nodeState;
        r.cluster.clusapiPresent = true;
        r.cluster.error = enumerated ? "" : "OpenCluster failed: The RPC server is unavailable";
        r.cluster.enumerated = enumerated;
        if (enumerated) {
            r.cluster.clusterName = "CLUSTER1";
            r.cluster.nodes = {{"SRV01", 2}, {"SRV02", 0}};
            r.cluster.groups = {{"Disk Group 1", "SRV02", 0}};
        }
        const ProbeResult p = LiveFacts::toProbeResult(r);
        QCOMPARE(p.facts.clusterMember.known() ? int(p.facts.clusterMember.get()) : -1, member);
        QCOMPARE(p.cluster.has_value(), hasView);
        if (hasView)
            QCOMPARE(p.cluster->readable, enumerated);
        if (enumerated) {
            QCOMPARE(p.facts.clusterNodes.get(), (QStringList{QStringLiteral("SRV01"), QStringLiteral("SRV02")}));
            QCOMPARE(p.facts.clusterName.get(), QStringLiteral("CLUSTER1"));
            QCOMPARE(p.cluster->nodeStates.value(QStringLiteral("SRV01")), QStringLiteral("paused"));
            QCOMPARE(p.cluster->groupOwners.value(QStringLiteral("Disk Group 1")), QStringLiteral("SRV02"));
        } else if (member != 0) {
            QVERIFY(!p.warnings.isEmpty());
        }
    }

    void jsonRoundTrip()
    {
        live::LiveReport r = LiveReports::win2000Server();
        r.cluster
            = {live::kClusterRunning, true, "CLUSTER \"1\"", {{"SRV01", 2}}, {{"Disk\\Group", "SRV01", 0}}, true, ""};
        live::CrashDump d;
        d.path = "C:\\WINNT\\MEMORY.DMP";
        d.ok = true;
        d.bits = 64;
        d.parameters = {0xFFFFFFFFC0000005ull, 1, 2, 3}; // beyond a double's 53 bits
        r.dumps = {d};
        r.warnings = {"tab\there", "Gro\xc3\x9f"};
        const std::string json = live::toJson(r);
        QString error;
        const auto back = LiveFacts::fromJson(QByteArray::fromStdString(json), QStringLiteral("probe.json"), &error);
        QVERIFY2(back, qPrintable(error));
        // Every field survives: the re-written JSON is the same text.
        QCOMPARE(QString::fromStdString(live::toJson(*back)), QString::fromStdString(json));
        QCOMPARE(back->dumps.at(0).parameters[0], 0xFFFFFFFFC0000005ull);
    }

    void badJsonNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = QByteArray::fromStdString(live::toJson(LiveReports::win2000Server()));
        QTest::newRow("not json") << QByteArray("{\"schema\": ") << "not a live report (JSON error";
        QTest::newRow("other schema") << QByteArray(good).replace("live-report/1", "live-report/9") << "live-report/9";
        QTest::newRow("build as text") << QByteArray(good).replace("\"build\": 2195", "\"build\": \"2195\"")
                                       << "os.build: expected a whole number";
        QTest::newRow("negative build") << QByteArray(good).replace("\"build\": 2195", "\"build\": -4")
                                        << "os.build: expected a whole number";
        QTest::newRow("bad status") << QByteArray(good).replace("\"status\": \"ok\"", "\"status\": \"fine\"")
                                    << "registry[].status";
        QTest::newRow("volumes missing") << QByteArray(good).replace("\"volumes\"", "\"volumez\"")
                                         << "volumes: expected an array";
    }
    void badJsonNamesFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!LiveFacts::fromJson(json, QStringLiteral("/srv/srv01-live.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/srv/srv01-live.json: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void suiteNames()
    {
        QCOMPARE(
            LiveFacts::suiteNames(0x0082), (QStringList{QStringLiteral("Enterprise"), QStringLiteral("DataCenter")}));
        QVERIFY(LiveFacts::suiteNames(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveFacts)
#include "TestLiveFacts.moc"
