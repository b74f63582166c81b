<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentAddress</name>
    <message>
        <source>--agent: &quot;%1&quot; has no closing ] after the IPv6 address.</source>
        <translation>--agent: „%1“ hat nach der IPv6-Adresse keine schließende ].</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; is not HOST[:PORT].</source>
        <translation>--agent: „%1“ hat nicht die Form HOST[:PORT].</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; has an empty port.</source>
        <translation>--agent: „%1“ enthält einen leeren Port.</translation>
    </message>
    <message>
        <source>--agent: write an IPv6 address in brackets, e.g. [%1]:%2.</source>
        <translation>--agent: Schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. [%1]:%2.</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; names no host.</source>
        <translation>--agent: „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>--agent: „%1“ ist kein Port (1 bis 65535).</translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message>
        <source>the random source or the MAC failed on this computer</source>
        <translation>die Zufallsquelle oder der MAC ist auf diesem Computer fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message>
        <source>the agent sent %1</source>
        <translation>der Agent hat %1 gesendet</translation>
    </message>
    <message>
        <source>the agent closed the connection in the middle of an answer (%1 bytes of it came)</source>
        <translation>der Agent hat die Verbindung mitten in einer Antwort geschlossen (%1 Bytes davon sind angekommen)</translation>
    </message>
    <message>
        <source>the agent closed the connection</source>
        <translation>der Agent hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no agent answers on %1: %2</source>
        <translation>unter %1 antwortet kein Agent: %2</translation>
    </message>
    <message>
        <source>while pairing: %1</source>
        <translation>beim Koppeln: %1</translation>
    </message>
    <message>
        <source>an answer that is not believed: %1</source>
        <translation>eine nicht vertrauenswürdige Antwort: %1</translation>
    </message>
</context>
<context>
    <name>AgentIdentity</name>
    <message>
        <source>the agent&apos;s identity is not JSON: %1</source>
        <translation>die Identität des Agenten ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has schema &quot;%1&quot;, not sp-upgrade-wizard-agent-identity/1</source>
        <translation>die Identität des Agenten hat das Schema &quot;%1&quot;, nicht sp-upgrade-wizard-agent-identity/1</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no text field &quot;%1&quot;</source>
        <translation>die Identität des Agenten hat kein Textfeld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no true/false field &quot;%1&quot;</source>
        <translation>die Identität des Agenten hat kein boolesches Feld (true/false) &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no protocolVersion</source>
        <translation>die Identität des Agenten enthält keine protocolVersion</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Assess the server without the window: print the facts, the procedure KB 817409 allows and what blocks it.</source>
        <translation>Den Server ohne Fenster beurteilen: die Fakten ausgeben, das Verfahren, das KB 817409 zulässt, und was ihm im Weg steht.</translation>
    </message>
    <message>
        <source>Read an offline copy of a server&apos;s system volume (opened read-only).</source>
        <translation>Eine Offline-Kopie des Systemvolumes eines Servers lesen (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Query this Windows server itself (the default on Windows).</source>
        <translation>Diesen Windows-Server selbst abfragen (unter Windows die Standardeinstellung).</translation>
    </message>
    <message>
        <source>With --preflight: assess the JSON that spuw-live-probe.exe printed on a server.</source>
        <translation>Mit --preflight: das JSON beurteilen, das spuw-live-probe.exe auf einem Server ausgegeben hat.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Query a server running the agent (spuw-live-probe.exe --serve); the port is 17409 unless given.</source>
        <translation>Einen Server abfragen, auf dem der Agent ausgeführt wird (spuw-live-probe.exe --serve); ohne Angabe wird Port 17409 verwendet.</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>Host[:Port]</translation>
    </message>
    <message>
        <source>With --agent: the file holding the pairing code the agent printed.</source>
        <translation>Mit --agent: die Datei mit dem Kopplungscode, den der Agent ausgegeben hat.</translation>
    </message>
    <message>
        <source>The drive letters that are SAN volumes, e.g. E:,F: (or &quot;none&quot;).</source>
        <translation>Die Laufwerkbuchstaben der SAN-Volumes, z. B. E:,F: (oder &quot;none&quot;).</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Train on a simulated server: a built-in scenario&apos;s name or a scenario file. Nothing on this machine is changed.</source>
        <translation>Mit einem simulierten Server üben: der Name eines integrierten Szenarios oder eine Szenariodatei. Auf diesem Computer wird nichts geändert.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>Name|Datei</translation>
    </message>
    <message>
        <source>List the built-in training scenarios.</source>
        <translation>Die integrierten Übungsszenarien auflisten.</translation>
    </message>
    <message>
        <source>With --preflight: print one JSON object.</source>
        <translation>Mit --preflight: ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The journal file that records every step.</source>
        <translation>Die Journaldatei, in der jeder Schritt aufgezeichnet wird.</translation>
    </message>
    <message>
        <source>Write the upgrade record of --journal (or --merge-journals) to a .html, .pdf or .json file.</source>
        <translation>Das Upgradeprotokoll von --journal (oder --merge-journals) in eine .html-, .pdf- oder .json-Datei schreiben.</translation>
    </message>
    <message>
        <source>Check the hash chain of --journal; exit 0 when intact, 3 naming the first bad record.</source>
        <translation>Die Hash-Kette von --journal prüfen; Exitcode 0, wenn sie intakt ist, 3 mit Angabe des ersten fehlerhaften Eintrags.</translation>
    </message>
    <message>
        <source>Show the newest run of --journal as its records say: each node&apos;s steps and their state, what comes next and, in training, the debrief (read-only; with --json one JSON object).</source>
        <translation>Den neuesten Durchlauf von --journal so anzeigen, wie seine Einträge ihn beschreiben: die Schritte jedes Knotens und ihr Status, was als Nächstes folgt und im Übungsmodus die Nachbesprechung (nur lesend; mit --json ein einzelnes JSON-Objekt).</translation>
    </message>
    <message>
        <source>With --export-report: one report from the journals of a cluster&apos;s nodes, given as the remaining arguments.</source>
        <translation>Mit --export-report: ein Bericht aus den Journalen der Knoten eines Clusters, die als restliche Argumente angegeben werden.</translation>
    </message>
    <message>
        <source>With --preflight: write the report to this file.</source>
        <translation>Mit --preflight: den Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file; with --export-report, also write the report of a journal that fails verification (every page then says so).</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen; mit --export-report auch den Bericht eines Journals schreiben, das die Prüfung nicht besteht (jede Seite weist dann darauf hin).</translation>
    </message>
    <message>
        <source>With --verify-journal: the head hash noted earlier (from a report or an earlier check; at least its first 16 hex digits). A journal rewritten or cut back since then fails.</source>
        <translation>Mit --verify-journal: der zuvor notierte Kopf-Hash (aus einem Bericht oder einer früheren Prüfung; mindestens seine ersten 16 Hexadezimalziffern). Ein Journal, das seitdem neu geschrieben oder gekürzt wurde, besteht die Prüfung nicht.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Language of the window and its messages: en, de or ja.</source>
        <translation>Sprache des Fensters und seiner Meldungen: en, de oder ja.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Secure Path Upgrade Wizard: upgrades Windows 2000 servers with HP Secure Path to Windows Server 2003 by the procedures of Microsoft KB 817409.

Exit codes of --preflight: 0 the procedure can start now; 3 something must happen first or the upgrade must be deferred; 4 KB 817409 does not apply; 2 usage error or unreadable input; 1 internal error.</source>
        <translation>Secure-Path-Upgrade-Assistent: führt für Windows 2000-Server mit HP Secure Path ein Upgrade auf Windows Server 2003 nach den Verfahren von Microsoft KB 817409 durch.

Exitcodes von --preflight: 0 das Verfahren kann jetzt beginnen; 3 zuerst muss etwas geschehen, oder das Upgrade muss zurückgestellt werden; 4 KB 817409 trifft nicht zu; 2 Aufruffehler oder nicht lesbare Eingabe; 1 interner Fehler.</translation>
    </message>
    <message>
        <source>--san-volumes: %1</source>
        <translation>--san-volumes: %1</translation>
    </message>
    <message>
        <source>--san-volumes is empty: list the SAN drive letters, or say none.</source>
        <translation>--san-volumes ist leer: Geben Sie die Laufwerkbuchstaben der SAN-Volumes an, oder &quot;none&quot;.</translation>
    </message>
    <message>
        <source>The server kit (spuw-live-probe.exe for 32- and 64-bit Windows, its MSI installers and a README) is in %1: copy it to the server.</source>
        <translation>Das Server-Kit (spuw-live-probe.exe für 32- und 64-Bit-Windows, die zugehörigen MSI-Installationspakete und eine README-Datei) befindet sich in %1: Kopieren Sie es auf den Server.</translation>
    </message>
    <message>
        <source>The server kit (spuw-live-probe.exe for the Windows server) is installed with the package, in %1; this copy of the wizard has none.</source>
        <translation>Das Server-Kit (spuw-live-probe.exe für den Windows-Server) wird mit dem Paket in %1 installiert; diese Kopie des Assistenten enthält keines.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--image, --scenario, --live, --live-report and --agent exclude each other: give one system to work on.</source>
        <translation>--image, --scenario, --live, --live-report und --agent schließen sich gegenseitig aus: Geben Sie genau ein System an, mit dem gearbeitet werden soll.</translation>
    </message>
    <message>
        <source>--pairing-code-file goes with --agent HOST[:PORT].</source>
        <translation>--pairing-code-file ist nur zusammen mit --agent HOST[:PORT] zulässig.</translation>
    </message>
    <message>
        <source>--agent needs --pairing-code-file FILE: the code the agent printed.</source>
        <translation>--agent erfordert --pairing-code-file DATEI: den Code, den der Agent ausgegeben hat.</translation>
    </message>
    <message>
        <source>--merge-journals takes two or more journals and --export-report FILE.</source>
        <translation>--merge-journals erfordert zwei oder mehr Journale und --export-report DATEI.</translation>
    </message>
    <message>
        <source>%1 needs --journal FILE.</source>
        <translation>%1 erfordert --journal DATEI.</translation>
    </message>
    <message>
        <source>--expect-head goes with --verify-journal.</source>
        <translation>--expect-head ist nur zusammen mit --verify-journal zulässig.</translation>
    </message>
    <message>
        <source>--expect-head: &quot;%1&quot; is not a head hash (16 to 64 hex digits, as a report or --verify-journal printed it).</source>
        <translation>--expect-head: &quot;%1&quot; ist kein Kopf-Hash (16 bis 64 Hexadezimalziffern, wie ihn ein Bericht oder --verify-journal ausgegeben hat).</translation>
    </message>
    <message>
        <source>--preflight needs --image FOLDER, --scenario NAME, --live, --live-report FILE or --agent HOST: the system to assess.</source>
        <translation>--preflight erfordert --image ORDNER, --scenario NAME, --live, --live-report DATEI oder --agent HOST: das zu beurteilende System.</translation>
    </message>
    <message>
        <source>--preflight --image needs --san-volumes: which volumes are on the SAN cannot be read from an offline image. Give the drive letters (e.g. E:,F:) or none.</source>
        <translation>--preflight --image erfordert --san-volumes: Welche Volumes sich im SAN befinden, lässt sich aus einem Offline-Abbild nicht lesen. Geben Sie die Laufwerkbuchstaben an (z. B. E:,F:), oder &quot;none&quot;.</translation>
    </message>
    <message>
        <source>--preflight %1 needs --san-volumes: a disk&apos;s bus is evidence, not an answer. Give the drive letters that are SAN volumes (e.g. E:,F:) or none.</source>
        <translation>--preflight %1 erfordert --san-volumes: Der Bus eines Datenträgers ist ein Hinweis, keine Antwort. Geben Sie die Laufwerkbuchstaben der SAN-Volumes an (z. B. E:,F:), oder &quot;none&quot;.</translation>
    </message>
    <message>
        <source>--json goes with --preflight or --show-run.</source>
        <translation>--json ist nur zusammen mit --preflight oder --show-run zulässig.</translation>
    </message>
    <message>
        <source>--live-report goes with --preflight: a report is a snapshot, not a server to upgrade.</source>
        <translation>--live-report ist nur zusammen mit --preflight zulässig: Ein Bericht ist eine Momentaufnahme, kein Server, für den ein Upgrade durchgeführt werden kann.</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &quot;%1&quot; (en, de or ja).</source>
        <translation>--lang: Für „%1“ gibt es keine Übersetzung (en, de oder ja).</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>probe</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not known: asked, never guessed</source>
        <translation>nicht bekannt: wird erfragt, nie geraten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>(version %1, build %2)</source>
        <translation>(Version %1, Build %2)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>System root</source>
        <translation>System­stamm­verzeichnis</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänen­controller</translation>
    </message>
    <message>
        <source>yes: Active Directory database %1, logs %2</source>
        <translation>ja: Active Directory-Datenbank %1, Protokolldateien %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1: nodes %2</source>
        <translation>%1: Knoten %2</translation>
    </message>
    <message>
        <source>Page files</source>
        <translation>Auslagerungs­dateien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Raidisk.sys</source>
        <translation>Raidisk.sys</translation>
    </message>
    <message>
        <source>%1: bugcheck 0x%2, build %3</source>
        <translation>%1: Stoppfehler (Bugcheck) 0x%2, Build %3</translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation>Speicher­abbilder</translation>
    </message>
    <message>
        <source>SAN volumes</source>
        <translation>SAN-Volumes</translation>
    </message>
    <message>
        <source>SAN volumes visible now</source>
        <translation>Jetzt sichtbare SAN-Volumes</translation>
    </message>
    <message>
        <source>Bugcheck reported by the operator</source>
        <translation>Vom Bediener gemeldeter Stoppfehler (Bugcheck)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>no system to work on</source>
        <translation>kein System zum Bearbeiten angegeben</translation>
    </message>
    <message>
        <source>Note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: %1: %2</source>
        <translation>sp-upgrade-wizard: Journal %1: %2</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: the journal failed verification; nothing was written. Give --force to write the report anyway: every page will say the journal is damaged, and the first bad record and every record after it will be marked.</source>
        <translation>sp-upgrade-wizard: Das Journal hat die Prüfung nicht bestanden; es wurde nichts geschrieben. Geben Sie --force an, um den Bericht trotzdem zu schreiben: Jede Seite weist dann darauf hin, dass das Journal beschädigt ist, und der erste fehlerhafte Eintrag sowie alle folgenden Einträge werden markiert.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: warning: the journal failed verification; every page of the report says so and marks the records from the first bad one on.</source>
        <translation>sp-upgrade-wizard: Warnung: Das Journal hat die Prüfung nicht bestanden; jede Seite des Berichts weist darauf hin und markiert die Einträge ab dem ersten fehlerhaften.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1: DAMAGED at record %2: %3</source>
        <translation>%1: BESCHÄDIGT bei Eintrag %2: %3</translation>
    </message>
    <message>
        <source>%1: intact, %2 records, head hash %3</source>
        <translation>%1: intakt, %2 Einträge, Kopf-Hash %3</translation>
    </message>
    <message>
        <source>To check later that it was not rewritten or cut back: sp-upgrade-wizard --journal &quot;%1&quot; --verify-journal --expect-head %2</source>
        <translation>So können Sie später prüfen, dass das Journal nicht neu geschrieben oder gekürzt wurde: sp-upgrade-wizard --journal &quot;%1&quot; --verify-journal --expect-head %2</translation>
    </message>
    <message>
        <source>%1 holds no run yet.</source>
        <translation>%1 enthält noch keinen Durchlauf.</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: %1</source>
        <translation>sp-upgrade-wizard: %1</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: cannot read the system: %1</source>
        <translation>sp-upgrade-wizard: Das System kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>HiveReader</name>
    <message>
        <source>%1: no such registry hive.</source>
        <translation>%1: Diese Registrierungsstruktur ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a usable registry hive (only %2 bytes; a hive has at least a 4096-byte base block).</source>
        <translation>%1 ist keine verwendbare Registrierungsstruktur (nur %2 Byte; eine Registrierungsstruktur hat mindestens einen Basisblock von 4096 Byte).</translation>
    </message>
    <message>
        <source>%1 is not a readable registry hive: %2</source>
        <translation>%1 ist keine lesbare Registrierungsstruktur: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged registry hive: its root key cannot be read.</source>
        <translation>%1 ist eine beschädigte Registrierungsstruktur: Ihr Stammschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: damaged key %2: %3</source>
        <translation>%1: beschädigter Schlüssel %2: %3</translation>
    </message>
    <message>
        <source>key %1 cannot be read (%2)</source>
        <translation>Schlüssel %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>value %1\%2 cannot be read (%3)</source>
        <translation>Wert %1\%2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>the subkeys of %1 cannot be read (%2)</source>
        <translation>die Unterschlüssel von %1 können nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>a subkey&apos;s name cannot be read under %1 (%2)</source>
        <translation>der Name eines Unterschlüssels unter %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the root key</source>
        <translation>dem Stammschlüssel</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that loops (or a chain of too many links); it cannot be read.</source>
        <translation>%1 ist eine symbolische Verknüpfung, die eine Schleife bildet (oder eine Kette aus zu vielen Verknüpfungen); sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it was not read.</source>
        <translation>%1 ist %2, keine reguläre Datei, und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no such file.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not read.</source>
        <translation>%1 ist keine reguläre Datei und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file can be; it was not read.</source>
        <translation>%1 ist %2 Bytes groß, mehr als die %3 Bytes, die eine solche Datei haben kann, und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it changed while it was read.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei wurde während des Lesens geändert.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read: %2</source>
        <translation>der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read</source>
        <translation>der Ordner %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is in use by %2 (process %3 on %4). Close that wizard first.</source>
        <translation>%1 wird von %2 verwendet (Prozess %3 auf %4). Schließen Sie zuerst den anderen Assistenten.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>%1 is in use by another program (its lock file %2 is being written; try again in a moment).</source>
        <translation>%1 wird von einem anderen Programm verwendet (seine Sperrdatei %2 wird gerade geschrieben; versuchen Sie es gleich noch einmal).</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2 (permission denied or read-only media). Choose a writable journal location.</source>
        <translation>%1: Im Ordner %2 kann nicht geschrieben werden (Zugriff verweigert oder schreibgeschütztes Medium). Wählen Sie einen beschreibbaren Speicherort für das Journal.</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2 bytes free on %3): not even the journal&apos;s lock file %4 can be written. Free some space, or choose a journal on another disk.</source>
        <translation>%1: Der Datenträger ist voll (%2 Byte frei auf %3): Nicht einmal die Sperrdatei %4 des Journals kann geschrieben werden. Geben Sie Speicherplatz frei, oder wählen Sie ein Journal auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>%1: cannot create the journal&apos;s lock file %2.</source>
        <translation>%1: Die Sperrdatei %2 des Journals kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: give the journal file itself.</source>
        <translation>%1 ist eine symbolische Verknüpfung auf %2, das nicht vorhanden ist: Geben Sie die Journaldatei selbst an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 ist ein Ordner, keine Journaldatei.</translation>
    </message>
    <message>
        <source>%1: no such journal file.</source>
        <translation>%1: Diese Journaldatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): it cannot be a journal.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kann daher kein Journal sein.</translation>
    </message>
    <message>
        <source>%1: cannot read the journal: %2</source>
        <translation>%1: Das Journal kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a journal of this wizard (it is not an SQLite database).</source>
        <translation>%1 ist kein Journal dieses Assistenten (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: Der Ordner %2 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: the journal file is read-only.</source>
        <translation>%1: Die Journaldatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: cannot create the journal: %2</source>
        <translation>%1: Das Journal kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program that reached the same file through another name (a link). Close that wizard first.</source>
        <translation>%1 wird von einem anderen Programm verwendet, das unter einem anderen Namen (über eine Verknüpfung) auf dieselbe Datei zugreift. Schließen Sie zuerst den anderen Assistenten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a rollback file %2 lies beside the journal, but it cannot have been left by the journal&apos;s own writer (%3), so it is not applied: applied, it would rewrite the journal. Remove it if it is not the journal owner&apos;s, then open the journal again.</source>
        <translation>%1: Neben dem Journal liegt eine Rollback-Datei %2, die aber nicht vom schreibenden Prozess des Journals selbst (%3) stammen kann; sie wird daher nicht angewendet, denn angewendet würde sie das Journal umschreiben. Entfernen Sie sie, wenn sie nicht vom Besitzer des Journals stammt, und öffnen Sie das Journal dann erneut.</translation>
    </message>
    <message>
        <source>The last write to this journal was not finished (the program writing it stopped during that write); it was rolled back, as SQLite does after a crash. Every record written before it is kept.</source>
        <translation>Der letzte Schreibvorgang in dieses Journal wurde nicht abgeschlossen (das schreibende Programm wurde währenddessen beendet); er wurde zurückgesetzt, wie SQLite es nach einem Absturz tut. Alle vorher geschriebenen Einträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: the last write to this journal was not finished, and its rollback file %2 must be applied before it can be read, and no private copy could be made to apply it in. Copy both files together to a writable folder and open the copy.</source>
        <translation>%1: Der letzte Schreibvorgang in dieses Journal wurde nicht abgeschlossen. Die zugehörige Rollback-Datei %2 muss angewendet werden, bevor das Journal gelesen werden kann, und es konnte keine private Kopie erstellt werden, in der sie angewendet werden könnte. Kopieren Sie beide Dateien zusammen in einen beschreibbaren Ordner, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The last write to this journal was not finished (the program writing it stopped during that write). That write was rolled back in a private copy, which is what was read; %1 itself is unchanged until the wizard writes to it again.</source>
        <translation>Der letzte Schreibvorgang in dieses Journal wurde nicht abgeschlossen (das schreibende Programm wurde währenddessen beendet). Dieser Schreibvorgang wurde in einer privaten Kopie zurückgesetzt, und diese Kopie wurde gelesen; %1 selbst bleibt unverändert, bis der Assistent wieder hineinschreibt.</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver is not available.</source>
        <translation>%1: Der Qt-SQLite-Treiber ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: cannot open the journal: %2</source>
        <translation>%1: Das Journal kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the journal: %2</source>
        <translation>%1: Das Journal kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1: the last write to this journal was not finished, and rolling it back failed: %2</source>
        <translation>%1: Der letzte Schreibvorgang in dieses Journal wurde nicht abgeschlossen, und das Zurücksetzen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a journal.</source>
        <translation>%1 ist leer und daher kein Journal.</translation>
    </message>
    <message>
        <source>another program is writing to this journal file at this moment (SQLite reports it locked). Close the other program and try again.</source>
        <translation>ein anderes Programm schreibt gerade in diese Journaldatei (SQLite meldet sie als gesperrt). Schließen Sie das andere Programm, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the journal or its folder is read-only (%1).</source>
        <translation>das Journal oder sein Ordner ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>the journal file is damaged (%1).</source>
        <translation>die Journaldatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The file is cut short: it should be %1 bytes long but is %2.</source>
        <translation>Die Datei ist abgeschnitten: Sie müsste %1 Byte groß sein, ist aber %2 Byte groß.</translation>
    </message>
    <message>
        <source>the disk is full (%1).</source>
        <translation>der Datenträger ist voll (%1).</translation>
    </message>
    <message>
        <source>%1: cannot write the journal: %2</source>
        <translation>%1: In das Journal kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a journal of this wizard (%2).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Journal dieses Assistenten (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a journal of this wizard.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Journal dieses Assistenten.</translation>
    </message>
    <message>
        <source>%1: the journal&apos;s schema version is damaged.</source>
        <translation>%1: Die Schemaversion des Journals ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this wizard (journal schema %2; this version reads schema %3). Use the newer version.</source>
        <translation>%1 wurde von einer neueren Version dieses Assistenten geschrieben (Journalschema %2; diese Version liest Schema %3). Verwenden Sie die neuere Version.</translation>
    </message>
    <message>
        <source>%1: the journal is not open; nothing can be recorded.</source>
        <translation>%1: Das Journal ist nicht geöffnet; es kann nichts aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>%1: the journal is open read-only; nothing can be recorded.</source>
        <translation>%1: Das Journal ist schreibgeschützt geöffnet; es kann nichts aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>another program has written record %1 to this journal since this wizard opened it; nothing was recorded. Close the other program.</source>
        <translation>ein anderes Programm hat Eintrag %1 in dieses Journal geschrieben, seit dieser Assistent es geöffnet hat; es wurde nichts aufgezeichnet. Schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>%1: could not record step &quot;%2&quot;: %3</source>
        <translation>%1: Schritt „%2“ konnte nicht aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <source>%1: the journal is not open.</source>
        <translation>%1: Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>the file is cut short: it should be %1 bytes long but is %2, so records at its end may be lost.</source>
        <translation>die Datei ist abgeschnitten: Sie müsste %1 Byte groß sein, ist aber %2 Byte groß; Einträge an ihrem Ende sind daher möglicherweise verloren.</translation>
    </message>
    <message>
        <source>%1 bytes follow the end of the database: something was added to the file after this wizard wrote it.</source>
        <translation>auf das Ende der Datenbank folgen %1 Byte: Nachdem dieser Assistent die Datei geschrieben hat, wurde etwas angehängt.</translation>
    </message>
    <message>
        <source>%1 pages of the file were freed: something deleted data from it (this wizard never deletes).</source>
        <translation>%1 Seiten der Datei wurden freigegeben: Etwas hat Daten daraus gelöscht (dieser Assistent löscht nie).</translation>
    </message>
    <message>
        <source>Record %1 is the first that is not there whole.</source>
        <translation>Eintrag %1 ist der erste, der nicht vollständig vorhanden ist.</translation>
    </message>
    <message>
        <source>record %1 is missing (removed); the next stored record is %2.</source>
        <translation>Eintrag %1 fehlt (entfernt); der nächste gespeicherte Eintrag ist %2.</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2 (records removed or reordered).</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Einträge entfernt oder umsortiert).</translation>
    </message>
    <message>
        <source>record %1 was altered after it was written (its hash does not match).</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Hash stimmt nicht überein).</translation>
    </message>
    <message>
        <source>the records after record %1 cannot be read: %2</source>
        <translation>die Einträge nach Eintrag %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the journal ended with record %1, but only %2 records are left (records removed from the end).</source>
        <translation>das Journal endete mit Eintrag %1, es sind aber nur noch %2 Einträge vorhanden (Einträge am Ende entfernt).</translation>
    </message>
    <message>
        <source>the file was written %1 times, but this wizard wrote it %2 times (once to create it and once for each of its %3 records): another program wrote to it (an edit, or a copy made by SQLite, such as sqlite3 .backup, rather than a copy of the file).</source>
        <translation>die Datei wurde %1-mal geschrieben, dieser Assistent hat sie aber nur %2-mal geschrieben (einmal beim Erstellen und einmal für jeden ihrer %3 Einträge): Ein anderes Programm hat in die Datei geschrieben (eine Bearbeitung oder eine von SQLite erstellte Kopie, etwa mit sqlite3 .backup, statt einer Kopie der Datei).</translation>
    </message>
    <message>
        <source>Its records cannot be vouched for as they stand; give the head hash the record printed (--expect-head) to check them.</source>
        <translation>Die Einträge können in diesem Zustand nicht als unverändert gelten; geben Sie zur Prüfung den Kopf-Hash an, den das Upgradeprotokoll ausgewiesen hat (--expect-head).</translation>
    </message>
    <message>
        <source>Its last record has the head hash that was noted, so no record was changed, removed or added.</source>
        <translation>Der letzte Eintrag hat den notierten Kopf-Hash; es wurde also kein Eintrag geändert, entfernt oder hinzugefügt.</translation>
    </message>
    <message>
        <source>no record has the head hash %1 that was noted: the journal was rewritten or records were removed since then (%2 records are left).</source>
        <translation>kein Eintrag hat den notierten Kopf-Hash %1: Das Journal wurde seitdem neu geschrieben, oder Einträge wurden entfernt (%2 Einträge sind noch vorhanden).</translation>
    </message>
    <message>
        <source>The head hash %1 that was noted is the last record&apos;s (%2).</source>
        <translation>Der notierte Kopf-Hash %1 gehört zum letzten Eintrag (%2).</translation>
    </message>
    <message>
        <source>The head hash %1 that was noted is record %2&apos;s; %3 records were written after it.</source>
        <translation>Der notierte Kopf-Hash %1 gehört zu Eintrag %2; danach wurden %3 Einträge geschrieben.</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
