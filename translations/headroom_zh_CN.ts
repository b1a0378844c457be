<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BenchCommand</name>
        <message>
            <source>Measure how fast Headroom is (medians over repeated runs).</source>
            <translation>测量 Headroom 的速度（多次运行的中位数）。</translation>
        </message>
        <message>
            <source>Repeat each measurement &lt;n&gt; times.</source>
            <translation>每项测量重复 &lt;n&gt; 次。</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>Write JSON to stdout.</source>
            <translation>将 JSON 写到标准输出。</translation>
        </message>
        <message>
            <source>List the benchmarks.</source>
            <translation>列出所有基准测试。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Benchmarks to run (default: all).</source>
            <translation>要运行的基准测试（默认：全部）。</translation>
        </message>
        <message>
            <source>[name...]</source>
            <translation>[名称...]</translation>
        </message>
        <message>
            <source>--runs needs a whole number of at least 1, not '%1'.</source>
            <translation>--runs 需要不小于 1 的整数，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown benchmark '%1'. Run 'headroom bench --list'.</source>
            <translation>未知的基准测试“%1”。请运行“headroom bench --list”。</translation>
        </message>
    </context>
    <context>
        <name>CatalogBenchmark</name>
        <message>
            <source>Opens a generated 100,000-item catalog and types searches into its table.</source>
            <translation>打开一个生成的 100,000 条目目录，并在其表格中输入搜索。</translation>
        </message>
    </context>
    <context>
        <name>CatalogBrowser</name>
        <message>
            <source>Add item…</source>
            <translation>添加条目…</translation>
        </message>
        <message>
            <source>Add an item to the catalog</source>
            <translation>向目录添加一个条目</translation>
        </message>
        <message>
            <source>Edit item…</source>
            <translation>编辑条目…</translation>
        </message>
        <message>
            <source>Edit the selected item</source>
            <translation>编辑所选条目</translation>
        </message>
        <message>
            <source>Duplicate item</source>
            <translation>复制条目</translation>
        </message>
        <message>
            <source>Copy the selected item as a new one</source>
            <translation>将所选条目复制为新条目</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>删除条目</translation>
        </message>
        <message>
            <source>Delete the selected items</source>
            <translation>删除所选条目</translation>
        </message>
        <message>
            <source>Undo catalog edit</source>
            <translation>撤销目录编辑</translation>
        </message>
        <message>
            <source>Redo catalog edit</source>
            <translation>重做目录编辑</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Add or update items from a CSV or JSON file</source>
            <translation>从 CSV 或 JSON 文件添加或更新条目</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Write the whole catalog to a CSV or JSON file</source>
            <translation>将整个目录写入 CSV 或 JSON 文件</translation>
        </message>
        <message>
            <source>Reset to defaults…</source>
            <translation>恢复默认…</translation>
        </message>
        <message>
            <source>Replace the catalog with the built-in one, keeping a backup</source>
            <translation>用内置目录替换当前目录，并保留备份</translation>
        </message>
        <message>
            <source>Search names, vendors and specs</source>
            <translation>搜索名称、厂商和规格</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>功率</translation>
        </message>
        <message>
            <source>from any</source>
            <translation>不限下限</translation>
        </message>
        <message>
            <source>to any</source>
            <translation>不限上限</translation>
        </message>
        <message>
            <source>Only items that draw at least this much</source>
            <translation>仅显示功耗至少为此值的条目</translation>
        </message>
        <message>
            <source>Only items that draw at most this much</source>
            <translation>仅显示功耗至多为此值的条目</translation>
        </message>
        <message>
            <source>Any accelerator</source>
            <translation>任意加速器</translation>
        </message>
        <message>
            <source>Opening the catalog…</source>
            <translation>正在打开目录…</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>撤销%1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>重做%1</translation>
        </message>
        <message>
            <source>The catalog could not be opened.

%1</source>
            <translation>无法打开目录。

