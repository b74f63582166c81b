#include "SystemFacts.h"

#include <QJsonArray>

namespace spuw {

QString factOriginName(FactOrigin origin)
{
    switch (origin) {
    case FactOrigin::Unknown: return QStringLiteral("unknown");
    case FactOrigin::Probe: return QStringLiteral("probe");
    case FactOrigin::File: return QStringLiteral("file");
    case FactOrigin::Operator: return QStringLiteral("operator");
    case FactOrigin::Scenario: return QStringLiteral("scenario");
    }
    return QStringLiteral("unknown");
}

FactOrigin factOriginFromName(const QString &name, bool *ok)
{
    for (FactOrigin o :
        {FactOrigin::Unknown, FactOrigin::Probe, FactOrigin::File, FactOrigin::Operator, FactOrigin::Scenario}) {
        if (factOriginName(o) == name) {
            if (ok)
                *ok = true;
            return o;
        }
    }
    if (ok)
        *ok = false;
    return FactOrigin::Unknown;
}

PagingFile PagingFile::parse(const QString &entry)
{
    PagingFile pf;
    const QStringList parts = entry.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return pf;
    // The path itself may contain spaces: sizes are the trailing numeric words.
    int end = int(parts.size());
    std::optional<int> sizes[2];
    int found = 0;
    while (end > 1 && found < 2) {
        bool ok = false;
        const int n = parts.at(end - 1).toInt(&ok);
        if (!ok)
            break;
        sizes[found++] = n;
        --end;
    }
    pf.path = parts.mid(0, end).join(QLatin1Char(' '));
    if (found == 2) {
        pf.initialMb = sizes[1];
        pf.maximumMb = sizes[0];
    } else if (found == 1) {
        pf.initialMb = sizes[0];
    }
    return pf;
}

QString PagingFile::toRegistryString() const
{
    QString s = path;
    if (initialMb)
        s += QLatin1Char(' ') + QString::number(*initialMb);
    if (maximumMb)
        s += QLatin1Char(' ') + QString::number(*maximumMb);
    return s;
}

std::optional<bool> SystemFacts::isDomainController() const
{
    if (!productType.known())
        return std::nullopt;
    if (productType.get().compare(QLatin1String("LanmanNT"), Qt::CaseInsensitive) != 0)
        return false;
    if (!ntdsParameters.known())
        return std::nullopt;
    return ntdsParameters.get();
}

// Hand-written rather than regular expressions: each pattern compiled on first use cost a
// noticeable part of the wizard's start-up (scenario facts pass through here before the first paint).
namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

// Four groups of digits separated by dots, like 3.6.2.670.
bool isDottedVersion(const QString &text)
{
    int groups = 1;
    bool digits = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits = true;
        } else if (c == QLatin1Char('.') && digits) {
            ++groups;
            digits = false;
        } else {
            return false;
        }
    }
    return digits && groups == 4;
}

} // namespace

QString SystemFacts::volumeOf(const QString &path)
{
    const QString p = path.trimmed();
    if (p.size() < 2 || p.at(1) != QLatin1Char(':') || !(isAsciiLetter(p.at(0)) || p.at(0) == QLatin1Char('?')))
        return {};
    return p.at(0).toUpper() + QLatin1Char(':');
}

QString SystemFacts::normaliseVolume(const QString &text, bool *ok)
{
    // A drive letter with an optional colon and backslash, blanks around it allowed: "e", "E:", " e:\ ".
    const QString t = text.trimmed();
    qsizetype i = 1;
    if (i < t.size() && t.at(i) == QLatin1Char(':'))
        ++i;
    if (i < t.size() && t.at(i) == QLatin1Char('\\'))
        ++i;
    const bool match = !t.isEmpty() && isAsciiLetter(t.at(0)) && i == t.size();
    if (ok)
        *ok = match;
    return match ? t.at(0).toUpper() + QLatin1Char(':') : QString();
}