</context>
<context>
    <name>LiveFacts</name>
    <message>
        <source>Windows gave no reason</source>
        <translation>Windows hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>installed, not configured</source>
        <translation>installiert, nicht konfiguriert</translation>
    </message>
    <message>
        <source>configured, service not running</source>
        <translation>konfiguriert, Dienst wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Windows did not say where it is installed (no system directory, no SystemRoot value).</source>
        <translation>Windows hat nicht angegeben, wo es installiert ist (kein Systemverzeichnis, kein SystemRoot-Wert).</translation>
    </message>
    <message>
        <source>Windows reports product type %1 but ProductOptions says %2.</source>
        <translation>Windows meldet den Produkttyp %1, aber ProductOptions gibt %2 an.</translation>
    </message>
    <message>
        <source>%1 (wProductType %2)</source>
        <translation>%1 (wProductType: %2)</translation>
    </message>
    <message>
        <source>%1 (wSuiteMask 0x%2)</source>
        <translation>%1 (wSuiteMask: 0x%2)</translation>
    </message>
    <message>
        <source>Windows did not report its version: %1</source>
        <translation>Windows hat seine Version nicht gemeldet: %1</translation>
    </message>
    <message>
        <source>GetComputerNameW failed: %1</source>
        <translation>GetComputerNameW ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>GetNodeClusterState: %1</source>
        <translation>GetNodeClusterState: %1</translation>
    </message>
    <message>
        <source>The cluster state could not be read: %1</source>
        <translation>Der Clusterstatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s nodes and groups could not be read: %1</source>
        <translation>Die Knoten und Gruppen des Clusters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no vendor or product id</source>
        <translation>keine Hersteller- oder Produkt-ID</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>ein Netzlaufwerk</translation>
    </message>
    <message>
        <source>a CD/DVD drive</source>
        <translation>ein CD-/DVD-Laufwerk</translation>
    </message>
    <message>
        <source>a RAM disk</source>
        <translation>ein RAM-Datenträger</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>ein Wechseldatenträger</translation>
    </message>
    <message>
        <source>Windows reports drive type %1</source>
        <translation>Windows meldet den Laufwerkstyp %1</translation>
    </message>
    <message>
        <source>the disk did not say which bus it is on</source>
        <translation>der Datenträger hat nicht angegeben, an welchem Bus er angeschlossen ist</translation>
    </message>
    <message>
        <source>the disk did not say which bus it is on (%1)</source>
        <translation>der Datenträger hat nicht angegeben, an welchem Bus er angeschlossen ist (%1)</translation>
    </message>
    <message>
        <source>%1 disk (%2)</source>
        <translation>%1-Datenträger (%2)</translation>
    </message>
    <message>
        <source>a local %1 disk (%2)</source>
        <translation>ein lokaler %1-Datenträger (%2)</translation>
    </message>
    <message>
        <source>%1 disk of an HP StorageWorks array (%2)</source>
        <translation>%1-Datenträger eines HP StorageWorks-Arrays (%2)</translation>
    </message>
    <message>
        <source>%1 disk (%2): local or SAN, the bus does not say</source>
        <translation>%1-Datenträger (%2): lokal oder SAN, der Bus gibt darüber keine Auskunft</translation>
    </message>
    <message>
        <source>%1: %2: expected %3</source>
        <translation>%1: %2: %3 erwartet</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenfolgen</translation>
    </message>
    <message>
        <source>%1: not a live report (JSON error at byte %2: %3)</source>
        <translation>%1: kein Live-Bericht (JSON-Fehler bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1: schema is &quot;%2&quot;, this build reads &quot;%3&quot;</source>
        <translation>%1: Das Schema ist &quot;%2&quot;, dieser Build liest &quot;%3&quot;</translation>
    </message>
    <message>
        <source>ok, missing or error</source>
        <translation>ok, missing oder error</translation>
    </message>
    <message>
        <source>four numbers as strings</source>
        <translation>vier Zahlen als Zeichenfolgen</translation>
    </message>
</context>
<context>
    <name>OfflineImageProbe</name>
    <message>
        <source>Offline image of a system volume at %1 (opened read-only)</source>
        <translation>Offline-Abbild eines Systemvolumes unter %1 (schreibgeschützt geöffnet)</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the root folder of a copied or mounted system volume.</source>
        <translation>%1 ist kein Ordner: Geben Sie den Stammordner eines kopierten oder bereitgestellten Systemvolumes an.</translation>
    </message>
    <message>
        <source>%1: %2, so whether it holds a Windows installation is unknown.</source>
        <translation>%1: %2; daher ist unbekannt, ob der Ordner eine Windows-Installation enthält.</translation>
    </message>
    <message>
        <source>%1 does not look like a Windows system volume: no folder in it holds system32\config\SYSTEM.</source>
        <translation>%1 sieht nicht wie ein Windows-Systemvolume aus: Kein Ordner darin enthält system32\config\SYSTEM.</translation>
    </message>
    <message>
        <source>Several Windows installations in %1 (%2); reading %3.</source>
        <translation>Mehrere Windows-Installationen in %1 (%2); %3 wird gelesen.</translation>
    </message>
    <message>
        <source>%1: the SOFTWARE hive is missing.</source>
        <translation>%1: Die Registrierungsstruktur SOFTWARE fehlt.</translation>
    </message>
    <message>
        <source>The SOFTWARE hive cannot be read: %1.</source>
        <translation>Die Registrierungsstruktur SOFTWARE kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Windows SOFTWARE hive: it has no key Microsoft\Windows NT\CurrentVersion, so the Windows version cannot be read.</source>
        <translation>%1 ist beschädigt oder keine Windows-Registrierungsstruktur SOFTWARE: Der Schlüssel Microsoft\Windows NT\CurrentVersion fehlt, daher kann die Windows-Version nicht gelesen werden.</translation>
    </message>
    <message>
        <source>folder name in %1 (SOFTWARE has no SystemRoot; drive C: assumed)</source>
        <translation>Ordnername in %1 (SOFTWARE hat keinen Wert SystemRoot; Laufwerk C: angenommen)</translation>
    </message>
    <message>
        <source>%1 has no SystemRoot value; assuming C:\%2.</source>
        <translation>%1 hat keinen Wert SystemRoot; C:\%2 wird angenommen.</translation>
    </message>
    <message>
        <source>%1: the SYSTEM hive has no usable Select\Current value, so the current control set is unknown (the hive may be damaged).</source>
        <translation>%1: Die Registrierungsstruktur SYSTEM hat keinen verwendbaren Wert Select\Current, daher ist der aktuelle Steuerungssatz unbekannt (die Registrierungsstruktur ist möglicherweise beschädigt).</translation>
    </message>
    <message>
        <source>operator&apos;s answer (--san-volumes)</source>
        <translation>Antwort des Bedieners (--san-volumes)</translation>
    </message>
    <message>
        <source>The cluster database cannot be looked for: %1; whether this is a cluster node is unknown.</source>
        <translation>Nach der Clusterdatenbank kann nicht gesucht werden: %1; ob dies ein Clusterknoten ist, ist unbekannt.</translation>
    </message>
    <message>
        <source>The cluster service is installed but %1 has no Cluster\CLUSDB: treated as not a cluster member.</source>
        <translation>Der Clusterdienst ist installiert, aber %1 enthält kein Cluster\CLUSDB: Der Server wird als nicht zu einem Cluster gehörend behandelt.</translation>
    </message>
    <message>
        <source>no cluster database in %1</source>
        <translation>keine Clusterdatenbank in %1</translation>
    </message>
    <message>
        <source>Whether HP Secure Path is installed cannot be told: %1</source>
        <translation>Ob HP Secure Path installiert ist, lässt sich nicht feststellen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be looked for: %2.</source>
        <translation>Nach %1 kann nicht gesucht werden: %2.</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read its version: %2 (%3).</source>
        <translation>%1: Die Version kann nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2: %3), so its version cannot be read.</source>
        <translation>%1 ist beschädigt (%2: %3), daher kann die Version nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be looked for: %2</source>
        <translation>Nach %1 kann nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>The crash dump file %1 is on another volume than Windows and is not in this image.</source>
        <translation>Die Speicherabbilddatei %1 liegt auf einem anderen Volume als Windows und ist nicht in diesem Offline-Abbild enthalten.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Crash dumps unknown: %1</source>
        <translation>Speicherabbilder unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>This is a workstation (ProductType WinNT); KB 817409 covers Windows 2000 and Windows Server 2003 servers only.</source>
        <translation>Dies ist eine Arbeitsstation (ProductType WinNT); KB 817409 gilt nur für Server mit Windows 2000 und Windows Server 2003.</translation>
    </message>
    <message>
        <source>Windows version %1 is neither Windows 2000 (5.0) nor Windows Server 2003 (5.2); KB 817409 does not apply.</source>
        <translation>Die Windows-Version %1 ist weder Windows 2000 (5.0) noch Windows Server 2003 (5.2); KB 817409 gilt nicht.</translation>
    </message>
    <message>
        <source>Is this computer a server (ServerNT), a domain controller (LanmanNT) or a workstation (WinNT)?</source>
        <translation>Ist dieser Computer ein Server (ServerNT), ein Domänencontroller (LanmanNT) oder eine Arbeitsstation (WinNT)?</translation>
    </message>
    <message>
        <source>Which Windows version is installed (5.0 = Windows 2000, 5.2 = Server 2003)?</source>
        <translation>Welche Windows-Version ist installiert (5.0 = Windows 2000, 5.2 = Server 2003)?</translation>
    </message>
    <message>
        <source>Raidisk.sys was not found: HP Secure Path is not installed, so this procedure does not apply.</source>
        <translation>Raidisk.sys wurde nicht gefunden: HP Secure Path ist nicht installiert, daher gilt dieses Verfahren nicht.</translation>
    </message>
    <message>
        <source>Is HP Secure Path installed (Raidisk.sys)?</source>
        <translation>Ist HP Secure Path installiert (Raidisk.sys)?</translation>
    </message>
    <message>
        <source>The version of %1 could not be read. Which version is it?</source>
        <translation>Die Version von %1 konnte nicht gelesen werden. Welche Version ist es?</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, newer than Secure Path 4.0A (3.6.3.670): follow the guidance of that Secure Path release instead.</source>
        <translation>Raidisk.sys hat die Version %1 und ist damit neuer als Secure Path 4.0A (3.6.3.670): Befolgen Sie stattdessen die Anleitung zu diesem Secure Path-Release.</translation>
    </message>
    <message>
        <source>crash dump %1 shows bugcheck 0xC2 from a Windows Server 2003 kernel</source>
        <translation>Speicherabbild %1 zeigt den Stoppfehler 0xC2 eines Windows Server 2003-Kernels</translation>
    </message>
    <message>
        <source>Crash dump %1 shows bugcheck 0xC2 from build %2, not from the Windows Server 2003 upgrade (build 3790): it is not the bugcheck of KB 817409.</source>
        <translation>Speicherabbild %1 zeigt den Stoppfehler (Bugcheck) 0xC2 von Build %2, nicht vom Upgrade auf Windows Server 2003 (Build 3790): Es ist nicht der Stoppfehler aus KB 817409.</translation>
    </message>
    <message>
        <source>the operator reports the BAD_POOL_CALLER bugcheck</source>
        <translation>der Bediener meldet den Stoppfehler BAD_POOL_CALLER</translation>
    </message>
    <message>
        <source>Windows Server 2003 is running Raidisk.sys 3.6.3.670: this server has already been upgraded as KB 817409 describes.</source>
        <translation>Windows Server 2003 läuft mit Raidisk.sys 3.6.3.670: Dieser Server wurde bereits wie in KB 817409 beschrieben aktualisiert.</translation>
    </message>
    <message>
        <source>Which volumes (drive letters) are on the SAN? Say &quot;none&quot; if there are none.</source>
        <translation>Welche Volumes (Laufwerkbuchstaben) befinden sich im SAN? Geben Sie &quot;none&quot; ein, wenn es keine gibt.</translation>
    </message>
    <message>
        <source>Where is Windows installed (system root)?</source>
        <translation>Wo ist Windows installiert (Systemstammverzeichnis)?</translation>
    </message>
    <message>
        <source>Windows (%1) is on SAN volume %2: the server boots from the SAN.</source>
        <translation>Windows (%1) liegt auf SAN-Volume %2: Der Server startet vom SAN.</translation>
    </message>
    <message>
        <source>Where are the page files?</source>
        <translation>Wo befinden sich die Auslagerungsdateien?</translation>
    </message>
    <message>
        <source>On which volume is the page file %1?</source>
        <translation>Auf welchem Volume liegt die Auslagerungsdatei %1?</translation>
    </message>
    <message>
        <source>The page file %1 is on the SAN (SAN volumes: %2).</source>
        <translation>Die Auslagerungsdatei %1 liegt im SAN (SAN-Volumes: %2).</translation>
    </message>
    <message>
        <source>Is this server a domain controller (NTDS\Parameters present)?</source>
        <translation>Ist dieser Server ein Domänencontroller (NTDS\Parameters vorhanden)?</translation>
    </message>
    <message>
        <source>Where are the Active Directory database and log files?</source>
        <translation>Wo befinden sich die Active Directory-Datenbank und die Protokolldateien?</translation>
    </message>
    <message>
        <source>This domain controller keeps Active Directory on the SAN (%1).</source>
        <translation>Dieser Domänencontroller speichert Active Directory im SAN (%1).</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A on Windows 2000 first.</source>
        <translation>Raidisk.sys hat die Version %1, nicht 3.6.2.670: Installieren Sie zuerst HP Secure Path 4.0A unter Windows 2000.</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1: install HP Secure Path 4.0A for Windows Server 2003 (3.6.3.670) with the SAN disconnected.</source>
        <translation>Raidisk.sys hat die Version %1: Installieren Sie HP Secure Path 4.0A für Windows Server 2003 (3.6.3.670), während das SAN getrennt ist.</translation>
    </message>
    <message>
        <source>Critical operating system data is on the SAN: defer the upgrade until HP Secure Path 4.0B is available.</source>
        <translation>Kritische Betriebssystemdaten liegen im SAN: Stellen Sie das Upgrade zurück, bis HP Secure Path 4.0B verfügbar ist.</translation>
    </message>
    <message>
        <source>Some facts are unknown; answer the questions before a procedure can be chosen.</source>
        <translation>Einige Fakten sind unbekannt; beantworten Sie die Fragen, damit ein Verfahren gewählt werden kann.</translation>
    </message>
    <message>
        <source>The upgrade bugcheck has happened: %1.</source>
        <translation>Der Stoppfehler (Bugcheck) beim Upgrade ist aufgetreten: %1.</translation>
    </message>
    <message>
        <source>Is this server a member of a cluster?</source>
        <translation>Ist dieser Server Mitglied eines Clusters?</translation>
    </message>
    <message>
        <source>Cluster membership is unknown.</source>
        <translation>Die Clustermitgliedschaft ist unbekannt.</translation>
    </message>
    <message>
        <source>Windows Server 2003 is installed and still runs the Windows 2000 driver Raidisk.sys 3.6.2.670, with no sign of the 0xC2 bugcheck: the upgrade continues at step 4, install Secure Path 4.0A, with every SAN connection still removed.</source>
        <translation>Windows Server 2003 ist installiert und verwendet noch den Windows 2000-Treiber Raidisk.sys 3.6.2.670, ohne Anzeichen des Stoppfehlers (Bugcheck) 0xC2: Das Upgrade wird mit Schritt 4 fortgesetzt, „Secure Path 4.0A installieren“, während alle SAN-Verbindungen weiterhin getrennt bleiben.</translation>
    </message>
    <message>
        <source>Cluster node: upgrade one node at a time with its shared storage moved away and the node paused.</source>
        <translation>Clusterknoten: Aktualisieren Sie die Knoten einzeln; dabei wird der freigegebene Speicher jeweils auf einen anderen Knoten verschoben und der Knoten angehalten.</translation>
    </message>
    <message>
        <source>Standalone server booting from direct-connected storage with Secure Path 4.0A.</source>
        <translation>Eigenständiger Server, der mit Secure Path 4.0A von direkt angeschlossenem Speicher startet.</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>Upgrade standalone Windows 2000 Server</source>
        <translation>Eigenständigen Windows 2000-Server aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade clustered Windows 2000 Servers, one node at a time</source>
        <translation>Windows 2000-Server im Cluster aktualisieren, einen Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>Recover a server receiving the bugcheck error message</source>
        <translation>Server wiederherstellen, der die Fehlermeldung zum Stoppfehler (Bugcheck) erhält</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A first</source>
        <translation>Zuerst HP Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <source>Defer the upgrade until HP Secure Path 4.0B</source>
        <translation>Upgrade bis HP Secure Path 4.0B zurückstellen</translation>
    </message>
    <message>
        <source>KB 817409 does not apply to this server</source>
        <translation>KB 817409 gilt nicht für diesen Server</translation>
    </message>
    <message>
        <source>Not enough is known to choose a procedure</source>
        <translation>Für die Wahl eines Verfahrens ist zu wenig bekannt</translation>
    </message>
    <message>
        <source>Secure Path Upgrade Wizard: preflight (KB 817409)</source>
        <translation>Secure-Path-Upgrade-Assistent: Vorabprüfung (KB 817409)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>TRAINING: simulated server, nothing on this machine is changed.</source>
        <translation>ÜBUNG: Simulierter Server, auf diesem Computer wird nichts geändert.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Befund: %1 [%2]</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>  Then the other nodes: %1</source>
        <translation>  Danach die anderen Knoten: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ProbeFactory</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>Report of a live server in %1 (spuw-live-probe.exe)</source>
        <translation>Bericht eines laufenden Servers in %1 (spuw-live-probe.exe)</translation>
    </message>
    <message>
        <source>This Windows server, %1 (queried through Windows itself)</source>
        <translation>Dieser Windows-Server, %1 (über Windows selbst abgefragt)</translation>
    </message>
    <message>
        <source>This build has no live Windows probe: query the server through an offline copy of its system volume, or train on a simulated server.</source>
        <translation>Dieser Build enthält keine Live-Abfrage für Windows: Fragen Sie den Server über eine Offline-Kopie seines Systemvolumes ab, oder üben Sie an einem simulierten Server.</translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <source>drive letters Windows shows now (%1)</source>
        <translation>Laufwerkbuchstaben, die Windows jetzt anzeigt (%1)</translation>
    </message>
