#include "Probe.h"

#include <QCoreApplication>
#include <QJsonArray>

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

QJsonObject ProbeResult::stateJson() const
{
    QJsonObject o;
    if (mountedVolumes)
        o.insert(QStringLiteral("mounted_volumes"), QJsonArray::fromStringList(*mountedVolumes));
    if (cluster) {
        QJsonObject nodes;
        for (auto it = cluster->nodeStates.cbegin(); it != cluster->nodeStates.cend(); ++it)
            nodes.insert(it.key(), it.value());
        QJsonObject groups;
        for (auto it = cluster->groupOwners.cbegin(); it != cluster->groupOwners.cend(); ++it)
            groups.insert(it.key(), it.value());
        QJsonObject c{{QStringLiteral("readable"), cluster->readable}, {QStringLiteral("nodes"), nodes},
            {QStringLiteral("groups"), groups}};
        if (!cluster->error.isEmpty())
            c.insert(QStringLiteral("error"), cluster->error);
        o.insert(QStringLiteral("cluster"), c);
    }
    if (bugchecking)
        o.insert(QStringLiteral("bugchecking"), *bugchecking);
    if (backupFinished)
        o.insert(QStringLiteral("backup_finished"), *backupFinished);
    if (!answeredBy.isEmpty())
        o.insert(QStringLiteral("answered_by"), answeredBy);
    return o;
}

ProbeResult ProbeResult::fromRecorded(const SystemFacts &facts, const QJsonObject &state)
{
    ProbeResult r;
    r.facts = facts;
    if (state.contains(QStringLiteral("mounted_volumes"))) {
        QStringList mounted;
        for (const QJsonValue &v : state.value(QStringLiteral("mounted_volumes")).toArray())
            mounted << v.toString();
        r.mountedVolumes = mounted;
    }
    if (state.value(QStringLiteral("cluster")).isObject()) {
        const QJsonObject c = state.value(QStringLiteral("cluster")).toObject();
        ClusterView view;
        view.readable = c.value(QStringLiteral("readable")).toBool();
        view.error = c.value(QStringLiteral("error")).toString();
        const QJsonObject nodes = c.value(QStringLiteral("nodes")).toObject();
        for (auto it = nodes.begin(); it != nodes.end(); ++it)
            view.nodeStates.insert(it.key(), it.value().toString());
        const QJsonObject groups = c.value(QStringLiteral("groups")).toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            view.groupOwners.insert(it.key(), it.value().toString());
        r.cluster = view;
    }
    if (state.value(QStringLiteral("bugchecking")).isBool())
        r.bugchecking = state.value(QStringLiteral("bugchecking")).toBool();
    if (state.value(QStringLiteral("backup_finished")).isBool())
        r.backupFinished = state.value(QStringLiteral("backup_finished")).toBool();
    r.answeredBy = state.value(QStringLiteral("answered_by")).toObject();
    return r;
}

} // namespace spuw
