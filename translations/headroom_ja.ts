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
        <source>The accelerator name &apos;%1&apos; matches %n accelerator(s): %2. Use more of the name.</source>
        <translation>
            <numerusform>アクセラレータ名「%1」は %n 個のアクセラレータに一致します: %2。名前をもっと詳しく指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;: the catalog holds no accelerators.</source>
        <translation>不明なアクセラレータ「%1」: カタログにアクセラレータがありません。</translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;. Candidates: %2.</source>
        <translation>不明なアクセラレータ「%1」。候補: %2。</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>a server that is no longer there</source>
        <translation>もう存在しないサーバー</translation>
    </message>
    <message>
        <source>%1 at U%2 in %3</source>
        <extracomment>A server in a sentence: &quot;NVIDIA DGX H100 at U3 in Training 1&quot;</extracomment>
        <translation>%3 の U%2 にある %1</translation>
    </message>
    <message>
        <source>a rack that is no longer there</source>
        <translation>もう存在しないラック</translation>
    </message>
    <message>
        <source>a row that is no longer there</source>
        <translation>もう存在しない列</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>ホール全体</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>このワークロードはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 has no accelerators to run %2.</source>
        <translation>%1 には %2 を実行するアクセラレータがありません。</translation>
    </message>
    <message>
        <source>%1 holds no GPU servers to run %2.</source>
        <translation>%1 には %2 を実行する GPU サーバーがありません。</translation>
    </message>
    <message>
        <source>%1 already runs on %2.</source>
        <translation>%1 はすでに %2 で動いています。</translation>
    </message>
    <message>
        <source>%1 cannot run anywhere yet: %2</source>
        <translation>%1 はまだどこでも実行できません: %2</translation>
    </message>
    <message>
        <source>%1 does not fit on any number of GPUs of %2 at %3.</source>
        <translation>%1 は %3 では %2 の GPU を何基使っても収まりません。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; %5 has %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 128 GPUs of 80 GB at bf16 to train; Training 1 has 32.&quot;</extracomment>
        <translation>%1 を %4 で学習するには %3 の GPU が %2 基必要ですが、%5 には %6 基しかありません。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; with %5 it has %6.</source>
        <translation>%1 を %4 で学習するには %3 の GPU が %2 基必要ですが、%5 を加えても %6 基です。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 for one replica in one NVLink domain; the servers of %5 join %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica in one NVLink domain; the servers of Training 1 join 8.&quot;</extracomment>
        <translation>%1 を %4 で動かすには、1 レプリカに 1 つの NVLink ドメイン内で %3 の GPU が %2 基必要ですが、%5 のサーバーがつなぐのは %6 基です。</translation>
    </message>
    <message>
        <source>Tensor parallelism of %1 needs %1 GPUs in one NVLink domain; the servers of %2 join %3.</source>
        <translation>テンソル並列度 %1 には 1 つの NVLink ドメインに GPU が %1 基必要ですが、%2 のサーバーがつなぐのは %3 基です。</translation>
    </message>
    <message>
        <source>N+1 redundancy needs a second server: with one, a failure stops %1.</source>
        <translation>N+1 冗長には 2 台目のサーバーが必要です。1 台だけでは、故障で %1 が止まります。</translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run inference; training will share them.</source>
        <translation>
            <numerusform>このうち %n 台のサーバーはすでに推論を実行しています。学習はそれらを共用します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run training; inference will share them.</source>
        <translation>
            <numerusform>このうち %n 台のサーバーはすでに学習を実行しています。推論はそれらを共用します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers carry different accelerators; %1 is sized on the weakest, %2.</source>
        <translation>サーバーのアクセラレータが異なります。%1 は最も弱い %2 を基準に見積もります。</translation>
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
        <source>--runs needs a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--runs には 1 以上の整数が必要です（「%1」は不可）。</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;. Run &apos;headroom bench --list&apos;.</source>
        <translation>不明なベンチマーク「%1」です。「headroom bench --list」を実行してください。</translation>
    </message>
</context>
<context>
    <name>BomDerivation</name>
    <message>
        <source>The catalog has no price for %1.</source>
        <translation>カタログに %1 の価格がありません。</translation>
    </message>
    <message>
        <source>%1 is priced in %2; the quote is in %3.</source>
        <translation>%1 の価格は %2 建てですが、見積は %3 建てです。</translation>
    </message>
    <message>
        <source>Not in the catalog: enter a price for this line.</source>
        <translation>カタログにありません。この明細行の価格を入力してください。</translation>
    </message>
    <message>
        <source>no accelerators</source>
        <translation>アクセラレータなし</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>%1 of %2 drive bays filled</source>
        <translation>ドライブベイ %2 基中 %1 基使用</translation>
    </message>
    <message>
        <source>The project has no catalog row for %1.</source>
        <translation>プロジェクトに %1 のカタログ項目がありません。</translation>
    </message>
    <message>
        <source>Differs from the catalog build (%1), which cannot be repriced: %2</source>
        <translation>カタログの構成（%1）と異なり、価格を再計算できません: %2</translation>
    </message>
    <message>
        <source>The catalog build (%1) costs less than its accelerators: price this configuration by hand.</source>
        <translation>カタログの構成（%1）はそのアクセラレータより安価です。この構成の価格は手動で入力してください。</translation>
    </message>
    <message>
        <source>Priced from the catalog build (%1) with %2 instead: %3 per server.</source>
        <translation>カタログの構成（%1）を %2 に置き換えて価格を算出: サーバー 1 台あたり %3。</translation>
    </message>
    <message>
        <source>The catalog build has %1 drives; drives are not priced separately.</source>
        <translation>カタログの構成にはドライブが %1 台含まれます。ドライブは個別に価格設定されません。</translation>
    </message>
    <message>
        <source>%1 network adapter</source>
        <translation>%1 ネットワークアダプター</translation>
    </message>
    <message>
        <source>Counted for the %1 of servers that do not include their adapters.</source>
        <translation>アダプターが付属しないサーバー（%1）の分を計上しています。</translation>
    </message>
    <message>
        <source>compute fabric</source>
        <translation>コンピュートファブリック</translation>
    </message>
    <message>
        <source>front end</source>
        <translation>フロントエンド</translation>
    </message>
    <message>
        <source>%1 transceiver</source>
        <translation>%1 トランシーバー</translation>
    </message>
    <message>
        <source>%1 per link, %2 links at %3.</source>
        <translation>リンクあたり %1 個、%3 のリンク %2 本。</translation>
    </message>
    <message>
        <source>Copper patch cable (RJ45), %1</source>
        <translation>銅線パッチケーブル（RJ45）、%1</translation>
    </message>
    <message>
        <source>Fiber patch cable, %1</source>
        <translation>光ファイバーパッチケーブル、%1</translation>
    </message>
    <message>
        <source>One per link, %1 links at %2.</source>
        <translation>リンクごとに 1 本、%2 のリンク %1 本。</translation>
    </message>
    <message>
        <source>The servers use %1 fabric ports, but the layout&apos;s switches have %2: add switches before this goes to a customer.</source>
        <translation>サーバーはファブリックポートを %1 個使用しますが、レイアウト内のスイッチには %2 個しかありません。顧客に提出する前にスイッチを追加してください。</translation>
    </message>
    <message>
        <source>The devices have %1 management ports, but the layout&apos;s management switches have %2.</source>
        <translation>機器の管理ポートは %1 個ですが、レイアウト内の管理スイッチには %2 個しかありません。</translation>
    </message>
    <message>
        <source>Servers are grouped by model and configuration. A configuration that differs from the catalog build is priced as that build plus the price difference of its accelerators.</source>
        <translation>サーバーはモデルと構成ごとにまとめられます。カタログの構成と異なる構成は、そのカタログ構成の価格にアクセラレータの価格差を加えて算出されます。</translation>
    </message>
    <message numerus="yes">
        <source>Compute fabric: %n adapter port(s) per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</source>
        <translation>
            <numerusform>コンピュートファブリック: GPU 1 基あたりアダプターポート %n 個。NVIDIA の DGX BasePOD および SuperPOD リファレンスアーキテクチャに準拠します（8 GPU システム 1 台あたりシングルポート ConnectX-7 を 8 枚）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Front end (storage and in-band management): %n port(s) per server (DGX BasePOD reference architecture: two dual-port adapters per system).</source>
        <translation>
            <numerusform>フロントエンド（ストレージとインバンド管理）: サーバー 1 台あたり %n ポート（DGX BasePOD リファレンスアーキテクチャ: システム 1 台あたりデュアルポートアダプター 2 枚）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-band management: %n port(s) at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</source>
        <translation>
            <numerusform>帯域外管理: サーバー、ストレージアプライアンス、スイッチ、ラック PDU ごとに 1 GbE ポート %n 個（DGX SuperPOD リファレンスアーキテクチャ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Network adapters are listed for servers whose vendor sells them separately; NVIDIA DGX systems include theirs.</source>
        <translation>ネットワークアダプターは、ベンダーが別売りしているサーバーについて記載しています。NVIDIA DGX システムには付属しています。</translation>
    </message>
    <message numerus="yes">
        <source>Each optical link has %n transceiver(s) and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</source>
        <translation>
            <numerusform>各光リンクにはトランシーバー %n 個とケーブル 1 本を使います。10 Gb/s 以下のリンクは銅線パッチケーブルを使用します。部品はポート速度に基づいてカタログから選ばれ、カタログにない部品は価格なしで記載されます。</numerusform>
        </translation>
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
    <name>CapacityHighlights</name>
    <message>
        <source>Yardsticks, not workload plans: the training time is Headroom&apos;s estimate for pre-training %1 on %2 tokens in BF16 on all accelerators of a model at once; the request rate is what they serve of %1 with %3 input and %4 output tokens while the first token arrives within %5 s and each further token within %6 ms. Both come from the capacity engine&apos;s published formulas and calibrated defaults.</source>
        <translation>ワークロード計画ではなく目安です。学習時間は、ある機種のすべてのアクセラレータを同時に使い、BF16 で %1 を %2トークンで事前学習する場合の Headroom の見積もりです。リクエストレートは、最初のトークンが %5 s 以内、以降の各トークンが %6 ms 以内に届く条件で、入力 %3 トークン・出力 %4 トークンの %1 をそれらが処理できる量です。どちらも容量エンジンの公開された計算式と較正済みの既定値に基づきます。</translation>
    </message>
    <message>
        <source>one trillion</source>
        <translation>1 兆</translation>
    </message>
</context>
<context>
    <name>CatalogBenchmark</name>
    <message>
        <source>Opens a generated 100,000-item catalog and types searches into its table.</source>
        <translation>生成した 100,000 項目のカタログを開き、その表で検索を入力します。</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>Add item…</source>
        <translation>項目を追加…</translation>
    </message>
    <message>
        <source>Add an item to the catalog</source>
        <translation>カタログに項目を追加します</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>項目を編集…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>選択した項目を編集します</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>項目を複製</translation>
    </message>
    <message>
        <source>Copy the selected item as a new one</source>
        <translation>選択した項目を新しい項目としてコピーします</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>選択した項目を削除します</translation>
    </message>
    <message>
        <source>Undo catalog edit</source>
        <translation>カタログの編集を元に戻す</translation>
    </message>
    <message>
        <source>Redo catalog edit</source>
        <translation>カタログの編集をやり直す</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Add or update items from a CSV or JSON file</source>
        <translation>CSV または JSON ファイルから項目を追加・更新します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write the whole catalog to a CSV or JSON file</source>
        <translation>カタログ全体を CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>既定に戻す…</translation>
    </message>
    <message>
        <source>Replace the catalog with the built-in one, keeping a backup</source>
        <translation>カタログを組み込みのものに置き換えます（バックアップを残します）</translation>
    </message>
    <message>
        <source>Search names, vendors and specs</source>
        <translation>名前・ベンダー・仕様を検索</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>from any</source>
        <translation>下限なし</translation>
    </message>
    <message>
        <source>to any</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Only items that draw at least this much</source>
        <translation>消費電力がこの値以上の項目だけ</translation>
    </message>
    <message>
        <source>Only items that draw at most this much</source>
        <translation>消費電力がこの値以下の項目だけ</translation>
    </message>
    <message>
        <source>Any accelerator</source>
        <translation>すべてのアクセラレーター</translation>
    </message>
    <message>
        <source>Opening the catalog…</source>
        <translation>カタログを開いています…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 をやり直す</translation>
    </message>
    <message>
        <source>The catalog could not be opened.

