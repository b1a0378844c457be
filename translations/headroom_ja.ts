<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>BenchCommand</name>
        <message>
            <source>Measure how fast Headroom is (medians over repeated runs).</source>
            <translation>Headroom の速度を測定します（繰り返し実行の中央値）。</translation>
        </message>
        <message>
            <source>Repeat each measurement &lt;n&gt; times.</source>
            <translation>各測定を &lt;n&gt; 回繰り返します。</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>Write JSON to stdout.</source>
            <translation>JSON を標準出力に書き出します。</translation>
        </message>
        <message>
            <source>List the benchmarks.</source>
            <translation>ベンチマークの一覧を表示します。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Benchmarks to run (default: all).</source>
            <translation>実行するベンチマーク（既定: すべて）。</translation>
        </message>
        <message>
            <source>[name...]</source>
            <translation>[名前...]</translation>
        </message>
        <message>
            <source>--runs needs a whole number of at least 1, not '%1'.</source>
            <translation>--runs には 1 以上の整数が必要です（「%1」は不可）。</translation>
        </message>
        <message>
            <source>Unknown benchmark '%1'. Run 'headroom bench --list'.</source>
            <translation>不明なベンチマーク「%1」です。「headroom bench --list」を実行してください。</translation>
        </message>
    </context>
    <context>
        <name>CatalogItem</name>
        <message>
            <source>GPU server</source>
            <translation>GPU サーバー</translation>
        </message>
        <message>
            <source>Accelerator</source>
            <translation>アクセラレータ</translation>
        </message>
        <message>
            <source>Storage drive</source>
            <translation>ストレージドライブ</translation>
        </message>
        <message>
            <source>Storage appliance</source>
            <translation>ストレージアプライアンス</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>スイッチ</translation>
        </message>
        <message>
            <source>NIC / DPU</source>
            <translation>NIC / DPU</translation>
        </message>
        <message>
            <source>Optic</source>
            <translation>光トランシーバー</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>ラック</translation>
        </message>
        <message>
            <source>PDU</source>
            <translation>PDU</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>未検証</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Headroom plans AI data-center capacity: hardware, rack layouts, workloads, headroom and quotes.
Without a subcommand it opens the window; with one it runs headless and writes to standard output.</source>
            <translation>Headroom は AI データセンターの容量を計画します: ハードウェア、ラックレイアウト、ワークロード、余裕度、見積もり。
