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
    // Why a key (value empty) or value could not be read although it may be there: access denied,
    // a damaged hive. Empty when it was read or is simply absent. Whatever cannot be read leaves
    // its fact Unknown: it is never taken for absent.
    virtual QString readError(Hive hive, const QString &key, const QString &value) const
    {
        Q_UNUSED(hive)
        Q_UNUSED(key)
        Q_UNUSED(value)
        return {};
    }
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
        // Set when CrashControl or the Raidisk service could not be read: the defaults above are
        // then a guess, and what is (not) found there proves nothing.
        QString dumpSettingsProblem;
        QString raidiskProblem;
    };

    static void readSoftware(const RegistrySource &registry, ProbeResult &r);
    // Needs the system root (readSoftware) to expand %SystemRoot%.
    static Locations readSystem(const RegistrySource &registry, ProbeResult &r);
    static QString expandSystemRoot(QString path, const QString &systemRoot);
};

} // namespace spuw
