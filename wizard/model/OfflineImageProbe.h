#pragma once

#include "Probe.h"

#include <QCoreApplication>

#include <optional>

namespace spuw {

class HiveReader;

// Reads an offline copy of a server's system volume (a folder that is the root of C:), never
// writing to it. Which volumes are on the SAN cannot be read from files: that is the operator's
// answer, passed in.
class OfflineImageProbe final : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(OfflineImageProbe)

public:
    explicit OfflineImageProbe(QString root, std::optional<QStringList> sanVolumes = std::nullopt);

    QString kind() const override { return QStringLiteral("offline-image"); }
    QString description() const override;
    // A copy never changes by itself and cannot show what is plugged in.
    ProbeCapabilities capabilities() const override { return ProbeCapability::None; }
    ProbeResult probe() const override;

    // Resolves a relative path ("winnt/system32/config/SYSTEM", either separator) one component at
    // a time, ignoring letter case as Windows does. Empty when any component is missing; when a
    // folder on the way cannot be read, also empty, with *problem saying so (whether the file is
    // there is then unknown, which is not the same as missing).
    static QString resolve(const QString &root, const QString &relative, QString *problem = nullptr);
    // Larger than any driver: a Raidisk.sys this big is not read.
    static constexpr qint64 kMaxDriverSize = qint64(64) << 20;

private:
    void readCluster(const QString &systemRootDir, ProbeResult &r) const;
    void readSecurePath(const QString &systemRootDir, const QString &imagePath, ProbeResult &r) const;
    void readDumps(
        const QString &dumpFile, const QString &minidumpDir, const QString &settingsProblem, ProbeResult &r) const;
    QString toImagePath(const QString &windowsPath, const ProbeResult &r, QString *problem) const;

    QString m_root;
    std::optional<QStringList> m_sanVolumes;
};

} // namespace spuw