</context>
<context>
    <name>RegistryFacts</name>
    <message>
        <source>%1 cannot be read (%2), so %3 is unknown.</source>
        <translation>%1 kann nicht gelesen werden (%2); daher ist Folgendes unbekannt: %3.</translation>
    </message>
    <message>
        <source>the Windows version</source>
        <translation>die Windows-Version</translation>
    </message>
    <message>
        <source>%1 has no key %2.</source>
        <translation>%1 hat keinen Schlüssel %2.</translation>
    </message>
    <message>
        <source>the product name</source>
        <translation>der Produktname</translation>
    </message>
    <message>
        <source>the build</source>
        <translation>der Build</translation>
    </message>
    <message>
        <source>the service pack</source>
        <translation>das Service Pack</translation>
    </message>
    <message>
        <source>the system root</source>
        <translation>das Systemstammverzeichnis</translation>
    </message>
    <message>
        <source>the computer name</source>
        <translation>der Computername</translation>
    </message>
    <message>
        <source>the product type</source>
        <translation>der Produkttyp</translation>
    </message>
    <message>
        <source>the product suites</source>
        <translation>die Produktsuites</translation>
    </message>
    <message>
        <source>where the page files are</source>
        <translation>wo die Auslagerungsdateien liegen</translation>
    </message>
    <message>
        <source>%1 has no key %2: page files unknown.</source>
        <translation>%1 hat keinen Schlüssel %2: Auslagerungsdateien unbekannt.</translation>
    </message>
    <message>
        <source>whether this is a domain controller</source>
        <translation>ob dies ein Domänencontroller ist</translation>
    </message>
    <message>
        <source>where the Active Directory database is</source>
        <translation>wo die Active Directory-Datenbank liegt</translation>
    </message>
    <message>
        <source>where the Active Directory logs are</source>
        <translation>wo die Active Directory-Protokolldateien liegen</translation>
    </message>
    <message>
        <source>whether this is a cluster node</source>
        <translation>ob dies ein Clusterknoten ist</translation>
    </message>
    <message>
        <source>where the crash dumps are</source>
        <translation>wo die Speicherabbilder liegen</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>where Raidisk.sys is</source>
        <translation>wo Raidisk.sys liegt</translation>
    </message>
</context>
<context>
    <name>RemoteProbe</name>
    <message>
        <source>%1: cannot read the pairing code: %2</source>
        <translation>%1: Der Kopplungscode kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a pairing code. It holds the %2 letters the agent printed after &quot;Pairing code:&quot; (groups of four; only the letters %3).</source>
        <translation>%1: kein Kopplungscode. Die Datei muss die %2 Buchstaben enthalten, die der Agent nach &quot;Pairing code:&quot; ausgegeben hat (Vierergruppen; nur die Buchstaben %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pairing code: type the %2 letters the agent printed after &quot;Pairing code:&quot; (groups of four; only the letters %3).</source>
        <translation>&quot;%1&quot; ist kein Kopplungscode: Geben Sie die %2 Buchstaben ein, die der Agent nach &quot;Pairing code:&quot; ausgegeben hat (Vierergruppen; nur die Buchstaben %3).</translation>
    </message>
    <message>
        <source>agent on %1</source>
        <translation>Agent auf %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>wrong pairing code</source>
        <translation>falscher Kopplungscode</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>the agent answered that it could not do it: %1</source>
        <translation>der Agent hat geantwortet, dass er dies nicht ausführen konnte: %1</translation>
    </message>
    <message>
        <source>the agent on %1 (%2)</source>
        <translation>der Agent auf %1 (%2)</translation>
    </message>
    <message>
        <source>what answers on %1 now refuses the pairing code that worked before (another program, or another agent started without --resume): %2</source>
        <translation>was unter %1 antwortet, lehnt jetzt den Kopplungscode ab, der zuvor funktioniert hat (ein anderes Programm oder ein anderer Agent, der ohne --resume gestartet wurde): %2</translation>
    </message>
    <message>
        <source>the agent on %1 does not accept this pairing code: %2</source>
        <translation>der Agent auf %1 akzeptiert diesen Kopplungscode nicht: %2</translation>
    </message>
    <message>
        <source>lost contact with the agent on %1: %2. Nothing from this exchange is used as a fact.</source>
        <translation>Verbindung zum Agenten auf %1 verloren: %2. Nichts aus diesem Austausch wird als Fakt verwendet.</translation>
    </message>
    <message>
        <source>the agent on %1 (its RunOnce entry and pairing)</source>
        <translation>der Agent auf %1 (sein RunOnce-Eintrag und die Kopplung)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 is a symbolic link (to %2); nothing was written. Reports are never written through a link: give the path of the file itself.</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2); es wurde nichts geschrieben. Berichte werden nie über eine Verknüpfung geschrieben: Geben Sie den Pfad der Datei selbst an.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written (use --force to replace it).</source>
        <translation>%1 ist bereits vorhanden; es wurde nichts geschrieben (verwenden Sie --force, um die Datei zu ersetzen).</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 ist keine reguläre Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: the report&apos;s name must end in .html, .pdf or .json.</source>
        <translation>%1: Der Name des Berichts muss auf .html, .pdf oder .json enden.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Secure Path upgrade record</source>
        <translation>Secure-Path-Upgradeprotokoll</translation>
    </message>
    <message>
        <source>TRAINING RUN: simulated server, not a record of a real upgrade.</source>
        <translation>ÜBUNGSDURCHLAUF: Simulierter Server, kein Protokoll eines echten Upgrades.</translation>
    </message>
    <message>
        <source>Cluster upgrade record (KB 817409)</source>
        <translation>Cluster-Upgradeprotokoll (KB 817409)</translation>
    </message>
    <message>
        <source>Upgrade record (KB 817409)</source>
        <translation>Upgradeprotokoll (KB 817409)</translation>
    </message>
    <message>
        <source>Journals and their verification</source>
        <translation>Journale und ihre Prüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To check later that this journal was not rewritten since this report: %1</source>
        <translation>So können Sie später prüfen, dass dieses Journal seit diesem Bericht nicht neu geschrieben wurde: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Build before/after</source>
        <translation>Build vorher/nachher</translation>
    </message>
    <message>
        <source>Raidisk.sys before/after</source>
        <translation>Raidisk.sys vorher/nachher</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Dev.</source>
        <translation>Abw.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1: Durchlauf %2</translation>
    </message>
    <message>
        <source>Procedure: %1. Why: %2</source>
        <translation>Verfahren: %1. Grund: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) or failure(s) highlighted above.</source>
        <translation>
            <numerusform>%n Abweichung oder Fehler oben hervorgehoben.</numerusform>
            <numerusform>%n Abweichungen oder Fehler oben hervorgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>TRAINING RUN</source>
        <translation>ÜBUNGSDURCHLAUF</translation>
    </message>
    <message>
        <source>Operators: %1. From %2 to %3 UTC: %4.</source>
        <translation>Bediener: %1. Von %2 bis %3 UTC: %4.</translation>
    </message>
    <message>
        <source>Facts before and after</source>
        <translation>Fakten vorher und nachher</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>How, and the evidence</source>
        <translation>Wie, und der Nachweis</translation>
    </message>
    <message>
        <source>KB 817409</source>
        <translation>KB 817409</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>Keine Verstöße gegen KB 817409.</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>%1 KB 817409: &quot;%2&quot;</source>
        <translation>%1 KB 817409: „%2“</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>Richtig gemacht:</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitlicher Ablauf</translation>
    </message>
    <message>
        <source>This journal holds training runs as well as real upgrades: every training run is marked TRAINING RUN.</source>
        <translation>Dieses Journal enthält sowohl Übungsdurchläufe als auch echte Upgrades: Jeder Übungsdurchlauf ist als ÜBUNGSDURCHLAUF gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>record %1: its evidence is not JSON; not applied</source>
        <translation>Eintrag %1: Sein Nachweis ist kein JSON; nicht angewendet</translation>
    </message>
    <message>
        <source>record %1: a decision for steps that are no procedure of KB 817409; not applied</source>
        <translation>Eintrag %1: eine Entscheidung für Schritte, die kein Verfahren von KB 817409 bilden; nicht angewendet</translation>
    </message>
    <message>
        <source>record %1: %2 is not a step of %3&apos;s procedure; not applied</source>
        <translation>Eintrag %1: %2 ist kein Schritt des Verfahrens für %3; nicht angewendet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>Durchlauf %1%2</translation>
    </message>
    <message>
        <source> (training, scenario %1)</source>
        <translation> (Übung, Szenario %1)</translation>
    </message>
    <message>
        <source>Journal: intact</source>
        <translation>Journal: intakt</translation>
    </message>
    <message>
        <source>Journal: DAMAGED: %1</source>
        <translation>Journal: BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>Nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>, complete</source>
        <translation>, vollständig</translation>
    </message>
    <message>
        <source>Next: %1 on %2</source>
        <translation>Nächster Schritt: %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Debrief: %n mistake(s)</source>
        <translation>
            <numerusform>Nachbesprechung: %n Fehler</numerusform>
            <numerusform>Nachbesprechung: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>     escalated to %1</source>
        <translation>     eskaliert an %1</translation>
    </message>
