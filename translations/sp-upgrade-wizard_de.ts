<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>spuw::UpgradeWizard</name>
    <message>
        <source>Secure Path Upgrade Wizard</source>
        <translation>Secure-Path-Upgrade-Assistent</translation>
    </message>
</context>
<context>
    <name>spuw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409).</source>
        <translation>Windows-2000-Server mit HP Secure Path sicher auf Windows Server 2003 aktualisieren (KB 817409).</translation>
    </message>
    <message>
        <source>A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe procedure from Microsoft&apos;s article 817409 and records every step in a journal.</source>
        <translation>Ein direktes Upgrade eines Windows-2000-Servers, der über HP Secure Path an ein SAN angeschlossen ist, endet mit dem Bugcheck 0xC2 BAD_POOL_CALLER. Dieser Assistent prüft den Server, wählt das sichere Verfahren aus Microsofts Artikel 817409 und zeichnet jeden Schritt in einem Journal auf.</translation>
    </message>
    <message>
        <source>Training mode (placeholder): no Windows system to query was found. The simulated training servers are not built yet; this welcome page is all this version shows.</source>
        <translation>Trainingsmodus (Platzhalter): Es wurde kein abfragbares Windows-System gefunden. Die simulierten Trainingsserver sind noch nicht gebaut; diese Willkommensseite ist alles, was diese Version zeigt.</translation>
    </message>
    <message>
        <source>Training mode: %1</source>
        <translation>Trainingsmodus: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
</TS>
