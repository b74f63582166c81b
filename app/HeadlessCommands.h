#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace spuw {

// The modes that run without a window. Each returns the process exit code.
class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)

public:
    static int preflight(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace spuw
