#include "SimulatedProbe.h"

namespace spuw {

QString SimulatedProbe::description() const
{
    return QCoreApplication::translate("SimulatedProbe", "Training scenario \"%1\": simulated server %2")
        .arg(m_server->scenario().title, m_server->currentNode());
}

ProbeResult SimulatedProbe::probe() const
{
    ProbeResult r;
    r.facts = m_server->facts();
    r.facts.training = true;
    return r;
}

} // namespace spuw
