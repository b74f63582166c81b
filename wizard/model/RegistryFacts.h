#pragma once

#include "Probe.h"

#include <QCoreApplication>

#include <optional>

namespace spuw {

// The registry as the KB rules need it, wherever it is read: the hive files of an offline image
// or the running Windows. SOFTWARE keys are relative to the hive, SYSTEM keys to the current
// control set ("Control\\ProductOptions").
class RegistrySource
{
public:
    enum class Hive { Software, System };
    virtual ~RegistrySource() = default;
    virtual bool hasKey(Hive hive, const QString &key) const = 0;
    virtual std::optional<QString> string(Hive hive, const QString &key, const QString &value) const = 0;
    virtual std::optional<QStringList> multiString(Hive hive, const QString &key, const QString &value) const = 0;
    // Where a value came from, as the facts' origins show it.
    virtual QString source(Hive hive, const QString &key, const QString &value) const = 0;
    // The hive, for warnings: a file path or "HKLM\\SYSTEM".
    virtual QString describe(Hive hive) const = 0;
    // Hive files are files; a running Windows answers as the probe.
    virtual FactOrigin origin() const { return FactOrigin::File; }
};

// One reading of the registry for every probe, so an offline image and a live server cannot
// disagree about what the same values mean.
class RegistryFacts
{
    Q_DECLARE_TR_FUNCTIONS(RegistryFacts)

public:
    struct Locations
    {
        QString dumpFile; // CrashControl\DumpFile, %SystemRoot% expanded; Windows' default when unset
        QString minidumpDir;
        QString raidiskImagePath; // Services\Raidisk\ImagePath as written
    };

    static void readSoftware(const RegistrySource &registry, ProbeResult &r);
    // Needs the system root (readSoftware) to expand %SystemRoot%.
    static Locations readSystem(const RegistrySource &registry, ProbeResult &r);
    static QString expandSystemRoot(QString path, const QString &systemRoot);
};

} // namespace spuw
