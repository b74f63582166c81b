#pragma once

#include "CommandLine.h"

#include "Probe.h"

#include <QTextStream>

#include <memory>

namespace spuw {

// The modes that run without a window. Each returns the process exit code.
class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)

public:
    static int preflight(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    static int listScenarios(QTextStream &out, QTextStream &err);
    static int exportReport(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    static int verifyJournal(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    // --show-run: the newest run of the journal, replayed from its records (read-only).
    static int showRun(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    // The probe the options ask for: an offline image or a training scenario. Empty with *error set
    // when a scenario cannot be loaded; empty without error when neither was asked for.
    static std::unique_ptr<Probe> makeProbe(const CommandLineOptions &options, QString *error);
};

} // namespace spuw
