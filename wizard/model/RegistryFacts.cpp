#include "RegistryFacts.h"

namespace spuw {

namespace {

const QString kVersionKey = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");
constexpr auto Software = RegistrySource::Hive::Software;
constexpr auto System = RegistrySource::Hive::System;

} // namespace

QString RegistryFacts::expandSystemRoot(QString path, const QString &systemRoot)
{
    path.replace(QStringLiteral("%SystemRoot%"), systemRoot, Qt::CaseInsensitive);
    path.replace(QStringLiteral("%windir%"), systemRoot, Qt::CaseInsensitive);
    if (path.startsWith(QLatin1String("\\SystemRoot\\"), Qt::CaseInsensitive))
        path = systemRoot + path.mid(11);
    return path;
}

namespace {

// Every read goes through here: what cannot be read is said, naming the value and the fact it
// leaves unknown, and is never mistaken for an absent value.
class Reading
{
public:
    Reading(const RegistrySource &reg, ProbeResult &r) : m_reg(reg), m_r(r) { }

    // The reason `key`/`value` cannot be read (warned once), or empty.
    QString unreadable(RegistrySource::Hive hive, const QString &key, const QString &value, const QString &fact)
    {
        const QString why = m_reg.readError(hive, key, value);
        if (!why.isEmpty())
            m_r.warnings << RegistryFacts::tr("%1 cannot be read (%2), so %3 is unknown.")
                                .arg(value.isEmpty() ? m_reg.describe(hive) + QLatin1Char('\\') + key
                                                     : m_reg.source(hive, key, value),
                                    why, fact);
        return why;
    }
    std::optional<QString> string(
        RegistrySource::Hive hive, const QString &key, const QString &value, const QString &fact)
    {
        auto v = m_reg.string(hive, key, value);
        if (!v)
            unreadable(hive, key, value, fact);
        return v;
    }
    // Present, absent, or (nothing) unreadable.
    std::optional<bool> hasKey(RegistrySource::Hive hive, const QString &key, const QString &fact)
    {
        if (m_reg.hasKey(hive, key))
            return true;
        if (!unreadable(hive, key, QString(), fact).isEmpty())
            return std::nullopt;
        return false;
    }

private:
    const RegistrySource &m_reg;
    ProbeResult &m_r;
};

} // namespace

void RegistryFacts::readSoftware(const RegistrySource &reg, ProbeResult &r)
{
    SystemFacts &f = r.facts;
    Reading read(reg, r);
    const auto hasVersion = read.hasKey(Software, kVersionKey, tr("the Windows version"));
    if (!hasVersion.value_or(false)) {
        if (hasVersion)
            r.warnings << tr("%1 has no key %2.").arg(reg.describe(Software), kVersionKey);
        return;
    }
    auto source = [&](const char *value) { return reg.source(Software, kVersionKey, QLatin1String(value)); };
    if (auto v = read.string(Software, kVersionKey, QStringLiteral("ProductName"), tr("the product name")))
        f.productName.set(*v, reg.origin(), source("ProductName"));
    if (auto v = read.string(Software, kVersionKey, QStringLiteral("CurrentVersion"), tr("the Windows version")))
        f.osVersion.set(*v, reg.origin(), source("CurrentVersion"));
    if (auto v = read.string(Software, kVersionKey, QStringLiteral("CurrentBuildNumber"), tr("the build"))) {
        bool ok = false;
        const int build = v->toInt(&ok);
        if (ok)
            f.osBuild.set(build, reg.origin(), source("CurrentBuildNumber"));
    }
    // No CSDVersion value means no service pack installed, which is itself a fact; a value that
    // cannot be read is not.
    const auto csd = read.string(Software, kVersionKey, QStringLiteral("CSDVersion"), tr("the service pack"));
    if (csd || reg.readError(Software, kVersionKey, QStringLiteral("CSDVersion")).isEmpty())
        f.servicePack.set(csd.value_or(QString()), reg.origin(), source("CSDVersion"));
    if (auto v = read.string(Software, kVersionKey, QStringLiteral("SystemRoot"), tr("the system root")))
        f.systemRoot.set(*v, reg.origin(), source("SystemRoot"));
}

RegistryFacts::Locations RegistryFacts::readSystem(const RegistrySource &reg, ProbeResult &r)
{
    SystemFacts &f = r.facts;
    Reading read(reg, r);
    const QString root = f.systemRoot.get();
    Locations where;

    const QString nameKey = QStringLiteral("Control\\ComputerName\\ComputerName");
    if (auto v = read.string(System, nameKey, QStringLiteral("ComputerName"), tr("the computer name")))
        f.computerName.set(*v, reg.origin(), reg.source(System, nameKey, QStringLiteral("ComputerName")));

    const QString po = QStringLiteral("Control\\ProductOptions");
    if (auto v = read.string(System, po, QStringLiteral("ProductType"), tr("the product type")))
        f.productType.set(*v, reg.origin(), reg.source(System, po, QStringLiteral("ProductType")));
    if (read.hasKey(System, po, tr("the product suites")).value_or(false)) {
        const auto suites = reg.multiString(System, po, QStringLiteral("ProductSuite"));
        if (suites || read.unreadable(System, po, QStringLiteral("ProductSuite"), tr("the product suites")).isEmpty())
            f.productSuites.set(
                suites.value_or(QStringList()), reg.origin(), reg.source(System, po, QStringLiteral("ProductSuite")));
    }

    const QString mm = QStringLiteral("Control\\Session Manager\\Memory Management");
    const auto hasMm = read.hasKey(System, mm, tr("where the page files are"));
    if (hasMm.value_or(false)) {
        // An absent PagingFiles value means no page file; one that cannot be read means nothing.
        const auto entries = reg.multiString(System, mm, QStringLiteral("PagingFiles"));
        if (entries
            || read.unreadable(System, mm, QStringLiteral("PagingFiles"), tr("where the page files are")).isEmpty()) {
            QList<PagingFile> files;
            for (const QString &entry : entries.value_or(QStringList())) {
                if (!entry.trimmed().isEmpty())
                    files << PagingFile::parse(entry);
            }
            f.pagingFiles.set(files, reg.origin(), reg.source(System, mm, QStringLiteral("PagingFiles")));
        }
    } else if (hasMm) {
        r.warnings << tr("%1 has no key %2: page files unknown.").arg(reg.describe(System), mm);
    }

    const QString ntds = QStringLiteral("Services\\NTDS\\Parameters");
    if (const auto hasNtds = read.hasKey(System, ntds, tr("whether this is a domain controller"))) {
        f.ntdsParameters.set(
            *hasNtds, reg.origin(), reg.source(System, QStringLiteral("Services\\NTDS"), QStringLiteral("Parameters")));
        if (*hasNtds) {
            if (auto v = read.string(
                    System, ntds, QStringLiteral("DSA Database file"), tr("where the Active Directory database is")))
                f.adDatabasePath.set(expandSystemRoot(*v, root), reg.origin(),
                    reg.source(System, ntds, QStringLiteral("DSA Database file")));
            if (auto v = read.string(
                    System, ntds, QStringLiteral("Database log files path"), tr("where the Active Directory logs are")))
                f.adLogPath.set(expandSystemRoot(*v, root), reg.origin(),
                    reg.source(System, ntds, QStringLiteral("Database log files path")));
        }
    }

    if (const auto clussvc
        = read.hasKey(System, QStringLiteral("Services\\ClusSvc"), tr("whether this is a cluster node")))
        f.clusterMember.set(
            *clussvc, reg.origin(), reg.source(System, QStringLiteral("Services"), QStringLiteral("ClusSvc")));

    const QString cc = QStringLiteral("Control\\CrashControl");
    const QString crashDumps = tr("where the crash dumps are");
    const auto dumpFile = read.string(System, cc, QStringLiteral("DumpFile"), crashDumps);
    const auto minidumpDir = read.string(System, cc, QStringLiteral("MinidumpDir"), crashDumps);
    for (const char *value : {"DumpFile", "MinidumpDir"}) {
        const QString why = reg.readError(System, cc, QLatin1String(value));
        if (!why.isEmpty() && where.dumpSettingsProblem.isEmpty())
            where.dumpSettingsProblem
                = tr("%1 cannot be read (%2)").arg(reg.source(System, cc, QLatin1String(value)), why);
    }
    where.dumpFile = expandSystemRoot(dumpFile.value_or(QStringLiteral("%SystemRoot%\\MEMORY.DMP")), root);
    where.minidumpDir = expandSystemRoot(minidumpDir.value_or(QStringLiteral("%SystemRoot%\\Minidump")), root);
    const QString raidisk = QStringLiteral("Services\\Raidisk");
    const auto imagePath = read.string(System, raidisk, QStringLiteral("ImagePath"), tr("where Raidisk.sys is"));
    where.raidiskImagePath = imagePath.value_or(QString());
    const QString raidiskWhy = reg.readError(System, raidisk, QStringLiteral("ImagePath"));
    if (!raidiskWhy.isEmpty())
        where.raidiskProblem
            = tr("%1 cannot be read (%2)").arg(reg.source(System, raidisk, QStringLiteral("ImagePath")), raidiskWhy);
    return where;
}

} // namespace spuw
