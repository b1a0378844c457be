<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AcceleratorMatcher</name>
        <message>
            <source>No accelerator name given.</source>
            <translation>アクセラレータ名が指定されていません。</translation>
        </message>
        <message numerus="yes">
            <source>The accelerator name '%1' matches %n accelerator(s): %2. Use more of the name.</source>
            <translation>
                <numerusform>アクセラレータ名「%1」は %n 個のアクセラレータに一致します: %2。名前をもっと詳しく指定してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown accelerator '%1': the catalog holds no accelerators.</source>
            <translation>不明なアクセラレータ「%1」: カタログにアクセラレータがありません。</translation>
        </message>
        <message>
            <source>Unknown accelerator '%1'. Candidates: %2.</source>
            <translation>不明なアクセラレータ「%1」。候補: %2。</translation>
        </message>
    </context>
    <context>
        <name>Assumptions</name>
        <message>
            <source>Model FLOPs utilisation of steady training (share of dense peak)</source>
            <translation>定常学習時のモデル FLOPs 利用率（密な理論性能に対する割合）</translation>
        </message>
        <message>
            <source>Share of wall time spent training, after restarts and stalls</source>
            <translation>再起動や停止を除いて学習に使われる実時間の割合</translation>
        </message>
        <message>
            <source>Utilisation kept by mixture-of-experts models after expert dispatch</source>
            <translation>エキスパートへの振り分け後に Mixture-of-Experts モデルに残る利用率</translation>
        </message>
        <message>
            <source>Share of memory bandwidth reached while decoding (MBU)</source>
            <translation>デコード時に達成するメモリ帯域幅の割合（MBU）</translation>
        </message>
        <message>
            <source>Share of dense peak reached by inference matrix multiplies</source>
            <translation>推論の行列積が達成する密な理論性能の割合</translation>
        </message>
        <message>
            <source>Fixed time per layer and forward pass (kernel launches, synchronisation)</source>
            <translation>層ごと・順伝播ごとの固定時間（カーネル起動、同期）</translation>
        </message>
        <message>
            <source>Latency of one tensor-parallel all-reduce</source>
            <translation>テンソル並列の all-reduce 1 回のレイテンシ</translation>
        </message>
        <message>
            <source>Share of NVLink bandwidth reached by all-reduce</source>
            <translation>all-reduce が達成する NVLink 帯域幅の割合</translation>
        </message>
        <message>
            <source>Share of accelerator memory kept free for workspace</source>
            <translation>作業領域のために空けておくアクセラレータメモリの割合</translation>
        </message>
        <message>
            <source>Power usage effectiveness of the facility</source>
            <translation>施設の電力使用効率（PUE）</translation>
        </message>
        <message>
            <source>Average accelerator power as a share of its TDP</source>
            <translation>TDP に対するアクセラレータの平均消費電力の割合</translation>
        </message>
        <message>
            <source>Hours between checkpoints</source>
            <translation>チェックポイント間の時間（時間）</translation>
        </message>
        <message>
            <source>Checkpoints kept on storage</source>
            <translation>ストレージに保持するチェックポイント数</translation>
        </message>
        <message>
            <source>Bytes of stored dataset per training token</source>
            <translation>学習トークンあたりの保存データセットのバイト数</translation>
        </message>
        <message>
            <source>assumptions.%1 must be a number.</source>
            <translation>assumptions.%1 は数値でなければなりません。</translation>
        </message>
        <message>
            <source>assumptions.%1 must be more than 0 and at most 1, not %2.</source>
            <translation>assumptions.%1 は 0 より大きく 1 以下でなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>assumptions.%1 must be at least 0 and less than 1, not %2.</source>
            <translation>assumptions.%1 は 0 以上 1 未満でなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>assumptions.%1 must be at least 1, not %2.</source>
            <translation>assumptions.%1 は 1 以上でなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>assumptions.%1 cannot be negative.</source>
            <translation>assumptions.%1 は負の値にできません。</translation>
        </message>
        <message>
            <source>assumptions.%1 must be greater than zero.</source>
            <translation>assumptions.%1 はゼロより大きくなければなりません。</translation>
        </message>
        <message>
            <source>assumptions.%1 needs low &lt;= value &lt;= high.</source>
            <translation>assumptions.%1 は low &lt;= value &lt;= high を満たす必要があります。</translation>
        </message>
        <message>
            <source>Set by the user</source>
            <translation>ユーザーが設定</translation>
        </message>
    </context>
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
        <name>CapacityBenchmark</name>
        <message>
            <source>Times one training estimate (Llama 3.1 405B on 16,384 H100), one inference estimate sized for a request rate (Llama 2 70B FP8 on 8 H100) and one headroom estimate JSON round trip.</source>
            <translation>学習見積もり 1 回（H100 16,384 基での Llama 3.1 405B）、リクエストレートに合わせた推論見積もり 1 回（H100 8 基での Llama 2 70B FP8）、headroom estimate の JSON 往復 1 回を計測します。</translation>
        </message>
    </context>
    <context>
        <name>CatalogCsv</name>
        <message>
            <source>The file is empty: it needs a header row of column names.</source>
            <translation>ファイルが空です。列名を並べたヘッダー行が必要です。</translation>
        </message>
        <message>
            <source>a column has no name</source>
            <translation>名前のない列があります</translation>
        </message>
        <message>
            <source>is not a catalog column</source>
            <translation>カタログの列ではありません</translation>
        </message>
        <message>
            <source>appears twice</source>
            <translation>2 回出現しています</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>必須の列がありません</translation>
        </message>
        <message>
            <source>has %1 cells but the header has %2 columns</source>
            <translation>セルが %1 個ありますが、ヘッダーは %2 列です</translation>
        </message>
    </context>
    <context>
        <name>CatalogDatabase</name>
        <message>
            <source>Could not open the catalog '%1': %2</source>
            <translation>カタログ「%1」を開けませんでした: %2</translation>
        </message>
        <message>
            <source>%1: no catalog is open.</source>
            <translation>%1: カタログが開かれていません。</translation>
        </message>
        <message>
            <source>%1 failed; the catalog was not changed: %2</source>
            <translation>%1 に失敗しました。カタログは変更されていません: %2</translation>
        </message>
        <message>
            <source>Adding '%1'</source>
            <translation>「%1」の追加</translation>
        </message>
        <message>
            <source>Changing '%1'</source>
            <translation>「%1」の変更</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
            <translation>項目「%1」はありません</translation>
        </message>
        <message>
            <source>Deleting '%1'</source>
            <translation>「%1」の削除</translation>
        </message>
        <message numerus="yes">
            <source>%n server(s) list it as an accelerator option (%1); remove it there first</source>
            <translation>
                <numerusform>%n 台のサーバーがアクセラレーターの選択肢として挙げています（%1）。先にそちらから外してください</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n item(s)</source>
            <translation>
                <numerusform>%n 件の項目のインポート</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling the catalog</source>
            <translation>カタログの作成</translation>
        </message>
    </context>
    <context>
        <name>CatalogFields</name>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ベンダー</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>カテゴリ</translation>
        </message>
        <message>
            <source>Height in rack units</source>
            <translation>ラックユニット高さ</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>幅</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>奥行き</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高さ</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <source>Typical power</source>
            <translation>標準消費電力</translation>
        </message>
        <message>
            <source>Maximum power</source>
            <translation>最大消費電力</translation>
        </message>
        <message>
            <source>Power supplies</source>
            <translation>電源ユニット数</translation>
        </message>
        <message>
            <source>Power supply rating</source>
            <translation>電源ユニット定格</translation>
        </message>
        <message>
            <source>Cooling</source>
            <translation>冷却</translation>
        </message>
        <message>
            <source>Form factor</source>
            <translation>フォームファクター</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>インターフェース</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>電気仕様</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>構成</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>アクセラレーター</translation>
        </message>
        <message>
            <source>Accelerator options</source>
            <translation>アクセラレーターの選択肢</translation>
        </message>
        <message>
            <source>CPU sockets</source>
            <translation>CPU ソケット</translation>
        </message>
        <message>
            <source>Maximum memory</source>
            <translation>最大メモリ</translation>
        </message>
        <message>
            <source>Drive bays</source>
            <translation>ドライブベイ</translation>
        </message>
        <message>
            <source>Maximum raw storage</source>
            <translation>最大物理ストレージ容量</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>世代</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>メモリ</translation>
        </message>
        <message>
            <source>Memory type</source>
            <translation>メモリ種別</translation>
        </message>
        <message>
            <source>Memory bandwidth</source>
            <translation>メモリ帯域幅</translation>
        </message>
        <message>
            <source>TDP</source>
            <translation>TDP</translation>
        </message>
        <message>
            <source>Scale-up bandwidth</source>
            <translation>スケールアップ帯域幅</translation>
        </message>
        <message>
            <source>Scale-up domain size</source>
            <translation>スケールアップドメインの規模</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Read bandwidth</source>
            <translation>読み取り帯域幅</translation>
        </message>
        <message>
            <source>Write bandwidth</source>
            <translation>書き込み帯域幅</translation>
        </message>
        <message>
            <source>Random reads</source>
            <translation>ランダム読み取り</translation>
        </message>
        <message>
            <source>Random writes</source>
            <translation>ランダム書き込み</translation>
        </message>
        <message>
            <source>Endurance</source>
            <translation>耐久性</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>ポート数</translation>
        </message>
        <message>
            <source>Port speed</source>
            <translation>ポート速度</translation>
        </message>
        <message>
            <source>Switching capacity</source>
            <translation>スイッチング容量</translation>
        </message>
        <message>
            <source>Maximum load</source>
            <translation>最大積載荷重</translation>
        </message>
        <message>
            <source>Power capacity</source>
            <translation>電力容量</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>コンセント数</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>Price date</source>
            <translation>価格の日付</translation>
        </message>
        <message>
            <source>Price is an estimate</source>
            <translation>価格は推定値</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>信頼度</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Dense %1 peak</source>
            <extracomment>%1 is a number format such as BF16 or FP8</extracomment>
            <translation>%1 密行列ピーク性能</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>%1 IOPS</source>
            <extracomment>Storage speed: random input/output operations per second</extracomment>
            <translation>%1 IOPS</translation>
        </message>
        <message>
            <source>%1 DWPD</source>
            <extracomment>Storage endurance in drive writes per day</extracomment>
            <translation>%1 DWPD</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>「%1」は数値ではありません</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>「%1」は整数ではありません</translation>
        </message>
        <message>
            <source>'%1' is not true or false</source>
            <translation>「%1」は true でも false でもありません</translation>
        </message>
        <message>
            <source>'%1' is not an item id</source>
            <translation>「%1」は項目 ID ではありません</translation>
        </message>
        <message>
            <source>'%1' is not an amount in %2</source>
            <translation>「%1」は %2 の金額ではありません</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>「%1」は USD のような 3 文字の通貨コードではありません</translation>
        </message>
        <message>
            <source>'%1' is not a date written as YYYY-MM-DD</source>
            <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
        </message>
        <message>
            <source>unknown kind '%1'</source>
            <translation>不明な種類「%1」</translation>
        </message>
        <message>
            <source>unknown confidence '%1' (high, medium or low)</source>
            <translation>不明な信頼度「%1」（high、medium、low のいずれか）</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
            <translation>「%1」は有効な ID ではありません。小文字、数字、「-」「_」「.」を使ってください</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>数値が必要です</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true または false が必要です</translation>
        </message>
        <message>
            <source>expected a list of item ids</source>
            <translation>項目 ID のリストが必要です</translation>
        </message>
        <message>
            <source>expected an amount such as "255740.00"</source>
            <translation>"255740.00" のような金額が必要です</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>テキストが必要です</translation>
        </message>
        <message>
            <source>is required with a price</source>
            <translation>価格がある場合は必須です</translation>
        </message>
        <message>
            <source>is set but there is no price</source>
            <translation>設定されていますが、価格がありません</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>必須です</translation>
        </message>
        <message>
            <source>is not a catalog field</source>
            <translation>カタログの項目ではありません</translation>
        </message>
        <message>
            <source>power must not be negative</source>
            <translation>電力を負の値にはできません</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>負の値にはできません</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>1 以上である必要があります</translation>
        </message>
        <message>
            <source>typical power is above the maximum power</source>
            <translation>標準消費電力が最大消費電力を上回っています</translation>
        </message>
        <message>
            <source>an item cannot be its own accelerator</source>
            <translation>項目を自分自身のアクセラレーターにはできません</translation>
        </message>
        <message>
            <source>'%1' is listed twice</source>
            <translation>「%1」が 2 回挙げられています</translation>
        </message>
        <message>
            <source>says the price is not an estimate, but there is no price</source>
            <translation>価格は推定値ではないとしていますが、価格がありません</translation>
        </message>
        <message>
            <source>has a date but there is no price</source>
            <translation>日付がありますが、価格がありません</translation>
        </message>
        <message>
            <source>does not apply to the kind '%1'</source>
            <translation>種類「%1」には該当しません</translation>
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
        <name>CatalogSchema</name>
        <message>
            <source>'%1' is not a catalog database, or it is damaged: %2</source>
            <translation>「%1」はカタログのデータベースではないか、破損しています: %2</translation>
        </message>
        <message>
            <source>'%1' is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
            <translation>「%1」は SQLite データベースですが、Headroom のカタログではありません。何も変更していません。</translation>
        </message>
        <message>
            <source>'%1' was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
            <translation>「%1」は新しいバージョンの Headroom で書き込まれています（カタログバージョン %2。このバージョンが読めるのは %3 まで）。何も変更していません。使用するには Headroom を更新してください。</translation>
        </message>
        <message>
            <source>Could not start updating the catalog: %1</source>
            <translation>カタログの更新を開始できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not update the catalog '%1' to version %2; it was left as it was: %3</source>
            <translation>カタログ「%1」をバージョン %2 に更新できませんでした。元のままです: %3</translation>
        </message>
    </context>
    <context>
        <name>CommandCatalog</name>
        <message>
            <source>The catalog '%1' does not exist.</source>
            <translation>カタログ「%1」は存在しません。</translation>
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
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
            <translation>ファイルが UTF-8 テキストではありません。CSV UTF-8 で保存し直してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled ("").</source>
            <translation>%1 行目: 閉じ引用符の後に予期しない文字があります。引用符で囲んだセル内の引用符は二重にしてください（""）。</translation>
        </message>
        <message>
            <source>Line %1: a quoted cell is never closed; the file ends inside it.</source>
            <translation>%1 行目: 引用符で囲んだセルが閉じられないまま、ファイルが終わっています。</translation>
        </message>
    </context>
    <context>
        <name>EstimateCommand</name>
        <message>
            <source>Estimate training and inference capacity for a model on an accelerator (JSON in, JSON out).</source>
            <translation>アクセラレータ上のモデルについて学習と推論の容量を見積もります（JSON 入力、JSON 出力）。</translation>
        </message>
        <message>
            <source>Input, one JSON object:
  gpu          accelerator name from the catalog: all of it or a unique part, with or without the vendor ("H100 SXM", "MI300X")
  gpus         number of accelerators
  gpus_per_server, server_overhead_watts   optional, for power (8, 2000)
  model        a preset name ("Llama 2 70B") or an object with params, active_params, layers, hidden, heads, kv_heads, head_dim, vocab and optionally context_length, sliding_window, kv_lora_rank, qk_rope_head_dim, experts, experts_per_token
  training     {tokens, precision, zero_stage (0-3, default 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (a number or "max"), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  overrides by name: a number, or {value, low, high}
At least one of training and inference. Precisions: fp32, tf32, bf16, fp16, fp8, int8, int4 (= fp4). null means not given.

Output, one JSON object; every figure is {value, low, high, drivers}: the range its assumptions allow and the assumptions that move it most.
  training     flops, gpu_hours, wall_hours, mfu, memory_per_gpu_bytes, fits, min_gpus, checkpoint_bytes, energy_mwh, and more: layout, memory_breakdown_bytes, time_to_train
  inference    ttft_ms, tpot_ms, output_tokens_per_s (whole system), requests_per_s, max_concurrency, replicas, gpus_needed, memory_per_gpu_bytes, fits, and more: tensor_parallel, tokens_per_kwh, latency_curve
  assumptions  every value used, with its range and source

A bad input exits with 1 and a message that names the field.</source>
            <translation>入力は JSON オブジェクト 1 つ:
  gpu          カタログのアクセラレータ名: 全体または一意に決まる一部、ベンダー名は有無どちらでも可（"H100 SXM"、"MI300X"）
  gpus         アクセラレータの数
  gpus_per_server, server_overhead_watts   省略可、電力計算用（8、2000）
  model        プリセット名（"Llama 2 70B"）、または params、active_params、layers、hidden、heads、kv_heads、head_dim、vocab と省略可能な context_length、sliding_window、kv_lora_rank、qk_rope_head_dim、experts、experts_per_token を持つオブジェクト
  training     {tokens, precision, zero_stage (0-3、既定 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (数値または "max"), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  名前ごとの上書き: 数値、または {value, low, high}
training と inference の少なくとも一方が必要です。精度: fp32、tf32、bf16、fp16、fp8、int8、int4（= fp4）。null は指定なしを意味します。

出力は JSON オブジェクト 1 つ。各数値は {value, low, high, drivers}: 前提が許す範囲と、それを最も動かす前提です。
  training     flops、gpu_hours、wall_hours、mfu、memory_per_gpu_bytes、fits、min_gpus、checkpoint_bytes、energy_mwh、ほかに layout、memory_breakdown_bytes、time_to_train
  inference    ttft_ms、tpot_ms、output_tokens_per_s（システム全体）、requests_per_s、max_concurrency、replicas、gpus_needed、memory_per_gpu_bytes、fits、ほかに tensor_parallel、tokens_per_kwh、latency_curve
  assumptions  使用したすべての値とその範囲、出典

入力に誤りがあると終了コード 1 で終了し、フィールド名を示すメッセージを出します。</translation>
        </message>
        <message>
            <source>Write the JSON on one line.</source>
            <translation>JSON を 1 行で出力します。</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>The request as JSON; - reads standard input.</source>
            <translation>JSON 形式のリクエスト。- は標準入力から読み込みます。</translation>
        </message>
        <message>
            <source>FILE|-</source>
            <translation>ファイル|-</translation>
        </message>
        <message>
            <source>headroom estimate needs one request file, or - for standard input.</source>
            <translation>headroom estimate にはリクエストファイルを 1 つ、または標準入力を表す - を指定してください。</translation>
        </message>
        <message>
            <source>Could not read standard input.</source>
            <translation>標準入力を読み込めませんでした。</translation>
        </message>
        <message>
            <source>Could not read '%1': %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>Assumptions that can be overridden: %1.</source>
            <translation>上書きできる前提: %1。</translation>
        </message>
    </context>
    <context>
        <name>EstimateJson</name>
        <message>
            <source>model: '%1' is not a preset. Presets: %2.</source>
            <translation>model: 「%1」はプリセットではありません。プリセット: %2。</translation>
        </message>
        <message>
            <source>model is missing.</source>
            <translation>model がありません。</translation>
        </message>
        <message>
            <source>model must be a preset name or an object, not %1.</source>
            <translation>model はプリセット名またはオブジェクトでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>カスタムモデル</translation>
        </message>
        <message>
            <source>model.params counts parameters (70e9 for a 70B model), not %1.</source>
            <translation>model.params はパラメータ数です（70B モデルなら 70e9）。%1 ではありません。</translation>
        </message>
        <message>
            <source>%1 must be true or false, not %2.</source>
            <translation>%1 は true か false でなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>Given in the request</source>
            <translation>リクエストで指定</translation>
        </message>
        <message>
            <source>assumptions must be an object, not %1.</source>
            <translation>assumptions はオブジェクトでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>Unknown field '%1'. Assumptions: %2.</source>
            <translation>不明なフィールド「%1」。前提: %2。</translation>
        </message>
        <message>
            <source>%1 must be a number or an object with value, low and high, not %2.</source>
            <translation>%1 は数値、または value、low、high を持つオブジェクトでなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>The input is not valid JSON: %1 (at character %2).</source>
            <translation>入力が正しい JSON ではありません: %1（%2 文字目）。</translation>
        </message>
        <message>
            <source>The input must be one JSON object.</source>
            <translation>入力は JSON オブジェクト 1 つでなければなりません。</translation>
        </message>
        <message>
            <source>training must be an object, not %1.</source>
            <translation>training はオブジェクトでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
            <translation>training.zero_stage は 0、1、2、3 のいずれかでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>training.recompute: unknown mode '%1'; use none, selective or full.</source>
            <translation>training.recompute: 不明なモード「%1」。none、selective、full のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>inference must be an object, not %1.</source>
            <translation>inference はオブジェクトでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>inference.concurrency must be a whole number of at least 1 or "max", not %1.</source>
            <translation>inference.concurrency は 1 以上の整数か "max" でなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>Give training, inference or both.</source>
            <translation>training、inference、またはその両方を指定してください。</translation>
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
        <name>InferenceEstimator</name>
        <message>
            <source>gpus must be at least 1.</source>
            <translation>gpus は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>inference.input_tokens must be at least 1.</source>
            <translation>inference.input_tokens は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>inference.output_tokens must be at least 1.</source>
            <translation>inference.output_tokens は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>inference.concurrency must be at least 1 or "max".</source>
            <translation>inference.concurrency は 1 以上か "max" でなければなりません。</translation>
        </message>
        <message>
            <source>inference.request_rate cannot be negative.</source>
            <translation>inference.request_rate は負の値にできません。</translation>
        </message>
        <message>
            <source>inference latency targets cannot be negative.</source>
            <translation>inference のレイテンシ目標は負の値にできません。</translation>
        </message>
        <message>
            <source>inference.tensor_parallel must be at least 1.</source>
            <translation>inference.tensor_parallel は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>inference.tensor_parallel (%1) cannot be larger than gpus (%2).</source>
            <translation>inference.tensor_parallel（%1）は gpus（%2）より大きくできません。</translation>
        </message>
        <message>
            <source>inference.tensor_parallel (%1) must stay inside one scale-up domain of %2 accelerators on %3.</source>
            <translation>inference.tensor_parallel（%1）は %3 のスケールアップ領域（アクセラレータ %2 基）の中に収める必要があります。</translation>
        </message>
        <message>
            <source>The accelerator %1 has no memory size or bandwidth.</source>
            <translation>アクセラレータ %1 にはメモリ容量または帯域幅がありません。</translation>
        </message>
        <message>
            <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
            <translation>アクセラレータ %1 には密な %2 の理論性能がありません。別の精度を選んでください。</translation>
        </message>
        <message>
            <source>%1 has no %2 peak: weights are stored in %2 and multiplied in %3 (weight-only quantisation).</source>
            <translation>%1 には %2 の理論性能がありません: 重みは %2 で保存し、%3 で乗算します（重みのみの量子化）。</translation>
        </message>
        <message>
            <source>%1 input and output tokens exceed the %2-token context of %3.</source>
            <translation>入力と出力の %1 トークンが %3 のコンテキスト長 %2 トークンを超えています。</translation>
        </message>
        <message numerus="yes">
            <source>%1 does not fit in %n accelerator(s) of %2 with room for one sequence's KV cache.</source>
            <translation>
                <numerusform>%1 は、1 シーケンス分の KV キャッシュの余地を残して %2 %n 基に収まりません。</numerusform>
            </translation>
        </message>
        <message>
            <source>Only %1 sequences fit per replica; the figures are for that many, not %2.</source>
            <translation>レプリカあたり %1 シーケンスしか収まりません。数値は %2 ではなくその数に対するものです。</translation>
        </message>
        <message numerus="yes">
            <source>%1 requests/s is more than the %n replica(s) can serve; the figures are at full load.</source>
            <translation>
                <numerusform>%1 リクエスト/秒は %n 個のレプリカで処理できる量を超えています。数値は全負荷時のものです。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Even a single request misses the latency targets on %n accelerator(s) per replica.</source>
            <translation>
                <numerusform>レプリカあたりアクセラレータ %n 基では、リクエスト 1 件でもレイテンシ目標を満たせません。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JsonFields</name>
        <message>
            <source>%1 is missing.</source>
            <translation>%1 がありません。</translation>
        </message>
        <message>
            <source>%1 must be a number, not %2.</source>
            <translation>%1 は数値でなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>%1 must be greater than %2, not %3.</source>
            <translation>%1 は %2 より大きくなければなりません（%3 ではなく）。</translation>
        </message>
        <message>
            <source>%1 must be at least %2, not %3.</source>
            <translation>%1 は %2 以上でなければなりません（%3 ではなく）。</translation>
        </message>
        <message>
            <source>%1 must be a whole number of at least %2, not %3.</source>
            <translation>%1 は %2 以上の整数でなければなりません（%3 ではなく）。</translation>
        </message>
        <message>
            <source>%1 must be a text, not %2.</source>
            <translation>%1 はテキストでなければなりません（%2 ではなく）。</translation>
        </message>
        <message>
            <source>%1: unknown precision '%2'; use fp32, tf32, bf16, fp16, fp8, int8, int4 or fp4.</source>
            <translation>%1: 不明な精度「%2」。fp32、tf32、bf16、fp16、fp8、int8、int4、fp4 のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>Unknown field '%1'.</source>
            <translation>不明なフィールド「%1」。</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>リスト</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>なし</translation>
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
        <name>ModelArchitecture</name>
        <message>
            <source>%1 must be greater than zero.</source>
            <translation>%1 はゼロより大きくなければなりません。</translation>
        </message>
        <message>
            <source>%1 (%2) cannot be larger than %3 (%4).</source>
            <translation>%1（%2）は %3（%4）より大きくできません。</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 は負の値にできません。</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3.</source>
            <translation>%1 は %2 から %3 の範囲でなければなりません。</translation>
        </message>
        <message>
            <source>Estimated from the parameter count (Kaplan et al. 2020, N = 12 L d^2)</source>
            <translation>パラメータ数から推定（Kaplan ら 2020、N = 12 L d^2）</translation>
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
        <name>ReferenceValidator</name>
        <message>
            <source>model %1 is not a preset and %2 gives no parameter count.</source>
            <translation>model %1 はプリセットではなく、%2 にパラメータ数がありません。</translation>
        </message>
        <message>
            <source>model %1 is not a preset: shape estimated from %2 billion parameters.</source>
            <translation>model %1 はプリセットではありません: 構造を %2 十億パラメータから推定しました。</translation>
        </message>
        <message>
            <source>precision %1 names no format; bf16 assumed.</source>
            <translation>precision %1 に形式がありません。bf16 と仮定しました。</translation>
        </message>
        <message>
            <source>reported_gpu_hours not compared: tokens_B is empty.</source>
            <translation>reported_gpu_hours は比較していません: tokens_B が空です。</translation>
        </message>
        <message>
            <source>reported_throughput %1: unit not understood.</source>
            <translation>reported_throughput %1: 単位を解釈できません。</translation>
        </message>
        <message>
            <source>no published GPU-hours or throughput to compare.</source>
            <translation>比較できる公表済みの GPU 時間またはスループットがありません。</translation>
        </message>
        <message>
            <source>input_tokens %1 is not a number of tokens.</source>
            <translation>input_tokens %1 はトークン数ではありません。</translation>
        </message>
        <message>
            <source>gpu_count is empty; one GPU assumed.</source>
            <translation>gpu_count が空です。GPU 1 基と仮定しました。</translation>
        </message>
        <message>
            <source>throughput not compared: output_tokens %1 is not a number.</source>
            <translation>スループットは比較していません: output_tokens %1 は数値ではありません。</translation>
        </message>
        <message>
            <source>no published throughput, TTFT or TPOT to compare.</source>
            <translation>比較できる公表済みのスループット、TTFT、TPOT がありません。</translation>
        </message>
        <message>
            <source>The file holds no rows.</source>
            <translation>ファイルに行がありません。</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>%1 行目</translation>
        </message>
        <message>
            <source>line %1 has %2 cells where the header has %3.</source>
            <translation>%1 行目のセルは %2 個ですが、ヘッダーは %3 個です。</translation>
        </message>
        <message>
            <source>Line 1: the header has neither the columns of training runs (id, tokens_B, ...) nor those of inference runs (id, input_tokens, ...).</source>
            <translation>1 行目: ヘッダーに学習実行の列（id、tokens_B など）も推論実行の列（id、input_tokens など）もありません。</translation>
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
        <name>TrainingEstimator</name>
        <message>
            <source>gpus must be at least 1.</source>
            <translation>gpus は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>training.tokens must be greater than zero.</source>
            <translation>training.tokens はゼロより大きくなければなりません。</translation>
        </message>
        <message>
            <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
            <translation>training.zero_stage は 0、1、2、3 のいずれかでなければなりません（%1 ではなく）。</translation>
        </message>
        <message>
            <source>training.micro_batch must be at least 1.</source>
            <translation>training.micro_batch は 1 以上でなければなりません。</translation>
        </message>
        <message>
            <source>The accelerator %1 has no memory size.</source>
            <translation>アクセラレータ %1 にはメモリ容量がありません。</translation>
        </message>
        <message>
            <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
            <translation>アクセラレータ %1 には密な %2 の理論性能がありません。別の精度を選んでください。</translation>
        </message>
        <message numerus="yes">
            <source>The model does not fit on %n GPU(s) of %1: it needs %2 per GPU in the best layout.</source>
            <translation>
                <numerusform>モデルは %1 の GPU %n 基に収まりません: 最適な配置でも GPU あたり %2 が必要です。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitFormat</name>
        <message>
            <source>%1 days</source>
            <extracomment>Duration in days with up to three significant digits, e.g. "14.8 days"</extracomment>
            <translation>%1 日</translation>
        </message>
        <message>
            <source>%1U</source>
            <extracomment>Height in rack units (1U = 44.45 mm), e.g. "6U"</extracomment>
            <translation>%1U</translation>
        </message>
    </context>
    <context>
        <name>ValidateCommand</name>
        <message>
            <source>Compare estimates with published (or your own measured) training and inference runs.</source>
            <translation>見積もりを、公表済み（または自分で測定した）学習・推論の実行結果と比較します。</translation>
        </message>
        <message>
            <source>FILE.csv has the columns of Headroom's reference runs. Training runs: id, model, params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, reported_gpu_hours, reported_throughput. Inference runs: id, model, params_B, precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. gpu_type is looked up in the catalog; other columns are ignored.

Prints one line per published figure (published, predicted, error) and the median absolute error per metric; rows that cannot be rebuilt are listed with the field that stopped them. --json writes rows, comparisons and medians as JSON.</source>
            <translation>FILE.csv は Headroom の参照実行と同じ列を持ちます。学習実行: id、model、params_total_B、params_active_B、tokens_B、gpu_type、gpu_count、precision、reported_gpu_hours、reported_throughput。推論実行: id、model、params_B、precision、gpu_type、gpu_count、parallelism、scenario、input_tokens、output_tokens、batch_or_concurrency、throughput_out_tokens_per_s_system、throughput_out_tokens_per_s_per_gpu、requests_per_s、ttft_ms、tpot_or_itl_ms。gpu_type はカタログで検索し、その他の列は無視します。

公表値ごとに 1 行（公表値、予測値、誤差）と、指標ごとの絶対誤差の中央値を出力します。再構成できない行は、原因となったフィールドとともに一覧表示します。--json は行、比較結果、中央値を JSON で出力します。</translation>
        </message>
        <message>
            <source>Write JSON to stdout.</source>
            <translation>JSON を標準出力に書き出します。</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>A CSV file of training or inference runs.</source>
            <translation>学習または推論の実行結果の CSV ファイル。</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>ファイル.csv</translation>
        </message>
        <message>
            <source>headroom validate needs one CSV file.</source>
            <translation>headroom validate には CSV ファイルを 1 つ指定してください。</translation>
        </message>
        <message>
            <source>Could not read '%1': %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>ValidationReport</name>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>アクセラレータ</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>published</source>
            <translation>公表値</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>予測値</translation>
        </message>
        <message>
            <source>error</source>
            <translation>誤差</translation>
        </message>
        <message>
            <source>Median absolute error</source>
            <translation>絶対誤差の中央値</translation>
        </message>
        <message numerus="yes">
            <source>%1% over %n row(s)</source>
            <translation>
                <numerusform>%1%（%n 行）</numerusform>
            </translation>
        </message>
        <message>
            <source>target %1%: met</source>
            <translation>目標 %1%: 達成</translation>
        </message>
        <message>
            <source>target %1%: missed</source>
            <translation>目標 %1%: 未達成</translation>
        </message>
        <message>
            <source>Not compared, or compared with a caveat</source>
            <translation>比較していない、または注意付きで比較した行</translation>
        </message>
    </context>
</TS>
