#pragma once

#include "Probe.h"
#include "SimulatedServer.h"

#include <memory>

namespace spuw {

// The probe of a simulated server: same interface as the real probes, never touches this machine.
class SimulatedProbe final : public Probe
{
public:
    explicit SimulatedProbe(std::shared_ptr<SimulatedServer> server) : m_server(std::move(server)) { }

    QString kind() const override { return QStringLiteral("simulated"); }
    QString description() const override;
    ProbeCapabilities capabilities() const override
    {
        return ProbeCapability::CurrentState | ProbeCapability::MountedVolumes | ProbeCapability::ClusterState
            | ProbeCapability::ServerRoom | ProbeCapability::Simulated;
    }
    SimulatedServer *simulator() const override { return m_server.get(); }
    ProbeResult probe() const override;

    SimulatedServer &server() const { return *m_server; }

private:
    std::shared_ptr<SimulatedServer> m_server;
};

} // namespace spuw
