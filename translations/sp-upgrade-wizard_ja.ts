<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgentAddress</name>
    <message>
        <source>--agent: &quot;%1&quot; has no closing ] after the IPv6 address.</source>
        <translation>--agent: &quot;%1&quot; の IPv6 アドレスの後に閉じ角かっこ ] がありません。</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; is not HOST[:PORT].</source>
        <translation>--agent: &quot;%1&quot; は HOST[:PORT] の形式ではありません。</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; has an empty port.</source>
        <translation>--agent: &quot;%1&quot; のポートが空です。</translation>
    </message>
    <message>
        <source>--agent: write an IPv6 address in brackets, e.g. [%1]:%2.</source>
        <translation>--agent: IPv6 アドレスは角かっこで囲んで指定してください (例: [%1]:%2)。</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; names no host.</source>
        <translation>--agent: &quot;%1&quot; にホストが指定されていません。</translation>
    </message>
    <message>
        <source>--agent: &quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>--agent: &quot;%1&quot; は有効なポート番号 (1 ～ 65535) ではありません。</translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message>
        <source>the random source or the MAC failed on this computer</source>
        <translation>このコンピューターで乱数ソースまたは MAC の処理が失敗しました</translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation>送信できません: %1</translation>
    </message>
    <message>
        <source>the agent sent %1</source>
        <translation>エージェントから不正なデータが送信されました: %1</translation>
    </message>
    <message>
        <source>the agent closed the connection in the middle of an answer (%1 bytes of it came)</source>
        <translation>エージェントが応答の途中で接続を閉じました (受信済み: %1 バイト)</translation>
    </message>
    <message>
        <source>the agent closed the connection</source>
        <translation>エージェントが接続を閉じました</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>no agent answers on %1: %2</source>
        <translation>%1 で応答するエージェントがありません: %2</translation>
    </message>
    <message>
        <source>while pairing: %1</source>
        <translation>ペアリング中: %1</translation>
    </message>
    <message>
        <source>an answer that is not believed: %1</source>
        <translation>信頼できない応答: %1</translation>
    </message>
</context>
<context>
    <name>AgentIdentity</name>
    <message>
        <source>the agent&apos;s identity is not JSON: %1</source>
        <translation>エージェントの識別情報が JSON 形式ではありません: %1</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has schema &quot;%1&quot;, not sp-upgrade-wizard-agent-identity/1</source>
        <translation>エージェントの識別情報のスキーマが &quot;%1&quot; です (sp-upgrade-wizard-agent-identity/1 ではありません)</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no text field &quot;%1&quot;</source>
        <translation>エージェントの識別情報にテキスト フィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no true/false field &quot;%1&quot;</source>
        <translation>エージェントの識別情報に true/false のフィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>the agent&apos;s identity has no protocolVersion</source>
        <translation>エージェントの識別情報に protocolVersion がありません</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Assess the server without the window: print the facts, the procedure KB 817409 allows and what blocks it.</source>
        <translation>ウィンドウを開かずにサーバーを評価します: 情報、KB 817409 で認められる作業手順、およびそれを妨げる要因を出力します。</translation>
    </message>
    <message>
        <source>Read an offline copy of a server&apos;s system volume (opened read-only).</source>
        <translation>サーバーのシステム ボリュームのオフライン コピーを読み取ります (読み取り専用で開きます)。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Query this Windows server itself (the default on Windows).</source>
        <translation>この Windows サーバー自体を照会します (Windows での既定)。</translation>
    </message>
    <message>
        <source>With --preflight: assess the JSON that spuw-live-probe.exe printed on a server.</source>
        <translation>--preflight と共に使用: spuw-live-probe.exe がサーバー上で出力した JSON を評価します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Query a server running the agent (spuw-live-probe.exe --serve); the port is 17409 unless given.</source>
        <translation>エージェントを実行しているサーバー (spuw-live-probe.exe --serve) を照会します。ポートを指定しない場合は 17409 を使用します。</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>ホスト[:ポート]</translation>
    </message>
    <message>
        <source>With --agent: the file holding the pairing code the agent printed.</source>
        <translation>--agent と共に使用: エージェントが表示したペアリング コードを含むファイル。</translation>
    </message>
    <message>
        <source>The drive letters that are SAN volumes, e.g. E:,F: (or &quot;none&quot;).</source>
        <translation>SAN ボリュームであるドライブ文字 (例: E:,F:)、または &quot;none&quot;。</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>ドライブ文字</translation>
    </message>
    <message>
        <source>Train on a simulated server: a built-in scenario&apos;s name or a scenario file. Nothing on this machine is changed.</source>
        <translation>シミュレートされたサーバーでトレーニングします: 組み込みシナリオの名前またはシナリオ ファイルを指定します。このコンピューター上では何も変更されません。</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>名前|ファイル</translation>
    </message>
    <message>
        <source>List the built-in training scenarios.</source>
        <translation>組み込みのトレーニング シナリオを一覧表示します。</translation>
    </message>
    <message>
        <source>With --preflight: print one JSON object.</source>
        <translation>--preflight と共に使用: 1 つの JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>The journal file that records every step.</source>
        <translation>すべての手順を記録するジャーナル ファイル。</translation>
    </message>
    <message>
        <source>Write the upgrade record of --journal (or --merge-journals) to a .html, .pdf or .json file.</source>
        <translation>--journal (または --merge-journals) のアップグレード記録を .html、.pdf、または .json ファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Check the hash chain of --journal; exit 0 when intact, 3 naming the first bad record.</source>
        <translation>--journal のハッシュ チェーンを検査します。正常であれば 0 で終了し、そうでなければ最初の不正な記録を示して 3 で終了します。</translation>
    </message>
    <message>
        <source>Show the newest run of --journal as its records say: each node&apos;s steps and their state, what comes next and, in training, the debrief (read-only; with --json one JSON object).</source>
        <translation>--journal の最新の実行を、その記録どおりに表示します: 各ノードの手順とその状態、次に行うこと、およびトレーニングでは振り返り (読み取り専用。--json を指定すると 1 つの JSON オブジェクト)。</translation>
    </message>
    <message>
        <source>With --export-report: one report from the journals of a cluster&apos;s nodes, given as the remaining arguments.</source>
        <translation>--export-report と共に使用: 残りの引数で指定したクラスターの各ノードのジャーナルから、1 つのレポートを作成します。</translation>
    </message>
    <message>
        <source>With --preflight: write the report to this file.</source>
        <translation>--preflight と共に使用: レポートをこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Replace an existing output file; with --export-report, also write the report of a journal that fails verification (every page then says so).</source>
        <translation>既存の出力ファイルを置き換えます。--export-report と共に使用すると、検証に失敗したジャーナルのレポートも書き込みます (その場合、すべてのページにその旨が記載されます)。</translation>
    </message>
    <message>
        <source>With --verify-journal: the head hash noted earlier (from a report or an earlier check; at least its first 16 hex digits). A journal rewritten or cut back since then fails.</source>
        <translation>--verify-journal と共に使用: 以前に控えたヘッド ハッシュ (レポートまたは以前の検査で得たもの。少なくとも先頭の 16 桁の 16 進数)。それ以降に書き換えられた、または切り詰められたジャーナルは検査に失敗します。</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>Language of the window and its messages: en, de or ja.</source>
        <translation>ウィンドウとメッセージの言語: en、de、ja のいずれか。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Secure Path Upgrade Wizard: upgrades Windows 2000 servers with HP Secure Path to Windows Server 2003 by the procedures of Microsoft KB 817409.

Exit codes of --preflight: 0 the procedure can start now; 3 something must happen first or the upgrade must be deferred; 4 KB 817409 does not apply; 2 usage error or unreadable input; 1 internal error.</source>
        <translation>Secure Path アップグレード ウィザード: Microsoft KB 817409 の手順に従って、HP Secure Path を使用する Windows 2000 サーバーを Windows Server 2003 にアップグレードします。

