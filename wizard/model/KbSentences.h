#pragma once

// Sentences of Microsoft KB 817409, verbatim, so each plan rule can name the sentence it enforces
// and a reviewer can hold the code beside the article.
namespace spuw::kb {

inline constexpr const char *kRequiresSecurePath40A
    = "The procedures that are described in this section require that HP Secure Path 4.0A is installed on "
      "each Windows 2000 Server-based computer that is being upgraded.";
inline constexpr const char *kRaidiskMustBe3620670
    = "The Raidisk.sys file must be version 3.6.2.670. If the file is not the correct version, you must "
      "install HP Secure Path 4.0A.";
inline constexpr const char *kDisconnectAllSan
    = "These procedures require that you disconnect the Windows 2000 Server-based computer from all SAN "
      "storage before you perform the upgrade.";
inline constexpr const char *kCannotBeUsed
    = "This procedure cannot be used on Windows 2000 Server-based computers that boot from SAN-connected "
      "storage, that have their page file located on the SAN, or that are domain controllers that have "
      "their Active Directory configuration stored on the SAN.";
inline constexpr const char *kDeferUntil40B
    = "Only after HP Secure Path V4.0B becomes available will you be able to upgrade these types of "
      "Windows 2000-based servers.";
inline constexpr const char *kAppliesTo
    = "When you upgrade Windows 2000 to Windows Server 2003 by using HP Secure Path V4.0a software, you may "
      "receive the following error message: Bugcheck 0x000000C2 (BAD_POOL_CALLER)";
inline constexpr const char *kCause
    = "HP Secure Path V4.0a for Windows (and earlier versions) does not support a direct upgrade to Windows "
      "Server 2003 from a Windows 2000 Server-based computer that is attached to a storage area network (SAN).";
inline constexpr const char *kRecoveryScope
    = "Use the following procedure to recover servers that do not have critical operating system information "
      "stored on the SAN and are getting the \"Bugcheck\" error message.";

// Standalone procedure, steps 1-5.
inline constexpr const char *kStandalone1 = "Back up your complete system configuration.";
inline constexpr const char *kStandalone2
    = "Remove all SAN connections from the Windows 2000 Server-based computer that you are upgrading.";
inline constexpr const char *kStandalone3 = "Upgrade Windows 2000 Server to Windows Server 2003.";
inline constexpr const char *kStandalone4
    = "Install Secure Path V4.0A on the server. This will install the Windows Server 2003 driver. You can "
      "verify this by checking that Raidisk.sys is version 3.6.3.670.";
inline constexpr const char *kStandalone5 = "Connect the Windows Server 2003 server to the SAN storage.";

// Clustered procedure, steps 1-5.
inline constexpr const char *kCluster1 = "Use Cluster Administrator to move all cluster-shared storage to one server.";
inline constexpr const char *kCluster2 = "Use Cluster Administrator to pause the cluster node that you will upgrade.";
inline constexpr const char *kCluster3
    = "Perform the steps from the \"Upgrade Standalone Windows 2000 Server\" section of this article on the "
      "Windows 2000 Server-based computer that you configured in steps 1 and 2.";
inline constexpr const char *kCluster4 = "Use Cluster Administrator to \"unpause\" the cluster node that you upgraded.";
inline constexpr const char *kCluster5
    = "Repeat steps 1 through 4 for each of the other cluster nodes that must be upgraded.";

// Recovery procedure, steps 1-4.
inline constexpr const char *kRecovery1
    = "Remove all SAN connections from the Windows 2000 Server-based computer that you will upgrade.";
inline constexpr const char *kRecovery2 = "Restart the server to complete the upgrade to Windows Server 2003.";
inline constexpr const char *kRecovery3
    = "Install HP Secure Path V4.0A. This will install the Windows Server 2003 driver. You can verify this by "
      "checking that Raidisk.sys is version 3.6.3.670.";
inline constexpr const char *kRecovery4 = "Reconnect the server to the SAN.";

} // namespace spuw::kb