%1</source>
        <translation>カタログを開けませんでした。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>項目を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n 件の項目を削除しました。元に戻すと復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import catalog items</source>
        <translation>カタログ項目をインポート</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>カタログファイル (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 をインポートしました。</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>カタログをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n 件の項目を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the catalog</source>
        <translation>カタログをリセット</translation>
    </message>
    <message>
        <source>Replace the whole catalog with the built-in one? Your own items and changes go, and this cannot be undone here; a backup copy of the catalog as it is now is kept next to it.</source>
        <translation>カタログ全体を組み込みのものに置き換えますか？ 自分で追加した項目や変更は失われ、ここでは元に戻せません。現在のカタログのバックアップが隣に保存されます。</translation>
    </message>
    <message>
        <source>The catalog was reset to the built-in one.</source>
        <translation>カタログを組み込みのものにリセットしました。</translation>
    </message>
    <message>
        <source>The catalog was reset to the built-in one; the old one is in %1.</source>
        <translation>カタログを組み込みのものにリセットしました。以前のものは %1 にあります。</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>List, import and export the hardware catalog.</source>
        <translation>ハードウェアカタログの一覧表示、インポート、エクスポートを行います。</translation>
    </message>
    <message>
        <source>list: only items of &lt;kind&gt; (%1).</source>
        <translation>list: 種類 &lt;kind&gt; の項目だけを表示します（%1）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>list: write JSON to stdout, in the format export writes (every field of every item, keyed by column name, SI units).</source>
        <translation>list: export と同じ形式の JSON を標準出力に書き出します（全項目の全フィールド、列名をキー、SI 単位）。</translation>
    </message>
    <message>
        <source>import: check the file and show what it would add, replace or reject, without changing the catalog.</source>
        <translation>import: ファイルを検査し、追加・置換・拒否される内容を表示します。カタログは変更しません。</translation>
    </message>
    <message>
        <source>Use the catalog database at &lt;path&gt; instead of your own.</source>
        <translation>自分のカタログの代わりに &lt;path&gt; のカタログデータベースを使います。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>list: every item with its id, kind, vendor, model and key specs.
import FILE: add the items of a .csv or .json file and replace those with the same id, all or nothing. Every rejected row is reported on stderr with its row, column and reason, and the exit code is 1.
export FILE: write the whole catalog to FILE, as CSV or JSON by its extension; importing it again gives the same catalog.</source>
        <translation>list: 各項目を ID、種類、ベンダー、モデル、主な仕様とともに表示します。
import FILE: .csv または .json ファイルの項目を追加し、同じ ID の項目を置き換えます（すべて成功するか、何もしないか）。拒否された行はすべて行・列・理由とともに stderr に報告され、終了コードは 1 になります。
export FILE: 拡張子に応じて CSV または JSON でカタログ全体を FILE に書き出します。再びインポートすると同じカタログになります。</translation>
    </message>
    <message>
        <source>list | import FILE | export FILE</source>
        <translation>list | import FILE | export FILE</translation>
    </message>
    <message>
        <source>Run &apos;headroom catalog --help&apos; for its options.</source>
        <translation>オプションは &apos;headroom catalog --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Name an action: list, import or export.</source>
        <translation>操作を指定してください: list、import、export のいずれか。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, import or export.</source>
        <translation>不明な操作「%1」: list、import、export のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs exactly one file.</source>
        <translation>「%1」にはファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no file.</source>
        <translation>「list」にファイルは指定できません。</translation>
    </message>
    <message>
        <source>--kind and --json go with &apos;list&apos;.</source>
        <translation>--kind と --json は「list」と一緒に使います。</translation>
    </message>
    <message>
        <source>--dry-run goes with &apos;import&apos;.</source>
        <translation>--dry-run は「import」と一緒に使います。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use one of %2.</source>
        <translation>不明な種類「%1」: 次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>「%1」の形式を判別できません。.csv または .json という名前にしてください。</translation>
    </message>
    <message>
        <source>Created the catalog &apos;%1&apos; from the built-in data.</source>
        <translation>組み込みデータからカタログ「%1」を作成しました。</translation>
    </message>
    <message>
        <source>[unverified] %1</source>
        <translation>[未検証] %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>何もインポートしていません: 問題が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 replaced, %3 unchanged</source>
        <translation>新規 %1、置換 %2、変更なし %3</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would be imported (%1); the catalog was not changed.</source>
        <translation>
            <numerusform>試行: %n 件の項目がインポートされます（%1）。カタログは変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) (%1) into %2.</source>
        <translation>
            <numerusform>%n 件の項目（%1）を %2 にインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n 件の項目を %1 にエクスポートしました。</numerusform>
        </translation>
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
        <source>Could not open the catalog &apos;%1&apos;: %2</source>
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
        <source>Adding &apos;%1&apos;</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>Changing &apos;%1&apos;</source>
        <translation>「%1」の変更</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
        <translation>項目「%1」はありません</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos;</source>
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
    <message>
        <source>Backing up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Could not copy the catalog to &apos;%1&apos;: %2</source>
        <translation>カタログを「%1」にコピーできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CatalogDetailPane</name>
    <message>
        <source>No item selected</source>
        <translation>項目が選択されていません</translation>
    </message>
    <message>
        <source>Pick an item in the table to see every spec, its source and how far to trust it.</source>
        <translation>表で項目を選ぶと、すべての仕様、その出典、どこまで信頼できるかが表示されます。</translation>
    </message>
    <message>
        <source>Unverified: some figures of this item are estimates or placeholders. Check the source before quoting it.</source>
        <translation>未検証: この項目の一部の数値は推定値または仮の値です。見積もりに使う前に出典を確認してください。</translation>
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
        <source>Where the figures come from</source>
        <translation>数値の出典</translation>
    </message>
</context>
<context>
    <name>CatalogDrag</name>
    <message>
        <source>The drag carries no catalog item.</source>
        <translation>ドラッグした内容にカタログ項目が含まれていません。</translation>
    </message>
    <message>
        <source>Catalog item &apos;%1&apos; is not in the catalog.</source>
        <translation>カタログ項目「%1」はカタログにありません。</translation>
    </message>