std::optional<bool> SystemFacts::isOnSan(const QString &path) const
{
    QString volume = volumeOf(path);
    // A system-managed page file ("?:\pagefile.sys") lives on the system volume.
    if (volume == QLatin1String("?:") && systemRoot.known())
        volume = volumeOf(systemRoot.get());
    if (volume.isEmpty() || volume == QLatin1String("?:") || !sanVolumes.known())
        return std::nullopt;
    return sanVolumes.get().contains(volume);
}

namespace {

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads JSON strictly, remembering the first problem as "field: expected ...".
class StrictReader
{
public:
    explicit StrictReader(QString *error) : m_error(error) { }
    bool failed() const { return m_failed; }

    void fail(const QString &field, const QString &expected)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = QStringLiteral("%1: expected %2").arg(field, expected);
    }

    void checkKeys(const QJsonObject &o, const QString &where, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key(),
                    QStringLiteral("one of the known keys (%1), not an unknown key")
                        .arg(allowed.join(QStringLiteral(", "))));
        }
    }

    template<typename T>
    void str(const QJsonObject &o, const char *key, const QString &where, Fact<T> &fact, FactOrigin origin)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            fail(where + QLatin1String(key), QStringLiteral("a string"));
            return;
        }
        fact.set(v.toString(), origin, {});
    }

    void integer(const QJsonObject &o, const char *key, const QString &where, Fact<int> &fact, FactOrigin origin)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            fail(where + QLatin1String(key), QStringLiteral("a whole number"));
            return;
        }
        fact.set(v.toInt(), origin, {});
    }

    void boolean(const QJsonObject &o, const char *key, const QString &where, Fact<bool> &fact, FactOrigin origin)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool()) {
            fail(where + QLatin1String(key), QStringLiteral("true or false"));
            return;
        }
        fact.set(v.toBool(), origin, {});
    }

    std::optional<QStringList> strings(const QJsonValue &v, const QString &field)
    {
        if (!v.isArray()) {
            fail(field, QStringLiteral("a list of strings"));
            return std::nullopt;
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("a string"));
                return std::nullopt;
            }
            out << a.at(i).toString();
        }
        return out;
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &field)
    {
        if (!v.isObject()) {
            fail(field, QStringLiteral("an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

private:
    QString *m_error;
    bool m_failed = false;
};

quint64 parseNumber(const QJsonValue &v, bool *ok)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        *ok = d >= 0 && d <= 9007199254740992.0 && d == double(quint64(d));
        return quint64(d);
    }
    const QString s = v.toString();
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return s.mid(2).toULongLong(ok, 16);
    return s.toULongLong(ok, 10);
}

} // namespace