--preflight の終了コード: 0 作業手順をすぐに開始できます。3 先に実施する必要がある作業があるか、アップグレードを延期する必要があります。4 KB 817409 は適用されません。2 使用方法のエラー、または読み取れない入力。1 内部エラー。</translation>
    </message>
    <message>
        <source>--san-volumes: %1</source>
        <translation>--san-volumes: %1</translation>
    </message>
    <message>
        <source>--san-volumes is empty: list the SAN drive letters, or say none.</source>
        <translation>--san-volumes が空です: SAN のドライブ文字を列挙するか、none を指定してください。</translation>
    </message>
    <message>
        <source>The server kit (spuw-live-probe.exe for 32- and 64-bit Windows, its MSI installers and a README) is in %1: copy it to the server.</source>
        <translation>サーバー キット (32 ビットおよび 64 ビット Windows 用の spuw-live-probe.exe、その MSI インストーラー、README) は %1 にあります。これをサーバーにコピーしてください。</translation>
    </message>
    <message>
        <source>The server kit (spuw-live-probe.exe for the Windows server) is installed with the package, in %1; this copy of the wizard has none.</source>
        <translation>サーバー キット (Windows サーバー用の spuw-live-probe.exe) はパッケージと共に %1 にインストールされます。このウィザードのコピーには含まれていません。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--image, --scenario, --live, --live-report and --agent exclude each other: give one system to work on.</source>
        <translation>--image、--scenario、--live、--live-report、--agent は同時に指定できません: 作業対象のシステムを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--pairing-code-file goes with --agent HOST[:PORT].</source>
        <translation>--pairing-code-file は --agent HOST[:PORT] と共に使用します。</translation>
    </message>
    <message>
        <source>--agent needs --pairing-code-file FILE: the code the agent printed.</source>
        <translation>--agent には --pairing-code-file FILE (エージェントが表示したコード) が必要です。</translation>
    </message>
    <message>
        <source>--merge-journals takes two or more journals and --export-report FILE.</source>
        <translation>--merge-journals には、2 つ以上のジャーナルと --export-report FILE が必要です。</translation>
    </message>
    <message>
        <source>%1 needs --journal FILE.</source>
        <translation>%1 には --journal FILE が必要です。</translation>
    </message>
    <message>
        <source>--expect-head goes with --verify-journal.</source>
        <translation>--expect-head は --verify-journal と共に使用します。</translation>
    </message>
    <message>
        <source>--expect-head: &quot;%1&quot; is not a head hash (16 to 64 hex digits, as a report or --verify-journal printed it).</source>
        <translation>--expect-head: &quot;%1&quot; はヘッド ハッシュではありません (レポートまたは --verify-journal が出力した形式の、16 ～ 64 桁の 16 進数を指定します)。</translation>
    </message>
    <message>
        <source>--preflight needs --image FOLDER, --scenario NAME, --live, --live-report FILE or --agent HOST: the system to assess.</source>
        <translation>--preflight には、評価するシステムとして --image FOLDER、--scenario NAME、--live、--live-report FILE、または --agent HOST のいずれかが必要です。</translation>
    </message>
    <message>
        <source>--preflight --image needs --san-volumes: which volumes are on the SAN cannot be read from an offline image. Give the drive letters (e.g. E:,F:) or none.</source>
        <translation>--preflight --image には --san-volumes が必要です: どのボリュームが SAN 上にあるかは、オフライン イメージからは読み取れません。ドライブ文字 (例: E:,F:) または none を指定してください。</translation>
    </message>
    <message>
        <source>--preflight %1 needs --san-volumes: a disk&apos;s bus is evidence, not an answer. Give the drive letters that are SAN volumes (e.g. E:,F:) or none.</source>
        <translation>--preflight %1 には --san-volumes が必要です: ディスクのバスは証拠であって、答えではありません。SAN ボリュームであるドライブ文字 (例: E:,F:) または none を指定してください。</translation>
    </message>
    <message>
        <source>--json goes with --preflight or --show-run.</source>
        <translation>--json は --preflight または --show-run と共に使用します。</translation>
    </message>
    <message>
        <source>--live-report goes with --preflight: a report is a snapshot, not a server to upgrade.</source>
        <translation>--live-report は --preflight と共に使用します: レポートはスナップショットであり、アップグレード対象のサーバーではありません。</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &quot;%1&quot; (en, de or ja).</source>
        <translation>--lang: 「%1」の翻訳はありません (en、de、ja のいずれか)。</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not known: asked, never guessed</source>
        <translation>不明: 推測はせず、質問します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>(version %1, build %2)</source>
        <translation>(バージョン %1、ビルド %2)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>製品の種類</translation>
    </message>
    <message>
        <source>System root</source>
        <translation>システム ルート</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>ドメイン コントローラー</translation>
    </message>
    <message>
        <source>yes: Active Directory database %1, logs %2</source>
        <translation>はい: Active Directory データベース %1、ログ %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>%1: nodes %2</source>
        <translation>%1: ノード %2</translation>
    </message>
    <message>
        <source>Page files</source>
        <translation>ページ ファイル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1、バージョン %2</translation>
    </message>
    <message>
        <source>Raidisk.sys</source>
        <translation>Raidisk.sys</translation>
    </message>
    <message>
        <source>%1: bugcheck 0x%2, build %3</source>
        <translation>%1: バグチェック (STOP エラー) 0x%2、ビルド %3</translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation>クラッシュ ダンプ</translation>
    </message>
    <message>
        <source>SAN volumes</source>
        <translation>SAN ボリューム</translation>
    </message>
    <message>
        <source>SAN volumes visible now</source>
        <translation>現在認識されている SAN ボリューム</translation>
    </message>
    <message>
        <source>Bugcheck reported by the operator</source>
        <translation>オペレーターが報告したバグチェック (STOP エラー)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>no system to work on</source>
        <translation>作業対象のシステムがありません</translation>
    </message>
    <message>
        <source>Note: %1: %2</source>
        <translation>注: %1: %2</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: %1: %2</source>
        <translation>sp-upgrade-wizard: ジャーナル %1: %2</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: the journal failed verification; nothing was written. Give --force to write the report anyway: every page will say the journal is damaged, and the first bad record and every record after it will be marked.</source>
        <translation>sp-upgrade-wizard: ジャーナルの検証に失敗したため、何も書き込まれませんでした。それでもレポートを書き込むには --force を指定してください。その場合、すべてのページにジャーナルが破損していることが示され、最初の不正な記録とそれ以降のすべての記録にマークが付けられます。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き込みました: %1</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: warning: the journal failed verification; every page of the report says so and marks the records from the first bad one on.</source>
        <translation>sp-upgrade-wizard: 警告: ジャーナルの検証に失敗しました。レポートのすべてのページにその旨が示され、最初の不正な記録以降の記録にマークが付けられます。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>%1: DAMAGED at record %2: %3</source>
        <translation>%1: 記録 %2 で破損しています: %3</translation>
    </message>
    <message>
        <source>%1: intact, %2 records, head hash %3</source>
        <translation>%1: 正常、記録 %2 件、ヘッド ハッシュ %3</translation>
    </message>
    <message>
        <source>To check later that it was not rewritten or cut back: sp-upgrade-wizard --journal &quot;%1&quot; --verify-journal --expect-head %2</source>
        <translation>書き換えや末尾の切り詰めが行われていないことを後で確認するには: sp-upgrade-wizard --journal &quot;%1&quot; --verify-journal --expect-head %2</translation>
    </message>
    <message>
        <source>%1 holds no run yet.</source>
        <translation>%1 には、まだ実行の記録がありません。</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: %1</source>
        <translation>sp-upgrade-wizard: %1</translation>
    </message>
    <message>
        <source>sp-upgrade-wizard: cannot read the system: %1</source>
        <translation>sp-upgrade-wizard: システムを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>HiveReader</name>
    <message>
        <source>%1: no such registry hive.</source>
        <translation>%1: レジストリ ハイブが見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a usable registry hive (only %2 bytes; a hive has at least a 4096-byte base block).</source>
        <translation>%1 は使用可能なレジストリ ハイブではありません (サイズが %2 バイトしかありません。ハイブには少なくとも 4096 バイトのベース ブロックがあります)。</translation>
    </message>
    <message>
        <source>%1 is not a readable registry hive: %2</source>
        <translation>%1 は読み取り可能なレジストリ ハイブではありません: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged registry hive: its root key cannot be read.</source>
        <translation>%1 は破損したレジストリ ハイブです。ルート キーを読み取れません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は破損しています: %2</translation>
    </message>
    <message>
        <source>%1: damaged key %2: %3</source>
        <translation>%1: キー %2 が破損しています: %3</translation>
    </message>
    <message>
        <source>key %1 cannot be read (%2)</source>
        <translation>キー %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>value %1\%2 cannot be read (%3)</source>
        <translation>値 %1\%2 を読み取れません (%3)</translation>
    </message>
    <message>
        <source>the subkeys of %1 cannot be read (%2)</source>
        <translation>%1 のサブキーを読み取れません (%2)</translation>
    </message>
    <message>
        <source>a subkey&apos;s name cannot be read under %1 (%2)</source>
        <translation>%1 の下にあるサブキーの名前を読み取れません (%2)</translation>
    </message>
    <message>
        <source>the root key</source>
        <translation>ルート キー</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (名前付きパイプ)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクター デバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロック デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that loops (or a chain of too many links); it cannot be read.</source>
        <translation>%1 はループしているシンボリック リンク (またはリンクの連鎖が多すぎます) のため、読み取れません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it was not read.</source>
        <translation>%1 は %2 であり、通常のファイルではないため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be read: no such file.</source>
        <translation>%1 を読み取れません: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not read.</source>
        <translation>%1 は通常のファイルではないため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file can be; it was not read.</source>
        <translation>%1 は %2 バイトで、この種類のファイルの上限である %3 バイトを超えているため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be read: it changed while it was read.</source>
        <translation>%1 を読み取れません: 読み取り中にファイルが変更されました。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read: %2</source>
        <translation>フォルダー %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read</source>
        <translation>フォルダー %1 を読み取れません</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is in use by %2 (process %3 on %4). Close that wizard first.</source>
        <translation>%1 は %2 (%4 上のプロセス %3) によって使用されています。先にそのウィザードを閉じてください。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>%1 is in use by another program (its lock file %2 is being written; try again in a moment).</source>
        <translation>%1 は別のプログラムによって使用されています (ロック ファイル %2 の書き込み中です。しばらくしてからもう一度実行してください)。</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2 (permission denied or read-only media). Choose a writable journal location.</source>
        <translation>%1: フォルダー %2 に書き込めません (アクセスが拒否されたか、読み取り専用のメディアです)。書き込み可能なジャーナルの場所を選択してください。</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2 bytes free on %3): not even the journal&apos;s lock file %4 can be written. Free some space, or choose a journal on another disk.</source>
        <translation>%1: ディスクがいっぱいです (%3 の空き領域は %2 バイト)。ジャーナルのロック ファイル %4 すら書き込めません。空き領域を確保するか、別のディスク上のジャーナルを選択してください。</translation>
    </message>
    <message>
        <source>%1: cannot create the journal&apos;s lock file %2.</source>
        <translation>%1: ジャーナルのロック ファイル %2 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: give the journal file itself.</source>
        <translation>%1 は、存在しない %2 へのシンボリック リンクです。ジャーナル ファイルそのものを指定してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 はフォルダーです。ジャーナル ファイルではありません。</translation>
    </message>
    <message>
        <source>%1: no such journal file.</source>
        <translation>%1: ジャーナル ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): it cannot be a journal.</source>
        <translation>%1 は通常のファイルではありません (デバイス、パイプ、またはソケットです)。ジャーナルとして使用できません。</translation>
    </message>
    <message>
        <source>%1: cannot read the journal: %2</source>
        <translation>%1: ジャーナルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a journal of this wizard (it is not an SQLite database).</source>
        <translation>%1 はこのウィザードのジャーナルではありません (SQLite データベースではありません)。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: フォルダー %2 は存在しません。</translation>
    </message>
    <message>
        <source>%1: the journal file is read-only.</source>
        <translation>%1: ジャーナル ファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>%1: cannot create the journal: %2</source>
        <translation>%1: ジャーナルを作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program that reached the same file through another name (a link). Close that wizard first.</source>
        <translation>%1 は、別の名前 (リンク) を通じて同じファイルを開いている別のプログラムによって使用されています。先にそのウィザードを閉じてください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a rollback file %2 lies beside the journal, but it cannot have been left by the journal&apos;s own writer (%3), so it is not applied: applied, it would rewrite the journal. Remove it if it is not the journal owner&apos;s, then open the journal again.</source>
        <translation>%1: ジャーナルと同じ場所にロールバック ファイル %2 がありますが、ジャーナルを書き込んだプログラム (%3) が残したものではあり得ないため、適用しません。適用するとジャーナルが書き換えられます。ジャーナルの所有者のものでない場合はこのファイルを削除してから、ジャーナルをもう一度開いてください。</translation>
    </message>
    <message>
        <source>The last write to this journal was not finished (the program writing it stopped during that write); it was rolled back, as SQLite does after a crash. Every record written before it is kept.</source>
        <translation>このジャーナルへの最後の書き込みは完了していませんでした (書き込みの途中でプログラムが停止しました)。SQLite がクラッシュ後に行うのと同様に、この書き込みはロールバックされました。それより前に書き込まれた記録はすべて保持されています。</translation>
    </message>
    <message>
        <source>%1: the last write to this journal was not finished, and its rollback file %2 must be applied before it can be read, and no private copy could be made to apply it in. Copy both files together to a writable folder and open the copy.</source>
        <translation>%1: このジャーナルへの最後の書き込みが完了しておらず、読み取る前にロールバック ファイル %2 を適用する必要がありますが、適用に使うプライベート コピーを作成できませんでした。両方のファイルをまとめて書き込み可能なフォルダーにコピーし、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>The last write to this journal was not finished (the program writing it stopped during that write). That write was rolled back in a private copy, which is what was read; %1 itself is unchanged until the wizard writes to it again.</source>
        <translation>このジャーナルへの最後の書き込みは完了していませんでした (書き込みの途中でプログラムが停止しました)。この書き込みはプライベート コピー内でロールバックされ、読み取られたのはそのコピーです。%1 自体は、ウィザードが次に書き込むまで変更されません。</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver is not available.</source>
        <translation>%1: Qt SQLite ドライバーを使用できません。</translation>
    </message>
    <message>
        <source>%1: cannot open the journal: %2</source>
        <translation>%1: ジャーナルを開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the journal: %2</source>
        <translation>%1: ジャーナルを準備できません: %2</translation>
    </message>
    <message>
        <source>%1: the last write to this journal was not finished, and rolling it back failed: %2</source>
        <translation>%1: このジャーナルへの最後の書き込みが完了しておらず、そのロールバックに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a journal.</source>
        <translation>%1 は空です。ジャーナルではありません。</translation>
    </message>
    <message>
        <source>another program is writing to this journal file at this moment (SQLite reports it locked). Close the other program and try again.</source>
        <translation>現在、別のプログラムがこのジャーナル ファイルに書き込んでいます (SQLite がロック中と報告しています)。そのプログラムを閉じてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>the journal or its folder is read-only (%1).</source>
        <translation>ジャーナルまたはそのフォルダーが読み取り専用です (%1)。</translation>
    </message>
    <message>
        <source>the journal file is damaged (%1).</source>
        <translation>ジャーナル ファイルが破損しています (%1)。</translation>
    </message>
    <message>
        <source>The file is cut short: it should be %1 bytes long but is %2.</source>
        <translation>ファイルが途中で切れています。%1 バイトのはずですが、%2 バイトしかありません。</translation>
    </message>
    <message>
        <source>the disk is full (%1).</source>
        <translation>ディスクがいっぱいです (%1)。</translation>
    </message>
    <message>
        <source>%1: cannot write the journal: %2</source>
        <translation>%1: ジャーナルに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a journal of this wizard (%2).</source>
        <translation>%1 は SQLite データベースですが、このウィザードのジャーナルではありません (%2)。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a journal of this wizard.</source>
        <translation>%1 は SQLite データベースですが、このウィザードのジャーナルではありません。</translation>
    </message>
    <message>
        <source>%1: the journal&apos;s schema version is damaged.</source>
        <translation>%1: ジャーナルのスキーマ バージョンが破損しています。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this wizard (journal schema %2; this version reads schema %3). Use the newer version.</source>
        <translation>%1 は、このウィザードの新しいバージョンで書き込まれています (ジャーナル スキーマ %2。このバージョンが読み取れるのはスキーマ %3 です)。新しいバージョンを使用してください。</translation>
    </message>
    <message>
        <source>%1: the journal is not open; nothing can be recorded.</source>
        <translation>%1: ジャーナルが開かれていないため、何も記録できません。</translation>
    </message>
    <message>
        <source>%1: the journal is open read-only; nothing can be recorded.</source>
        <translation>%1: ジャーナルが読み取り専用で開かれているため、何も記録できません。</translation>
    </message>
    <message>
        <source>another program has written record %1 to this journal since this wizard opened it; nothing was recorded. Close the other program.</source>
        <translation>このウィザードがジャーナルを開いた後に、別のプログラムがこのジャーナルに記録 %1 を書き込みました。何も記録されませんでした。そのプログラムを閉じてください。</translation>
    </message>
    <message>
        <source>%1: could not record step &quot;%2&quot;: %3</source>
        <translation>%1: 手順「%2」を記録できませんでした: %3</translation>
    </message>
    <message>
        <source>%1: the journal is not open.</source>
        <translation>%1: ジャーナルが開かれていません。</translation>
    </message>
    <message>
        <source>the file is cut short: it should be %1 bytes long but is %2, so records at its end may be lost.</source>
        <translation>ファイルが途中で切れています。%1 バイトのはずですが %2 バイトしかないため、末尾の記録が失われている可能性があります。</translation>
    </message>
    <message>
        <source>%1 bytes follow the end of the database: something was added to the file after this wizard wrote it.</source>
        <translation>データベースの末尾の後に %1 バイトのデータがあります。このウィザードが書き込んだ後に、何かがファイルに追加されました。</translation>
    </message>
    <message>
        <source>%1 pages of the file were freed: something deleted data from it (this wizard never deletes).</source>
        <translation>ファイルの %1 ページが解放されています。何かがファイルからデータを削除しました (このウィザードがデータを削除することはありません)。</translation>
    </message>
    <message>
        <source>Record %1 is the first that is not there whole.</source>
        <translation>記録 %1 が、完全な形で残っていない最初の記録です。</translation>
    </message>
    <message>
        <source>record %1 is missing (removed); the next stored record is %2.</source>
        <translation>記録 %1 がありません (削除されています)。次に格納されている記録は %2 です。</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2 (records removed or reordered).</source>
        <translation>記録 %1 が記録 %2 に続いていません (記録が削除されたか、順序が変更されています)。</translation>
    </message>
    <message>
        <source>record %1 was altered after it was written (its hash does not match).</source>
        <translation>記録 %1 は書き込み後に変更されています (ハッシュが一致しません)。</translation>
    </message>
    <message>
        <source>the records after record %1 cannot be read: %2</source>
        <translation>記録 %1 より後の記録を読み取れません: %2</translation>
    </message>
    <message>
        <source>the journal ended with record %1, but only %2 records are left (records removed from the end).</source>
        <translation>ジャーナルは記録 %1 で終わっていましたが、記録は %2 件しか残っていません (末尾の記録が削除されています)。</translation>
    </message>
    <message>
        <source>the file was written %1 times, but this wizard wrote it %2 times (once to create it and once for each of its %3 records): another program wrote to it (an edit, or a copy made by SQLite, such as sqlite3 .backup, rather than a copy of the file).</source>
        <translation>ファイルは %1 回書き込まれていますが、このウィザードが書き込んだのは %2 回です (作成時に 1 回、%3 件の記録ごとに 1 回)。別のプログラムがファイルに書き込んでいます (編集、またはファイルのコピーではなく SQLite によるコピー (sqlite3 .backup など))。</translation>
    </message>
    <message>
        <source>Its records cannot be vouched for as they stand; give the head hash the record printed (--expect-head) to check them.</source>
        <translation>このままでは記録が正しいことを保証できません。確認するには、記録時に出力されたヘッド ハッシュを指定してください (--expect-head)。</translation>
    </message>
    <message>
        <source>Its last record has the head hash that was noted, so no record was changed, removed or added.</source>
        <translation>最後の記録が、控えておいたヘッド ハッシュと一致します。記録の変更、削除、追加は行われていません。</translation>
    </message>
    <message>
        <source>no record has the head hash %1 that was noted: the journal was rewritten or records were removed since then (%2 records are left).</source>
        <translation>控えておいたヘッド ハッシュ %1 を持つ記録がありません。その後にジャーナルが書き換えられたか、記録が削除されています (残っている記録は %2 件)。</translation>
    </message>
    <message>
        <source>The head hash %1 that was noted is the last record&apos;s (%2).</source>
        <translation>控えておいたヘッド ハッシュ %1 は、最後の記録 (%2) のものです。</translation>
    </message>
    <message>
        <source>The head hash %1 that was noted is record %2&apos;s; %3 records were written after it.</source>
        <translation>控えておいたヘッド ハッシュ %1 は記録 %2 のものです。その後に %3 件の記録が書き込まれています。</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>LiveFacts</name>
    <message>
        <source>Windows gave no reason</source>
        <translation>Windows から理由が返されませんでした</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>installed, not configured</source>
        <translation>インストール済み、未構成</translation>
    </message>
    <message>
        <source>configured, service not running</source>
        <translation>構成済み、サービスは実行されていません</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状態 %1</translation>
    </message>
    <message>
        <source>Windows did not say where it is installed (no system directory, no SystemRoot value).</source>
        <translation>Windows がインストール先を報告しませんでした (システム ディレクトリも SystemRoot 値もありません)。</translation>
    </message>
    <message>
        <source>Windows reports product type %1 but ProductOptions says %2.</source>
        <translation>Windows は製品の種類として %1 を報告していますが、ProductOptions では %2 となっています。</translation>
    </message>
    <message>
        <source>%1 (wProductType %2)</source>
        <translation>%1 (wProductType の値: %2)</translation>
    </message>
    <message>
        <source>%1 (wSuiteMask 0x%2)</source>
        <translation>%1 (wSuiteMask の値: 0x%2)</translation>
    </message>
    <message>
        <source>Windows did not report its version: %1</source>
        <translation>Windows がバージョンを報告しませんでした: %1</translation>
    </message>
    <message>
        <source>GetComputerNameW failed: %1</source>
        <translation>GetComputerNameW が失敗しました: %1</translation>
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
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 および %2</translation>
    </message>
    <message>
        <source>GetNodeClusterState: %1</source>
        <translation>GetNodeClusterState: %1</translation>
    </message>
    <message>
        <source>The cluster state could not be read: %1</source>
        <translation>クラスターの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s nodes and groups could not be read: %1</source>
        <translation>クラスターのノードとグループを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>no vendor or product id</source>
        <translation>ベンダー ID も製品 ID もありません</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>ネットワーク ドライブ</translation>
    </message>
    <message>
        <source>a CD/DVD drive</source>
        <translation>CD/DVD ドライブ</translation>
    </message>
    <message>
        <source>a RAM disk</source>
        <translation>RAM ディスク</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>リムーバブル ドライブ</translation>
    </message>
    <message>
        <source>Windows reports drive type %1</source>
        <translation>Windows が報告したドライブの種類: %1</translation>
    </message>
    <message>
        <source>the disk did not say which bus it is on</source>
        <translation>ディスクが接続先のバスを報告しませんでした</translation>
    </message>
    <message>
        <source>the disk did not say which bus it is on (%1)</source>
        <translation>ディスクが接続先のバスを報告しませんでした (%1)</translation>
    </message>
    <message>
        <source>%1 disk (%2)</source>
        <translation>%1 ディスク (%2)</translation>
    </message>
    <message>
        <source>a local %1 disk (%2)</source>
        <translation>ローカルの %1 ディスク (%2)</translation>
    </message>
    <message>
        <source>%1 disk of an HP StorageWorks array (%2)</source>
        <translation>HP StorageWorks アレイの %1 ディスク (%2)</translation>
    </message>
    <message>
        <source>%1 disk (%2): local or SAN, the bus does not say</source>
        <translation>%1 ディスク (%2): ローカルか SAN かは、バスからは判断できません</translation>
    </message>
    <message>
        <source>%1: %2: expected %3</source>
        <translation>%1: %2: 必要な値: %3</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 ～ %2 の整数</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>%1: not a live report (JSON error at byte %2: %3)</source>
        <translation>%1: ライブ レポートではありません (バイト %2 で JSON エラー: %3)</translation>
    </message>
    <message>
        <source>%1: schema is &quot;%2&quot;, this build reads &quot;%3&quot;</source>
        <translation>%1: スキーマが &quot;%2&quot; ですが、このビルドが読み取るのは &quot;%3&quot; です</translation>
    </message>
    <message>
        <source>ok, missing or error</source>
        <translation>ok、missing、error のいずれか</translation>
    </message>
    <message>
        <source>four numbers as strings</source>
        <translation>文字列で表した 4 つの数値</translation>
    </message>