</context>
<context>
    <name>SanVolumesAnswer</name>
    <message>
        <source>&quot;%1&quot; is not a drive letter: give drive letters such as E:, F: or say none.</source>
        <translation>&quot;%1&quot; ist kein Laufwerkbuchstabe: Geben Sie Laufwerkbuchstaben wie E:, F: oder &quot;none&quot; ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no drive letter: give drive letters such as E:, F: or say none.</source>
        <translation>&quot;%1&quot; nennt keinen Laufwerkbuchstaben: Geben Sie Laufwerkbuchstaben wie E:, F: oder &quot;none&quot; ein.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1: Das Szenario kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: expected text without invalid characters (a lone UTF-16 surrogate such as \ud800 is not a character)</source>
        <translation>%1: Text ohne ungültige Zeichen erwartet (ein einzelnes UTF-16-Surrogat wie \ud800 ist kein Zeichen)</translation>
    </message>
    <message>
        <source>%1: expected text without control or format characters (found U+%2)</source>
        <translation>%1: Text ohne Steuer- oder Formatzeichen erwartet (gefunden: U+%2)</translation>
    </message>
    <message>
        <source>%1: expected a whole number from 0 to 2^53 (found %2)</source>
        <translation>%1: ganze Zahl von 0 bis 2^53 erwartet (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: Auf oberster Ebene wird ein JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <source>%1:%2:%3: a raw control character (U+%4) inside a string; write it as an escape such as \t or \n.</source>
        <translation>%1:%2:%3: ein unmaskiertes Steuerzeichen (U+%4) in einer Zeichenfolge; schreiben Sie es als Escapesequenz wie \t oder \n.</translation>
    </message>
    <message>
        <source>%1: field %2.</source>
        <translation>%1: Feld %2.</translation>
    </message>
    <message>
        <source>%1: field %2: expected %3.</source>
        <translation>%1: Feld %2: %3 erwartet.</translation>
    </message>
    <message>
        <source>one of %1 (unknown keys are errors)</source>
        <translation>einer von %1 (unbekannte Schlüssel sind Fehler)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenfolge</translation>
    </message>
    <message>
        <source>an object with the server&apos;s facts</source>
        <translation>ein Objekt mit den Fakten des Servers</translation>
    </message>
    <message>
        <source>%1: field facts.%2.</source>
        <translation>%1: Feld facts.%2.</translation>
    </message>
    <message>
        <source>the simulated server&apos;s name</source>
        <translation>der Name des simulierten Servers</translation>
    </message>
    <message>
        <source>a Windows build number from 1 to 99999</source>
        <translation>eine Windows-Buildnummer von 1 bis 99999</translation>
    </message>
    <message>
        <source>the SAN volumes (a list, empty when there are none)</source>
        <translation>die SAN-Volumes (eine Liste, leer, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>the build of Windows %1 (%2), not %3</source>
        <translation>der Build von Windows %1 (%2), nicht %3</translation>
    </message>
    <message>
        <source>each node once (%1 is there twice)</source>
        <translation>jeder Knoten genau einmal (%1 kommt zweimal vor)</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, this server (%1) among them</source>
        <translation>die Knoten des Clusters, darunter dieser Server (%1)</translation>
    </message>
    <message>
        <source>at least two nodes: a cluster of one has no other node to take the shared storage</source>
        <translation>mindestens zwei Knoten: Ein Cluster aus nur einem Knoten hat keinen anderen Knoten, der den freigegebenen Speicher übernehmen kann</translation>
    </message>
    <message>
        <source>a list of fault objects</source>
        <translation>eine Liste von Störungsobjekten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>no such field for a %1 fault</source>
        <translation>kein solches Feld für eine Störung vom Typ %1</translation>
    </message>
    <message>
        <source>one of the scenario&apos;s SAN volumes</source>
        <translation>eines der SAN-Volumes des Szenarios</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 (how many backups fail)</source>
        <translation>eine ganze Zahl von 1 bis %1 (wie viele Sicherungen fehlschlagen)</translation>
    </message>
    <message>
        <source>the name of the node that will not pause</source>
        <translation>der Name des Knotens, der sich nicht anhalten lässt</translation>
    </message>
    <message>
        <source>one of the scenario&apos;s cluster nodes (%1)</source>
        <translation>einer der Clusterknoten des Szenarios (%1)</translation>
    </message>
    <message>
        <source>%1 is neither a built-in scenario (%2) nor a scenario file.</source>
        <translation>%1 ist weder ein integriertes Szenario (%2) noch eine Szenariodatei.</translation>
    </message>
    <message>
        <source>Server that boots from the SAN</source>
        <translation>Server mit Start vom SAN</translation>
    </message>
    <message>
        <source>SRV03 has no internal disks: Windows is installed on E:, a SAN volume. Find out whether KB 817409 lets you upgrade it, and record the decision.</source>
        <translation>SRV03 hat keine internen Datenträger: Windows ist auf E: installiert, einem SAN-Volume. Finden Sie heraus, ob KB 817409 ein Upgrade dieses Servers zulässt, und zeichnen Sie die Entscheidung auf.</translation>
    </message>
    <message>
        <source>Three-node cluster</source>
        <translation>Cluster mit drei Knoten</translation>
    </message>
    <message>
        <source>CLUSTER3 has three Windows 2000 Advanced Server nodes sharing E: and F: on the SAN. Upgrade every node in turn; at every moment the shared storage must be owned by a node that is not being upgraded.</source>
        <translation>CLUSTER3 besteht aus drei Knoten mit Windows 2000 Advanced Server, die E: und F: im SAN gemeinsam nutzen. Führen Sie das Upgrade für jeden Knoten nacheinander durch; zu jedem Zeitpunkt muss der freigegebene Speicher einem Knoten gehören, für den gerade kein Upgrade durchgeführt wird.</translation>
    </message>
    <message>
        <source>Two-node cluster</source>
        <translation>Cluster mit zwei Knoten</translation>
    </message>
    <message>
        <source>NODE1 and NODE2 form the Windows 2000 Advanced Server cluster CLUSTER1 with shared SAN storage on E: and F:. Upgrade both nodes, one at a time: move the shared storage to the other node, pause the node you upgrade, upgrade it as a standalone server, unpause it, then do the other node.</source>
        <translation>NODE1 und NODE2 bilden den Windows 2000 Advanced Server-Cluster CLUSTER1 mit freigegebenem SAN-Speicher auf E: und F:. Führen Sie das Upgrade für beide Knoten nacheinander durch: Verschieben Sie den freigegebenen Speicher auf den anderen Knoten, halten Sie den Knoten an, für den Sie das Upgrade durchführen, führen Sie das Upgrade wie bei einem eigenständigen Server durch, setzen Sie den Knoten fort, und nehmen Sie sich dann den anderen Knoten vor.</translation>
    </message>
    <message>
        <source>Domain controller with Active Directory on local disk</source>
        <translation>Domänencontroller mit Active Directory auf einem lokalen Datenträger</translation>
    </message>
    <message>
        <source>DC02 is a Windows 2000 domain controller whose Active Directory lives on its internal disk C:. The SAN holds only file shares on E: and F:. Upgrade it like a standalone server.</source>
        <translation>DC02 ist ein Windows 2000-Domänencontroller, dessen Active Directory sich auf seinem internen Datenträger C: befindet. Das SAN enthält nur Dateifreigaben auf E: und F:. Führen Sie das Upgrade wie bei einem eigenständigen Server durch.</translation>
    </message>
    <message>
        <source>Domain controller with Active Directory on the SAN</source>
        <translation>Domänencontroller mit Active Directory im SAN</translation>
    </message>
    <message>
        <source>DC01 is a Windows 2000 domain controller. Its Active Directory database and logs were moved to the SAN volume F: to give them room. Decide what KB 817409 allows.</source>
        <translation>DC01 ist ein Windows 2000-Domänencontroller. Seine Active Directory-Datenbank und die Protokolldateien wurden auf das SAN-Volume F: verschoben, um ihnen mehr Platz zu geben. Entscheiden Sie, was KB 817409 zulässt.</translation>
    </message>
    <message>
        <source>Server with a page file on the SAN</source>
        <translation>Server mit einer Auslagerungsdatei im SAN</translation>
    </message>
    <message>
        <source>SRV04 boots from C: and looks ready, but look at every page file it has before you decide.</source>
        <translation>SRV04 startet von C: und scheint bereit zu sein, aber sehen Sie sich jede seiner Auslagerungsdateien an, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Server already stopping with BAD_POOL_CALLER</source>
        <translation>Server, der bereits mit BAD_POOL_CALLER anhält</translation>
    </message>
    <message>
        <source>Somebody started the upgrade of SRV05 with the SAN still attached. Since then it stops with STOP 0x000000C2 BAD_POOL_CALLER on every start. Bring it back by the recovery procedure of KB 817409.</source>
        <translation>Jemand hat das Upgrade von SRV05 gestartet, während das SAN noch angeschlossen war. Seitdem hält der Server bei jedem Start mit STOP 0x000000C2 BAD_POOL_CALLER an. Stellen Sie ihn mit dem Wiederherstellungsverfahren aus KB 817409 wieder her.</translation>
    </message>
    <message>
        <source>Standalone server with an older Secure Path</source>
        <translation>Eigenständiger Server mit einer älteren Secure Path-Version</translation>
    </message>
    <message>
        <source>SRV02 runs an older HP Secure Path (Raidisk.sys 3.5.1.500). KB 817409 requires Secure Path 4.0A (Raidisk.sys 3.6.2.670) on Windows 2000 before anything else: install it, verify the driver version, and only then plan the upgrade.</source>
        <translation>Auf SRV02 ist eine ältere Version von HP Secure Path installiert (Raidisk.sys 3.5.1.500). KB 817409 verlangt vor allem anderen Secure Path 4.0A (Raidisk.sys 3.6.2.670) unter Windows 2000: Installieren Sie es, prüfen Sie die Treiberversion, und planen Sie erst dann das Upgrade.</translation>
    </message>
    <message>
        <source>Standalone server, ready for the upgrade</source>
        <translation>Eigenständiger Server, bereit für das Upgrade</translation>
    </message>
    <message>
        <source>SRV01 is a Windows 2000 Server with Service Pack 4 and HP Secure Path 4.0A (Raidisk.sys 3.6.2.670). It boots from its internal disks and keeps its page file on C:. Two SAN volumes, E: and F:, hold application data. Upgrade it to Windows Server 2003 without ever letting it see the SAN during the upgrade.</source>
        <translation>SRV01 ist ein Windows 2000 Server mit Service Pack 4 und HP Secure Path 4.0A (Raidisk.sys 3.6.2.670). Er startet von seinen internen Datenträgern, und seine Auslagerungsdatei liegt auf C:. Zwei SAN-Volumes, E: und F:, enthalten Anwendungsdaten. Führen Sie das Upgrade auf Windows Server 2003 durch, ohne dass der Server während des Upgrades jemals das SAN sieht.</translation>
    </message>
    <message>
        <source>Standalone server where the obvious path goes wrong</source>
        <translation>Eigenständiger Server, bei dem der naheliegende Weg schiefgeht</translation>
    </message>
    <message>
        <source>SRV06 looks like any ready standalone server. Do the upgrade exactly as KB 817409 says and check every result: not everything will work the first time, and a server is not done until every SAN volume it had before is back.</source>
        <translation>SRV06 sieht aus wie jeder andere bereite eigenständige Server. Führen Sie das Upgrade genau so durch, wie KB 817409 es beschreibt, und prüfen Sie jedes Ergebnis: Nicht alles wird beim ersten Mal funktionieren, und ein Server ist erst fertig, wenn jedes SAN-Volume, das er vorher hatte, wieder da ist.</translation>
    </message>
</context>
<context>
    <name>SimulatedProbe</name>
    <message>
        <source>Training scenario &quot;%1&quot;: simulated server %2</source>
        <translation>Übungsszenario „%1“: simulierter Server %2</translation>
    </message>
</context>
<context>
    <name>SimulatedServer</name>
    <message>
        <source>Shared storage (%1)</source>
        <translation>Freigegebener Speicher (%1)</translation>
    </message>
    <message>
        <source>simulated SAN</source>
        <translation>simuliertes SAN</translation>
    </message>
    <message>
        <source>simulated crash dump</source>
        <translation>simuliertes Speicherabbild</translation>
    </message>
    <message>
        <source>The backup job failed: the tape drive reported a media error. No backup was taken.</source>
        <translation>Der Sicherungsauftrag ist fehlgeschlagen: Das Bandlaufwerk hat einen Medienfehler gemeldet. Es wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>The backup of the complete system configuration finished.</source>
        <translation>Die Sicherung der vollständigen Systemkonfiguration ist abgeschlossen.</translation>
    </message>
    <message>
        <source>All SAN cables are disconnected: the SAN volumes are gone.</source>
        <translation>Alle SAN-Kabel sind getrennt: Die SAN-Volumes sind nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>STOP 0x000000C2 BAD_POOL_CALLER: the SAN was reconnected while Windows Server 2003 still runs Raidisk.sys %1.</source>
        <translation>STOP 0x000000C2 BAD_POOL_CALLER: Das SAN wurde wieder verbunden, während Windows Server 2003 noch Raidisk.sys %1 verwendet.</translation>
    </message>
    <message>
        <source>The SAN cables are connected again.</source>
        <translation>Die SAN-Kabel sind wieder verbunden.</translation>
    </message>
    <message>
        <source>Windows Server 2003 is already installed.</source>
        <translation>Windows Server 2003 ist bereits installiert.</translation>
    </message>
    <message>
        <source>Setup restarted into Windows Server 2003, which stopped with STOP 0x000000C2 BAD_POOL_CALLER: the server was still attached to the SAN.</source>
        <translation>Nach dem Neustart durch das Setup wurde Windows Server 2003 mit STOP 0x000000C2 BAD_POOL_CALLER angehalten: Der Server war noch mit dem SAN verbunden.</translation>
    </message>
    <message>
        <source>Windows Server 2003 setup finished after two restarts.</source>
        <translation>Das Windows Server 2003-Setup wurde nach zwei Neustarts abgeschlossen.</translation>
    </message>
    <message>
        <source>HP Secure Path 4.0A is installed: Raidisk.sys is now %1.</source>
        <translation>HP Secure Path 4.0A ist installiert: Raidisk.sys hat jetzt die Version %1.</translation>
    </message>
    <message>
        <source>STOP 0x000000C2 BAD_POOL_CALLER again: the SAN is still connected.</source>
        <translation>Erneut STOP 0x000000C2 BAD_POOL_CALLER: Das SAN ist noch verbunden.</translation>
    </message>
    <message>
        <source>The server restarted and completed the upgrade to Windows Server 2003.</source>
        <translation>Der Server wurde neu gestartet und hat das Upgrade auf Windows Server 2003 abgeschlossen.</translation>
    </message>
    <message>
        <source>The server restarted.</source>
        <translation>Der Server wurde neu gestartet.</translation>
    </message>
    <message>
        <source>All cluster groups with shared storage are now owned by %1.</source>
        <translation>Besitzer aller Clustergruppen mit freigegebenem Speicher ist jetzt %1.</translation>
    </message>
    <message>
        <source>There is no other active node to take the shared storage.</source>
        <translation>Es gibt keinen anderen aktiven Knoten, der den freigegebenen Speicher übernehmen kann.</translation>
    </message>
    <message>
        <source>Cluster Administrator could not pause %1: the node did not respond.</source>
        <translation>Die Clusterverwaltung konnte %1 nicht anhalten: Der Knoten hat nicht reagiert.</translation>
    </message>
    <message>
        <source>Node %1 is paused.</source>
        <translation>Knoten %1 ist angehalten.</translation>
    </message>
    <message>
        <source>Node %1 is active again.</source>
        <translation>Knoten %1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Now at node %1.</source>
        <translation>Jetzt bei Knoten %1.</translation>
    </message>
    <message>
        <source>Every node runs Windows Server 2003.</source>
        <translation>Alle Knoten laufen unter Windows Server 2003.</translation>
    </message>
</context>
<context>
    <name>StepCatalogue</name>
    <message>
        <source>Assess the server and choose a procedure</source>
        <translation>Server beurteilen und Verfahren wählen</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A (Raidisk.sys 3.6.2.670)</source>
        <translation>HP Secure Path 4.0A installieren (Raidisk.sys 3.6.2.670)</translation>
    </message>
    <message>
        <source>Move all cluster-shared storage to another node</source>
        <translation>Gesamten freigegebenen Clusterspeicher auf einen anderen Knoten verschieben</translation>
    </message>
    <message>
        <source>Pause this cluster node</source>
        <translation>Diesen Clusterknoten anhalten</translation>
    </message>
    <message>
        <source>Back up the complete system configuration</source>
        <translation>Vollständige Systemkonfiguration sichern</translation>
    </message>
    <message>
        <source>Remove all SAN connections</source>
        <translation>Alle SAN-Verbindungen trennen</translation>
    </message>
    <message>
        <source>Upgrade Windows 2000 to Windows Server 2003</source>
        <translation>Upgrade von Windows 2000 auf Windows Server 2003 durchführen</translation>
    </message>
    <message>
        <source>Restart to complete the upgrade to Windows Server 2003</source>
        <translation>Neustart zum Abschluss des Upgrades auf Windows Server 2003</translation>
    </message>
    <message>
        <source>Install Secure Path 4.0A (Raidisk.sys 3.6.3.670)</source>
        <translation>Secure Path 4.0A installieren (Raidisk.sys 3.6.3.670)</translation>
    </message>
    <message>
        <source>Reconnect the server to the SAN</source>
        <translation>Server wieder mit dem SAN verbinden</translation>
    </message>
    <message>
        <source>Unpause this cluster node</source>
        <translation>Diesen Clusterknoten fortsetzen</translation>
    </message>
    <message>
        <source>Repeat for each of the other cluster nodes</source>
        <translation>Für jeden der anderen Clusterknoten wiederholen</translation>
    </message>
    <message>
        <source>Defer the upgrade until HP Secure Path 4.0B</source>
        <translation>Upgrade bis HP Secure Path 4.0B zurückstellen</translation>
    </message>
    <message>
        <source>Say where the backup is (media or location).</source>
        <translation>Geben Sie an, wo sich die Sicherung befindet (Medium oder Speicherort).</translation>
    </message>
    <message>
        <source>Say when the backup finished (UTC).</source>
        <translation>Geben Sie an, wann die Sicherung abgeschlossen wurde (UTC).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give the backup&apos;s finish time as YYYY-MM-DD HH:MM (UTC).</source>
        <translation>&quot;%1&quot; ist keine Uhrzeit: Geben Sie den Abschlusszeitpunkt der Sicherung im Format JJJJ-MM-TT HH:MM (UTC) an.</translation>
    </message>
    <message>
        <source>The backup finished at %1 UTC, before this step began (%2 UTC): back up again now, so the backup holds the configuration you are about to upgrade.</source>
        <translation>Die Sicherung wurde um %1 UTC abgeschlossen, bevor dieser Schritt begann (%2 UTC): Sichern Sie jetzt erneut, damit die Sicherung die Konfiguration enthält, für die Sie gleich das Upgrade durchführen.</translation>
    </message>
    <message>
        <source>The backup cannot have finished at %1 UTC: that is later than now (%2 UTC).</source>
        <translation>Die Sicherung kann nicht um %1 UTC abgeschlossen worden sein: Dieser Zeitpunkt liegt nach der aktuellen Zeit (%2 UTC).</translation>
    </message>
    <message>
        <source>Which SAN volumes the server sees cannot be read from here.</source>
        <translation>Welche SAN-Volumes der Server sieht, kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible.</source>
        <translation>Die SAN-Volumes %1 sind noch sichtbar.</translation>
    </message>
    <message>
        <source>The version of Raidisk.sys cannot be read from here.</source>
        <translation>Die Version von Raidisk.sys kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1; it must be %2.</source>
        <translation>Raidisk.sys ist %1; erforderlich ist %2.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>The Windows version cannot be read from here.</source>
        <translation>Die Windows-Version kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Windows Server 2003 is not installed yet (version %1, build %2).</source>
        <translation>Windows Server 2003 ist noch nicht installiert (Version %1, Build %2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server stops with bugcheck 0xC2 BAD_POOL_CALLER.</source>
        <translation>Der Server hält mit dem Stoppfehler (Bugcheck) 0xC2 BAD_POOL_CALLER an.</translation>
    </message>
    <message>
        <source>Another node is not back in the cluster: %1. Upgrade one node at a time: unpause it, or let it join again, before you begin %2.</source>
        <translation>Ein anderer Knoten ist nicht wieder im Cluster: %1. Führen Sie das Upgrade immer nur für einen Knoten durch: Setzen Sie ihn fort, oder lassen Sie ihn wieder dem Cluster beitreten, bevor Sie mit %2 beginnen.</translation>
    </message>
    <message>
        <source>The cluster&apos;s state cannot be read from here.</source>
        <translation>Der Status des Clusters kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is %2, not %3.</source>
        <translation>%1 ist %2, nicht %3.</translation>
    </message>
    <message>
        <source>%1 still owns %2.</source>
        <translation>%1 ist noch Besitzer von %2.</translation>
    </message>
    <message>
        <source>%1 still owns %2: move all cluster-shared storage to another node before pausing it.</source>
        <translation>%1 ist noch Besitzer von %2: Verschieben Sie den gesamten freigegebenen Clusterspeicher auf einen anderen Knoten, bevor Sie ihn anhalten.</translation>
    </message>
    <message>
        <source>Whether a backup finished cannot be seen from here.</source>
        <translation>Ob eine Sicherung abgeschlossen wurde, ist von hier aus nicht zu sehen.</translation>
    </message>
    <message>
        <source>No backup has finished.</source>
        <translation>Es wurde keine Sicherung abgeschlossen.</translation>
    </message>
    <message>
        <source>This server must wait for HP Secure Path 4.0B: %1</source>
        <translation>Dieser Server muss auf HP Secure Path 4.0B warten: %1</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible: remove all SAN connections before the upgrade.</source>
        <translation>Die SAN-Volumes %1 sind noch sichtbar: Trennen Sie vor dem Upgrade alle SAN-Verbindungen.</translation>
    </message>
    <message>
        <source>There is no recorded backup of the complete system configuration.</source>
        <translation>Es ist keine Sicherung der vollständigen Systemkonfiguration aufgezeichnet.</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A before the upgrade.</source>
        <translation>Raidisk.sys ist %1, nicht 3.6.2.670: Installieren Sie HP Secure Path 4.0A vor dem Upgrade.</translation>
    </message>
    <message>
        <source>%1 is not paused: pause the cluster node before you upgrade it.</source>
        <translation>%1 ist nicht angehalten: Halten Sie den Clusterknoten an, bevor Sie das Upgrade durchführen.</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible: remove all SAN connections before the restart.</source>
        <translation>Die SAN-Volumes %1 sind noch sichtbar: Trennen Sie vor dem Neustart alle SAN-Verbindungen.</translation>
    </message>
    <message>
        <source>Windows Server 2003 is not installed yet: the Windows Server 2003 driver comes after the upgrade.</source>
        <translation>Windows Server 2003 ist noch nicht installiert: Der Treiber für Windows Server 2003 folgt erst nach dem Upgrade.</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.3.670: install Secure Path 4.0A for Windows Server 2003 before reconnecting the SAN.</source>
        <translation>Raidisk.sys ist %1, nicht 3.6.3.670: Installieren Sie Secure Path 4.0A für Windows Server 2003, bevor Sie das SAN wieder verbinden.</translation>
    </message>
    <message>
        <source>SAN volume %1 is not back: every volume the server had before the disconnection must be visible again.</source>
        <translation>SAN-Volume %1 ist nicht wieder da: Jedes Volume, das der Server vor dem Trennen hatte, muss wieder sichtbar sein.</translation>
    </message>
    <message>
        <source>%1 is still paused: this node is not done until it has been unpaused.</source>
        <translation>%1 ist noch angehalten: Dieser Knoten ist erst fertig, wenn er fortgesetzt wurde.</translation>
    </message>
</context>
<context>
    <name>UpgradeReport</name>
    <message>
        <source>NOT finished</source>
        <translation>NICHT abgeschlossen</translation>
    </message>
    <message>
        <source>finished, complete</source>
        <translation>abgeschlossen, vollständig</translation>
    </message>
    <message>
        <source>finished, NOT complete</source>
        <translation>abgeschlossen, NICHT vollständig</translation>
    </message>
    <message>
        <source>DAMAGED JOURNAL: %1 failed verification; record %2 and every record after it (marked) cannot be trusted.</source>
        <translation>BESCHÄDIGTES JOURNAL: %1 hat die Prüfung nicht bestanden; Eintrag %2 und alle folgenden Einträge (markiert) sind nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>intact: %1 records, head hash %2</source>
        <translation>intakt: %1 Einträge, Kopf-Hash %2</translation>
    </message>
    <message>
        <source>DAMAGED at record %1: %2</source>
        <translation>BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>eskaliert an %1</translation>
    </message>
    <message>
        <source>%1 is given twice (or is a copy of another journal given): each node&apos;s journal once.</source>
        <translation>%1 wurde doppelt angegeben (oder ist eine Kopie eines anderen angegebenen Journals): Geben Sie das Journal jedes Knotens genau einmal an.</translation>
    </message>
    <message>
        <source>%1 failed verification (%2): a cluster report is not made from damaged journals.</source>
        <translation>%1 hat die Prüfung nicht bestanden (%2): Aus beschädigten Journalen wird kein Clusterbericht erstellt.</translation>
    </message>
    <message>
        <source>%1: the run on %2 is not a cluster node&apos;s.</source>
        <translation>%1: Der Durchlauf auf %2 gehört nicht zu einem Clusterknoten.</translation>
    </message>
    <message>
        <source>%1 is from cluster %2, but %3 is from cluster %4: journals of different clusters are not merged.</source>
        <translation>%1 stammt aus Cluster %2, %3 aber aus Cluster %4: Journale verschiedener Cluster werden nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>The journals hold no runs.</source>
        <translation>Die Journale enthalten keine Durchläufe.</translation>
    </message>
    <message>
        <source>Secure Path upgrade record</source>
        <translation>Upgradeprotokoll für Secure Path</translation>
    </message>
    <message>
        <source>TRAINING RUN: simulated server, not a record of a real upgrade.</source>
        <translation>ÜBUNGSDURCHLAUF: simulierter Server, kein Protokoll eines echten Upgrades.</translation>
    </message>
    <message>
        <source>This journal holds training runs as well as real upgrades: every training run is marked TRAINING RUN.</source>
        <translation>Dieses Journal enthält sowohl Übungsdurchläufe als auch echte Upgrades: Jeder Übungsdurchlauf ist als ÜBUNGSDURCHLAUF gekennzeichnet.</translation>
    </message>
    <message>
        <source>Cluster upgrade record (KB 817409)</source>
        <translation>Cluster-Upgradeprotokoll (KB 817409)</translation>
    </message>
    <message>
        <source>Upgrade record (KB 817409)</source>
        <translation>Upgradeprotokoll (KB 817409)</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Erstellt von %1.</translation>
    </message>
    <message>
        <source>Journals and their verification</source>
        <translation>Journale und ihre Prüfung</translation>
    </message>
    <message>
        <source>To check later that this journal was not rewritten since this report:</source>
        <translation>So prüfen Sie später, ob dieses Journal seit diesem Bericht neu geschrieben wurde:</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Windows before / after</source>
        <translation>Windows vorher / nachher</translation>
    </message>
    <message>
        <source>Raidisk.sys before / after</source>
        <translation>Raidisk.sys vorher / nachher</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>ended, not complete</source>
        <translation>beendet, nicht vollständig</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1: Durchlauf %2</translation>
    </message>
    <message>
        <source>TRAINING RUN</source>
        <translation>ÜBUNGSDURCHLAUF</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Verfahren: %1</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 UTC, %3</source>
        <translation>Von %1 bis %2 UTC, %3</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>How, and the evidence</source>
        <translation>Vorgehen und Nachweis</translation>
    </message>
    <message>
        <source>KB 817409</source>
        <translation>KB 817409</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>Keine Fehler gegenüber KB 817409.</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>Richtig gemacht:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitlicher Ablauf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht geprüft)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) or failure(s) highlighted above.</source>
        <translation>
            <numerusform>%n Abweichung oder Fehlschlag, oben hervorgehoben.</numerusform>
            <numerusform>%n Abweichungen oder Fehlschläge, oben hervorgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Journal head hash: %1</source>
        <translation>Kopf-Hash des Journals: %1</translation>
    </message>
    <message>
        <source>Journal head hashes: %1</source>
        <translation>Kopf-Hashes der Journale: %1</translation>
    </message>
    <message>
        <source>Facts before and after</source>
        <translation>Fakten vorher und nachher</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>standalone server</source>
        <translation>eigenständiger Server</translation>
    </message>
    <message>
        <source>clustered servers, one node at a time</source>
        <translation>Server im Cluster, ein Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>recovery after the bugcheck</source>
        <translation>Wiederherstellung nach dem Stoppfehler (Bugcheck)</translation>
    </message>
    <message>
        <source>install Secure Path 4.0A first</source>
        <translation>zuerst Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <source>deferred until Secure Path 4.0B</source>
        <translation>zurückgestellt bis Secure Path 4.0B</translation>
    </message>
    <message>
        <source>KB 817409 does not apply</source>
        <translation>KB 817409 trifft nicht zu</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>run started</source>
        <translation>Durchlauf begonnen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>attested</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>probed</source>
        <translation>abgefragt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>run finished</source>
        <translation>Durchlauf abgeschlossen</translation>
    </message>
</context>
<context>
    <name>WindowsProbe</name>
    <message>
        <source>This build cannot query Windows.</source>
        <translation>Dieser Build kann Windows nicht abfragen.</translation>
    </message>
    <message>
        <source>operator&apos;s answer (--san-volumes)</source>
        <translation>Antwort des Bedieners (--san-volumes)</translation>
    </message>
</context>
<context>
    <name>spuw::BackupPage</name>
    <message>
        <source>Back up the complete system configuration</source>
        <translation>Vollständige Sicherung der Systemkonfiguration</translation>
    </message>
    <message>
        <source>KB 817409 step 1. How: KB 328150, &quot;How to perform complete backups of the Windows 2000 Server operating system&quot;.</source>
        <translation>KB 817409, Schritt 1. Anleitung: KB 328150, „So führen Sie vollständige Sicherungen des Betriebssystems Windows 2000 Server durch“.</translation>
    </message>
    <message>
        <source>Backup media or location</source>
        <translation>Sicherungsmedium oder Speicherort</translation>
    </message>
    <message>
        <source>Backup file or folder to check</source>
        <translation>Zu prüfende Sicherungsdatei oder zu prüfender Sicherungsordner</translation>
    </message>
    <message>
        <source>Backup finished at (UTC)</source>
        <translation>Sicherung abgeschlossen um (UTC)</translation>
    </message>
    <message>
        <source>&amp;Media / location:</source>
        <translation>&amp;Medium/Speicherort:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>Finished at (&amp;UTC):</source>
        <translation>Abgeschlossen um (&amp;UTC):</translation>
    </message>
    <message>
        <source>Back up the system state, the system and boot volumes and every application volume, and verify the backup, before anything else changes on this server.</source>
        <translation>Sichern Sie den Systemstatus, das System- und das Startvolume sowie jedes Anwendungsvolume, und prüfen Sie die Sicherung, bevor sich auf diesem Server irgendetwas anderes ändert.</translation>
    </message>
    <message>
        <source>I &amp;attest that this backup is complete and verified</source>
        <translation>Ich &amp;bestätige, dass diese Sicherung vollständig und geprüft ist</translation>
    </message>
    <message>
        <source>%1 does not exist on this computer.</source>
        <translation>%1 ist auf diesem Computer nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 exists (%2 bytes).</source>
        <translation>%1 ist vorhanden (%2 Byte).</translation>
    </message>
    <message>
        <source>Where the backup is kept (a tape&apos;s label, a share); recorded with the step.</source>
        <translation>Wo die Sicherung aufbewahrt wird (Bandbeschriftung, Freigabe); wird mit dem Schritt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Optional: a backup file or folder this computer can see: the wizard checks that it is there.</source>
        <translation>Optional: Pfad einer Sicherungsdatei oder eines Sicherungsordners, die dieser Computer erreichen kann; der Assistent prüft, ob der Pfad vorhanden ist.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A backup file or folder this computer can see: the wizard checks that it is there.</source>
        <translation>Pfad einer Sicherungsdatei oder eines Sicherungsordners, die dieser Computer erreichen kann; der Assistent prüft, ob der Pfad vorhanden ist.</translation>
    </message>
    <message>
        <source>When the verified backup finished, in UTC, as YYYY-MM-DD HH:MM; your answer, never filled in for you.</source>
        <translation>Wann die geprüfte Sicherung abgeschlossen wurde, in UTC, im Format JJJJ-MM-TT HH:MM; Ihre eigene Angabe, wird nie automatisch ausgefüllt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
</context>
<context>
    <name>spuw::BugcheckScreen</name>
    <message>
        <source>Simulated server console</source>
        <translation>Konsole des simulierten Servers</translation>
    </message>
    <message>
        <source>A problem has been detected and Windows has been shut down to prevent damage to your computer.

BAD_POOL_CALLER

*** STOP: 0x%1 (%2, %3, %4, %5)

Beginning dump of physical memory
Physical memory dump complete.

(Training: the server was upgraded or reconnected while KB 817409 says it must not be.)</source>
        <translation>Es wurde ein Problem festgestellt. Windows wurde heruntergefahren, damit der Computer nicht beschädigt wird.

BAD_POOL_CALLER

*** STOP: 0x%1 (%2, %3, %4, %5)

Abbild des physikalischen Speichers wird erstellt.
Abbild des physikalischen Speichers abgeschlossen.

(Übung: Der Server wurde aktualisiert oder wieder verbunden, obwohl KB 817409 das in diesem Zustand nicht zulässt.)</translation>
    </message>
</context>
<context>
    <name>spuw::ClusterPrepPage</name>
    <message>
        <source>Prepare the cluster node</source>
        <translation>Clusterknoten vorbereiten</translation>
    </message>
    <message>
        <source>KB 817409, clustered servers, steps 1 and 2.</source>
        <translation>KB 817409, Server im Cluster, Schritte 1 und 2.</translation>
    </message>
    <message>
        <source>1. In Cluster Administrator, move all groups with shared storage to another node.</source>
        <translation>1. Verschieben Sie in der Clusterverwaltung alle Gruppen mit freigegebenem Speicher auf einen anderen Knoten.</translation>
    </message>
    <message>
        <source>Check the &amp;storage owner</source>
        <translation>Besitzer des &amp;Speichers prüfen</translation>
    </message>
    <message>
        <source>I have &amp;moved all shared storage to another node</source>
        <translation>Ich habe den gesamten freigegebenen Speicher auf einen anderen Knoten &amp;verschoben</translation>
    </message>
    <message>
        <source>2. In Cluster Administrator, pause this node.</source>
        <translation>2. Halten Sie diesen Knoten in der Clusterverwaltung an.</translation>
    </message>
    <message>
        <source>Check that this node is &amp;paused</source>
        <translation>&amp;Prüfen, ob dieser Knoten angehalten ist</translation>
    </message>
    <message>
        <source>I have &amp;paused this node</source>
        <translation>Ich habe diesen Knoten &amp;angehalten</translation>
    </message>
</context>
<context>
    <name>spuw::ClusterResumePage</name>
    <message>
        <source>Unpause the node, then the next one</source>
        <translation>Knoten fortsetzen, dann den nächsten</translation>
    </message>
    <message>
        <source>KB 817409, clustered servers, steps 4 and 5.</source>
        <translation>KB 817409, Server im Cluster, Schritte 4 und 5.</translation>
    </message>
    <message>
        <source>In Cluster Administrator, unpause (resume) this node. It is not done until it is.</source>
        <translation>Setzen Sie diesen Knoten in der Clusterverwaltung fort. Vorher ist er nicht fertig.</translation>
    </message>
    <message>
        <source>&amp;Check that this node is active</source>
        <translation>&amp;Prüfen, ob dieser Knoten aktiv ist</translation>
    </message>
    <message>
        <source>I have &amp;unpaused this node</source>
        <translation>Ich habe diesen &amp;Knoten fortgesetzt</translation>
    </message>
    <message>
        <source>This node is &amp;done: go to the next node</source>
        <translation>Dieser Knoten ist &amp;erledigt: weiter zum nächsten Knoten</translation>
    </message>
    <message>
        <source>No other node is listed.</source>
        <translation>Es ist kein anderer Knoten aufgeführt.</translation>
    </message>
    <message>
        <source>Then the other nodes, one at a time: %1. Run this wizard on each.</source>
        <translation>Danach die anderen Knoten, einer nach dem anderen: %1. Führen Sie diesen Assistenten auf jedem davon aus.</translation>
    </message>
    <message>
        <source>Records that this node is done and goes on with the next node of the cluster, one at a time.</source>
        <translation>Zeichnet auf, dass dieser Knoten fertig ist, und fährt mit dem nächsten Knoten des Clusters fort, einem nach dem anderen.</translation>
    </message>
</context>
<context>
    <name>spuw::DeferPage</name>
    <message>
        <source>Defer the upgrade</source>
        <translation>Upgrade zurückstellen</translation>
    </message>
    <message>
        <source>KB 817409: only after HP Secure Path V4.0B becomes available will you be able to upgrade this server.</source>
        <translation>KB 817409: Erst wenn HP Secure Path V4.0B verfügbar ist, können Sie diesen Server aktualisieren.</translation>
    </message>
    <message>
        <source>What to do instead: leave this server on Windows 2000 with Secure Path 4.0A; plan the upgrade for when HP Secure Path 4.0B is available, or move the boot volume, page file or Active Directory files off the SAN first and assess the server again.</source>
        <translation>Was stattdessen zu tun ist: Belassen Sie diesen Server unter Windows 2000 mit Secure Path 4.0A; planen Sie das Upgrade für den Zeitpunkt, zu dem HP Secure Path 4.0B verfügbar ist, oder verschieben Sie zuerst das Startvolume, die Auslagerungsdatei oder die Active Directory-Dateien aus dem SAN, und bewerten Sie den Server dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Record the decision to defer</source>
        <translation>Entscheidung zum Zu&amp;rückstellen aufzeichnen</translation>
    </message>
    <message>
        <source>- %1
  KB 817409: &quot;%2&quot;</source>
        <translation>- %1
  KB 817409: „%2“</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Assess the server a&amp;gain</source>
        <translation>Server erneut &amp;bewerten</translation>
    </message>
    <message>
        <source>Reads the server again on the preflight page, after the boot volume, page file or Active Directory files were moved off the SAN.</source>
        <translation>Liest den Server auf der Seite „Vorabprüfung“ erneut ein, nachdem das Startvolume, die Auslagerungsdatei oder die Active Directory-Dateien aus dem SAN verschoben wurden.</translation>
    </message>
    <message>
        <source>After moving the boot volume, page file or Active Directory files off the SAN: the preflight reads the server again and records a new decision if KB 817409 now allows one.</source>
        <translation>Nachdem Sie das Startvolume, die Auslagerungsdatei oder die Active Directory-Dateien aus dem SAN verschoben haben: Die Vorabprüfung liest den Server erneut ein und zeichnet eine neue Entscheidung auf, wenn KB 817409 jetzt eine zulässt.</translation>
    </message>
</context>
<context>
    <name>spuw::ExportButton</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf *.json)</source>
        <translation>Berichte (*.html *.pdf *.json)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;Export the record...</source>
        <translation>Upgradeprotokoll &amp;exportieren...</translation>
    </message>
    <message>
        <source>Writes the upgrade record of this journal as HTML, PDF or JSON: facts before and after, every step with its evidence, deviations marked.</source>
        <translation>Schreibt das Upgradeprotokoll dieses Journals als HTML, PDF oder JSON: Fakten vorher und nachher, jeder Schritt mit seinem Nachweis, Abweichungen markiert.</translation>
    </message>
