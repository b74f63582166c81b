#include "OfflineImageProbe.h"

#include "CrashDumpReader.h"
#include "HiveReader.h"
#include "InputFile.h"
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
    QString readError(Hive hive, const QString &key, const QString &value) const override
    {
        return reader(hive).readProblem(path(hive, key), value.isEmpty() ? QString() : value);
    }

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

QString OfflineImageProbe::resolve(const QString &root, const QString &relative, QString *problem)
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
        // Not found by its exact name: look through the folder, which must be readable for "not
        // there" to mean anything.
        if (const QString why = InputFile::folderProblem(current); !why.isEmpty()) {
            if (problem)
                *problem = why;
            return {};
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

QString OfflineImageProbe::toImagePath(const QString &windowsPath, const ProbeResult &r, QString *problem) const
{
    const QString volume = SystemFacts::volumeOf(windowsPath);
    const QString systemVolume = SystemFacts::volumeOf(r.facts.systemRoot.valueOr(QStringLiteral("C:\\")));
    if (volume.isEmpty() || volume != systemVolume)
        return {};
    return resolve(m_root, windowsPath.mid(3), problem);
}

ProbeResult OfflineImageProbe::probe() const
{
    ProbeResult r;
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.isDir()) {
        r.error = tr("%1 is not a folder: give the root folder of a copied or mounted system volume.").arg(m_root);
        return r;
    }
    if (const QString why = InputFile::folderProblem(m_root); !why.isEmpty()) {
        r.error = tr("%1: %2, so whether it holds a Windows installation is unknown.")
                      .arg(QDir::toNativeSeparators(m_root), why);
        return r;
    }

    // The system root is the folder that holds system32\config\SYSTEM and SOFTWARE. WINNT and
    // WINDOWS are the usual names, but any name is accepted.
    QStringList candidates;
    QStringList unreadable;
    const QStringList top
        = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &dir : top) {
        QString problem;
        if (!resolve(m_root + QLatin1Char('/') + dir, QStringLiteral("system32/config/SYSTEM"), &problem).isEmpty())
            candidates << dir;
        else if (!problem.isEmpty())
            unreadable << problem;
    }
    if (candidates.isEmpty() && !unreadable.isEmpty()) {
        r.error = tr("%1: %2, so whether it holds a Windows installation is unknown.")
                      .arg(QDir::toNativeSeparators(m_root), unreadable.join(QStringLiteral("; ")));
        return r;
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

    QString problem;
    const QString softwarePath = resolve(systemRootDir, QStringLiteral("system32/config/SOFTWARE"), &problem);
    if (softwarePath.isEmpty()) {
        r.error = problem.isEmpty()
            ? tr("%1: the SOFTWARE hive is missing.")
                  .arg(QDir::toNativeSeparators(systemRootDir + QStringLiteral("/system32/config")))
            : tr("The SOFTWARE hive cannot be read: %1.").arg(problem);
        return r;
    }
    HiveReader software;
    if (!software.open(softwarePath)) {
        r.error = software.errorString();
        return r;
    }
    RegistryFacts::readSoftware(HiveRegistry(software, software, QString()), r);
    // Without the version key the SOFTWARE hive tells nothing the verdict needs: it is damaged, or
    // not a SOFTWARE hive at all.
    if (!software.damage().isEmpty() || !software.hasKey(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"))) {
        r.error = !software.damage().isEmpty()
            ? software.damage()
            : tr("%1 is damaged or is not a Windows SOFTWARE hive: it has no key Microsoft\\Windows "
                 "NT\\CurrentVersion, so the Windows version cannot be read.")
                  .arg(softwarePath);
        return r;
    }
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
        if (!system.damage().isEmpty())
            r.error += QLatin1Char(' ') + system.damage();
        return r;
    }
    const auto where = RegistryFacts::readSystem(HiveRegistry(software, system, *controlSet), r);
    if (!system.damage().isEmpty()) {
        r.error = system.damage();
        return r;
    }
    readCluster(systemRootDir, r);
    readSecurePath(systemRootDir, where.raidiskImagePath, r);
    if (!r.ok())
        return r;
    readDumps(where.dumpFile, where.minidumpDir, where.dumpSettingsProblem, r);

    if (m_sanVolumes)
        r.facts.sanVolumes.set(*m_sanVolumes, FactOrigin::Operator, tr("operator's answer (--san-volumes)"));
    qCInfo(lcProbe) << "probed offline image" << m_root << "warnings:" << r.warnings.size();
    return r;
}