QJsonObject SystemFacts::toJson() const
{
    QJsonObject o;
    QJsonArray unknown;
    QJsonObject origins;
    auto note = [&](const char *key, FactOrigin origin, const QString &source, bool known) {
        if (!known) {
            unknown.append(QLatin1String(key));
            return;
        }
        QJsonObject from{{QStringLiteral("origin"), factOriginName(origin)}};
        if (!source.isEmpty())
            from.insert(QStringLiteral("source"), source);
        origins.insert(QLatin1String(key), from);
    };
#define SPUW_NOTE(key, fact) note(key, fact.origin, fact.source, fact.known())

    if (computerName.known())
        o.insert(QStringLiteral("computer_name"), computerName.get());
    SPUW_NOTE("computer_name", computerName);
    if (systemRoot.known())
        o.insert(QStringLiteral("system_root"), systemRoot.get());
    SPUW_NOTE("system_root", systemRoot);

    QJsonObject os;
    if (productName.known())
        os.insert(QStringLiteral("product_name"), productName.get());
    if (osVersion.known())
        os.insert(QStringLiteral("version"), osVersion.get());
    if (osBuild.known())
        os.insert(QStringLiteral("build"), osBuild.get());
    if (productType.known())
        os.insert(QStringLiteral("product_type"), productType.get());
    if (servicePack.known())
        os.insert(QStringLiteral("service_pack"), servicePack.get());
    if (productSuites.known())
        os.insert(QStringLiteral("suites"), toArray(productSuites.get()));
    o.insert(QStringLiteral("os"), os);
    SPUW_NOTE("os.product_name", productName);
    SPUW_NOTE("os.version", osVersion);
    SPUW_NOTE("os.build", osBuild);
    SPUW_NOTE("os.product_type", productType);
    SPUW_NOTE("os.service_pack", servicePack);
    SPUW_NOTE("os.suites", productSuites);

    if (const auto dc = isDomainController())
        o.insert(QStringLiteral("domain_controller"), *dc);
    QJsonObject ad;
    if (ntdsParameters.known())
        ad.insert(QStringLiteral("ntds_parameters"), ntdsParameters.get());
    if (adDatabasePath.known())
        ad.insert(QStringLiteral("database"), adDatabasePath.get());
    if (adLogPath.known())
        ad.insert(QStringLiteral("logs"), adLogPath.get());
    o.insert(QStringLiteral("active_directory"), ad);
    SPUW_NOTE("active_directory.ntds_parameters", ntdsParameters);
    SPUW_NOTE("active_directory.database", adDatabasePath);
    SPUW_NOTE("active_directory.logs", adLogPath);

    if (clusterMember.known())
        o.insert(QStringLiteral("cluster_member"), clusterMember.get());
    SPUW_NOTE("cluster_member", clusterMember);
    QJsonObject cluster;
    if (clusterName.known())
        cluster.insert(QStringLiteral("name"), clusterName.get());
    if (clusterNodes.known())
        cluster.insert(QStringLiteral("nodes"), toArray(clusterNodes.get()));
    o.insert(QStringLiteral("cluster"), cluster);
    SPUW_NOTE("cluster.name", clusterName);
    SPUW_NOTE("cluster.nodes", clusterNodes);

    if (pagingFiles.known()) {
        QJsonArray paths;
        QJsonArray detail;
        for (const PagingFile &pf : pagingFiles.get()) {
            paths.append(pf.path);
            QJsonObject d{{QStringLiteral("path"), pf.path}};
            if (pf.initialMb)
                d.insert(QStringLiteral("initial_mb"), *pf.initialMb);
            if (pf.maximumMb)
                d.insert(QStringLiteral("maximum_mb"), *pf.maximumMb);
            detail.append(d);
        }
        o.insert(QStringLiteral("paging_files"), paths);
        o.insert(QStringLiteral("paging_files_detail"), detail);
    }
    SPUW_NOTE("paging_files", pagingFiles);

    if (securePath.known()) {
        if (securePath.get().present) {
            QJsonObject sp{{QStringLiteral("path"), securePath.get().path}};
            sp.insert(QStringLiteral("file_version"),
                securePath.get().fileVersion.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(securePath.get().fileVersion));
            o.insert(QStringLiteral("securepath"), sp);
        } else {
            o.insert(QStringLiteral("securepath"), QJsonValue(QJsonValue::Null));
        }
    }
    SPUW_NOTE("securepath", securePath);

    if (crashDumps.known()) {
        QJsonArray dumps;
        for (const CrashDumpFact &d : crashDumps.get()) {
            QJsonArray params;
            for (quint64 p : d.parameters)
                params.append(hex(p));
            dumps.append(QJsonObject{{QStringLiteral("path"), d.path}, {QStringLiteral("bits"), d.bits},
                {QStringLiteral("build"), d.build}, {QStringLiteral("bugcheck_code"), qint64(d.bugCheckCode)},
                {QStringLiteral("parameters"), params}, {QStringLiteral("dump_type"), d.dumpType},
                {QStringLiteral("product_type"), d.productType}});
        }
        o.insert(QStringLiteral("crash_dumps"), dumps);
    }
    SPUW_NOTE("crash_dumps", crashDumps);

    if (sanVolumes.known())
        o.insert(QStringLiteral("san_volumes"), toArray(sanVolumes.get()));
    SPUW_NOTE("san_volumes", sanVolumes);
    if (visibleSanVolumes.known())
        o.insert(QStringLiteral("visible_san_volumes"), toArray(visibleSanVolumes.get()));
    SPUW_NOTE("visible_san_volumes", visibleSanVolumes);
    if (operatorReportsBugcheck.known())
        o.insert(QStringLiteral("operator_reports_bugcheck"), operatorReportsBugcheck.get());
    SPUW_NOTE("operator_reports_bugcheck", operatorReportsBugcheck);
#undef SPUW_NOTE

    o.insert(QStringLiteral("training"), training);
    o.insert(QStringLiteral("unknown"), unknown);
    o.insert(QStringLiteral("origins"), origins);
    return o;
}

