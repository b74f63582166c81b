#include "ProbeFactory.h"

#include "InputFile.h"
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
        // A report is a few KiB: a FIFO or a device in its place is refused, not read forever.
        QString why;
        const auto bytes = InputFile::readAll(file, 16 << 20, &why);
        if (!bytes) {
            *error = tr("%1: cannot read it: %2").arg(file, why);
            return std::nullopt;
        }
        return LiveFacts::fromJson(*bytes, file, error);
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