</context>
<context>
    <name>CatalogEdits</name>
    <message>
        <source>&apos;%1&apos; is already in the catalog</source>
        <translation>「%1」はすでにカタログにあります</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
        <translation>項目「%1」はありません</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The model name of a duplicated catalog item</extracomment>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) list %1 as an accelerator option (%2); remove it there first</source>
        <translation>
            <numerusform>%n 台のサーバーが %1 をアクセラレーターの選択肢として挙げています（%2）。先にそちらから外してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected.</source>
        <translation>拒否された行がある間は何もインポートできません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; left the catalog since the preview; preview again</source>
        <translation>プレビュー後に「%1」がカタログから消えました。もう一度プレビューしてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joined the catalog since the preview; preview again</source>
        <translation>プレビュー後に「%1」がカタログに加わりました。もう一度プレビューしてください</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目をインポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>「%1」の形式を判別できません。.csv または .json という名前にしてください。</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CatalogFieldParser</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id</source>
        <translation>「%1」は項目 ID ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>「%1」は %2 の金額ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>「%1」は USD のような 3 文字の通貨コードではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <source>unknown confidence &apos;%1&apos; (high, medium or low)</source>
        <translation>不明な信頼度「%1」（high、medium、low のいずれか）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
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
        <source>expected an amount such as &quot;255740.00&quot;</source>
        <translation>&quot;255740.00&quot; のような金額が必要です</translation>
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
        <source>&apos;%1&apos; is not an item id</source>
        <translation>「%1」は項目 ID ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>「%1」は USD のような 3 文字の通貨コードではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>「%1」は有効な ID ではありません。小文字、数字、「-」「_」「.」を使ってください</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
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
        <source>&apos;%1&apos; is listed twice</source>
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
        <source>does not apply to the kind &apos;%1&apos;</source>
        <translation>種類「%1」には該当しません</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>The file holds no items.</source>
        <translation>ファイルに項目がありません。</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>必須の列がありません</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;: row %2 has it already</source>
        <translation>ID「%1」が重複しています: %2 行目にすでにあります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .csv nor a .json file.</source>
        <translation>「%1」は .csv ファイルでも .json ファイルでもありません。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected.</source>
        <translation>
            <numerusform>何もインポートしていません: %n 行が拒否されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>%1 行目（テキストの %2 行目）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1、列 %2: %3</translation>
    </message>
    <message>
        <source>add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>An accepted import row: &quot;row 2: add acme-r1&quot;</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</source>
        <translation>
            <numerusform>問題が %n 件見つかりました。ファイルを直すまで何もインポートしません。インポートはすべて適用するか、何も適用しないかのどちらかです。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 replaced, %3 unchanged. Importing can be undone.</source>
        <translation>新規 %1、置換 %2、変更なし %3。インポートは元に戻せます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An accepted import row and the item&apos;s name: &quot;row 2: add acme-r1 (Acme R1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
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
    <name>CatalogItemDialog</name>
    <message>
        <source>Add catalog item</source>
        <translation>カタログ項目を追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>ids separated by &apos;;&apos;</source>
        <translation>「;」で区切った ID</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n 個の項目を確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogItemJson</name>
    <message>
        <source>field &apos;id&apos; is missing or empty</source>
        <translation>フィールド &apos;id&apos; がないか空です</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;kind&apos; has unknown value &apos;%2&apos;</source>
        <translation>項目 &apos;%1&apos;: フィールド &apos;kind&apos; の値 &apos;%2&apos; は不明です</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;price_minor_units&apos; is not a whole number</source>
        <translation>項目 &apos;%1&apos;: フィールド &apos;price_minor_units&apos; が整数ではありません</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;confidence&apos; has unknown value &apos;%2&apos;</source>
        <translation>項目 &apos;%1&apos;: フィールド &apos;confidence&apos; の値 &apos;%2&apos; は不明です</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>ファイルは有効な JSON ではありません: %2 行目で %1。</translation>
    </message>
    <message>
        <source>The file is a &apos;%1&apos; file, not a Headroom catalog.</source>
        <translation>このファイルは「%1」ファイルで、Headroom のカタログではありません。</translation>
    </message>
    <message>
        <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
        <translation>このファイルは新しい Headroom で書き込まれています（形式バージョン %1。このバージョンが読めるのは %2 まで）。</translation>
    </message>
    <message>
        <source>The file has no &quot;items&quot; list.</source>
        <translation>ファイルに &quot;items&quot; リストがありません。</translation>
    </message>
    <message>
        <source>is not an object of catalog fields</source>
        <translation>カタログ項目のオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>CatalogSchema</name>
    <message>
        <source>&apos;%1&apos; is not a catalog database, or it is damaged: %2</source>
        <translation>「%1」はカタログのデータベースではないか、破損しています: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
        <translation>「%1」は SQLite データベースですが、Headroom のカタログではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
        <translation>「%1」は新しいバージョンの Headroom で書き込まれています（カタログバージョン %2。このバージョンが読めるのは %3 まで）。何も変更していません。使用するには Headroom を更新してください。</translation>
    </message>
    <message>
        <source>Could not start updating the catalog: %1</source>
        <translation>カタログの更新を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not update the catalog &apos;%1&apos; to version %2; it was left as it was: %3</source>
        <translation>カタログ「%1」をバージョン %2 に更新できませんでした。元のままです: %3</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message>
        <source>%1 %2</source>
        <extracomment>One spec in a list: &quot;Memory 80 GB&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>%1 × %2</source>
        <extracomment>Network ports: count and speed, e.g. &quot;64 × 400 Gb/s&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Unverified: some figures are estimates or placeholders. Check the source before quoting this item.</source>
        <translation>未検証: 一部の数値は推定値または仮の値です。この項目を見積もりに使う前に出典を確認してください。</translation>
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
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Height</source>
        <extracomment>Column header: height in rack units</extracomment>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Memory / capacity</source>
        <extracomment>Column header: accelerator memory or storage capacity</extracomment>
        <translation>メモリ / 容量</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>BF16 peak</source>
        <translation>BF16 ピーク</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tree node with its number of items, e.g. &quot;GPU server (20)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>there is no accelerator &apos;%1&apos; in the catalog</source>
        <translation>カタログにアクセラレーター「%1」はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of kind &apos;%2&apos;, not an accelerator</source>
        <translation>「%1」は種類「%2」で、アクセラレーターではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) list this item as an accelerator (%1), so it must stay an accelerator</source>
        <translation>
            <numerusform>%n 台のサーバーがこの項目をアクセラレーターとして挙げている（%1）ため、アクセラレーターのままにする必要があります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: use a file name ending in .png, .svg or .pdf.</source>
        <translation>グラフを %1 に書き出せません。ファイル名の末尾を .png、.svg、.pdf のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>グラフを書き出す…</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>The catalog &apos;%1&apos; does not exist.</source>
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
        <source>Unknown subcommand &apos;%1&apos;. Run &apos;headroom --help&apos; to list them.</source>
        <translation>不明なサブコマンド「%1」です。「headroom --help」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Run &apos;headroom &lt;subcommand&gt; --help&apos; for a subcommand&apos;s own options.</source>
        <translation>各サブコマンドのオプションは「headroom &lt;サブコマンド&gt; --help」で表示されます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the work failed (bad input file, impossible request, I/O error), 2 the command line was wrong.</source>
        <translation>終了コード: 0 成功、1 処理の失敗（不正な入力ファイル、実現不可能な要求、I/O エラー）、2 コマンドラインの誤り。</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company on proposals</source>
        <translation>提案書に記載する会社情報</translation>
    </message>
    <message>
        <source>Address, e-mail, telephone</source>
        <translation>住所、メール、電話番号</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>会社名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>ロゴ(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>連絡先(&amp;O):</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>画像 (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be read as an image.</source>
        <translation>このファイルは画像として読み込めません。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
        <translation>ファイルが UTF-8 テキストではありません。CSV UTF-8 で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>%1 行目: 閉じ引用符の後に予期しない文字があります。引用符で囲んだセル内の引用符は二重にしてください（&quot;&quot;）。</translation>
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
  gpu          accelerator name from the catalog: all of it or a unique part, with or without the vendor (&quot;H100 SXM&quot;, &quot;MI300X&quot;)
  gpus         number of accelerators
  gpus_per_server, server_overhead_watts   optional, for power (8, 2000)
  model        a preset name (&quot;Llama 2 70B&quot;) or an object with params, active_params, layers, hidden, heads, kv_heads, head_dim, vocab and optionally context_length, sliding_window, kv_lora_rank, qk_rope_head_dim, experts, experts_per_token
  training     {tokens, precision, zero_stage (0-3, default 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (a number or &quot;max&quot;), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  overrides by name: a number, or {value, low, high}
At least one of training and inference. Precisions: fp32, tf32, bf16, fp16, fp8, int8, int4 (= fp4). null means not given.

Output, one JSON object; every figure is {value, low, high, drivers}: the range its assumptions allow and the assumptions that move it most.
  training     flops, gpu_hours, wall_hours, mfu, memory_per_gpu_bytes, fits, min_gpus, checkpoint_bytes, energy_mwh, and more: layout, memory_breakdown_bytes, time_to_train
  inference    ttft_ms, tpot_ms, output_tokens_per_s (whole system), requests_per_s, max_concurrency, replicas, gpus_needed, memory_per_gpu_bytes, fits, and more: tensor_parallel, tokens_per_kwh, latency_curve
  assumptions  every value used, with its range and source

A bad input exits with 1 and a message that names the field.</source>
        <translation>入力は JSON オブジェクト 1 つ:
  gpu          カタログのアクセラレータ名: 全体または一意に決まる一部、ベンダー名は有無どちらでも可（&quot;H100 SXM&quot;、&quot;MI300X&quot;）
  gpus         アクセラレータの数
  gpus_per_server, server_overhead_watts   省略可、電力計算用（8、2000）
  model        プリセット名（&quot;Llama 2 70B&quot;）、または params、active_params、layers、hidden、heads、kv_heads、head_dim、vocab と省略可能な context_length、sliding_window、kv_lora_rank、qk_rope_head_dim、experts、experts_per_token を持つオブジェクト
  training     {tokens, precision, zero_stage (0-3、既定 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (数値または &quot;max&quot;), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  名前ごとの上書き: 数値、または {value, low, high}
training と inference の少なくとも一方が必要です。精度: fp32、tf32、bf16、fp16、fp8、int8、int4（= fp4）。null は指定なしを意味します。

出力は JSON オブジェクト 1 つ。各数値は {value, low, high, drivers}: 前提が許す範囲と、それを最も動かす前提です。
  training     flops、gpu_hours、wall_hours、mfu、memory_per_gpu_bytes、fits、min_gpus、checkpoint_bytes、energy_mwh、ほかに layout、memory_breakdown_bytes、time_to_train
  inference    ttft_ms、tpot_ms、output_tokens_per_s（システム全体）、requests_per_s、max_concurrency、replicas、gpus_needed、memory_per_gpu_bytes、fits、ほかに tensor_parallel、tokens_per_kwh、latency_curve
  assumptions  使用したすべての値とその範囲、出典

入力に誤りがあると終了コード 1 で終了し、フィールド名を示すメッセージを出します。</translation>
    </message>
    <message>
        <source>Assumptions that can be overridden: %1.</source>
        <translation>上書きできる前提: %1。</translation>
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
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>EstimateJson</name>
    <message>
        <source>model: &apos;%1&apos; is not a preset. Presets: %2.</source>
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
        <source>Unknown field &apos;%1&apos;. Assumptions: %2.</source>
        <translation>不明なフィールド「%1」。前提: %2。</translation>
    </message>
    <message>
        <source>%1 must be a number or an object with value, low and high, not %2.</source>
        <translation>%1 は数値、または value、low、high を持つオブジェクトでなければなりません（%2 ではなく）。</translation>
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
        <source>training.recompute: unknown mode &apos;%1&apos;; use none, selective or full.</source>
        <translation>training.recompute: 不明なモード「%1」。none、selective、full のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>inference must be an object, not %1.</source>
        <translation>inference はオブジェクトでなければなりません（%1 ではなく）。</translation>
    </message>
    <message>
        <source>inference.concurrency must be a whole number of at least 1 or &quot;max&quot;, not %1.</source>
        <translation>inference.concurrency は 1 以上の整数か &quot;max&quot; でなければなりません（%1 ではなく）。</translation>
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
        <source>Give training, inference or both.</source>
        <translation>training、inference、またはその両方を指定してください。</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>The company name, logo and contact line come from the settings the Quote tab&apos;s Company… dialog writes, unless given here. Paper is Letter where the locale measures in US units and A4 elsewhere, unless --paper says. Prints the number of pages written.</source>
        <translation>会社名、ロゴ、連絡先の行は、ここで指定しない限り、「見積」タブの「会社…」ダイアログが書き込む設定から取得されます。用紙は、--paper で指定しない限り、ロケールが米国単位を使う場合は Letter、それ以外は A4 です。書き出したページ数を出力します。</translation>
    </message>
    <message>
        <source>The company name on the proposal.</source>
        <translation>提案書に記載する会社名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The company logo (SVG, PNG or JPEG).</source>
        <translation>会社のロゴ（SVG、PNG、または JPEG）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The contact line on the cover.</source>
        <translation>表紙に記載する連絡先の行。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 または letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>プロジェクトファイル（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>書き出す PDF。</translation>
    </message>
    <message>
        <source>&lt;out.pdf&gt;</source>
        <translation>&lt;出力.pdf&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom export-pdf &lt;file&gt; &lt;out.pdf&gt;</source>
        <translation>使い方: headroom export-pdf &lt;ファイル&gt; &lt;出力.pdf&gt;</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &apos;%1&apos;.</source>
        <translation>--paper は a4 または letter です（「%1」ではありません）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n ページを書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a project&apos;s proposal as PDF: cover, summary of the workloads, headroom charts, rack elevations, bill of materials, power and space, method and sources, terms.</source>
        <translation>プロジェクトの提案書を PDF に書き出します：表紙、ワークロードの概要、ヘッドルームのグラフ、ラック立面図、部品表、電力と設置面積、手法と出典、条件。</translation>
    </message>
    <message>
        <source>--logo: cannot read an image from &apos;%1&apos;.</source>
        <translation>--logo: 「%1」から画像を読み込めません。</translation>
    </message>
</context>
<context>
    <name>HallFigures</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no capacity</source>
        <extracomment>Headroom where something is demanded but the hall offers none of it</extracomment>
        <translation>容量なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A headroom percentage: &quot;45 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2) %3 → %4</source>
        <extracomment>&quot;Compute (training) 45 % → 30 %&quot;</extracomment>
        <translation>%1（%2）%3 → %4</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Headroom left unchanged.</source>
        <translation>残りの余裕は変わりません。</translation>
    </message>
    <message>
        <source>Headroom left: %1.</source>
        <translation>残りの余裕: %1。</translation>
    </message>
</context>
<context>
    <name>HallModel</name>
    <message>
        <source>%1 / %2 U</source>
        <translation>%1 / %2 U</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>標準電力</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>最大電力</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>電力バジェット</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Nearest limit</source>
        <translation>最も近い制限</translation>
    </message>
</context>
<context>
    <name>HeadroomBenchmark</name>
    <message>
        <source>Drag-hover preview on 100 racks, 800 servers and 200 workloads: assignment check, what-if headroom (new and same target), chart series, an applied assignment and a full recompute; the what-if and the full recompute again on 3,000 racks, 12,000 servers and 1,000 workloads.</source>
        <translation>ラック 100 台、サーバー 800 台、ワークロード 200 件でのドラッグ中プレビュー: 割り当てチェック、仮定時の余裕（新しい対象と同じ対象）、グラフの系列、割り当ての実行と全体の再計算。さらにラック 3,000 台、サーバー 12,000 台、ワークロード 1,000 件で仮定計算と全体の再計算を行います。</translation>
    </message>
</context>
<context>
    <name>HeadroomChartFeed</name>
    <message>
        <source>Not running a workload</source>
        <translation>ワークロードなし</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; racks summed per row; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>各機器の標準消費電力（ラックのゲージと同じ数え方）。ラックは列ごとに合計。予算はラックの電源と冷却の低いほう。</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>各機器の標準消費電力（ラックのゲージと同じ数え方）。予算はラックの電源と冷却の低いほう。</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>ホール全体</translation>
    </message>
    <message>
        <source>%1, if %2 is dropped</source>
        <translation>%1（ここに %2 をドロップした場合）</translation>
    </message>
</context>
<context>
    <name>HeadroomChartView</name>
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
    <message>
        <source>Headroom</source>
        <translation>余裕</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: nothing assigned here needs it.</source>
        <translation>%1: ここに割り当てたものはこれを必要としません。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>逼迫</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Needs %1 of %2</source>
        <translation>%2 のうち %1 が必要</translation>
    </message>
    <message>
        <source>Headroom %1 (%2), range %3 to %4</source>
        <translation>余裕 %1（%2）、範囲 %3～%4</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>Left (%)</source>
        <translation>残り (%)</translation>
    </message>
    <message>
        <source>Tight (under 20% left)</source>
        <translation>逼迫（残り 20% 未満）</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超過</translation>
    </message>
</context>
<context>
    <name>HeadroomCharts</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A chart&apos;s caption: its title, then what it shows</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The Headroom charts for the whole hall, as the planner sees them in Headroom: what is left per dimension, latency against load, time to train against GPU count, and power per rack.</source>
        <translation>ホール全体のヘッドルームのグラフです。プランナーが Headroom で見るものと同じです：次元ごとの残り、負荷に対するレイテンシ、GPU 数に対する学習時間、ラックごとの電力。</translation>
    </message>
    <message>
        <source>No workload runs in the hall yet: nothing is demanded, so there is no headroom chart.</source>
        <translation>ホールではまだワークロードが動いていません。何も要求されていないため、ヘッドルームのグラフはありません。</translation>
    </message>
    <message>
        <source>the share of each dimension&apos;s capacity left, training and inference side by side: green when there is enough, amber when under %1 % is left, red when more is demanded than there is.</source>
        <translation>各次元の容量のうち残っている割合を、学習と推論で並べて示します：十分なら緑、残りが %1 % 未満なら琥珀色、需要が容量を上回れば赤。</translation>
    </message>
    <message>
        <source>No inference service runs in the hall, so there is no latency chart.</source>
        <translation>ホールでは推論サービスが動いていないため、レイテンシのグラフはありません。</translation>
    </message>
    <message>
        <source>%1, the service with the least latency headroom: TTFT and TPOT as the request rate grows, the targets as lines and its load marked.</source>
        <translation>%1（レイテンシのヘッドルームが最も小さいサービス）：リクエストレートの増加に伴う TTFT と TPOT。目標は線で、現在の負荷は印で示します。</translation>
    </message>
    <message>
        <source>No training job runs in the hall, so there is no training-time chart.</source>
        <translation>ホールでは学習ジョブが動いていないため、学習時間のグラフはありません。</translation>
    </message>
    <message>
        <source>%1, the job with the least time to spare: time to train against the GPUs it is given, the deadline as a line and its assigned count marked.</source>
        <translation>%1（余裕時間が最も少ないジョブ）：割り当てる GPU 数に対する学習時間。期限は線で、割り当て済みの数は印で示します。</translation>
    </message>
    <message>
        <source>The hall has no racks yet, so there is no power chart.</source>
        <translation>ホールにはまだラックがないため、電力のグラフはありません。</translation>
    </message>
    <message>
        <source>typical power per rack, stacked by workload, against each rack&apos;s budget (its power feeds or its cooling, whichever is lower).</source>
        <translation>ラックごとの標準電力をワークロード別に積み上げ、各ラックの予算（給電と冷却のうち低い方）と比較します。</translation>
    </message>
</context>
<context>
    <name>HeadroomDimensions</name>
    <message>
        <source>Compute</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Accelerator memory</source>
        <translation>アクセラレータメモリ</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>ストレージ容量</translation>
    </message>
    <message>
        <source>Checkpoint writes</source>
        <translation>チェックポイント書き込み</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Power and cooling</source>
        <translation>電力と冷却</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
</context>
<context>
    <name>HeadroomPane</name>
    <message>
        <source>Exported the chart to %1.</source>
        <translation>グラフを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>グラフを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG, SVG or PDF file</source>
        <translation>表示中のグラフを PNG、SVG、PDF ファイルとして保存します</translation>
    </message>
</context>
<context>
    <name>HeadroomPreviewBenchmark</name>
    <message>
        <source>The four headroom charts fed and replotted as a workload drag hovers over a hall of 100 racks with 200 workloads.</source>
        <translation>100 ラック・200 ワークロードのホール上でワークロードをドラッグしている間に、4 つの余裕グラフを更新して再描画します。</translation>
    </message>
</context>
<context>
    <name>HeadroomView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>その他のワークロード</translation>
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
        <source>inference.concurrency must be at least 1 or &quot;max&quot;.</source>
        <translation>inference.concurrency は 1 以上か &quot;max&quot; でなければなりません。</translation>
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
        <source>%1 does not fit in %n accelerator(s) of %2 with room for one sequence&apos;s KV cache.</source>
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
        <source>%1: unknown precision &apos;%2&apos;; use fp32, tf32, bf16, fp16, fp8, int8, int4 or fp4.</source>
        <translation>%1: 不明な精度「%2」。fp32、tf32、bf16、fp16、fp8、int8、int4、fp4 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
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
    <name>LatencyChartView</name>
    <message>
        <source>Latency vs load</source>
        <translation>負荷とレイテンシ</translation>
    </message>
    <message>
        <source>No inference service here. Select one in the Workloads dock or a server that runs one to see its latency against load.</source>
        <translation>ここに推論サービスはありません。ワークロードパネルで選ぶか、推論サービスを実行しているサーバーを選ぶと、負荷に対するレイテンシを表示します。</translation>
    </message>
    <message>
        <source>At %1 requests/s: time to first token %2, time per output token %3</source>
        <translation>%1 リクエスト/秒で: 最初のトークンまで %2、出力トークンあたり %3</translation>
    </message>
    <message>
        <source>Targets: time to first token %1, time per output token %2</source>
        <translation>目標: 最初のトークンまで %1、出力トークンあたり %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Assigned load %1 requests/s: time to first token %2 (%3 to %4), time per output token %5 (%6 to %7)</source>
        <translation>割り当て負荷 %1 リクエスト/秒: 最初のトークンまで %2（%3～%4）、出力トークンあたり %5（%6～%7）</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>Request rate (requests/s)</source>
        <translation>リクエストレート（リクエスト/秒）</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>最初のトークンまでの時間 (ms)</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>出力トークンあたりの時間 (ms)</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>出力トークンあたりの時間</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected items and take them out of their racks</source>
        <translation>選択した機器をコピーしてラックから取り外します</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected items</source>
        <translation>選択した機器をコピーします</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied items into the selected rack where they fit</source>
        <translation>コピーした機器を選択したラックの収まる位置に貼り付けます</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected items, racks or rows</source>
        <translation>選択した機器、ラック、または列を削除します</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected items, racks or rows beside themselves</source>
        <translation>選択した機器、ラック、または列をその隣に複製します</translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation>ラックを追加(&amp;R)</translation>
    </message>
    <message>
        <source>Add an empty rack like the selected one</source>
        <translation>選択したラックと同じ空のラックを追加します</translation>
    </message>
    <message>
        <source>Add r&amp;ow</source>
        <translation>列を追加(&amp;O)</translation>
    </message>
    <message>
        <source>Add an empty row of racks</source>
        <translation>空のラック列を追加します</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected rack or row</source>
        <translation>選択したラックまたは列の名前を変更します</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>左へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected rack one place left in its row</source>
        <translation>選択したラックを列内で一つ左へ移動します</translation>
    </message>
    <message>
        <source>Move r&amp;ight</source>
        <translation>右へ移動(&amp;I)</translation>
    </message>
    <message>
        <source>Move the selected rack one place right in its row</source>
        <translation>選択したラックを列内で一つ右へ移動します</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected rack to the row above, or the row up</source>
        <translation>選択したラックを上の列へ、または選択した列を上へ移動します</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected rack to the row below, or the row down</source>
        <translation>選択したラックを下の列へ、または選択した列を下へ移動します</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit hall</source>
        <translation>ホール全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole hall</source>
        <translation>ホール全体が見えるようにズームします</translation>
    </message>
    <message>
        <source>The clipboard holds no items Headroom can paste.</source>
        <translation>クリップボードに Headroom が貼り付けられる機器がありません。</translation>
    </message>
    <message>
        <source>Select a rack to paste into.</source>
        <translation>貼り付け先のラックを選択してください。</translation>
    </message>
    <message>
        <source>The copied items do not fit anywhere in %1.</source>
        <translation>コピーした機器は %1 のどこにも収まりません。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>%n 列を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n 台の機器を複製</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no room left in %1.</source>
        <translation>%1 にはもう空きがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n rack(s)</source>
        <translation>
            <numerusform>%n 台のラックを複製</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>%n 列を複製</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a rack type from the Catalog into the hall to add the first rack.</source>
        <translation>最初のラックを追加するには、カタログからラックの種類をホールへドラッグしてください。</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>ラックの名前を変更</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>列の名前を変更</translation>
    </message>
</context>
<context>
    <name>LayoutBenchmark</name>
    <message>
        <source>Drop preview and drop of an item into a hall of 100 racks of 8 servers (and into 3,000 racks of 4 servers).</source>
        <translation>サーバー 8 台ずつのラック 100 台のホール（およびサーバー 4 台ずつのラック 3,000 台）で、機器配置のプレビューと配置を行います。</translation>
    </message>
</context>
<context>
    <name>LayoutDrag</name>
    <message>
        <source>Drag rack types and equipment separately.</source>
        <translation>ラックの種類と機器は別々にドラッグしてください。</translation>
    </message>
    <message>
        <source>%1 (placing anyway)</source>
        <translation>%1（それでも配置します）</translation>
    </message>
    <message>
        <source>%1 (hold Shift to go over budget)</source>
        <translation>%1（Shift キーを押したままにすると予算を超えて配置します）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 台の機器</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a rack.</source>
        <translation>ラックの上にドロップしてください。</translation>
    </message>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2、%3</translation>
    </message>
    <message>
        <source>%1 into %2: %3</source>
        <translation>%1 を %2 へ: %3</translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s)</source>
        <translation>
            <numerusform>%n 台の機器を配置</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no height in the catalog.</source>
        <translation>%1 にはカタログ上の高さがありません。</translation>
    </message>
    <message>
        <source>%1 starts a new row</source>
        <translation>%1 で新しい列を始めます</translation>
    </message>
    <message>
        <source>Drop into a row.</source>
        <translation>列の中にドロップしてください。</translation>
    </message>
    <message>
        <source>%1 into %2 at position %3</source>
        <translation>%1 を %2 の %3 番目へ</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rack(s)</source>
        <translation>
            <numerusform>%n 台のラックを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1, U%2</source>
        <translation>%1 の U%2 へ移動</translation>
    </message>
    <message>
        <source>Move %1 to %2, position %3</source>
        <translation>%1 を %2 の %3 番目へ移動</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Row %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>列を追加</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>その列はありません。</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>列 %1 を削除</translation>
    </message>
    <message>
        <source>A row needs a name.</source>
        <translation>列には名前が必要です。</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>列の名前を変更</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>列を移動</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>列を複製</translation>
    </message>
    <message>
        <source>%1 is not a rack type.</source>
        <translation>%1 はラックの種類ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a PDU.</source>
        <translation>%1 は PDU ではありません。</translation>
    </message>
    <message>
        <source>A rack has one or two power feeds of zero or more watts.</source>
        <translation>ラックの電源フィードは 1 系統または 2 系統で、0 W 以上です。</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>ラック %1</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>ラックを追加</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>ラック %n 台を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such rack.</source>
        <translation>そのラックはありません。</translation>
    </message>
    <message>
        <source>A rack needs a name.</source>
        <translation>ラックには名前が必要です。</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>ラックの名前を変更</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>ラックの電源を変更</translation>
    </message>
    <message>
        <source>A cooling ceiling cannot be negative.</source>
        <translation>冷却上限を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Change rack cooling</source>
        <translation>ラックの冷却を変更</translation>
    </message>
    <message>
        <source>Duplicate rack</source>
        <translation>ラックを複製</translation>
    </message>
    <message>
        <source>Move rack</source>
        <translation>ラックを移動</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>%1 を配置</translation>
    </message>
    <message>
        <source>the item or the rack is no longer there</source>
        <translation>機器またはラックがもうありません</translation>
    </message>
    <message>
        <source>The item is no longer there.</source>
        <translation>その機器はもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>機器 %n 台を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>機器 %n 台を少し移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>機器 %n 台を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted item &apos;%1&apos; has no catalog row.</source>
        <translation>貼り付けた機器 &apos;%1&apos; にはカタログ項目がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>機器 %n 台を貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <source>Only servers have a configuration.</source>
        <translation>構成があるのはサーバーだけです。</translation>
    </message>
    <message>
        <source>Change server configuration</source>
        <translation>サーバー構成を変更</translation>
    </message>
</context>
<context>
    <name>LayoutEditorBenchmark</name>
    <message>
        <source>Drop into a hall of 100 racks of 8 servers until the view is repainted, and a 3,000-rack hall opened, painted and zoomed.</source>
        <translation>100 台のラック（各 8 台のサーバー）のホールへのドロップから再描画まで、および 3,000 台のラックのホールを開いて描画しズームする時間。</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <source>%1 goes inside a server, not into a rack slot</source>
        <translation>%1 はサーバーの内部に取り付けるもので、ラックのスロットには入りません</translation>
    </message>
    <message>
        <source>a rack cannot go into a rack</source>
        <translation>ラックをラックに入れることはできません</translation>
    </message>
    <message>
        <source>%1 is 0U: it mounts at the rack&apos;s side, not in a U slot</source>
        <translation>%1 は 0U です。U スロットではなくラックの側面に取り付けます</translation>
    </message>
    <message>
        <source>%1 needs direct liquid cooling; this rack has %2</source>
        <translation>%1 には直接液冷が必要ですが、このラックは%2です</translation>
    </message>
    <message numerus="yes">
        <source>does not fit: U%1–U%2 is outside the rack&apos;s %n U</source>
        <translation>
            <numerusform>収まりません: U%1–U%2 はラックの %n U の範囲外です</numerusform>
        </translation>
    </message>
    <message>
        <source>U%1–U%2 is taken by %3</source>
        <translation>U%1–U%2 は %3 が使用しています</translation>
    </message>
    <message>
        <source>too deep for the rack: %1 of %2</source>
        <translation>ラックに対して奥行きが大きすぎます: %1（上限 %2）</translation>
    </message>
    <message>
        <source>%1 does not offer accelerator &apos;%2&apos;</source>
        <translation>%1 ではアクセラレーター &apos;%2&apos; を選べません</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n accelerator(s)</source>
        <translation>
            <numerusform>%1 に搭載できるアクセラレーターは最大 %n 基です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n drive bay(s)</source>
        <translation>
            <numerusform>%1 のドライブベイは %n 基です</numerusform>
        </translation>
    </message>
    <message>
        <source>would exceed rack power: %1 of %2</source>
        <translation>ラックの電力を超えます: %1（上限 %2）</translation>
    </message>
    <message>
        <source>would lose A/B redundancy: one feed would carry %1 of %2</source>
        <translation>A/B 冗長性が失われます: 1 系統で %1 を負担（上限 %2）</translation>
    </message>
    <message>
        <source>would exceed rack load: %1 of %2</source>
        <translation>ラックの耐荷重を超えます: %1（上限 %2）</translation>
    </message>
    <message>
        <source>would exceed %1 cooling: %2 of %3</source>
        <translation>%1冷却の能力を超えます: %2（上限 %3）</translation>
    </message>
    <message>
        <source>exceeds rack power: %1 of %2</source>
        <translation>ラックの電力を超えています: %1（上限 %2）</translation>
    </message>
    <message>
        <source>not A/B redundant: one feed would carry %1 of %2</source>
        <translation>A/B 冗長ではありません: 1 系統で %1 を負担（上限 %2）</translation>
    </message>
    <message>
        <source>exceeds rack load: %1 of %2</source>
        <translation>ラックの耐荷重を超えています: %1（上限 %2）</translation>
    </message>
    <message>
        <source>exceeds %1 cooling: %2 of %3</source>
        <translation>%1冷却の能力を超えています: %2（上限 %3）</translation>
    </message>
</context>
<context>
    <name>LayoutToolTips</name>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2、%3</translation>
    </message>
    <message>
        <source>Power: %1 typical, %2 maximum</source>
        <translation>電力: 標準 %1、最大 %2</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>重量: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Space: %1 of %2 U used</source>
        <translation>スペース: %2 U 中 %1 U 使用</translation>
    </message>
    <message>
        <source>Power: %1 maximum of %2 budget</source>
        <translation>電力: 最大 %1（予算 %2）</translation>
    </message>
    <message>
        <source>Cooling: %1 of %2 (%3)</source>
        <translation>冷却: %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Weight: %1 of %2</source>
        <translation>重量: %1 / %2</translation>
    </message>
    <message>
        <source>Nearest limit: %1 at %2</source>
        <translation>最も近い上限: %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s), %1 of %2 U used</source>
        <translation>
            <numerusform>%n 台のラック、%2 U 中 %1 U 使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat: %1 BTU/h</source>
        <translation>発熱: %1 BTU/h</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n 台のラックが上限超過</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitKinds</name>
    <message>
        <source>Rack space</source>
        <translation>ラックスペース</translation>
    </message>
    <message>
        <source>Rack depth</source>
        <translation>ラックの奥行き</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>取り付け</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>ラック電力</translation>
    </message>
    <message>
        <source>A/B redundancy</source>
        <translation>A/B 冗長性</translation>
    </message>
    <message>
        <source>Rack load</source>
        <translation>ラック耐荷重</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
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
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>ワークロード</translation>
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
        <source>About Headroom</source>
        <translation>Headroom について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data centers: hardware, rack layouts, training and inference workloads, headroom and quotes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;AI データセンターの容量計画: ハードウェア、ラックレイアウト、学習・推論ワークロード、余裕度、見積もり。&lt;/p&gt;&lt;p&gt;Qt %2 と QCustomPlot %3 で構築。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>プロジェクトファイルを開く</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>プロジェクトを別名で保存</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Created your catalog from the built-in data.</source>
        <translation>組み込みデータからあなたのカタログを作成しました。</translation>
    </message>
    <message>
        <source>Preview the proposal for this quote and save it as PDF</source>
        <translation>この見積の提案書をプレビューし、PDF として保存します</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>見積(&amp;Q)</translation>
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
    <name>Placement</name>
    <message>
        <source>Rear</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前面</translation>
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
    <name>ProjectCommand</name>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What to do; only &apos;info&apos; for now.</source>
        <translation>実行する操作。現在は &apos;info&apos; のみです。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>プロジェクトファイル（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom project info &lt;file&gt; [--json]</source>
        <translation>使い方: headroom project info &lt;ファイル&gt; [--json]</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 of %4 U, %5 typical / %6 maximum of %7, %8 of %9, %10</source>
        <translation>  %1（%2）: %3/%4 U、標準 %5 / 最大 %6（上限 %7）、%8/%9、%10</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a weight in the catalog</source>
        <translation>
            <numerusform>カタログに重量のない機器 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <extracomment>&quot;&lt;file&gt;: &lt;n racks&gt; in &lt;n rows&gt;&quot;, e.g. &quot;hall.headroom: 4 racks in 2 rows&quot;</extracomment>
        <translation>%1: %3 に %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n 台のラック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a project file holds: racks, space, power, weight, cooling, broken limits, workloads and the headroom left for training and inference.</source>
        <translation>プロジェクトファイルの内容を表示します: ラック、スペース、電力、重量、冷却、超過した制限、ワークロード、そして学習と推論に残る余裕。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 demanded of nothing</source>
        <translation>%1 が必要ですが容量がありません</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <extracomment>&quot;41.2 kW of 60 kW (31% left)&quot;</extracomment>
        <translation>%2 のうち %1（残り %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s):</source>
        <translation>
            <numerusform>ワークロード %n 件:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2, %3): %n GPU(s)</source>
        <extracomment>&quot; Chat (inference service, Llama 3.1 8B, 40 req/s): 32 GPU(s) on 8 server(s)&quot;</extracomment>
        <translation>
            <numerusform>  %1（%2、%3）: GPU %n 基</numerusform>
        </translation>
    </message>
    <message>
        <source>Headroom in the hall:</source>
        <translation>ホール全体の余裕:</translation>
    </message>
    <message>
        <source>  %1: training %2; inference %3</source>
        <extracomment>&quot; Compute: training 12.8 of 63.3 PFLOP/s (80% left); inference none&quot;</extracomment>
        <translation>  %1: 学習 %2、推論 %3</translation>
    </message>
    <message>
        <source>Write JSON to stdout: &quot;racks&quot; (name, row, rack_type, u_total, u_used, power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, placements, broken_limits, headroom, ...), &quot;rows&quot;, &quot;totals&quot;, &quot;workloads&quot; (id, name, kind, model, precision, training or inference, servers, gpus, accelerator, latency, requests_per_second_within_targets), &quot;assignments&quot; (workload, placement, rack, row, position_u) and &quot;headroom&quot;: &quot;training&quot; and &quot;inference&quot;, each with &quot;compute&quot; (FLOP/s at the dense BF16 peak), &quot;memory&quot; (bytes), &quot;storage&quot; (bytes), &quot;storage_bandwidth&quot; (checkpoint writes, bytes/s), &quot;network&quot; (bytes/s), &quot;power&quot; (watts) and &quot;latency&quot; (seconds) entries of the form {demand, capacity, headroom_fraction}.</source>
        <translation>JSON を標準出力に書き出します: &quot;racks&quot;（name、row、rack_type、u_total、u_used、power_typical_w、power_max_w、power_budget_w、weight_kg、weight_limit_kg、cooling、placements、broken_limits、headroom など）、&quot;rows&quot;、&quot;totals&quot;、&quot;workloads&quot;（id、name、kind、model、precision、training または inference、servers、gpus、accelerator、latency、requests_per_second_within_targets）、&quot;assignments&quot;（workload、placement、rack、row、position_u）、そして &quot;headroom&quot;: &quot;training&quot; と &quot;inference&quot; のそれぞれに &quot;compute&quot;（密な BF16 理論性能での FLOP/s）、&quot;memory&quot;（バイト）、&quot;storage&quot;（バイト）、&quot;storage_bandwidth&quot;（チェックポイント書き込み、バイト/秒）、&quot;network&quot;（バイト/秒）、&quot;power&quot;（ワット）、&quot;latency&quot;（秒）の各項目があり、形式は {demand, capacity, headroom_fraction} です。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a power figure in the catalog</source>
        <translation>
            <numerusform>カタログに電力値のない品目が %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>テーブル %1、行 %2、列 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: no such row</source>
        <translation>%1: その列はありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a rack in the file&apos;s catalog</source>
        <translation>%1: &apos;%2&apos; はファイルのカタログにあるラックではありません</translation>
    </message>
    <message>
        <source>%1: must be 1 or 2</source>
        <translation>%1: 1 または 2 である必要があります</translation>
    </message>
    <message>
        <source>%1: unknown value &apos;%2&apos;</source>
        <translation>%1: 不明な値 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a PDU of a rack in the file</source>
        <translation>%1: &apos;%2&apos; はファイル内のラックの PDU ではありません</translation>
    </message>
    <message>
        <source>%1: no such rack</source>
        <translation>%1: そのラックはありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not in the file&apos;s catalog</source>
        <translation>%1: &apos;%2&apos; はファイルのカタログにありません</translation>
    </message>
    <message>
        <source>%1: U positions start at 1</source>
        <translation>%1: U 位置は 1 から始まります</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (not an SQLite database).</source>
        <translation>Headroom のプロジェクトではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>ファイルが破損しています（%1）。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (another program&apos;s database).</source>
        <translation>Headroom のプロジェクトではありません（別のプログラムのデータベースです）。</translation>
    </message>
    <message>
        <source>it was saved by a newer Headroom (file format %1; this version reads up to %2).</source>
        <translation>新しいバージョンの Headroom で保存されています（ファイル形式 %1。このバージョンが読めるのは %2 まで）。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (no schema).</source>
        <translation>Headroom のプロジェクトではありません（スキーマがありません）。</translation>
    </message>
    <message>
        <source>no room to upgrade a copy of it.</source>
        <translation>コピーを更新する領域がありません。</translation>
    </message>
    <message>
        <source>upgrading it from file format %1 failed (%2).</source>
        <translation>ファイル形式 %1 からの更新に失敗しました（%2）。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>no temporary folder (%1).</source>
        <translation>一時フォルダーがありません（%1）。</translation>
    </message>
    <message>
        <source>not a workload id</source>
        <translation>ワークロード ID ではありません</translation>
    </message>
    <message>
        <source>%1: no such workload</source>
        <translation>%1: そのようなワークロードはありません</translation>
    </message>
    <message>
        <source>%1: no such placement</source>
        <translation>%1: そのような設置済み機器はありません</translation>
    </message>
</context>
<context>
    <name>ProjectFileBenchmark</name>
    <message>
        <source>Saves and opens a project of 3,000 racks holding 12,000 servers.</source>
        <translation>ラック 3,000 台・サーバー 12,000 台のプロジェクトを保存して開きます。</translation>
    </message>
</context>
<context>
    <name>ProjectFileController</name>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Headroom プロジェクト (*.headroom)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>This is a sample project: change it freely, or start with File ▸ New.</source>
        <translation>これはサンプルプロジェクトです。自由に変更するか、ファイル ▸ 新規 から始めてください。</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>プロジェクトを復元</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save them to keep them.</source>
        <translation>未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1 には未保存の変更があります。続ける前に保存しますか?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Headroom did not close properly. Unsaved changes to %1 were kept at %2. Recover them?</source>
        <translation>Headroom が正常に終了しませんでした。%1 への未保存の変更が %2 に保持されています。復元しますか?</translation>
    </message>
</context>
<context>
    <name>ProposalBenchmark</name>
    <message>
        <source>Builds and writes the sample project&apos;s proposal, and a proposal of about 20 pages for a generated hall of 60 rack designs running a training job and a chat service; derives the bill of materials of 3,000 racks holding 12,000 servers.</source>
        <translation>サンプルプロジェクトの提案書と、60 種類のラック構成で学習ジョブとチャットサービスを動かす生成ホールの約 20 ページの提案書を作成して書き出し、12,000 台のサーバーを収める 3,000 ラックの部品表を導出します。</translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message>
        <source>Executive summary</source>
        <translation>エグゼクティブサマリー</translation>
    </message>
    <message>
        <source>Rack elevations</source>
        <translation>ラック立面図</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>部品表</translation>
    </message>
    <message>
        <source>Power, cooling and floor space</source>
        <translation>電力、冷却、床面積</translation>
    </message>
    <message>
        <source>Assumptions and method</source>
        <translation>前提条件と手法</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Capacity proposal</source>
        <translation>キャパシティ提案書</translation>
    </message>
    <message>
        <source>Customer not named</source>
        <translation>顧客名未記入</translation>
    </message>
    <message>
        <source>%1 · Quote %2 rev. %3</source>
        <translation>%1 · 見積 %2 改訂 %3</translation>
    </message>
    <message>
        <source>Prepared with Headroom · %1</source>
        <translation>Headroom で作成 · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>%1 御中</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) holding %1 servers with %2 accelerators; %3 at most; %4 in total.</source>
        <translation>
            <numerusform>ラック %n 台、サーバー %1 台、アクセラレータ %2 基。最大 %3、合計 %4。</numerusform>
        </translation>
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
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill of materials have no price yet and are not in that total.</source>
        <translation>
            <numerusform>部品表の %n 行はまだ価格がなく、この合計に含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>What the hardware achieves</source>
        <translation>ハードウェアの性能</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Dense BF16 peak</source>
        <translation>BF16 密行列ピーク性能</translation>
    </message>
    <message>
        <source>Training yardstick</source>
        <translation>学習の目安</translation>
    </message>
    <message>
        <source>Inference yardstick</source>
        <translation>推論の目安</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>収まらない</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 リクエスト/s</translation>
    </message>
    <message>
        <source>The layout holds no accelerators yet.</source>
        <translation>レイアウトにはまだアクセラレータがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack design(s) for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</source>
        <translation>
            <numerusform>ラック %1 台に対するラック設計 %n 種類。各設計は前面と背面を 1 回ずつ描き、その設計で組むラックの台数を添えています。各ラックの下のゲージは、スペース、電力、冷却、重量をそのラックの上限と比べて示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices in %1. Notes in brackets follow the table.</source>
        <translation>価格は %1 建てです。括弧内の注記は表の後に記載しています。</translation>
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
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Disc.</source>
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
        <source>Discount %1</source>
        <translation>割引 %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税 %1</translation>
    </message>
    <message numerus="yes">
        <source>Lines marked &quot;%1&quot; are not in the total: %n line(s) await a price.</source>
        <translation>
            <numerusform>「%1」と記された行は合計に含まれていません。%n 行が価格未定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from market estimates rather than a vendor price list and are subject to confirmation.</source>
        <translation>
            <numerusform>%n 行はベンダーの価格表ではなく市場推定に基づく価格であり、確認が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>ラック</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>発熱量</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>%1 of %2 U</source>
        <translation>%1 / %2 U</translation>
    </message>
    <message>
        <source>%1 BTU/h</source>
        <translation>%1 BTU/h</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>ホール</translation>
    </message>
    <message>
        <source>Typical and maximum power are the catalog&apos;s figures for each item. The budget is what the racks&apos; feeds may carry continuously: %1 % of each breaker&apos;s rating (NEC 210.19(A) and 210.20(A)). Cooling is each rack&apos;s planning ceiling for its cooling type; heat is the typical draw in BTU/h (1 W = 3.412 BTU/h, NIST SP 811).</source>
        <translation>標準電力と最大電力は、各機器のカタログ値です。予算は、ラックの電源フィードが連続して供給できる電力で、各ブレーカー定格の %1 % です（NEC 210.19(A) および 210.20(A)）。冷却は冷却方式ごとの各ラックの計画上限、発熱量は標準消費電力を BTU/h で表したものです（1 W = 3.412 BTU/h、NIST SP 811）。</translation>
    </message>
    <message>
        <source>Floor space: the racks stand on %1 m² (their width times their depth, from the catalog); aisles and service clearance come on top.</source>
        <translation>床面積: ラックの設置面積は %1 m² です（カタログの幅 × 奥行き）。通路と保守用スペースは別途必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) exceed a limit as designed; the rack elevations show which gauge.</source>
        <translation>
            <numerusform>設計どおりでは %n 台のラックが上限を超えています。どのゲージかはラック立面図に示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices and rounding</source>
        <translation>価格と端数処理</translation>
    </message>
    <message>
        <source>Prices come from the catalog rows frozen into the project when their items were placed, so the quote does not change when the catalog does. Amounts are exact integers of the currency&apos;s smallest unit. Each line&apos;s discount is rounded half away from zero on its own, then the quote discount on the subtotal, then tax on the discounted subtotal.</source>
        <translation>価格は、機器を配置した時点でプロジェクトに固定されたカタログ項目から取得するため、カタログが変わっても見積は変わりません。金額は通貨の最小単位による正確な整数です。まず各明細行の割引を個別に丸め（0.5 は 0 から遠い方へ）、次に小計に対する見積割引、最後に割引後の小計に対する税を丸めます。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>キャパシティ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
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
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Confidence: high = a vendor document or two consistent sources; medium = one secondary source; low = an estimate to be checked.</source>
        <translation>信頼度: 高 = ベンダー資料、または一致する 2 つの出典。中 = 二次資料 1 つ。低 = 要確認の推定値。</translation>
    </message>
    <message>
        <source>This quote (%1, revision %2) is valid until %3.</source>
        <translation>本見積（%1、改訂 %2）の有効期限は %3 です。</translation>
    </message>
    <message>
        <source>Prices are in %1 and include the tax shown; delivery, installation, software licences and support are quoted separately unless listed.</source>
        <translation>価格は %1 建てで、記載の税を含みます。記載がない限り、配送、設置、ソフトウェアライセンス、サポートは別途お見積りします。</translation>
    </message>
    <message>
        <source>Prices marked as estimates, and lines without a price, are confirmed in writing before an order is accepted.</source>
        <translation>推定値と記された価格および価格のない明細行は、ご注文の受諾前に書面で確定します。</translation>
    </message>
    <message>
        <source>Power, cooling and capacity figures are planning estimates from published specifications; the site survey and the vendors&apos; final configurations govern.</source>
        <translation>電力、冷却、キャパシティの数値は、公開仕様に基づく計画上の推定値です。現地調査とベンダーの最終構成が優先されます。</translation>
    </message>
    <message>
        <source>Hardware availability and lead times are confirmed at order.</source>
        <translation>ハードウェアの在庫状況と納期は、ご注文時に確認します。</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>ヘッドルーム</translation>
    </message>
    <message>
        <source>The project has no workloads yet, so these figures are for a reference workload, not the customer&apos;s own: estimates for their training runs and inference services, and the headroom they leave, follow once the workloads are part of the project.</source>
        <translation>このプロジェクトにはまだワークロードがないため、これらの数値は顧客自身のものではなく参照ワークロードのものです。ワークロードがプロジェクトに加わると、その学習と推論サービスの見積もりと、残るヘッドルームが示されます。</translation>
    </message>
    <message>
        <source>What the hardware could do</source>
        <translation>このハードウェアにできること</translation>
    </message>
    <message>
        <source>Yardsticks for comparing designs, not plans: a reference workload (%1) on all accelerators of each model, as the method section describes.</source>
        <translation>設計を比較するための目安であり、計画ではありません：各モデルのすべてのアクセラレータで参照ワークロード（%1）を実行した場合で、詳細は手法の節に記載しています。</translation>
    </message>
    <message>
        <source>This proposal covers %1 servers carrying %2 accelerators with %3 of accelerator memory and %4 of dense BF16 compute at peak, in %5. The hardware draws %6 in typical operation and %7 at most, within the %8 the racks&apos; power feeds allow. The quote totals %9.</source>
        <translation>本提案書は、アクセラレータ %2 基（アクセラレータメモリ %3、BF16 密行列ピーク演算性能 %4）を搭載するサーバー %1 台を、%5に収めるものです。ハードウェアの消費電力は通常運用時 %6、最大 %7 で、ラックの電源フィードが許容する %8 の範囲内です。見積の合計は %9 です。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) in %1</source>
        <extracomment>&quot;4 racks in 2 rows&quot;; %1 is &quot;2 rows&quot;</extracomment>
        <translation>
            <numerusform>%1・ラック %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal preview</source>
        <translation>提案書のプレビュー</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Writing the proposal…</source>
        <translation>提案書を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you choose Save.</source>
        <translation>
            <numerusform>%n ページ。「PDF を保存」を選ぶまで何も保存されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>提案書を保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
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
        <source>The quote&apos;s total is too large.</source>
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
    <message>
        <source>Line %1 (%2) has no price: the totals leave it out.</source>
        <translation>明細行 %1（%2）には価格がないため、合計から除外されます。</translation>
    </message>