</context>
<context>
    <name>OfflineImageProbe</name>
    <message>
        <source>Offline image of a system volume at %1 (opened read-only)</source>
        <translation>%1 にあるシステム ボリュームのオフライン イメージ (読み取り専用で開いています)</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the root folder of a copied or mounted system volume.</source>
        <translation>%1 はフォルダーではありません。コピーまたはマウントしたシステム ボリュームのルート フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>%1: %2, so whether it holds a Windows installation is unknown.</source>
        <translation>%1: %2。このため、Windows がインストールされているかどうかは不明です。</translation>
    </message>
    <message>
        <source>%1 does not look like a Windows system volume: no folder in it holds system32\config\SYSTEM.</source>
        <translation>%1 は Windows のシステム ボリュームではないようです。system32\config\SYSTEM を含むフォルダーがありません。</translation>
    </message>
    <message>
        <source>Several Windows installations in %1 (%2); reading %3.</source>
        <translation>%1 に複数の Windows のインストールがあります (%2)。%3 を読み取ります。</translation>
    </message>
    <message>
        <source>%1: the SOFTWARE hive is missing.</source>
        <translation>%1: SOFTWARE ハイブがありません。</translation>
    </message>
    <message>
        <source>The SOFTWARE hive cannot be read: %1.</source>
        <translation>SOFTWARE ハイブを読み取れません: %1。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Windows SOFTWARE hive: it has no key Microsoft\Windows NT\CurrentVersion, so the Windows version cannot be read.</source>
        <translation>%1 は破損しているか、Windows の SOFTWARE ハイブではありません。キー Microsoft\Windows NT\CurrentVersion がないため、Windows のバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>folder name in %1 (SOFTWARE has no SystemRoot; drive C: assumed)</source>
        <translation>%1 内のフォルダー名 (SOFTWARE に SystemRoot がないため、ドライブ C: と仮定)</translation>
    </message>
    <message>
        <source>%1 has no SystemRoot value; assuming C:\%2.</source>
        <translation>%1 に SystemRoot 値がありません。C:\%2 と仮定します。</translation>
    </message>
    <message>
        <source>%1: the SYSTEM hive has no usable Select\Current value, so the current control set is unknown (the hive may be damaged).</source>
        <translation>%1: SYSTEM ハイブに使用可能な Select\Current 値がないため、現在のコントロール セットが不明です (ハイブが破損している可能性があります)。</translation>
    </message>
    <message>
        <source>operator&apos;s answer (--san-volumes)</source>
        <translation>オペレーターの回答 (--san-volumes)</translation>
    </message>
    <message>
        <source>The cluster database cannot be looked for: %1; whether this is a cluster node is unknown.</source>
        <translation>クラスター データベースを検索できません: %1。このため、このサーバーがクラスター ノードかどうかは不明です。</translation>
    </message>
    <message>
        <source>The cluster service is installed but %1 has no Cluster\CLUSDB: treated as not a cluster member.</source>
        <translation>クラスター サービス (Cluster service) はインストールされていますが、%1 に Cluster\CLUSDB がありません。クラスターのメンバーではないものとして扱います。</translation>
    </message>
    <message>
        <source>no cluster database in %1</source>
        <translation>%1 にクラスター データベースがありません</translation>
    </message>
    <message>
        <source>Whether HP Secure Path is installed cannot be told: %1</source>
        <translation>HP Secure Path がインストールされているかどうかを判断できません: %1</translation>
    </message>
    <message>
        <source>%1 cannot be looked for: %2.</source>
        <translation>%1 を検索できません: %2。</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <source>%1: cannot read its version: %2 (%3).</source>
        <translation>%1: バージョンを読み取れません: %2 (%3)。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2: %3), so its version cannot be read.</source>
        <translation>%1 は破損しているため (%2: %3)、バージョンを読み取れません。</translation>
    </message>
    <message>
        <source>%1 cannot be looked for: %2</source>
        <translation>%1 を検索できません: %2</translation>
    </message>
    <message>
        <source>The crash dump file %1 is on another volume than Windows and is not in this image.</source>
        <translation>クラッシュ ダンプ ファイル %1 は Windows とは別のボリュームにあるため、このイメージには含まれていません。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Crash dumps unknown: %1</source>
        <translation>クラッシュ ダンプは不明です: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 および %2</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>This is a workstation (ProductType WinNT); KB 817409 covers Windows 2000 and Windows Server 2003 servers only.</source>
        <translation>このコンピューターはワークステーションです (ProductType WinNT)。KB 817409 の対象は Windows 2000 および Windows Server 2003 のサーバーのみです。</translation>
    </message>
    <message>
        <source>Windows version %1 is neither Windows 2000 (5.0) nor Windows Server 2003 (5.2); KB 817409 does not apply.</source>
        <translation>Windows のバージョン %1 は Windows 2000 (5.0) でも Windows Server 2003 (5.2) でもありません。KB 817409 は適用されません。</translation>
    </message>
    <message>
        <source>Is this computer a server (ServerNT), a domain controller (LanmanNT) or a workstation (WinNT)?</source>
        <translation>このコンピューターはサーバー (ServerNT)、ドメイン コントローラー (LanmanNT)、ワークステーション (WinNT) のどれですか？</translation>
    </message>
    <message>
        <source>Which Windows version is installed (5.0 = Windows 2000, 5.2 = Server 2003)?</source>
        <translation>インストールされている Windows のバージョンはどれですか (5.0 = Windows 2000、5.2 = Server 2003)？</translation>
    </message>
    <message>
        <source>Raidisk.sys was not found: HP Secure Path is not installed, so this procedure does not apply.</source>
        <translation>Raidisk.sys が見つかりません。HP Secure Path がインストールされていないため、この作業手順は適用されません。</translation>
    </message>
    <message>
        <source>Is HP Secure Path installed (Raidisk.sys)?</source>
        <translation>HP Secure Path (Raidisk.sys) はインストールされていますか？</translation>
    </message>
    <message>
        <source>The version of %1 could not be read. Which version is it?</source>
        <translation>%1 のバージョンを読み取れませんでした。どのバージョンですか？</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, newer than Secure Path 4.0A (3.6.3.670): follow the guidance of that Secure Path release instead.</source>
        <translation>Raidisk.sys のバージョンは %1 で、Secure Path 4.0A (3.6.3.670) より新しいバージョンです。代わりに、そのリリースの Secure Path のガイダンスに従ってください。</translation>
    </message>
    <message>
        <source>crash dump %1 shows bugcheck 0xC2 from a Windows Server 2003 kernel</source>
        <translation>クラッシュ ダンプ %1 に Windows Server 2003 カーネルによるバグチェック 0xC2 が記録されています</translation>
    </message>
    <message>
        <source>Crash dump %1 shows bugcheck 0xC2 from build %2, not from the Windows Server 2003 upgrade (build 3790): it is not the bugcheck of KB 817409.</source>
        <translation>クラッシュ ダンプ %1 には、Windows Server 2003 へのアップグレード (ビルド 3790) ではなく、ビルド %2 によるバグチェック (STOP エラー) 0xC2 が記録されています。これは KB 817409 のバグチェックではありません。</translation>
    </message>
    <message>
        <source>the operator reports the BAD_POOL_CALLER bugcheck</source>
        <translation>オペレーターが BAD_POOL_CALLER のバグチェックを報告しています</translation>
    </message>
    <message>
        <source>Windows Server 2003 is running Raidisk.sys 3.6.3.670: this server has already been upgraded as KB 817409 describes.</source>
        <translation>Windows Server 2003 で Raidisk.sys 3.6.3.670 が動作しています。このサーバーは、KB 817409 の説明どおりに既にアップグレードされています。</translation>
    </message>
    <message>
        <source>Which volumes (drive letters) are on the SAN? Say &quot;none&quot; if there are none.</source>
        <translation>SAN 上にあるボリューム (ドライブ文字) はどれですか？ない場合は &quot;none&quot; と入力してください。</translation>
    </message>
    <message>
        <source>Where is Windows installed (system root)?</source>
        <translation>Windows はどこにインストールされていますか (システム ルート)？</translation>
    </message>
    <message>
        <source>Windows (%1) is on SAN volume %2: the server boots from the SAN.</source>
        <translation>Windows (%1) は SAN ボリューム %2 上にあります。このサーバーは SAN からブートしています。</translation>
    </message>
    <message>
        <source>Where are the page files?</source>
        <translation>ページ ファイルはどこにありますか？</translation>
    </message>
    <message>
        <source>On which volume is the page file %1?</source>
        <translation>ページ ファイル %1 はどのボリュームにありますか？</translation>
    </message>
    <message>
        <source>The page file %1 is on the SAN (SAN volumes: %2).</source>
        <translation>ページ ファイル %1 は SAN 上にあります (SAN ボリューム: %2)。</translation>
    </message>
    <message>
        <source>Is this server a domain controller (NTDS\Parameters present)?</source>
        <translation>このサーバーはドメイン コントローラーですか (NTDS\Parameters の有無)？</translation>
    </message>
    <message>
        <source>Where are the Active Directory database and log files?</source>
        <translation>Active Directory のデータベースとログ ファイルはどこにありますか？</translation>
    </message>
    <message>
        <source>This domain controller keeps Active Directory on the SAN (%1).</source>
        <translation>このドメイン コントローラーは Active Directory を SAN 上に格納しています (%1)。</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A on Windows 2000 first.</source>
        <translation>Raidisk.sys のバージョンは 3.6.2.670 ではなく %1 です。先に Windows 2000 に HP Secure Path 4.0A をインストールしてください。</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1: install HP Secure Path 4.0A for Windows Server 2003 (3.6.3.670) with the SAN disconnected.</source>
        <translation>Raidisk.sys のバージョンは %1 です。SAN を切断した状態で、Windows Server 2003 用の HP Secure Path 4.0A (3.6.3.670) をインストールしてください。</translation>
    </message>
    <message>
        <source>Critical operating system data is on the SAN: defer the upgrade until HP Secure Path 4.0B is available.</source>
        <translation>重要なオペレーティング システムのデータが SAN 上にあります。HP Secure Path 4.0B が利用可能になるまで、アップグレードを延期してください。</translation>
    </message>
    <message>
        <source>Some facts are unknown; answer the questions before a procedure can be chosen.</source>
        <translation>一部の情報が不明です。作業手順を選択する前に、質問に回答してください。</translation>
    </message>
    <message>
        <source>The upgrade bugcheck has happened: %1.</source>
        <translation>アップグレード時のバグチェック (STOP エラー) が発生しています: %1。</translation>
    </message>
    <message>
        <source>Is this server a member of a cluster?</source>
        <translation>このサーバーはクラスターのメンバーですか？</translation>
    </message>
    <message>
        <source>Cluster membership is unknown.</source>
        <translation>クラスターのメンバーかどうかは不明です。</translation>
    </message>
    <message>
        <source>Windows Server 2003 is installed and still runs the Windows 2000 driver Raidisk.sys 3.6.2.670, with no sign of the 0xC2 bugcheck: the upgrade continues at step 4, install Secure Path 4.0A, with every SAN connection still removed.</source>
        <translation>Windows Server 2003 はインストールされていますが、Windows 2000 用のドライバー Raidisk.sys 3.6.2.670 のまま動作しており、0xC2 のバグチェック (STOP エラー) の兆候はありません。すべての SAN 接続を切断したまま、手順 4「Secure Path 4.0A のインストール」からアップグレードを続行します。</translation>
    </message>
    <message>
        <source>Cluster node: upgrade one node at a time with its shared storage moved away and the node paused.</source>
        <translation>クラスター ノード: 共有ストレージを別のノードに移動し、ノードを一時停止したうえで、1 ノードずつアップグレードします。</translation>
    </message>
    <message>
        <source>Standalone server booting from direct-connected storage with Secure Path 4.0A.</source>
        <translation>直接接続されたストレージからブートする、Secure Path 4.0A を使用したスタンドアロン サーバーです。</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>Upgrade standalone Windows 2000 Server</source>
        <translation>スタンドアロンの Windows 2000 Server をアップグレードする</translation>
    </message>
    <message>
        <source>Upgrade clustered Windows 2000 Servers, one node at a time</source>
        <translation>クラスター化された Windows 2000 Server を 1 ノードずつアップグレードする</translation>
    </message>
    <message>
        <source>Recover a server receiving the bugcheck error message</source>
        <translation>バグチェック (STOP エラー) のエラー メッセージが表示されるサーバーを回復する</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A first</source>
        <translation>先に HP Secure Path 4.0A をインストールする</translation>
    </message>
    <message>
        <source>Defer the upgrade until HP Secure Path 4.0B</source>
        <translation>HP Secure Path 4.0B までアップグレードを延期する</translation>
    </message>
    <message>
        <source>KB 817409 does not apply to this server</source>
        <translation>このサーバーは KB 817409 の対象外</translation>
    </message>
    <message>
        <source>Not enough is known to choose a procedure</source>
        <translation>作業手順を選択するための情報が不足</translation>
    </message>
    <message>
        <source>Secure Path Upgrade Wizard: preflight (KB 817409)</source>
        <translation>Secure Path アップグレード ウィザード: 事前チェック (KB 817409)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <source>TRAINING: simulated server, nothing on this machine is changed.</source>
        <translation>トレーニング: シミュレートされたサーバーです。このコンピューター上では何も変更されません。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>判定: %1 [%2]</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>阻害要因</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順一覧</translation>
    </message>
    <message>
        <source>  Then the other nodes: %1</source>
        <translation>  続いて他のノード: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ProbeFactory</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>Report of a live server in %1 (spuw-live-probe.exe)</source>
        <translation>%1 にあるライブ サーバーのレポート (spuw-live-probe.exe)</translation>
    </message>
    <message>
        <source>This Windows server, %1 (queried through Windows itself)</source>
        <translation>この Windows サーバー %1 (Windows 自体を通じて照会)</translation>
    </message>
    <message>
        <source>This build has no live Windows probe: query the server through an offline copy of its system volume, or train on a simulated server.</source>
        <translation>このビルドにはライブ Windows プローブが含まれていません。サーバーのシステム ボリュームのオフライン コピーを通じて照会するか、シミュレートされたサーバーでトレーニングを行ってください。</translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <source>drive letters Windows shows now (%1)</source>
        <translation>Windows に現在表示されているドライブ文字 (%1)</translation>
    </message>
</context>
<context>
    <name>RegistryFacts</name>
    <message>
        <source>%1 cannot be read (%2), so %3 is unknown.</source>
        <translation>%1 を読み取れないため (%2)、%3 は不明です。</translation>
    </message>
    <message>
        <source>the Windows version</source>
        <translation>Windows のバージョン</translation>
    </message>
    <message>
        <source>%1 has no key %2.</source>
        <translation>%1 にキー %2 がありません。</translation>
    </message>
    <message>
        <source>the product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <source>the build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>the service pack</source>
        <translation>サービス パック</translation>
    </message>
    <message>
        <source>the system root</source>
        <translation>システム ルート</translation>
    </message>
    <message>
        <source>the computer name</source>
        <translation>コンピューター名</translation>
    </message>
    <message>
        <source>the product type</source>
        <translation>製品の種類</translation>
    </message>
    <message>
        <source>the product suites</source>
        <translation>製品スイート</translation>
    </message>
    <message>
        <source>where the page files are</source>
        <translation>ページ ファイルの場所</translation>
    </message>
    <message>
        <source>%1 has no key %2: page files unknown.</source>
        <translation>%1 にキー %2 がありません。ページ ファイルは不明です。</translation>
    </message>
    <message>
        <source>whether this is a domain controller</source>
        <translation>ドメイン コントローラーかどうか</translation>
    </message>
    <message>
        <source>where the Active Directory database is</source>
        <translation>Active Directory データベースの場所</translation>
    </message>
    <message>
        <source>where the Active Directory logs are</source>
        <translation>Active Directory ログの場所</translation>
    </message>
    <message>
        <source>whether this is a cluster node</source>
        <translation>クラスター ノードかどうか</translation>
    </message>
    <message>
        <source>where the crash dumps are</source>
        <translation>クラッシュ ダンプの場所</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>where Raidisk.sys is</source>
        <translation>Raidisk.sys の場所</translation>
    </message>
