#include "StepCatalogue.h"

#include "KbSentences.h"
#include "PlanRules.h"

#include <FileVersion.h>

#include <QJsonArray>

#include <array>

namespace spuw {

namespace {

using Caps = ProbeCapabilities;
using Cap = ProbeCapability;

QString kbText(const char *sentence)
{
    return QString::fromUtf8(sentence);
}

QString driverVersion(const SystemFacts &f)
{
    return f.securePath.known() && f.securePath.get().present ? f.securePath.get().fileVersion : QString();
}

bool is2000(const SystemFacts &f)
{
    return f.osVersion.valueOr(QString()) == QLatin1String("5.0");
}

bool is2003(const SystemFacts &f)
{
    return f.osVersion.valueOr(QString()) == QLatin1String("5.2");
}

Refusal refusal(const char *check, const QString &message, const char *kb)
{
    return Refusal{QLatin1String(check), message, kbText(kb)};
}

Outcome holds()
{
    return Outcome{Outcome::State::Holds, {}};
}

Outcome fails(const char *check, const QString &message, const char *kb)
{
    return Outcome{Outcome::State::Fails, refusal(check, message, kb)};
}

Outcome unknown(const char *check, const QString &message, const char *kb)
{
    return Outcome{Outcome::State::Unknown, refusal(check, message, kb)};
}

// The postconditions read the server as it is now: a snapshot (an offline image, a carried report)
// says nothing about it, so it can neither prove nor disprove a step.
bool seesNow(const StepContext &c)
{
    return c.capabilities.testFlag(Cap::CurrentState);
}

// ---- What the server shows, shared by several steps ---------------------------------------------

Outcome sanGone(const StepContext &c, const char *kb)
{
    const auto &v = c.facts().visibleSanVolumes;
    if (!seesNow(c) || !c.capabilities.testFlag(Cap::MountedVolumes) || !v.known())
        return unknown(
            "san-unseen", StepCatalogue::tr("Which SAN volumes the server sees cannot be read from here."), kb);
    if (!v.get().isEmpty())
        return fails("san-visible",
            StepCatalogue::tr("SAN volumes %1 are still visible.").arg(v.get().join(QStringLiteral(", "))), kb);
    return holds();
}

Outcome driverIs(const StepContext &c, const char *want, const char *kb)
{
    if (!seesNow(c) || !c.facts().securePath.known())
        return unknown("driver-unseen", StepCatalogue::tr("The version of Raidisk.sys cannot be read from here."), kb);
    const QString now = driverVersion(c.facts());
    if (now != QLatin1String(want))
        return fails("driver-version",
            StepCatalogue::tr("Raidisk.sys is %1; it must be %2.")
                .arg(now.isEmpty() ? StepCatalogue::tr("not installed") : now, QLatin1String(want)),
            kb);
    return holds();
}

Outcome windows2003Running(const StepContext &c, const char *kb)
{
    const SystemFacts &f = c.facts();
    if (!seesNow(c) || !f.osVersion.known())
        return unknown("os-unseen", StepCatalogue::tr("The Windows version cannot be read from here."), kb);
    if (!is2003(f))
        return fails("os-version",
            StepCatalogue::tr("Windows Server 2003 is not installed yet (version %1, build %2).")
                .arg(f.osVersion.get(),
                    f.osBuild.known() ? QString::number(f.osBuild.get()) : StepCatalogue::tr("unknown")),
            kb);
    if (c.server->bugchecking.value_or(false))
        return fails("bugchecking", StepCatalogue::tr("The server stops with bugcheck 0xC2 BAD_POOL_CALLER."), kb);
    return holds();
}

std::optional<QString> clusterNodeState(const StepContext &c)
{
    const auto &cv = c.server->cluster;
    if (!seesNow(c) || !c.capabilities.testFlag(Cap::ClusterState) || !cv || !cv->readable)
        return std::nullopt;
    for (auto it = cv->nodeStates.cbegin(); it != cv->nodeStates.cend(); ++it) {
        if (it.key().compare(c.node(), Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QStringLiteral("unknown");
}

// "Repeat steps 1 through 4 for each of the other cluster nodes": one node at a time. A node is not
// begun while another is paused (not unpaused after its upgrade) or not back in the cluster.
QList<Refusal> otherNodesUp(const StepContext &c)
{
    QList<Refusal> r;
    const auto &cv = c.server->cluster;
    if (!seesNow(c) || !cv || !cv->readable)
        return r;
    QStringList away;
    for (auto it = cv->nodeStates.cbegin(); it != cv->nodeStates.cend(); ++it) {
        if (it.key().compare(c.node(), Qt::CaseInsensitive) != 0 && it.value() != QLatin1String("up"))
            away << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
    }
    if (!away.isEmpty())
        r << refusal("other-node-not-up",
            StepCatalogue::tr(
                "Another node is not back in the cluster: %1. Upgrade one node at a time: unpause it, or let it "
                "join again, before you begin %2.")
                .arg(away.join(QStringLiteral(", ")), c.node()),
            kb::kCluster4);
    return r;
}

QStringList groupsOwnedByNode(const StepContext &c)
{
    QStringList owned;
    const auto &cv = c.server->cluster;
    if (!cv)
        return owned;
    for (auto it = cv->groupOwners.cbegin(); it != cv->groupOwners.cend(); ++it) {
        if (it.value().compare(c.node(), Qt::CaseInsensitive) == 0)
            owned << it.key();
    }
    return owned;
}

Outcome nodeState(const StepContext &c, const QString &want, const char *check, const char *kb)
{
    const auto state = clusterNodeState(c);
    if (!state)
        return unknown("cluster-unseen", StepCatalogue::tr("The cluster's state cannot be read from here."), kb);
    if (*state != want)
        return fails(check, StepCatalogue::tr("%1 is %2, not %3.").arg(c.node(), *state, want), kb);
    return holds();
}

QJsonObject driverEvidence(const StepContext &c)
{
    const auto sp = c.facts().securePath.valueOr(SecurePathDriver{});
    return QJsonObject{{QStringLiteral("raidisk_version"), sp.present ? sp.fileVersion : QString()},
        {QStringLiteral("raidisk_path"), sp.path}};
}

QJsonObject sanEvidence(const StepContext &c)
{
    QJsonObject o{{QStringLiteral("san_volumes_before"), QJsonArray::fromStringList(c.sanBefore)}};
    if (c.facts().visibleSanVolumes.known())
        o.insert(QStringLiteral("visible_san_volumes"), QJsonArray::fromStringList(c.facts().visibleSanVolumes.get()));
    o.insert(QStringLiteral("san_volumes"), QJsonArray::fromStringList(c.facts().sanVolumes.valueOr({})));
    return o;
}

QJsonObject windowsEvidence(const StepContext &c)
{
    const SystemFacts &f = c.facts();
    QJsonObject o{{QStringLiteral("os_version"), f.osVersion.valueOr(QString())},
        {QStringLiteral("os_build"), f.osBuild.valueOr(0)},
        {QStringLiteral("product_name"), f.productName.valueOr({})}};
    if (c.server->bugchecking)
        o.insert(QStringLiteral("bugchecking"), *c.server->bugchecking);
    return o;
}

QJsonObject clusterEvidence(const StepContext &c)
{
    QJsonObject o{{QStringLiteral("node"), c.node()}};
    if (const auto state = clusterNodeState(c))
        o.insert(QStringLiteral("node_state"), *state);
    if (c.server->cluster && c.server->cluster->readable) {
        QJsonObject owners;
        for (auto it = c.server->cluster->groupOwners.cbegin(); it != c.server->cluster->groupOwners.cend(); ++it)
            owners.insert(it.key(), it.value());
        o.insert(QStringLiteral("group_owners"), owners);
    }
    return o;
}

// ---- The catalogue ----------------------------------------------------------------------------

struct KbFor
{
    Procedure procedure;
    const char *sentence;
};

struct Definition
{
    StepId id;
    const char *key;
    const char *title; // translated through StepCatalogue
    StepPageKind page;
    QList<KbFor> kb;
    // What the probe must see (with CurrentState) for a check; None: the operator attests.
    Caps verifiedWith;
    std::optional<StepId> releasedBy;
    std::optional<SimulatedServer::Action> roomAction;
    std::function<QList<Refusal>(const StepContext &)> preconditions;
    std::function<Outcome(const StepContext &)> postcondition;
    std::function<QJsonObject(const StepContext &)> evidence;
};

QList<Refusal> none(const StepContext &)
{
    return {};
}

Outcome nothingToSee(const StepContext &)
{
    return Outcome{Outcome::State::Unknown, {}};
}

QJsonObject noEvidence(const StepContext &)
{
    return {};
}

// The KB's standalone sentence prefixed with clustered step 3, which runs the standalone steps.
const char *const kStandaloneInCluster = kb::kCluster3;

const std::array<Definition, kStepCount> &definitions()
{
    using A = SimulatedServer::Action;
    using P = Procedure;
    static const std::array<Definition, kStepCount> table{{
        {StepId::Preflight, "preflight", QT_TRANSLATE_NOOP("StepCatalogue", "Assess the server and choose a procedure"),
            StepPageKind::Preflight, {}, Cap::None, std::nullopt, std::nullopt, none, nothingToSee, noEvidence},

        // "The Raidisk.sys file must be version 3.6.2.670. If the file is not the correct version, you
        //  must install HP Secure Path 4.0A."
        {StepId::InstallSecurePath40A, "install-securepath-4.0a",
            QT_TRANSLATE_NOOP("StepCatalogue", "Install HP Secure Path 4.0A (Raidisk.sys 3.6.2.670)"),
            StepPageKind::InstallSecurePathFirst, {{P::InstallSecurePathFirst, kb::kRaidiskMustBe3620670}},
            Cap::CurrentState, std::nullopt, A::InstallSecurePath40A, none,
            [](const StepContext &c) {
                return driverIs(c, PlanRules::kSecurePath40AOn2000, kb::kRaidiskMustBe3620670);
            },
            driverEvidence},

        // "Use Cluster Administrator to move all cluster-shared storage to one server."
        {StepId::ClusterMoveStorage, "cluster-move-storage",
            QT_TRANSLATE_NOOP("StepCatalogue", "Move all cluster-shared storage to another node"),
            StepPageKind::ClusterPrep, {{P::Clustered, kb::kCluster1}}, Cap::CurrentState | Cap::ClusterState,
            StepId::ClusterResumeNode, A::MoveSharedStorage, otherNodesUp,
            [](const StepContext &c) {
                if (!clusterNodeState(c))
                    return unknown("cluster-unseen", StepCatalogue::tr("The cluster's state cannot be read from here."),
                        kb::kCluster1);
                const QStringList owned = groupsOwnedByNode(c);
                if (!owned.isEmpty())
                    return fails("storage-owned",
                        StepCatalogue::tr("%1 still owns %2.").arg(c.node(), owned.join(QStringLiteral(", "))),
                        kb::kCluster1);
                return holds();
            },
            clusterEvidence},

        // "Use Cluster Administrator to pause the cluster node that you will upgrade."
        {StepId::ClusterPauseNode, "cluster-pause-node", QT_TRANSLATE_NOOP("StepCatalogue", "Pause this cluster node"),
            StepPageKind::ClusterPrep, {{P::Clustered, kb::kCluster2}}, Cap::CurrentState | Cap::ClusterState,
            StepId::ClusterResumeNode, A::PauseNode,
            [](const StepContext &c) {
                // Step 1 first: the node that is paused must not hold the shared storage.
                QList<Refusal> r = otherNodesUp(c);
                if (clusterNodeState(c) && !groupsOwnedByNode(c).isEmpty())
                    r << refusal("storage-owned",
                        StepCatalogue::tr(
                            "%1 still owns %2: move all cluster-shared storage to another node before pausing it.")
                            .arg(c.node(), groupsOwnedByNode(c).join(QStringLiteral(", "))),
                        kb::kCluster1);
                return r;
            },
            [](const StepContext &c) {
                return nodeState(c, QStringLiteral("paused"), "node-not-paused", kb::kCluster2);
            },
            clusterEvidence},

        // "Back up your complete system configuration."
        {StepId::Backup, "backup", QT_TRANSLATE_NOOP("StepCatalogue", "Back up the complete system configuration"),
            StepPageKind::Backup, {{P::Standalone, kb::kStandalone1}, {P::Clustered, kb::kStandalone1}},
            Cap::CurrentState | Cap::ServerRoom, std::nullopt, A::TakeBackup, none,
            [](const StepContext &c) {
                if (!c.capabilities.testFlag(Cap::ServerRoom) || !c.server->backupFinished)
                    return unknown("backup-unseen",
                        StepCatalogue::tr("Whether a backup finished cannot be seen from here."), kb::kStandalone1);
                if (!*c.server->backupFinished)
                    return fails("no-backup", StepCatalogue::tr("No backup has finished."), kb::kStandalone1);
                return holds();
            },
            noEvidence},

        // "Remove all SAN connections from the Windows 2000 Server-based computer ..."
        {StepId::DisconnectSan, "disconnect-san", QT_TRANSLATE_NOOP("StepCatalogue", "Remove all SAN connections"),
            StepPageKind::SanDisconnect,
            {{P::Standalone, kb::kStandalone2}, {P::Clustered, kb::kStandalone2}, {P::Recovery, kb::kRecovery1}},
            Cap::CurrentState | Cap::MountedVolumes, StepId::ReconnectSan, A::DisconnectSan, none,
            [](const StepContext &c) { return sanGone(c, kb::kDisconnectAllSan); }, sanEvidence},

        // "Upgrade Windows 2000 Server to Windows Server 2003."
        {StepId::UpgradeWindows, "upgrade-windows",
            QT_TRANSLATE_NOOP("StepCatalogue", "Upgrade Windows 2000 to Windows Server 2003"), StepPageKind::Upgrade,
            {{P::Standalone, kb::kStandalone3}, {P::Clustered, kb::kStandalone3}}, Cap::CurrentState, std::nullopt,
            A::UpgradeWindows,
            [](const StepContext &c) {
                QList<Refusal> r;
                const SystemFacts &f = c.facts();
                // "This procedure cannot be used on ... computers that boot from SAN-connected storage,
                //  that have their page file located on the SAN, or that are domain controllers ..."
                const Plan plan = PlanRules::evaluate(f);
                if (plan.procedure == Procedure::Defer) {
                    for (const Blocker &b : plan.blockers) {
                        if (b.kb == kbText(kb::kCannotBeUsed))
                            r << Refusal{QStringLiteral("must-wait-for-4.0b"),
                                StepCatalogue::tr("This server must wait for HP Secure Path 4.0B: %1").arg(b.message),
                                kbText(kb::kDeferUntil40B)};
                    }
                }
                // "These procedures require that you disconnect ... from all SAN storage before you
                //  perform the upgrade."
                const QStringList visible = f.visibleSanVolumes.valueOr({});
                if (!visible.isEmpty())
                    r << refusal("san-visible",
                        StepCatalogue::tr(
                            "SAN volumes %1 are still visible: remove all SAN connections before the upgrade.")
                            .arg(visible.join(QStringLiteral(", "))),
                        kb::kDisconnectAllSan);
                // "Back up your complete system configuration."
                if (!c.done.contains(StepId::Backup) && !c.server->backupFinished.value_or(false))
                    r << refusal("no-backup",
                        StepCatalogue::tr("There is no recorded backup of the complete system configuration."),
                        kb::kStandalone1);
                // "The Raidisk.sys file must be version 3.6.2.670."
                if (is2000(f) && f.securePath.known()
                    && driverVersion(f) != QLatin1String(PlanRules::kSecurePath40AOn2000))
                    r << refusal("driver-not-4.0a",
                        StepCatalogue::tr(
                            "Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A before the upgrade.")
                            .arg(driverVersion(f).isEmpty() ? StepCatalogue::tr("not installed") : driverVersion(f)),
                        kb::kRaidiskMustBe3620670);
                // "Use Cluster Administrator to pause the cluster node that you will upgrade."
                if (f.clusterMember.valueOr(false)) {
                    const auto state = clusterNodeState(c);
                    const bool paused
                        = state ? *state == QLatin1String("paused") : c.done.contains(StepId::ClusterPauseNode);
                    if (!paused)
                        r << refusal("node-not-paused",
                            StepCatalogue::tr("%1 is not paused: pause the cluster node before you upgrade it.")
                                .arg(c.node()),
                            kb::kCluster2);
                }
                return r;
            },
            [](const StepContext &c) { return windows2003Running(c, kb::kStandalone3); }, windowsEvidence},

        // "Restart the server to complete the upgrade to Windows Server 2003."
        {StepId::RestartCompleteUpgrade, "restart-complete-upgrade",
            QT_TRANSLATE_NOOP("StepCatalogue", "Restart to complete the upgrade to Windows Server 2003"),
            StepPageKind::Restart, {{P::Recovery, kb::kRecovery2}}, Cap::CurrentState, std::nullopt, A::Restart,
            [](const StepContext &c) {
                QList<Refusal> r;
                const QStringList visible = c.facts().visibleSanVolumes.valueOr({});
                if (!visible.isEmpty())
                    r << refusal("san-visible",
                        StepCatalogue::tr(
                            "SAN volumes %1 are still visible: remove all SAN connections before the restart.")
                            .arg(visible.join(QStringLiteral(", "))),
                        kb::kRecovery1);
                return r;
            },
            [](const StepContext &c) { return windows2003Running(c, kb::kRecovery2); }, windowsEvidence},

        // "Install Secure Path V4.0A on the server. ... Raidisk.sys is version 3.6.3.670."
        {StepId::InstallSecurePath2003, "install-securepath-2003",
            QT_TRANSLATE_NOOP("StepCatalogue", "Install Secure Path 4.0A (Raidisk.sys 3.6.3.670)"),
            StepPageKind::SecurePathReinstall,
            {{P::Standalone, kb::kStandalone4}, {P::Clustered, kb::kStandalone4}, {P::Recovery, kb::kRecovery3}},
            Cap::CurrentState, std::nullopt, A::InstallSecurePath40A,
            [](const StepContext &c) {
                QList<Refusal> r;
                if (c.facts().osVersion.known() && !is2003(c.facts()))
                    r << refusal("os-version",
                        StepCatalogue::tr(
                            "Windows Server 2003 is not installed yet: the Windows Server 2003 driver comes after the "
                            "upgrade."),
                        kb::kStandalone4);
                return r;
            },
            [](const StepContext &c) { return driverIs(c, PlanRules::kSecurePath40AOn2003, kb::kStandalone4); },
            driverEvidence},

        // "Connect the Windows Server 2003 server to the SAN storage."
        {StepId::ReconnectSan, "reconnect-san", QT_TRANSLATE_NOOP("StepCatalogue", "Reconnect the server to the SAN"),
            StepPageKind::SanReattach,
            {{P::Standalone, kb::kStandalone5}, {P::Clustered, kb::kStandalone5}, {P::Recovery, kb::kRecovery4}},
            Cap::CurrentState | Cap::MountedVolumes, std::nullopt, A::ReconnectSan,
            [](const StepContext &c) {
                // "You can verify this by checking that Raidisk.sys is version 3.6.3.670."
                QList<Refusal> r;
                const SystemFacts &f = c.facts();
                if (is2003(f) && driverVersion(f) != QLatin1String(PlanRules::kSecurePath40AOn2003))
                    r << refusal("driver-not-2003",
                        StepCatalogue::tr(
                            "Raidisk.sys is %1, not 3.6.3.670: install Secure Path 4.0A for Windows Server 2003 "
                            "before reconnecting the SAN.")
                            .arg(driverVersion(f).isEmpty() ? StepCatalogue::tr("unknown") : driverVersion(f)),
                        kb::kStandalone4);
                return r;
            },
            [](const StepContext &c) {
                const auto &v = c.facts().visibleSanVolumes;
                if (!seesNow(c) || !c.capabilities.testFlag(Cap::MountedVolumes) || !v.known())
                    return unknown("san-unseen",
                        StepCatalogue::tr("Which SAN volumes the server sees cannot be read from here."),
                        kb::kStandalone5);
                const QStringList expected = c.sanBefore.isEmpty() ? c.facts().sanVolumes.valueOr({}) : c.sanBefore;
                QStringList missing;
                for (const QString &vol : expected) {
                    if (!v.get().contains(vol))
                        missing << vol;
                }
                if (!missing.isEmpty())
                    return fails("san-missing",
                        StepCatalogue::tr(
                            "SAN volume %1 is not back: every volume the server had before the disconnection must be "
                            "visible again.")
                            .arg(missing.join(QStringLiteral(", "))),
                        kb::kStandalone5);
                return holds();
            },
            sanEvidence},

        // "Use Cluster Administrator to "unpause" the cluster node that you upgraded."
        {StepId::ClusterResumeNode, "cluster-resume-node",
            QT_TRANSLATE_NOOP("StepCatalogue", "Unpause this cluster node"), StepPageKind::ClusterResume,
            {{P::Clustered, kb::kCluster4}, {P::Recovery, kb::kCluster4}}, Cap::CurrentState | Cap::ClusterState,
            StepId::ClusterNextNode, A::ResumeNode, none,
            [](const StepContext &c) { return nodeState(c, QStringLiteral("up"), "node-paused", kb::kCluster4); },
            clusterEvidence},

        // "Repeat steps 1 through 4 for each of the other cluster nodes that must be upgraded."
        {StepId::ClusterNextNode, "cluster-next-node",
            QT_TRANSLATE_NOOP("StepCatalogue", "Repeat for each of the other cluster nodes"),
            StepPageKind::ClusterResume, {{P::Clustered, kb::kCluster5}, {P::Recovery, kb::kCluster5}}, Cap::None,
            std::nullopt, A::NextNode,
            [](const StepContext &c) {
                // A node is not done until it has been unpaused (KB 817409 clustered step 4).
                QList<Refusal> r;
                const auto state = clusterNodeState(c);
                if (state ? *state == QLatin1String("paused") : !c.done.contains(StepId::ClusterResumeNode))
                    r << refusal("node-paused",
                        StepCatalogue::tr("%1 is still paused: this node is not done until it has been unpaused.")
                            .arg(c.node()),
                        kb::kCluster4);
                return r;
            },
            nothingToSee, clusterEvidence},

        // "Only after HP Secure Path V4.0B becomes available will you be able to upgrade these types of
        //  Windows 2000-based servers."
        {StepId::Defer, "defer", QT_TRANSLATE_NOOP("StepCatalogue", "Defer the upgrade until HP Secure Path 4.0B"),
            StepPageKind::Defer, {{P::Defer, kb::kDeferUntil40B}}, Cap::None, std::nullopt, std::nullopt, none,
            nothingToSee, noEvidence},
    }};
    return table;
}

const Definition &def(StepId id)
{
    return definitions().at(std::size_t(id));
}

} // namespace

QJsonObject Refusal::toJson() const
{
    return QJsonObject{
        {QStringLiteral("check"), check}, {QStringLiteral("message"), message}, {QStringLiteral("kb"), kb}};
}

Refusal Refusal::fromJson(const QJsonObject &o)
{
    return Refusal{o.value(QStringLiteral("check")).toString(), o.value(QStringLiteral("message")).toString(),
        o.value(QStringLiteral("kb")).toString()};
}

QString StepCatalogue::key(StepId id)
{
    return QLatin1String(def(id).key);
}

std::optional<StepId> StepCatalogue::fromKey(const QString &key)
{
    for (const Definition &d : definitions()) {
        if (key == QLatin1String(d.key))
            return d.id;
    }
    return std::nullopt;
}

QList<StepId> StepCatalogue::all()
{
    QList<StepId> out;
    for (const Definition &d : definitions())
        out << d.id;
    return out;
}

QString StepCatalogue::title(StepId id)
{
    return StepCatalogue::tr(def(id).title);
}

QString StepCatalogue::kb(StepId id, Procedure procedure)
{
    const Definition &d = def(id);
    for (const KbFor &k : d.kb) {
        if (k.procedure != procedure)
            continue;
        // Clustered step 3 runs the standalone steps: both sentences apply.
        const bool standaloneStep = std::any_of(
            d.kb.cbegin(), d.kb.cend(), [](const KbFor &o) { return o.procedure == Procedure::Standalone; });
        if (procedure == Procedure::Clustered && standaloneStep)
            return kbText(kStandaloneInCluster) + QLatin1Char(' ') + kbText(k.sentence);
        return kbText(k.sentence);
    }
    return d.kb.isEmpty() ? QString() : kbText(d.kb.first().sentence);
}

StepPageKind StepCatalogue::page(StepId id)
{
    return def(id).page;
}

QList<StepId> StepCatalogue::stepsOnPage(StepPageKind page)
{
    QList<StepId> out;
    for (const Definition &d : definitions()) {
        if (d.page == page && d.id != StepId::Preflight)
            out << d.id;
    }
    return out;
}

PlanStep StepCatalogue::planStep(StepId id, Procedure procedure)
{
    return PlanStep{id, title(id), kb(id, procedure)};
}

QList<StepId> StepCatalogue::stepsFor(Procedure procedure, bool clusterNode)
{
    using S = StepId;
    const QList<S> standalone{
        S::Backup, S::DisconnectSan, S::UpgradeWindows, S::InstallSecurePath2003, S::ReconnectSan};
    const QList<S> clusterTail{S::ClusterResumeNode, S::ClusterNextNode};
    switch (procedure) {
    case Procedure::Standalone: return standalone;
    case Procedure::Clustered: return QList<S>{S::ClusterMoveStorage, S::ClusterPauseNode} + standalone + clusterTail;
    case Procedure::Recovery: {
        QList<S> steps{S::DisconnectSan, S::RestartCompleteUpgrade, S::InstallSecurePath2003, S::ReconnectSan};
        return clusterNode ? steps + clusterTail : steps;
    }
    case Procedure::InstallSecurePathFirst: return {S::InstallSecurePath40A};
    case Procedure::Defer: return {S::Defer};
    case Procedure::NotApplicable:
    case Procedure::Undetermined: return {};
    }
    return {};
}

bool StepCatalogue::isStepListOf(Procedure procedure, const QList<StepId> &steps)
{
    if (steps == stepsFor(procedure, false) || steps == stepsFor(procedure, true))
        return true;
    using S = StepId;
    const QList<S> continuation{S::DisconnectSan, S::InstallSecurePath2003, S::ReconnectSan};
    return (procedure == Procedure::Standalone && steps == continuation)
        || (procedure == Procedure::Clustered
            && steps == continuation + QList<S>{S::ClusterResumeNode, S::ClusterNextNode});
}

bool StepCatalogue::canVerify(StepId id, ProbeCapabilities capabilities, const ProbeResult &server)
{
    const Caps need = def(id).verifiedWith;
    if (need == Caps(Cap::None) || (capabilities & need) != need)
        return false;
    // ClusAPI may be missing or refuse on a live server: then the operator attests.
    if (need.testFlag(Cap::ClusterState) && !capabilities.testFlag(Cap::Simulated))
        return server.cluster && server.cluster->readable;
    return true;
}

QList<Refusal> StepCatalogue::preconditions(StepId id, const StepContext &c)
{
    return def(id).preconditions(c);
}

Outcome StepCatalogue::postcondition(StepId id, const StepContext &c)
{
    return def(id).postcondition(c);
}

std::optional<StepId> StepCatalogue::releasedBy(StepId id)
{
    return def(id).releasedBy;
}

QJsonObject StepCatalogue::evidence(StepId id, const StepContext &c)
{
    return def(id).evidence(c);
}

Refusal StepCatalogue::checkAttestation(StepId id, const QJsonObject &statement, const StepContext &c)
{
    if (id != StepId::Backup)
        return {};
    // "Back up your complete system configuration." The operator says on what, and when it finished:
    // a time the operator typed, never one the wizard made up.
    if (statement.value(QStringLiteral("media")).toString().trimmed().isEmpty())
        return refusal(
            "backup-media", StepCatalogue::tr("Say where the backup is (media or location)."), kb::kStandalone1);
    const QString text = statement.value(QStringLiteral("finished_utc")).toString();
    if (text.isEmpty())
        return refusal("backup-time", StepCatalogue::tr("Say when the backup finished (UTC)."), kb::kStandalone1);
    QDateTime finished = QDateTime::fromString(text, Qt::ISODate);
    if (!finished.isValid())
        return refusal("backup-time",
            StepCatalogue::tr("\"%1\" is not a time: give the backup's finish time as YYYY-MM-DD HH:MM (UTC).")
                .arg(text),
            kb::kStandalone1);
    // "10:00" is UTC, as the field says; "11:00+01:00" is that moment, in UTC.
    if (finished.timeSpec() == Qt::LocalTime)
        finished.setTimeSpec(Qt::UTC);
    finished = finished.toUTC();
    // Operators give minutes: the step's start counts from the beginning of its minute.
    QDateTime since = c.currentSince.toUTC();
    if (since.isValid())
        since.setTime(QTime(since.time().hour(), since.time().minute()));
    if (since.isValid() && finished < since)
        return refusal("backup-before-step",
            StepCatalogue::tr(
                "The backup finished at %1 UTC, before this step began (%2 UTC): back up again now, so the backup "
                "holds the configuration you are about to upgrade.")
                .arg(finished.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    c.currentSince.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            kb::kStandalone1);
    if (c.now.isValid() && finished > c.now.addSecs(60))
        return refusal("backup-in-future",
            StepCatalogue::tr("The backup cannot have finished at %1 UTC: that is later than now (%2 UTC).")
                .arg(finished.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    c.now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            kb::kStandalone1);
    return {};
}

std::optional<StepId> StepCatalogue::stepOfRoomAction(SimulatedServer::Action action, const ProbeResult &server)
{
    // Installing Secure Path 4.0A installs the Windows 2000 driver on Windows 2000 and the Windows
    // Server 2003 driver on Server 2003: two steps of the KB, one action.
    if (action == SimulatedServer::Action::InstallSecurePath40A)
        return is2003(server.facts) ? StepId::InstallSecurePath2003 : StepId::InstallSecurePath40A;
    // A restart is the recovery's step only while the server stops with the bugcheck.
    if (action == SimulatedServer::Action::Restart && !server.bugchecking.value_or(false))
        return std::nullopt;
    for (const Definition &d : definitions()) {
        if (d.roomAction == action)
            return d.id;
    }
    return std::nullopt;
}

QString StepCatalogue::procedureKey(Procedure p)
{
    switch (p) {
    case Procedure::Standalone: return QStringLiteral("standalone");
    case Procedure::Clustered: return QStringLiteral("clustered");
    case Procedure::Recovery: return QStringLiteral("recovery");
    case Procedure::InstallSecurePathFirst: return QStringLiteral("install-securepath-4.0a");
    case Procedure::Defer: return QStringLiteral("defer");
    case Procedure::NotApplicable: return QStringLiteral("not-applicable");
    case Procedure::Undetermined: return QStringLiteral("undetermined");
    }
    return QStringLiteral("undetermined");
}

std::optional<Procedure> StepCatalogue::procedureFromKey(const QString &key)
{
    for (Procedure p : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
             Procedure::InstallSecurePathFirst, Procedure::Defer, Procedure::NotApplicable, Procedure::Undetermined}) {
        if (procedureKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString procedureId(Procedure p)
{
    return StepCatalogue::procedureKey(p);
}

} // namespace spuw
