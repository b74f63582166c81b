#include "WindowsProbe.h"

#include "LiveFacts.h"
#include "ModelLogging.h"

#ifdef Q_OS_WIN
#include "Win32Probe.h"
#endif

namespace spuw {

WindowsProbe::WindowsProbe(Collector collector, QString description, Mode mode, std::optional<QStringList> sanVolumes)
    : m_collector(std::move(collector))
    , m_description(std::move(description))
    , m_mode(mode)
    , m_sanVolumes(std::move(sanVolumes))
{ }

ProbeResult WindowsProbe::probe() const
{
    QString error;
    const std::optional<live::LiveReport> report = m_collector ? m_collector(&error) : std::nullopt;
    if (!report) {
        ProbeResult r;
        r.error = error.isEmpty() ? tr("This build cannot query Windows.") : error;
        return r;
    }
    ProbeResult r = LiveFacts::toProbeResult(*report);
    if (m_sanVolumes) {
        r.facts.sanVolumes.set(*m_sanVolumes, FactOrigin::Operator, tr("operator's answer (--san-volumes)"));
        r.applyMountedVolumes();
    }
    qCInfo(lcProbe) << "probed the live system" << r.facts.computerName.valueOr(QString())
                    << "warnings:" << r.warnings.size();
    return r;
}

WindowsProbe::Collector WindowsProbe::nativeCollector()
{
#ifdef Q_OS_WIN
    return [](QString *) -> std::optional<live::LiveReport> { return live::collectLiveReport(); };
#else
    return {};
#endif
}

} // namespace spuw
