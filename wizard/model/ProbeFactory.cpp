#include "ProbeFactory.h"

#include "LiveFacts.h"
#include "OfflineImageProbe.h"
#include "Scenario.h"
#include "SimulatedProbe.h"
#include "WindowsProbe.h"

#include <QDir>
#include <QFile>

#include <QSysInfo>

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
    return bool(WindowsProbe::nativeCollector());
}

std::unique_ptr<Probe> ProbeFactory::liveReport(const QString &file, std::optional<QStringList> sanVolumes)
{
    auto collector = [file](QString *error) -> std::optional<live::LiveReport> {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read it: %2").arg(file, f.errorString());
            return std::nullopt;
        }
        return LiveFacts::fromJson(f.readAll(), file, error);
    };
    return std::make_unique<WindowsProbe>(std::move(collector),
        tr("Report of a live server in %1 (spuw-live-probe.exe)").arg(QDir::toNativeSeparators(file)),
        WindowsProbe::Snapshot, std::move(sanVolumes));
}

std::unique_ptr<Probe> ProbeFactory::liveWindows(QString *error, std::optional<QStringList> sanVolumes)
{
    if (auto collector = WindowsProbe::nativeCollector())
        return std::make_unique<WindowsProbe>(std::move(collector),
            tr("This Windows server, %1 (queried through Windows itself)").arg(QSysInfo::machineHostName()),
            WindowsProbe::Live, std::move(sanVolumes));
    *error = tr("This build has no live Windows probe: query the server through an offline copy of its system "
                "volume, or train on a simulated server.");
    return nullptr;
}

} // namespace spuw
