#include "LiveFacts.h"

#include "Collectors.h"
#include "ModelLogging.h"
#include "RegistryFacts.h"
#include "SanEvidence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spuw {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The running Windows' registry, as the live probe read it.
class LiveRegistry final : public RegistrySource
{
public:
    explicit LiveRegistry(const live::LiveReport &report) : m_report(report) { }

    bool hasKey(Hive hive, const QString &key) const override
    {
        const live::RegistryRead *r = find(hive, key, QString());
        return r && r->status == live::RegistryRead::Status::Ok;
    }
    std::optional<QString> string(Hive hive, const QString &key, const QString &value) const override
    {
        const live::RegistryRead *r = find(hive, key, value);
        if (!r || r->status != live::RegistryRead::Status::Ok || r->strings.empty() || (r->type != 1 && r->type != 2))
            return std::nullopt;
        return q(r->strings.front());
    }
    std::optional<QStringList> multiString(Hive hive, const QString &key, const QString &value) const override
    {
        const live::RegistryRead *r = find(hive, key, value);
        if (!r || r->status != live::RegistryRead::Status::Ok)
            return std::nullopt;
        QStringList list;
        for (const std::string &s : r->strings)
            list << q(s);
        return list;
    }
    QString source(Hive hive, const QString &key, const QString &value) const override
    {
        return QStringLiteral("HKLM\\%1\\%2").arg(fullKey(hive, key), value);
    }
    QString describe(Hive hive) const override { return QStringLiteral("HKLM\\") + fullKey(hive, QString()); }
    QString readError(Hive hive, const QString &key, const QString &value) const override
    {
        const live::RegistryRead *r = find(hive, key, value);
        if (r && r->status == live::RegistryRead::Status::Error)
            return r->error.empty() ? LiveFacts::tr("Windows gave no reason") : q(r->error);
        return {};
    }
    FactOrigin origin() const override { return FactOrigin::Probe; }

private:
    static QString fullKey(Hive hive, const QString &key)
    {
        const QString base
            = hive == Hive::Software ? QStringLiteral("SOFTWARE") : QStringLiteral("SYSTEM\\CurrentControlSet");
        return key.isEmpty() ? base : base + QLatin1Char('\\') + key;
    }
    const live::RegistryRead *find(Hive hive, const QString &key, const QString &value) const
    {
        const live::RegistryRead *r = m_report.find(fullKey(hive, key).toStdString(), value.toStdString());
        if (!r) // a value the Win32 side was never asked to read: a bug, not a fact about the server
            qCWarning(lcProbe) << "the live report has no reading of" << fullKey(hive, key) << value;
        return r;
    }

    const live::LiveReport &m_report;
};

QString clusterStateText(int state)
{
    switch (state) {
    case live::kClusterNotInstalled: return LiveFacts::tr("not installed");
    case live::kClusterNotConfigured: return LiveFacts::tr("installed, not configured");
    case live::kClusterNotRunning: return LiveFacts::tr("configured, service not running");
    case live::kClusterRunning: return LiveFacts::tr("running");
    default: return LiveFacts::tr("state %1").arg(state);
    }
}

VolumeEvidence::Verdict verdictOf(live::SanEvidence::Verdict v)
{
    switch (v) {
    case live::SanEvidence::Verdict::PointsToSan: return VolumeEvidence::Verdict::PointsToSan;
    case live::SanEvidence::Verdict::PointsAway: return VolumeEvidence::Verdict::PointsAway;
    case live::SanEvidence::Verdict::Unclear: break;
    }
    return VolumeEvidence::Verdict::Unclear;
}

} // namespace

QString LiveFacts::productTypeName(int versionProductType)
{
    switch (versionProductType) {
    case 1: return QStringLiteral("WinNT");
    case 2: return QStringLiteral("LanmanNT");
    case 3: return QStringLiteral("ServerNT");
    default: return {};
    }
}

QStringList LiveFacts::suiteNames(int mask)
{
    static const QList<QPair<int, const char *>> names = {{0x0001, "Small Business"}, {0x0002, "Enterprise"},
        {0x0004, "BackOffice"}, {0x0010, "Terminal Server"}, {0x0020, "Small Business(Restricted)"},
        {0x0040, "EmbeddedNT"}, {0x0080, "DataCenter"}, {0x0200, "Personal"}, {0x0400, "Blade"}};
    QStringList out;
    for (const auto &[bit, name] : names) {
        if (mask & bit)
            out << QLatin1String(name);
    }
    return out;
}