</context>
<context>
    <name>RemoteProbe</name>
    <message>
        <source>%1: cannot read the pairing code: %2</source>
        <translation>%1: ペアリング コードを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: not a pairing code. It holds the %2 letters the agent printed after &quot;Pairing code:&quot; (groups of four; only the letters %3).</source>
        <translation>%1: ペアリング コードではありません。このファイルには、エージェントが &quot;Pairing code:&quot; の後に表示した %2 文字を記載します (4 文字ずつのグループ。使用できる文字は %3 のみ)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pairing code: type the %2 letters the agent printed after &quot;Pairing code:&quot; (groups of four; only the letters %3).</source>
        <translation>&quot;%1&quot; はペアリング コードではありません: エージェントが &quot;Pairing code:&quot; の後に表示した %2 文字を入力してください (4 文字ずつのグループ。使用できる文字は %3 のみ)。</translation>
    </message>
    <message>
        <source>agent on %1</source>
        <translation>%1 上のエージェント</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>wrong pairing code</source>
        <translation>ペアリング コードが正しくありません</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>the agent answered that it could not do it: %1</source>
        <translation>エージェントから、実行できなかったという応答がありました: %1</translation>
    </message>
    <message>
        <source>the agent on %1 (%2)</source>
        <translation>%1 上のエージェント (%2)</translation>
    </message>
    <message>
        <source>what answers on %1 now refuses the pairing code that worked before (another program, or another agent started without --resume): %2</source>
        <translation>%1 で応答しているプログラムが、以前は有効だったペアリング コードを拒否しています (別のプログラムか、--resume を指定せずに起動された別のエージェントです): %2</translation>
    </message>
    <message>
        <source>the agent on %1 does not accept this pairing code: %2</source>
        <translation>%1 上のエージェントはこのペアリング コードを受け付けません: %2</translation>
    </message>
    <message>
        <source>lost contact with the agent on %1: %2. Nothing from this exchange is used as a fact.</source>
        <translation>%1 上のエージェントとの接続が失われました: %2。このやり取りで得られた内容は、情報として使用されません。</translation>
    </message>
    <message>
        <source>the agent on %1 (its RunOnce entry and pairing)</source>
        <translation>%1 上のエージェント (RunOnce エントリとペアリング)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 is a symbolic link (to %2); nothing was written. Reports are never written through a link: give the path of the file itself.</source>
        <translation>%1 は (%2 への) シンボリック リンクです。何も書き込まれませんでした。レポートがリンクを通じて書き込まれることはありません。ファイルそのもののパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written (use --force to replace it).</source>
        <translation>%1 は既に存在します。何も書き込まれませんでした (置き換えるには --force を使用してください)。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 は通常のファイルではありません。何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: the report&apos;s name must end in .html, .pdf or .json.</source>
        <translation>%1: レポートの名前の末尾は .html、.pdf、または .json にする必要があります。</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>Secure Path upgrade record</source>
        <translation>Secure Path アップグレード記録</translation>
    </message>
    <message>
        <source>TRAINING RUN: simulated server, not a record of a real upgrade.</source>
        <translation>トレーニング実行: シミュレートされたサーバーです。実際のアップグレードの記録ではありません。</translation>
    </message>
    <message>
        <source>Cluster upgrade record (KB 817409)</source>
        <translation>クラスター アップグレード記録 (KB 817409)</translation>
    </message>
    <message>
        <source>Upgrade record (KB 817409)</source>
        <translation>アップグレード記録 (KB 817409)</translation>
    </message>
    <message>
        <source>Journals and their verification</source>
        <translation>ジャーナルとその検証</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To check later that this journal was not rewritten since this report: %1</source>
        <translation>このレポートの作成後にこのジャーナルが書き換えられていないことを後で確認するには: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード一覧</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Build before/after</source>
        <translation>ビルド (変更前 / 変更後)</translation>
    </message>
    <message>
        <source>Raidisk.sys before/after</source>
        <translation>Raidisk.sys (変更前 / 変更後)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Dev.</source>
        <translation>逸脱</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>前 %1 / 後 %2</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1: 実行 %2</translation>
    </message>
    <message>
        <source>Procedure: %1. Why: %2</source>
        <translation>作業手順: %1。理由: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) or failure(s) highlighted above.</source>
        <translation>
            <numerusform>上で強調表示されている逸脱または失敗: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>TRAINING RUN</source>
        <translation>トレーニング実行</translation>
    </message>
    <message>
        <source>Operators: %1. From %2 to %3 UTC: %4.</source>
        <translation>オペレーター: %1。%2 から %3 (UTC) まで: %4。</translation>
    </message>
    <message>
        <source>Facts before and after</source>
        <translation>変更前と変更後の情報</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順一覧</translation>
    </message>
    <message>
        <source>How, and the evidence</source>
        <translation>方法と証拠</translation>
    </message>
    <message>
        <source>KB 817409</source>
        <translation>KB 817409</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>KB 817409 に反する誤りはありません。</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>誤り:</translation>
    </message>
    <message>
        <source>%1 KB 817409: &quot;%2&quot;</source>
        <translation>%1 KB 817409 の記載: 「%2」</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>正しく実施された事項:</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>・%1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>This journal holds training runs as well as real upgrades: every training run is marked TRAINING RUN.</source>
        <translation>このジャーナルには、トレーニング実行と実際のアップグレードの両方が含まれています。トレーニング実行にはすべて「トレーニング実行」と表示されます。</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>record %1: its evidence is not JSON; not applied</source>
        <translation>記録 %1: 証拠が JSON ではないため、適用されません</translation>
    </message>
    <message>
        <source>record %1: a decision for steps that are no procedure of KB 817409; not applied</source>
        <translation>記録 %1: KB 817409 のどの作業手順にも該当しない手順についての決定であるため、適用されません</translation>
    </message>
    <message>
        <source>record %1: %2 is not a step of %3&apos;s procedure; not applied</source>
        <translation>記録 %1: %2 は %3 の作業手順に含まれる手順ではないため、適用されません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>実行 %1%2</translation>
    </message>
    <message>
        <source> (training, scenario %1)</source>
        <translation> (トレーニング、シナリオ %1)</translation>
    </message>
    <message>
        <source>Journal: intact</source>
        <translation>ジャーナル: 正常</translation>
    </message>
    <message>
        <source>Journal: DAMAGED: %1</source>
        <translation>ジャーナル: 破損: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>終了しました。</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>終了していません。</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>, complete</source>
        <translation>、完了</translation>
    </message>
    <message>
        <source>Next: %1 on %2</source>
        <translation>次の手順: %2 の %1</translation>
    </message>
    <message numerus="yes">
        <source>Debrief: %n mistake(s)</source>
        <translation>
            <numerusform>振り返り: 誤り %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>     escalated to %1</source>
        <translation>     エスカレーション先: %1</translation>
    </message>
</context>
<context>
    <name>SanVolumesAnswer</name>
    <message>
        <source>&quot;%1&quot; is not a drive letter: give drive letters such as E:, F: or say none.</source>
        <translation>&quot;%1&quot; はドライブ文字ではありません: E:、F: のようなドライブ文字を指定するか、none を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no drive letter: give drive letters such as E:, F: or say none.</source>
        <translation>&quot;%1&quot; にはドライブ文字が含まれていません: E:、F: のようなドライブ文字を指定するか、none を指定してください。</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1: シナリオを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: expected text without invalid characters (a lone UTF-16 surrogate such as \ud800 is not a character)</source>
        <translation>%1: 無効な文字を含まないテキストが必要です (\ud800 のような単独の UTF-16 サロゲートは文字ではありません)</translation>
    </message>
    <message>
        <source>%1: expected text without control or format characters (found U+%2)</source>
        <translation>%1: 制御文字や書式文字を含まないテキストが必要です (U+%2 が見つかりました)</translation>
    </message>
    <message>
        <source>%1: expected a whole number from 0 to 2^53 (found %2)</source>
        <translation>%1: 0 ～ 2^53 の整数が必要です (値: %2)</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: 有効な JSON ではありません: %4</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: 最上位には JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>%1:%2:%3: a raw control character (U+%4) inside a string; write it as an escape such as \t or \n.</source>
        <translation>%1:%2:%3: 文字列の中に制御文字 (U+%4) がそのまま含まれています。\t や \n のようなエスケープで記述してください。</translation>
    </message>
    <message>
        <source>%1: field %2.</source>
        <translation>%1: フィールド %2。</translation>
    </message>
    <message>
        <source>%1: field %2: expected %3.</source>
        <translation>%1: フィールド %2: 必要な値: %3。</translation>
    </message>
    <message>
        <source>one of %1 (unknown keys are errors)</source>
        <translation>%1 のいずれか (不明なキーはエラーになります)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>an object with the server&apos;s facts</source>
        <translation>サーバーの情報を含むオブジェクト</translation>
    </message>
    <message>
        <source>%1: field facts.%2.</source>
        <translation>%1: フィールド facts.%2。</translation>
    </message>
    <message>
        <source>the simulated server&apos;s name</source>
        <translation>シミュレートされたサーバーの名前</translation>
    </message>
    <message>
        <source>a Windows build number from 1 to 99999</source>
        <translation>1 ～ 99999 の Windows ビルド番号</translation>
    </message>
    <message>
        <source>the SAN volumes (a list, empty when there are none)</source>
        <translation>SAN ボリューム (リスト。ない場合は空)</translation>
    </message>
    <message>
        <source>the build of Windows %1 (%2), not %3</source>
        <translation>Windows %1 のビルド (%2)。%3 ではありません</translation>
    </message>
    <message>
        <source>each node once (%1 is there twice)</source>
        <translation>各ノードを 1 回ずつ (%1 が 2 回あります)</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, this server (%1) among them</source>
        <translation>クラスターのノード (このサーバー %1 を含む)</translation>
    </message>
    <message>
        <source>at least two nodes: a cluster of one has no other node to take the shared storage</source>
        <translation>2 つ以上のノード: ノードが 1 つのクラスターには、共有ストレージを引き継ぐ別のノードがありません</translation>
    </message>
    <message>
        <source>a list of fault objects</source>
        <translation>障害オブジェクトのリスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>no such field for a %1 fault</source>
        <translation>%1 障害にはこのフィールドはありません</translation>
    </message>
    <message>
        <source>one of the scenario&apos;s SAN volumes</source>
        <translation>シナリオの SAN ボリュームのいずれか</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 (how many backups fail)</source>
        <translation>1 ～ %1 の整数 (失敗するバックアップの回数)</translation>
    </message>
    <message>
        <source>the name of the node that will not pause</source>
        <translation>一時停止しないノードの名前</translation>
    </message>
    <message>
        <source>one of the scenario&apos;s cluster nodes (%1)</source>
        <translation>シナリオのクラスター ノードのいずれか (%1)</translation>
    </message>
    <message>
        <source>%1 is neither a built-in scenario (%2) nor a scenario file.</source>
        <translation>%1 は組み込みシナリオ (%2) でもシナリオ ファイルでもありません。</translation>
    </message>
    <message>
        <source>Server that boots from the SAN</source>
        <translation>SAN からブートするサーバー</translation>
    </message>
    <message>
        <source>SRV03 has no internal disks: Windows is installed on E:, a SAN volume. Find out whether KB 817409 lets you upgrade it, and record the decision.</source>
        <translation>SRV03 には内蔵ディスクがありません。Windows は SAN ボリュームである E: にインストールされています。KB 817409 でこのサーバーのアップグレードが認められるかどうかを判断し、その決定を記録してください。</translation>
    </message>
    <message>
        <source>Three-node cluster</source>
        <translation>3 ノード クラスター</translation>
    </message>
    <message>
        <source>CLUSTER3 has three Windows 2000 Advanced Server nodes sharing E: and F: on the SAN. Upgrade every node in turn; at every moment the shared storage must be owned by a node that is not being upgraded.</source>
        <translation>CLUSTER3 は、SAN 上の E: と F: を共有する 3 つの Windows 2000 Advanced Server ノードで構成されています。各ノードを順番にアップグレードしてください。共有ストレージは常に、アップグレード中ではないノードが所有している必要があります。</translation>
    </message>
    <message>
        <source>Two-node cluster</source>
        <translation>2 ノード クラスター</translation>
    </message>
    <message>
        <source>NODE1 and NODE2 form the Windows 2000 Advanced Server cluster CLUSTER1 with shared SAN storage on E: and F:. Upgrade both nodes, one at a time: move the shared storage to the other node, pause the node you upgrade, upgrade it as a standalone server, unpause it, then do the other node.</source>
        <translation>NODE1 と NODE2 は、E: と F: に共有 SAN ストレージを持つ Windows 2000 Advanced Server クラスター CLUSTER1 を構成しています。両方のノードを 1 つずつアップグレードしてください: 共有ストレージを他方のノードに移動し、アップグレードするノードを一時停止し、スタンドアロン サーバーとしてアップグレードしてから再開し、次にもう一方のノードで同じ作業を行います。</translation>
    </message>
    <message>
        <source>Domain controller with Active Directory on local disk</source>
        <translation>Active Directory がローカル ディスクにあるドメイン コントローラー</translation>
    </message>
    <message>
        <source>DC02 is a Windows 2000 domain controller whose Active Directory lives on its internal disk C:. The SAN holds only file shares on E: and F:. Upgrade it like a standalone server.</source>
        <translation>DC02 は Windows 2000 ドメイン コントローラーで、Active Directory は内蔵ディスク C: にあります。SAN には E: と F: のファイル共有だけがあります。スタンドアロン サーバーと同様にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Domain controller with Active Directory on the SAN</source>
        <translation>Active Directory が SAN 上にあるドメイン コントローラー</translation>
    </message>
    <message>
        <source>DC01 is a Windows 2000 domain controller. Its Active Directory database and logs were moved to the SAN volume F: to give them room. Decide what KB 817409 allows.</source>
        <translation>DC01 は Windows 2000 ドメイン コントローラーです。Active Directory のデータベースとログは、容量を確保するために SAN ボリューム F: に移動されています。KB 817409 で何が認められるかを判断してください。</translation>
    </message>
    <message>
        <source>Server with a page file on the SAN</source>
        <translation>SAN 上にページ ファイルがあるサーバー</translation>
    </message>
    <message>
        <source>SRV04 boots from C: and looks ready, but look at every page file it has before you decide.</source>
        <translation>SRV04 は C: からブートし、準備ができているように見えますが、判断する前にすべてのページ ファイルを確認してください。</translation>
    </message>
    <message>
        <source>Server already stopping with BAD_POOL_CALLER</source>
        <translation>既に BAD_POOL_CALLER で停止しているサーバー</translation>
    </message>
    <message>
        <source>Somebody started the upgrade of SRV05 with the SAN still attached. Since then it stops with STOP 0x000000C2 BAD_POOL_CALLER on every start. Bring it back by the recovery procedure of KB 817409.</source>
        <translation>SAN を接続したまま、SRV05 のアップグレードが開始されました。それ以降、起動するたびに STOP 0x000000C2 BAD_POOL_CALLER で停止します。KB 817409 の回復の作業手順に従って、サーバーを復旧してください。</translation>
    </message>
    <message>
        <source>Standalone server with an older Secure Path</source>
        <translation>古い Secure Path を使用しているスタンドアロン サーバー</translation>
    </message>
    <message>
        <source>SRV02 runs an older HP Secure Path (Raidisk.sys 3.5.1.500). KB 817409 requires Secure Path 4.0A (Raidisk.sys 3.6.2.670) on Windows 2000 before anything else: install it, verify the driver version, and only then plan the upgrade.</source>
        <translation>SRV02 では古い HP Secure Path (Raidisk.sys 3.5.1.500) が使用されています。KB 817409 では、何よりも先に Windows 2000 上に Secure Path 4.0A (Raidisk.sys 3.6.2.670) が必要です: これをインストールしてドライバーのバージョンを検証し、その後でアップグレードを計画してください。</translation>
    </message>
    <message>
        <source>Standalone server, ready for the upgrade</source>
        <translation>アップグレードの準備ができたスタンドアロン サーバー</translation>
    </message>
    <message>
        <source>SRV01 is a Windows 2000 Server with Service Pack 4 and HP Secure Path 4.0A (Raidisk.sys 3.6.2.670). It boots from its internal disks and keeps its page file on C:. Two SAN volumes, E: and F:, hold application data. Upgrade it to Windows Server 2003 without ever letting it see the SAN during the upgrade.</source>
        <translation>SRV01 は、Service Pack 4 と HP Secure Path 4.0A (Raidisk.sys 3.6.2.670) を適用した Windows 2000 Server です。内蔵ディスクからブートし、ページ ファイルは C: にあります。2 つの SAN ボリューム E: と F: にアプリケーション データがあります。アップグレード中に一度も SAN を認識させずに、Windows Server 2003 にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Standalone server where the obvious path goes wrong</source>
        <translation>当たり前の進め方ではうまくいかないスタンドアロン サーバー</translation>
    </message>
    <message>
        <source>SRV06 looks like any ready standalone server. Do the upgrade exactly as KB 817409 says and check every result: not everything will work the first time, and a server is not done until every SAN volume it had before is back.</source>
        <translation>SRV06 は、準備のできた一般的なスタンドアロン サーバーのように見えます。KB 817409 のとおりに正確にアップグレードし、すべての結果を確認してください: 最初からすべてがうまくいくとは限りません。また、以前にあったすべての SAN ボリュームが戻るまで、サーバーの作業は完了しません。</translation>
    </message>
</context>
<context>
    <name>SimulatedProbe</name>
    <message>
        <source>Training scenario &quot;%1&quot;: simulated server %2</source>
        <translation>トレーニング シナリオ「%1」: シミュレートされたサーバー %2</translation>
    </message>