</context>
<context>
    <name>spuw::InstallSecurePathFirstPage</name>
    <message>
        <source>Install HP Secure Path 4.0A first</source>
        <translation>Zuerst HP Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <source>KB 817409: the Raidisk.sys file must be version 3.6.2.670.</source>
        <translation>KB 817409: Die Datei Raidisk.sys muss die Version 3.6.2.670 haben.</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A on this Windows 2000 server, then check again. Repeat until Raidisk.sys is version 3.6.2.670.</source>
        <translation>Installieren Sie HP Secure Path 4.0A auf diesem Windows 2000-Server, und prüfen Sie dann erneut. Wiederholen Sie dies, bis Raidisk.sys die Version 3.6.2.670 hat.</translation>
    </message>
    <message>
        <source>&amp;Check Raidisk.sys again</source>
        <translation>Raidisk.sys erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Raidisk.sys now: %1</source>
        <translation>Raidisk.sys jetzt: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>I &amp;attest that Raidisk.sys is now version 3.6.2.670</source>
        <translation>Ich &amp;bestätige, dass Raidisk.sys jetzt die Version 3.6.2.670 hat</translation>
    </message>
</context>
<context>
    <name>spuw::JournalDialog</name>
    <message>
        <source>Journal of this run</source>
        <translation>Journal dieses Durchlaufs</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Every record of this run: when, which step, what kind, by whom, and what was recorded with it.</source>
        <translation>Jeder Eintrag dieses Durchlaufs: wann, welcher Schritt, welche Art, von wem und was dabei aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Closes this view of the journal.</source>
        <translation>Schließt diese Ansicht des Journals.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), kept in the journal</source>
        <translation>
            <numerusform>%1: %n Zeile, im Journal gespeichert</numerusform>
            <numerusform>%1: %n Zeilen, im Journal gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 UTC
