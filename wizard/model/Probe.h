#pragma once

#include "SystemFacts.h"

#include <QStringList>

namespace spuw {

struct ProbeResult
{
    SystemFacts facts;
    QStringList warnings; // a file that could not be read, a dump that is not a kernel dump...
    QString error; // set when the system could not be read at all; names the file

    bool ok() const { return error.isEmpty(); }
};

// Where facts come from: a live Windows server, an offline copy of a system volume, or a simulated
// server. The wizard cannot tell them apart except by isTraining(). probe() may take long and
// must be thread-safe: callers run it off the GUI thread.
class Probe
{
public:
    virtual ~Probe() = default;
    virtual QString kind() const = 0; // "offline-image", "simulated", "windows"
    virtual QString description() const = 0;
    virtual bool isTraining() const { return false; }
    virtual ProbeResult probe() const = 0;
};

} // namespace spuw