QString LiveFacts::nodeStateName(int state)
{
    switch (state) {
    case 0: return QStringLiteral("up");
    case 1: return QStringLiteral("down");
    case 2: return QStringLiteral("paused");
    case 3: return QStringLiteral("joining");
    default: return QStringLiteral("unknown");
    }
}

ProbeResult LiveFacts::toProbeResult(const live::LiveReport &report)
{
    ProbeResult r;
    SystemFacts &f = r.facts;
    const LiveRegistry registry(report);
    RegistryFacts::readSoftware(registry, r);
    // The directory Windows runs from is the system root, whatever the registry says.
    if (!report.systemRoot.empty())
        f.systemRoot.set(q(report.systemRoot), FactOrigin::Probe, QStringLiteral("GetSystemWindowsDirectoryW"));
    if (!f.systemRoot.known()) {
        r.error = tr("Windows did not say where it is installed (no system directory, no SystemRoot value).");
        return r;
    }
    // The Win32 side already followed CrashControl and the Raidisk service; `where` only names them.
    const RegistryFacts::Locations where = RegistryFacts::readSystem(registry, r);

    // RegistryFacts has said which values could not be read and which facts that leaves unknown.

    // The version Windows reports of itself is the authority; the registry is only compared.
    if (report.os.ok) {
        const QString api = q(report.os.api);
        f.osVersion.set(QStringLiteral("%1.%2").arg(report.os.major).arg(report.os.minor), FactOrigin::Probe, api);
        f.osBuild.set(int(report.os.build), FactOrigin::Probe, api);
        f.servicePack.set(q(report.os.csdVersion), FactOrigin::Probe, api);
        const QString type = productTypeName(report.os.productType);
        if (!type.isEmpty()) {
            if (f.productType.known() && f.productType.get().compare(type, Qt::CaseInsensitive) != 0)
                r.warnings
                    << tr("Windows reports product type %1 but ProductOptions says %2.").arg(type, f.productType.get());
            f.productType.set(type, FactOrigin::Probe, tr("%1 (wProductType %2)").arg(api).arg(report.os.productType));
        }
        if (!f.productSuites.known())
            f.productSuites.set(suiteNames(report.os.suiteMask), FactOrigin::Probe,
                tr("%1 (wSuiteMask 0x%2)").arg(api).arg(report.os.suiteMask, 0, 16));
    } else {
        r.warnings << tr("Windows did not report its version: %1").arg(q(report.os.error));
    }
    if (!report.computerName.empty())
        f.computerName.set(q(report.computerName), FactOrigin::Probe, QStringLiteral("GetComputerNameW"));
    else if (!report.computerNameError.empty())
        r.warnings << tr("GetComputerNameW failed: %1").arg(q(report.computerNameError));

    SecurePathDriver driver;
    driver.present = report.securePath.present;
    driver.path = q(report.securePath.path);
    driver.fileVersion = q(report.securePath.version);
    if (!report.securePath.error.empty())
        r.warnings << tr("%1: %2").arg(driver.path, q(report.securePath.error));
    f.securePath.set(driver, FactOrigin::Probe,
        report.securePath.present ? tr("%1 (%2)").arg(driver.path,
            q(report.securePath.versionSource.empty() ? std::string("no version") : report.securePath.versionSource))
                                  : tr("%1 not found").arg(driver.path));

    QList<CrashDumpFact> dumps;
    for (const live::CrashDump &d : report.dumps) {
        if (!d.ok) {
            r.warnings << tr("%1: %2").arg(q(d.path), q(d.error));
            continue;
        }
        CrashDumpFact c;
        c.path = q(d.path);
        c.bits = d.bits;
        c.build = int(d.build);
        c.bugCheckCode = d.bugCheckCode;
        for (std::size_t i = 0; i < 4; ++i)
            c.parameters[i] = d.parameters[i];
        c.dumpType = int(d.dumpType);
        c.productType = int(d.productType);
        dumps << c;
    }
    f.crashDumps.set(
        dumps, FactOrigin::Probe, tr("%1 and %2").arg(where.dumpFile, where.minidumpDir + QStringLiteral("\\*.dmp")));
    if (!where.dumpSettingsProblem.isEmpty()) {
        // Dumps looked for in the default places prove nothing about where Windows wrote them.
        f.crashDumps.clear();
        f.crashDumps.source = where.dumpSettingsProblem;
    }

    // Cluster: GetNodeClusterState decides membership; the ClusSvc key alone does not.
    const live::ClusterReport &c = report.cluster;
    const QString clusterSource = tr("GetNodeClusterState: %1").arg(clusterStateText(c.nodeState));
    switch (c.nodeState) {
    case live::kClusterNotInstalled:
    case live::kClusterNotConfigured: f.clusterMember.set(false, FactOrigin::Probe, clusterSource); break;
    case live::kClusterNotRunning:
    case live::kClusterRunning: f.clusterMember.set(true, FactOrigin::Probe, clusterSource); break;
    default:
        // The registry may say the service exists, but whether this node is a member is unknown: ask.
        f.clusterMember.clear();
        r.warnings << tr("The cluster state could not be read: %1").arg(q(c.error));
        break;
    }
    if (c.nodeState == live::kClusterNotRunning || c.nodeState == live::kClusterRunning) {
        ClusterView view;
        view.readable = c.enumerated;
        view.error = q(c.error);
        if (!c.clusterName.empty())
            f.clusterName.set(q(c.clusterName), FactOrigin::Probe, QStringLiteral("GetClusterInformation"));
        if (c.enumerated) {
            QStringList nodes;
            for (const auto &n : c.nodes) {
                nodes << q(n.name);
                view.nodeStates.insert(q(n.name), nodeStateName(n.state));
            }
            f.clusterNodes.set(nodes, FactOrigin::Probe, QStringLiteral("ClusterEnum (CLUSTER_ENUM_NODE)"));
            for (const auto &g : c.groups)
                view.groupOwners.insert(q(g.name), q(g.ownerNode));
        } else {
            r.warnings << tr("The cluster's nodes and groups could not be read: %1").arg(view.error);
        }
        r.cluster = view;
    }

    QStringList mounted;
    for (const live::Volume &v : report.volumes) {
        // GetLogicalDrives can still list a letter whose volume is gone (the agent runs on while the
        // SAN is disconnected); GetDriveTypeW then says DRIVE_NO_ROOT_DIR: nothing is mounted there.
        constexpr std::uint32_t kDriveNoRootDir = 1;
        if (v.driveType == kDriveNoRootDir)
            continue;
        mounted << q(v.root).toUpper();
        const live::SanEvidence e = live::assessSanEvidence(v);
        r.volumeEvidence << VolumeEvidence{q(v.root).toUpper(), verdictOf(e.verdict), q(e.reason), int(e.text),
            q(e.bus), q(e.device), q(e.detail), e.driveType};
    }
    r.mountedVolumes = mounted;
    for (const std::string &w : report.warnings)
        r.warnings << q(w);
    return r;
}