%1</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 个条目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n item(s)</source>
            <translation>
                <numerusform>%1 / %n 个条目</numerusform>
            </translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>已添加 %1。</translation>
        </message>
        <message>
            <source>Delete items</source>
            <translation>删除条目</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>删除 %n 个条目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n item(s). Undo brings them back.</source>
            <translation>
                <numerusform>已删除 %n 个条目。撤销可将其恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import catalog items</source>
            <translation>导入目录条目</translation>
        </message>
        <message>
            <source>Catalog files (*.csv *.json)</source>
            <translation>目录文件 (*.csv *.json)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>已导入 %1。</translation>
        </message>
        <message>
            <source>Export the catalog</source>
            <translation>导出目录</translation>
        </message>
        <message>
            <source>CSV (*.csv);;JSON (*.json)</source>
            <translation>CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n item(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 个条目导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reset the catalog</source>
            <translation>重置目录</translation>
        </message>
        <message>
            <source>Replace the whole catalog with the built-in one? Your own items and changes go, and this cannot be undone here; a backup copy of the catalog as it is now is kept next to it.</source>
            <translation>要用内置目录替换整个目录吗？您自己的条目和更改将被清除，且此处无法撤销；当前目录的备份副本会保存在其旁边。</translation>
        </message>
        <message>
            <source>The catalog was reset to the built-in one.</source>
            <translation>目录已重置为内置目录。</translation>
        </message>
        <message>
            <source>The catalog was reset to the built-in one; the old one is in %1.</source>
            <translation>目录已重置为内置目录；旧目录保存在 %1。</translation>
        </message>
    </context>
    <context>
        <name>CatalogCommand</name>
        <message>
            <source>List, import and export the hardware catalog.</source>
            <translation>列出、导入和导出硬件目录。</translation>
        </message>
        <message>
            <source>list: only items of &lt;kind&gt; (%1).</source>
            <translation>list：只列出类型为 &lt;kind&gt; 的条目（%1）。</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>list: write JSON to stdout, in the format export writes (every field of every item, keyed by column name, SI units).</source>
            <translation>list：以 export 所写的格式向标准输出写入 JSON（每个条目的每个字段，以列名为键，采用 SI 单位）。</translation>
        </message>
        <message>
            <source>import: check the file and show what it would add, replace or reject, without changing the catalog.</source>
            <translation>import：检查文件并显示将添加、替换或拒绝的内容，但不更改目录。</translation>
        </message>
        <message>
            <source>Use the catalog database at &lt;path&gt; instead of your own.</source>
            <translation>使用 &lt;path&gt; 处的目录数据库，而不是您自己的目录。</translation>
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
            <translation>list：列出每个条目及其 ID、类型、厂商、型号和关键规格。
import FILE：添加 .csv 或 .json 文件中的条目，并替换 ID 相同的条目，要么全部成功，要么全部不做。每个被拒绝的行都会在 stderr 中报告其行号、列和原因，退出码为 1。
export FILE：按扩展名将整个目录写入 FILE（CSV 或 JSON）；再次导入可得到相同的目录。</translation>
        </message>
        <message>
            <source>list | import FILE | export FILE</source>
            <translation>list | import FILE | export FILE</translation>
        </message>
        <message>
            <source>Run 'headroom catalog --help' for its options.</source>
            <translation>运行 'headroom catalog --help' 查看其选项。</translation>
        </message>
        <message>
            <source>Name an action: list, import or export.</source>
            <translation>请指定操作：list、import 或 export。</translation>
        </message>
        <message>
            <source>Unknown action '%1': use list, import or export.</source>
            <translation>未知操作“%1”：请使用 list、import 或 export。</translation>
        </message>
        <message>
            <source>'%1' needs exactly one file.</source>
            <translation>“%1”需要且只需要一个文件。</translation>
        </message>
        <message>
            <source>'list' takes no file.</source>
            <translation>“list”不接受文件。</translation>
        </message>
        <message>
            <source>--kind and --json go with 'list'.</source>
            <translation>--kind 和 --json 只能与“list”一起使用。</translation>
        </message>
        <message>
            <source>--dry-run goes with 'import'.</source>
            <translation>--dry-run 只能与“import”一起使用。</translation>
        </message>
        <message>
            <source>Unknown kind '%1': use one of %2.</source>
            <translation>未知类型“%1”：请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>无法判断“%1”的格式：请将其命名为 .csv 或 .json。</translation>
        </message>
        <message>
            <source>Created the catalog '%1' from the built-in data.</source>
            <translation>已根据内置数据创建目录“%1”。</translation>
        </message>
        <message>
            <source>[unverified] %1</source>
            <translation>[未核实] %1</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found.</source>
            <translation>
                <numerusform>未导入任何内容：发现 %n 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 new, %2 replaced, %3 unchanged</source>
            <translation>新增 %1，替换 %2，不变 %3</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: %n item(s) would be imported (%1); the catalog was not changed.</source>
            <translation>
                <numerusform>试运行：将导入 %n 个条目（%1）；目录未被更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) (%1) into %2.</source>
            <translation>
                <numerusform>已将 %n 个条目（%1）导入 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n item(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 个条目导出到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogCsv</name>
        <message>
            <source>The file is empty: it needs a header row of column names.</source>
            <translation>文件为空：需要一行由列名组成的表头。</translation>
        </message>
        <message>
            <source>a column has no name</source>
            <translation>有一列没有名称</translation>
        </message>
        <message>
            <source>is not a catalog column</source>
            <translation>不是目录列</translation>
        </message>
        <message>
            <source>appears twice</source>
            <translation>出现了两次</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>缺少必需的列</translation>
        </message>
        <message>
            <source>has %1 cells but the header has %2 columns</source>
            <translation>有 %1 个单元格，但表头有 %2 列</translation>
        </message>
    </context>
    <context>
        <name>CatalogDatabase</name>
        <message>
            <source>Could not open the catalog '%1': %2</source>
            <translation>无法打开目录“%1”：%2</translation>
        </message>
        <message>
            <source>%1: no catalog is open.</source>
            <translation>%1：没有打开的目录。</translation>
        </message>
        <message>
            <source>%1 failed; the catalog was not changed: %2</source>
            <translation>%1失败；目录未被更改：%2</translation>
        </message>
        <message>
            <source>Adding '%1'</source>
            <translation>添加“%1”</translation>
        </message>
        <message>
            <source>Changing '%1'</source>
            <translation>更改“%1”</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
            <translation>不存在条目“%1”</translation>
        </message>
        <message>
            <source>Deleting '%1'</source>
            <translation>删除“%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n server(s) list it as an accelerator option (%1); remove it there first</source>
            <translation>
                <numerusform>有 %n 台服务器将其列为加速器选项（%1）；请先从那里移除</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n item(s)</source>
            <translation>
                <numerusform>导入 %n 个条目</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling the catalog</source>
            <translation>填充目录</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Could not copy the catalog to '%1': %2</source>
            <translation>无法将目录复制到“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>CatalogDetailPane</name>
        <message>
            <source>No item selected</source>
            <translation>未选择条目</translation>
        </message>
        <message>
            <source>Pick an item in the table to see every spec, its source and how far to trust it.</source>
            <translation>在表格中选择一个条目，即可查看所有规格、其来源以及可信程度。</translation>
        </message>
        <message>
            <source>Unverified: some figures of this item are estimates or placeholders. Check the source before quoting it.</source>
            <translation>未核实：此条目的部分数值为估算值或占位值。报价前请核对来源。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Where the figures come from</source>
            <translation>数据来源</translation>
        </message>
    </context>
    <context>
        <name>CatalogEdits</name>
        <message>
            <source>'%1' is already in the catalog</source>
            <translation>“%1”已在目录中</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
            <translation>不存在条目“%1”</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <extracomment>The model name of a duplicated catalog item</extracomment>
            <translation>%1（副本）</translation>
        </message>
        <message>
            <source>Duplicate %1</source>
            <translation>复制 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n server(s) list %1 as an accelerator option (%2); remove it there first</source>
            <translation>
                <numerusform>有 %n 台服务器将 %1 列为加速器选项（%2）；请先从那里移除</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
        <message>
            <source>Nothing can be imported while rows are rejected.</source>
            <translation>存在被拒绝的行时，无法导入任何内容。</translation>
        </message>
        <message>
            <source>'%1' left the catalog since the preview; preview again</source>
            <translation>自预览以来“%1”已不在目录中；请重新预览</translation>
        </message>
        <message>
            <source>'%1' joined the catalog since the preview; preview again</source>
            <translation>自预览以来“%1”已加入目录；请重新预览</translation>
        </message>
        <message numerus="yes">
            <source>Import %n item(s)</source>
            <translation>
                <numerusform>导入 %n 个条目</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogExport</name>
        <message>
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>无法判断“%1”的格式：请将其命名为 .csv 或 .json。</translation>
        </message>
        <message>
            <source>Could not write '%1': %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>CatalogFieldParser</name>
        <message>
            <source>'%1' is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>“%1”不是整数</translation>
        </message>
        <message>
            <source>'%1' is not true or false</source>
            <translation>“%1”不是 true 或 false</translation>
        </message>
        <message>
            <source>'%1' is not an item id</source>
            <translation>“%1”不是条目 ID</translation>
        </message>
        <message>
            <source>'%1' is not an amount in %2</source>
            <translation>“%1”不是以 %2 计的金额</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>“%1”不是 USD 这样的三字母货币代码</translation>
        </message>
        <message>
            <source>'%1' is not a date written as YYYY-MM-DD</source>
            <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>unknown kind '%1'</source>
            <translation>未知类型“%1”</translation>
        </message>
        <message>
            <source>unknown confidence '%1' (high, medium or low)</source>
            <translation>未知可信度“%1”（应为 high、medium 或 low）</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
            <translation>“%1”不是有效的 ID：请使用小写字母、数字、“-”、“_”和“.”</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>应为数字</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>应为 true 或 false</translation>
        </message>
        <message>
            <source>expected a list of item ids</source>
            <translation>应为条目 ID 列表</translation>
        </message>
        <message>
            <source>expected an amount such as "255740.00"</source>
            <translation>应为类似 "255740.00" 的金额</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>应为文本</translation>
        </message>
        <message>
            <source>is required with a price</source>
            <translation>有价格时必须填写</translation>
        </message>
        <message>
            <source>is set but there is no price</source>
            <translation>已填写，但没有价格</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>is not a catalog field</source>
            <translation>不是目录字段</translation>
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
            <translation>类型</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>厂商</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Height in rack units</source>
            <translation>机架单元高度</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>深度</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <source>Typical power</source>
            <translation>典型功率</translation>
        </message>
        <message>
            <source>Maximum power</source>
            <translation>最大功率</translation>
        </message>
        <message>
            <source>Power supplies</source>
            <translation>电源数量</translation>
        </message>
        <message>
            <source>Power supply rating</source>
            <translation>电源额定功率</translation>
        </message>
        <message>
            <source>Cooling</source>
            <translation>散热</translation>
        </message>
        <message>
            <source>Form factor</source>
            <translation>外形规格</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>电气规格</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>加速器</translation>
        </message>
        <message>
            <source>Accelerator options</source>
            <translation>可选加速器</translation>
        </message>
        <message>
            <source>CPU sockets</source>
            <translation>CPU 插槽</translation>
        </message>
        <message>
            <source>Maximum memory</source>
            <translation>最大内存</translation>
        </message>
        <message>
            <source>Drive bays</source>
            <translation>硬盘托架</translation>
        </message>
        <message>
            <source>Maximum raw storage</source>
            <translation>最大原始存储</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>架构代次</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>显存</translation>
        </message>
        <message>
            <source>Memory type</source>
            <translation>显存类型</translation>
        </message>
        <message>
            <source>Memory bandwidth</source>
            <translation>显存带宽</translation>
        </message>
        <message>
            <source>TDP</source>
            <translation>TDP</translation>
        </message>
        <message>
            <source>Scale-up bandwidth</source>
            <translation>纵向扩展带宽</translation>
        </message>
        <message>
            <source>Scale-up domain size</source>
            <translation>纵向扩展域大小</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Read bandwidth</source>
            <translation>读取带宽</translation>
        </message>
        <message>
            <source>Write bandwidth</source>
            <translation>写入带宽</translation>
        </message>
        <message>
            <source>Random reads</source>
            <translation>随机读取</translation>
        </message>
        <message>
            <source>Random writes</source>
            <translation>随机写入</translation>
        </message>
        <message>
            <source>Endurance</source>
            <translation>耐久度</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>端口数</translation>
        </message>
        <message>
            <source>Port speed</source>
            <translation>端口速率</translation>
        </message>
        <message>
            <source>Switching capacity</source>
            <translation>交换容量</translation>
        </message>
        <message>
            <source>Maximum load</source>
            <translation>最大承重</translation>
        </message>
        <message>
            <source>Power capacity</source>
            <translation>功率容量</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>插座数</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Price date</source>
            <translation>价格日期</translation>
        </message>
        <message>
            <source>Price is an estimate</source>
            <translation>价格为估算值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>可信度</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Dense %1 peak</source>
            <extracomment>%1 is a number format such as BF16 or FP8</extracomment>
            <translation>%1 稠密峰值</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
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
            <translation>“%1”不是条目 ID</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>“%1”不是 USD 这样的三字母货币代码</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
            <translation>“%1”不是有效的 ID：请使用小写字母、数字、“-”、“_”和“.”</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>power must not be negative</source>
            <translation>功率不能为负数</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>必须至少为 1</translation>
        </message>
        <message>
            <source>typical power is above the maximum power</source>
            <translation>典型功率高于最大功率</translation>
        </message>
        <message>
            <source>an item cannot be its own accelerator</source>
            <translation>条目不能作为自身的加速器</translation>
        </message>
        <message>
            <source>'%1' is listed twice</source>
            <translation>“%1”被列出了两次</translation>
        </message>
        <message>
            <source>says the price is not an estimate, but there is no price</source>
            <translation>表示价格不是估算值，但没有价格</translation>
        </message>
        <message>
            <source>has a date but there is no price</source>
            <translation>有日期，但没有价格</translation>
        </message>
        <message>
            <source>does not apply to the kind '%1'</source>
            <translation>不适用于类型“%1”</translation>
        </message>
    </context>
    <context>
        <name>CatalogImport</name>
        <message>
            <source>The file holds no items.</source>
            <translation>文件中没有条目。</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>缺少必需的列</translation>
        </message>
        <message>
            <source>duplicate id '%1': row %2 has it already</source>
            <translation>重复的 ID“%1”：第 %2 行已使用</translation>
        </message>
        <message>
            <source>'%1' is neither a .csv nor a .json file.</source>
            <translation>“%1”既不是 .csv 文件也不是 .json 文件。</translation>
        </message>
        <message>
            <source>Could not read '%1': %2</source>
            <translation>无法读取“%1”：%2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) were rejected.</source>
            <translation>
                <numerusform>未导入任何内容：%n 行被拒绝。</numerusform>
            </translation>
        </message>
        <message>
            <source>item %1</source>
            <translation>第 %1 项</translation>
        </message>
        <message>
            <source>row %1 (line %2)</source>
            <translation>第 %1 行（文本第 %2 行）</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1, column %2: %3</source>
            <translation>%1，列 %2：%3</translation>
        </message>
        <message>
            <source>add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>不变</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <extracomment>An accepted import row: "row 2: add acme-r1"</extracomment>
            <translation>%1：%2 %3</translation>
        </message>
    </context>
    <context>
        <name>CatalogImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>导入 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</source>
            <translation>
                <numerusform>发现 %n 个问题。在文件改正之前不会导入任何内容：导入要么全部生效，要么完全不生效。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 new, %2 replaced, %3 unchanged. Importing can be undone.</source>
            <translation>新增 %1，替换 %2，不变 %3。导入可以撤销。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
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
            <translation>GPU 服务器</translation>
        </message>
        <message>
            <source>Accelerator</source>
            <translation>加速器</translation>
        </message>
        <message>
            <source>Storage drive</source>
            <translation>存储盘</translation>
        </message>
        <message>
            <source>Storage appliance</source>
            <translation>存储设备</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>交换机</translation>
        </message>
        <message>
            <source>NIC / DPU</source>
            <translation>网卡 / DPU</translation>
        </message>
        <message>
            <source>Optic</source>
            <translation>光模块</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>机架</translation>
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
            <translation>未核实</translation>
        </message>
    </context>
    <context>
        <name>CatalogItemDialog</name>
        <message>
            <source>Add catalog item</source>
            <translation>添加目录条目</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <source>ids separated by ';'</source>
            <translation>以“;”分隔的 ID</translation>
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
                <numerusform>有 %n 个字段需要处理。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogJson</name>
        <message>
            <source>The file is not valid JSON: %1 on line %2.</source>
            <translation>文件不是有效的 JSON：第 %2 行出现 %1。</translation>
        </message>
        <message>
            <source>The file is a '%1' file, not a Headroom catalog.</source>
            <translation>该文件是“%1”文件，而不是 Headroom 目录。</translation>
        </message>
        <message>
            <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
            <translation>该文件由更新版本的 Headroom 写入（格式版本 %1；此版本最高可读取 %2）。</translation>
        </message>
        <message>
            <source>The file has no "items" list.</source>
            <translation>文件中没有 "items" 列表。</translation>
        </message>
        <message>
            <source>is not an object of catalog fields</source>
            <translation>不是由目录字段组成的对象</translation>
        </message>
    </context>
    <context>
        <name>CatalogSchema</name>
        <message>
            <source>'%1' is not a catalog database, or it is damaged: %2</source>
            <translation>“%1”不是目录数据库，或已损坏：%2</translation>
        </message>
        <message>
            <source>'%1' is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
            <translation>“%1”是 SQLite 数据库，但不是 Headroom 目录。未做任何更改。</translation>
        </message>
        <message>
            <source>'%1' was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
            <translation>“%1”由更新版本的 Headroom 写入（目录版本 %2；此版本最高可读取 %3）。未做任何更改：请更新 Headroom 后再使用。</translation>
        </message>
        <message>
            <source>Could not start updating the catalog: %1</source>
            <translation>无法开始更新目录：%1</translation>
        </message>
        <message>
            <source>Could not update the catalog '%1' to version %2; it was left as it was: %3</source>
            <translation>无法将目录“%1”更新到版本 %2；目录保持原样：%3</translation>
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
            <translation>未核实：部分数值为估算值或占位值。在报价此条目之前，请核对来源。</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>厂商</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Height</source>
            <extracomment>Column header: height in rack units</extracomment>
            <translation>高度</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>功率</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>加速器</translation>
        </message>
        <message>
            <source>Memory / capacity</source>
            <extracomment>Column header: accelerator memory or storage capacity</extracomment>
            <translation>显存 / 容量</translation>
        </message>
        <message>
            <source>Bandwidth</source>
            <translation>带宽</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>BF16 peak</source>
            <translation>BF16 峰值</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>可信度</translation>
        </message>
    </context>
    <context>
        <name>CatalogTreeModel</name>
        <message>
            <source>All items</source>
            <translation>所有条目</translation>
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
            <translation>目录中没有加速器“%1”</translation>
        </message>
        <message>
            <source>'%1' is of kind '%2', not an accelerator</source>
            <translation>“%1”的类型是“%2”，不是加速器</translation>
        </message>
        <message numerus="yes">
            <source>%n server(s) list this item as an accelerator (%1), so it must stay an accelerator</source>
            <translation>
                <numerusform>有 %n 台服务器将此条目列为加速器（%1），因此它必须保持为加速器</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Headroom plans AI data-center capacity: hardware, rack layouts, workloads, headroom and quotes.
