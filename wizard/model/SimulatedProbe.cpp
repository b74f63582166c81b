#include "SimulatedProbe.h"

namespace spuw {

QString SimulatedProbe::description() const
{
    return QCoreApplication::translate("SimulatedProbe", "Training scenario \"%1\": simulated server %2")
        .arg(m_server->scenario().title, m_server->currentNode());
}

ProbeResult SimulatedProbe::probe() const
{
    return m_server->read();
}

} // namespace spuw