void OfflineImageProbe::readCluster(const QString &systemRootDir, ProbeResult &r) const
{
    SystemFacts &f = r.facts;
    QString problem;
    const QString clusdb = resolve(systemRootDir, QStringLiteral("Cluster/CLUSDB"), &problem);
    if (clusdb.isEmpty() && !problem.isEmpty()) {
        r.warnings << tr("The cluster database cannot be looked for: %1; whether this is a cluster node is unknown.")
                          .arg(problem);
        f.clusterMember.clear();
        return;
    }
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
    // Whether Secure Path is installed decides whether KB 817409 applies at all: what cannot be
    // read stops the assessment (naming the file) rather than passing for "not installed".
    auto cannotTell = [&](const QString &why) {
        f.securePath.clear();
        f.securePath.source = why;
        r.error = tr("Whether HP Secure Path is installed cannot be told: %1").arg(why);
    };
    QString problem;
    const QString file = resolve(systemRootDir, relative, &problem);
    if (file.isEmpty() && !problem.isEmpty())
        return cannotTell(tr("%1 cannot be looked for: %2.").arg(windowsPath, problem));
    if (file.isEmpty()) {
        f.securePath.set(SecurePathDriver{}, FactOrigin::File, tr("%1 not found").arg(windowsPath));
        return;
    }
    InputFile input;
    if (!input.open(file, kMaxDriverSize))
        return cannotTell(input.errorString());
    SecurePathDriver d;
    d.present = true;
    d.path = windowsPath;
    const auto pe = formats::readPeVersion(input);
    if (pe.ok()) {
        d.fileVersion = QString::fromStdString(pe.fileVersion.toString());
    } else if (pe.error == formats::PeVersionInfo::Error::NoVersionResource) {
        // A sound driver without a version: the plan asks which version it is.
        r.warnings << tr("%1: cannot read its version: %2 (%3).")
                          .arg(QDir::toNativeSeparators(file), QString::fromLatin1(formats::toString(pe.error)),
                              QString::fromStdString(pe.errorDetail));
    } else {
        return cannotTell(tr("%1 is damaged (%2: %3), so its version cannot be read.")
                              .arg(QDir::toNativeSeparators(file), QString::fromLatin1(formats::toString(pe.error)),
                                  QString::fromStdString(pe.errorDetail)));
    }
    f.securePath.set(d, FactOrigin::File, QDir::toNativeSeparators(file));
}

void OfflineImageProbe::readDumps(
    const QString &dumpFile, const QString &minidumpDir, const QString &settingsProblem, ProbeResult &r) const
{
    // Any dump that cannot be read makes "which dumps are there" unknown: never "none" from it.
    QStringList problems;
    if (!settingsProblem.isEmpty())
        problems << settingsProblem;
    QStringList files; // image paths
    QStringList windowsPaths;
    QString problem;
    const QString full = toImagePath(dumpFile, r, &problem);
    if (!problem.isEmpty()) {
        problems << tr("%1 cannot be looked for: %2").arg(dumpFile, problem);
    } else if (!full.isEmpty()) {
        files << full;
        windowsPaths << dumpFile;
    } else if (SystemFacts::volumeOf(dumpFile) != SystemFacts::volumeOf(r.facts.systemRoot.get())) {
        r.warnings
            << tr("The crash dump file %1 is on another volume than Windows and is not in this image.").arg(dumpFile);
    }
    problem.clear();
    const QString miniDir = toImagePath(minidumpDir, r, &problem);
    if (!problem.isEmpty()) {
        problems << tr("%1 cannot be looked for: %2").arg(minidumpDir, problem);
    } else if (!miniDir.isEmpty() && QFileInfo(miniDir).isDir()) {
        if (const QString why = InputFile::folderProblem(miniDir); !why.isEmpty()) {
            problems << why;
        } else {
            // Every entry named *.dmp, whatever it is: a FIFO or a folder by that name is said, not skipped.
            const QStringList entries = QDir(miniDir).entryList(
                QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &e : entries) {
                if (e.endsWith(QLatin1String(".dmp"), Qt::CaseInsensitive)) {
                    files << miniDir + QLatin1Char('/') + e;
                    windowsPaths << minidumpDir + QLatin1Char('\\') + e;
                }
            }
        }
    }
    QList<CrashDumpFact> dumps;
    for (qsizetype i = 0; i < files.size(); ++i) {
        InputFile input;
        if (!input.open(files.at(i))) {
            problems << input.errorString();
            continue;
        }
        const auto h = formats::readCrashDumpHeader(input);
        if (!h.ok()) {
            // Readable, but not a kernel crash dump (a user-mode dump, a damaged header): said, and
            // not a reason to doubt the others.
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
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            r.warnings << tr("Crash dumps unknown: %1").arg(p);
        r.facts.crashDumps.clear();
        r.facts.crashDumps.source = problems.join(QStringLiteral("; "));
        return;
    }
    r.facts.crashDumps.set(
        dumps, FactOrigin::File, tr("%1 and %2").arg(dumpFile, minidumpDir + QStringLiteral("\\*.dmp")));
}

} // namespace spuw
