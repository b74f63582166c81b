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

void RegistryFacts::readSoftware(const RegistrySource &reg, ProbeResult &r)
{
    SystemFacts &f = r.facts;
    if (!reg.hasKey(Software, kVersionKey)) {
        r.warnings << tr("%1 has no key %2.").arg(reg.describe(Software), kVersionKey);
        return;
    }
    auto source = [&](const char *value) { return reg.source(Software, kVersionKey, QLatin1String(value)); };
    if (auto v = reg.string(Software, kVersionKey, QStringLiteral("ProductName")))
        f.productName.set(*v, reg.origin(), source("ProductName"));
    if (auto v = reg.string(Software, kVersionKey, QStringLiteral("CurrentVersion")))
        f.osVersion.set(*v, reg.origin(), source("CurrentVersion"));
    if (auto v = reg.string(Software, kVersionKey, QStringLiteral("CurrentBuildNumber"))) {
        bool ok = false;
        const int build = v->toInt(&ok);
        if (ok)
            f.osBuild.set(build, reg.origin(), source("CurrentBuildNumber"));
    }
    // No CSDVersion value means no service pack installed, which is itself a fact.
    f.servicePack.set(reg.string(Software, kVersionKey, QStringLiteral("CSDVersion")).value_or(QString()), reg.origin(),
        source("CSDVersion"));
    if (auto v = reg.string(Software, kVersionKey, QStringLiteral("SystemRoot")))
        f.systemRoot.set(*v, reg.origin(), source("SystemRoot"));
}

RegistryFacts::Locations RegistryFacts::readSystem(const RegistrySource &reg, ProbeResult &r)
{
    SystemFacts &f = r.facts;
    const QString root = f.systemRoot.get();
    Locations where;

    const QString nameKey = QStringLiteral("Control\\ComputerName\\ComputerName");
    if (auto v = reg.string(System, nameKey, QStringLiteral("ComputerName")))
        f.computerName.set(*v, reg.origin(), reg.source(System, nameKey, QStringLiteral("ComputerName")));

    const QString po = QStringLiteral("Control\\ProductOptions");
    if (auto v = reg.string(System, po, QStringLiteral("ProductType")))
        f.productType.set(*v, reg.origin(), reg.source(System, po, QStringLiteral("ProductType")));
    if (reg.hasKey(System, po))
        f.productSuites.set(reg.multiString(System, po, QStringLiteral("ProductSuite")).value_or(QStringList()),
            reg.origin(), reg.source(System, po, QStringLiteral("ProductSuite")));

    const QString mm = QStringLiteral("Control\\Session Manager\\Memory Management");
    if (reg.hasKey(System, mm)) {
        QList<PagingFile> files;
        for (const QString &entry :
            reg.multiString(System, mm, QStringLiteral("PagingFiles")).value_or(QStringList())) {
            if (!entry.trimmed().isEmpty())
                files << PagingFile::parse(entry);
        }
        f.pagingFiles.set(files, reg.origin(), reg.source(System, mm, QStringLiteral("PagingFiles")));
    } else {
        r.warnings << tr("%1 has no key %2: page files unknown.").arg(reg.describe(System), mm);
    }

    const QString ntds = QStringLiteral("Services\\NTDS\\Parameters");
    const bool hasNtds = reg.hasKey(System, ntds);
    f.ntdsParameters.set(
        hasNtds, reg.origin(), reg.source(System, QStringLiteral("Services\\NTDS"), QStringLiteral("Parameters")));
    if (hasNtds) {
        if (auto v = reg.string(System, ntds, QStringLiteral("DSA Database file")))
            f.adDatabasePath.set(expandSystemRoot(*v, root), reg.origin(),
                reg.source(System, ntds, QStringLiteral("DSA Database file")));
        if (auto v = reg.string(System, ntds, QStringLiteral("Database log files path")))
            f.adLogPath.set(expandSystemRoot(*v, root), reg.origin(),
                reg.source(System, ntds, QStringLiteral("Database log files path")));
    }

    f.clusterMember.set(reg.hasKey(System, QStringLiteral("Services\\ClusSvc")), reg.origin(),
        reg.source(System, QStringLiteral("Services"), QStringLiteral("ClusSvc")));

    const QString cc = QStringLiteral("Control\\CrashControl");
    where.dumpFile = expandSystemRoot(
        reg.string(System, cc, QStringLiteral("DumpFile")).value_or(QStringLiteral("%SystemRoot%\\MEMORY.DMP")), root);
    where.minidumpDir = expandSystemRoot(
        reg.string(System, cc, QStringLiteral("MinidumpDir")).value_or(QStringLiteral("%SystemRoot%\\Minidump")), root);
    where.raidiskImagePath
        = reg.string(System, QStringLiteral("Services\\Raidisk"), QStringLiteral("ImagePath")).value_or(QString());
    return where;
}

} // namespace spuw
