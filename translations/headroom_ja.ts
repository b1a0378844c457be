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
            <source>Run 'headroom catalog --help' for its options.</source>
            <translation>オプションは 'headroom catalog --help' で確認できます。</translation>
        </message>
        <message>
            <source>Name an action: list, import or export.</source>
            <translation>操作を指定してください: list、import、export のいずれか。</translation>
        </message>
        <message>
            <source>Unknown action '%1': use list, import or export.</source>
            <translation>不明な操作「%1」: list、import、export のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>'%1' needs exactly one file.</source>
            <translation>「%1」にはファイルを 1 つだけ指定してください。</translation>
        </message>
        <message>
            <source>'list' takes no file.</source>
            <translation>「list」にファイルは指定できません。</translation>
        </message>
        <message>
            <source>--kind and --json go with 'list'.</source>
            <translation>--kind と --json は「list」と一緒に使います。</translation>
        </message>
        <message>
            <source>--dry-run goes with 'import'.</source>
            <translation>--dry-run は「import」と一緒に使います。</translation>
        </message>
        <message>
            <source>Unknown kind '%1': use one of %2.</source>
            <translation>不明な種類「%1」: 次のいずれかを使ってください: %2。</translation>
        </message>
        <message>
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>「%1」の形式を判別できません。.csv または .json という名前にしてください。</translation>
        </message>
        <message>
            <source>Created the catalog '%1' from the built-in data.</source>
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
        <message>
            <source>Backing up</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>Could not copy the catalog to '%1': %2</source>
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
        <name>CatalogEdits</name>
        <message>
            <source>'%1' is already in the catalog</source>
            <translation>「%1」はすでにカタログにあります</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 を追加</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
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
            <source>'%1' left the catalog since the preview; preview again</source>
            <translation>プレビュー後に「%1」がカタログから消えました。もう一度プレビューしてください</translation>
        </message>
        <message>
            <source>'%1' joined the catalog since the preview; preview again</source>
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
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>「%1」の形式を判別できません。.csv または .json という名前にしてください。</translation>
        </message>
        <message>
            <source>Could not write '%1': %2</source>
            <translation>「%1」に書き込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>CatalogFieldParser</name>
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
            <source>'%1' is not an item id</source>
            <translation>「%1」は項目 ID ではありません</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>「%1」は USD のような 3 文字の通貨コードではありません</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
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
            <source>duplicate id '%1': row %2 has it already</source>
            <translation>ID「%1」が重複しています: %2 行目にすでにあります</translation>
        </message>
        <message>
            <source>'%1' is neither a .csv nor a .json file.</source>
            <translation>「%1」は .csv ファイルでも .json ファイルでもありません。</translation>
        </message>
        <message>
            <source>Could not read '%1': %2</source>
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
            <extracomment>An accepted import row: "row 2: add acme-r1"</extracomment>
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
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An accepted import row and the item's name: "row 2: add acme-r1 (Acme R1)"</extracomment>
            <translation>%1（%2）</translation>
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
            <source>ids separated by ';'</source>
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
        <name>CatalogJson</name>
        <message>
            <source>The file is not valid JSON: %1 on line %2.</source>
            <translation>ファイルは有効な JSON ではありません: %2 行目で %1。</translation>
        </message>
        <message>
            <source>The file is a '%1' file, not a Headroom catalog.</source>
            <translation>このファイルは「%1」ファイルで、Headroom のカタログではありません。</translation>
        </message>
        <message>
            <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
            <translation>このファイルは新しい Headroom で書き込まれています（形式バージョン %1。このバージョンが読めるのは %2 まで）。</translation>
        </message>
        <message>
            <source>The file has no "items" list.</source>
            <translation>ファイルに "items" リストがありません。</translation>
        </message>
        <message>
            <source>is not an object of catalog fields</source>
            <translation>カタログ項目のオブジェクトではありません</translation>
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
        <name>CatalogSummary</name>
        <message>
            <source>%1 %2</source>
            <extracomment>One spec in a list: "Memory 80 GB"</extracomment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>CatalogTableModel</name>
        <message>
            <source>%1 × %2</source>
            <extracomment>Network ports: count and speed, e.g. "64 × 400 Gb/s"</extracomment>
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
            <extracomment>A tree node with its number of items, e.g. "GPU server (20)"</extracomment>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>CatalogValidator</name>
        <message>
            <source>there is no accelerator '%1' in the catalog</source>
            <translation>カタログにアクセラレーター「%1」はありません</translation>
        </message>
        <message>
            <source>'%1' is of kind '%2', not an accelerator</source>
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
        <message>
            <source>Created your catalog from the built-in data.</source>
            <translation>組み込みデータからあなたのカタログを作成しました。</translation>
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
        <message>
            <source>%1U</source>
            <extracomment>Height in rack units (1U = 44.45 mm), e.g. "6U"</extracomment>
            <translation>%1U</translation>
        </message>
    </context>
    <context>
        <name>UserCatalog</name>
        <message>
            <source>Could not create the folder '%1' for the catalog.</source>
            <translation>カタログ用のフォルダー「%1」を作成できませんでした。</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': %2</source>
            <translation>カタログ「%1」を作成できませんでした: %2</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': the file could not be put in place.</source>
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
</TS>
