#include "OfflineImageProbe.h"

#include "CrashDumpReader.h"
#include "HiveReader.h"
#include "ModelLogging.h"
#include "PeVersionReader.h"
#include "RegistryFacts.h"

#include <QDir>
#include <QFileInfo>

namespace spuw {

namespace {

QString src(const HiveReader &hive, const QString &key, const QString &value)
{
    return QStringLiteral("%1: %2\\%3").arg(QDir::toNativeSeparators(hive.path()), key, value);
}

// The hive files of the image, SYSTEM seen through its current control set.
class HiveRegistry final : public RegistrySource
{
public:
    // Before SYSTEM is open, `system` may be the SOFTWARE reader: only SOFTWARE is asked then.
    HiveRegistry(const HiveReader &software, const HiveReader &system, QString controlSet)
        : m_software(software), m_system(system), m_controlSet(std::move(controlSet))
    { }
    bool hasKey(Hive hive, const QString &key) const override { return reader(hive).hasKey(path(hive, key)); }
    std::optional<QString> string(Hive hive, const QString &key, const QString &value) const override
    {
        return reader(hive).string(path(hive, key), value);
    }
    std::optional<QStringList> multiString(Hive hive, const QString &key, const QString &value) const override
    {
        return reader(hive).multiString(path(hive, key), value);
    }
    QString source(Hive hive, const QString &key, const QString &value) const override
    {
        return src(reader(hive), path(hive, key), value);
    }
    QString describe(Hive hive) const override { return reader(hive).path(); }

private:
    const HiveReader &reader(Hive hive) const { return hive == Hive::Software ? m_software : m_system; }
    QString path(Hive hive, const QString &key) const
    {
        return hive == Hive::Software ? key : m_controlSet + QLatin1Char('\\') + key;
    }

    const HiveReader &m_software;
    const HiveReader &m_system;
    QString m_controlSet;
};

} // namespace

OfflineImageProbe::OfflineImageProbe(QString root, std::optional<QStringList> sanVolumes)
    : m_root(std::move(root)), m_sanVolumes(std::move(sanVolumes))
{ }

QString OfflineImageProbe::description() const
{
    return tr("Offline image of a system volume at %1 (opened read-only)").arg(QDir::toNativeSeparators(m_root));
}

QString OfflineImageProbe::resolve(const QString &root, const QString &relative)
{
    QString current = root;
    const QStringList parts
        = QString(relative).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString exact = current + QLatin1Char('/') + part;
        if (QFileInfo::exists(exact)) {
            current = exact;
            continue;
        }
        const QStringList entries
            = QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QString match;
        for (const QString &e : entries) {
            if (e.compare(part, Qt::CaseInsensitive) == 0) {
                match = e;
                break;
            }
        }
        if (match.isEmpty())
            return {};
        current += QLatin1Char('/') + match;
    }
    return current;
}

QString OfflineImageProbe::toImagePath(
    const QString &windowsPath, const QString &systemRootDir, const ProbeResult &r) const
{
    Q_UNUSED(systemRootDir)
    const QString volume = SystemFacts::volumeOf(windowsPath);
    const QString systemVolume = SystemFacts::volumeOf(r.facts.systemRoot.valueOr(QStringLiteral("C:\\")));
    if (volume.isEmpty() || volume != systemVolume)
        return {};
    return resolve(m_root, windowsPath.mid(3));
}