Without a subcommand it opens the window; with one it runs headless and writes to standard output.</source>
            <translation>Headroom 用于规划 AI 数据中心容量：硬件、机架布局、工作负载、余量和报价。
不带子命令时打开窗口；带子命令时无界面运行并写到标准输出。</translation>
        </message>
        <message>
            <source>Use the hardware catalog database at &lt;path&gt; instead of your own.</source>
            <translation>使用 &lt;路径&gt; 处的硬件目录数据库，而不是您自己的目录。</translation>
        </message>
        <message>
            <source>path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Use &lt;language&gt; (en, de, zh_CN, ja) for this run instead of the saved choice or the system language.</source>
            <translation>本次运行使用 &lt;语言&gt;（en、de、zh_CN、ja），而不是已保存的选择或系统语言。</translation>
        </message>
        <message>
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>subcommand</source>
            <translation>子命令</translation>
        </message>
        <message>
            <source>A subcommand to run headless (see below).</source>
            <translation>无界面运行的子命令（见下文）。</translation>
        </message>
        <message>
            <source>[subcommand [options]]</source>
            <translation>[子命令 [选项]]</translation>
        </message>
        <message>
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>A project file to open in the window.</source>
            <translation>要在窗口中打开的项目文件。</translation>
        </message>
        <message>
            <source>| [file]</source>
            <translation>| [文件]</translation>
        </message>
        <message>
            <source>Unknown subcommand '%1'. Run 'headroom --help' to list them.</source>
            <translation>未知的子命令“%1”。运行“headroom --help”查看列表。</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>子命令：</translation>
        </message>
        <message>
            <source>Run 'headroom &lt;subcommand&gt; --help' for a subcommand's own options.</source>
            <translation>运行“headroom &lt;子命令&gt; --help”查看该子命令的选项。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
            <translation>文件不是 UTF-8 文本。请另存为 CSV UTF-8 后重试。</translation>
        </message>
        <message>
            <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled ("").</source>
            <translation>第 %1 行：结束引号后出现了意外的文本。带引号单元格中的引号必须写两次（""）。</translation>
        </message>
        <message>
            <source>Line %1: a quoted cell is never closed; the file ends inside it.</source>
            <translation>第 %1 行：带引号的单元格没有闭合；文件在其中结束。</translation>
        </message>
    </context>
    <context>
        <name>HeadroomChartView</name>
        <message>
            <source>Compute</source>
            <translation>算力</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>显存</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>存储</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>功率</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>Headroom left (%)</source>
            <translation>剩余余量 (%)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Inference</source>
            <translation>推理</translation>
        </message>
        <message>
            <source>No workloads assigned yet. Drag a workload onto a server to see its headroom.</source>
            <translation>尚未分配工作负载。将工作负载拖到服务器上即可查看其余量。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>Start an empty project</source>
            <translation>新建一个空项目</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>导出 PDF(&amp;E)…</translation>
        </message>
        <message>
            <source>Project files are not available in this version yet.</source>
            <translation>此版本尚不支持项目文件。</translation>
        </message>
        <message>
            <source>PDF proposals are not available in this version yet.</source>
            <translation>此版本尚不支持 PDF 方案书。</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <source>Show every pane in its default place</source>
            <translation>将所有面板显示在默认位置</translation>
        </message>
        <message>
            <source>&amp;About Headroom</source>
            <translation>关于 Headroom(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
        <message>
            <source>Rack layout</source>
            <translation>机架布局</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Rack elevations will appear here: rows of racks with their U positions, power, weight and cooling. Drag equipment from the Catalog into a rack, and workloads onto its servers.</source>
            <translation>机架立面图将显示在这里：成排的机架及其 U 位、功率、重量和散热。将设备从目录拖入机架，再把工作负载拖到其服务器上。</translation>
        </message>
        <message>
            <source>The bill of materials for this layout will appear here, with prices, discounts and totals, ready for a PDF proposal.</source>
            <translation>此布局的物料清单将显示在这里，包括价格、折扣和合计，可直接生成 PDF 方案书。</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>Training jobs and inference services will be listed here. Drag one onto a server, a rack or a row to assign it.</source>
            <translation>训练作业和推理服务将列在这里。将其拖到服务器、机架或机架列上即可分配。</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>余量</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>没有最近的项目</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
        <message>
            <source>%1[*] — Headroom</source>
            <translation>%1[*] — Headroom</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>Headroom cannot open project files yet, so '%1' was not opened. Project files arrive in a later version.</source>
            <translation>Headroom 尚不能打开项目文件，因此未打开“%1”。项目文件将在以后的版本中提供。</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>新项目</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>%1 has unsaved changes. Discard them?</source>
            <translation>%1 有未保存的更改。要放弃这些更改吗？</translation>
        </message>
        <message>
            <source>About Headroom</source>
            <translation>关于 Headroom</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data centers: hardware, rack layouts, training and inference workloads, headroom and quotes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;AI 数据中心容量规划：硬件、机架布局、训练与推理工作负载、余量和报价。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QCustomPlot %3 构建。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Created your catalog from the built-in data.</source>
            <translation>已根据内置数据创建您的目录。</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
    </context>
    <context>
        <name>StartupBenchmark</name>
        <message>
            <source>Constructs the main window and waits for its first paint.</source>
            <translation>创建主窗口并等待其首次绘制。</translation>
        </message>
    </context>
    <context>
        <name>Subcommand</name>
        <message>
            <source>Run 'headroom %1 --help' for its options.</source>
            <translation>运行“headroom %1 --help”查看其选项。</translation>
        </message>
    </context>
    <context>
        <name>UnitFormat</name>
        <message>
            <source>%1 days</source>
            <extracomment>Duration in days with up to three significant digits, e.g. "14.8 days"</extracomment>
            <translation>%1 天</translation>
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
            <translation>无法为目录创建文件夹“%1”。</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': %2</source>
            <translation>无法创建目录“%1”：%2</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': the file could not be put in place.</source>
            <translation>无法创建目录“%1”：无法将文件放到位。</translation>
        </message>
        <message>
            <source>No catalog is open.</source>
            <translation>没有打开的目录。</translation>
        </message>
        <message>
            <source>The catalog was not reset because no backup could be made: %1</source>
            <translation>由于无法创建备份，目录未被重置：%1</translation>
        </message>
    </context>
</TS>