</context>
<context>
    <name>QuoteCategory</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>スイッチ</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>ネットワークアダプター</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>トランシーバー</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>ケーブル</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>ラック</translation>
    </message>
    <message>
        <source>Power distribution</source>
        <translation>配電</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>QuoteCommand</name>
    <message>
        <source>Print a project&apos;s quote: the bill of materials derived from its layout, with prices, discounts, tax and totals.</source>
        <translation>プロジェクトの見積を出力します: レイアウトから導出した部品表と、価格、割引、税、合計。</translation>
    </message>
    <message>
        <source>With --json, one object: &quot;lines&quot; (each with sku, description, category, quantity, unit_price_minor, list_unit_price_minor, price_overridden, price_is_estimate, discount_percent, total_minor, note), &quot;currency&quot; (ISO 4217), &quot;customer&quot;, &quot;quote_number&quot;, &quot;revision&quot;, &quot;date&quot;, &quot;valid_until&quot;, &quot;gross_minor&quot;, &quot;line_discount_minor&quot;, &quot;subtotal_minor&quot; (the lines&apos; totals after their own discounts), &quot;discount_percent&quot; and &quot;discount_minor&quot; (the quote discount on the subtotal), &quot;tax_percent&quot;, &quot;tax_minor&quot;, &quot;total_minor&quot; (= subtotal_minor - discount_minor + tax_minor), &quot;unpriced_lines&quot; and &quot;warnings&quot;. Amounts are integers in the currency&apos;s minor unit (cents). A line without a price has null unit_price_minor and total_minor and is left out of the totals.</source>
        <translation>--json を指定すると 1 つのオブジェクトを出力します: &quot;lines&quot;（各要素に sku、description、category、quantity、unit_price_minor、list_unit_price_minor、price_overridden、price_is_estimate、discount_percent、total_minor、note）、&quot;currency&quot;（ISO 4217）、&quot;customer&quot;、&quot;quote_number&quot;、&quot;revision&quot;、&quot;date&quot;、&quot;valid_until&quot;、&quot;gross_minor&quot;、&quot;line_discount_minor&quot;、&quot;subtotal_minor&quot;（各行の個別割引後の合計）、&quot;discount_percent&quot; と &quot;discount_minor&quot;（小計に対する見積割引）、&quot;tax_percent&quot;、&quot;tax_minor&quot;、&quot;total_minor&quot;（= subtotal_minor - discount_minor + tax_minor）、&quot;unpriced_lines&quot;、&quot;warnings&quot;。金額は通貨の最小単位（セント）による整数です。価格のない行は unit_price_minor と total_minor が null で、合計に含まれません。</translation>
    </message>
    <message>
        <source>Write the quote as JSON to stdout.</source>
        <translation>見積を JSON として stdout に書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>プロジェクトファイル（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom quote &lt;file&gt; [--json]</source>
        <translation>使い方: headroom quote &lt;ファイル&gt; [--json]</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 for %3, %4</source>
        <translation>見積 %1 改訂 %2、顧客: %3、%4</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（顧客なし）</translation>
    </message>
    <message>
        <source>Subtotal %1, discount %2, tax %3, total %4</source>
        <translation>小計 %1、割引 %2、税 %3、合計 %4</translation>
    </message>