%2 (%3)
%4</source>
        <translation>%1 (UTC)
%2 (%3)
%4</translation>
    </message>
</context>
<context>
    <name>spuw::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>What the server&apos;s own files say, and which procedure of KB 817409 that allows.</source>
        <translation>Was die eigenen Dateien des Servers aussagen und welches Verfahren aus KB 817409 sich daraus ergibt.</translation>
    </message>
    <message>
        <source>Facts about the server</source>
        <translation>Fakten zum Server</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>SAN volumes</source>
        <translation>SAN-Volumes</translation>
    </message>
    <message>
        <source>E:, F: or none</source>
        <translation>E:, F: oder none</translation>
    </message>
    <message>
        <source>&amp;Use these SAN volumes</source>
        <translation>Diese SAN-Volumes &amp;verwenden</translation>
    </message>
    <message>
        <source>Which volumes are on the &amp;SAN?</source>
        <translation>Welche Volumes befinden sich im &amp;SAN?</translation>
    </message>
    <message>
        <source>Save the &amp;assessment...</source>
        <translation>Beurteilung s&amp;peichern...</translation>
    </message>
    <message>
        <source>Assessment (*.json *.txt)</source>
        <translation>Beurteilung (*.json *.txt)</translation>
    </message>
    <message>
        <source>points to the SAN</source>
        <translation>spricht für das SAN</translation>
    </message>
    <message>
        <source>points away from the SAN</source>
        <translation>spricht gegen das SAN</translation>
    </message>
    <message>
        <source>says nothing either way</source>
        <translation>sagt weder das eine noch das andere</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>IOCTL_STORAGE_QUERY_PROPERTY: %1 (evidence, not an answer)</source>
        <translation>IOCTL_STORAGE_QUERY_PROPERTY: %1 (ein Hinweis, keine Antwort)</translation>
    </message>
    <message>
        <source>Suggested by the disks&apos; bus and product ids. Check it against the SAN&apos;s own records before you use it.</source>
        <translation>Vorgeschlagen nach Bus und Produktkennung der Datenträger. Gleichen Sie den Vorschlag vor der Verwendung mit den Unterlagen des SAN ab.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>This run continues with the procedure chosen before: %1.</source>
        <translation>Dieser Durchlauf wird mit dem zuvor gewählten Verfahren fortgesetzt: %1.</translation>
    </message>
    <message>
        <source>&amp;This server already stops with BAD_POOL_CALLER (bugcheck 0xC2)</source>
        <translation>&amp;Dieser Server hält bereits mit dem Stoppfehler (Bugcheck) 0xC2 BAD_POOL_CALLER an</translation>
    </message>
    <message>
        <source>Each fact the wizard read, its value, and where it came from: a registry value, a file, your answer, or the training scenario.</source>
        <translation>Jeder Fakt, den der Assistent gelesen hat, sein Wert und seine Herkunft: ein Registrierungswert, eine Datei, Ihre Antwort oder das Übungsszenario.</translation>
    </message>
    <message>
        <source>The procedure of KB 817409 these facts allow, why, and every blocker with the sentence it enforces.</source>
        <translation>Das Verfahren aus KB 817409, das diese Fakten zulassen, die Begründung und jeder Hinderungsgrund mit dem Satz aus KB 817409, auf dem er beruht.</translation>
    </message>
    <message>
        <source>Drive letters of the volumes on the SAN, such as E:, F:, or none. Your answer, recorded as yours.</source>
        <translation>Laufwerkbuchstaben der Volumes im SAN, z. B. E:, F:, oder none. Ihre Antwort, die als Ihre Angabe aufgezeichnet wird.</translation>
    </message>
    <message>
        <source>Uses the drive letters typed beside it as the answer, and assesses again.</source>
        <translation>Verwendet die daneben eingegebenen Laufwerkbuchstaben als Antwort und beurteilt den Server erneut.</translation>
    </message>
    <message>
        <source>Tick it when the server already stops with the 0xC2 bugcheck at every start: the recovery applies.</source>
        <translation>Aktivieren Sie dieses Kontrollkästchen, wenn der Server bereits bei jedem Start mit dem Stoppfehler (Bugcheck) 0xC2 anhält: Dann gilt das Wiederherstellungsverfahren.</translation>
    </message>
    <message>
        <source>Type the SAN volumes&apos; drive letters (E:, F:) or none.</source>
        <translation>Geben Sie die Laufwerkbuchstaben der SAN-Volumes (E:, F:) oder none ein.</translation>
    </message>
    <message>
        <source>Writes these facts, the verdict and its reasons to a JSON or text file.</source>
        <translation>Schreibt diese Fakten, den Befund und seine Begründung in eine JSON- oder Textdatei.</translation>
    </message>
    <message>
        <source>The server&apos;s own evidence shows the bugcheck already (see the verdict).</source>
        <translation>Die eigenen Nachweise des Servers zeigen den Stoppfehler (Bugcheck) bereits (siehe Befund).</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Einweisung: %1</translation>
    </message>
</context>
<context>
    <name>spuw::RecoveryPage</name>
    <message>
        <source>Recovery after the bugcheck</source>
        <translation>Wiederherstellung nach dem Stoppfehler (Bugcheck)</translation>
    </message>
    <message>
        <source>KB 817409: recover servers that are getting the &quot;Bugcheck&quot; error message.</source>
        <translation>KB 817409: Server wiederherstellen, die die Fehlermeldung „Bugcheck“ (Stoppfehler) erhalten.</translation>
    </message>
    <message>
        <source>This server stops with bugcheck 0xC2 BAD_POOL_CALLER because the upgrade ran while it was attached to the SAN. The recovery: remove all SAN connections, restart to complete the upgrade to Windows Server 2003, install HP Secure Path 4.0A (Raidisk.sys 3.6.3.670), and reconnect the SAN.</source>
        <translation>Dieser Server hält mit dem Stoppfehler (Bugcheck) 0xC2 BAD_POOL_CALLER an, weil das Upgrade ausgeführt wurde, während er mit dem SAN verbunden war. Die Wiederherstellung: Alle SAN-Verbindungen trennen, neu starten, um das Upgrade auf Windows Server 2003 abzuschließen, HP Secure Path 4.0A installieren (Raidisk.sys 3.6.3.670) und das SAN wieder verbinden.</translation>
    </message>
    <message>
        <source>%1: bugcheck 0x%2 (%3, %4, %5, %6), Windows build %7</source>
        <translation>%1: Stoppfehler (Bugcheck) 0x%2 (%3, %4, %5, %6), Windows-Build %7</translation>
    </message>
    <message>
        <source>The operator reports the BAD_POOL_CALLER bugcheck.</source>
        <translation>Der Bediener meldet den Stoppfehler (Bugcheck) BAD_POOL_CALLER.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
</context>
<context>
    <name>spuw::RestartPage</name>
    <message>
        <source>Restart to complete the upgrade</source>
        <translation>Neustart zum Abschluss des Upgrades</translation>
    </message>
    <message>
        <source>KB 817409, recovery step 2.</source>
        <translation>KB 817409, Wiederherstellung, Schritt 2.</translation>
    </message>
    <message>
        <source>With every SAN connection removed, restart the server. Windows Server 2003 setup completes without the SAN attached.</source>
        <translation>Starten Sie den Server neu, nachdem alle SAN-Verbindungen getrennt sind. Das Windows Server 2003-Setup wird ohne angeschlossenes SAN abgeschlossen.</translation>
    </message>
    <message>
        <source>&amp;Check that the server started normally</source>
        <translation>&amp;Prüfen, ob der Server normal gestartet wurde</translation>
    </message>
    <message>
        <source>I &amp;attest that the server restarted and the upgrade completed</source>
        <translation>Ich &amp;bestätige, dass der Server neu gestartet und das Upgrade abgeschlossen wurde</translation>
    </message>
</context>
<context>
    <name>spuw::SanDisconnectPage</name>
    <message>
        <source>Remove all SAN connections</source>
        <translation>Alle SAN-Verbindungen trennen</translation>
    </message>
    <message>
        <source>KB 817409: disconnect the server from all SAN storage before you perform the upgrade.</source>
        <translation>KB 817409: Trennen Sie den Server von allen SAN-Speichern, bevor Sie das Upgrade durchführen.</translation>
    </message>
    <message>
        <source>Unplug every Fibre Channel cable of this server (or disable its switch ports) so that it sees no SAN storage at all. Then check again until no SAN volume is visible.</source>
        <translation>Ziehen Sie alle Fibre Channel-Kabel dieses Servers ab (oder deaktivieren Sie seine Switchports), sodass er überhaupt keinen SAN-Speicher mehr sieht. Prüfen Sie dann erneut, bis kein SAN-Volume mehr sichtbar ist.</translation>
    </message>
    <message>
        <source>&amp;Check that no SAN volume is visible</source>
        <translation>&amp;Prüfen, ob kein SAN-Volume mehr sichtbar ist</translation>
    </message>
    <message>
        <source>I &amp;attest that all SAN connections are removed</source>
        <translation>Ich &amp;bestätige, dass alle SAN-Verbindungen getrennt sind</translation>
    </message>
    <message>
        <source>SAN volumes before disconnection: %1
Visible now: %2</source>
        <translation>SAN-Volumes vor dem Trennen: %1
Jetzt sichtbar: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cannot be seen from here</source>
        <translation>von hier aus nicht erkennbar</translation>
    </message>
