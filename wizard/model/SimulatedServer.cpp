#include "SimulatedServer.h"

#include "PlanRules.h"
#include "Probe.h"
#include "StepCatalogue.h"

namespace spuw {

namespace {

void setVersion(SystemFacts &f, const QString &version)
{
    SecurePathDriver d = f.securePath.valueOr(SecurePathDriver{});
    d.present = true;
    if (d.path.isEmpty())
        d.path = f.systemRoot.valueOr(QStringLiteral("C:\\WINNT")) + QStringLiteral("\\system32\\drivers\\Raidisk.sys");
    d.fileVersion = version;
    f.securePath.set(d, FactOrigin::Scenario);
}

} // namespace

QString SimulatedServer::actionId(Action a)
{
    switch (a) {
    case Action::TakeBackup: return QStringLiteral("take-backup");
    // The actions that carry out one step of the KB are named as the step is in the journal.
    case Action::DisconnectSan: return StepCatalogue::key(StepId::DisconnectSan);
    case Action::ReconnectSan: return StepCatalogue::key(StepId::ReconnectSan);
    case Action::UpgradeWindows: return StepCatalogue::key(StepId::UpgradeWindows);
    case Action::InstallSecurePath40A: return StepCatalogue::key(StepId::InstallSecurePath40A);
    case Action::Restart: return QStringLiteral("restart");
    case Action::MoveSharedStorage: return QStringLiteral("move-shared-storage");
    case Action::PauseNode: return QStringLiteral("pause-node");
    case Action::ResumeNode: return QStringLiteral("resume-node");
    case Action::NextNode: return QStringLiteral("next-node");
    }
    return {};
}

std::optional<SimulatedServer::Action> SimulatedServer::actionFromId(const QString &id)
{
    for (Action a : {Action::TakeBackup, Action::DisconnectSan, Action::ReconnectSan, Action::UpgradeWindows,
             Action::InstallSecurePath40A, Action::Restart, Action::MoveSharedStorage, Action::PauseNode,
             Action::ResumeNode, Action::NextNode}) {
        if (actionId(a) == id)
            return a;
    }
    return std::nullopt;
}

SimulatedServer::SimulatedServer(Scenario scenario) : m_scenario(std::move(scenario))
{
    reset();
}

void SimulatedServer::reset(const Scenario &scenario)
{
    {
        QMutexLocker lock(&m_mutex);
        m_scenario = scenario;
    }
    reset();
}

void SimulatedServer::reset()
{
    QMutexLocker lock(&m_mutex);
    m_nodes.clear();
    m_current = 0;
    m_backupFailuresLeft = 0;
    m_events.clear();
    Node self;
    self.facts = m_scenario.facts;
    self.facts.training = true;
    self.sanConnected = true;
    // A scenario that starts with the upgrade bugcheck on file is stopping at every start.
    for (const CrashDumpFact &d : self.facts.crashDumps.valueOr({})) {
        self.bugchecking = self.bugchecking || PlanRules::isUpgradeBugcheck(d);
        ++self.dumps;
    }
    m_nodes << self;
    const QString me = self.facts.computerName.get();
    for (const QString &name : m_scenario.facts.clusterNodes.valueOr({})) {
        if (name.compare(me, Qt::CaseInsensitive) == 0)
            continue;
        Node other = self;
        other.facts.computerName.set(name, FactOrigin::Scenario);
        m_nodes << other;
    }
    m_storageOwner = me;
    for (const ScriptedFault &f : m_scenario.faults) {
        if (f.kind == ScriptedFault::Kind::BackupFails)
            m_backupFailuresLeft += f.times;
    }
}

SystemFacts SimulatedServer::facts() const
{
    QMutexLocker lock(&m_mutex);
    return facts_locked();
}

ProbeResult SimulatedServer::read() const
{
    QMutexLocker lock(&m_mutex);
    ProbeResult r;
    r.facts = facts_locked();
    r.facts.training = true;
    const Node &n = m_nodes.at(m_current);
    r.mountedVolumes = r.facts.visibleSanVolumes.get();
    r.bugchecking = n.bugchecking;
    r.backupFinished = n.backupTaken;
    if (m_nodes.size() > 1 || n.facts.clusterMember.valueOr(false)) {
        ClusterView view;
        view.readable = true;
        for (const Node &node : m_nodes)
            view.nodeStates.insert(
                node.facts.computerName.get(), node.paused ? QStringLiteral("paused") : QStringLiteral("up"));
        const QStringList san = n.facts.sanVolumes.valueOr({});
        view.groupOwners.insert(tr("Shared storage (%1)").arg(san.join(QStringLiteral(", "))), m_storageOwner);
        r.cluster = view;
    }
    return r;
}

SystemFacts SimulatedServer::facts_locked() const
{
    const Node &n = m_nodes.at(m_current);
    SystemFacts f = n.facts;
    QStringList visible;
    if (n.sanConnected) {
        visible = f.sanVolumes.valueOr({});
        // A LUN that did not come back after reattachment stays invisible.
        for (const ScriptedFault &fault : m_scenario.faults) {
            if (fault.kind == ScriptedFault::Kind::LunMissingAfterReattach && n.reattached)
                visible.removeAll(fault.volume);
        }
    }
    f.visibleSanVolumes.set(visible, FactOrigin::Scenario, tr("simulated SAN"));
    return f;
}

QString SimulatedServer::currentNode() const
{
    QMutexLocker lock(&m_mutex);
    return m_nodes.at(m_current).facts.computerName.get();
}

QStringList SimulatedServer::nodes() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const Node &n : m_nodes)
        out << n.facts.computerName.get();
    return out;
}