</context>
<context>
    <name>QuoteComparisonModel</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
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
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Set customer</source>
        <translation>顧客を設定</translation>
    </message>
    <message>
        <source>Set quote number</source>
        <translation>見積番号を設定</translation>
    </message>
    <message>
        <source>A quote needs a valid date.</source>
        <translation>見積には有効な日付が必要です。</translation>
    </message>
    <message>
        <source>Set quote date</source>
        <translation>見積日を設定</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to %1 days.</source>
        <translation>見積の有効期間は 1～%1 日です。</translation>
    </message>
    <message>
        <source>Set validity</source>
        <translation>有効期間を設定</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (three letters, such as USD).</source>
        <translation>「%1」は ISO 4217 通貨コードではありません（USD のような 3 文字）。</translation>
    </message>
    <message>
        <source>Change currency to %1</source>
        <translation>通貨を %1 に変更</translation>
    </message>
    <message numerus="yes">
        <source>Change currency to %1 (clears %n price(s))</source>
        <translation>
            <numerusform>通貨を %1 に変更（価格 %n 件をクリア）</numerusform>
        </translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 %.</source>
        <translation>割引は 0～100 % の範囲です。</translation>
    </message>
    <message>
        <source>Set quote discount</source>
        <translation>見積割引を設定</translation>
    </message>
    <message>
        <source>Set discount ceiling</source>
        <translation>割引上限を設定</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>税率は 0～100 % の範囲です。</translation>
    </message>
    <message>
        <source>Set tax rate</source>
        <translation>税率を設定</translation>
    </message>
    <message>
        <source>There is no such line.</source>
        <translation>その明細行はありません。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>価格を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Set price of %1 to %2</source>
        <translation>%1 の価格を %2 に設定</translation>
    </message>
    <message>
        <source>Use the catalog price of %1</source>
        <translation>%1 のカタログ価格を使用</translation>
    </message>
    <message>
        <source>Set discount of %1</source>
        <translation>%1 の割引を設定</translation>
    </message>
    <message>
        <source>Freeze revision %1</source>
        <translation>改訂 %1 を確定</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>原価を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Set cost of %1 to %2</source>
        <translation>%1 の原価を %2 に設定</translation>
    </message>
    <message>
        <source>Clear the cost of %1</source>
        <translation>%1 の原価を消去</translation>
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
    <message>
        <source>no price</source>
        <translation>価格なし</translation>
    </message>
