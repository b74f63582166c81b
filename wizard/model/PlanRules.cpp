#include "PlanRules.h"

#include "KbSentences.h"
#include "StepCatalogue.h"

#include <FileVersion.h>

namespace spuw {

namespace {

QString kbText(const char *sentence)
{
    return QString::fromUtf8(sentence);
}

std::optional<formats::FileVersion> driverVersion(const SystemFacts &f)
{
    if (!f.securePath.known() || !f.securePath.get().present)
        return std::nullopt;
    return formats::FileVersion::parse(f.securePath.get().fileVersion.toStdString());
}

QStringList otherNodes(const SystemFacts &f)
{
    QStringList out;
    const QString self = f.computerName.valueOr(QString());
    for (const QString &node : f.clusterNodes.valueOr({})) {
        if (node.compare(self, Qt::CaseInsensitive) != 0)
            out << node;
    }
    return out;
}

} // namespace

bool PlanRules::isUpgradeBugcheck(const CrashDumpFact &dump)
{
    return dump.stopCode() == kBadPoolCaller && dump.build == kBuildServer2003;
}

QList<PlanStep> PlanRules::planSteps(const QList<StepId> &ids, Procedure procedure)
{
    QList<PlanStep> steps;
    for (StepId id : ids)
        steps << StepCatalogue::planStep(id, procedure);
    return steps;
}

QList<PlanStep> PlanRules::stepsFor(Procedure procedure, bool clusterNode)
{
    return planSteps(StepCatalogue::stepsFor(procedure, clusterNode), procedure);
}

Plan PlanRules::evaluate(const SystemFacts &f)
{
    Plan plan;
    QList<Blocker> notApplicable;

    // --- Is this KB about this server at all? -------------------------------------------------
    // "The information in this article applies to: Windows 2000 ... Server / Windows Server 2003"
    const bool is2000 = f.osVersion.known() && f.osVersion.get() == QLatin1String("5.0");
    const bool is2003 = f.osVersion.known() && f.osVersion.get() == QLatin1String("5.2");
    if (f.productType.known() && f.productType.get() == QLatin1String("WinNT")) {
        notApplicable << Blocker{QStringLiteral("unsupported-os"),
            tr("This is a workstation (ProductType WinNT); KB 817409 covers Windows 2000 "
               "and Windows Server 2003 servers only."),
            kbText(kb::kAppliesTo)};
    } else if (f.osVersion.known() && !is2000 && !is2003) {
        notApplicable << Blocker{QStringLiteral("unsupported-os"),
            tr("Windows version %1 is neither Windows 2000 (5.0) nor Windows Server 2003 "
               "(5.2); KB 817409 does not apply.")
                .arg(f.osVersion.get()),
            kbText(kb::kAppliesTo)};
    }
    if (!f.productType.known())
        plan.questions << Question{QStringLiteral("os-product-type"),
            tr("Is this computer a server (ServerNT), a domain controller (LanmanNT) or a "
               "workstation (WinNT)?")};
    if (!f.osVersion.known())
        plan.questions << Question{QStringLiteral("os-version"),
            tr("Which Windows version is installed (5.0 = Windows 2000, 5.2 = Server 2003)?")};

    // "The procedures ... require that HP Secure Path 4.0A is installed"
    if (f.securePath.known() && !f.securePath.get().present) {
        notApplicable << Blocker{QStringLiteral("securepath-not-installed"),
            tr("Raidisk.sys was not found: HP Secure Path is not installed, so this "
               "procedure does not apply."),
            kbText(kb::kRequiresSecurePath40A)};
    } else if (!f.securePath.known()) {
        plan.questions << Question{QStringLiteral("securepath"), tr("Is HP Secure Path installed (Raidisk.sys)?")};
    }

    const auto version = driverVersion(f);
    const auto v2000 = *formats::FileVersion::parse(kSecurePath40AOn2000);
    const auto v2003 = *formats::FileVersion::parse(kSecurePath40AOn2003);
    if (f.securePath.known() && f.securePath.get().present && !version)
        plan.questions << Question{QStringLiteral("securepath-version"),
            tr("The version of %1 could not be read. Which version is it?").arg(f.securePath.get().path)};
    if (version && *version > v2003)
        notApplicable << Blocker{QStringLiteral("securepath-newer"),
            tr("Raidisk.sys is %1, newer than Secure Path 4.0A (3.6.3.670): follow the "
               "guidance of that Secure Path release instead.")
                .arg(QString::fromStdString(version->toString())),
            kbText(kb::kDeferUntil40B)};

    // --- Evidence of the upgrade bugcheck ------------------------------------------------------
    // "you may receive the following error message: Bugcheck 0x000000C2 (BAD_POOL_CALLER)"
    QStringList evidence;
    if (f.crashDumps.known()) {
        for (const CrashDumpFact &d : f.crashDumps.get()) {
            if (isUpgradeBugcheck(d))
                evidence << tr("crash dump %1 shows bugcheck 0xC2 from a Windows Server 2003 kernel").arg(d.path);
            else if (d.stopCode() == kBadPoolCaller)
                plan.notes << tr("Crash dump %1 shows bugcheck 0xC2 from build %2, not from the Windows Server "
                                 "2003 upgrade (build 3790): it is not the bugcheck of KB 817409.")
                                  .arg(d.path, QString::number(d.build));
        }
    }
    // Windows Server 2003 still on the Windows 2000 driver is the normal state between standalone
    // steps 3 and 4: by itself it is no evidence of the bugcheck.
    const bool between3And4 = is2003 && version && *version == v2000;
    if (f.operatorReportsBugcheck.known() && f.operatorReportsBugcheck.get())
        evidence << tr("the operator reports the BAD_POOL_CALLER bugcheck");

    if (is2003 && version && *version == v2003 && evidence.isEmpty())
        notApplicable << Blocker{QStringLiteral("already-upgraded"),
            tr("Windows Server 2003 is running Raidisk.sys 3.6.3.670: this server has "
               "already been upgraded as KB 817409 describes."),
            kbText(kb::kStandalone4)};

    if (!notApplicable.isEmpty()) {
        plan.procedure = Procedure::NotApplicable;
        plan.blockers = notApplicable;
        plan.reason = notApplicable.first().message;
        return plan;
    }

    // --- What must never be on the SAN ----------------------------------------------------------
    // "This procedure cannot be used on Windows 2000 Server-based computers that boot from
    //  SAN-connected storage, that have their page file located on the SAN, or that are domain
    //  controllers that have their Active Directory configuration stored on the SAN."
    QList<Blocker> san;
    if (!f.sanVolumes.known()) {
        plan.questions << Question{QStringLiteral("san-volumes"),
            tr("Which volumes (drive letters) are on the SAN? Say \"none\" if there are "
               "none.")};
    } else {
        const QString sanList = f.sanVolumes.get().join(QStringLiteral(", "));
        if (!f.systemRoot.known()) {
            plan.questions << Question{QStringLiteral("system-root"), tr("Where is Windows installed (system root)?")};
        } else if (f.isOnSan(f.systemRoot.get()).value_or(false)) {
            san << Blocker{QStringLiteral("boot-volume-on-san"),
                tr("Windows (%1) is on SAN volume %2: the server boots from the SAN.")
                    .arg(f.systemRoot.get(), SystemFacts::volumeOf(f.systemRoot.get())),
                kbText(kb::kCannotBeUsed)};
        }
        if (!f.pagingFiles.known()) {
            plan.questions << Question{QStringLiteral("paging-files"), tr("Where are the page files?")};
        } else {
            QStringList onSan;
            for (const PagingFile &pf : f.pagingFiles.get()) {
                const auto on = f.isOnSan(pf.path);
                if (!on)
                    plan.questions << Question{
                        QStringLiteral("paging-file-volume"), tr("On which volume is the page file %1?").arg(pf.path)};
                else if (*on)
                    onSan << pf.path;
            }
            if (!onSan.isEmpty())
                san << Blocker{QStringLiteral("pagefile-on-san"),
                    tr("The page file %1 is on the SAN (SAN volumes: %2).")
                        .arg(onSan.join(QStringLiteral(", ")), sanList),
                    kbText(kb::kCannotBeUsed)};
        }
        const auto dc = f.isDomainController();
        if (!dc) {
            plan.questions << Question{QStringLiteral("domain-controller"),
                tr("Is this server a domain controller (NTDS\\Parameters present)?")};
        } else if (*dc) {
            QStringList onSan;
            for (const auto *fact : {&f.adDatabasePath, &f.adLogPath}) {
                if (!fact->known()) {
                    plan.questions << Question{
                        QStringLiteral("ad-paths"), tr("Where are the Active Directory database and log files?")};
                    continue;
                }
                if (f.isOnSan(fact->get()).value_or(false))
                    onSan << fact->get();
            }
            if (!onSan.isEmpty())
                san << Blocker{QStringLiteral("ad-database-on-san"),
                    tr("This domain controller keeps Active Directory on the SAN (%1).")
                        .arg(onSan.join(QStringLiteral(", "))),
                    kbText(kb::kCannotBeUsed)};
        }
    }

    QList<Blocker> version40A;
    if (version && *version != v2000 && (is2000 || (is2003 && *version != v2003)))
        version40A << Blocker{QStringLiteral("securepath-version"),
            is2000 ? tr("Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A on "
                        "Windows 2000 first.")
                         .arg(QString::fromStdString(version->toString()))
                   : tr("Raidisk.sys is %1: install HP Secure Path 4.0A for Windows Server "
                        "2003 (3.6.3.670) with the SAN disconnected.")
                         .arg(QString::fromStdString(version->toString())),
            kbText(kb::kRaidiskMustBe3620670)};

    // "Only after HP Secure Path V4.0B becomes available will you be able to upgrade these types of
    //  Windows 2000-based servers."
    if (!san.isEmpty()) {
        plan.procedure = Procedure::Defer;
        plan.blockers = san + version40A;
        plan.reason = tr("Critical operating system data is on the SAN: defer the upgrade until HP Secure "
                         "Path 4.0B is available.");
        plan.steps = stepsFor(Procedure::Defer);
        return plan;
    }
    if (!plan.questions.isEmpty()) {
        plan.procedure = Procedure::Undetermined;
        plan.reason = tr("Some facts are unknown; answer the questions before a procedure can be chosen.");
        return plan;
    }

    if (!evidence.isEmpty()) {
        // "Use the following procedure to recover servers that do not have critical operating system
        //  information stored on the SAN and are getting the "Bugcheck" error message."
        plan.procedure = Procedure::Recovery;
        plan.reason = tr("The upgrade bugcheck has happened: %1.").arg(evidence.join(QStringLiteral("; ")));
        plan.steps = stepsFor(Procedure::Recovery, f.clusterMember.valueOr(false));
        plan.remainingNodes = otherNodes(f);
        return plan;
    }
    if (!version40A.isEmpty()) {
        plan.procedure = Procedure::InstallSecurePathFirst;
        plan.blockers = version40A;
        plan.reason = version40A.first().message;
        plan.steps = stepsFor(Procedure::InstallSecurePathFirst);
        return plan;
    }
    if (!f.clusterMember.known()) {
        plan.procedure = Procedure::Undetermined;
        plan.questions << Question{QStringLiteral("cluster"), tr("Is this server a member of a cluster?")};
        plan.reason = tr("Cluster membership is unknown.");
        return plan;
    }
    if (between3And4) {
        // "4. Install Secure Path V4.0A on the server. ... 5. Connect the Windows Server 2003 server to
        //  the SAN storage." The SAN stays disconnected until the new driver is in; a cluster node
        //  then goes back into the cluster (clustered steps 4 and 5).
        const bool cluster = f.clusterMember.get();
        plan.procedure = cluster ? Procedure::Clustered : Procedure::Standalone;
        QList<StepId> steps{StepId::DisconnectSan, StepId::InstallSecurePath2003, StepId::ReconnectSan};
        if (cluster)
            steps << StepId::ClusterResumeNode << StepId::ClusterNextNode;
        plan.steps = planSteps(steps, plan.procedure);
        plan.remainingNodes = otherNodes(f);
        plan.reason = tr("Windows Server 2003 is installed and still runs the Windows 2000 driver Raidisk.sys "
                         "3.6.2.670, with no sign of the 0xC2 bugcheck: the upgrade continues at step 4, install "
                         "Secure Path 4.0A, with every SAN connection still removed.");
        return plan;
    }
    if (f.clusterMember.get()) {
        plan.procedure = Procedure::Clustered;
        plan.steps = stepsFor(Procedure::Clustered);
        plan.remainingNodes = otherNodes(f);
        plan.reason = tr("Cluster node: upgrade one node at a time with its shared storage moved away and the "
                         "node paused.");
        return plan;
    }
    plan.procedure = Procedure::Standalone;
    plan.steps = stepsFor(Procedure::Standalone);
    plan.reason = tr("Standalone server booting from direct-connected storage with Secure Path 4.0A.");
    return plan;
}

} // namespace spuw