bool SimulatedServer::isBugchecking() const
{
    QMutexLocker lock(&m_mutex);
    return m_nodes.at(m_current).bugchecking;
}

bool SimulatedServer::backupTaken() const
{
    QMutexLocker lock(&m_mutex);
    return m_nodes.at(m_current).backupTaken;
}

bool SimulatedServer::isPaused(const QString &node) const
{
    QMutexLocker lock(&m_mutex);
    for (const Node &n : m_nodes) {
        if (n.facts.computerName.get().compare(node, Qt::CaseInsensitive) == 0)
            return n.paused;
    }
    return false;
}

QString SimulatedServer::storageOwner() const
{
    QMutexLocker lock(&m_mutex);
    return m_storageOwner;
}

QList<SimulationEvent> SimulatedServer::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

void SimulatedServer::bugcheck(Node &node)
{
    node.bugchecking = true;
    CrashDumpFact d;
    ++node.dumps;
    const QString root = node.facts.systemRoot.valueOr(QStringLiteral("C:\\WINNT"));
    d.path = QStringLiteral("%1\\Minidump\\Mini112526-%2.dmp").arg(root).arg(node.dumps, 2, 10, QLatin1Char('0'));
    d.bits = 32;
    d.build = PlanRules::kBuildServer2003;
    d.bugCheckCode = PlanRules::kBadPoolCaller;
    d.parameters = {0x7, 0x121a, 0x0, 0x8a3f1e30};
    d.dumpType = 4;
    d.productType = 3;
    QList<CrashDumpFact> dumps = node.facts.crashDumps.valueOr({});
    dumps << d;
    node.facts.crashDumps.set(dumps, FactOrigin::Scenario, tr("simulated crash dump"));
}

SimulationEvent SimulatedServer::perform(Action action)
{
    QMutexLocker lock(&m_mutex);
    SimulationEvent e = perform_locked(action);
    e.action = actionId(action);
    m_events << e;
    return e;
}

