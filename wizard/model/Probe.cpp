#include "Probe.h"

#include <QCoreApplication>

namespace spuw {

void ProbeResult::applyMountedVolumes()
{
    if (!mountedVolumes || !facts.sanVolumes.known())
        return;
    QStringList visible;
    for (const QString &v : facts.sanVolumes.get()) {
        if (mountedVolumes->contains(v, Qt::CaseInsensitive))
            visible << v;
    }
    facts.visibleSanVolumes.set(visible, FactOrigin::Probe,
        QCoreApplication::translate("ProbeResult", "drive letters Windows shows now (%1)")
            .arg(mountedVolumes->join(QStringLiteral(", "))));
}

QStringList ProbeResult::volumesPointingToSan() const
{
    QStringList out;
    for (const VolumeEvidence &e : volumeEvidence) {
        if (e.verdict == VolumeEvidence::Verdict::PointsToSan)
            out << e.volume;
    }
    return out;
}

} // namespace spuw
