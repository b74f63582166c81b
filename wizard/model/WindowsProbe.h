#pragma once

#include "LiveReport.h"
#include "Probe.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace spuw {

// The running Windows server, asked through Win32 (wizard/windows, plain C++). The collector is
// injected: in the Windows build it calls Win32 in-process; tests give it reports that Wine
// produced or that they built.
class WindowsProbe final : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(WindowsProbe)

public:
    // Returns the report, or nothing with *error set. Must be thread-safe.
    using Collector = std::function<std::optional<live::LiveReport>(QString *error)>;

    // Live: the server this program runs on, so steps can be verified on it. Snapshot: a report
    // carried from a server, good for an assessment only.
    enum Mode { Live, Snapshot };

    WindowsProbe(Collector collector, QString description, Mode mode = Live,
        std::optional<QStringList> sanVolumes = std::nullopt);

    QString kind() const override { return m_mode == Live ? QStringLiteral("windows") : QStringLiteral("live-report"); }
    QString description() const override { return m_description; }
    // Live: asked again at every probe. A carried report is a snapshot: good for an assessment only.
    ProbeCapabilities capabilities() const override
    {
        return m_mode == Live
            ? ProbeCapability::CurrentState | ProbeCapability::MountedVolumes | ProbeCapability::ClusterState
            : ProbeCapabilities(ProbeCapability::None);
    }
    ProbeResult probe() const override;

    // This build's Win32 collector; empty where there is none (not Windows).
    static Collector nativeCollector();

private:
    Collector m_collector;
    QString m_description;
    Mode m_mode;
    std::optional<QStringList> m_sanVolumes;
};

} // namespace spuw