SimulationEvent SimulatedServer::perform_locked(Action action)
{
    Node &n = current();
    SimulationEvent e;
    e.node = n.facts.computerName.get();
    const bool is2003 = n.facts.osVersion.valueOr(QString()) == QLatin1String("5.2");
    const QString raidisk = n.facts.securePath.valueOr(SecurePathDriver{}).fileVersion;

    switch (action) {
    case Action::TakeBackup:
        if (m_backupFailuresLeft > 0) {
            --m_backupFailuresLeft;
            e.ok = false;
            e.message = tr("The backup job failed: the tape drive reported a media error. No backup was taken.");
            return e;
        }
        n.backupTaken = true;
        e.message = tr("The backup of the complete system configuration finished.");
        return e;
    case Action::DisconnectSan:
        n.sanConnected = false;
        e.message = tr("All SAN cables are disconnected: the SAN volumes are gone.");
        return e;
    case Action::ReconnectSan:
        n.reattached = n.reattached || !n.sanConnected;
        n.sanConnected = true;
        if (is2003 && raidisk != QLatin1String(PlanRules::kSecurePath40AOn2003)) {
            bugcheck(n);
            e.ok = false;
            e.bugcheck = true;
            e.message = tr("STOP 0x000000C2 BAD_POOL_CALLER: the SAN was reconnected while Windows Server 2003 "
                           "still runs Raidisk.sys %1.")
                            .arg(raidisk);
            return e;
        }
        e.message = tr("The SAN cables are connected again.");
        return e;
    case Action::UpgradeWindows:
        if (is2003) {
            e.ok = false;
            e.message = tr("Windows Server 2003 is already installed.");
            return e;
        }
        n.facts.osVersion.set(QStringLiteral("5.2"), FactOrigin::Scenario);
        n.facts.osBuild.set(PlanRules::kBuildServer2003, FactOrigin::Scenario);
        n.facts.productName.set(QStringLiteral("Microsoft Windows Server 2003"), FactOrigin::Scenario);
        n.facts.servicePack.set(QString(), FactOrigin::Scenario);
        if (n.sanConnected) {
            bugcheck(n);
            e.ok = false;
            e.bugcheck = true;
            e.message = tr("Setup restarted into Windows Server 2003, which stopped with STOP 0x000000C2 "
                           "BAD_POOL_CALLER: the server was still attached to the SAN.");
            return e;
        }
        e.message = tr("Windows Server 2003 setup finished after two restarts.");
        return e;
    case Action::InstallSecurePath40A:
        setVersion(n.facts, QLatin1String(is2003 ? PlanRules::kSecurePath40AOn2003 : PlanRules::kSecurePath40AOn2000));
        e.message
            = tr("HP Secure Path 4.0A is installed: Raidisk.sys is now %1.").arg(n.facts.securePath.get().fileVersion);
        return e;
    case Action::Restart:
        if (n.bugchecking && n.sanConnected) {
            bugcheck(n);
            e.ok = false;
            e.bugcheck = true;
            e.message = tr("STOP 0x000000C2 BAD_POOL_CALLER again: the SAN is still connected.");
            return e;
        }
        n.bugchecking = false;
        e.message = is2003 ? tr("The server restarted and completed the upgrade to Windows Server 2003.")
                           : tr("The server restarted.");
        return e;
    case Action::MoveSharedStorage:
        for (const Node &other : std::as_const(m_nodes)) {
            if (&other != &n && !other.paused) {
                m_storageOwner = other.facts.computerName.get();
                e.message = tr("All cluster groups with shared storage are now owned by %1.").arg(m_storageOwner);
                return e;
            }
        }
        e.ok = false;
        e.message = tr("There is no other active node to take the shared storage.");
        return e;
    case Action::PauseNode:
        for (const ScriptedFault &f : m_scenario.faults) {
            if (f.kind == ScriptedFault::Kind::NodeWillNotPause
                && (f.node.isEmpty() || f.node.compare(e.node, Qt::CaseInsensitive) == 0)) {
                e.ok = false;
                e.message = tr("Cluster Administrator could not pause %1: the node did not respond.").arg(e.node);
                return e;
            }
        }
        n.paused = true;
        e.message = tr("Node %1 is paused.").arg(e.node);
        return e;
    case Action::ResumeNode:
        n.paused = false;
        e.message = tr("Node %1 is active again.").arg(e.node);
        return e;
    case Action::NextNode:
        for (int i = 1; i <= m_nodes.size(); ++i) {
            const int next = (m_current + i) % int(m_nodes.size());
            if (m_nodes.at(next).facts.osVersion.valueOr(QString()) == QLatin1String("5.0")) {
                m_current = next;
                e.message = tr("Now at node %1.").arg(m_nodes.at(next).facts.computerName.get());
                e.node = m_nodes.at(next).facts.computerName.get();
                return e;
            }
        }
        e.ok = false;
        e.message = tr("Every node runs Windows Server 2003.");
        return e;
    }
    return e;
}

} // namespace spuw
