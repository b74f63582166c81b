#include "ProbeFactory.h"

#include "OfflineImageProbe.h"
#include "Scenario.h"
#include "SimulatedProbe.h"

namespace spuw {

std::unique_ptr<Probe> ProbeFactory::offlineImage(const QString &folder, std::optional<QStringList> sanVolumes)
{
    return std::make_unique<OfflineImageProbe>(folder, std::move(sanVolumes));
}

std::unique_ptr<Probe> ProbeFactory::scenario(const QString &nameOrPath, QString *error)
{
    auto s = Scenario::load(nameOrPath, error);
    if (!s)
        return nullptr;
    return std::make_unique<SimulatedProbe>(std::make_shared<SimulatedServer>(*s));
}

bool ProbeFactory::hasLiveWindows()
{
    return false;
}

std::unique_ptr<Probe> ProbeFactory::liveWindows(QString *error)
{
    *error = tr("This build has no live Windows probe: query the server through an offline copy of its system "
                "volume, or train on a simulated server.");
    return nullptr;
}

} // namespace spuw