</context>
<context>
    <name>spuw::SanReattachPage</name>
    <message>
        <source>Reconnect the SAN</source>
        <translation>SAN wieder verbinden</translation>
    </message>
    <message>
        <source>KB 817409: connect the Windows Server 2003 server to the SAN storage.</source>
        <translation>KB 817409: Verbinden Sie den Server, auf dem jetzt Windows Server 2003 läuft, mit dem SAN-Speicher.</translation>
    </message>
    <message>
        <source>Reconnect the Fibre Channel cables, let Secure Path find its paths, then check that every volume the server had before is back.</source>
        <translation>Verbinden Sie die Fibre Channel-Kabel wieder, lassen Sie Secure Path seine Pfade finden, und prüfen Sie dann, ob alle zuvor vorhandenen Volumes des Servers wieder da sind.</translation>
    </message>
    <message>
        <source>&amp;Check that every SAN volume is back</source>
        <translation>&amp;Prüfen, ob alle SAN-Volumes wieder vorhanden sind</translation>
    </message>
    <message>
        <source>I &amp;attest that every SAN volume is back</source>
        <translation>Ich &amp;bestätige, dass alle SAN-Volumes wieder vorhanden sind</translation>
    </message>
    <message>
        <source>Volumes before disconnection: %1</source>
        <translation>Volumes vor dem Trennen: %1</translation>
    </message>
    <message>
        <source>Do not reconnect yet: %1</source>
        <translation>Noch nicht wieder verbinden: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <source>Reads the server again and records the step when every volume it had before is visible.</source>
        <translation>Liest den Server erneut ein und zeichnet den Schritt auf, sobald alle zuvor vorhandenen Volumes sichtbar sind.</translation>
    </message>
    <message>
        <source>Records your statement that every volume the server had before is visible again.</source>
        <translation>Zeichnet Ihre Aussage auf, dass alle zuvor vorhandenen Volumes des Servers wieder sichtbar sind.</translation>
    </message>
    <message>
        <source>A volume that does not come back after the cables are in is almost always one of these; check them in this order, then check again:
1. Zoning: on both fabrics, the server&apos;s HBA ports (WWPNs) are in a zone with the array&apos;s controller ports, and the switch ports are enabled again.
2. LUN presentation: on the array (Command View EVA, or the HSG80&apos;s ACS), the LUN behind the volume is presented to this server&apos;s host connections, with the LUN number it had before.
3. Secure Path: in Secure Path Manager (or spmgr display), every path to the LUN is Available, not Failed; restore failed paths, then rescan the disks in Disk Management.</source>
        <translation>Ein Volume, das nach dem Einstecken der Kabel nicht zurückkehrt, hat fast immer eine dieser Ursachen; prüfen Sie sie in dieser Reihenfolge, und prüfen Sie dann erneut:
1. Zoning: In beiden Fabrics sind die HBA-Ports des Servers (WWPNs) mit den Controllerports des Arrays in einer Zone, und die Switchports sind wieder aktiviert.
2. LUN-Präsentation: Auf dem Array (Command View EVA oder ACS des HSG80) ist die LUN hinter dem Volume den Hostverbindungen dieses Servers präsentiert, mit derselben LUN-Nummer wie zuvor.
3. Secure Path: In Secure Path Manager (oder spmgr display) ist jeder Pfad zur LUN „Available“, nicht „Failed“; stellen Sie ausgefallene Pfade wieder her, und lesen Sie dann die Datenträger in der Datenträgerverwaltung neu ein.</translation>
    </message>
    <message>
        <source>If a volume stays missing, hand the problem on and record to whom: the run can then end, honestly, as not complete. Until it ends you can still check again.</source>
        <translation>Wenn ein Volume weiterhin fehlt, übergeben Sie das Problem, und zeichnen Sie auf, an wen: Der Durchlauf kann dann ehrlich als nicht vollständig enden. Bis er endet, können Sie weiterhin erneut prüfen.</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Eskaliert an</translation>
    </message>
    <message>
        <source>The team, person or ticket the missing volume is handed to; recorded in the journal.</source>
        <translation>Das Team, die Person oder das Ticket, an das das fehlende Volume übergeben wird; wird im Journal aufgezeichnet.</translation>
    </message>
    <message>
        <source>team, person or ticket</source>
        <translation>Team, Person oder Ticket</translation>
    </message>
    <message>
        <source>Escalated &amp;to:</source>
        <translation>Eskalier&amp;t an:</translation>
    </message>
    <message>
        <source>&amp;Record the escalation</source>
        <translation>Eskalation &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Records in the journal that this step cannot be done here, to whom it was handed and why.</source>
        <translation>Zeichnet im Journal auf, dass dieser Schritt hier nicht ausgeführt werden kann, an wen er übergeben wurde und warum.</translation>
    </message>
    <message>
        <source>Reconnect the Fibre Channel cables, let Secure Path find its paths, then look on the server that every volume it had before is back, and attest it: this wizard cannot see the server&apos;s volumes from here.</source>
        <translation>Verbinden Sie die Fibre Channel-Kabel wieder, lassen Sie Secure Path seine Pfade finden, sehen Sie dann auf dem Server nach, ob alle zuvor vorhandenen Volumes wieder da sind, und bestätigen Sie es: Dieser Assistent kann die Volumes des Servers von hier aus nicht sehen.</translation>
    </message>
    <message>
        <source>Escalated: %1. Next ends the run as not complete; or check again once the volume is back, and the step is done after all.</source>
        <translation>Eskaliert: %1. „Weiter“ beendet den Durchlauf als nicht vollständig; oder prüfen Sie erneut, sobald das Volume wieder da ist, dann ist der Schritt doch noch erledigt.</translation>
    </message>
    <message>
        <source>SAN volumes not back after the SAN was reconnected</source>
        <translation>SAN-Volumes nach dem Wiederverbinden des SAN nicht wieder vorhanden</translation>
    </message>
    <message>
        <source>LUN %1 missing after the SAN was reconnected</source>
        <translation>LUN %1 fehlt nach dem Wiederverbinden des SAN</translation>
    </message>
    <message>
        <source>The escalation is recorded in the journal: %1, escalated to %2.</source>
        <translation>Die Eskalation ist im Journal aufgezeichnet: %1, eskaliert an %2.</translation>
    </message>
</context>
<context>
    <name>spuw::SecurePathReinstallPage</name>
    <message>
        <source>Install Secure Path 4.0A for Windows Server 2003</source>
        <translation>Secure Path 4.0A für Windows Server 2003 installieren</translation>
    </message>
    <message>
        <source>KB 817409: verify that Raidisk.sys is version 3.6.3.670.</source>
        <translation>KB 817409: Prüfen Sie, ob Raidisk.sys die Version 3.6.3.670 hat.</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A again. On Windows Server 2003 it installs the Windows Server 2003 driver: Raidisk.sys 3.6.3.670.</source>
        <translation>Installieren Sie HP Secure Path 4.0A erneut. Unter Windows Server 2003 installiert es den Treiber für Windows Server 2003: Raidisk.sys 3.6.3.670.</translation>
    </message>
    <message>
        <source>&amp;Check Raidisk.sys</source>
        <translation>Raidisk.sys &amp;prüfen</translation>
    </message>
    <message>
        <source>Raidisk.sys now: %1</source>
        <translation>Raidisk.sys jetzt: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>I &amp;attest that Raidisk.sys is now version 3.6.3.670</source>
        <translation>Ich &amp;bestätige, dass Raidisk.sys jetzt die Version 3.6.3.670 hat</translation>
    </message>
</context>
<context>
    <name>spuw::ServerRoomPanel</name>
    <message>
        <source>In the server room (simulated)</source>
        <translation>Im Serverraum (simuliert)</translation>
    </message>
    <message>
        <source>Run the full backup</source>
        <translation>Vollständige Sicherung ausführen</translation>
    </message>
    <message>
        <source>Move shared storage to another node</source>
        <translation>Freigegebenen Speicher auf einen anderen Knoten verschieben</translation>
    </message>
    <message>
        <source>Pause this cluster node</source>
        <translation>Diesen Clusterknoten anhalten</translation>
    </message>
    <message>
        <source>I have disconnected the SAN cables</source>
        <translation>Ich habe die SAN-Kabel getrennt</translation>
    </message>
    <message>
        <source>Run Windows Server 2003 setup</source>
        <translation>Windows Server 2003-Setup ausführen</translation>
    </message>
    <message>
        <source>Restart the server</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A</source>
        <translation>HP Secure Path 4.0A installieren</translation>
    </message>
    <message>
        <source>I have reconnected the SAN cables</source>
        <translation>Ich habe die SAN-Kabel wieder angeschlossen</translation>
    </message>
    <message>
        <source>Unpause this cluster node</source>
        <translation>Diesen Clusterknoten fortsetzen</translation>
    </message>
    <message>
        <source>Training: done by hand in the simulated server room, right or wrong; recorded, and judged in the debrief.</source>
        <translation>Übung: im simulierten Serverraum von Hand ausgeführt, richtig oder falsch; wird aufgezeichnet und in der Nachbesprechung bewertet.</translation>
    </message>
    <message>
        <source>Begin the run first: everything done in the server room is recorded.</source>
        <translation>Beginnen Sie zuerst den Durchlauf: Alles, was im Serverraum getan wird, wird aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>spuw::ServerWaitPanel</name>
    <message numerus="yes">
        <source>&amp;Wait %n more minute(s)</source>
        <translation>
            <numerusform>&amp;Noch %n Minute warten</numerusform>
            <numerusform>&amp;Noch %n Minuten warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits longer before saying that the server has not come back.</source>
        <translation>Wartet länger, bevor gemeldet wird, dass der Server nicht wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer again: away for %2. The wizard asks again every %3 seconds and goes on by itself once the server answers and its facts are checked.</source>
        <translation>Es wird gewartet, bis %1 wieder antwortet: seit %2 nicht erreichbar. Der Assistent fragt alle %3 Sekunden erneut nach und fährt von selbst fort, sobald der Server antwortet und seine Fakten geprüft sind.</translation>
    </message>
    <message numerus="yes">
        <source>A restart of Windows setup takes a while; the agent starts again after the next administrator logon. Waiting up to %n minute(s). Last try: %1</source>
        <translation>
            <numerusform>Ein Neustart des Windows-Setups dauert eine Weile; der Agent startet nach der nächsten Anmeldung eines Administrators erneut. Es wird bis zu %n Minute gewartet. Letzter Versuch: %1</numerusform>
            <numerusform>Ein Neustart des Windows-Setups dauert eine Weile; der Agent startet nach der nächsten Anmeldung eines Administrators erneut. Es wird bis zu %n Minuten gewartet. Letzter Versuch: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered for %n minute(s). Look at its console: setup may still be running (wait longer); it may have stopped with STOP 0x000000C2 BAD_POOL_CALLER (then the SAN was attached: the recovery of KB 817409 applies); or nobody has logged on, so the agent&apos;s RunOnce entry has not run (log on as an administrator, or start spuw-live-probe.exe --serve --resume). Nothing is recorded as done while it is away. Last try: %2</source>
        <translation>
            <numerusform>%1 hat seit %n Minute nicht geantwortet. Sehen Sie an der Konsole des Servers nach: Das Setup läuft möglicherweise noch (warten Sie länger); der Server ist möglicherweise mit STOP 0x000000C2 BAD_POOL_CALLER angehalten (dann war das SAN angeschlossen: Es gilt das Wiederherstellungsverfahren aus KB 817409); oder es hat sich niemand angemeldet, sodass der RunOnce-Eintrag des Agenten nicht ausgeführt wurde (melden Sie sich als Administrator an, oder starten Sie spuw-live-probe.exe --serve --resume). Solange der Server nicht erreichbar ist, wird nichts als erledigt aufgezeichnet. Letzter Versuch: %2</numerusform>
            <numerusform>%1 hat seit %n Minuten nicht geantwortet. Sehen Sie an der Konsole des Servers nach: Das Setup läuft möglicherweise noch (warten Sie länger); der Server ist möglicherweise mit STOP 0x000000C2 BAD_POOL_CALLER angehalten (dann war das SAN angeschlossen: Es gilt das Wiederherstellungsverfahren aus KB 817409); oder es hat sich niemand angemeldet, sodass der RunOnce-Eintrag des Agenten nicht ausgeführt wurde (melden Sie sich als Administrator an, oder starten Sie spuw-live-probe.exe --serve --resume). Solange der Server nicht erreichbar ist, wird nichts als erledigt aufgezeichnet. Letzter Versuch: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spuw::Session</name>
    <message>
        <source>A run has begun: the system cannot be changed any more.</source>
        <translation>Ein Durchlauf hat begonnen: Das System kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This is a training run: its next node is a simulated one.</source>
        <translation>Dies ist ein Übungsdurchlauf: Sein nächster Knoten ist ein simulierter Knoten.</translation>
    </message>
    <message>
        <source>This run upgrades real servers: a simulated server cannot be its next node.</source>
        <translation>Dieser Durchlauf führt ein Upgrade echter Server durch: Ein simulierter Server kann nicht sein nächster Knoten sein.</translation>
    </message>
    <message>
        <source>The run records in %1: the journal cannot be changed while the run is going.</source>
        <translation>Der Durchlauf zeichnet in %1 auf: Das Journal kann nicht gewechselt werden, solange der Durchlauf läuft.</translation>
    </message>
    <message>
        <source>%1 fails verification (%2). The wizard does not add to a journal it cannot vouch for: choose another journal file; export this one with --force to see what it holds.</source>
        <translation>%1 besteht die Prüfung nicht (%2). Der Assistent schreibt nicht in ein Journal, für das er nicht bürgen kann: Wählen Sie eine andere Journaldatei; exportieren Sie diese mit --force, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>The server stopped with bugcheck 0xC2 BAD_POOL_CALLER (crash dump %1, Windows build %2).</source>
        <translation>Der Server ist mit dem Stoppfehler (Bugcheck) 0xC2 BAD_POOL_CALLER angehalten (Speicherabbild %1, Windows-Build %2).</translation>
    </message>
    <message>
        <source>operator&apos;s answer</source>
        <translation>Antwort des Bedieners</translation>
    </message>
    <message>
        <source>operator&apos;s report</source>
        <translation>Meldung des Bedieners</translation>
    </message>
    <message>
        <source>the scenario recorded in %1</source>
        <translation>das in %1 aufgezeichnete Szenario</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2, whose run is going on: connect to one of %3.</source>
        <translation>%1 ist kein Knoten des Clusters %2, dessen Durchlauf gerade läuft: Stellen Sie eine Verbindung mit einem dieser Knoten her: %3.</translation>
    </message>
    <message>
        <source>No run has begun.</source>
        <translation>Es hat noch kein Durchlauf begonnen.</translation>
    </message>
    <message>
        <source>The run is finished.</source>
        <translation>Der Durchlauf ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Not enough is known to choose a procedure: %1</source>
        <translation>Es ist nicht genug bekannt, um ein Verfahren zu wählen: %1</translation>
    </message>
    <message>
        <source>No procedure has been chosen yet.</source>
        <translation>Es wurde noch kein Verfahren gewählt.</translation>
    </message>
    <message>
        <source>No journal is open: nothing can be recorded, so the wizard cannot go on.</source>
        <translation>Es ist kein Journal geöffnet: Nichts kann aufgezeichnet werden, daher kann der Assistent nicht fortfahren.</translation>
    </message>
    <message>
        <source>The wizard could not register itself to start again after the restart (%1). After each restart, start it by hand with the journal %2.</source>
        <translation>Der Assistent konnte sich nicht für einen automatischen Start nach dem Neustart registrieren (%1). Starten Sie ihn nach jedem Neustart von Hand mit dem Journal %2.</translation>
    </message>
    <message>
        <source>The wizard&apos;s start-after-restart entry could not be removed (%1): remove %2 by hand.</source>
        <translation>Der Eintrag für den Start des Assistenten nach dem Neustart konnte nicht entfernt werden (%1): Entfernen Sie %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 does not answer: nothing is checked or recorded as done until it answers again.</source>
        <translation>%1 antwortet nicht: Bis er wieder antwortet, wird nichts geprüft oder als erledigt aufgezeichnet.</translation>
    </message>
    <message>
        <source>The upgrade of %1 is deferred until HP Secure Path 4.0B: only finishing the run or a new assessment is possible.</source>
        <translation>Das Upgrade von %1 ist bis HP Secure Path 4.0B zurückgestellt: Es ist nur noch möglich, den Durchlauf abzuschließen oder den Server neu zu beurteilen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the %2 procedure.</source>
        <translation>&quot;%1&quot; ist kein Schritt des Verfahrens %2.</translation>
    </message>
    <message>
        <source>First: %1.</source>
        <translation>Zuerst: %1.</translation>
    </message>
    <message>
        <source>This step cannot be checked here; the operator attests it.</source>
        <translation>Dieser Schritt kann hier nicht geprüft werden; der Bediener bestätigt ihn.</translation>
    </message>
    <message>
        <source>Not in training mode.</source>
        <translation>Nicht im Übungsmodus.</translation>
    </message>
    <message>
        <source>Begin the run on the first page first: what is done in the server room is recorded.</source>
        <translation>Beginnen Sie zuerst den Durchlauf auf der ersten Seite: Was im Serverraum getan wird, wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>The journal cannot record: %1</source>
        <translation>Das Journal kann nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was deferred until HP Secure Path 4.0B, yet the work went on in the server room.</source>
        <translation>Das Upgrade von %1 wurde bis HP Secure Path 4.0B zurückgestellt, trotzdem wurde im Serverraum weitergearbeitet.</translation>
    </message>
    <message>
        <source>Only a step of the procedure that is not done can be escalated.</source>
        <translation>Nur ein noch nicht erledigter Schritt des Verfahrens kann eskaliert werden.</translation>
    </message>
    <message>
        <source>Say to whom the problem is handed (a team, a person, a ticket).</source>
        <translation>Geben Sie an, an wen das Problem übergeben wird (ein Team, eine Person, ein Ticket).</translation>
    </message>