サブコマンドなしではウィンドウを開き、サブコマンドを指定すると画面なしで実行して標準出力に書き出します。</translation>
        </message>
        <message>
            <source>Use the hardware catalog database at &lt;path&gt; instead of your own.</source>
            <translation>自分のカタログの代わりに &lt;パス&gt; のハードウェアカタログデータベースを使います。</translation>
        </message>
        <message>
            <source>path</source>
            <translation>パス</translation>
        </message>
        <message>
            <source>Use &lt;language&gt; (en, de, zh_CN, ja) for this run instead of the saved choice or the system language.</source>
            <translation>今回の実行では、保存された設定やシステム言語の代わりに &lt;言語&gt;（en、de、zh_CN、ja）を使います。</translation>
        </message>
        <message>
            <source>language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>subcommand</source>
            <translation>サブコマンド</translation>
        </message>
        <message>
            <source>A subcommand to run headless (see below).</source>
            <translation>画面なしで実行するサブコマンド（下記参照）。</translation>
        </message>
        <message>
            <source>[subcommand [options]]</source>
            <translation>[サブコマンド [オプション]]</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>A project file to open in the window.</source>
            <translation>ウィンドウで開くプロジェクトファイル。</translation>
        </message>
        <message>
            <source>| [file]</source>
            <translation>| [ファイル]</translation>
        </message>
        <message>
            <source>Unknown subcommand '%1'. Run 'headroom --help' to list them.</source>
            <translation>不明なサブコマンド「%1」です。「headroom --help」で一覧を表示できます。</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>サブコマンド:</translation>
        </message>
        <message>
            <source>Run 'headroom &lt;subcommand&gt; --help' for a subcommand's own options.</source>
            <translation>各サブコマンドのオプションは「headroom &lt;サブコマンド&gt; --help」で表示されます。</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 1 the work failed (bad input file, impossible request, I/O error), 2 the command line was wrong.</source>
            <translation>終了コード: 0 成功、1 処理の失敗（不正な入力ファイル、実現不可能な要求、I/O エラー）、2 コマンドラインの誤り。</translation>
        </message>
    </context>
    <context>
        <name>HeadroomChartView</name>
        <message>
            <source>Compute</source>
            <translation>演算</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>GPU メモリ</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>ストレージ</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>電力</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>レイテンシ</translation>
        </message>
        <message>
            <source>Headroom left (%)</source>
            <translation>残りの余裕 (%)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Inference</source>
            <translation>推論</translation>
        </message>
        <message>
            <source>No workloads assigned yet. Drag a workload onto a server to see its headroom.</source>
            <translation>ワークロードはまだ割り当てられていません。ワークロードをサーバーにドラッグすると余裕度が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <source>Start an empty project</source>
            <translation>空のプロジェクトを開始します</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDF をエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Project files are not available in this version yet.</source>
            <translation>このバージョンではまだプロジェクトファイルを使えません。</translation>
        </message>
        <message>
            <source>PDF proposals are not available in this version yet.</source>
            <translation>このバージョンではまだ PDF 提案書を作成できません。</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>レイアウトをリセット(&amp;R)</translation>
        </message>
        <message>
            <source>Show every pane in its default place</source>
            <translation>すべてのパネルを既定の位置に表示します</translation>
        </message>
        <message>
            <source>&amp;About Headroom</source>
            <translation>Headroom について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>&amp;Qt について</translation>
        </message>
        <message>
            <source>Rack layout</source>
            <translation>ラックレイアウト</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>見積もり</translation>
        </message>
        <message>
            <source>Rack elevations will appear here: rows of racks with their U positions, power, weight and cooling. Drag equipment from the Catalog into a rack, and workloads onto its servers.</source>
            <translation>ここにラック立面図が表示されます: ラックの列と、その U 位置、電力、重量、冷却。カタログから機器をラックへ、ワークロードをそのサーバーへドラッグしてください。</translation>
        </message>
        <message>
            <source>The bill of materials for this layout will appear here, with prices, discounts and totals, ready for a PDF proposal.</source>
            <translation>このレイアウトの部品表が、価格・割引・合計とともにここに表示され、PDF 提案書に使えます。</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>カタログ</translation>
        </message>
        <message>
            <source>Hardware catalog</source>
            <translation>ハードウェアカタログ</translation>
        </message>
        <message>
            <source>GPU servers, accelerators, storage, switches, racks and PDUs with sourced specs will be listed here, ready to drag into racks.</source>
            <translation>GPU サーバー、アクセラレータ、ストレージ、スイッチ、ラック、PDU が出典付きの仕様とともにここに一覧表示され、ラックへドラッグできます。</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>ワークロード</translation>
        </message>
        <message>
            <source>Training jobs and inference services will be listed here. Drag one onto a server, a rack or a row to assign it.</source>
            <translation>学習ジョブと推論サービスがここに一覧表示されます。サーバー、ラック、または列へドラッグして割り当てます。</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>余裕度</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>最近のプロジェクトはありません</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <source>%1[*] — Headroom</source>
            <translation>%1[*] — Headroom</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>元に戻す: %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>やり直し: %1(&amp;R)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>プロジェクトを開く</translation>
        </message>
        <message>
            <source>Headroom cannot open project files yet, so '%1' was not opened. Project files arrive in a later version.</source>
            <translation>Headroom はまだプロジェクトファイルを開けないため、「%1」は開かれませんでした。プロジェクトファイルは今後のバージョンで対応します。</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>新しいプロジェクト</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>%1 has unsaved changes. Discard them?</source>
            <translation>%1 には未保存の変更があります。破棄しますか？</translation>
        </message>
        <message>
            <source>About Headroom</source>
            <translation>Headroom について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data centers: hardware, rack layouts, training and inference workloads, headroom and quotes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;AI データセンターの容量計画: ハードウェア、ラックレイアウト、学習・推論ワークロード、余裕度、見積もり。&lt;/p&gt;&lt;p&gt;Qt %2 と QCustomPlot %3 で構築。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <source>Untitled</source>
            <translation>無題</translation>
        </message>
    </context>
    <context>
        <name>ProposalRenderer</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message>
            <source>Could not start writing the PDF.</source>
            <translation>PDF の書き込みを開始できませんでした。</translation>
        </message>
        <message>
            <source>Could not start page %1 of the PDF.</source>
            <translation>PDF の %1 ページ目を開始できませんでした。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>QuoteCalculator</name>
        <message>
            <source>Line %1 (%2) has a negative quantity or price.</source>
            <translation>%1 行目（%2）の数量または価格が負です。</translation>
        </message>
        <message>
            <source>Line %1 (%2) has a discount outside 0–100 %.</source>
            <translation>%1 行目（%2）の割引が 0–100 % の範囲外です。</translation>
        </message>
        <message>
            <source>Line %1 (%2): the cost is too large to add up.</source>
            <translation>%1 行目（%2）: 原価が大きすぎて合計できません。</translation>
        </message>
        <message>
            <source>Line %1 (%2) is discounted %3 %, above the %4 % ceiling.</source>
            <translation>%1 行目（%2）の割引は %3 % で、上限の %4 % を超えています。</translation>
        </message>
        <message>
            <source>Line %1 (%2): quantity × price is too large.</source>
            <translation>%1 行目（%2）: 数量 × 価格が大きすぎます。</translation>
        </message>
        <message>
            <source>The quote's total is too large.</source>
            <translation>見積もりの合計が大きすぎます。</translation>
        </message>
        <message>
            <source>The quote discount is outside 0–100 %.</source>
            <translation>見積もり全体の割引が 0–100 % の範囲外です。</translation>
        </message>
        <message>
            <source>The tax rate is negative.</source>
            <translation>税率が負です。</translation>
        </message>
        <message>
            <source>The quote is discounted %1 % in all, above the %2 % ceiling.</source>
            <translation>見積もり全体の割引は %1 % で、上限の %2 % を超えています。</translation>
        </message>
    </context>
    <context>
        <name>QuoteExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder does not exist.</source>
            <translation>%1 に書き込めません: フォルダーが存在しません。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>見積もり</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <source>Quote number</source>
            <translation>見積番号</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>改訂</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>単価</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>割引</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>小計</translation>
        </message>
        <message>
            <source>Quote discount</source>
            <translation>見積もり割引</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税</translation>
        </message>
    </context>
    <context>
        <name>StartupBenchmark</name>
        <message>
            <source>Constructs the main window and waits for its first paint.</source>
            <translation>メインウィンドウを作成し、最初の描画を待ちます。</translation>
        </message>
    </context>
    <context>
        <name>Subcommand</name>
        <message>
            <source>Run 'headroom %1 --help' for its options.</source>
            <translation>オプションは「headroom %1 --help」で表示されます。</translation>
        </message>
    </context>
    <context>
        <name>UnitFormat</name>
        <message>
            <source>%1 days</source>
            <extracomment>Duration in days with up to three significant digits, e.g. "14.8 days"</extracomment>
            <translation>%1 日</translation>
        </message>
    </context>
</TS>
