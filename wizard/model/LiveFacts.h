#pragma once

#include "LiveReport.h"
#include "Probe.h"

#include <QCoreApplication>

#include <optional>

namespace spuw {

// The Qt side of the live Windows probe: turns what Win32 answered (live::LiveReport, plain C++)
// into the SystemFacts every other probe fills, with the same registry reading as the offline
// image. Also reads the report's JSON form (spuw-live-probe.exe's output).
class LiveFacts
{
    Q_DECLARE_TR_FUNCTIONS(LiveFacts)

public:
    static ProbeResult toProbeResult(const live::LiveReport &report);
    // Strict: a wrong schema or a field of the wrong type is an error naming `origin` and the field.
    static std::optional<live::LiveReport> fromJson(const QByteArray &json, const QString &origin, QString *error);

    static QString productTypeName(int versionProductType); // VER_NT_* -> WinNT / LanmanNT / ServerNT
    static QStringList suiteNames(int suiteMask);
    static QString nodeStateName(int state);
    // A volume's disk evidence in the operator's language, by its sentence's id (the English text
    // when it has none).
    static QString evidenceText(const VolumeEvidence &evidence);
};

} // namespace spuw