</context>
<context>
    <name>SimulatedServer</name>
    <message>
        <source>Shared storage (%1)</source>
        <translation>共有ストレージ (%1)</translation>
    </message>
    <message>
        <source>simulated SAN</source>
        <translation>シミュレートされた SAN</translation>
    </message>
    <message>
        <source>simulated crash dump</source>
        <translation>シミュレートされたクラッシュ ダンプ</translation>
    </message>
    <message>
        <source>The backup job failed: the tape drive reported a media error. No backup was taken.</source>
        <translation>バックアップ ジョブが失敗しました。テープ ドライブがメディア エラーを報告しました。バックアップは作成されていません。</translation>
    </message>
    <message>
        <source>The backup of the complete system configuration finished.</source>
        <translation>システム構成全体のバックアップが完了しました。</translation>
    </message>
    <message>
        <source>All SAN cables are disconnected: the SAN volumes are gone.</source>
        <translation>すべての SAN ケーブルが切断されました。SAN ボリュームは表示されなくなりました。</translation>
    </message>
    <message>
        <source>STOP 0x000000C2 BAD_POOL_CALLER: the SAN was reconnected while Windows Server 2003 still runs Raidisk.sys %1.</source>
        <translation>STOP 0x000000C2 BAD_POOL_CALLER: Windows Server 2003 で Raidisk.sys %1 がまだ動作している状態で、SAN が再接続されました。</translation>
    </message>
    <message>
        <source>The SAN cables are connected again.</source>
        <translation>SAN ケーブルが再接続されました。</translation>
    </message>
    <message>
        <source>Windows Server 2003 is already installed.</source>
        <translation>Windows Server 2003 は既にインストールされています。</translation>
    </message>
    <message>
        <source>Setup restarted into Windows Server 2003, which stopped with STOP 0x000000C2 BAD_POOL_CALLER: the server was still attached to the SAN.</source>
        <translation>セットアップによって Windows Server 2003 で再起動しましたが、STOP 0x000000C2 BAD_POOL_CALLER で停止しました。サーバーが SAN に接続されたままでした。</translation>
    </message>
    <message>
        <source>Windows Server 2003 setup finished after two restarts.</source>
        <translation>2 回の再起動の後、Windows Server 2003 のセットアップが完了しました。</translation>
    </message>
    <message>
        <source>HP Secure Path 4.0A is installed: Raidisk.sys is now %1.</source>
        <translation>HP Secure Path 4.0A がインストールされました。Raidisk.sys は現在 %1 です。</translation>
    </message>
    <message>
        <source>STOP 0x000000C2 BAD_POOL_CALLER again: the SAN is still connected.</source>
        <translation>STOP 0x000000C2 BAD_POOL_CALLER が再び発生しました。SAN がまだ接続されています。</translation>
    </message>
    <message>
        <source>The server restarted and completed the upgrade to Windows Server 2003.</source>
        <translation>サーバーが再起動し、Windows Server 2003 へのアップグレードが完了しました。</translation>
    </message>
    <message>
        <source>The server restarted.</source>
        <translation>サーバーが再起動しました。</translation>
    </message>
    <message>
        <source>All cluster groups with shared storage are now owned by %1.</source>
        <translation>共有ストレージを持つすべてのクラスター グループの所有者が %1 になりました。</translation>
    </message>
    <message>
        <source>There is no other active node to take the shared storage.</source>
        <translation>共有ストレージを引き継ぐことのできる、アクティブな他のノードがありません。</translation>
    </message>
    <message>
        <source>Cluster Administrator could not pause %1: the node did not respond.</source>
        <translation>クラスター アドミニストレーターで %1 を一時停止できませんでした。ノードが応答しませんでした。</translation>
    </message>
    <message>
        <source>Node %1 is paused.</source>
        <translation>ノード %1 は一時停止しています。</translation>
    </message>
    <message>
        <source>Node %1 is active again.</source>
        <translation>ノード %1 は再びアクティブになりました。</translation>
    </message>
    <message>
        <source>Now at node %1.</source>
        <translation>現在、ノード %1 で作業しています。</translation>
    </message>
    <message>
        <source>Every node runs Windows Server 2003.</source>
        <translation>すべてのノードで Windows Server 2003 が動作しています。</translation>
    </message>
</context>
<context>
    <name>StepCatalogue</name>
    <message>
        <source>Assess the server and choose a procedure</source>
        <translation>サーバーを評価して作業手順を選択する</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A (Raidisk.sys 3.6.2.670)</source>
        <translation>HP Secure Path 4.0A (Raidisk.sys 3.6.2.670) をインストールする</translation>
    </message>
    <message>
        <source>Move all cluster-shared storage to another node</source>
        <translation>クラスターのすべての共有ストレージを別のノードに移動する</translation>
    </message>
    <message>
        <source>Pause this cluster node</source>
        <translation>このクラスター ノードを一時停止する</translation>
    </message>
    <message>
        <source>Back up the complete system configuration</source>
        <translation>完全なシステム構成をバックアップする</translation>
    </message>
    <message>
        <source>Remove all SAN connections</source>
        <translation>すべての SAN 接続を切断する</translation>
    </message>
    <message>
        <source>Upgrade Windows 2000 to Windows Server 2003</source>
        <translation>Windows 2000 を Windows Server 2003 にアップグレードする</translation>
    </message>
    <message>
        <source>Restart to complete the upgrade to Windows Server 2003</source>
        <translation>再起動して Windows Server 2003 へのアップグレードを完了する</translation>
    </message>
    <message>
        <source>Install Secure Path 4.0A (Raidisk.sys 3.6.3.670)</source>
        <translation>Secure Path 4.0A (Raidisk.sys 3.6.3.670) をインストールする</translation>
    </message>
    <message>
        <source>Reconnect the server to the SAN</source>
        <translation>サーバーを SAN に再接続する</translation>
    </message>
    <message>
        <source>Unpause this cluster node</source>
        <translation>このクラスター ノードを再開する</translation>
    </message>
    <message>
        <source>Repeat for each of the other cluster nodes</source>
        <translation>他の各クラスター ノードで繰り返す</translation>
    </message>
    <message>
        <source>Defer the upgrade until HP Secure Path 4.0B</source>
        <translation>HP Secure Path 4.0B までアップグレードを延期する</translation>
    </message>
    <message>
        <source>Say where the backup is (media or location).</source>
        <translation>バックアップの場所 (メディアまたは保存先) を入力してください。</translation>
    </message>
    <message>
        <source>Say when the backup finished (UTC).</source>
        <translation>バックアップが完了した日時 (UTC) を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give the backup&apos;s finish time as YYYY-MM-DD HH:MM (UTC).</source>
        <translation>&quot;%1&quot; は日時ではありません: バックアップの完了日時を YYYY-MM-DD HH:MM (UTC) の形式で入力してください。</translation>
    </message>
    <message>
        <source>The backup finished at %1 UTC, before this step began (%2 UTC): back up again now, so the backup holds the configuration you are about to upgrade.</source>
        <translation>バックアップの完了日時は %1 UTC で、この手順の開始 (%2 UTC) より前です: これからアップグレードする構成がバックアップに含まれるように、今すぐバックアップし直してください。</translation>
    </message>
    <message>
        <source>The backup cannot have finished at %1 UTC: that is later than now (%2 UTC).</source>
        <translation>バックアップが %1 UTC に完了したはずはありません: 現在 (%2 UTC) より後の日時です。</translation>
    </message>
    <message>
        <source>Which SAN volumes the server sees cannot be read from here.</source>
        <translation>サーバーが認識している SAN ボリュームは、ここからは読み取れません。</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible.</source>
        <translation>SAN ボリューム %1 がまだ認識されています。</translation>
    </message>
    <message>
        <source>The version of Raidisk.sys cannot be read from here.</source>
        <translation>Raidisk.sys のバージョンは、ここからは読み取れません。</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1; it must be %2.</source>
        <translation>Raidisk.sys は %1 ですが、%2 である必要があります。</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>The Windows version cannot be read from here.</source>
        <translation>Windows のバージョンは、ここからは読み取れません。</translation>
    </message>
    <message>
        <source>Windows Server 2003 is not installed yet (version %1, build %2).</source>
        <translation>Windows Server 2003 はまだインストールされていません (バージョン %1、ビルド %2)。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The server stops with bugcheck 0xC2 BAD_POOL_CALLER.</source>
        <translation>サーバーがバグチェック (STOP エラー) 0xC2 BAD_POOL_CALLER で停止します。</translation>
    </message>
    <message>
        <source>Another node is not back in the cluster: %1. Upgrade one node at a time: unpause it, or let it join again, before you begin %2.</source>
        <translation>別のノードがクラスターに戻っていません: %1。ノードは 1 つずつアップグレードしてください: %2 を開始する前に、そのノードを再開するか、クラスターに再参加させてください。</translation>
    </message>
    <message>
        <source>The cluster&apos;s state cannot be read from here.</source>
        <translation>クラスターの状態は、ここからは読み取れません。</translation>
    </message>
    <message>
        <source>%1 is %2, not %3.</source>
        <translation>%1 は %2 です (%3 ではありません)。</translation>
    </message>
    <message>
        <source>%1 still owns %2.</source>
        <translation>%1 はまだ %2 を所有しています。</translation>
    </message>
    <message>
        <source>%1 still owns %2: move all cluster-shared storage to another node before pausing it.</source>
        <translation>%1 はまだ %2 を所有しています: このノードを一時停止する前に、クラスターのすべての共有ストレージを別のノードに移動してください。</translation>
    </message>
    <message>
        <source>Whether a backup finished cannot be seen from here.</source>
        <translation>バックアップが完了したかどうかは、ここからは確認できません。</translation>
    </message>
    <message>
        <source>No backup has finished.</source>
        <translation>完了したバックアップはありません。</translation>
    </message>
    <message>
        <source>This server must wait for HP Secure Path 4.0B: %1</source>
        <translation>このサーバーは HP Secure Path 4.0B を待つ必要があります: %1</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible: remove all SAN connections before the upgrade.</source>
        <translation>SAN ボリューム %1 がまだ認識されています: アップグレードの前に、すべての SAN 接続を切断してください。</translation>
    </message>
    <message>
        <source>There is no recorded backup of the complete system configuration.</source>
        <translation>完全なシステム構成のバックアップが記録されていません。</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.2.670: install HP Secure Path 4.0A before the upgrade.</source>
        <translation>Raidisk.sys は %1 であり、3.6.2.670 ではありません: アップグレードの前に HP Secure Path 4.0A をインストールしてください。</translation>
    </message>
    <message>
        <source>%1 is not paused: pause the cluster node before you upgrade it.</source>
        <translation>%1 は一時停止されていません: アップグレードする前に、クラスター ノードを一時停止してください。</translation>
    </message>
    <message>
        <source>SAN volumes %1 are still visible: remove all SAN connections before the restart.</source>
        <translation>SAN ボリューム %1 がまだ認識されています: 再起動の前に、すべての SAN 接続を切断してください。</translation>
    </message>
    <message>
        <source>Windows Server 2003 is not installed yet: the Windows Server 2003 driver comes after the upgrade.</source>
        <translation>Windows Server 2003 はまだインストールされていません: Windows Server 2003 用のドライバーは、アップグレードの後でインストールします。</translation>
    </message>
    <message>
        <source>Raidisk.sys is %1, not 3.6.3.670: install Secure Path 4.0A for Windows Server 2003 before reconnecting the SAN.</source>
        <translation>Raidisk.sys は %1 であり、3.6.3.670 ではありません: SAN を再接続する前に、Windows Server 2003 用の Secure Path 4.0A をインストールしてください。</translation>
    </message>
    <message>
        <source>SAN volume %1 is not back: every volume the server had before the disconnection must be visible again.</source>
        <translation>SAN ボリューム %1 が戻っていません: 切断前にサーバーにあったすべてのボリュームが、再び認識される必要があります。</translation>
    </message>
    <message>
        <source>%1 is still paused: this node is not done until it has been unpaused.</source>
        <translation>%1 はまだ一時停止しています: このノードは、再開されるまで完了しません。</translation>
    </message>
</context>
<context>
    <name>UpgradeReport</name>
    <message>
        <source>NOT finished</source>
        <translation>未終了</translation>
    </message>
    <message>
        <source>finished, complete</source>
        <translation>終了 (完了)</translation>
    </message>
    <message>
        <source>finished, NOT complete</source>
        <translation>終了 (未完了)</translation>
    </message>
    <message>
        <source>DAMAGED JOURNAL: %1 failed verification; record %2 and every record after it (marked) cannot be trusted.</source>
        <translation>ジャーナルが破損しています: %1 は検証に失敗しました。記録 %2 以降のすべての記録 (マーク付き) は信頼できません。</translation>
    </message>
    <message>
        <source>intact: %1 records, head hash %2</source>
        <translation>正常: 記録 %1 件、ヘッド ハッシュ %2</translation>
    </message>
    <message>
        <source>DAMAGED at record %1: %2</source>
        <translation>記録 %1 で破損: %2</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>%1 にエスカレーション済み</translation>
    </message>
    <message>
        <source>%1 is given twice (or is a copy of another journal given): each node&apos;s journal once.</source>
        <translation>%1 が 2 回指定されています (または、指定された別のジャーナルのコピーです): 各ノードのジャーナルは 1 回ずつ指定してください。</translation>
    </message>
    <message>
        <source>%1 failed verification (%2): a cluster report is not made from damaged journals.</source>
        <translation>%1 は検証に失敗しました (%2): 破損したジャーナルからクラスター レポートは作成されません。</translation>
    </message>
    <message>
        <source>%1: the run on %2 is not a cluster node&apos;s.</source>
        <translation>%1: %2 での実行は、クラスター ノードの実行ではありません。</translation>
    </message>
    <message>
        <source>%1 is from cluster %2, but %3 is from cluster %4: journals of different clusters are not merged.</source>
        <translation>%1 はクラスター %2 のものですが、%3 はクラスター %4 のものです: 異なるクラスターのジャーナルは統合されません。</translation>
    </message>
    <message>
        <source>The journals hold no runs.</source>
        <translation>ジャーナルに実行が含まれていません。</translation>
    </message>
    <message>
        <source>Secure Path upgrade record</source>
        <translation>Secure Path アップグレード記録</translation>
    </message>
    <message>
        <source>TRAINING RUN: simulated server, not a record of a real upgrade.</source>
        <translation>トレーニング実行: シミュレートされたサーバーです。実際のアップグレードの記録ではありません。</translation>
    </message>
    <message>
        <source>This journal holds training runs as well as real upgrades: every training run is marked TRAINING RUN.</source>
        <translation>このジャーナルには、実際のアップグレードに加えてトレーニング実行も含まれています: トレーニング実行にはすべて「トレーニング実行」と表示されます。</translation>
    </message>
    <message>
        <source>Cluster upgrade record (KB 817409)</source>
        <translation>クラスター アップグレード記録 (KB 817409)</translation>
    </message>
    <message>
        <source>Upgrade record (KB 817409)</source>
        <translation>アップグレード記録 (KB 817409)</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>%1 によって作成されました。</translation>
    </message>
    <message>
        <source>Journals and their verification</source>
        <translation>ジャーナルとその検証</translation>
    </message>
    <message>
        <source>To check later that this journal was not rewritten since this report:</source>
        <translation>このレポートの作成後にこのジャーナルが書き換えられていないことを後で確認するには:</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード一覧</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Windows before / after</source>
        <translation>Windows (変更前 / 変更後)</translation>
    </message>
    <message>
        <source>Raidisk.sys before / after</source>
        <translation>Raidisk.sys (変更前 / 変更後)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>逸脱</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>ended, not complete</source>
        <translation>終了 (未完了)</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未終了</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1: 実行 %2</translation>
    </message>
    <message>
        <source>TRAINING RUN</source>
        <translation>トレーニング実行</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>作業手順: %1</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>オペレーター: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 UTC, %3</source>
        <translation>%1 から %2 まで (UTC)、%3</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順一覧</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>How, and the evidence</source>
        <translation>方法と証拠</translation>
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
        <translation>振り返り</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>KB 817409 に反する誤りはありません。</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>誤り:</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>正しく実施された事項:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (未検証)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) or failure(s) highlighted above.</source>
        <translation>
            <numerusform>上で強調表示されている逸脱または失敗: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>Journal head hash: %1</source>
        <translation>ジャーナルのヘッド ハッシュ: %1</translation>
    </message>
    <message>
        <source>Journal head hashes: %1</source>
        <translation>ジャーナルのヘッド ハッシュ: %1</translation>
    </message>
    <message>
        <source>Facts before and after</source>
        <translation>変更前と変更後の情報</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>standalone server</source>
        <translation>スタンドアロン サーバー</translation>
    </message>
    <message>
        <source>clustered servers, one node at a time</source>
        <translation>クラスター化されたサーバー (1 ノードずつ)</translation>
    </message>
    <message>
        <source>recovery after the bugcheck</source>
        <translation>バグチェック (STOP エラー) 後の回復</translation>
    </message>
    <message>
        <source>install Secure Path 4.0A first</source>
        <translation>先に Secure Path 4.0A をインストール</translation>
    </message>
    <message>
        <source>deferred until Secure Path 4.0B</source>
        <translation>Secure Path 4.0B まで延期</translation>
    </message>
    <message>
        <source>KB 817409 does not apply</source>
        <translation>KB 817409 は該当しません</translation>
    </message>
    <message>
        <source>current</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <source>run started</source>
        <translation>実行開始</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>attested</source>
        <translation>オペレーターが確認</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>probed</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>run finished</source>
        <translation>実行終了</translation>
    </message>
</context>
<context>
    <name>WindowsProbe</name>
    <message>
        <source>This build cannot query Windows.</source>
        <translation>このビルドでは Windows を照会できません。</translation>
    </message>
    <message>
        <source>operator&apos;s answer (--san-volumes)</source>
        <translation>オペレーターの回答 (--san-volumes)</translation>
    </message>
