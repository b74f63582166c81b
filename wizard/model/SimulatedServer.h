#pragma once

#include "Scenario.h"

#include <QCoreApplication>
#include <QMutex>

namespace spuw {

// What the trainee did and how the simulated world answered. Whether it was a mistake against the
// KB is not the world's to say: the session judges the action by the step's preconditions.
struct SimulationEvent
{
    QString action; // SimulatedServer::actionId()
    QString node; // the node it was done on
    bool ok = true; // the action did what was asked
    bool bugcheck = false; // the server stopped with 0xC2 BAD_POOL_CALLER
    QString message;
};

struct ProbeResult;

// A server (or the nodes of a cluster) that reacts to what the trainee does, as the real world
// would: upgrading with the SAN attached ends in the 0xC2 bugcheck, and so on. Deterministic: the
// same actions from the same scenario give the same server, so a run is replayed from its journal.
// Thread-safe: the probe reads it from a worker thread while the GUI thread performs actions.
class SimulatedServer
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedServer)

public:
    enum class Action {
        TakeBackup,
        DisconnectSan,
        ReconnectSan,
        UpgradeWindows,
        InstallSecurePath40A,
        Restart,
        MoveSharedStorage,
        PauseNode,
        ResumeNode,
        NextNode,
    };
    static QString actionId(Action a);
    static std::optional<Action> actionFromId(const QString &id);

    explicit SimulatedServer(Scenario scenario);

    const Scenario &scenario() const { return m_scenario; }
    // Back to the scenario's start (before a run's actions are replayed); with a scenario, to that
    // one's start (the scenario a journal recorded).
    void reset();
    void reset(const Scenario &scenario);
    SystemFacts facts() const; // of the current node, as a probe would see it now
    // What a probe sees: the facts, the mounted SAN volumes, the cluster, the server room.
    ProbeResult read() const;
    QString currentNode() const;
    QStringList nodes() const;
    bool isBugchecking() const;
    bool backupTaken() const;
    bool isPaused(const QString &node) const;
    QString storageOwner() const;
    QList<SimulationEvent> events() const;

    SimulationEvent perform(Action action);

private:
    struct Node
    {
        SystemFacts facts;
        bool sanConnected = true;
        bool paused = false;
        bool bugchecking = false;
        bool backupTaken = false;
        bool reattached = false; // the SAN was disconnected and connected again
        int dumps = 0;
    };
    Node &current() { return m_nodes[m_current]; }
    void bugcheck(Node &node);
    SimulationEvent perform_locked(Action action);
    SystemFacts facts_locked() const;

    mutable QMutex m_mutex;
    Scenario m_scenario;
    QList<Node> m_nodes;
    int m_current = 0;
    int m_backupFailuresLeft = 0;
    QString m_storageOwner;
    QList<SimulationEvent> m_events;
};

} // namespace spuw
