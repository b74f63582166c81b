#include "Scenario.h"

namespace spuw {

// The built-in scenarios' titles and briefings, for lupdate: the JSON files hold them in English and
// the window shows them in the operator's language (Scenario::parse translates them for built-in
// scenarios only; an instructor's own file is shown as written). TestTranslations checks that every
// built-in scenario's title and briefing is here word for word, so an edited JSON cannot silently
// lose its translation.
QStringList Scenario::builtInTexts()
{
    static const char *const texts[] = {
        // boot-from-san
        QT_TRANSLATE_NOOP("Scenario", "Server that boots from the SAN"),
        QT_TRANSLATE_NOOP("Scenario",
            "SRV03 has no internal disks: Windows is installed on E:, a SAN volume. Find out whether "
            "KB 817409 lets you upgrade it, and record the decision."),
        // cluster-three-node
        QT_TRANSLATE_NOOP("Scenario", "Three-node cluster"),
        QT_TRANSLATE_NOOP("Scenario",
            "CLUSTER3 has three Windows 2000 Advanced Server nodes sharing E: and F: on the SAN. "
            "Upgrade every node in turn; at every moment the shared storage must be owned by a node "
            "that is not being upgraded."),
        // cluster-two-node
        QT_TRANSLATE_NOOP("Scenario", "Two-node cluster"),
        QT_TRANSLATE_NOOP("Scenario",
            "NODE1 and NODE2 form the Windows 2000 Advanced Server cluster CLUSTER1 with shared SAN "
            "storage on E: and F:. Upgrade both nodes, one at a time: move the shared storage to the "
            "other node, pause the node you upgrade, upgrade it as a standalone server, unpause it, "
            "then do the other node."),
        // dc-ad-local
        QT_TRANSLATE_NOOP("Scenario", "Domain controller with Active Directory on local disk"),
        QT_TRANSLATE_NOOP("Scenario",
            "DC02 is a Windows 2000 domain controller whose Active Directory lives on its internal "
            "disk C:. The SAN holds only file shares on E: and F:. Upgrade it like a standalone "
            "server."),
        // dc-ad-on-san
        QT_TRANSLATE_NOOP("Scenario", "Domain controller with Active Directory on the SAN"),
        QT_TRANSLATE_NOOP("Scenario",
            "DC01 is a Windows 2000 domain controller. Its Active Directory database and logs were "
            "moved to the SAN volume F: to give them room. Decide what KB 817409 allows."),
        // pagefile-on-san
        QT_TRANSLATE_NOOP("Scenario", "Server with a page file on the SAN"),
        QT_TRANSLATE_NOOP("Scenario",
            "SRV04 boots from C: and looks ready, but look at every page file it has before you "
            "decide."),
        // recovery-bugchecking
        QT_TRANSLATE_NOOP("Scenario", "Server already stopping with BAD_POOL_CALLER"),
        QT_TRANSLATE_NOOP("Scenario",
            "Somebody started the upgrade of SRV05 with the SAN still attached. Since then it stops "
            "with STOP 0x000000C2 BAD_POOL_CALLER on every start. Bring it back by the recovery "
            "procedure of KB 817409."),
        // standalone-needs-4.0a
        QT_TRANSLATE_NOOP("Scenario", "Standalone server with an older Secure Path"),
        QT_TRANSLATE_NOOP("Scenario",
            "SRV02 runs an older HP Secure Path (Raidisk.sys 3.5.1.500). KB 817409 requires Secure "
            "Path 4.0A (Raidisk.sys 3.6.2.670) on Windows 2000 before anything else: install it, "
            "verify the driver version, and only then plan the upgrade."),
        // standalone-ready
        QT_TRANSLATE_NOOP("Scenario", "Standalone server, ready for the upgrade"),
        QT_TRANSLATE_NOOP("Scenario",
            "SRV01 is a Windows 2000 Server with Service Pack 4 and HP Secure Path 4.0A (Raidisk.sys "
            "3.6.2.670). It boots from its internal disks and keeps its page file on C:. Two SAN "
            "volumes, E: and F:, hold application data. Upgrade it to Windows Server 2003 without "
            "ever letting it see the SAN during the upgrade."),
        // trap-lun-missing
        QT_TRANSLATE_NOOP("Scenario", "Standalone server where the obvious path goes wrong"),
        QT_TRANSLATE_NOOP("Scenario",
            "SRV06 looks like any ready standalone server. Do the upgrade exactly as KB 817409 says "
            "and check every result: not everything will work the first time, and a server is not "
            "done until every SAN volume it had before is back."),
    };
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace spuw