</context>
<context>
    <name>spuw::BackupPage</name>
    <message>
        <source>Back up the complete system configuration</source>
        <translation>完全なシステム構成をバックアップする</translation>
    </message>
    <message>
        <source>KB 817409 step 1. How: KB 328150, &quot;How to perform complete backups of the Windows 2000 Server operating system&quot;.</source>
        <translation>KB 817409 の手順 1。方法: KB 328150「Windows 2000 Server オペレーティング システムの完全バックアップを実行する方法」。</translation>
    </message>
    <message>
        <source>Backup media or location</source>
        <translation>バックアップ メディアまたは場所</translation>
    </message>
    <message>
        <source>Where the backup is kept (a tape&apos;s label, a share); recorded with the step.</source>
        <translation>バックアップの保管場所 (テープのラベル、共有など)。手順と共に記録されます。</translation>
    </message>
    <message>
        <source>Backup file or folder to check</source>
        <translation>確認するバックアップ ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>Optional: a backup file or folder this computer can see: the wizard checks that it is there.</source>
        <translation>省略可能: このコンピューターからアクセスできるバックアップ ファイルまたはフォルダー。ウィザードがその存在を確認します。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>A backup file or folder this computer can see: the wizard checks that it is there.</source>
        <translation>このコンピューターからアクセスできるバックアップ ファイルまたはフォルダー。ウィザードがその存在を確認します。</translation>
    </message>
    <message>
        <source>Backup finished at (UTC)</source>
        <translation>バックアップ完了日時 (UTC)</translation>
    </message>
    <message>
        <source>When the verified backup finished, in UTC, as YYYY-MM-DD HH:MM; your answer, never filled in for you.</source>
        <translation>検証済みのバックアップが完了した日時 (UTC、YYYY-MM-DD HH:MM 形式)。オペレーターが入力します。自動的に入力されることはありません。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>&amp;Media / location:</source>
        <translation>メディア/場所(&amp;M):</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>バックアップ ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Finished at (&amp;UTC):</source>
        <translation>完了日時 (UTC)(&amp;U):</translation>
    </message>
    <message>
        <source>Back up the system state, the system and boot volumes and every application volume, and verify the backup, before anything else changes on this server.</source>
        <translation>このサーバーで他の変更を行う前に、システム状態、システム ボリュームとブート ボリューム、およびすべてのアプリケーション ボリュームをバックアップし、バックアップを検証してください。</translation>
    </message>
    <message>
        <source>I &amp;attest that this backup is complete and verified</source>
        <translation>このバックアップが完全で、検証済みであることを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>%1 does not exist on this computer.</source>
        <translation>%1 はこのコンピューター上に存在しません。</translation>
    </message>
    <message>
        <source>%1 exists (%2 bytes).</source>
        <translation>%1 は存在します (%2 バイト)。</translation>
    </message>
</context>
<context>
    <name>spuw::BugcheckScreen</name>
    <message>
        <source>Simulated server console</source>
        <translation>シミュレートされたサーバーのコンソール</translation>
    </message>
    <message>
        <source>A problem has been detected and Windows has been shut down to prevent damage to your computer.

BAD_POOL_CALLER

*** STOP: 0x%1 (%2, %3, %4, %5)

Beginning dump of physical memory
Physical memory dump complete.

(Training: the server was upgraded or reconnected while KB 817409 says it must not be.)</source>
        <translation>A problem has been detected and Windows has been shut down to prevent damage to your computer.

BAD_POOL_CALLER

*** STOP: 0x%1 (%2, %3, %4, %5)

Beginning dump of physical memory
Physical memory dump complete.

(トレーニング: KB 817409 で禁止されている状態で、サーバーがアップグレードまたは再接続されました。)</translation>
    </message>
</context>
<context>
    <name>spuw::ClusterPrepPage</name>
    <message>
        <source>Prepare the cluster node</source>
        <translation>クラスター ノードの準備</translation>
    </message>
    <message>
        <source>KB 817409, clustered servers, steps 1 and 2.</source>
        <translation>KB 817409、クラスター化されたサーバー、手順 1 および 2。</translation>
    </message>
    <message>
        <source>1. In Cluster Administrator, move all groups with shared storage to another node.</source>
        <translation>1. クラスター アドミニストレーターで、共有ストレージを含むすべてのグループを別のノードに移動します。</translation>
    </message>
    <message>
        <source>Check the &amp;storage owner</source>
        <translation>ストレージの所有者を確認(&amp;S)</translation>
    </message>
    <message>
        <source>I have &amp;moved all shared storage to another node</source>
        <translation>すべての共有ストレージを別のノードに移動しました(&amp;M)</translation>
    </message>
    <message>
        <source>2. In Cluster Administrator, pause this node.</source>
        <translation>2. クラスター アドミニストレーターで、このノードを一時停止します。</translation>
    </message>
    <message>
        <source>Check that this node is &amp;paused</source>
        <translation>このノードが一時停止していることを確認(&amp;P)</translation>
    </message>
    <message>
        <source>I have &amp;paused this node</source>
        <translation>このノードを一時停止しました(&amp;P)</translation>
    </message>
</context>
<context>
    <name>spuw::ClusterResumePage</name>
    <message>
        <source>Unpause the node, then the next one</source>
        <translation>ノードを再開し、次のノードへ</translation>
    </message>
    <message>
        <source>KB 817409, clustered servers, steps 4 and 5.</source>
        <translation>KB 817409、クラスター化されたサーバー、手順 4 および 5。</translation>
    </message>
    <message>
        <source>In Cluster Administrator, unpause (resume) this node. It is not done until it is.</source>
        <translation>クラスター アドミニストレーターで、このノードを再開 (一時停止を解除) します。再開されるまで、このノードは完了しません。</translation>
    </message>
    <message>
        <source>&amp;Check that this node is active</source>
        <translation>このノードがアクティブであることを確認(&amp;C)</translation>
    </message>
    <message>
        <source>I have &amp;unpaused this node</source>
        <translation>このノードを再開しました(&amp;U)</translation>
    </message>
    <message>
        <source>This node is &amp;done: go to the next node</source>
        <translation>このノードは完了しました: 次のノードへ進む(&amp;D)</translation>
    </message>
    <message>
        <source>Records that this node is done and goes on with the next node of the cluster, one at a time.</source>
        <translation>このノードが完了したことを記録し、クラスターの次のノードに進みます (ノードは 1 つずつ処理します)。</translation>
    </message>
    <message>
        <source>No other node is listed.</source>
        <translation>他のノードは一覧にありません。</translation>
    </message>
    <message>
        <source>Then the other nodes, one at a time: %1. Run this wizard on each.</source>
        <translation>次に、他のノードを 1 つずつ処理します: %1。各ノードでこのウィザードを実行してください。</translation>
    </message>
</context>
<context>
    <name>spuw::DeferPage</name>
    <message>
        <source>Defer the upgrade</source>
        <translation>アップグレードを延期する</translation>
    </message>
    <message>
        <source>KB 817409: only after HP Secure Path V4.0B becomes available will you be able to upgrade this server.</source>
        <translation>KB 817409: HP Secure Path V4.0B が利用可能になるまで、このサーバーはアップグレードできません。</translation>
    </message>
    <message>
        <source>What to do instead: leave this server on Windows 2000 with Secure Path 4.0A; plan the upgrade for when HP Secure Path 4.0B is available, or move the boot volume, page file or Active Directory files off the SAN first and assess the server again.</source>
        <translation>代わりの対応: このサーバーは Secure Path 4.0A を使用した Windows 2000 のままにして、HP Secure Path 4.0B が利用可能になった時点でアップグレードを計画してください。または、先にブート ボリューム、ページ ファイル、Active Directory のファイルを SAN 外に移動してから、サーバーを再評価してください。</translation>
    </message>
    <message>
        <source>&amp;Record the decision to defer</source>
        <translation>延期の決定を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Assess the server a&amp;gain</source>
        <translation>サーバーを再評価(&amp;G)</translation>
    </message>
    <message>
        <source>Reads the server again on the preflight page, after the boot volume, page file or Active Directory files were moved off the SAN.</source>
        <translation>ブート ボリューム、ページ ファイル、または Active Directory のファイルを SAN 外に移動した後、事前チェック ページでサーバーを再度読み取ります。</translation>
    </message>
    <message>
        <source>After moving the boot volume, page file or Active Directory files off the SAN: the preflight reads the server again and records a new decision if KB 817409 now allows one.</source>
        <translation>ブート ボリューム、ページ ファイル、または Active Directory のファイルを SAN 外に移動した後に使用します。事前チェックでサーバーを再度読み取り、KB 817409 で新しい決定が可能になっていれば、それを記録します。</translation>
    </message>
    <message>
        <source>- %1
  KB 817409: &quot;%2&quot;</source>
        <translation>- %1
  KB 817409 の記載: 「%2」</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
</context>
<context>
    <name>spuw::ExportButton</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Export the record...</source>
        <translation>記録をエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf *.json)</source>
        <translation>レポート (*.html *.pdf *.json)</translation>
    </message>
    <message>
        <source>Writes the upgrade record of this journal as HTML, PDF or JSON: facts before and after, every step with its evidence, deviations marked.</source>
        <translation>このジャーナルのアップグレード記録を HTML、PDF、または JSON 形式で書き出します。実施前後の情報、各手順とその証拠、逸脱の表示が含まれます。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き込みました: %1</translation>
    </message>
</context>
<context>
    <name>spuw::InstallSecurePathFirstPage</name>
    <message>
        <source>Install HP Secure Path 4.0A first</source>
        <translation>先に HP Secure Path 4.0A をインストールする</translation>
    </message>
    <message>
        <source>KB 817409: the Raidisk.sys file must be version 3.6.2.670.</source>
        <translation>KB 817409: Raidisk.sys ファイルのバージョンは 3.6.2.670 である必要があります。</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A on this Windows 2000 server, then check again. Repeat until Raidisk.sys is version 3.6.2.670.</source>
        <translation>この Windows 2000 サーバーに HP Secure Path 4.0A をインストールしてから、もう一度確認してください。Raidisk.sys のバージョンが 3.6.2.670 になるまで繰り返します。</translation>
    </message>
    <message>
        <source>&amp;Check Raidisk.sys again</source>
        <translation>Raidisk.sys を再確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that Raidisk.sys is now version 3.6.2.670</source>
        <translation>Raidisk.sys のバージョンが 3.6.2.670 になったことを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>Raidisk.sys now: %1</source>
        <translation>現在の Raidisk.sys: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
</context>
<context>
    <name>spuw::JournalDialog</name>
    <message>
        <source>Journal of this run</source>
        <translation>この実行のジャーナル</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>ジャーナルの記録</translation>
    </message>
    <message>
        <source>Every record of this run: when, which step, what kind, by whom, and what was recorded with it.</source>
        <translation>この実行のすべての記録: 日時、手順、種類、実施者、および一緒に記録された内容。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Closes this view of the journal.</source>
        <translation>このジャーナルの表示を閉じます。</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>ジャーナル: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), kept in the journal</source>
        <translation>
            <numerusform>%1: %n 行 (ジャーナルに保存されています)</numerusform>
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
        <translation>%1 UTC
%2 (%3)
実施者: %4</translation>
    </message>
</context>
<context>
    <name>spuw::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>What the server&apos;s own files say, and which procedure of KB 817409 that allows.</source>
        <translation>サーバー自身のファイルが示す内容と、それによって認められる KB 817409 の作業手順。</translation>
    </message>
    <message>
        <source>&amp;This server already stops with BAD_POOL_CALLER (bugcheck 0xC2)</source>
        <translation>このサーバーは既にバグチェック (STOP エラー) 0xC2 BAD_POOL_CALLER で停止している(&amp;T)</translation>
    </message>
    <message>
        <source>Facts about the server</source>
        <translation>サーバーに関する情報</translation>
    </message>
    <message>
        <source>Each fact the wizard read, its value, and where it came from: a registry value, a file, your answer, or the training scenario.</source>
        <translation>ウィザードが読み取った各情報、その値、およびその取得元 (レジストリ値、ファイル、入力した回答、またはトレーニング シナリオ)。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The procedure of KB 817409 these facts allow, why, and every blocker with the sentence it enforces.</source>
        <translation>これらの情報によって認められる KB 817409 の作業手順、その理由、および各阻害要因とその根拠となる KB の記述。</translation>
    </message>
    <message>
        <source>SAN volumes</source>
        <translation>SAN ボリューム</translation>
    </message>
    <message>
        <source>Drive letters of the volumes on the SAN, such as E:, F:, or none. Your answer, recorded as yours.</source>
        <translation>SAN 上にあるボリュームのドライブ文字 (E:、F: など、または none)。入力した回答は、オペレーターの回答として記録されます。</translation>
    </message>
    <message>
        <source>E:, F: or none</source>
        <translation>E:, F: または none</translation>
    </message>
    <message>
        <source>&amp;Use these SAN volumes</source>
        <translation>これらの SAN ボリュームを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Uses the drive letters typed beside it as the answer, and assesses again.</source>
        <translation>横に入力したドライブ文字を回答として使用し、もう一度評価します。</translation>
    </message>
    <message>
        <source>Which volumes are on the &amp;SAN?</source>
        <translation>どのボリュームが SAN 上にありますか(&amp;S)？</translation>
    </message>
    <message>
        <source>Tick it when the server already stops with the 0xC2 bugcheck at every start: the recovery applies.</source>
        <translation>サーバーが起動のたびに既にバグチェック (STOP エラー) 0xC2 で停止する場合にオンにします: 回復の作業手順が適用されます。</translation>
    </message>
    <message>
        <source>Type the SAN volumes&apos; drive letters (E:, F:) or none.</source>
        <translation>SAN ボリュームのドライブ文字 (E:、F:) または none を入力してください。</translation>
    </message>
    <message>
        <source>Save the &amp;assessment...</source>
        <translation>評価を保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Assessment (*.json *.txt)</source>
        <translation>評価 (*.json *.txt)</translation>
    </message>
    <message>
        <source>Writes these facts, the verdict and its reasons to a JSON or text file.</source>
        <translation>これらの情報、判定、およびその理由を JSON ファイルまたはテキスト ファイルに書き込みます。</translation>
    </message>
    <message>
        <source>points to the SAN</source>
        <translation>SAN を示唆</translation>
    </message>
    <message>
        <source>points away from the SAN</source>
        <translation>SAN ではないことを示唆</translation>
    </message>
    <message>
        <source>says nothing either way</source>
        <translation>どちらとも言えない</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>IOCTL_STORAGE_QUERY_PROPERTY: %1 (evidence, not an answer)</source>
        <translation>IOCTL_STORAGE_QUERY_PROPERTY: %1 (証拠であり、答えではありません)</translation>
    </message>
    <message>
        <source>Suggested by the disks&apos; bus and product ids. Check it against the SAN&apos;s own records before you use it.</source>
        <translation>ディスクのバスと製品 ID から推測した候補です。使用する前に、SAN 自体の記録と照合してください。</translation>
    </message>
    <message>
        <source>The server&apos;s own evidence shows the bugcheck already (see the verdict).</source>
        <translation>サーバー自身の証拠に、既にバグチェック (STOP エラー) が示されています (判定を参照)。</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>状況説明: %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <source>This run continues with the procedure chosen before: %1.</source>
        <translation>この実行は、以前に選択した作業手順で続行します: %1。</translation>
    </message>
</context>
<context>
    <name>spuw::RecoveryPage</name>
    <message>
        <source>Recovery after the bugcheck</source>
        <translation>バグチェック (STOP エラー) 後の回復</translation>
    </message>
    <message>
        <source>KB 817409: recover servers that are getting the &quot;Bugcheck&quot; error message.</source>
        <translation>KB 817409: 「Bugcheck」エラー メッセージが表示されるサーバーを回復します。</translation>
    </message>
    <message>
        <source>This server stops with bugcheck 0xC2 BAD_POOL_CALLER because the upgrade ran while it was attached to the SAN. The recovery: remove all SAN connections, restart to complete the upgrade to Windows Server 2003, install HP Secure Path 4.0A (Raidisk.sys 3.6.3.670), and reconnect the SAN.</source>
        <translation>SAN に接続されたままアップグレードが実行されたため、このサーバーはバグチェック (STOP エラー) 0xC2 BAD_POOL_CALLER で停止します。回復の手順: すべての SAN 接続を切断し、再起動して Windows Server 2003 へのアップグレードを完了し、HP Secure Path 4.0A (Raidisk.sys 3.6.3.670) をインストールしてから、SAN を再接続します。</translation>
    </message>
    <message>
        <source>%1: bugcheck 0x%2 (%3, %4, %5, %6), Windows build %7</source>
        <translation>%1: バグチェック 0x%2 (%3, %4, %5, %6)、Windows ビルド %7</translation>
    </message>
    <message>
        <source>The operator reports the BAD_POOL_CALLER bugcheck.</source>
        <translation>オペレーターが BAD_POOL_CALLER のバグチェック (STOP エラー) を報告しています。</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証拠:</translation>
    </message>
</context>
<context>
    <name>spuw::RestartPage</name>
    <message>
        <source>Restart to complete the upgrade</source>
        <translation>再起動してアップグレードを完了</translation>
    </message>
    <message>
        <source>KB 817409, recovery step 2.</source>
        <translation>KB 817409、回復の手順 2。</translation>
    </message>
    <message>
        <source>With every SAN connection removed, restart the server. Windows Server 2003 setup completes without the SAN attached.</source>
        <translation>すべての SAN 接続を切断した状態で、サーバーを再起動します。Windows Server 2003 のセットアップは、SAN を接続しない状態で完了します。</translation>
    </message>
    <message>
        <source>&amp;Check that the server started normally</source>
        <translation>サーバーが正常に起動したことを確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that the server restarted and the upgrade completed</source>
        <translation>サーバーが再起動し、アップグレードが完了したことを確認しました(&amp;A)</translation>
    </message>