ProbeResult OfflineImageProbe::probe() const
{
    ProbeResult r;
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.isDir()) {
        r.error = tr("%1 is not a folder: give the root folder of a copied or mounted system volume.").arg(m_root);
        return r;
    }

    // The system root is the folder that holds system32\config\SYSTEM and SOFTWARE. WINNT and
    // WINDOWS are the usual names, but any name is accepted.
    QStringList candidates;
    const QStringList top
        = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &dir : top) {
        if (!resolve(m_root + QLatin1Char('/') + dir, QStringLiteral("system32/config/SYSTEM")).isEmpty())
            candidates << dir;
    }
    if (candidates.isEmpty()) {
        r.error = tr("%1 does not look like a Windows system volume: no folder in it holds "
                     "system32\\config\\SYSTEM.")
                      .arg(QDir::toNativeSeparators(m_root));
        return r;
    }
    std::sort(candidates.begin(), candidates.end(), [](const QString &a, const QString &b) {
        auto rank = [](const QString &n) {
            return n.compare(QLatin1String("WINNT"), Qt::CaseInsensitive) == 0  ? 0
                : n.compare(QLatin1String("WINDOWS"), Qt::CaseInsensitive) == 0 ? 1
                                                                                : 2;
        };
        return rank(a) < rank(b);
    });
    if (candidates.size() > 1)
        r.warnings << tr("Several Windows installations in %1 (%2); reading %3.")
                          .arg(QDir::toNativeSeparators(m_root), candidates.join(QStringLiteral(", ")),
                              candidates.first());
    const QString systemRootDir = m_root + QLatin1Char('/') + candidates.first();

    const QString softwarePath = resolve(systemRootDir, QStringLiteral("system32/config/SOFTWARE"));
    if (softwarePath.isEmpty()) {
        r.error = tr("%1: the SOFTWARE hive is missing.")
                      .arg(QDir::toNativeSeparators(systemRootDir + QStringLiteral("/system32/config")));
        return r;
    }
    HiveReader software;
    if (!software.open(softwarePath)) {
        r.error = software.errorString();
        return r;
    }
    RegistryFacts::readSoftware(HiveRegistry(software, software, QString()), r);
    if (!r.facts.systemRoot.known()) {
        r.facts.systemRoot.set(QStringLiteral("C:\\") + candidates.first(), FactOrigin::File,
            tr("folder name in %1 (SOFTWARE has no SystemRoot; drive C: assumed)").arg(m_root));
        r.warnings << tr("%1 has no SystemRoot value; assuming C:\\%2.").arg(softwarePath, candidates.first());
    }

    const QString systemPath = resolve(systemRootDir, QStringLiteral("system32/config/SYSTEM"));
    HiveReader system;
    if (!system.open(systemPath)) {
        r.error = system.errorString();
        return r;
    }
    const auto controlSet = system.currentControlSet();
    if (!controlSet) {
        r.error = tr("%1: the SYSTEM hive has no usable Select\\Current value, so the current control set is "
                     "unknown (the hive may be damaged).")
                      .arg(systemPath);
        return r;
    }
    const auto where = RegistryFacts::readSystem(HiveRegistry(software, system, *controlSet), r);
    readCluster(systemRootDir, r);
    readSecurePath(systemRootDir, where.raidiskImagePath, r);
    readDumps(systemRootDir, where.dumpFile, where.minidumpDir, r);

    if (m_sanVolumes)
        r.facts.sanVolumes.set(*m_sanVolumes, FactOrigin::Operator, tr("operator's answer (--san-volumes)"));
    qCInfo(lcProbe) << "probed offline image" << m_root << "warnings:" << r.warnings.size();
    return r;
}

void OfflineImageProbe::readCluster(const QString &systemRootDir, ProbeResult &r) const
{
    SystemFacts &f = r.facts;
    const QString clusdb = resolve(systemRootDir, QStringLiteral("Cluster/CLUSDB"));
    if (clusdb.isEmpty()) {
        if (f.clusterMember.valueOr(false)) {
            // The service is installed but was never configured: not a member of any cluster.
            r.warnings << tr("The cluster service is installed but %1 has no Cluster\\CLUSDB: treated as not a "
                             "cluster member.")
                              .arg(QDir::toNativeSeparators(systemRootDir));
            f.clusterMember.set(false, FactOrigin::File, tr("no cluster database in %1").arg(systemRootDir));
        }
        return;
    }
    HiveReader db;
    if (!db.open(clusdb)) {
        r.warnings << db.errorString();
        f.clusterMember.clear(); // a member whose nodes we cannot read: ask rather than guess
        return;
    }
    f.clusterMember.set(true, FactOrigin::File, QDir::toNativeSeparators(clusdb));
    if (auto name = db.string(QString(), QStringLiteral("ClusterName")))
        f.clusterName.set(*name, FactOrigin::File, src(db, QString(), QStringLiteral("ClusterName")));
    QStringList nodes;
    for (const QString &id : db.subkeys(QStringLiteral("Nodes"))) {
        if (auto n = db.string(QStringLiteral("Nodes\\") + id, QStringLiteral("NodeName")))
            nodes << *n;
    }
    f.clusterNodes.set(nodes, FactOrigin::File, src(db, QStringLiteral("Nodes"), QStringLiteral("*\\NodeName")));
}

