#pragma once

#include "ResumeAtBoot.h"
#include "SystemFacts.h"

#include <QFlags>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace spuw {

// What a live server's disk says about one volume being on the SAN: shown to the operator, who
// decides which volumes are SAN volumes. Never turned into the sanVolumes fact by itself.
struct VolumeEvidence
{
    enum class Verdict { PointsToSan, PointsAway, Unclear };
    QString volume; // "E:"
    Verdict verdict = Verdict::Unclear;
    QString evidence; // "Fibre Channel disk (COMPAQ HSV110)", in English
    // The same by its sentence's id (live::SanEvidence::Text) and parts, so that the window says it in
    // the operator's language (LiveFacts::evidenceText); -1 when the evidence came without an id.
    int textId = -1;
    QString bus;
    QString device;
    QString detail;
    unsigned driveType = 0;
};

// A running cluster as ClusAPI shows it: which nodes are paused, which node owns each group.
struct ClusterView
{
    bool readable = false; // nodes and groups could be read
    QString error; // why not
    QMap<QString, QString> nodeStates; // node -> "up", "down", "paused", "joining", "unknown"
    QMap<QString, QString> groupOwners; // group -> owner node
};

struct ProbeResult
{
    SystemFacts facts;
    // A live probe sees which volumes are mounted now (so which SAN volumes are still visible) and
    // what each disk says about its bus; other probes leave these empty.
    std::optional<QStringList> mountedVolumes;
    QList<VolumeEvidence> volumeEvidence;
    std::optional<ClusterView> cluster;
    // What only someone in the server room knows: whether the server stops with a bugcheck at every
    // start, whether the backup job finished. The simulator sees both; other probes leave them empty.
    std::optional<bool> bugchecking;
    std::optional<bool> backupFinished;
    // A server asked over the network did not answer (it is restarting, down, or the network is):
    // no facts, and the steps wait for it. error says why.
    bool contactLost = false;
    // Who answered, for the journal: the agent's address, computer, version and protocol.
    QJsonObject answeredBy;
    QStringList warnings; // a file that could not be read, a dump that is not a kernel dump...
    QString error; // set when the system could not be read at all; names the file

    bool ok() const { return error.isEmpty(); }
    // Of the SAN volumes, the ones mounted now become visibleSanVolumes (live probes only).
    void applyMountedVolumes();
    // The volumes whose disks point to the SAN: a suggestion for the operator, never an answer.
    QStringList volumesPointingToSan() const;
    // What the step rules read besides the facts (mounted volumes, the cluster, the server room),
    // recorded with every journal record so a replay judges with what the session saw.
    QJsonObject stateJson() const;
    // The facts and that state back from a record; warnings and disk evidence are not recorded.
    static ProbeResult fromRecorded(const SystemFacts &facts, const QJsonObject &state);
};

class SimulatedServer;

// What a probe can see, declared by the probe itself: the session offers a check where the probe can
// prove a step and an attestation where it cannot. Never inferred from kind() or the probe's type.
enum class ProbeCapability : unsigned {
    None = 0,
    // Reads the server as it is now, again at every probe (a live server, the agent, a simulated
    // server); an offline image or a carried report is a snapshot that never changes by itself.
    CurrentState = 1u << 0,
    // Sees which volumes are mounted now, so which SAN volumes are still visible.
    MountedVolumes = 1u << 1,
    // Sees the cluster's node states and group owners (ClusAPI, or the simulated cluster).
    ClusterState = 1u << 2,
    // Sees whether the server stops with a bugcheck and whether a backup job finished (simulator).
    ServerRoom = 1u << 3,
    // Training: a simulated server; nothing real is touched.
    Simulated = 1u << 4,
    // Asked over the network (the agent): it may not answer for a while (a restart) and is waited for.
    Network = 1u << 5,
};
Q_DECLARE_FLAGS(ProbeCapabilities, ProbeCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProbeCapabilities)

// Where facts come from: a live Windows server, an offline copy of a system volume, or a simulated
// server. The session tells them apart only by capabilities(). probe() may take long and must be
// thread-safe: callers run it off the GUI thread.
class Probe
{
public:
    virtual ~Probe() = default;
    virtual QString kind() const = 0; // for reports only: "offline-image", "simulated", "windows"
    virtual QString description() const = 0;
    virtual ProbeCapabilities capabilities() const = 0;
    bool can(ProbeCapability c) const { return capabilities().testFlag(c); }
    bool isTraining() const { return can(ProbeCapability::Simulated); }
    // The simulated server behind a training probe; null for real systems.
    virtual SimulatedServer *simulator() const { return nullptr; }
    // What brings the means of probing back after the server restarts (the agent's own restart
    // entry); nothing: the session keeps what it was given (the wizard's RunOnce entry on Windows).
    virtual std::unique_ptr<ResumeAtBoot> resumeAtBoot() const { return nullptr; }
    virtual ProbeResult probe() const = 0;
};

} // namespace spuw
