#pragma once

#include <QString>

namespace spuw::test {

// Runs a built-in training scenario through the model as a careful operator would (every step
// verified or attested in the journal), optionally making the classic mistake first: upgrading
// with the SAN attached, which ends in the bugcheck and the recovery. Produces a real journal.
bool runTrainingScenario(const QString &scenario, const QString &journal, bool upgradeWithSanAttached, QString *error);

} // namespace spuw::test