</context>
<context>
    <name>spuw::SanDisconnectPage</name>
    <message>
        <source>Remove all SAN connections</source>
        <translation>すべての SAN 接続を切断する</translation>
    </message>
    <message>
        <source>KB 817409: disconnect the server from all SAN storage before you perform the upgrade.</source>
        <translation>KB 817409: アップグレードを実行する前に、サーバーをすべての SAN ストレージから切断します。</translation>
    </message>
    <message>
        <source>Unplug every Fibre Channel cable of this server (or disable its switch ports) so that it sees no SAN storage at all. Then check again until no SAN volume is visible.</source>
        <translation>このサーバーのファイバー チャネル ケーブルをすべて抜き (またはスイッチ ポートを無効にし)、SAN ストレージがまったく認識されない状態にします。その後、SAN ボリュームが表示されなくなるまで、もう一度確認してください。</translation>
    </message>
    <message>
        <source>&amp;Check that no SAN volume is visible</source>
        <translation>SAN ボリュームが表示されていないことを確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that all SAN connections are removed</source>
        <translation>すべての SAN 接続が切断されていることを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>SAN volumes before disconnection: %1
Visible now: %2</source>
        <translation>切断前の SAN ボリューム: %1
現在表示されているボリューム: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>cannot be seen from here</source>
        <translation>ここからは認識できません</translation>
    </message>
</context>
<context>
    <name>spuw::SanReattachPage</name>
    <message>
        <source>Reconnect the SAN</source>
        <translation>SAN を再接続する</translation>
    </message>
    <message>
        <source>KB 817409: connect the Windows Server 2003 server to the SAN storage.</source>
        <translation>KB 817409: Windows Server 2003 サーバーを SAN ストレージに接続します。</translation>
    </message>
    <message>
        <source>&amp;Check that every SAN volume is back</source>
        <translation>すべての SAN ボリュームが戻ったことを確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that every SAN volume is back</source>
        <translation>すべての SAN ボリュームが戻ったことを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>Reads the server again and records the step when every volume it had before is visible.</source>
        <translation>サーバーを再度読み取り、以前のすべてのボリュームが表示されていれば、この手順を記録します。</translation>
    </message>
    <message>
        <source>Records your statement that every volume the server had before is visible again.</source>
        <translation>サーバーの以前のすべてのボリュームが再び表示されていることを、オペレーターの確認として記録します。</translation>
    </message>
    <message>
        <source>A volume that does not come back after the cables are in is almost always one of these; check them in this order, then check again:
1. Zoning: on both fabrics, the server&apos;s HBA ports (WWPNs) are in a zone with the array&apos;s controller ports, and the switch ports are enabled again.
2. LUN presentation: on the array (Command View EVA, or the HSG80&apos;s ACS), the LUN behind the volume is presented to this server&apos;s host connections, with the LUN number it had before.
3. Secure Path: in Secure Path Manager (or spmgr display), every path to the LUN is Available, not Failed; restore failed paths, then rescan the disks in Disk Management.</source>
        <translation>ケーブルを接続してもボリュームが戻らない場合、原因はほぼ必ず次のいずれかです。次の順序で調べてから、もう一度確認してください。
1. ゾーニング: 両方のファブリックで、サーバーの HBA ポート (WWPN) がアレイのコントローラー ポートと同じゾーンに含まれていること、およびスイッチ ポートが再び有効になっていること。
2. LUN のプレゼンテーション: アレイ (Command View EVA、または HSG80 の ACS) で、ボリュームに対応する LUN が、以前と同じ LUN 番号でこのサーバーのホスト接続に提示されていること。
3. Secure Path: Secure Path Manager (または spmgr display) で、LUN へのすべてのパスが「Failed」ではなく「Available」になっていること。障害が発生したパスを復元してから、「ディスクの管理」でディスクを再スキャンしてください。</translation>
    </message>
    <message>
        <source>If a volume stays missing, hand the problem on and record to whom: the run can then end, honestly, as not complete. Until it ends you can still check again.</source>
        <translation>ボリュームが戻らないままの場合は、問題を引き継ぎ、引き継ぎ先を記録してください。これにより、実行をありのまま未完了として終了できます。終了するまでは、もう一度確認することもできます。</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>エスカレーション先</translation>
    </message>
    <message>
        <source>The team, person or ticket the missing volume is handed to; recorded in the journal.</source>
        <translation>戻らないボリュームの問題を引き継ぐチーム、担当者、またはチケット。ジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>team, person or ticket</source>
        <translation>チーム、担当者、またはチケット</translation>
    </message>
    <message>
        <source>Escalated &amp;to:</source>
        <translation>エスカレーション先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Record the escalation</source>
        <translation>エスカレーションを記録(&amp;R)</translation>
    </message>
    <message>
        <source>Records in the journal that this step cannot be done here, to whom it was handed and why.</source>
        <translation>この手順をここでは実行できないこと、引き継ぎ先、およびその理由をジャーナルに記録します。</translation>
    </message>
    <message>
        <source>Reconnect the Fibre Channel cables, let Secure Path find its paths, then check that every volume the server had before is back.</source>
        <translation>ファイバー チャネル ケーブルを再接続し、Secure Path にパスを検出させてから、サーバーの以前のすべてのボリュームが戻ったことを確認してください。</translation>
    </message>
    <message>
        <source>Reconnect the Fibre Channel cables, let Secure Path find its paths, then look on the server that every volume it had before is back, and attest it: this wizard cannot see the server&apos;s volumes from here.</source>
        <translation>ファイバー チャネル ケーブルを再接続し、Secure Path にパスを検出させてから、以前のすべてのボリュームが戻ったことをサーバー上で確かめ、確認を記録してください。このウィザードからは、サーバーのボリュームを参照できません。</translation>
    </message>
    <message>
        <source>Volumes before disconnection: %1</source>
        <translation>切断前のボリューム: %1</translation>
    </message>
    <message>
        <source>Do not reconnect yet: %1</source>
        <translation>まだ再接続しないでください: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>見つからないボリューム: %1</translation>
    </message>
    <message>
        <source>Escalated: %1. Next ends the run as not complete; or check again once the volume is back, and the step is done after all.</source>
        <translation>エスカレーション済み: %1。「次へ」をクリックすると、実行は未完了として終了します。または、ボリュームが戻った時点でもう一度確認すれば、この手順は完了になります。</translation>
    </message>
    <message>
        <source>SAN volumes not back after the SAN was reconnected</source>
        <translation>SAN の再接続後も戻らない SAN ボリューム</translation>
    </message>
    <message>
        <source>LUN %1 missing after the SAN was reconnected</source>
        <translation>SAN の再接続後に見つからない LUN %1</translation>
    </message>
    <message>
        <source>The escalation is recorded in the journal: %1, escalated to %2.</source>
        <translation>エスカレーションがジャーナルに記録されました: %1 (エスカレーション先: %2)。</translation>
    </message>
</context>
<context>
    <name>spuw::SecurePathReinstallPage</name>
    <message>
        <source>Install Secure Path 4.0A for Windows Server 2003</source>
        <translation>Windows Server 2003 用の Secure Path 4.0A をインストールする</translation>
    </message>
    <message>
        <source>KB 817409: verify that Raidisk.sys is version 3.6.3.670.</source>
        <translation>KB 817409: Raidisk.sys のバージョンが 3.6.3.670 であることを検証します。</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A again. On Windows Server 2003 it installs the Windows Server 2003 driver: Raidisk.sys 3.6.3.670.</source>
        <translation>HP Secure Path 4.0A をもう一度インストールしてください。Windows Server 2003 上では、Windows Server 2003 用のドライバー (Raidisk.sys 3.6.3.670) がインストールされます。</translation>
    </message>
    <message>
        <source>&amp;Check Raidisk.sys</source>
        <translation>Raidisk.sys を確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that Raidisk.sys is now version 3.6.3.670</source>
        <translation>Raidisk.sys のバージョンが 3.6.3.670 になったことを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>Raidisk.sys now: %1</source>
        <translation>現在の Raidisk.sys: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
</context>
<context>
    <name>spuw::ServerRoomPanel</name>
    <message>
        <source>In the server room (simulated)</source>
        <translation>サーバー室 (シミュレーション)</translation>
    </message>
    <message>
        <source>Run the full backup</source>
        <translation>完全バックアップを実行</translation>
    </message>
    <message>
        <source>Move shared storage to another node</source>
        <translation>共有ストレージを別のノードに移動</translation>
    </message>
    <message>
        <source>Pause this cluster node</source>
        <translation>このクラスター ノードを一時停止</translation>
    </message>
    <message>
        <source>I have disconnected the SAN cables</source>
        <translation>SAN ケーブルを切断しました</translation>
    </message>
    <message>
        <source>Run Windows Server 2003 setup</source>
        <translation>Windows Server 2003 セットアップを実行</translation>
    </message>
    <message>
        <source>Restart the server</source>
        <translation>サーバーを再起動</translation>
    </message>
    <message>
        <source>Install HP Secure Path 4.0A</source>
        <translation>HP Secure Path 4.0A をインストール</translation>
    </message>
    <message>
        <source>I have reconnected the SAN cables</source>
        <translation>SAN ケーブルを再接続しました</translation>
    </message>
    <message>
        <source>Unpause this cluster node</source>
        <translation>このクラスター ノードを再開</translation>
    </message>
    <message>
        <source>Training: done by hand in the simulated server room, right or wrong; recorded, and judged in the debrief.</source>
        <translation>トレーニング: シミュレートされたサーバー室で手作業で行う操作です。正しいか誤りかにかかわらず記録され、振り返りで評価されます。</translation>
    </message>
    <message>
        <source>Begin the run first: everything done in the server room is recorded.</source>
        <translation>先に実行を開始してください: サーバー室で行った操作はすべて記録されます。</translation>
    </message>