</context>
<context>
    <name>QuoteFormat</name>
    <message>
        <source>no price</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QuoteHeaderForm</name>
    <message>
        <source>Revision %1, not yet sent</source>
        <translation>改訂 %1、未送付</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 in draft; %n earlier revision(s) frozen</source>
        <translation>
            <numerusform>改訂 %1 は下書き、以前の改訂 %n 件は確定済み</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>Quote &amp;number:</source>
        <translation>見積番号(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有効期間(&amp;V):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>通貨(&amp;R):</translation>
    </message>
    <message>
        <source>Quote disc&amp;ount:</source>
        <translation>見積割引(&amp;O):</translation>
    </message>
    <message>
        <source>Discount c&amp;eiling:</source>
        <translation>割引上限(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>税(&amp;T):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Discounts above this need approval: the quote warns.</source>
        <translation>これを超える割引には承認が必要です。見積に警告が表示されます。</translation>
    </message>
</context>
<context>
    <name>QuoteLineModel</name>
    <message>
        <source>Negotiated price; the catalog says %1.</source>
        <translation>交渉価格。カタログ価格は %1 です。</translation>
    </message>
    <message>
        <source>Negotiated price; the catalog has none.</source>
        <translation>交渉価格。カタログに価格はありません。</translation>
    </message>
    <message>
        <source>An estimate from the catalog, not a vendor&apos;s price list.</source>
        <translation>カタログの推定値であり、ベンダーの価格表によるものではありません。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
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
        <source>&apos;%1&apos; is not an amount of %2.</source>
        <translation>「%1」は %2 の金額ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage.</source>
        <translation>「%1」はパーセント値ではありません。</translation>
    </message>
    <message>
        <source>What one unit costs you, for the margin. It never appears on the proposal.</source>
        <translation>1 単位あたりの自社原価（利益計算用）。提案書には表示されません。</translation>
    </message>
    <message>
        <source>Your unit cost</source>
        <translation>自社単価原価</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <source>Froze revision %1; now drafting revision %2.</source>
        <translation>改訂 %1 を確定しました。現在、改訂 %2 を作成中です。</translation>
    </message>
    <message>
        <source>&amp;Freeze revision</source>
        <translation>改訂を確定(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the quote as it stands as a revision and draft the next one</source>
        <translation>現在の見積を改訂として保存し、次の改訂を作成します</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the bill of materials as CSV for other programs</source>
        <translation>部品表を他のプログラム用に CSV で書き出します</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>スプレッドシートをエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the quote as an Excel workbook (XLSX)</source>
        <translation>見積を Excel ブック (XLSX) として書き出します</translation>
    </message>
    <message>
        <source>&amp;Use catalog price</source>
        <translation>カタログ価格を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the negotiated price or discount of the selected cells</source>
        <translation>選択したセルの交渉価格または割引を削除します</translation>
    </message>
    <message>
        <source>Com&amp;pany…</source>
        <translation>会社(&amp;P)…</translation>
    </message>
    <message>
        <source>Company name, logo and contact on proposals</source>
        <translation>提案書に記載する会社名、ロゴ、連絡先</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Bill of materials (derived from the rack layout)</source>
        <translation>部品表（ラックレイアウトから導出）(&amp;B)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 改訂 %2</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>スプレッドシートをエクスポート</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Use catalog prices</source>
        <translation>カタログ価格を使用</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>提案書を保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuoteRevisionsPanel</name>
    <message>
        <source>Compare &amp;revision:</source>
        <translation>比較する改訂(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>比較対象(&amp;W):</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>改訂 %1（%2）</translation>
    </message>
    <message>
        <source>Draft of revision %1</source>
        <translation>改訂 %1 の下書き</translation>
    </message>
    <message>
        <source>Total %1 → %2 (%3).</source>
        <translation>合計 %1 → %2（%3）。</translation>
    </message>
    <message>
        <source>No line changed.</source>
        <translation>変更された明細行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed.</source>
        <translation>
            <numerusform>%n 行が変更されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerators %1 → %2, servers %3 → %4, racks %5 → %6, maximum power %7 → %8.</source>
        <translation>アクセラレータ %1 → %2、サーバー %3 → %4、ラック %5 → %6、最大電力 %7 → %8。</translation>
    </message>
</context>
<context>
    <name>QuoteTables</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>1 以上である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code</source>
        <translation>「%1」は通貨コードではありません</translation>
    </message>
    <message>
        <source>must be 0 to 10000 (basis points)</source>
        <translation>0～10000 である必要があります（ベーシスポイント）</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>価格を負の値にはできません</translation>
    </message>
    <message>
        <source>no such revision</source>
        <translation>その改訂はありません</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>不明な値「%1」</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>a cost cannot be negative</source>
        <translation>原価を負の値にすることはできません</translation>
    </message>
</context>
<context>
    <name>QuoteTotalsView</name>
    <message>
        <source>List total:</source>
        <translation>定価合計:</translation>
    </message>
    <message>
        <source>Line discounts:</source>
        <translation>明細割引:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>小計:</translation>
    </message>
    <message>
        <source>Quote discount (%1):</source>
        <translation>見積割引（%1）:</translation>
    </message>
    <message>
        <source>Tax (%1):</source>
        <translation>税（%1）:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from estimates, not a price list.</source>
        <translation>
            <numerusform>%n 行は価格表ではなく推定値で価格設定されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>注意が必要な項目はありません。</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>利益:</translation>
    </message>
    <message>
        <source>enter your unit costs</source>
        <translation>原価を入力してください</translation>
    </message>
    <message numerus="yes">
        <source>%n priced line(s) without a cost</source>
        <translation>
            <numerusform>原価のない価格付き行が %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RackCooling</name>
    <message>
        <source>Air</source>
        <translation>空冷</translation>
    </message>
    <message>
        <source>Rear-door heat exchanger</source>
        <translation>リアドア熱交換器</translation>
    </message>
    <message>
        <source>Direct liquid</source>
        <translation>直接液冷</translation>
    </message>
</context>
<context>
    <name>RackElevations</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackItem</name>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>%1 of %2 U</source>
        <translation>%1 / %2 U</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
</context>
<context>
    <name>RackLayoutView</name>
    <message>
        <source>The hall is empty. Drag a rack type from the Catalog here, or add a row and a rack from the Layout menu.</source>
        <translation>ホールは空です。カタログからラックの種類をここへドラッグするか、「レイアウト」メニューから列とラックを追加してください。</translation>
    </message>
</context>
<context>
    <name>RackPlacementModel</name>
    <message>
        <source>U%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <source>U%1–U%2</source>
        <translation>U%1–U%2</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2, %n drive(s)</source>
        <translation>
            <numerusform>%1 × %2、ドライブ %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>面</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>標準電力</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>最大電力</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
</context>
<context>
    <name>RackPower</name>
    <message>
        <source>Single phase</source>
        <translation>単相</translation>
    </message>
    <message>
        <source>Three phase</source>
        <translation>三相</translation>
    </message>
</context>
<context>
    <name>RackPowerChartView</name>
    <message>
        <source>Power per rack</source>
        <translation>ラックごとの電力</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>その他のワークロード</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No racks in this selection.</source>
        <translation>この選択範囲にラックはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n racks summed in this bar</source>
        <translation>
            <numerusform>この棒は %n 台のラックの合計です</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total %1 of a %2 budget (%3 left)</source>
        <translation>合計 %1／予算 %2（残り %3）</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>Racks (summed in groups)</source>
        <translation>ラック（グループごとに合計）</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>ラック</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>電力 (kW)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
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
        <source>Line 1: the header has neither the columns of training runs (id, tokens_B, ...) nor those of inference runs (id, input_tokens, ...).</source>
        <translation>1 行目: ヘッダーに学習実行の列（id、tokens_B など）も推論実行の列（id、input_tokens など）もありません。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>line %1 has %2 cells where the header has %3.</source>
        <translation>%1 行目のセルは %2 個ですが、ヘッダーは %3 個です。</translation>
    </message>
</context>
<context>
    <name>RowHeaderItem</name>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n 台のラック</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n 台のラックが上限超過</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Write the sample project (two training racks, an inference rack, a storage and network rack) to a file.</source>
        <translation>サンプルプロジェクト（学習用ラック 2 台、推論用ラック 1 台、ストレージとネットワークのラック 1 台）をファイルに書き出します。</translation>
    </message>
    <message>
        <source>Overwrite &lt;file&gt; if it exists.</source>
        <translation>&lt;ファイル&gt; が存在する場合は上書きします。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The project file to write (.headroom).</source>
        <translation>書き出すプロジェクトファイル（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>Give exactly one file to write, for example: headroom sample hall.headroom</source>
        <translation>書き出すファイルを 1 つだけ指定してください。例: headroom sample hall.headroom</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to overwrite it.</source>
        <translation>%1 は既に存在します。上書きするには --force を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample project to %1 (%n rack(s)).</source>
        <translation>
            <numerusform>サンプルプロジェクトを %1 に書き出しました（ラック %n 台）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>Row A</source>
        <translation>A 列</translation>
    </message>
    <message>
        <source>Row B</source>
        <translation>B 列</translation>
    </message>
    <message>
        <source>Training 1</source>
        <translation>学習 1</translation>
    </message>
    <message>
        <source>Training 2</source>
        <translation>学習 2</translation>
    </message>
    <message>
        <source>Inference 1</source>
        <translation>推論 1</translation>
    </message>
    <message>
        <source>Storage and network</source>
        <translation>ストレージとネットワーク</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 70B on 20B tokens in 7 days</source>
        <translation>Llama 3.1 70B を 200 億トークンで 7 日以内にファインチューニング</translation>
    </message>
    <message>
        <source>Chat on Llama 3.1 8B at 40 req/s, TTFT ≤ 500 ms</source>
        <translation>Llama 3.1 8B のチャット、40 リクエスト/秒、TTFT ≤ 500 ms</translation>
    </message>
    <message>
        <source>Example AI Lab</source>
        <translation>サンプル AI ラボ</translation>
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
        <source>Run &apos;headroom %1 --help&apos; for its options.</source>
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
    <name>TrainingTimeChartView</name>
    <message>
        <source>Training time vs GPUs</source>
        <translation>GPU 数と学習時間</translation>
    </message>
    <message>
        <source>No training job here. Select one in the Workloads dock or a server that runs one to see its time against GPU count.</source>
        <translation>ここに学習ジョブはありません。ワークロードパネルで選ぶか、学習ジョブを実行しているサーバーを選ぶと、GPU 数に対する時間を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>GPU %n 枚: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限: %1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n GPU(s): %1 (%2 to %3)</source>
        <translation>
            <numerusform>割り当て GPU %n 枚: %1（%2～%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n GPU(s) at the fewest</source>
        <translation>
            <numerusform>最少 GPU %n 枚で収まります</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Time to train (days)</source>
        <translation>学習時間（日）</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>推定時間</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>%1 days</source>
        <extracomment>Duration in days with up to three significant digits, e.g. &quot;14.8 days&quot;</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1U</source>
        <extracomment>Height in rack units (1U = 44.45 mm), e.g. &quot;6U&quot;</extracomment>
        <translation>%1U</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>Could not create the folder &apos;%1&apos; for the catalog.</source>
        <translation>カタログ用のフォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: %2</source>
        <translation>カタログ「%1」を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: the file could not be put in place.</source>
        <translation>カタログ「%1」を作成できませんでした: ファイルを所定の場所に置けませんでした。</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>カタログが開かれていません。</translation>
    </message>
    <message>
        <source>The catalog was not reset because no backup could be made: %1</source>
        <translation>バックアップを作成できなかったため、カタログはリセットしていません: %1</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Compare estimates with published (or your own measured) training and inference runs.</source>
        <translation>見積もりを、公表済み（または自分で測定した）学習・推論の実行結果と比較します。</translation>
    </message>
    <message>
        <source>FILE.csv has the columns of Headroom&apos;s reference runs. Training runs: id, model, params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, reported_gpu_hours, reported_throughput. Inference runs: id, model, params_B, precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. gpu_type is looked up in the catalog; other columns are ignored.

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
        <source>Could not read &apos;%1&apos;: %2</source>
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
<context>
    <name>Workload</name>
    <message>
        <source>A workload needs a name.</source>
        <translation>ワークロードには名前が必要です。</translation>
    </message>
    <message>
        <source>The model&apos;s shape is incomplete: %1</source>
        <translation>モデルの形状が不完全です: %1</translation>
    </message>
    <message>
        <source>Training runs in fp32, tf32, bf16, fp16 or fp8, not %1.</source>
        <translation>学習は fp32、tf32、bf16、fp16、fp8 のいずれかで行います（%1 ではありません）。</translation>
    </message>
    <message>
        <source>The number of training tokens must be more than zero.</source>
        <translation>学習トークン数は 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>The deadline must be more than zero.</source>
        <translation>期限は 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>Tensor parallelism is automatic (0) or a power of two, not %1.</source>
        <translation>テンソル並列度は自動（0）か 2 のべき乗です（%1 ではありません）。</translation>
    </message>
    <message>
        <source>Pipeline parallelism is automatic (0) or 1 to %1 stages (one per layer), not %2.</source>
        <translation>パイプライン並列度は自動（0）か 1〜%1 段（1 層につき 1 段）です（%2 ではありません）。</translation>
    </message>
    <message>
        <source>The ZeRO/FSDP stage is automatic or 0, 1, 2 or 3, not %1.</source>
        <translation>ZeRO/FSDP ステージは自動か 0、1、2、3 です（%1 ではありません）。</translation>
    </message>
    <message>
        <source>The dataset size cannot be negative.</source>
        <translation>データセットのサイズは負の値にできません。</translation>
    </message>
    <message>
        <source>The global batch cannot be negative.</source>
        <translation>グローバルバッチは負の値にできません。</translation>
    </message>
    <message>
        <source>The global batch (%1 tokens) is larger than the whole run (%2 tokens).</source>
        <translation>グローバルバッチ（%1 トークン）が学習全体（%2 トークン）より大きくなっています。</translation>
    </message>
    <message>
        <source>The checkpoint interval cannot be negative.</source>
        <translation>チェックポイントの間隔は負の値にできません。</translation>
    </message>
    <message>
        <source>The number of checkpoints kept cannot be negative.</source>
        <translation>保持するチェックポイントの数は負の値にできません。</translation>
    </message>
    <message>
        <source>The checkpoint stall budget is a share of the interval, more than 0 % and at most 100 %.</source>
        <translation>チェックポイントの停止許容量は間隔に対する割合で、0% より大きく 100% 以下です。</translation>
    </message>
    <message>
        <source>The request rate must be more than zero.</source>
        <translation>リクエストレートは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>A request has at least one input token.</source>
        <translation>リクエストには入力トークンが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>A request has at least one output token.</source>
        <translation>リクエストには出力トークンが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>%1 input and output tokens exceed the %2-token context of %3.</source>
        <translation>入力と出力の %1 トークンが %3 のコンテキスト（%2 トークン）を超えています。</translation>
    </message>
    <message>
        <source>The time to first token target cannot be negative.</source>
        <translation>最初のトークンまでの時間の目標は負の値にできません。</translation>
    </message>
    <message>
        <source>The time per output token target cannot be negative.</source>
        <translation>出力トークンあたりの時間の目標は負の値にできません。</translation>
    </message>
    <message>
        <source>%1, %2 tokens in %3</source>
        <extracomment>A training job in a list: model, tokens, deadline, e.g. &quot;Llama 2 70B, 2T tokens in 30 days&quot;</extracomment>
        <translation>%1、%3 で %2 トークン</translation>
    </message>
    <message>
        <source>%1, %2 req/s</source>
        <extracomment>An inference service in a list: model and request rate, e.g. &quot;Llama 3.1 70B, 50 req/s&quot;</extracomment>
        <translation>%1、%2 リクエスト/秒</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>学習ジョブ</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推論サービス</translation>
    </message>
</context>
<context>
    <name>WorkloadAssignmentActions</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%2 から %1 を外す</translation>
    </message>
    <message>
        <source>Remove all workloads from the selection</source>
        <translation>選択範囲からすべてのワークロードを外す</translation>
    </message>
    <message>
        <source>Take every workload off the selected servers, racks or rows</source>
        <translation>選択したサーバー、ラック、列からすべてのワークロードを外します</translation>
    </message>
    <message>
        <source>No workloads run on the selection.</source>
        <translation>選択範囲で実行中のワークロードはありません。</translation>
    </message>
</context>
<context>
    <name>WorkloadDrag</name>
    <message>
        <source>This workload is not in the project.</source>
        <translation>このワークロードはプロジェクトにありません。</translation>
    </message>
    <message>
        <source>Drop onto a server, a rack or a row.</source>
        <translation>サーバー、ラック、列のいずれかにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>%1 を %2 へ移動: GPU %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>%1 を %2 に割り当て: GPU %n 枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>There is no workload template &apos;%1&apos;.</source>
        <translation>ワークロードのテンプレート &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>このワークロードはもう存在しません。</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo text: &quot;Change Deadline of Pre-train a 70B model&quot;</extracomment>
        <translation>%2 の%1を変更</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n workload(s)</source>
        <translation>
            <numerusform>ワークロード %n 件を複製</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n workload(s)</source>
        <translation>
            <numerusform>ワークロード %n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <extracomment>Undo text: &quot;Assign Chat service to Inference 1&quot;</extracomment>
        <translation>%1 を %2 に割り当て</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 を %2 へ移動</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>%2 への %1 の割り当てを解除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n assignment(s)</source>
        <translation>
            <numerusform>割り当て %n 件を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadFields</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>学習トークン数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>テンソル並列</translation>
    </message>
    <message>
        <source>Pipeline parallelism</source>
        <translation>パイプライン並列</translation>
    </message>
    <message>
        <source>ZeRO/FSDP stage</source>
        <translation>ZeRO/FSDP ステージ</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>データセットのサイズ</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>グローバルバッチ</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>チェックポイントの間隔</translation>
    </message>
    <message>
        <source>Checkpoints kept</source>
        <translation>保持するチェックポイント</translation>
    </message>
    <message>
        <source>Checkpoint stall budget</source>
        <translation>チェックポイントの停止許容量</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>リクエストレート</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>入力トークン数</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>出力トークン数</translation>
    </message>
    <message>
        <source>Time to first token target</source>
        <translation>最初のトークンまでの時間の目標</translation>
    </message>
    <message>
        <source>Time per output token target</source>
        <translation>出力トークンあたりの時間の目標</translation>
    </message>
    <message>
        <source>N+1 redundancy</source>
        <translation>N+1 冗長</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>0 (plain data parallel)</source>
        <translation>0（単純なデータ並列）</translation>
    </message>
    <message>
        <source>1 (optimizer states)</source>
        <translation>1（オプティマイザ状態）</translation>
    </message>
    <message>
        <source>2 (and gradients)</source>
        <translation>2（と勾配）</translation>
    </message>
    <message>
        <source>3 (FSDP: and weights)</source>
        <translation>3（FSDP: と重み）</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>学習ジョブ</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推論サービス</translation>
    </message>
    <message>
        <source> billion tokens</source>
        <extracomment>Units after numbers in the workload form; the leading space separates them</extracomment>
        <translation> 十億トークン</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>From the tokens</source>
        <translation>トークン数から</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Planning default (2 h)</source>
        <translation>計画の既定値（2 時間）</translation>
    </message>
    <message>
        <source>Planning default (5)</source>
        <translation>計画の既定値（5）</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> リクエスト/秒</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>N+1: one spare server, so one can fail</source>
        <translation>N+1: 予備サーバー 1 台で 1 台の故障に耐える</translation>
    </message>
    <message>
        <source>Select a workload to edit it, or create one from a template.</source>
        <translation>編集するワークロードを選ぶか、テンプレートから作成してください。</translation>
    </message>
</context>
<context>
    <name>WorkloadItemDelegate</name>
    <message>
        <source>T</source>
        <extracomment>One-letter marks for a workload&apos;s kind in the Workloads list: Training, Inference</extracomment>
        <translation>学</translation>
    </message>
    <message>
        <source>I</source>
        <translation>推</translation>
    </message>
</context>
<context>
    <name>WorkloadJson</name>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 は true か false でなければなりません（%2 ではなく）。</translation>
    </message>
    <message>
        <source>%1 must be a list of names, not %2.</source>
        <translation>%1 は名前のリストでなければなりません（%2 ではなく）。</translation>
    </message>
    <message>
        <source>kind must be &quot;training&quot; or &quot;inference&quot;, not &quot;%1&quot;.</source>
        <translation>kind は &quot;training&quot; か &quot;inference&quot; でなければなりません（&quot;%1&quot; ではなく）。</translation>
    </message>
    <message>
        <source>model must be an object, not %1.</source>
        <translation>model はオブジェクトでなければなりません（%1 ではなく）。</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 はオブジェクトでなければなりません（%2 ではなく）。</translation>
    </message>
    <message>
        <source>training.zero_stage must be &quot;auto&quot;, 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage は &quot;auto&quot;、0、1、2、3 のいずれかでなければなりません（%1 ではなく）。</translation>
    </message>
</context>
<context>
    <name>WorkloadListModel</name>
    <message>
        <source>Not assigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A workload&apos;s latency: &quot;3.91 days of 7 days&quot;, &quot;32.8 ms of 50 ms&quot;</extracomment>
        <translation>%2 のうち %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time or latency</source>
        <translation>時間またはレイテンシ</translation>
    </message>
</context>
<context>
    <name>WorkloadResult</name>
    <message>
        <source>Sized on the weakest of its accelerators, %1.</source>
        <translation>最も弱いアクセラレータ %1 を基準に見積もっています。</translation>
    </message>
</context>
<context>
    <name>WorkloadSummary</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of two durations, e.g. &quot;2.9 days – 3.6 days&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPUs a workload runs on, e.g. &quot;64 × NVIDIA H100 SXM&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>On time, %1 to spare</source>
        <translation>期限内、余裕 %1</translation>
    </message>
    <message>
        <source>On time, under %1 to spare</source>
        <translation>期限内、余裕 %1 未満</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>%1 遅れ</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1、目標なし</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1、目標 %2</translation>
    </message>
    <message>
        <source>more than any GPU count gives</source>
        <translation>どの GPU 数でも足りない</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 超過</translation>
    </message>
    <message>
        <source>%1, tight</source>
        <translation>%1、逼迫</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>学習ジョブ</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time to train</source>
        <translation>学習時間</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推論サービス</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Within targets</source>
        <translation>目標内</translation>
    </message>
    <message>
        <source>TTFT at load</source>
        <translation>負荷時の TTFT</translation>
    </message>
    <message>
        <source>TPOT at load</source>
        <translation>負荷時の TPOT</translation>
    </message>
    <message>
        <source>%1 cannot be estimated on its %2: %3</source>
        <translation>%1 は割り当てられた %2 では見積もれません：%3</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <source>The workloads on this hardware</source>
        <translation>このハードウェア上のワークロード</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) are part of the project. Each is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</source>
        <translation>
            <numerusform>プロジェクトには %n 件のワークロードがあります。それぞれ割り当てられた GPU で見積もられ、範囲は前提条件の較正された上下限の中で数値がどれだけ動くかを示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load is the request rate a service is asked for; within targets is the most its GPUs serve while the first token (TTFT) and each further token (TPOT) arrive within their targets. Latencies are at the load, with their ranges.</source>
        <translation>負荷はサービスに求められるリクエストレートです。目標内は、最初のトークン（TTFT）と以降の各トークン（TPOT）が目標内に届く範囲で GPU が処理できる最大値です。レイテンシはその負荷でのもので、範囲を併記します。</translation>
    </message>
    <message>
        <source>Not yet placed on any server, so not estimated: %1.</source>
        <translation>まだどのサーバーにも配置されていないため見積もっていません：%1。</translation>
    </message>
    <message>
        <source>Headroom left in the hall</source>
        <translation>ホールに残るヘッドルーム</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>次元</translation>
    </message>
    <message>
        <source>Training: demand of capacity</source>
        <translation>学習：需要 / 容量</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Inference: demand of capacity</source>
        <translation>推論：需要 / 容量</translation>
    </message>
    <message>
        <source>Left is what remains as a share of what there is; tight means under %1. Compute is GPU time at the dense BF16 peak; memory is accelerator memory; the network is the fabric for training&apos;s gradient exchange and the front end for inference; power is the racks&apos; budget; latency is the tightest workload&apos;s time to train against its deadline, or its TTFT or TPOT against the target.</source>
        <translation>残りは、存在する量に対して残っている割合です。逼迫は %1 未満を意味します。計算は密な BF16 ピークでの GPU 時間、メモリはアクセラレータのメモリ、ネットワークは学習では勾配交換用のファブリック、推論ではフロントエンド、電力はラックの予算、レイテンシは最も厳しいワークロードの期限に対する学習時間、または目標に対する TTFT や TPOT です。</translation>
    </message>
    <message>
        <source>Each workload is estimated on the GPUs it is assigned to by the same capacity engine: training time from the model&apos;s FLOPs per token and a calibrated model FLOPs utilisation, inference latency from the prefill and decode rooflines with continuous batching. Demand is shared out over the workload&apos;s servers and set against each server&apos;s, rack&apos;s and the hall&apos;s capacity.</source>
        <translation>各ワークロードは、割り当てられた GPU 上で同じキャパシティエンジンにより見積もられます：学習時間はモデルのトークンあたり FLOPs と較正されたモデル FLOPs 利用率から、推論レイテンシは連続バッチ処理でのプリフィルとデコードのルーフラインから求めます。需要はワークロードのサーバーに配分され、各サーバー、各ラック、ホール全体の容量と比較されます。</translation>
    </message>
</context>
<context>
    <name>WorkloadTemplates</name>
    <message>
        <source>Pre-train a 70B model on 2T tokens in 30 days</source>
        <translation>70B モデルを 2 兆トークンで 30 日以内に事前学習</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2): the 70B model saw 2T tokens</source>
        <translation>Touvron ら 2023（Llama 2）: 70B モデルは 2 兆トークンで学習</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 8B on 10B tokens in 2 days</source>
        <translation>Llama 3.1 8B を 100 億トークンで 2 日以内にファインチューニング</translation>
    </message>
    <message>
        <source>A continued-training run of a few billion domain tokens</source>
        <translation>数十億トークンの分野データによる継続学習</translation>
    </message>
    <message>
        <source>Fine-tune Mixtral 8x7B on 50B tokens in 7 days</source>
        <translation>Mixtral 8x7B を 500 億トークンで 7 日以内にファインチューニング</translation>
    </message>
    <message>
        <source>A mixture-of-experts model: all 47B parameters held, 13B active</source>
        <translation>混合エキスパートモデル: 470 億パラメータをすべて保持し、130 億が有効</translation>
    </message>
    <message>
        <source>Pre-train Llama 3.1 405B on 15.6T tokens in 90 days</source>
        <translation>Llama 3.1 405B を 15.6 兆トークンで 90 日以内に事前学習</translation>
    </message>
    <message>
        <source>Llama 3 Herd paper §3: 405B trained on 15.6T tokens on up to 16,384 H100</source>
        <translation>Llama 3 Herd 論文 §3: 405B は最大 16,384 基の H100 で 15.6 兆トークン学習</translation>
    </message>
    <message>
        <source>Chat service for Llama 3.1 70B at 50 req/s, TTFT ≤ 1 s</source>
        <translation>Llama 3.1 70B のチャットサービス、50 リクエスト/秒、TTFT ≤ 1 s</translation>
    </message>
    <message>
        <source>The issue&apos;s example; 40 ms per token is MLPerf Inference v5.0&apos;s interactive limit</source>
        <translation>課題の例。トークンあたり 40 ms は MLPerf Inference v5.0 の対話型シナリオの上限</translation>
    </message>
    <message>
        <source>Code completion on Llama 3.1 8B at 200 req/s, TTFT ≤ 300 ms</source>
        <translation>Llama 3.1 8B のコード補完、200 リクエスト/秒、TTFT ≤ 300 ms</translation>
    </message>
    <message>
        <source>Editor completions: long context, short answers, tight first-token latency</source>
        <translation>エディタでの補完: 長いコンテキスト、短い回答、厳しい最初のトークンまでのレイテンシ</translation>
    </message>
    <message>
        <source>Document Q&amp;A on Llama 3.1 70B: 8k-token prompts at 10 req/s</source>
        <translation>Llama 3.1 70B の文書 Q&amp;A: 8k トークンのプロンプト、10 リクエスト/秒</translation>
    </message>
    <message>
        <source>Retrieval-augmented answers: prefill-heavy requests</source>
        <translation>検索拡張による回答: プリフィルの重いリクエスト</translation>
    </message>
    <message>
        <source>Serve Llama 3.1 405B at fp8, 5 req/s</source>
        <translation>Llama 3.1 405B を fp8 で提供、5 リクエスト/秒</translation>
    </message>
    <message>
        <source>MLPerf Inference v5.0 server latency limits for Llama 3.1 405B</source>
        <translation>MLPerf Inference v5.0 の Llama 3.1 405B サーバーシナリオのレイテンシ上限</translation>
    </message>
</context>
<context>
    <name>WorkloadsPane</name>
    <message>
        <source>New from template</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <source>Create a training job or an inference service from a template</source>
        <translation>テンプレートから学習ジョブか推論サービスを作成します</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected workloads (%1)</source>
        <translation>選択したワークロードを複製（%1）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected workloads and their assignments (%1)</source>
        <translation>選択したワークロードとその割り当てを削除（%1）</translation>
    </message>
    <message>
        <source>Drag a workload onto a server, a rack or a row to assign it.</source>
        <translation>ワークロードをサーバー、ラック、列にドラッグすると割り当てられます。</translation>
    </message>
</context>
</TS>
