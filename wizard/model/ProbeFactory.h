#pragma once

#include "Probe.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace spuw {

// Builds the probe for a kind of system: the same choices on the command line and in the window.
class ProbeFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProbeFactory)

public:
    static std::unique_ptr<Probe> offlineImage(const QString &folder, std::optional<QStringList> sanVolumes);
    // A built-in scenario's name or a scenario file; nothing with *error set when it cannot load.
    static std::unique_ptr<Probe> scenario(const QString &nameOrPath, QString *error);
    // The live Windows probe where this build has one (Windows), else nothing with *error set.
    static std::unique_ptr<Probe> liveWindows(QString *error, std::optional<QStringList> sanVolumes = std::nullopt);
    // The JSON that spuw-live-probe.exe printed on a server: assessed anywhere, never "live".
    static std::unique_ptr<Probe> liveReport(const QString &file, std::optional<QStringList> sanVolumes);
    static bool hasLiveWindows();
};

} // namespace spuw