</context>
<context>
    <name>spuw::ServerWaitPanel</name>
    <message numerus="yes">
        <source>&amp;Wait %n more minute(s)</source>
        <translation>
            <numerusform>さらに %n 分待機(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits longer before saying that the server has not come back.</source>
        <translation>サーバーが戻らないと判断するまで、さらに待機します。</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer again: away for %2. The wizard asks again every %3 seconds and goes on by itself once the server answers and its facts are checked.</source>
        <translation>%1 が再び応答するのを待っています (応答なしの時間: %2)。ウィザードは %3 秒ごとに再確認し、サーバーが応答して情報が確認されると、自動的に続行します。</translation>
    </message>
    <message numerus="yes">
        <source>A restart of Windows setup takes a while; the agent starts again after the next administrator logon. Waiting up to %n minute(s). Last try: %1</source>
        <translation>
            <numerusform>Windows セットアップによる再起動には時間がかかります。エージェントは、次に管理者がログオンした後で再び起動します。最大 %n 分間待機します。前回の試行: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered for %n minute(s). Look at its console: setup may still be running (wait longer); it may have stopped with STOP 0x000000C2 BAD_POOL_CALLER (then the SAN was attached: the recovery of KB 817409 applies); or nobody has logged on, so the agent&apos;s RunOnce entry has not run (log on as an administrator, or start spuw-live-probe.exe --serve --resume). Nothing is recorded as done while it is away. Last try: %2</source>
        <translation>
            <numerusform>%1 が %n 分間応答していません。コンソールを確認してください: セットアップがまだ実行中である可能性があります (さらに待機してください)。STOP 0x000000C2 BAD_POOL_CALLER で停止している可能性があります (その場合は SAN が接続されていました: KB 817409 の回復の作業手順が適用されます)。または、誰もログオンしていないため、エージェントの RunOnce エントリが実行されていない可能性があります (管理者としてログオンするか、spuw-live-probe.exe --serve --resume を起動してください)。応答がない間は、何も完了として記録されません。前回の試行: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spuw::Session</name>
    <message>
        <source>A run has begun: the system cannot be changed any more.</source>
        <translation>実行が開始されました: システムはこれ以上変更できません。</translation>
    </message>
    <message>
        <source>This is a training run: its next node is a simulated one.</source>
        <translation>これはトレーニング実行です: 次のノードもシミュレートされたノードである必要があります。</translation>
    </message>
    <message>
        <source>This run upgrades real servers: a simulated server cannot be its next node.</source>
        <translation>この実行は実際のサーバーをアップグレードします: シミュレートされたサーバーを次のノードにすることはできません。</translation>
    </message>
    <message>
        <source>The run records in %1: the journal cannot be changed while the run is going.</source>
        <translation>この実行は %1 に記録しています: 実行中はジャーナルを変更できません。</translation>
    </message>
    <message>
        <source>%1 fails verification (%2). The wizard does not add to a journal it cannot vouch for: choose another journal file; export this one with --force to see what it holds.</source>
        <translation>%1 は検証に失敗しました (%2)。ウィザードは、信頼性を保証できないジャーナルには追記しません: 別のジャーナル ファイルを選択してください。このジャーナルの内容を確認するには、--force を指定してエクスポートしてください。</translation>
    </message>
    <message>
        <source>The server stopped with bugcheck 0xC2 BAD_POOL_CALLER (crash dump %1, Windows build %2).</source>
        <translation>サーバーがバグチェック (STOP エラー) 0xC2 BAD_POOL_CALLER で停止しました (クラッシュ ダンプ %1、Windows ビルド %2)。</translation>
    </message>
    <message>
        <source>operator&apos;s answer</source>
        <translation>オペレーターの回答</translation>
    </message>
    <message>
        <source>operator&apos;s report</source>
        <translation>オペレーターの報告</translation>
    </message>
    <message>
        <source>the scenario recorded in %1</source>
        <translation>%1 に記録されたシナリオ</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2, whose run is going on: connect to one of %3.</source>
        <translation>%1 は、実行中のクラスター %2 のノードではありません: %3 のいずれかに接続してください。</translation>
    </message>
    <message>
        <source>No run has begun.</source>
        <translation>実行は開始されていません。</translation>
    </message>
    <message>
        <source>The run is finished.</source>
        <translation>実行は終了しています。</translation>
    </message>
    <message>
        <source>Not enough is known to choose a procedure: %1</source>
        <translation>作業手順を選択するための情報が不足しています: %1</translation>
    </message>
    <message>
        <source>No procedure has been chosen yet.</source>
        <translation>作業手順はまだ選択されていません。</translation>
    </message>
    <message>
        <source>No journal is open: nothing can be recorded, so the wizard cannot go on.</source>
        <translation>ジャーナルが開かれていません: 何も記録できないため、ウィザードは続行できません。</translation>
    </message>
    <message>
        <source>The wizard could not register itself to start again after the restart (%1). After each restart, start it by hand with the journal %2.</source>
        <translation>再起動後にウィザードが自動的に開始されるように登録できませんでした (%1)。再起動のたびに、ジャーナル %2 を指定して手動で起動してください。</translation>
    </message>
    <message>
        <source>The wizard&apos;s start-after-restart entry could not be removed (%1): remove %2 by hand.</source>
        <translation>再起動後にウィザードを自動的に開始するためのエントリを削除できませんでした (%1): %2 を手動で削除してください。</translation>
    </message>
    <message>
        <source>%1 does not answer: nothing is checked or recorded as done until it answers again.</source>
        <translation>%1 が応答しません: 再び応答するまで、何も確認されず、完了として記録されることもありません。</translation>
    </message>
    <message>
        <source>The upgrade of %1 is deferred until HP Secure Path 4.0B: only finishing the run or a new assessment is possible.</source>
        <translation>%1 のアップグレードは HP Secure Path 4.0B まで延期されています: 実行を終了するか、もう一度評価することしかできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the %2 procedure.</source>
        <translation>「%1」は %2 の作業手順に含まれる手順ではありません。</translation>
    </message>
    <message>
        <source>First: %1.</source>
        <translation>先に次を実施してください: %1。</translation>
    </message>
    <message>
        <source>This step cannot be checked here; the operator attests it.</source>
        <translation>この手順はここでは確認できません。オペレーターが確認します。</translation>
    </message>
    <message>
        <source>Not in training mode.</source>
        <translation>トレーニング モードではありません。</translation>
    </message>
    <message>
        <source>Begin the run on the first page first: what is done in the server room is recorded.</source>
        <translation>先に最初のページで実行を開始してください: サーバー室で行った操作は記録されます。</translation>
    </message>
    <message>
        <source>The journal cannot record: %1</source>
        <translation>ジャーナルに記録できません: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was deferred until HP Secure Path 4.0B, yet the work went on in the server room.</source>
        <translation>%1 のアップグレードは HP Secure Path 4.0B まで延期されましたが、サーバー室での作業は続けられました。</translation>
    </message>
    <message>
        <source>Only a step of the procedure that is not done can be escalated.</source>
        <translation>エスカレーションできるのは、作業手順のうち完了していない手順だけです。</translation>
    </message>
    <message>
        <source>Say to whom the problem is handed (a team, a person, a ticket).</source>
        <translation>問題の引き継ぎ先 (チーム、担当者、チケット) を入力してください。</translation>
    </message>
</context>
<context>
    <name>spuw::StepListPanel</name>
    <message>
        <source>Procedure: not chosen yet</source>
        <translation>作業手順: 未選択</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>作業手順の各手順</translation>
    </message>
    <message>
        <source>Each step of the chosen procedure with its state: done, now, blocked, to do, reopened or escalated.</source>
        <translation>選択した作業手順の各手順とその状態 (完了、実行中、ブロック中、未実施、やり直し、エスカレーション済み)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>now</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>手順 %1: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>spuw::StepPage</name>
    <message>
        <source>The journal cannot record, so the wizard will not go on: %1</source>
        <translation>ジャーナルに記録できないため、ウィザードは続行しません: %1</translation>
    </message>
    <message>
        <source>TRAINING - scenario &quot;%1&quot;: simulated server - nothing on this machine is changed.</source>
        <translation>トレーニング - シナリオ「%1」: シミュレートされたサーバーです - このコンピューター上では何も変更されません。</translation>
    </message>
    <message>
        <source>Reopened: this step was done, but the server now shows otherwise. %1 Do it again.</source>
        <translation>再オープン: この手順は完了していましたが、現在のサーバーの状態はそれと異なります。%1 もう一度実施してください。</translation>
    </message>
    <message>
        <source>The server could not be read: %1</source>
        <translation>サーバーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reads the server again and records &quot;%1&quot; as done when its facts show it.</source>
        <translation>サーバーを再度読み取り、情報で確認できた場合に「%1」を完了として記録します。</translation>
    </message>
    <message>
        <source>Records your statement that &quot;%1&quot; is done, under your name; refused when the facts contradict it.</source>
        <translation>「%1」が完了したというあなたの申告を、あなたの名前で記録します。情報と矛盾する場合は拒否されます。</translation>
    </message>
    <message>
        <source>Done and recorded.</source>
        <translation>完了し、記録済みです。</translation>
    </message>
    <message>
        <source>Checked and recorded in the journal (record %1, head hash %2).</source>
        <translation>確認し、ジャーナルに記録しました (記録 %1、ヘッド ハッシュ %2)。</translation>
    </message>
    <message>
        <source>Your statement is recorded in the journal (record %1, head hash %2).</source>
        <translation>あなたの申告をジャーナルに記録しました (記録 %1、ヘッド ハッシュ %2)。</translation>
    </message>
</context>
<context>
    <name>spuw::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What was done, as the journal records it.</source>
        <translation>ジャーナルに記録されている実施内容です。</translation>
    </message>
    <message>
        <source>What was done in this run as the journal records it, and in training the debrief.</source>
        <translation>ジャーナルに記録されている、この実行での実施内容と、トレーニングの場合は振り返りです。</translation>
    </message>
    <message>
        <source>Connect to the &amp;next node...</source>
        <translation>次のノードに接続(&amp;N)...</translation>
    </message>
    <message>
        <source>Goes back to the first page to choose the next node&apos;s agent; the run goes on there.</source>
        <translation>最初のページに戻って、次のノードのエージェントを選択します。実行はそこから続行されます。</translation>
    </message>
    <message>
        <source>Choose the next node&apos;s agent on the first page; the run goes on there.</source>
        <translation>最初のページで次のノードのエージェントを選択してください。実行はそこから続行されます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Escalated: %1 (%2)</source>
        <translation>エスカレーション済み: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未実施: %1</translation>
    </message>
    <message>
        <source>The run is finished and complete, as recorded in the journal.</source>
        <translation>ジャーナルの記録のとおり、実行は終了し、完了しています。</translation>
    </message>
    <message>
        <source>The run is finished, NOT complete, as recorded in the journal: the steps not done above are the reason.</source>
        <translation>ジャーナルの記録のとおり、実行は終了しましたが、完了していません。上記の未実施の手順がその理由です。</translation>
    </message>
    <message>
        <source>This node is done. The run continues on %1: start the wizard for that node with the same journal (%2).</source>
        <translation>このノードの作業は完了しました。実行は %1 で続行されます。同じジャーナル (%2) を使用して、そのノード用のウィザードを起動してください。</translation>
    </message>
    <message>
        <source>Journal %1: %2 records, intact (head %3).</source>
        <translation>ジャーナル %1: 記録 %2 件、正常 (ヘッド ハッシュ %3)。</translation>
    </message>
    <message>
        <source>Journal %1 is damaged: %2</source>
        <translation>ジャーナル %1 は破損しています: %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>Done right:</source>
        <translation>正しく実施された事項:</translation>
    </message>
    <message>
        <source>No mistakes against KB 817409.</source>
        <translation>KB 817409 に反する誤りはありません。</translation>
    </message>
    <message>
        <source>Mistakes:</source>
        <translation>誤り:</translation>
    </message>
</context>
<context>
    <name>spuw::UpgradePage</name>
    <message>
        <source>Upgrade to Windows Server 2003</source>
        <translation>Windows Server 2003 へのアップグレード</translation>
    </message>
    <message>
        <source>KB 817409: upgrade Windows 2000 Server to Windows Server 2003. This is the point of no return.</source>
        <translation>KB 817409: Windows 2000 Server を Windows Server 2003 にアップグレードします。これ以降は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Upgrade done</source>
        <translation>アップグレード完了(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Check the Windows version</source>
        <translation>Windows のバージョンを確認(&amp;C)</translation>
    </message>
    <message>
        <source>I &amp;attest that Windows Server 2003 setup has completed</source>
        <translation>Windows Server 2003 のセットアップが完了したことを確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>Windows now: %1 (build %2).</source>
        <translation>現在の Windows: %1 (ビルド %2)。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not allowed yet: %1</source>
        <translation>まだ許可されていません: %1</translation>
    </message>
    <message>
        <source>After the restarts Windows starts this wizard again with journal %1.</source>
        <translation>再起動後、Windows によってこのウィザードがジャーナル %1 で再び起動されます。</translation>
    </message>
    <message>
        <source>In training the restarts are simulated.</source>
        <translation>トレーニングでは、再起動はシミュレートされます。</translation>
    </message>
    <message>
        <source>After the restarts, start this wizard again with journal %1.</source>
        <translation>再起動後、ジャーナル %1 を指定してこのウィザードを再度起動してください。</translation>
    </message>
    <message>
        <source>Run Windows Server 2003 setup (winnt32.exe) and choose Upgrade. Setup restarts the server two or three times; the line below says how this wizard continues after them. Do not reconnect the SAN until Secure Path 4.0A for Windows Server 2003 is installed.</source>
        <translation>Windows Server 2003 セットアップ (winnt32.exe) を実行し、「アップグレード」を選択してください。セットアップはサーバーを 2、3 回再起動します。再起動の後にこのウィザードがどのように続行するかは、下の行に示されます。Windows Server 2003 用の Secure Path 4.0A がインストールされるまで、SAN を再接続しないでください。</translation>
    </message>
    <message>
        <source>After the restarts Windows starts the agent on the server again by itself; this wizard waits for it and continues with journal %1.</source>
        <translation>再起動の後、Windows はサーバー上のエージェントを自動的に再び起動します。このウィザードはエージェントを待ち、ジャーナル %1 で続行します。</translation>
    </message>
</context>
<context>
    <name>spuw::UpgradeWizard</name>
    <message>
        <source>Secure Path Upgrade Wizard</source>
        <translation>Secure Path アップグレード ウィザード</translation>
    </message>
    <message>
        <source>&amp;Journal...</source>
        <translation>ジャーナル(&amp;J)...</translation>
    </message>
    <message>
        <source>Pause and e&amp;xit</source>
        <translation>一時停止して終了(&amp;X)</translation>
    </message>
    <message>
        <source>Nothing is undone: start the wizard again with the same journal to continue.</source>
        <translation>何も元に戻されません: 続行するには、同じジャーナルを指定してウィザードを再度起動してください。</translation>
    </message>
    <message>
        <source>The previous page; what is recorded stays recorded.</source>
        <translation>前のページに戻ります。記録された内容は、記録されたまま残ります。</translation>
    </message>
    <message>
        <source>The next step of the procedure, once this page&apos;s steps are recorded.</source>
        <translation>このページの手順が記録された後、作業手順の次の手順に進みます。</translation>
    </message>
    <message>
        <source>Records that this step is done; the wizard cannot go back past it.</source>
        <translation>この手順が完了したことを記録します。ウィザードはこの手順より前には戻れません。</translation>
    </message>
    <message>
        <source>Closes the wizard; the run is recorded as it ended.</source>
        <translation>ウィザードを閉じます。実行は終了時の状態で記録されます。</translation>
    </message>
    <message>
        <source>Shows every record of this run as the journal holds it.</source>
        <translation>ジャーナルに保存されているとおりに、この実行のすべての記録を表示します。</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>ウィザードを閉じますか？</translation>
    </message>
    <message>
        <source>The run is finished and recorded in the journal %1. The upgrade record can still be exported from this page.</source>
        <translation>実行は終了し、ジャーナル %1 に記録されています。このページから、引き続きアップグレード記録をエクスポートできます。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Exit the wizard?</source>
        <translation>ウィザードを終了しますか？</translation>
    </message>
    <message>
        <source>No run has begun, so nothing is recorded.</source>
        <translation>実行が開始されていないため、何も記録されていません。</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>Pause and exit?</source>
        <translation>一時停止して終了しますか？</translation>
    </message>
    <message>
        <source>The run will be paused, not finished, and nothing is undone. To continue where you are now, start the wizard again with the journal %1.</source>
        <translation>実行は一時停止されます。終了ではなく、何も元に戻されません。現在の位置から続行するには、ジャーナル %1 を指定してウィザードを再度起動してください。</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>ウィザードに戻る(&amp;S)</translation>
    </message>
    <message>
        <source>Go back to the wizard; nothing is recorded.</source>
        <translation>ウィザードに戻ります。何も記録されません。</translation>
    </message>
</context>
<context>
    <name>spuw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409).</source>
        <translation>HP Secure Path を使用している Windows 2000 サーバーを、Windows Server 2003 に安全にアップグレードします (KB 817409)。</translation>
    </message>
    <message>
        <source>A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe procedure from Microsoft&apos;s article 817409 and records every step in a journal.</source>
        <translation>HP Secure Path を通じて SAN に接続されている Windows 2000 サーバーを直接アップグレードすると、バグチェック (STOP エラー) 0xC2 BAD_POOL_CALLER で停止します。このウィザードは、サーバーを確認し、Microsoft サポート技術情報 817409 から安全な作業手順を選択して、すべての手順をジャーナルに記録します。</translation>
    </message>
    <message>
        <source>System to work on</source>
        <translation>作業対象のシステム</translation>
    </message>
    <message>
        <source>Training with a simulated server, an offline copy of a server&apos;s system volume, this Windows server, or a server running the agent.</source>
        <translation>シミュレートされたサーバーによるトレーニング、サーバーのシステム ボリュームのオフライン コピー、この Windows サーバー、またはエージェントを実行しているサーバー。</translation>
    </message>
    <message>
        <source>Training: a simulated server</source>
        <translation>トレーニング: シミュレートされたサーバー</translation>
    </message>
    <message>
        <source>Offline image: a copy of a server&apos;s system volume</source>
        <translation>オフライン イメージ: サーバーのシステム ボリュームのコピー</translation>
    </message>
    <message>
        <source>This Windows server (live)</source>
        <translation>この Windows サーバー (ライブ)</translation>
    </message>
    <message>
        <source>A server running the agent (spuw-live-probe.exe --serve)</source>
        <translation>エージェントを実行しているサーバー (spuw-live-probe.exe --serve)</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>トレーニング シナリオ</translation>
    </message>
    <message>
        <source>The simulated server to train on; Use this system loads it. Its briefing is shown below.</source>
        <translation>トレーニングに使用する、シミュレートされたサーバーです。「このシステムを使用」で読み込まれます。その状況説明が下に表示されます。</translation>
    </message>
    <message>
        <source>Open a scenario f&amp;ile...</source>
        <translation>シナリオ ファイルを開く(&amp;I)...</translation>
    </message>
    <message>
        <source>Loads an instructor&apos;s scenario file (JSON); a file that cannot be used is named with the problem.</source>
        <translation>講師が作成したシナリオ ファイル (JSON) を読み込みます。使用できないファイルの場合は、ファイル名と問題点が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Use this system</source>
        <translation>このシステムを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Reads the system chosen above; the run has not begun until Next.</source>
        <translation>上で選択したシステムを読み取ります。「次へ」をクリックするまで、実行は開始されません。</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>ジャーナル ファイル</translation>
    </message>
    <message>
        <source>The SQLite file that records every step; the same file again resumes an unfinished run.</source>
        <translation>すべての手順を記録する SQLite ファイルです。同じファイルをもう一度指定すると、未完了の実行が再開されます。</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>オペレーター名</translation>
    </message>
    <message>
        <source>Your full name, recorded with every step you take.</source>
        <translation>オペレーターの氏名です。実施するすべての手順と共に記録されます。</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Type your name to go on: the journal records who did each step.</source>
        <translation>続行するには氏名を入力してください。各手順の実施者がジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation>シナリオ(&amp;E):</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在:</translation>
    </message>
    <message>
        <source>Journal fi&amp;le:</source>
        <translation>ジャーナル ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>オペレーター(&amp;O):</translation>
    </message>
    <message>
        <source>Training scenarios (*.json);;All files (*)</source>
        <translation>トレーニング シナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 Choose another system, or another scenario, and press Use this system.</source>
        <translation>%1 別のシステムまたは別のシナリオを選択して、「このシステムを使用」をクリックしてください。</translation>
    </message>
    <message>
        <source>Offline image folder</source>
        <translation>オフライン イメージ フォルダー</translation>
    </message>
    <message>
        <source>The folder that is the root of the server&apos;s system volume; it is only read, never changed.</source>
        <translation>サーバーのシステム ボリュームのルートに当たるフォルダーです。読み取りのみ行われ、変更されることはありません。</translation>
    </message>
    <message>
        <source>root of its C: drive</source>
        <translation>C: ドライブのルート</translation>
    </message>
    <message>
        <source>SAN volumes of the imaged server</source>
        <translation>イメージ元サーバーの SAN ボリューム</translation>
    </message>
    <message>
        <source>Drive letters such as E:, F:, or none; an image cannot show which volumes are on the SAN.</source>
        <translation>E:, F: などのドライブ文字、または none。イメージからは、どのボリュームが SAN 上にあるかを判別できません。</translation>
    </message>
    <message>
        <source>E:, F: or none</source>
        <translation>E:, F: または none</translation>
    </message>
    <message>
        <source>When empty, the preflight asks.</source>
        <translation>空の場合は、事前チェックで質問されます。</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>参照(&amp;W)...</translation>
    </message>
    <message>
        <source>Chooses the image folder in a file dialog.</source>
        <translation>ファイル ダイアログでイメージ フォルダーを選択します。</translation>
    </message>
    <message>
        <source>Root folder of the system volume</source>
        <translation>システム ボリュームのルート フォルダー</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>フォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;AN volumes:</source>
        <translation>SAN ボリューム(&amp;A):</translation>
    </message>
    <message>
        <source>The wizard reads this server through Windows itself.</source>
        <translation>ウィザードは Windows 自体を通じてこのサーバーを読み取ります。</translation>
    </message>
    <message>
        <source>Server running the agent</source>
        <translation>エージェントを実行しているサーバー</translation>
    </message>
    <message>
        <source>Host name or address of the server, with :port when not 17409.</source>
        <translation>サーバーのホスト名またはアドレス。ポートが 17409 以外の場合は :ポート番号 を付けます。</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>ホスト[:ポート]</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>ペアリング コード</translation>
    </message>
    <message>
        <source>The code the agent printed on the server&apos;s console.</source>
        <translation>エージェントがサーバーのコンソールに表示したコード。</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>ペアリング コード(&amp;C):</translation>
    </message>
    <message>
        <source>On the server, run spuw-live-probe.exe --serve from the server kit (%1, or its MSI) and type the pairing code it prints. TCP port 17409 must be open from this computer to the server.</source>
        <translation>サーバー上で、サーバー キット (%1、またはその MSI) に含まれる spuw-live-probe.exe --serve を実行し、表示されたペアリング コードを入力してください。このコンピューターからサーバーへの TCP ポート 17409 が開いている必要があります。</translation>
    </message>
    <message>
        <source>Choose the folder of the offline image.</source>
        <translation>オフライン イメージのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 Choose another scenario.</source>
        <translation>%1 別のシナリオを選択してください。</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>状況説明: %1</translation>
    </message>
    <message>
        <source>Journal %1 is open.</source>
        <translation>ジャーナル %1 を開いています。</translation>
    </message>
    <message>
        <source>no system chosen</source>
        <translation>システムが選択されていません</translation>
    </message>
    <message>
        <source>Training mode: %1</source>
        <translation>トレーニング モード: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <source>An unfinished run was found (started %1 UTC, last step on %2). It will be resumed. Done on %2: %3. Next: %4.</source>
        <translation>未完了の実行が見つかりました (開始: %1 UTC、最後の手順の実施先: %2)。この実行を再開します。%2 で完了した手順: %3。次の手順: %4。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation>実行を終了する</translation>
    </message>
</context>
</TS>