</context>
<context>
    <name>spuw::StepListPanel</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>Schritte des Verfahrens</translation>
    </message>
    <message>
        <source>Procedure: not chosen yet</source>
        <translation>Verfahren: noch nicht gewählt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Each step of the chosen procedure with its state: done, now, blocked, to do, reopened or escalated.</source>
        <translation>Jeder Schritt des gewählten Verfahrens mit seinem Status: erledigt, aktuell, blockiert, offen, wieder geöffnet oder eskaliert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
</context>
<context>
    <name>spuw::StepPage</name>
    <message>
        <source>The journal cannot record, so the wizard will not go on: %1</source>
        <translation>Das Journal kann nicht aufzeichnen, daher fährt der Assistent nicht fort: %1</translation>
    </message>
    <message>
        <source>TRAINING - scenario &quot;%1&quot;: simulated server - nothing on this machine is changed.</source>
        <translation>ÜBUNG – Szenario „%1“: simulierter Server – auf diesem Computer wird nichts geändert.</translation>
    </message>
    <message>
        <source>The server could not be read: %1</source>
        <translation>Der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Done and recorded.</source>
        <translation>Erledigt und aufgezeichnet.</translation>
    </message>
    <message>
        <source>Reopened: this step was done, but the server now shows otherwise. %1 Do it again.</source>
        <translation>Wieder geöffnet: Dieser Schritt war erledigt, aber der Server zeigt jetzt etwas anderes. %1 Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Reads the server again and records &quot;%1&quot; as done when its facts show it.</source>
        <translation>Liest den Server erneut und zeichnet „%1“ als erledigt auf, wenn seine Fakten das zeigen.</translation>
    </message>
    <message>
        <source>Records your statement that &quot;%1&quot; is done, under your name; refused when the facts contradict it.</source>
        <translation>Zeichnet Ihre Aussage, dass „%1“ erledigt ist, unter Ihrem Namen auf; wird verweigert, wenn die Fakten ihr widersprechen.</translation>
    </message>
    <message>
        <source>Checked and recorded in the journal (record %1, head hash %2).</source>
        <translation>Geprüft und im Journal aufgezeichnet (Eintrag %1, Kopf-Hash %2).</translation>
    </message>
    <message>
        <source>Your statement is recorded in the journal (record %1, head hash %2).</source>
        <translation>Ihre Aussage ist im Journal aufgezeichnet (Eintrag %1, Kopf-Hash %2).</translation>
    </message>
</context>
<context>
    <name>spuw::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What was done, as the journal records it.</source>
        <translation>Was getan wurde, wie im Journal aufgezeichnet.</translation>
    </message>
    <message>
        <source>Journal %1: %2 records, intact (head %3).</source>
        <translation>Journal %1: %2 Einträge, intakt (Kopf-Hash %3).</translation>
    </message>
    <message>
        <source>Journal %1 is damaged: %2</source>
        <translation>Journal %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>Richtig gemacht:</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>Keine Verstöße gegen KB 817409.</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>What was done in this run as the journal records it, and in training the debrief.</source>
        <translation>Was in diesem Durchlauf getan wurde, wie im Journal aufgezeichnet, und im Übungsmodus die Nachbesprechung.</translation>
    </message>
    <message>
        <source>Connect to the &amp;next node...</source>
        <translation>Mit dem &amp;nächsten Knoten verbinden...</translation>
    </message>
    <message>
        <source>Goes back to the first page to choose the next node&apos;s agent; the run goes on there.</source>
        <translation>Wechselt zurück zur ersten Seite, um den Agenten des nächsten Knotens zu wählen; dort wird der Durchlauf fortgesetzt.</translation>
    </message>
    <message>
        <source>Choose the next node&apos;s agent on the first page; the run goes on there.</source>
        <translation>Wählen Sie auf der ersten Seite den Agenten des nächsten Knotens; dort wird der Durchlauf fortgesetzt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Escalated: %1 (%2)</source>
        <translation>Eskaliert: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>The run is finished and complete, as recorded in the journal.</source>
        <translation>Der Durchlauf ist beendet und vollständig, wie im Journal aufgezeichnet.</translation>
    </message>
    <message>
        <source>The run is finished, NOT complete, as recorded in the journal: the steps not done above are the reason.</source>
        <translation>Der Durchlauf ist beendet, aber NICHT vollständig, wie im Journal aufgezeichnet: Grund sind die oben aufgeführten nicht erledigten Schritte.</translation>
    </message>
    <message>
        <source>This node is done. The run continues on %1: start the wizard for that node with the same journal (%2).</source>
        <translation>Dieser Knoten ist fertig. Der Durchlauf wird auf %1 fortgesetzt: Starten Sie den Assistenten für diesen Knoten mit demselben Journal (%2).</translation>
    </message>
</context>
<context>
    <name>spuw::UpgradePage</name>
    <message>
        <source>Upgrade to Windows Server 2003</source>
        <translation>Upgrade auf Windows Server 2003</translation>
    </message>
    <message>
        <source>KB 817409: upgrade Windows 2000 Server to Windows Server 2003. This is the point of no return.</source>
        <translation>KB 817409: Upgrade von Windows 2000 Server auf Windows Server 2003. Ab hier gibt es kein Zurück.</translation>
    </message>
    <message>
        <source>&amp;Upgrade done</source>
        <translation>&amp;Upgrade abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Check the Windows version</source>
        <translation>Windows-Version &amp;prüfen</translation>
    </message>
    <message>
        <source>I &amp;attest that Windows Server 2003 setup has completed</source>
        <translation>Ich &amp;bestätige, dass das Windows Server 2003-Setup abgeschlossen ist</translation>
    </message>
    <message>
        <source>Windows now: %1 (build %2).</source>
        <translation>Windows jetzt: %1 (Build %2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not allowed yet: %1</source>
        <translation>Noch nicht zulässig: %1</translation>
    </message>
    <message>
        <source>After the restarts Windows starts this wizard again with journal %1.</source>
        <translation>Nach den Neustarts startet Windows diesen Assistenten wieder mit dem Journal %1.</translation>
    </message>
    <message>
        <source>In training the restarts are simulated.</source>
        <translation>Im Übungsmodus werden die Neustarts simuliert.</translation>
    </message>
    <message>
        <source>After the restarts, start this wizard again with journal %1.</source>
        <translation>Starten Sie diesen Assistenten nach den Neustarts wieder mit dem Journal %1.</translation>
    </message>
    <message>
        <source>Run Windows Server 2003 setup (winnt32.exe) and choose Upgrade. Setup restarts the server two or three times; the line below says how this wizard continues after them. Do not reconnect the SAN until Secure Path 4.0A for Windows Server 2003 is installed.</source>
        <translation>Führen Sie das Windows Server 2003-Setup (winnt32.exe) aus, und wählen Sie das Upgrade als Installationsart. Das Setup startet den Server zwei- bis dreimal neu; die Zeile darunter sagt, wie dieser Assistent danach fortsetzt. Verbinden Sie das SAN erst wieder, wenn Secure Path 4.0A für Windows Server 2003 installiert ist.</translation>
    </message>
    <message>
        <source>After the restarts Windows starts the agent on the server again by itself; this wizard waits for it and continues with journal %1.</source>
        <translation>Nach den Neustarts startet Windows den Agenten auf dem Server von selbst wieder; dieser Assistent wartet auf ihn und setzt mit dem Journal %1 fort.</translation>
    </message>
</context>
<context>
    <name>spuw::UpgradeWizard</name>
    <message>
        <source>Secure Path Upgrade Wizard</source>
        <translation>Secure-Path-Upgrade-Assistent</translation>
    </message>
    <message>
        <source>&amp;Journal...</source>
        <translation>&amp;Journal...</translation>
    </message>
    <message>
        <source>Pause and e&amp;xit</source>
        <translation>An&amp;halten und beenden</translation>
    </message>
    <message>
        <source>Nothing is undone: start the wizard again with the same journal to continue.</source>
        <translation>Es wird nichts rückgängig gemacht: Starten Sie den Assistenten erneut mit demselben Journal, um fortzufahren.</translation>
    </message>
    <message>
        <source>The previous page; what is recorded stays recorded.</source>
        <translation>Die vorherige Seite; was aufgezeichnet ist, bleibt aufgezeichnet.</translation>
    </message>
    <message>
        <source>The next step of the procedure, once this page&apos;s steps are recorded.</source>
        <translation>Der nächste Schritt des Verfahrens, sobald die Schritte dieser Seite aufgezeichnet sind.</translation>
    </message>
    <message>
        <source>Records that this step is done; the wizard cannot go back past it.</source>
        <translation>Zeichnet auf, dass dieser Schritt erledigt ist; der Assistent kann danach nicht mehr vor diesen Schritt zurückgehen.</translation>
    </message>
    <message>
        <source>Closes the wizard; the run is recorded as it ended.</source>
        <translation>Schließt den Assistenten; der Durchlauf wird so aufgezeichnet, wie er geendet hat.</translation>
    </message>
    <message>
        <source>Shows every record of this run as the journal holds it.</source>
        <translation>Zeigt jeden Eintrag dieses Durchlaufs so an, wie das Journal ihn enthält.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>The run is finished and recorded in the journal %1. The upgrade record can still be exported from this page.</source>
        <translation>Der Durchlauf ist abgeschlossen und im Journal %1 aufgezeichnet. Das Upgradeprotokoll kann auf dieser Seite weiterhin exportiert werden.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Exit the wizard?</source>
        <translation>Assistenten beenden?</translation>
    </message>
    <message>
        <source>No run has begun, so nothing is recorded.</source>
        <translation>Es hat noch kein Durchlauf begonnen, daher ist nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Pause and exit?</source>
        <translation>Anhalten und beenden?</translation>
    </message>
    <message>
        <source>The run will be paused, not finished, and nothing is undone. To continue where you are now, start the wizard again with the journal %1.</source>
        <translation>Der Durchlauf wird angehalten, nicht abgeschlossen, und es wird nichts rückgängig gemacht. Um an der aktuellen Stelle fortzufahren, starten Sie den Assistenten erneut mit dem Journal %1.</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Im Assistenten bleiben</translation>
    </message>
    <message>
        <source>Go back to the wizard; nothing is recorded.</source>
        <translation>Zurück zum Assistenten; es wird nichts aufgezeichnet.</translation>
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
        <translation>Windows 2000-Server mit HP Secure Path sicher auf Windows Server 2003 aktualisieren (KB 817409).</translation>
    </message>
    <message>
        <source>A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe procedure from Microsoft&apos;s article 817409 and records every step in a journal.</source>
        <translation>Ein direktes Upgrade eines Windows 2000-Servers, der über HP Secure Path an ein SAN angeschlossen ist, endet mit dem Stoppfehler (Bugcheck) 0xC2 BAD_POOL_CALLER. Dieser Assistent prüft den Server, wählt das sichere Verfahren aus Microsofts Artikel 817409 und zeichnet jeden Schritt in einem Journal auf.</translation>
    </message>
    <message>
        <source>System to work on</source>
        <translation>Zu bearbeitendes System</translation>
    </message>
    <message>
        <source>Training: a simulated server</source>
        <translation>Übungsmodus: ein simulierter Server</translation>
    </message>
    <message>
        <source>Offline image: a copy of a server&apos;s system volume</source>
        <translation>Offline-Abbild: eine Kopie des Systemvolumes eines Servers</translation>
    </message>
    <message>
        <source>This Windows server (live)</source>
        <translation>Dieser Windows-Server (live)</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Übungsszenario</translation>
    </message>
    <message>
        <source>Offline image folder</source>
        <translation>Ordner des Offline-Abbilds</translation>
    </message>
    <message>
        <source>SAN volumes of the imaged server</source>
        <translation>SAN-Volumes des Servers im Abbild</translation>
    </message>
    <message>
        <source>Root folder of the system volume</source>
        <translation>Stammordner des Systemvolumes</translation>
    </message>
    <message>
        <source>The wizard reads this server through Windows itself.</source>
        <translation>Der Assistent liest diesen Server über Windows selbst ein.</translation>
    </message>
    <message>
        <source>&amp;Use this system</source>
        <translation>Dieses System &amp;verwenden</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Journaldatei</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Bedieners</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Bediener:</translation>
    </message>
    <message>
        <source>Choose the folder of the offline image.</source>
        <translation>Wählen Sie den Ordner des Offline-Abbilds.</translation>
    </message>
    <message>
        <source>Journal %1 is open.</source>
        <translation>Journal %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>no system chosen</source>
        <translation>kein System gewählt</translation>
    </message>
    <message>
        <source>Training mode: %1</source>
        <translation>Übungsmodus: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Training with a simulated server, an offline copy of a server&apos;s system volume, this Windows server, or a server running the agent.</source>
        <translation>Übungsmodus mit einem simulierten Server, Offline-Kopie des Systemvolumes eines Servers, dieser Windows-Server oder ein Server, auf dem der Agent läuft.</translation>
    </message>
    <message>
        <source>A server running the agent (spuw-live-probe.exe --serve)</source>
        <translation>Ein Server, auf dem der Agent läuft (spuw-live-probe.exe --serve)</translation>
    </message>
    <message>
        <source>The simulated server to train on; Use this system loads it. Its briefing is shown below.</source>
        <translation>Der simulierte Server zum Üben; „Dieses System verwenden“ lädt ihn. Seine Einweisung wird unten angezeigt.</translation>
    </message>
    <message>
        <source>Open a scenario f&amp;ile...</source>
        <translation>Szenariodate&amp;i öffnen...</translation>
    </message>
    <message>
        <source>Loads an instructor&apos;s scenario file (JSON); a file that cannot be used is named with the problem.</source>
        <translation>Lädt die Szenariodatei eines Ausbilders (JSON); bei einer nicht verwendbaren Datei werden die Datei und das Problem genannt.</translation>
    </message>
    <message>
        <source>Reads the system chosen above; the run has not begun until Next.</source>
        <translation>Liest das oben gewählte System ein; der Durchlauf beginnt erst mit „Weiter“.</translation>
    </message>
    <message>
        <source>The SQLite file that records every step; the same file again resumes an unfinished run.</source>
        <translation>Die SQLite-Datei, in der jeder Schritt aufgezeichnet wird; mit derselben Datei wird ein nicht abgeschlossener Durchlauf fortgesetzt.</translation>
    </message>
    <message>
        <source>Your full name, recorded with every step you take.</source>
        <translation>Ihr vollständiger Name, der mit jedem Ihrer Schritte aufgezeichnet wird.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Type your name to go on: the journal records who did each step.</source>
        <translation>Geben Sie Ihren Namen ein, um fortzufahren: Das Journal zeichnet auf, wer welchen Schritt ausgeführt hat.</translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation>Sz&amp;enario:</translation>
    </message>
    <message>
        <source>Journal fi&amp;le:</source>
        <translation>Journa&amp;ldatei:</translation>
    </message>
    <message>
        <source>Training scenarios (*.json);;All files (*)</source>
        <translation>Übungsszenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 Choose another system, or another scenario, and press Use this system.</source>
        <translation>%1 Wählen Sie ein anderes System oder ein anderes Szenario, und klicken Sie auf „Dieses System verwenden“.</translation>
    </message>
    <message>
        <source>The folder that is the root of the server&apos;s system volume; it is only read, never changed.</source>
        <translation>Der Ordner, der den Stamm des Systemvolumes des Servers bildet; er wird nur gelesen, nie geändert.</translation>
    </message>
    <message>
        <source>root of its C: drive</source>
        <translation>Stamm seines Laufwerks C:</translation>
    </message>
    <message>
        <source>Drive letters such as E:, F:, or none; an image cannot show which volumes are on the SAN.</source>
        <translation>Laufwerkbuchstaben wie E:, F: oder &quot;none&quot;; ein Abbild kann nicht zeigen, welche Volumes im SAN liegen.</translation>
    </message>
    <message>
        <source>E:, F: or none</source>
        <translation>E:, F: oder none</translation>
    </message>
    <message>
        <source>When empty, the preflight asks.</source>
        <translation>Wenn leer, fragt die Vorabprüfung nach.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Chooses the image folder in a file dialog.</source>
        <translation>Wählt den Abbildordner in einem Dateidialog aus.</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>S&amp;AN volumes:</source>
        <translation>S&amp;AN-Volumes:</translation>
    </message>
    <message>
        <source>Server running the agent</source>
        <translation>Server, auf dem der Agent läuft</translation>
    </message>
    <message>
        <source>Host name or address of the server, with :port when not 17409.</source>
        <translation>Hostname oder Adresse des Servers, mit :Port, wenn nicht 17409.</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>Host[:Port]</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>The code the agent printed on the server&apos;s console.</source>
        <translation>Der Code, den der Agent auf der Konsole des Servers ausgegeben hat.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Kopplungs&amp;code:</translation>
    </message>
    <message>
        <source>On the server, run spuw-live-probe.exe --serve from the server kit (%1, or its MSI) and type the pairing code it prints. TCP port 17409 must be open from this computer to the server.</source>
        <translation>Führen Sie auf dem Server spuw-live-probe.exe --serve aus dem Server-Kit aus (%1 oder dessen MSI), und geben Sie den ausgegebenen Kopplungscode ein. TCP-Port 17409 muss von diesem Computer zum Server offen sein.</translation>
    </message>
    <message>
        <source>%1 Choose another scenario.</source>
        <translation>%1 Wählen Sie ein anderes Szenario.</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Einweisung: %1</translation>
    </message>
    <message>
        <source>An unfinished run was found (started %1 UTC, last step on %2). It will be resumed. Done on %2: %3. Next: %4.</source>
        <translation>Ein nicht abgeschlossener Durchlauf wurde gefunden (begonnen %1 UTC, letzter Schritt auf %2). Er wird fortgesetzt. Erledigt auf %2: %3. Als Nächstes: %4.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation>Durchlauf abschließen</translation>
    </message>
</context>
</TS>