std::optional<SystemFacts> SystemFacts::fromJson(const QJsonObject &json, FactOrigin origin, QString *error)
{
    StrictReader r(error);
    SystemFacts f;
    r.checkKeys(json, {},
        {QStringLiteral("computer_name"), QStringLiteral("system_root"), QStringLiteral("os"),
            QStringLiteral("domain_controller"), QStringLiteral("active_directory"), QStringLiteral("cluster_member"),
            QStringLiteral("cluster"), QStringLiteral("paging_files"), QStringLiteral("paging_files_detail"),
            QStringLiteral("securepath"), QStringLiteral("crash_dumps"), QStringLiteral("san_volumes"),
            QStringLiteral("visible_san_volumes"), QStringLiteral("operator_reports_bugcheck"),
            QStringLiteral("training"), QStringLiteral("unknown"), QStringLiteral("origins")});
    r.str(json, "computer_name", {}, f.computerName, origin);
    r.str(json, "system_root", {}, f.systemRoot, origin);

    if (json.contains(QLatin1String("os"))) {
        if (const auto os = r.object(json.value(QLatin1String("os")), QStringLiteral("os"))) {
            r.checkKeys(*os, QStringLiteral("os"),
                {QStringLiteral("product_name"), QStringLiteral("version"), QStringLiteral("build"),
                    QStringLiteral("product_type"), QStringLiteral("service_pack"), QStringLiteral("suites")});
            const QString w = QStringLiteral("os.");
            r.str(*os, "product_name", w, f.productName, origin);
            r.str(*os, "version", w, f.osVersion, origin);
            r.integer(*os, "build", w, f.osBuild, origin);
            r.str(*os, "service_pack", w, f.servicePack, origin);
            r.str(*os, "product_type", w, f.productType, origin);
            if (f.productType.known()
                && !QStringList{QStringLiteral("WinNT"), QStringLiteral("ServerNT"), QStringLiteral("LanmanNT")}
                        .contains(f.productType.get()))
                r.fail(QStringLiteral("os.product_type"), QStringLiteral("WinNT, ServerNT or LanmanNT"));
            if (os->contains(QLatin1String("suites"))) {
                if (auto s = r.strings(os->value(QLatin1String("suites")), QStringLiteral("os.suites")))
                    f.productSuites.set(*s, origin);
            }
        }
    }

    if (json.contains(QLatin1String("active_directory"))) {
        if (const auto ad
            = r.object(json.value(QLatin1String("active_directory")), QStringLiteral("active_directory"))) {
            r.checkKeys(*ad, QStringLiteral("active_directory"),
                {QStringLiteral("ntds_parameters"), QStringLiteral("database"), QStringLiteral("logs")});
            const QString w = QStringLiteral("active_directory.");
            r.boolean(*ad, "ntds_parameters", w, f.ntdsParameters, origin);
            r.str(*ad, "database", w, f.adDatabasePath, origin);
            r.str(*ad, "logs", w, f.adLogPath, origin);
        }
    }

    r.boolean(json, "cluster_member", {}, f.clusterMember, origin);
    if (json.contains(QLatin1String("cluster"))) {
        if (const auto c = r.object(json.value(QLatin1String("cluster")), QStringLiteral("cluster"))) {
            r.checkKeys(*c, QStringLiteral("cluster"), {QStringLiteral("name"), QStringLiteral("nodes")});
            r.str(*c, "name", QStringLiteral("cluster."), f.clusterName, origin);
            if (c->contains(QLatin1String("nodes"))) {
                if (auto n = r.strings(c->value(QLatin1String("nodes")), QStringLiteral("cluster.nodes")))
                    f.clusterNodes.set(*n, origin);
            }
        }
    }

    if (json.contains(QLatin1String("paging_files_detail"))) {
        const QJsonValue v = json.value(QLatin1String("paging_files_detail"));
        QList<PagingFile> files;
        const QJsonArray a = v.toArray();
        if (!v.isArray())
            r.fail(QStringLiteral("paging_files_detail"), QStringLiteral("a list of objects"));
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString field = QStringLiteral("paging_files_detail[%1]").arg(i);
            if (const auto d = r.object(a.at(i), field)) {
                r.checkKeys(
                    *d, field, {QStringLiteral("path"), QStringLiteral("initial_mb"), QStringLiteral("maximum_mb")});
                PagingFile pf;
                pf.path = d->value(QLatin1String("path")).toString();
                if (d->contains(QLatin1String("initial_mb")))
                    pf.initialMb = d->value(QLatin1String("initial_mb")).toInt();
                if (d->contains(QLatin1String("maximum_mb")))
                    pf.maximumMb = d->value(QLatin1String("maximum_mb")).toInt();
                if (pf.path.isEmpty())
                    r.fail(field + QStringLiteral(".path"), QStringLiteral("a page file path"));
                files << pf;
            }
        }
        f.pagingFiles.set(files, origin);
    } else if (json.contains(QLatin1String("paging_files"))) {
        if (auto entries = r.strings(json.value(QLatin1String("paging_files")), QStringLiteral("paging_files"))) {
            QList<PagingFile> files;
            for (const QString &e : *entries)
                files << PagingFile::parse(e);
            f.pagingFiles.set(files, origin);
        }
    }

    if (json.contains(QLatin1String("securepath"))) {
        const QJsonValue v = json.value(QLatin1String("securepath"));
        if (v.isNull()) {
            f.securePath.set(SecurePathDriver{}, origin);
        } else if (const auto sp = r.object(v, QStringLiteral("securepath (or null when Raidisk.sys is absent)"))) {
            r.checkKeys(*sp, QStringLiteral("securepath"), {QStringLiteral("path"), QStringLiteral("file_version")});
            SecurePathDriver d;
            d.present = true;
            d.path = sp->value(QLatin1String("path")).toString();
            d.fileVersion = sp->value(QLatin1String("file_version")).toString();
            if (!sp->value(QLatin1String("path")).isString())
                r.fail(QStringLiteral("securepath.path"), QStringLiteral("the path of Raidisk.sys"));
            if (!d.fileVersion.isEmpty() && !isDottedVersion(d.fileVersion))
                r.fail(QStringLiteral("securepath.file_version"), QStringLiteral("a version like 3.6.2.670"));
            f.securePath.set(d, origin);
        }
    }

    if (json.contains(QLatin1String("crash_dumps"))) {
        const QJsonValue v = json.value(QLatin1String("crash_dumps"));
        if (!v.isArray())
            r.fail(QStringLiteral("crash_dumps"), QStringLiteral("a list of objects"));
        QList<CrashDumpFact> dumps;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString field = QStringLiteral("crash_dumps[%1]").arg(i);
            const auto d = r.object(a.at(i), field);
            if (!d)
                break;
            r.checkKeys(*d, field,
                {QStringLiteral("path"), QStringLiteral("bits"), QStringLiteral("build"),
                    QStringLiteral("bugcheck_code"), QStringLiteral("parameters"), QStringLiteral("dump_type"),
                    QStringLiteral("product_type")});
            CrashDumpFact c;
            c.path = d->value(QLatin1String("path")).toString();
            c.bits = d->value(QLatin1String("bits")).toInt(32);
            c.build = d->value(QLatin1String("build")).toInt();
            bool ok = false;
            c.bugCheckCode = quint32(parseNumber(d->value(QLatin1String("bugcheck_code")), &ok));
            if (!ok)
                r.fail(field + QStringLiteral(".bugcheck_code"), QStringLiteral("a number such as 194 or \"0xC2\""));
            const QJsonArray params = d->value(QLatin1String("parameters")).toArray();
            if (params.size() > 4)
                r.fail(field + QStringLiteral(".parameters"), QStringLiteral("at most four parameters"));
            for (qsizetype p = 0; p < params.size() && p < 4; ++p) {
                c.parameters[size_t(p)] = parseNumber(params.at(p), &ok);
                if (!ok)
                    r.fail(QStringLiteral("%1.parameters[%2]").arg(field).arg(p),
                        QStringLiteral("a number or hex string"));
            }
            c.dumpType = d->value(QLatin1String("dump_type")).toInt(0);
            c.productType = d->value(QLatin1String("product_type")).toInt(0);
            if (c.bits != 32 && c.bits != 64)
                r.fail(field + QStringLiteral(".bits"), QStringLiteral("32 or 64"));
            dumps << c;
        }
        f.crashDumps.set(dumps, origin);
    }

    for (const auto &[key, fact] :
        {std::pair{"san_volumes", &f.sanVolumes}, std::pair{"visible_san_volumes", &f.visibleSanVolumes}}) {
        if (!json.contains(QLatin1String(key)))
            continue;
        if (auto vols = r.strings(json.value(QLatin1String(key)), QLatin1String(key))) {
            QStringList normalised;
            for (const QString &v : *vols) {
                bool ok = false;
                const QString n = normaliseVolume(v, &ok);
                if (!ok)
                    r.fail(QLatin1String(key), QStringLiteral("drive letters such as \"E:\", not \"%1\"").arg(v));
                else if (!normalised.contains(n))
                    normalised << n;
            }
            fact->set(normalised, origin);
        }
    }
    r.boolean(json, "operator_reports_bugcheck", {}, f.operatorReportsBugcheck, origin);
    if (json.contains(QLatin1String("training"))) {
        if (!json.value(QLatin1String("training")).isBool())
            r.fail(QStringLiteral("training"), QStringLiteral("true or false"));
        f.training = json.value(QLatin1String("training")).toBool();
    }

    // Origins written by toJson() are restored so evidence round-trips exactly.
    const QJsonObject origins = json.value(QLatin1String("origins")).toObject();
    auto restore = [&](const char *key, auto &fact) {
        const QJsonObject from = origins.value(QLatin1String(key)).toObject();
        if (from.isEmpty() || !fact.known())
            return;
        bool ok = false;
        const FactOrigin o = factOriginFromName(from.value(QLatin1String("origin")).toString(), &ok);
        if (!ok) {
            r.fail(QStringLiteral("origins.%1.origin").arg(QLatin1String(key)),
                QStringLiteral("probe, file, operator or scenario"));
            return;
        }
        fact.origin = o;
        fact.source = from.value(QLatin1String("source")).toString();
    };
    restore("computer_name", f.computerName);
    restore("system_root", f.systemRoot);
    restore("os.product_name", f.productName);
    restore("os.version", f.osVersion);
    restore("os.build", f.osBuild);
    restore("os.product_type", f.productType);
    restore("os.service_pack", f.servicePack);
    restore("os.suites", f.productSuites);
    restore("active_directory.ntds_parameters", f.ntdsParameters);
    restore("active_directory.database", f.adDatabasePath);
    restore("active_directory.logs", f.adLogPath);
    restore("cluster_member", f.clusterMember);
    restore("cluster.name", f.clusterName);
    restore("cluster.nodes", f.clusterNodes);
    restore("paging_files", f.pagingFiles);
    restore("securepath", f.securePath);
    restore("crash_dumps", f.crashDumps);
    restore("san_volumes", f.sanVolumes);
    restore("visible_san_volumes", f.visibleSanVolumes);
    restore("operator_reports_bugcheck", f.operatorReportsBugcheck);

    if (json.contains(QLatin1String("domain_controller")) && !r.failed()) {
        const QJsonValue v = json.value(QLatin1String("domain_controller"));
        const auto derived = f.isDomainController();
        if (!v.isBool())
            r.fail(QStringLiteral("domain_controller"), QStringLiteral("true or false"));
        else if (derived && *derived != v.toBool())
            r.fail(QStringLiteral("domain_controller"),
                QStringLiteral("a value agreeing with os.product_type and active_directory.ntds_parameters "
                               "(a domain controller is LanmanNT with NTDS\\Parameters)"));
    }
    if (r.failed())
        return std::nullopt;
    return f;
}

} // namespace spuw
