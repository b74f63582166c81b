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
    bool isTraining() const override { return true; }
    ProbeResult probe() const override;

    SimulatedServer &server() const { return *m_server; }

private:
    std::shared_ptr<SimulatedServer> m_server;
};

} // namespace spuw
