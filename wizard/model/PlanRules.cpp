#include "PlanRules.h"

#include "KbSentences.h"

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

} // namespace

bool PlanRules::isUpgradeBugcheck(const CrashDumpFact &dump)
{
    return dump.stopCode() == kBadPoolCaller && dump.build == kBuildServer2003;
}

QList<PlanStep> PlanRules::standaloneSteps()
{
    return {
        {QStringLiteral("backup"), tr("Back up the complete system configuration"), kbText(kb::kStandalone1)},
        {QStringLiteral("disconnect-san"), tr("Remove all SAN connections"), kbText(kb::kStandalone2)},
        {QStringLiteral("upgrade-windows"), tr("Upgrade Windows 2000 to Windows Server 2003"),
            kbText(kb::kStandalone3)},
        {QStringLiteral("install-securepath-2003"), tr("Install Secure Path 4.0A (Raidisk.sys 3.6.3.670)"),
            kbText(kb::kStandalone4)},
        {QStringLiteral("reconnect-san"), tr("Connect the server to the SAN storage"), kbText(kb::kStandalone5)},
    };
}

QList<PlanStep> PlanRules::clusteredSteps()
{
    QList<PlanStep> steps{
        {QStringLiteral("cluster-move-storage"), tr("Move all cluster-shared storage to another node"),
            kbText(kb::kCluster1)},
        {QStringLiteral("cluster-pause-node"), tr("Pause this cluster node"), kbText(kb::kCluster2)},
    };
    for (PlanStep s : standaloneSteps()) {
        s.kb = kbText(kb::kCluster3) + QLatin1Char(' ') + s.kb;
        steps << s;
    }
    steps << PlanStep{QStringLiteral("cluster-resume-node"), tr("Unpause this cluster node"), kbText(kb::kCluster4)}
          << PlanStep{QStringLiteral("cluster-next-node"), tr("Repeat for each of the other cluster nodes"),
                 kbText(kb::kCluster5)};
    return steps;
}

QList<PlanStep> PlanRules::recoverySteps()
{
    return {
        {QStringLiteral("disconnect-san"), tr("Remove all SAN connections"), kbText(kb::kRecovery1)},
        {QStringLiteral("restart-complete-upgrade"), tr("Restart to complete the upgrade to Windows Server 2003"),
            kbText(kb::kRecovery2)},
        {QStringLiteral("install-securepath-2003"), tr("Install Secure Path 4.0A (Raidisk.sys 3.6.3.670)"),
            kbText(kb::kRecovery3)},
        {QStringLiteral("reconnect-san"), tr("Reconnect the server to the SAN"), kbText(kb::kRecovery4)},
    };
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
                                  .arg(d.path)
                                  .arg(d.build);
        }
    }
    if (is2003 && version && *version == v2000)
        evidence << tr("Windows Server 2003 is running the Windows 2000 driver Raidisk.sys 3.6.2.670");
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
        plan.steps = {
            {QStringLiteral("defer"), tr("Defer the upgrade until HP Secure Path 4.0B"), kbText(kb::kDeferUntil40B)}};
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
        plan.steps = recoverySteps();
        return plan;
    }
    if (!version40A.isEmpty()) {
        plan.procedure = Procedure::InstallSecurePathFirst;
        plan.blockers = version40A;
        plan.reason = version40A.first().message;
        plan.steps = {{QStringLiteral("install-securepath-4.0a"),
            tr("Install HP Secure Path 4.0A (Raidisk.sys "
               "3.6.2.670)"),
            kbText(kb::kRaidiskMustBe3620670)}};
        return plan;
    }
    if (!f.clusterMember.known()) {
        plan.procedure = Procedure::Undetermined;
        plan.questions << Question{QStringLiteral("cluster"), tr("Is this server a member of a cluster?")};
        plan.reason = tr("Cluster membership is unknown.");
        return plan;
    }
    if (f.clusterMember.get()) {
        plan.procedure = Procedure::Clustered;
        plan.steps = clusteredSteps();
        const QString self = f.computerName.valueOr(QString());
        for (const QString &node : f.clusterNodes.valueOr({})) {
            if (node.compare(self, Qt::CaseInsensitive) != 0)
                plan.remainingNodes << node;
        }
        plan.reason = tr("Cluster node: upgrade one node at a time with its shared storage moved away and the "
                         "node paused.");
        return plan;
    }
    plan.procedure = Procedure::Standalone;
    plan.steps = standaloneSteps();
    plan.reason = tr("Standalone server booting from direct-connected storage with Secure Path 4.0A.");
    return plan;
}

} // namespace spuw
