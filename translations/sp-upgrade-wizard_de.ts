<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>spuw::BackupPage</name>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="20"/>
        <source>Back up the complete system configuration</source>
        <translation>Vollständige Sicherung der Systemkonfiguration</translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="21"/>
        <source>KB 817409 step 1. How: KB 328150, &quot;How to perform complete backups of the Windows 2000 Server operating system&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="29"/>
        <source>Backup media or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="32"/>
        <source>Backup file or folder to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="33"/>
        <source>optional: a backup file or folder this computer can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="36"/>
        <source>Backup finished at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="39"/>
        <source>&amp;Media / location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="42"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="45"/>
        <source>Finished at (&amp;UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="49"/>
        <source>Back up the system state, the system and boot volumes and every application volume, and verify the backup, before anything else changes on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="53"/>
        <source>I &amp;attest that this backup is complete and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="62"/>
        <location filename="../wizard/pages/BackupPage.cpp" line="80"/>
        <source>%1 does not exist on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BackupPage.cpp" line="64"/>
        <source>%1 exists (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::BugcheckScreen</name>
    <message>
        <location filename="../wizard/pages/BugcheckScreen.cpp" line="14"/>
        <source>Simulated server console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/BugcheckScreen.cpp" line="24"/>
        <source>A problem has been detected and Windows has been shut down to prevent damage to your computer.

BAD_POOL_CALLER

*** STOP: 0x%1 (%2, %3, %4, %5)

Beginning dump of physical memory
Physical memory dump complete.

(Training: the server was upgraded or reconnected while KB 817409 says it must not be.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::ClusterPrepPage</name>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="17"/>
        <source>Prepare the cluster node</source>
        <translation>Clusterknoten vorbereiten</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="18"/>
        <source>KB 817409, clustered servers, steps 1 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="24"/>
        <source>1. In Cluster Administrator, move all groups with shared storage to another node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="26"/>
        <source>Check the &amp;storage owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="28"/>
        <source>I have &amp;moved all shared storage to another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="29"/>
        <source>2. In Cluster Administrator, pause this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="31"/>
        <source>Check that this node is &amp;paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterPrepPage.cpp" line="32"/>
        <source>I have &amp;paused this node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::ClusterResumePage</name>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="17"/>
        <source>Unpause the node, then the next one</source>
        <translation>Knoten fortsetzen, dann den nächsten</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="18"/>
        <source>KB 817409, clustered servers, steps 4 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="26"/>
        <source>In Cluster Administrator, unpause (resume) this node. It is not done until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="28"/>
        <source>&amp;Check that this node is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="29"/>
        <source>I have &amp;unpaused this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="31"/>
        <source>This node is &amp;done: go to the next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="46"/>
        <source>No other node is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ClusterResumePage.cpp" line="47"/>
        <source>Then the other nodes, one at a time: %1. Run this wizard on each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::DeferPage</name>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="17"/>
        <source>Defer the upgrade</source>
        <translation>Upgrade zurückstellen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="19"/>
        <source>KB 817409: only after HP Secure Path V4.0B becomes available will you be able to upgrade this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="28"/>
        <source>What to do instead: leave this server on Windows 2000 with Secure Path 4.0A; plan the upgrade for when HP Secure Path 4.0B is available, or move the boot volume, page file or Active Directory files off the SAN first and assess the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="31"/>
        <source>&amp;Record the decision to defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="43"/>
        <source>- %1
  KB 817409: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/DeferPage.cpp" line="44"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::ExportButton</name>
    <message>
        <location filename="../wizard/pages/ExportButton.cpp" line="20"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ExportButton.cpp" line="39"/>
        <source>E&amp;xport the record...</source>
        <translation>Protokoll e&amp;xportieren...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ExportButton.cpp" line="39"/>
        <source>Reports (*.html *.pdf *.json)</source>
        <translation>Berichte (*.html *.pdf *.json)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ExportButton.cpp" line="61"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::InstallSecurePathFirstPage</name>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="17"/>
        <source>Install HP Secure Path 4.0A first</source>
        <translation>Zuerst HP Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="18"/>
        <source>KB 817409: the Raidisk.sys file must be version 3.6.2.670.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="26"/>
        <source>Install HP Secure Path 4.0A on this Windows 2000 server, then check again. Repeat until Raidisk.sys is version 3.6.2.670.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="29"/>
        <source>&amp;Check Raidisk.sys again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="36"/>
        <source>Raidisk.sys now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/InstallSecurePathFirstPage.cpp" line="38"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::JournalDialog</name>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="17"/>
        <source>Journal of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="19"/>
        <source>Journal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/JournalDialog.cpp" line="21"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::PreflightPage</name>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="26"/>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="27"/>
        <source>What the server&apos;s own files say, and which procedure of KB 817409 that allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="36"/>
        <source>This server already stops with &amp;BAD_POOL_CALLER (bugcheck 0xC2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="38"/>
        <source>Facts about the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="39"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="39"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="39"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="46"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="49"/>
        <location filename="../wizard/pages/PreflightPage.cpp" line="153"/>
        <source>SAN volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="50"/>
        <source>E:, F: or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="51"/>
        <source>&amp;Use these SAN volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="55"/>
        <source>Which volumes are on the &amp;SAN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="74"/>
        <source>&quot;%1&quot; is not a drive letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="88"/>
        <source>Save the &amp;assessment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="88"/>
        <source>Assessment (*.json *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="110"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="116"/>
        <source>not known: asked, never guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="118"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="121"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="122"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="123"/>
        <source>%1 %2 (build %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="127"/>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="128"/>
        <source>System root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="130"/>
        <source>Domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="131"/>
        <source>yes: AD in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="131"/>
        <location filename="../wizard/pages/PreflightPage.cpp" line="135"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="133"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="141"/>
        <source>Page files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="142"/>
        <source>Raidisk.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="145"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="149"/>
        <source>0x%1 (build %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="150"/>
        <source>Crash dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="151"/>
        <location filename="../wizard/pages/PreflightPage.cpp" line="155"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="158"/>
        <source>SAN volumes visible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="164"/>
        <source>points to the SAN</source>
        <translation>spricht für das SAN</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="165"/>
        <source>points away from the SAN</source>
        <translation>spricht gegen das SAN</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="166"/>
        <source>says nothing either way</source>
        <translation>sagt weder das eine noch das andere</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="167"/>
        <source>Disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="168"/>
        <source>IOCTL_STORAGE_QUERY_PROPERTY: %1 (evidence, not an answer)</source>
        <translation>IOCTL_STORAGE_QUERY_PROPERTY: %1 (ein Hinweis, keine Antwort)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="174"/>
        <source>Suggested by the disks&apos; bus and product ids. Check it against the SAN&apos;s own records before you use it.</source>
        <translation>Vorgeschlagen nach Bus und Produktkennung der Datenträger. Vor der Verwendung mit den Unterlagen des SAN abgleichen.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="198"/>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/PreflightPage.cpp" line="203"/>
        <source>This run continues with the procedure chosen before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::RecoveryPage</name>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="17"/>
        <source>Recovery after the bugcheck</source>
        <translation>Wiederherstellung nach dem Bugcheck</translation>
    </message>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="18"/>
        <source>KB 817409: recover servers that are getting the &quot;Bugcheck&quot; error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="26"/>
        <source>This server stops with bugcheck 0xC2 BAD_POOL_CALLER because the upgrade ran while it was attached to the SAN. The recovery: remove all SAN connections, restart to complete the upgrade to Windows Server 2003, install HP Secure Path 4.0A (Raidisk.sys 3.6.3.670), and reconnect the SAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="38"/>
        <source>%1: bugcheck 0x%2 (%3, %4, %5, %6), Windows build %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="47"/>
        <source>The operator reports the BAD_POOL_CALLER bugcheck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RecoveryPage.cpp" line="48"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::RestartPage</name>
    <message>
        <location filename="../wizard/pages/RestartPage.cpp" line="17"/>
        <source>Restart to complete the upgrade</source>
        <translation>Neustart zum Abschluss des Upgrades</translation>
    </message>
    <message>
        <location filename="../wizard/pages/RestartPage.cpp" line="18"/>
        <source>KB 817409, recovery step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RestartPage.cpp" line="24"/>
        <source>With every SAN connection removed, restart the server. Windows Server 2003 setup completes without the SAN attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RestartPage.cpp" line="27"/>
        <source>&amp;Check that the server started normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/RestartPage.cpp" line="29"/>
        <source>I &amp;attest that the server restarted and the upgrade completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::SanDisconnectPage</name>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="17"/>
        <source>Remove all SAN connections</source>
        <translation>Alle SAN-Verbindungen trennen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="18"/>
        <source>KB 817409: disconnect the server from all SAN storage before you perform the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="26"/>
        <source>Unplug every Fibre Channel cable of this server (or disable its switch ports) so that it sees no SAN storage at all. Then check again until no SAN volume is visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="30"/>
        <source>&amp;Check that no SAN volume is visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="31"/>
        <source>I &amp;attest that all SAN connections are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="39"/>
        <source>SAN volumes before disconnection: %1
Visible now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="42"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanDisconnectPage.cpp" line="44"/>
        <source>cannot be seen from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::SanReattachPage</name>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="17"/>
        <source>Reconnect the SAN</source>
        <translation>SAN wieder verbinden</translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="18"/>
        <source>KB 817409: connect the Windows Server 2003 server to the SAN storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="26"/>
        <source>Reconnect the Fibre Channel cables, let Secure Path find its paths, then check that every volume the server had before is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="30"/>
        <source>&amp;Check that every SAN volume is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="31"/>
        <source>I &amp;attest that every SAN volume is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="39"/>
        <source>Volumes before disconnection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="42"/>
        <source>Do not reconnect yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SanReattachPage.cpp" line="44"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::SecurePathReinstallPage</name>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="17"/>
        <source>Install Secure Path 4.0A for Windows Server 2003</source>
        <translation>Secure Path 4.0A für Windows Server 2003 installieren</translation>
    </message>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="18"/>
        <source>KB 817409: verify that Raidisk.sys is version 3.6.3.670.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="26"/>
        <source>Install HP Secure Path 4.0A again. On Windows Server 2003 it installs the Windows Server 2003 driver: Raidisk.sys 3.6.3.670.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="29"/>
        <source>&amp;Check Raidisk.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="36"/>
        <source>Raidisk.sys now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SecurePathReinstallPage.cpp" line="38"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::ServerRoomPanel</name>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="17"/>
        <source>In the server room (simulated)</source>
        <translation>Im Serverraum (simuliert)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="24"/>
        <source>Run the full backup</source>
        <translation>Vollständige Sicherung ausführen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="25"/>
        <source>Move shared storage to another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="26"/>
        <source>Pause this cluster node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="27"/>
        <source>I have disconnected the SAN cables</source>
        <translation>Ich habe die SAN-Kabel getrennt</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="28"/>
        <source>Run Windows Server 2003 setup</source>
        <translation>Windows Server 2003 Setup ausführen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="29"/>
        <source>Restart the server</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="30"/>
        <source>Install HP Secure Path 4.0A</source>
        <translation>HP Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="31"/>
        <source>I have reconnected the SAN cables</source>
        <translation>Ich habe die SAN-Kabel wieder angeschlossen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/ServerRoomPanel.cpp" line="32"/>
        <source>Unpause this cluster node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::StepListPanel</name>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="21"/>
        <source>Steps of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="39"/>
        <source>Procedure: not chosen yet</source>
        <translation>Verfahren: noch nicht gewählt</translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="47"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="48"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="49"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="50"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepListPanel.cpp" line="52"/>
        <source>%1. %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::StepPage</name>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="37"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="64"/>
        <location filename="../wizard/pages/StepPage.cpp" line="138"/>
        <source>The journal cannot record, so the wizard will not go on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="91"/>
        <source>TRAINING - scenario &quot;%1&quot;: simulated server - nothing on this machine is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="171"/>
        <source>The server could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="199"/>
        <source>Checked and recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="216"/>
        <source>Your statement is recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/StepPage.cpp" line="230"/>
        <source>Done and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::SummaryPage</name>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="15"/>
        <location filename="../wizard/pages/SummaryPage.cpp" line="24"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="16"/>
        <source>What was done, as the journal records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="48"/>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="48"/>
        <source>Not done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="53"/>
        <source>Journal %1: %2 records, intact (head %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="57"/>
        <source>Journal %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="69"/>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="70"/>
        <source>Done right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="72"/>
        <source>No mistakes against KB 817409.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="73"/>
        <source>Mistakes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::UpgradePage</name>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="17"/>
        <source>Upgrade to Windows Server 2003</source>
        <translation>Upgrade auf Windows Server 2003</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="18"/>
        <source>KB 817409: upgrade Windows 2000 Server to Windows Server 2003. This is the point of no return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="24"/>
        <source>&amp;Upgrade done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="26"/>
        <source>Run Windows Server 2003 setup (winnt32.exe) and choose Upgrade. Setup restarts the server two or three times; on Windows this wizard then opens again by itself and continues here. Do not reconnect the SAN until Secure Path 4.0A for Windows Server 2003 is installed.</source>
        <translation>Windows Server 2003 Setup (winnt32.exe) starten und Aktualisierung wählen. Setup startet den Server zwei- bis dreimal neu; unter Windows öffnet sich dieser Assistent danach von selbst und macht hier weiter. Das SAN erst wieder anschließen, wenn Secure Path 4.0A für Windows Server 2003 installiert ist.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="36"/>
        <source>&amp;Check the Windows version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="38"/>
        <source>I &amp;attest that Windows Server 2003 setup has completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="47"/>
        <source>Windows now: %1 (build %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="47"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="48"/>
        <source>Not allowed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="53"/>
        <source>After the restarts Windows starts this wizard again with journal %1.</source>
        <translation>Nach den Neustarts startet Windows diesen Assistenten wieder mit dem Journal %1.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="55"/>
        <source>In training the restarts are simulated.</source>
        <translation>Im Training werden die Neustarts simuliert.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradePage.cpp" line="56"/>
        <source>After the restarts, start this wizard again with journal %1.</source>
        <translation>Nach den Neustarts diesen Assistenten wieder mit dem Journal %1 starten.</translation>
    </message>
</context>
<context>
    <name>spuw::UpgradeWizard</name>
    <message>
        <location filename="../wizard/pages/UpgradeWizard.cpp" line="32"/>
        <source>Secure Path Upgrade Wizard</source>
        <translation>Secure-Path-Upgrade-Assistent</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradeWizard.cpp" line="44"/>
        <source>&amp;Journal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradeWizard.cpp" line="45"/>
        <source>Pause and e&amp;xit</source>
        <translation>Anhalten und &amp;beenden</translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradeWizard.cpp" line="47"/>
        <source>Nothing is undone: start the wizard again with the same journal to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/UpgradeWizard.cpp" line="159"/>
        <source>The server stopped with bugcheck 0xC2: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spuw::WelcomePage</name>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="32"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="33"/>
        <source>Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409).</source>
        <translation>Windows-2000-Server mit HP Secure Path sicher auf Windows Server 2003 aktualisieren (KB 817409).</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="35"/>
        <source>A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe procedure from Microsoft&apos;s article 817409 and records every step in a journal.</source>
        <translation>Ein direktes Upgrade eines Windows-2000-Servers, der über HP Secure Path an ein SAN angeschlossen ist, endet mit dem Bugcheck 0xC2 BAD_POOL_CALLER. Dieser Assistent prüft den Server, wählt das sichere Verfahren aus Microsofts Artikel 817409 und zeichnet jeden Schritt in einem Journal auf.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="41"/>
        <source>System to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="42"/>
        <source>Training: a simulated server</source>
        <translation>Training: ein simulierter Server</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="43"/>
        <source>Offline image: a copy of a server&apos;s system volume</source>
        <translation>Offline-Abbild: eine Kopie des Systemvolumes eines Servers</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="44"/>
        <source>This Windows server (live)</source>
        <translation>Dieser Windows-Server (live)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="49"/>
        <source>Training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="53"/>
        <source>Offline image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="54"/>
        <source>the folder that is the root of the server&apos;s C: drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="56"/>
        <source>SAN volumes of the imaged server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="57"/>
        <source>E:, F: or none (asked later when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="58"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="61"/>
        <source>Root folder of the system volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="75"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="76"/>
        <source>SAN volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="77"/>
        <source>The wizard reads this server through Windows itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="81"/>
        <source>&amp;Use this system</source>
        <translation>Dieses System &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="87"/>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="89"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="90"/>
        <source>Your full name, as it should appear in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="93"/>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="98"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="99"/>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="102"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Bediener:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="152"/>
        <source>&quot;%1&quot; is not a drive letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="159"/>
        <source>Choose the folder of the offline image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="187"/>
        <source>Journal %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="195"/>
        <source>no system chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="209"/>
        <source>An unfinished run for %1 was found (started %2 UTC). It will be resumed; done so far: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="211"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode (placeholder): no Windows system to query was found. The simulated training servers are not built yet; this welcome page is all this version shows.</source>
        <translation type="vanished">Trainingsmodus (Platzhalter): Es wurde kein abfragbares Windows-System gefunden. Die simulierten Trainingsserver sind noch nicht gebaut; diese Willkommensseite ist alles, was diese Version zeigt.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="196"/>
        <source>Training mode: %1</source>
        <translation>Trainingsmodus: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="197"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
</TS>