QString LiveFacts::evidenceText(const VolumeEvidence &e)
{
    using T = live::SanEvidence::Text;
    const QString device = e.device.isEmpty() ? tr("no vendor or product id") : e.device;
    switch (T(e.textId)) {
    case T::NetworkDrive: return tr("a network drive");
    case T::OpticalDrive: return tr("a CD/DVD drive");
    case T::RamDisk: return tr("a RAM disk");
    case T::RemovableDrive: return tr("a removable drive");
    case T::DriveType: return tr("Windows reports drive type %1").arg(e.driveType);
    case T::NoBus:
        return e.detail.isEmpty() ? tr("the disk did not say which bus it is on")
                                  : tr("the disk did not say which bus it is on (%1)").arg(e.detail);
    case T::SanBus: return tr("%1 disk (%2)").arg(e.bus, device);
    case T::LocalBus: return tr("a local %1 disk (%2)").arg(e.bus, device);
    case T::SecurePathArray: return tr("%1 disk of an HP StorageWorks array (%2)").arg(e.bus, device);
    case T::BusSaysNothing: return tr("%1 disk (%2): local or SAN, the bus does not say").arg(e.bus, device);
    }
    return e.evidence; // no id: as it came
}

namespace {

// Reads the JSON form; the first problem wins and names its field.
class JsonReader
{
public:
    explicit JsonReader(QString origin) : m_origin(std::move(origin)) { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &field, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = LiveFacts::tr("%1: %2: expected %3").arg(m_origin, field, expected);
    }
    QJsonObject object(const QJsonObject &o, const QString &field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (!v.isObject())
            fail(path + field, LiveFacts::tr("an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (!v.isArray())
            fail(path + field, LiveFacts::tr("an array"));
        return v.toArray();
    }
    std::string str(const QJsonObject &o, const QString &field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (!v.isString())
            fail(path + field, LiveFacts::tr("a string"));
        return v.toString().toStdString();
    }
    bool boolean(const QJsonObject &o, const QString &field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (!v.isBool())
            fail(path + field, LiveFacts::tr("true or false"));
        return v.toBool();
    }
    qint64 integer(const QJsonObject &o, const QString &field, const QString &path, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(field);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max) {
            fail(path + field, LiveFacts::tr("a whole number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return qint64(d);
    }
    std::vector<std::string> strings(const QJsonObject &o, const QString &field, const QString &path)
    {
        std::vector<std::string> out;
        for (const QJsonValue &v : array(o, field, path)) {
            if (!v.isString())
                fail(path + field, LiveFacts::tr("an array of strings"));
            out.push_back(v.toString().toStdString());
        }
        return out;
    }

private:
    QString m_origin;
    QString m_error;
};

} // namespace

std::optional<live::LiveReport> LiveFacts::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: not a live report (JSON error at byte %2: %3)")
                     .arg(origin)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String(live::LiveReport::kSchema)) {
        *error = tr("%1: schema is \"%2\", this build reads \"%3\"")
                     .arg(origin, root.value(QStringLiteral("schema")).toString(),
                         QLatin1String(live::LiveReport::kSchema));
        return std::nullopt;
    }
    constexpr qint64 kU32 = 0xFFFFFFFFll;
    JsonReader in(origin);
    live::LiveReport r;
    r.collectedBy = in.str(root, QStringLiteral("collected_by"), {});
    const QJsonObject os = in.object(root, QStringLiteral("os"), {});
    const QString p = QStringLiteral("os.");
    r.os.ok = in.boolean(os, QStringLiteral("ok"), p);
    r.os.api = in.str(os, QStringLiteral("api"), p);
    r.os.major = quint32(in.integer(os, QStringLiteral("major"), p, 0, kU32));
    r.os.minor = quint32(in.integer(os, QStringLiteral("minor"), p, 0, kU32));
    r.os.build = quint32(in.integer(os, QStringLiteral("build"), p, 0, kU32));
    r.os.csdVersion = in.str(os, QStringLiteral("csd_version"), p);
    r.os.servicePackMajor = quint16(in.integer(os, QStringLiteral("service_pack_major"), p, 0, 0xFFFF));
    r.os.servicePackMinor = quint16(in.integer(os, QStringLiteral("service_pack_minor"), p, 0, 0xFFFF));
    r.os.productType = quint8(in.integer(os, QStringLiteral("product_type"), p, 0, 0xFF));
    r.os.suiteMask = quint16(in.integer(os, QStringLiteral("suite_mask"), p, 0, 0xFFFF));
    r.os.error = in.str(os, QStringLiteral("error"), p);
    r.computerName = in.str(root, QStringLiteral("computer_name"), {});
    r.computerNameError = in.str(root, QStringLiteral("computer_name_error"), {});
    r.systemRoot = in.str(root, QStringLiteral("system_root"), {});

    for (const QJsonValue &v : in.array(root, QStringLiteral("registry"), {})) {
        const QJsonObject o = v.toObject();
        const QString rp = QStringLiteral("registry[].");
        live::RegistryRead read;
        read.key = in.str(o, QStringLiteral("key"), rp);
        read.name = in.str(o, QStringLiteral("name"), rp);
        const std::string status = in.str(o, QStringLiteral("status"), rp);
        if (status == "ok")
            read.status = live::RegistryRead::Status::Ok;
        else if (status == "missing")
            read.status = live::RegistryRead::Status::Missing;
        else if (status == "error")
            read.status = live::RegistryRead::Status::Error;
        else
            in.fail(rp + QStringLiteral("status"), tr("ok, missing or error"));
        read.type = quint32(in.integer(o, QStringLiteral("type"), rp, 0, kU32));
        read.strings = in.strings(o, QStringLiteral("strings"), rp);
        read.dword = quint32(in.integer(o, QStringLiteral("dword"), rp, 0, kU32));
        read.error = in.str(o, QStringLiteral("error"), rp);
        r.registry.push_back(read);
    }

    const QJsonObject sp = in.object(root, QStringLiteral("secure_path"), {});
    const QString spp = QStringLiteral("secure_path.");
    r.securePath.path = in.str(sp, QStringLiteral("path"), spp);
    r.securePath.present = in.boolean(sp, QStringLiteral("present"), spp);
    r.securePath.version = in.str(sp, QStringLiteral("version"), spp);
    r.securePath.versionSource = in.str(sp, QStringLiteral("version_source"), spp);
    r.securePath.error = in.str(sp, QStringLiteral("error"), spp);

    for (const QJsonValue &v : in.array(root, QStringLiteral("dumps"), {})) {
        const QJsonObject o = v.toObject();
        const QString dp = QStringLiteral("dumps[].");
        live::CrashDump d;
        d.path = in.str(o, QStringLiteral("path"), dp);
        d.ok = in.boolean(o, QStringLiteral("ok"), dp);
        d.error = in.str(o, QStringLiteral("error"), dp);
        d.bits = int(in.integer(o, QStringLiteral("bits"), dp, 0, 64));
        d.build = quint32(in.integer(o, QStringLiteral("build"), dp, 0, kU32));
        d.bugCheckCode = quint32(in.integer(o, QStringLiteral("bugcheck_code"), dp, 0, kU32));
        const std::vector<std::string> params = in.strings(o, QStringLiteral("parameters"), dp);
        if (params.size() != 4)
            in.fail(dp + QStringLiteral("parameters"), tr("four numbers as strings"));
        for (std::size_t i = 0; i < params.size() && i < 4; ++i) {
            bool ok = false;
            d.parameters[i] = QString::fromStdString(params[i]).toULongLong(&ok);
            if (!ok)
                in.fail(dp + QStringLiteral("parameters"), tr("four numbers as strings"));
        }
        d.dumpType = quint32(in.integer(o, QStringLiteral("dump_type"), dp, 0, kU32));
        d.productType = quint32(in.integer(o, QStringLiteral("product_type"), dp, 0, kU32));
        r.dumps.push_back(d);
    }

    const QJsonObject cl = in.object(root, QStringLiteral("cluster"), {});
    const QString cp = QStringLiteral("cluster.");
    r.cluster.nodeState = int(in.integer(cl, QStringLiteral("node_state"), cp, -1, kU32));
    r.cluster.clusapiPresent = in.boolean(cl, QStringLiteral("clusapi_present"), cp);
    r.cluster.clusterName = in.str(cl, QStringLiteral("cluster_name"), cp);
    r.cluster.enumerated = in.boolean(cl, QStringLiteral("enumerated"), cp);
    for (const QJsonValue &v : in.array(cl, QStringLiteral("nodes"), cp)) {
        const QJsonObject o = v.toObject();
        r.cluster.nodes.push_back({in.str(o, QStringLiteral("name"), cp + QStringLiteral("nodes[].")),
            int(in.integer(o, QStringLiteral("state"), cp + QStringLiteral("nodes[]."), -1, kU32))});
    }
    for (const QJsonValue &v : in.array(cl, QStringLiteral("groups"), cp)) {
        const QJsonObject o = v.toObject();
        const QString gp = cp + QStringLiteral("groups[].");
        r.cluster.groups.push_back({in.str(o, QStringLiteral("name"), gp), in.str(o, QStringLiteral("owner_node"), gp),
            int(in.integer(o, QStringLiteral("state"), gp, -1, kU32))});
    }
    r.cluster.error = in.str(cl, QStringLiteral("error"), cp);

    for (const QJsonValue &v : in.array(root, QStringLiteral("volumes"), {})) {
        const QJsonObject o = v.toObject();
        const QString vp = QStringLiteral("volumes[].");
        live::Volume vol;
        vol.root = in.str(o, QStringLiteral("root"), vp);
        vol.driveType = quint32(in.integer(o, QStringLiteral("drive_type"), vp, 0, kU32));
        vol.queried = in.boolean(o, QStringLiteral("queried"), vp);
        vol.busType = int(in.integer(o, QStringLiteral("bus_type"), vp, -1, 0xFF));
        vol.vendor = in.str(o, QStringLiteral("vendor"), vp);
        vol.product = in.str(o, QStringLiteral("product"), vp);
        vol.removableMedia = in.boolean(o, QStringLiteral("removable_media"), vp);
        vol.error = in.str(o, QStringLiteral("error"), vp);
        r.volumes.push_back(vol);
    }
    r.warnings = in.strings(root, QStringLiteral("warnings"), {});
    if (in.failed()) {
        *error = in.error();
        return std::nullopt;
    }
    return r;
}

} // namespace spuw