void OfflineImageProbe::readSecurePath(const QString &systemRootDir, const QString &imagePath, ProbeResult &r) const
{
    SystemFacts &f = r.facts;
    QString relative = imagePath;
    relative.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (relative.startsWith(QLatin1String("\\SystemRoot\\"), Qt::CaseInsensitive))
        relative = relative.mid(12);
    else if (relative.startsWith(QLatin1String("%SystemRoot%\\"), Qt::CaseInsensitive))
        relative = relative.mid(13);
    if (relative.isEmpty() || SystemFacts::volumeOf(relative).size() == 2)
        relative = QStringLiteral("system32\\drivers\\Raidisk.sys");
    const QString windowsPath = f.systemRoot.get() + QLatin1Char('\\') + relative;
    const QString file = resolve(systemRootDir, relative);
    if (file.isEmpty()) {
        f.securePath.set(SecurePathDriver{}, FactOrigin::File, tr("%1 not found").arg(windowsPath));
        return;
    }
    SecurePathDriver d;
    d.present = true;
    d.path = windowsPath;
    const auto pe = formats::readPeVersion(QFile::encodeName(file).toStdString());
    if (pe.ok())
        d.fileVersion = QString::fromStdString(pe.fileVersion.toString());
    else
        r.warnings << tr("%1: cannot read its version: %2 (%3).")
                          .arg(QDir::toNativeSeparators(file), QString::fromLatin1(formats::toString(pe.error)),
                              QString::fromStdString(pe.errorDetail));
    f.securePath.set(d, FactOrigin::File, QDir::toNativeSeparators(file));
}

void OfflineImageProbe::readDumps(
    const QString &systemRootDir, const QString &dumpFile, const QString &minidumpDir, ProbeResult &r) const
{
    Q_UNUSED(systemRootDir)
    QList<CrashDumpFact> dumps;
    QStringList files; // pairs of image path and Windows path
    QStringList windowsPaths;
    const QString full = toImagePath(dumpFile, systemRootDir, r);
    if (!full.isEmpty() && QFileInfo(full).isFile()) {
        files << full;
        windowsPaths << dumpFile;
    } else if (full.isEmpty() && SystemFacts::volumeOf(dumpFile) != SystemFacts::volumeOf(r.facts.systemRoot.get())) {
        r.warnings
            << tr("The crash dump file %1 is on another volume than Windows and is not in this image.").arg(dumpFile);
    }
    const QString miniDir = toImagePath(minidumpDir, systemRootDir, r);
    if (!miniDir.isEmpty()) {
        const QStringList entries = QDir(miniDir).entryList(QDir::Files, QDir::Name);
        for (const QString &e : entries) {
            if (e.endsWith(QLatin1String(".dmp"), Qt::CaseInsensitive)) {
                files << miniDir + QLatin1Char('/') + e;
                windowsPaths << minidumpDir + QLatin1Char('\\') + e;
            }
        }
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto h = formats::readCrashDumpHeader(QFile::encodeName(files.at(i)).toStdString());
        if (!h.ok()) {
            r.warnings << tr("%1: %2.").arg(
                QDir::toNativeSeparators(files.at(i)), QString::fromLatin1(formats::toString(h.error)));
            continue;
        }
        CrashDumpFact d;
        d.path = windowsPaths.at(i);
        d.bits = h.bits;
        d.build = int(h.build);
        d.bugCheckCode = h.bugCheckCode;
        for (std::size_t p = 0; p < 4; ++p)
            d.parameters[p] = h.parameters[p];
        d.dumpType = h.dumpType == formats::CrashDumpHeader::kUnset ? 0 : int(h.dumpType);
        d.productType = h.productType == formats::CrashDumpHeader::kUnset ? 0 : int(h.productType);
        dumps << d;
    }
    r.facts.crashDumps.set(
        dumps, FactOrigin::File, tr("%1 and %2").arg(dumpFile, minidumpDir + QStringLiteral("\\*.dmp")));
}

} // namespace spuw
