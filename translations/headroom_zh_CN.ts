<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceleratorMatcher</name>
    <message>
        <source>No accelerator name given.</source>
        <translation>未提供加速器名称。</translation>
    </message>
    <message numerus="yes">
        <source>The accelerator name &apos;%1&apos; matches %n accelerator(s): %2. Use more of the name.</source>
        <translation>
            <numerusform>加速器名称“%1”匹配 %n 个加速器：%2。请输入更完整的名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;: the catalog holds no accelerators.</source>
        <translation>未知的加速器“%1”：目录中没有任何加速器。</translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;. Candidates: %2.</source>
        <translation>未知的加速器“%1”。候选项：%2。</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>a server that is no longer there</source>
        <translation>一台已不存在的服务器</translation>
    </message>
    <message>
        <source>%1 at U%2 in %3</source>
        <extracomment>A server in a sentence: &quot;NVIDIA DGX H100 at U3 in Training 1&quot;</extracomment>
        <translation>%3 中 U%2 处的 %1</translation>
    </message>
    <message>
        <source>a rack that is no longer there</source>
        <translation>一个已不存在的机架</translation>
    </message>
    <message>
        <source>a row that is no longer there</source>
        <translation>一个已不存在的机柜列</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>整个机房</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>该工作负载已不存在。</translation>
    </message>
    <message>
        <source>%1 has no accelerators to run %2.</source>
        <translation>%1 没有可运行 %2 的加速器。</translation>
    </message>
    <message>
        <source>%1 holds no GPU servers to run %2.</source>
        <translation>%1 中没有可运行 %2 的 GPU 服务器。</translation>
    </message>
    <message>
        <source>%1 already runs on %2.</source>
        <translation>%1 已在 %2 上运行。</translation>
    </message>
    <message>
        <source>%1 cannot run anywhere yet: %2</source>
        <translation>%1 目前还无法在任何地方运行：%2</translation>
    </message>
    <message>
        <source>%1 does not fit on any number of GPUs of %2 at %3.</source>
        <translation>以 %3 精度，%1 在任何数量的 %2 GPU 上都放不下。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; %5 has %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 128 GPUs of 80 GB at bf16 to train; Training 1 has 32.&quot;</extracomment>
        <translation>以 %4 训练 %1 需要 %2 块 %3 的 GPU；%5 只有 %6 块。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; with %5 it has %6.</source>
        <translation>以 %4 训练 %1 需要 %2 块 %3 的 GPU；加上 %5 也只有 %6 块。</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 for one replica in one NVLink domain; the servers of %5 join %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica in one NVLink domain; the servers of Training 1 join 8.&quot;</extracomment>
        <translation>以 %4 运行 %1 的一个副本需要在一个 NVLink 域内有 %2 块 %3 的 GPU；%5 的服务器只连接 %6 块。</translation>
    </message>
    <message>
        <source>Tensor parallelism of %1 needs %1 GPUs in one NVLink domain; the servers of %2 join %3.</source>
        <translation>张量并行度 %1 需要一个 NVLink 域内有 %1 块 GPU；%2 的服务器只连接 %3 块。</translation>
    </message>
    <message>
        <source>N+1 redundancy needs a second server: with one, a failure stops %1.</source>
        <translation>N+1 冗余需要第二台服务器：只有一台时，一次故障就会让 %1 停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run inference; training will share them.</source>
        <translation>
            <numerusform>其中 %n 台服务器已在运行推理；训练将与其共用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run training; inference will share them.</source>
        <translation>
            <numerusform>其中 %n 台服务器已在运行训练；推理将与其共用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers carry different accelerators; %1 is sized on the weakest, %2.</source>
        <translation>这些服务器搭载不同的加速器；%1 按最弱的 %2 估算。</translation>
    </message>
</context>
<context>
    <name>Assumptions</name>
    <message>
        <source>Model FLOPs utilisation of steady training (share of dense peak)</source>
        <translation>稳定训练时的模型 FLOPs 利用率（占稠密峰值的比例）</translation>
    </message>
    <message>
        <source>Share of wall time spent training, after restarts and stalls</source>
        <translation>扣除重启和停顿后用于训练的墙钟时间比例</translation>
    </message>
    <message>
        <source>Utilisation kept by mixture-of-experts models after expert dispatch</source>
        <translation>混合专家模型在专家分发后保留的利用率</translation>
    </message>
    <message>
        <source>Share of memory bandwidth reached while decoding (MBU)</source>
        <translation>解码时达到的显存带宽比例（MBU）</translation>
    </message>
    <message>
        <source>Share of dense peak reached by inference matrix multiplies</source>
        <translation>推理矩阵乘法达到的稠密峰值比例</translation>
    </message>
    <message>
        <source>Fixed time per layer and forward pass (kernel launches, synchronisation)</source>
        <translation>每层每次前向传播的固定时间（内核启动、同步）</translation>
    </message>
    <message>
        <source>Latency of one tensor-parallel all-reduce</source>
        <translation>一次张量并行 all-reduce 的延迟</translation>
    </message>
    <message>
        <source>Share of NVLink bandwidth reached by all-reduce</source>
        <translation>all-reduce 达到的 NVLink 带宽比例</translation>
    </message>
    <message>
        <source>Share of accelerator memory kept free for workspace</source>
        <translation>为工作区预留的加速器显存比例</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility</source>
        <translation>数据中心的电能使用效率（PUE）</translation>
    </message>
    <message>
        <source>Average accelerator power as a share of its TDP</source>
        <translation>加速器平均功耗占其 TDP 的比例</translation>
    </message>
    <message>
        <source>Hours between checkpoints</source>
        <translation>检查点之间的小时数</translation>
    </message>
    <message>
        <source>Checkpoints kept on storage</source>
        <translation>存储中保留的检查点数</translation>
    </message>
    <message>
        <source>Bytes of stored dataset per training token</source>
        <translation>每个训练 token 的数据集存储字节数</translation>
    </message>
    <message>
        <source>assumptions.%1 must be a number.</source>
        <translation>assumptions.%1 必须是数字。</translation>
    </message>
    <message>
        <source>assumptions.%1 must be more than 0 and at most 1, not %2.</source>
        <translation>assumptions.%1 必须大于 0 且不超过 1，而不是 %2。</translation>
    </message>
    <message>
        <source>assumptions.%1 must be at least 0 and less than 1, not %2.</source>
        <translation>assumptions.%1 必须不小于 0 且小于 1，而不是 %2。</translation>
    </message>
    <message>
        <source>assumptions.%1 must be at least 1, not %2.</source>
        <translation>assumptions.%1 必须至少为 1，而不是 %2。</translation>
    </message>
    <message>
        <source>assumptions.%1 cannot be negative.</source>
        <translation>assumptions.%1 不能为负数。</translation>
    </message>
    <message>
        <source>assumptions.%1 must be greater than zero.</source>
        <translation>assumptions.%1 必须大于零。</translation>
    </message>
    <message>
        <source>assumptions.%1 needs low &lt;= value &lt;= high.</source>
        <translation>assumptions.%1 需要满足 low &lt;= value &lt;= high。</translation>
    </message>
    <message>
        <source>Set by the user</source>
        <translation>由用户设定</translation>
    </message>
</context>
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
        <source>--runs needs a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--runs 需要不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;. Run &apos;headroom bench --list&apos;.</source>
        <translation>未知的基准测试“%1”。请运行“headroom bench --list”。</translation>
    </message>
</context>
<context>
    <name>BomDerivation</name>
    <message>
        <source>The catalog has no price for %1.</source>
        <translation>目录中没有 %1 的价格。</translation>
    </message>
    <message>
        <source>%1 is priced in %2; the quote is in %3.</source>
        <translation>%1 以 %2 计价，而报价使用 %3。</translation>
    </message>
    <message>
        <source>Not in the catalog: enter a price for this line.</source>
        <translation>不在目录中：请为此行输入价格。</translation>
    </message>
    <message>
        <source>no accelerators</source>
        <translation>无加速器</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>%1 of %2 drive bays filled</source>
        <translation>%2 个硬盘槽位中已用 %1 个</translation>
    </message>
    <message>
        <source>The project has no catalog row for %1.</source>
        <translation>项目中没有 %1 的目录条目。</translation>
    </message>
    <message>
        <source>Differs from the catalog build (%1), which cannot be repriced: %2</source>
        <translation>与目录配置（%1）不同，且该配置无法重新定价：%2</translation>
    </message>
    <message>
        <source>The catalog build (%1) costs less than its accelerators: price this configuration by hand.</source>
        <translation>目录配置（%1）的价格低于其加速器：请手动为此配置定价。</translation>
    </message>
    <message>
        <source>Priced from the catalog build (%1) with %2 instead: %3 per server.</source>
        <translation>按目录配置（%1）改用 %2 定价：每台服务器 %3。</translation>
    </message>
    <message>
        <source>The catalog build has %1 drives; drives are not priced separately.</source>
        <translation>目录配置含 %1 块硬盘；硬盘不单独计价。</translation>
    </message>
    <message>
        <source>%1 network adapter</source>
        <translation>%1 网卡</translation>
    </message>
    <message>
        <source>Counted for the %1 of servers that do not include their adapters.</source>
        <translation>按不含网卡的服务器（%1）计算。</translation>
    </message>
    <message>
        <source>compute fabric</source>
        <translation>计算网络</translation>
    </message>
    <message>
        <source>front end</source>
        <translation>前端网络</translation>
    </message>
    <message>
        <source>%1 transceiver</source>
        <translation>%1 光模块</translation>
    </message>
    <message>
        <source>%1 per link, %2 links at %3.</source>
        <translation>每条链路 %1 个，共 %2 条 %3 链路。</translation>
    </message>
    <message>
        <source>Copper patch cable (RJ45), %1</source>
        <translation>铜缆跳线（RJ45），%1</translation>
    </message>
    <message>
        <source>Fiber patch cable, %1</source>
        <translation>光纤跳线，%1</translation>
    </message>
    <message>
        <source>One per link, %1 links at %2.</source>
        <translation>每条链路一根，共 %1 条 %2 链路。</translation>
    </message>
    <message>
        <source>The servers use %1 fabric ports, but the layout&apos;s switches have %2: add switches before this goes to a customer.</source>
        <translation>服务器使用 %1 个网络端口，但布局中的交换机只有 %2 个：请在交给客户之前添加交换机。</translation>
    </message>
    <message>
        <source>The devices have %1 management ports, but the layout&apos;s management switches have %2.</source>
        <translation>设备有 %1 个管理端口，但布局中的管理交换机只有 %2 个。</translation>
    </message>
    <message>
        <source>Servers are grouped by model and configuration. A configuration that differs from the catalog build is priced as that build plus the price difference of its accelerators.</source>
        <translation>服务器按型号和配置分组。与目录配置不同的配置，按该目录配置的价格加上加速器的差价计价。</translation>
    </message>
    <message numerus="yes">
        <source>Compute fabric: %n adapter port(s) per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</source>
        <translation>
            <numerusform>计算网络：每个 GPU %n 个网卡端口，与 NVIDIA DGX BasePOD 和 SuperPOD 参考架构一致（每台八 GPU 系统配八块单端口 ConnectX-7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Front end (storage and in-band management): %n port(s) per server (DGX BasePOD reference architecture: two dual-port adapters per system).</source>
        <translation>
            <numerusform>前端网络（存储和带内管理）：每台服务器 %n 个端口（DGX BasePOD 参考架构：每个系统两块双端口网卡）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-band management: %n port(s) at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</source>
        <translation>
            <numerusform>带外管理：每台服务器、存储设备、交换机和机柜 PDU 各 %n 个 1 GbE 端口（DGX SuperPOD 参考架构）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Network adapters are listed for servers whose vendor sells them separately; NVIDIA DGX systems include theirs.</source>
        <translation>仅为厂商单独销售网卡的服务器列出网卡；NVIDIA DGX 系统自带网卡。</translation>
    </message>
    <message numerus="yes">
        <source>Each optical link has %n transceiver(s) and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</source>
        <translation>
            <numerusform>每条光链路有 %n 个光模块和一根线缆；10 Gb/s 及以下的链路使用铜缆跳线。部件按端口速率从目录中选取；目录中没有的部件不带价格列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityBenchmark</name>
    <message>
        <source>Times one training estimate (Llama 3.1 405B on 16,384 H100), one inference estimate sized for a request rate (Llama 2 70B FP8 on 8 H100) and one headroom estimate JSON round trip.</source>
        <translation>计时一次训练估算（16,384 张 H100 上的 Llama 3.1 405B）、一次按请求速率规划的推理估算（8 张 H100 上的 Llama 2 70B FP8）以及一次 headroom estimate 的 JSON 往返。</translation>
    </message>
</context>
<context>
    <name>CapacityHighlights</name>
    <message>
        <source>Yardsticks, not workload plans: the training time is Headroom&apos;s estimate for pre-training %1 on %2 tokens in BF16 on all accelerators of a model at once; the request rate is what they serve of %1 with %3 input and %4 output tokens while the first token arrives within %5 s and each further token within %6 ms. Both come from the capacity engine&apos;s published formulas and calibrated defaults.</source>
        <translation>这些是参考基准，而非工作负载规划：训练时间是 Headroom 对在同一型号的全部加速器上以 BF16 用%2个 token 预训练 %1 的估算；请求速率是这些加速器在首 token 于 %5 s 内到达、后续每个 token 于 %6 ms 内到达的前提下，以 %3 个输入 token 和 %4 个输出 token 为 %1 提供服务的能力。两者均来自容量引擎公开的公式和校准后的默认值。</translation>
    </message>
    <message>
        <source>one trillion</source>
        <translation>一万亿</translation>
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
        <source>Run &apos;headroom catalog --help&apos; for its options.</source>
        <translation>运行 &apos;headroom catalog --help&apos; 查看其选项。</translation>
    </message>
    <message>
        <source>Name an action: list, import or export.</source>
        <translation>请指定操作：list、import 或 export。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, import or export.</source>
        <translation>未知操作“%1”：请使用 list、import 或 export。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs exactly one file.</source>
        <translation>“%1”需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no file.</source>
        <translation>“list”不接受文件。</translation>
    </message>
    <message>
        <source>--kind and --json go with &apos;list&apos;.</source>
        <translation>--kind 和 --json 只能与“list”一起使用。</translation>
    </message>
    <message>
        <source>--dry-run goes with &apos;import&apos;.</source>
        <translation>--dry-run 只能与“import”一起使用。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use one of %2.</source>
        <translation>未知类型“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>无法判断“%1”的格式：请将其命名为 .csv 或 .json。</translation>
    </message>
    <message>
        <source>Created the catalog &apos;%1&apos; from the built-in data.</source>
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
        <source>Could not open the catalog &apos;%1&apos;: %2</source>
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
        <source>Adding &apos;%1&apos;</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Changing &apos;%1&apos;</source>
        <translation>更改“%1”</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
        <translation>不存在条目“%1”</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos;</source>
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
        <source>Could not copy the catalog to &apos;%1&apos;: %2</source>
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
    <name>CatalogDrag</name>
    <message>
        <source>The drag carries no catalog item.</source>
        <translation>拖动的内容不含任何目录条目。</translation>
    </message>
    <message>
        <source>Catalog item &apos;%1&apos; is not in the catalog.</source>
        <translation>目录中没有条目“%1”。</translation>
    </message>
</context>
<context>
    <name>CatalogEdits</name>
    <message>
        <source>&apos;%1&apos; is already in the catalog</source>
        <translation>“%1”已在目录中</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
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
        <source>&apos;%1&apos; left the catalog since the preview; preview again</source>
        <translation>自预览以来“%1”已不在目录中；请重新预览</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joined the catalog since the preview; preview again</source>
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
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>无法判断“%1”的格式：请将其命名为 .csv 或 .json。</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CatalogFieldParser</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id</source>
        <translation>“%1”不是条目 ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>“%1”不是以 %2 计的金额</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>“%1”不是 USD 这样的三字母货币代码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>unknown confidence &apos;%1&apos; (high, medium or low)</source>
        <translation>未知可信度“%1”（应为 high、medium 或 low）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
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
        <source>expected an amount such as &quot;255740.00&quot;</source>
        <translation>应为类似 &quot;255740.00&quot; 的金额</translation>
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
        <source>&apos;%1&apos; is not an item id</source>
        <translation>“%1”不是条目 ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>“%1”不是 USD 这样的三字母货币代码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
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
        <source>&apos;%1&apos; is listed twice</source>
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
        <source>does not apply to the kind &apos;%1&apos;</source>
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
        <source>duplicate id &apos;%1&apos;: row %2 has it already</source>
        <translation>重复的 ID“%1”：第 %2 行已使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .csv nor a .json file.</source>
        <translation>“%1”既不是 .csv 文件也不是 .json 文件。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
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
        <extracomment>An accepted import row: &quot;row 2: add acme-r1&quot;</extracomment>
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
        <source>%1 (%2)</source>
        <extracomment>An accepted import row and the item&apos;s name: &quot;row 2: add acme-r1 (Acme R1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
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
        <source>ids separated by &apos;;&apos;</source>
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
    <name>CatalogItemJson</name>
    <message>
        <source>field &apos;id&apos; is missing or empty</source>
        <translation>字段 &apos;id&apos; 缺失或为空</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;kind&apos; has unknown value &apos;%2&apos;</source>
        <translation>条目 &apos;%1&apos;：字段 &apos;kind&apos; 的值 &apos;%2&apos; 未知</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;price_minor_units&apos; is not a whole number</source>
        <translation>条目 &apos;%1&apos;：字段 &apos;price_minor_units&apos; 不是整数</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;confidence&apos; has unknown value &apos;%2&apos;</source>
        <translation>条目 &apos;%1&apos;：字段 &apos;confidence&apos; 的值 &apos;%2&apos; 未知</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>文件不是有效的 JSON：第 %2 行出现 %1。</translation>
    </message>
    <message>
        <source>The file is a &apos;%1&apos; file, not a Headroom catalog.</source>
        <translation>该文件是“%1”文件，而不是 Headroom 目录。</translation>
    </message>
    <message>
        <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
        <translation>该文件由更新版本的 Headroom 写入（格式版本 %1；此版本最高可读取 %2）。</translation>
    </message>
    <message>
        <source>The file has no &quot;items&quot; list.</source>
        <translation>文件中没有 &quot;items&quot; 列表。</translation>
    </message>
    <message>
        <source>is not an object of catalog fields</source>
        <translation>不是由目录字段组成的对象</translation>
    </message>
</context>
<context>
    <name>CatalogSchema</name>
    <message>
        <source>&apos;%1&apos; is not a catalog database, or it is damaged: %2</source>
        <translation>“%1”不是目录数据库，或已损坏：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
        <translation>“%1”是 SQLite 数据库，但不是 Headroom 目录。未做任何更改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
        <translation>“%1”由更新版本的 Headroom 写入（目录版本 %2；此版本最高可读取 %3）。未做任何更改：请更新 Headroom 后再使用。</translation>
    </message>
    <message>
        <source>Could not start updating the catalog: %1</source>
        <translation>无法开始更新目录：%1</translation>
    </message>
    <message>
        <source>Could not update the catalog &apos;%1&apos; to version %2; it was left as it was: %3</source>
        <translation>无法将目录“%1”更新到版本 %2；目录保持原样：%3</translation>
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
        <extracomment>A tree node with its number of items, e.g. &quot;GPU server (20)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>there is no accelerator &apos;%1&apos; in the catalog</source>
        <translation>目录中没有加速器“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of kind &apos;%2&apos;, not an accelerator</source>
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
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: use a file name ending in .png, .svg or .pdf.</source>
        <translation>无法将图表导出到 %1：请使用以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>The catalog &apos;%1&apos; does not exist.</source>
        <translation>目录“%1”不存在。</translation>
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
        <source>Unknown subcommand &apos;%1&apos;. Run &apos;headroom --help&apos; to list them.</source>
        <translation>未知的子命令“%1”。运行“headroom --help”查看列表。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run &apos;headroom &lt;subcommand&gt; --help&apos; for a subcommand&apos;s own options.</source>
        <translation>运行“headroom &lt;子命令&gt; --help”查看该子命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the work failed (bad input file, impossible request, I/O error), 2 the command line was wrong.</source>
        <translation>退出码：0 成功，1 执行失败（输入文件有误、请求无法实现、I/O 错误），2 命令行有误。</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company on proposals</source>
        <translation>方案书上的公司信息</translation>
    </message>
    <message>
        <source>Address, e-mail, telephone</source>
        <translation>地址、电子邮件、电话</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>图像 (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be read as an image.</source>
        <translation>无法将此文件读取为图像。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
        <translation>文件不是 UTF-8 文本。请另存为 CSV UTF-8 后重试。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>第 %1 行：结束引号后出现了意外的文本。带引号单元格中的引号必须写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed; the file ends inside it.</source>
        <translation>第 %1 行：带引号的单元格没有闭合；文件在其中结束。</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Estimate training and inference capacity for a model on an accelerator (JSON in, JSON out).</source>
        <translation>估算模型在某种加速器上的训练和推理容量（输入 JSON，输出 JSON）。</translation>
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
        <translation>输入，一个 JSON 对象：
  gpu          目录中的加速器名称：完整名称或唯一的部分，可带或不带厂商（&quot;H100 SXM&quot;、&quot;MI300X&quot;）
  gpus         加速器数量
  gpus_per_server, server_overhead_watts   可选，用于功耗（8、2000）
  model        预设名称（&quot;Llama 2 70B&quot;）或一个对象，包含 params、active_params、layers、hidden、heads、kv_heads、head_dim、vocab，可选 context_length、sliding_window、kv_lora_rank、qk_rope_head_dim、experts、experts_per_token
  training     {tokens, precision, zero_stage (0-3，默认 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (数字或 &quot;max&quot;), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  按名称覆盖：一个数字，或 {value, low, high}
training 和 inference 至少提供一个。精度：fp32、tf32、bf16、fp16、fp8、int8、int4（= fp4）。null 表示未提供。

输出，一个 JSON 对象；每个数值都是 {value, low, high, drivers}：其假设所允许的范围，以及对它影响最大的假设。
  training     flops、gpu_hours、wall_hours、mfu、memory_per_gpu_bytes、fits、min_gpus、checkpoint_bytes、energy_mwh，以及 layout、memory_breakdown_bytes、time_to_train
  inference    ttft_ms、tpot_ms、output_tokens_per_s（整个系统）、requests_per_s、max_concurrency、replicas、gpus_needed、memory_per_gpu_bytes、fits，以及 tensor_parallel、tokens_per_kwh、latency_curve
  assumptions  使用的每个值及其范围和来源

输入有误时以退出码 1 结束，并给出指明字段的消息。</translation>
    </message>
    <message>
        <source>Assumptions that can be overridden: %1.</source>
        <translation>可覆盖的假设：%1。</translation>
    </message>
    <message>
        <source>Write the JSON on one line.</source>
        <translation>将 JSON 写成一行。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The request as JSON; - reads standard input.</source>
        <translation>JSON 格式的请求；- 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>文件|-</translation>
    </message>
    <message>
        <source>headroom estimate needs one request file, or - for standard input.</source>
        <translation>headroom estimate 需要一个请求文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>EstimateJson</name>
    <message>
        <source>model: &apos;%1&apos; is not a preset. Presets: %2.</source>
        <translation>model：“%1”不是预设。预设：%2。</translation>
    </message>
    <message>
        <source>model is missing.</source>
        <translation>缺少 model。</translation>
    </message>
    <message>
        <source>model must be a preset name or an object, not %1.</source>
        <translation>model 必须是预设名称或对象，而不是 %1。</translation>
    </message>
    <message>
        <source>Custom model</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <source>model.params counts parameters (70e9 for a 70B model), not %1.</source>
        <translation>model.params 是参数个数（70B 模型为 70e9），而不是 %1。</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 必须是 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>Given in the request</source>
        <translation>在请求中给出</translation>
    </message>
    <message>
        <source>assumptions must be an object, not %1.</source>
        <translation>assumptions 必须是对象，而不是 %1。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;. Assumptions: %2.</source>
        <translation>未知字段“%1”。假设：%2。</translation>
    </message>
    <message>
        <source>%1 must be a number or an object with value, low and high, not %2.</source>
        <translation>%1 必须是数字或包含 value、low 和 high 的对象，而不是 %2。</translation>
    </message>
    <message>
        <source>training must be an object, not %1.</source>
        <translation>training 必须是对象，而不是 %1。</translation>
    </message>
    <message>
        <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage 必须是 0、1、2 或 3，而不是 %1。</translation>
    </message>
    <message>
        <source>training.recompute: unknown mode &apos;%1&apos;; use none, selective or full.</source>
        <translation>training.recompute：未知的模式“%1”；请使用 none、selective 或 full。</translation>
    </message>
    <message>
        <source>inference must be an object, not %1.</source>
        <translation>inference 必须是对象，而不是 %1。</translation>
    </message>
    <message>
        <source>inference.concurrency must be a whole number of at least 1 or &quot;max&quot;, not %1.</source>
        <translation>inference.concurrency 必须是不小于 1 的整数或 &quot;max&quot;，而不是 %1。</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at character %2).</source>
        <translation>输入不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation>输入必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Give training, inference or both.</source>
        <translation>请提供 training、inference 或两者。</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>The company name, logo and contact line come from the settings the Quote tab&apos;s Company… dialog writes, unless given here. Paper is Letter where the locale measures in US units and A4 elsewhere, unless --paper says. Prints the number of pages written.</source>
        <translation>公司名称、徽标和联系方式行取自“报价”选项卡中“公司…”对话框写入的设置，除非在此处指定。除非用 --paper 指定，否则在使用美国计量单位的区域设置下纸张为 Letter，其他情况下为 A4。输出写入的页数。</translation>
    </message>
    <message>
        <source>The company name on the proposal.</source>
        <translation>方案书上的公司名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The company logo (SVG, PNG or JPEG).</source>
        <translation>公司徽标（SVG、PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The contact line on the cover.</source>
        <translation>封面上的联系方式行。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 或 letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>项目文件（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;文件&gt;</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF。</translation>
    </message>
    <message>
        <source>&lt;out.pdf&gt;</source>
        <translation>&lt;输出.pdf&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom export-pdf &lt;file&gt; &lt;out.pdf&gt;</source>
        <translation>用法：headroom export-pdf &lt;文件&gt; &lt;输出.pdf&gt;</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &apos;%1&apos;.</source>
        <translation>--paper 应为 a4 或 letter，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a project&apos;s proposal as PDF: cover, summary of the workloads, headroom charts, rack elevations, bill of materials, power and space, method and sources, terms.</source>
        <translation>将项目的方案书写为 PDF：封面、工作负载摘要、余量图表、机柜立面图、物料清单、电力与占地、方法与来源、条款。</translation>
    </message>
    <message>
        <source>--logo: cannot read an image from &apos;%1&apos;.</source>
        <translation>--logo：无法从“%1”读取图像。</translation>
    </message>
</context>
<context>
    <name>HallFigures</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no capacity</source>
        <extracomment>Headroom where something is demanded but the hall offers none of it</extracomment>
        <translation>无容量</translation>
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
        <translation>训练</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Headroom left unchanged.</source>
        <translation>剩余余量未变。</translation>
    </message>
    <message>
        <source>Headroom left: %1.</source>
        <translation>剩余余量：%1。</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
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
        <source>Power budget</source>
        <translation>功率预算</translation>
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
        <translation>最接近的限制</translation>
    </message>
</context>
<context>
    <name>HeadroomBenchmark</name>
    <message>
        <source>Drag-hover preview on 100 racks, 800 servers and 200 workloads: assignment check, what-if headroom (new and same target), chart series, an applied assignment and a full recompute; the what-if and the full recompute again on 3,000 racks, 12,000 servers and 1,000 workloads.</source>
        <translation>在 100 个机架、800 台服务器和 200 个工作负载上拖动悬停时的预览：分配检查、假设余量（新目标与相同目标）、图表序列、一次已执行的分配和一次完整重算；再在 3,000 个机架、12,000 台服务器和 1,000 个工作负载上做一次假设计算和完整重算。</translation>
    </message>
</context>
<context>
    <name>HeadroomChartFeed</name>
    <message>
        <source>Not running a workload</source>
        <translation>未运行工作负载</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; racks summed per row; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>各设备的典型功耗，与机柜仪表的计法相同；按机柜列汇总；预算取机柜供电与散热上限中较低者。</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>各设备的典型功耗，与机柜仪表的计法相同；预算取机柜供电与散热上限中较低者。</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>整个机房</translation>
    </message>
    <message>
        <source>%1, if %2 is dropped</source>
        <translation>%1（若在此放下 %2）</translation>
    </message>
</context>
<context>
    <name>HeadroomChartView</name>
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
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: nothing assigned here needs it.</source>
        <translation>%1：此处分配的工作负载都不需要它。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>Needs %1 of %2</source>
        <translation>需要 %1，共有 %2</translation>
    </message>
    <message>
        <source>Headroom %1 (%2), range %3 to %4</source>
        <translation>余量 %1（%2），范围 %3 至 %4</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>Left (%)</source>
        <translation>剩余 (%)</translation>
    </message>
    <message>
        <source>Tight (under 20% left)</source>
        <translation>紧张（剩余不足 20%）</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超出</translation>
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
        <translation>整个机房的余量图表，与规划人员在 Headroom 中看到的一致：各维度剩余多少、延迟随负载的变化、训练时间随 GPU 数量的变化，以及每个机柜的功率。</translation>
    </message>
    <message>
        <source>No workload runs in the hall yet: nothing is demanded, so there is no headroom chart.</source>
        <translation>机房中尚未运行任何工作负载：没有任何需求，因此没有余量图表。</translation>
    </message>
    <message>
        <source>the share of each dimension&apos;s capacity left, training and inference side by side: green when there is enough, amber when under %1 % is left, red when more is demanded than there is.</source>
        <translation>各维度剩余容量的比例，训练与推理并排显示：充足时为绿色，剩余不足 %1 % 时为琥珀色，需求超过现有容量时为红色。</translation>
    </message>
    <message>
        <source>No inference service runs in the hall, so there is no latency chart.</source>
        <translation>机房中没有运行推理服务，因此没有延迟图表。</translation>
    </message>
    <message>
        <source>%1, the service with the least latency headroom: TTFT and TPOT as the request rate grows, the targets as lines and its load marked.</source>
        <translation>%1，即延迟余量最小的服务：随请求速率增长的 TTFT 与 TPOT，目标值以线表示，并标出其负载。</translation>
    </message>
    <message>
        <source>No training job runs in the hall, so there is no training-time chart.</source>
        <translation>机房中没有运行训练作业，因此没有训练时间图表。</translation>
    </message>
    <message>
        <source>%1, the job with the least time to spare: time to train against the GPUs it is given, the deadline as a line and its assigned count marked.</source>
        <translation>%1，即时间余量最少的作业：训练时间随所分配 GPU 数量的变化，截止期限以线表示，并标出已分配的数量。</translation>
    </message>
    <message>
        <source>The hall has no racks yet, so there is no power chart.</source>
        <translation>机房中尚无机柜，因此没有功率图表。</translation>
    </message>
    <message>
        <source>typical power per rack, stacked by workload, against each rack&apos;s budget (its power feeds or its cooling, whichever is lower).</source>
        <translation>每个机柜的典型功率，按工作负载堆叠，并与各机柜的预算（供电或制冷中较低者）对比。</translation>
    </message>
</context>
<context>
    <name>HeadroomDimensions</name>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Accelerator memory</source>
        <translation>加速器显存</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>存储容量</translation>
    </message>
    <message>
        <source>Checkpoint writes</source>
        <translation>检查点写入</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Power and cooling</source>
        <translation>电力与散热</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>HeadroomPane</name>
    <message>
        <source>Exported the chart to %1.</source>
        <translation>已将图表导出到 %1。</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG, SVG or PDF file</source>
        <translation>将当前显示的图表保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
</context>
<context>
    <name>HeadroomPreviewBenchmark</name>
    <message>
        <source>The four headroom charts fed and replotted as a workload drag hovers over a hall of 100 racks with 200 workloads.</source>
        <translation>在一个有 100 个机柜和 200 个工作负载的机房上方拖动工作负载时，四张余量图表的数据更新与重绘。</translation>
    </message>
</context>
<context>
    <name>HeadroomView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>其他工作负载</translation>
    </message>
</context>
<context>
    <name>InferenceEstimator</name>
    <message>
        <source>gpus must be at least 1.</source>
        <translation>gpus 必须至少为 1。</translation>
    </message>
    <message>
        <source>inference.input_tokens must be at least 1.</source>
        <translation>inference.input_tokens 必须至少为 1。</translation>
    </message>
    <message>
        <source>inference.output_tokens must be at least 1.</source>
        <translation>inference.output_tokens 必须至少为 1。</translation>
    </message>
    <message>
        <source>inference.concurrency must be at least 1 or &quot;max&quot;.</source>
        <translation>inference.concurrency 必须至少为 1 或 &quot;max&quot;。</translation>
    </message>
    <message>
        <source>inference.request_rate cannot be negative.</source>
        <translation>inference.request_rate 不能为负数。</translation>
    </message>
    <message>
        <source>inference latency targets cannot be negative.</source>
        <translation>inference 的延迟目标不能为负数。</translation>
    </message>
    <message>
        <source>inference.tensor_parallel must be at least 1.</source>
        <translation>inference.tensor_parallel 必须至少为 1。</translation>
    </message>
    <message>
        <source>inference.tensor_parallel (%1) cannot be larger than gpus (%2).</source>
        <translation>inference.tensor_parallel（%1）不能大于 gpus（%2）。</translation>
    </message>
    <message>
        <source>inference.tensor_parallel (%1) must stay inside one scale-up domain of %2 accelerators on %3.</source>
        <translation>inference.tensor_parallel（%1）必须限制在 %3 的一个 %2 个加速器的纵向扩展域内。</translation>
    </message>
    <message>
        <source>The accelerator %1 has no memory size or bandwidth.</source>
        <translation>加速器 %1 没有显存容量或带宽。</translation>
    </message>
    <message>
        <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
        <translation>加速器 %1 没有 %2 稠密峰值；请选择其他精度。</translation>
    </message>
    <message>
        <source>%1 has no %2 peak: weights are stored in %2 and multiplied in %3 (weight-only quantisation).</source>
        <translation>%1 没有 %2 峰值：权重以 %2 存储，以 %3 进行乘法（仅权重量化）。</translation>
    </message>
    <message>
        <source>%1 input and output tokens exceed the %2-token context of %3.</source>
        <translation>%1 个输入和输出 token 超过了 %3 的 %2 token 上下文。</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in %n accelerator(s) of %2 with room for one sequence&apos;s KV cache.</source>
        <translation>
            <numerusform>%1 无法放入 %n 个 %2 加速器并为一个序列的 KV 缓存留出空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 sequences fit per replica; the figures are for that many, not %2.</source>
        <translation>每个副本只能容纳 %1 个序列；数值按该数量计算，而不是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 requests/s is more than the %n replica(s) can serve; the figures are at full load.</source>
        <translation>
            <numerusform>%1 请求/秒超出了 %n 个副本的服务能力；数值按满负载计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even a single request misses the latency targets on %n accelerator(s) per replica.</source>
        <translation>
            <numerusform>即使只有一个请求，在每个副本 %n 个加速器的情况下也达不到延迟目标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 必须是数字，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2, not %3.</source>
        <translation>%1 必须大于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation>%1 必须至少为 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not %3.</source>
        <translation>%1 必须是不小于 %2 的整数，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2.</source>
        <translation>%1 必须是文本，而不是 %2。</translation>
    </message>
    <message>
        <source>%1: unknown precision &apos;%2&apos;; use fp32, tf32, bf16, fp16, fp8, int8, int4 or fp4.</source>
        <translation>%1：未知的精度“%2”；请使用 fp32、tf32、bf16、fp16、fp8、int8、int4 或 fp4。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>Latency vs load</source>
        <translation>延迟与负载</translation>
    </message>
    <message>
        <source>No inference service here. Select one in the Workloads dock or a server that runs one to see its latency against load.</source>
        <translation>此处没有推理服务。请在工作负载面板中选择一个，或选择运行推理服务的服务器，以查看其延迟随负载的变化。</translation>
    </message>
    <message>
        <source>At %1 requests/s: time to first token %2, time per output token %3</source>
        <translation>在 %1 请求/秒时：首 token 时间 %2，每输出 token 时间 %3</translation>
    </message>
    <message>
        <source>Targets: time to first token %1, time per output token %2</source>
        <translation>目标：首 token 时间 %1，每输出 token 时间 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Assigned load %1 requests/s: time to first token %2 (%3 to %4), time per output token %5 (%6 to %7)</source>
        <translation>分配负载 %1 请求/秒：首 token 时间 %2（%3 至 %4），每输出 token 时间 %5（%6 至 %7）</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>Request rate (requests/s)</source>
        <translation>请求速率（请求/秒）</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首 token 时间（毫秒）</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>每输出 token 时间（毫秒）</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每输出 token 时间</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected items and take them out of their racks</source>
        <translation>复制所选设备并将其移出机柜</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected items</source>
        <translation>复制所选设备</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied items into the selected rack where they fit</source>
        <translation>将复制的设备粘贴到所选机柜中放得下的位置</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected items, racks or rows</source>
        <translation>移除所选设备、机柜或机柜列</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制一份(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected items, racks or rows beside themselves</source>
        <translation>在旁边复制一份所选设备、机柜或机柜列</translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation>添加机柜(&amp;R)</translation>
    </message>
    <message>
        <source>Add an empty rack like the selected one</source>
        <translation>添加一个与所选机柜相同的空机柜</translation>
    </message>
    <message>
        <source>Add r&amp;ow</source>
        <translation>添加机柜列(&amp;O)</translation>
    </message>
    <message>
        <source>Add an empty row of racks</source>
        <translation>添加一个空的机柜列</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected rack or row</source>
        <translation>重命名所选机柜或机柜列</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected rack one place left in its row</source>
        <translation>将所选机柜在其所在列中左移一个位置</translation>
    </message>
    <message>
        <source>Move r&amp;ight</source>
        <translation>右移(&amp;I)</translation>
    </message>
    <message>
        <source>Move the selected rack one place right in its row</source>
        <translation>将所选机柜在其所在列中右移一个位置</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected rack to the row above, or the row up</source>
        <translation>将所选机柜移到上一列，或将所选机柜列上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected rack to the row below, or the row down</source>
        <translation>将所选机柜移到下一列，或将所选机柜列下移</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit hall</source>
        <translation>显示整个机房(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole hall</source>
        <translation>缩放以显示整个机房</translation>
    </message>
    <message>
        <source>The clipboard holds no items Headroom can paste.</source>
        <translation>剪贴板中没有 Headroom 可以粘贴的设备。</translation>
    </message>
    <message>
        <source>Select a rack to paste into.</source>
        <translation>请选择要粘贴到的机柜。</translation>
    </message>
    <message>
        <source>The copied items do not fit anywhere in %1.</source>
        <translation>复制的设备在 %1 中没有可容纳的位置。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>移除 %n 个机柜列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>复制 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no room left in %1.</source>
        <translation>%1 中已没有空间。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n rack(s)</source>
        <translation>
            <numerusform>复制 %n 个机柜</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>复制 %n 个机柜列</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a rack type from the Catalog into the hall to add the first rack.</source>
        <translation>从目录中将一种机柜类型拖入机房，以添加第一个机柜。</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>重命名机柜</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>重命名机柜列</translation>
    </message>
</context>
<context>
    <name>LayoutBenchmark</name>
    <message>
        <source>Drop preview and drop of an item into a hall of 100 racks of 8 servers (and into 3,000 racks of 4 servers).</source>
        <translation>在含 100 个机架（每个 8 台服务器）的机房中预览并放置一台设备（以及在 3,000 个机架、每个 4 台服务器的机房中）。</translation>
    </message>
</context>
<context>
    <name>LayoutDrag</name>
    <message>
        <source>Drag rack types and equipment separately.</source>
        <translation>请分别拖动机柜类型和设备。</translation>
    </message>
    <message>
        <source>%1 (placing anyway)</source>
        <translation>%1（仍然放置）</translation>
    </message>
    <message>
        <source>%1 (hold Shift to go over budget)</source>
        <translation>%1（按住 Shift 可超出预算）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a rack.</source>
        <translation>请放到机柜上。</translation>
    </message>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2，%3</translation>
    </message>
    <message>
        <source>%1 into %2: %3</source>
        <translation>%1 放入 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s)</source>
        <translation>
            <numerusform>放置 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no height in the catalog.</source>
        <translation>%1 在目录中没有高度。</translation>
    </message>
    <message>
        <source>%1 starts a new row</source>
        <translation>%1 将开始新的机柜列</translation>
    </message>
    <message>
        <source>Drop into a row.</source>
        <translation>请放到机柜列中。</translation>
    </message>
    <message>
        <source>%1 into %2 at position %3</source>
        <translation>%1 放入 %2 的第 %3 个位置</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rack(s)</source>
        <translation>
            <numerusform>添加 %n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1, U%2</source>
        <translation>移到 %1 的 U%2</translation>
    </message>
    <message>
        <source>Move %1 to %2, position %3</source>
        <translation>将 %1 移到 %2 的第 %3 个位置</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Row %1</source>
        <translation>第 %1 排</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加机柜排</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>不存在该机柜排。</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>删除机柜排 %1</translation>
    </message>
    <message>
        <source>A row needs a name.</source>
        <translation>机柜排需要名称。</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>重命名机柜排</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>移动机柜排</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>复制机柜排</translation>
    </message>
    <message>
        <source>%1 is not a rack type.</source>
        <translation>%1 不是机架类型。</translation>
    </message>
    <message>
        <source>%1 is not a PDU.</source>
        <translation>%1 不是 PDU。</translation>
    </message>
    <message>
        <source>A rack has one or two power feeds of zero or more watts.</source>
        <translation>机架有一路或两路功率不小于零瓦的供电。</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>添加机架</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>删除 %n 个机架</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such rack.</source>
        <translation>不存在该机架。</translation>
    </message>
    <message>
        <source>A rack needs a name.</source>
        <translation>机架需要名称。</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>重命名机架</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>更改机架供电</translation>
    </message>
    <message>
        <source>A cooling ceiling cannot be negative.</source>
        <translation>冷却上限不能为负数。</translation>
    </message>
    <message>
        <source>Change rack cooling</source>
        <translation>更改机架冷却</translation>
    </message>
    <message>
        <source>Duplicate rack</source>
        <translation>复制机架</translation>
    </message>
    <message>
        <source>Move rack</source>
        <translation>移动机架</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>放置 %1</translation>
    </message>
    <message>
        <source>the item or the rack is no longer there</source>
        <translation>该设备或机架已不存在</translation>
    </message>
    <message>
        <source>The item is no longer there.</source>
        <translation>该设备已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>移动 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>微调 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>删除 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted item &apos;%1&apos; has no catalog row.</source>
        <translation>粘贴的设备 &apos;%1&apos; 没有目录条目。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>粘贴 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Only servers have a configuration.</source>
        <translation>只有服务器才有配置。</translation>
    </message>
    <message>
        <source>Change server configuration</source>
        <translation>更改服务器配置</translation>
    </message>
</context>
<context>
    <name>LayoutEditorBenchmark</name>
    <message>
        <source>Drop into a hall of 100 racks of 8 servers until the view is repainted, and a 3,000-rack hall opened, painted and zoomed.</source>
        <translation>在 100 个机柜（每个 8 台服务器）的机房中放置设备直至视图重绘完成，以及打开、绘制并缩放一个 3,000 个机柜的机房。</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <source>%1 goes inside a server, not into a rack slot</source>
        <translation>%1 安装在服务器内部，而不是机架槽位中</translation>
    </message>
    <message>
        <source>a rack cannot go into a rack</source>
        <translation>机架不能放入机架</translation>
    </message>
    <message>
        <source>%1 is 0U: it mounts at the rack&apos;s side, not in a U slot</source>
        <translation>%1 为 0U：它安装在机架侧面，而不是 U 位中</translation>
    </message>
    <message>
        <source>%1 needs direct liquid cooling; this rack has %2</source>
        <translation>%1 需要直接液冷；此机架为%2</translation>
    </message>
    <message numerus="yes">
        <source>does not fit: U%1–U%2 is outside the rack&apos;s %n U</source>
        <translation>
            <numerusform>放不下：U%1–U%2 超出机架的 %n U</numerusform>
        </translation>
    </message>
    <message>
        <source>U%1–U%2 is taken by %3</source>
        <translation>U%1–U%2 已被 %3 占用</translation>
    </message>
    <message>
        <source>too deep for the rack: %1 of %2</source>
        <translation>对机架来说太深：%1，上限 %2</translation>
    </message>
    <message>
        <source>%1 does not offer accelerator &apos;%2&apos;</source>
        <translation>%1 不支持加速器 &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n accelerator(s)</source>
        <translation>
            <numerusform>%1 最多容纳 %n 个加速器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n drive bay(s)</source>
        <translation>
            <numerusform>%1 有 %n 个硬盘槽位</numerusform>
        </translation>
    </message>
    <message>
        <source>would exceed rack power: %1 of %2</source>
        <translation>将超出机架功率：%1，上限 %2</translation>
    </message>
    <message>
        <source>would lose A/B redundancy: one feed would carry %1 of %2</source>
        <translation>将失去 A/B 冗余：单路供电需承载 %1，上限 %2</translation>
    </message>
    <message>
        <source>would exceed rack load: %1 of %2</source>
        <translation>将超出机架承重：%1，上限 %2</translation>
    </message>
    <message>
        <source>would exceed %1 cooling: %2 of %3</source>
        <translation>将超出%1冷却能力：%2，上限 %3</translation>
    </message>
    <message>
        <source>exceeds rack power: %1 of %2</source>
        <translation>超出机架功率：%1，上限 %2</translation>
    </message>
    <message>
        <source>not A/B redundant: one feed would carry %1 of %2</source>
        <translation>不具备 A/B 冗余：单路供电需承载 %1，上限 %2</translation>
    </message>
    <message>
        <source>exceeds rack load: %1 of %2</source>
        <translation>超出机架承重：%1，上限 %2</translation>
    </message>
    <message>
        <source>exceeds %1 cooling: %2 of %3</source>
        <translation>超出%1冷却能力：%2，上限 %3</translation>
    </message>
</context>
<context>
    <name>LayoutToolTips</name>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2，%3</translation>
    </message>
    <message>
        <source>Power: %1 typical, %2 maximum</source>
        <translation>功率：典型 %1，最大 %2</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>重量：%1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Space: %1 of %2 U used</source>
        <translation>空间：已用 %1 U，共 %2 U</translation>
    </message>
    <message>
        <source>Power: %1 maximum of %2 budget</source>
        <translation>功率：最大 %1，预算 %2</translation>
    </message>
    <message>
        <source>Cooling: %1 of %2 (%3)</source>
        <translation>散热：%1，上限 %2（%3）</translation>
    </message>
    <message>
        <source>Weight: %1 of %2</source>
        <translation>重量：%1，上限 %2</translation>
    </message>
    <message>
        <source>Nearest limit: %1 at %2</source>
        <translation>最接近的限制：%1，已达 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s), %1 of %2 U used</source>
        <translation>
            <numerusform>%n 个机柜，已用 %1 U，共 %2 U</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat: %1 BTU/h</source>
        <translation>热量：%1 BTU/h</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n 个机柜超出限制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitKinds</name>
    <message>
        <source>Rack space</source>
        <translation>机架空间</translation>
    </message>
    <message>
        <source>Rack depth</source>
        <translation>机架深度</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>机架功率</translation>
    </message>
    <message>
        <source>A/B redundancy</source>
        <translation>A/B 冗余</translation>
    </message>
    <message>
        <source>Rack load</source>
        <translation>机架承重</translation>
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
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
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
        <source>About Headroom</source>
        <translation>关于 Headroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data centers: hardware, rack layouts, training and inference workloads, headroom and quotes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;AI 数据中心容量规划：硬件、机架布局、训练与推理工作负载、余量和报价。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QCustomPlot %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Created your catalog from the built-in data.</source>
        <translation>已根据内置数据创建您的目录。</translation>
    </message>
    <message>
        <source>Preview the proposal for this quote and save it as PDF</source>
        <translation>预览此报价的方案书并保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>报价(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ModelArchitecture</name>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 必须大于零。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be larger than %3 (%4).</source>
        <translation>%1（%2）不能大于 %3（%4）。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>Estimated from the parameter count (Kaplan et al. 2020, N = 12 L d^2)</source>
        <translation>根据参数量估算（Kaplan 等人 2020，N = 12 L d^2）</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Rear</source>
        <translation>后侧</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前侧</translation>
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
    <name>ProjectCommand</name>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What to do; only &apos;info&apos; for now.</source>
        <translation>要执行的操作；目前只有 &apos;info&apos;。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>项目文件（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;文件&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom project info &lt;file&gt; [--json]</source>
        <translation>用法：headroom project info &lt;文件&gt; [--json]</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 of %4 U, %5 typical / %6 maximum of %7, %8 of %9, %10</source>
        <translation>  %1（%2）：%3/%4 U，典型 %5 / 最大 %6，上限 %7，%8/%9，%10</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a weight in the catalog</source>
        <translation>
            <numerusform>%n 台设备在目录中没有重量</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <extracomment>&quot;&lt;file&gt;: &lt;n racks&gt; in &lt;n rows&gt;&quot;, e.g. &quot;hall.headroom: 4 racks in 2 rows&quot;</extracomment>
        <translation>%1：%3中的%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n 个机架</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 排</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a project file holds: racks, space, power, weight, cooling, broken limits, workloads and the headroom left for training and inference.</source>
        <translation>显示项目文件的内容：机架、空间、功率、重量、散热、超出的限制、工作负载以及训练和推理剩余的余量。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 demanded of nothing</source>
        <translation>需要 %1，但没有可用容量</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <extracomment>&quot;41.2 kW of 60 kW (31% left)&quot;</extracomment>
        <translation>%1 / %2（剩余 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s):</source>
        <translation>
            <numerusform>%n 个工作负载：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2, %3): %n GPU(s)</source>
        <extracomment>&quot; Chat (inference service, Llama 3.1 8B, 40 req/s): 32 GPU(s) on 8 server(s)&quot;</extracomment>
        <translation>
            <numerusform>  %1（%2，%3）：%n 块 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Headroom in the hall:</source>
        <translation>机房余量：</translation>
    </message>
    <message>
        <source>  %1: training %2; inference %3</source>
        <extracomment>&quot; Compute: training 12.8 of 63.3 PFLOP/s (80% left); inference none&quot;</extracomment>
        <translation>  %1：训练 %2；推理 %3</translation>
    </message>
    <message>
        <source>Write JSON to stdout: &quot;racks&quot; (name, row, rack_type, u_total, u_used, power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, placements, broken_limits, headroom, ...), &quot;rows&quot;, &quot;totals&quot;, &quot;workloads&quot; (id, name, kind, model, precision, training or inference, servers, gpus, accelerator, latency, requests_per_second_within_targets), &quot;assignments&quot; (workload, placement, rack, row, position_u) and &quot;headroom&quot;: &quot;training&quot; and &quot;inference&quot;, each with &quot;compute&quot; (FLOP/s at the dense BF16 peak), &quot;memory&quot; (bytes), &quot;storage&quot; (bytes), &quot;storage_bandwidth&quot; (checkpoint writes, bytes/s), &quot;network&quot; (bytes/s), &quot;power&quot; (watts) and &quot;latency&quot; (seconds) entries of the form {demand, capacity, headroom_fraction}.</source>
        <translation>将 JSON 写到标准输出：&quot;racks&quot;（name、row、rack_type、u_total、u_used、power_typical_w、power_max_w、power_budget_w、weight_kg、weight_limit_kg、cooling、placements、broken_limits、headroom 等）、&quot;rows&quot;、&quot;totals&quot;、&quot;workloads&quot;（id、name、kind、model、precision、training 或 inference、servers、gpus、accelerator、latency、requests_per_second_within_targets）、&quot;assignments&quot;（workload、placement、rack、row、position_u）以及 &quot;headroom&quot;：&quot;training&quot; 和 &quot;inference&quot;，各含 &quot;compute&quot;（按稠密 BF16 峰值计的 FLOP/s）、&quot;memory&quot;（字节）、&quot;storage&quot;（字节）、&quot;storage_bandwidth&quot;（检查点写入，字节/秒）、&quot;network&quot;（字节/秒）、&quot;power&quot;（瓦）和 &quot;latency&quot;（秒）条目，格式为 {demand, capacity, headroom_fraction}。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a power figure in the catalog</source>
        <translation>
            <numerusform>目录中有 %n 项没有功率数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>表 %1，行 %2，列 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: no such row</source>
        <translation>%1：不存在该机柜排</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a rack in the file&apos;s catalog</source>
        <translation>%1：&apos;%2&apos; 不是文件目录中的机架</translation>
    </message>
    <message>
        <source>%1: must be 1 or 2</source>
        <translation>%1：必须为 1 或 2</translation>
    </message>
    <message>
        <source>%1: unknown value &apos;%2&apos;</source>
        <translation>%1：未知的值 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a PDU of a rack in the file</source>
        <translation>%1：&apos;%2&apos; 不是文件中某个机架的 PDU</translation>
    </message>
    <message>
        <source>%1: no such rack</source>
        <translation>%1：不存在该机架</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not in the file&apos;s catalog</source>
        <translation>%1：&apos;%2&apos; 不在文件的目录中</translation>
    </message>
    <message>
        <source>%1: U positions start at 1</source>
        <translation>%1：U 位从 1 开始</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (not an SQLite database).</source>
        <translation>它不是 Headroom 项目（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (another program&apos;s database).</source>
        <translation>它不是 Headroom 项目（是其他程序的数据库）。</translation>
    </message>
    <message>
        <source>it was saved by a newer Headroom (file format %1; this version reads up to %2).</source>
        <translation>它由更新版本的 Headroom 保存（文件格式 %1；此版本最多读取 %2）。</translation>
    </message>
    <message>
        <source>it is not a Headroom project (no schema).</source>
        <translation>它不是 Headroom 项目（没有架构）。</translation>
    </message>
    <message>
        <source>no room to upgrade a copy of it.</source>
        <translation>没有空间来升级它的副本。</translation>
    </message>
    <message>
        <source>upgrading it from file format %1 failed (%2).</source>
        <translation>从文件格式 %1 升级失败（%2）。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>no temporary folder (%1).</source>
        <translation>没有临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>not a workload id</source>
        <translation>不是有效的工作负载 ID</translation>
    </message>
    <message>
        <source>%1: no such workload</source>
        <translation>%1：没有这个工作负载</translation>
    </message>
    <message>
        <source>%1: no such placement</source>
        <translation>%1：没有这个已安装的设备</translation>
    </message>
</context>
<context>
    <name>ProjectFileBenchmark</name>
    <message>
        <source>Saves and opens a project of 3,000 racks holding 12,000 servers.</source>
        <translation>保存并打开一个含 3,000 个机架、12,000 台服务器的项目。</translation>
    </message>
</context>
<context>
    <name>ProjectFileController</name>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Headroom 项目 (*.headroom)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>This is a sample project: change it freely, or start with File ▸ New.</source>
        <translation>这是一个示例项目：可以随意修改，或者通过 文件 ▸ 新建 重新开始。</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save them to keep them.</source>
        <translation>已恢复未保存的更改；请保存以保留它们。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1 有未保存的更改。继续之前要保存吗？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>一个未命名项目</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Headroom did not close properly. Unsaved changes to %1 were kept at %2. Recover them?</source>
        <translation>Headroom 未正常关闭。%1 的未保存更改已于 %2 保留。要恢复吗？</translation>
    </message>
</context>
<context>
    <name>ProposalBenchmark</name>
    <message>
        <source>Builds and writes the sample project&apos;s proposal, and a proposal of about 20 pages for a generated hall of 60 rack designs running a training job and a chat service; derives the bill of materials of 3,000 racks holding 12,000 servers.</source>
        <translation>生成并写出示例项目的方案书，以及一个约 20 页的方案书（生成的机房含 60 种机柜设计，运行一个训练任务和一个聊天服务）；推导 3,000 个机柜、12,000 台服务器的物料清单。</translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Rack elevations</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Power, cooling and floor space</source>
        <translation>电力、散热与占地面积</translation>
    </message>
    <message>
        <source>Assumptions and method</source>
        <translation>假设与方法</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Capacity proposal</source>
        <translation>容量方案书</translation>
    </message>
    <message>
        <source>Customer not named</source>
        <translation>未指定客户</translation>
    </message>
    <message>
        <source>%1 · Quote %2 rev. %3</source>
        <translation>%1 · 报价 %2 修订版 %3</translation>
    </message>
    <message>
        <source>Prepared with Headroom · %1</source>
        <translation>使用 Headroom 编制 · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>为 %1 编制</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) holding %1 servers with %2 accelerators; %3 at most; %4 in total.</source>
        <translation>
            <numerusform>%n 个机柜，容纳 %1 台服务器和 %2 个加速器；最大 %3；总计 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill of materials have no price yet and are not in that total.</source>
        <translation>
            <numerusform>物料清单中有 %n 行尚无价格，未计入该总计。</numerusform>
        </translation>
    </message>
    <message>
        <source>What the hardware achieves</source>
        <translation>硬件能力</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Dense BF16 peak</source>
        <translation>BF16 稠密峰值</translation>
    </message>
    <message>
        <source>Training yardstick</source>
        <translation>训练参考基准</translation>
    </message>
    <message>
        <source>Inference yardstick</source>
        <translation>推理参考基准</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>无法容纳</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 请求/s</translation>
    </message>
    <message>
        <source>The layout holds no accelerators yet.</source>
        <translation>布局中还没有加速器。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack design(s) for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</source>
        <translation>
            <numerusform>%1 个机柜共 %n 种机柜设计。每种设计绘制一次正面和背面，并注明按此设计搭建的机柜数量；每个机柜下方的仪表显示空间、功率、散热和重量相对于该机柜限制的情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices in %1. Notes in brackets follow the table.</source>
        <translation>价格以 %1 计。括号中的注释见表格之后。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>折扣 %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税 %1</translation>
    </message>
    <message numerus="yes">
        <source>Lines marked &quot;%1&quot; are not in the total: %n line(s) await a price.</source>
        <translation>
            <numerusform>标为“%1”的行未计入总计：%n 行待定价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from market estimates rather than a vendor price list and are subject to confirmation.</source>
        <translation>
            <numerusform>%n 行按市场估价而非厂商价目表定价，有待确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>典型</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热负荷</translation>
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
        <translation>机房</translation>
    </message>
    <message>
        <source>Typical and maximum power are the catalog&apos;s figures for each item. The budget is what the racks&apos; feeds may carry continuously: %1 % of each breaker&apos;s rating (NEC 210.19(A) and 210.20(A)). Cooling is each rack&apos;s planning ceiling for its cooling type; heat is the typical draw in BTU/h (1 W = 3.412 BTU/h, NIST SP 811).</source>
        <translation>典型功率和最大功率取自目录中各设备的数值。预算是机柜供电线路可持续承载的功率：各断路器额定值的 %1 %（NEC 210.19(A) 和 210.20(A)）。散热是各机柜按其冷却类型的规划上限；热负荷是以 BTU/h 表示的典型功耗（1 W = 3.412 BTU/h，NIST SP 811）。</translation>
    </message>
    <message>
        <source>Floor space: the racks stand on %1 m² (their width times their depth, from the catalog); aisles and service clearance come on top.</source>
        <translation>占地面积：机柜占地 %1 m²（按目录中的宽度乘以深度计算）；通道和维护间距另计。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) exceed a limit as designed; the rack elevations show which gauge.</source>
        <translation>
            <numerusform>按当前设计，有 %n 个机柜超出限制；机柜立面图显示具体是哪一项指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices and rounding</source>
        <translation>价格与舍入</translation>
    </message>
    <message>
        <source>Prices come from the catalog rows frozen into the project when their items were placed, so the quote does not change when the catalog does. Amounts are exact integers of the currency&apos;s smallest unit. Each line&apos;s discount is rounded half away from zero on its own, then the quote discount on the subtotal, then tax on the discounted subtotal.</source>
        <translation>价格取自放置设备时冻结到项目中的目录条目，因此目录变化时报价不会改变。金额是以货币最小单位计的精确整数。先对每行的折扣单独舍入（四舍五入，远离零），再舍入小计上的报价折扣，最后舍入折后小计上的税。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
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
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Confidence: high = a vendor document or two consistent sources; medium = one secondary source; low = an estimate to be checked.</source>
        <translation>可信度：高 = 厂商文档或两个一致的来源；中 = 一个二手来源；低 = 有待核实的估算。</translation>
    </message>
    <message>
        <source>This quote (%1, revision %2) is valid until %3.</source>
        <translation>本报价（%1，修订版 %2）有效期至 %3。</translation>
    </message>
    <message>
        <source>Prices are in %1 and include the tax shown; delivery, installation, software licences and support are quoted separately unless listed.</source>
        <translation>价格以 %1 计，含所列税费；除非已列出，交付、安装、软件许可和支持服务另行报价。</translation>
    </message>
    <message>
        <source>Prices marked as estimates, and lines without a price, are confirmed in writing before an order is accepted.</source>
        <translation>标为估算的价格以及无价格的行，将在接受订单前以书面形式确认。</translation>
    </message>
    <message>
        <source>Power, cooling and capacity figures are planning estimates from published specifications; the site survey and the vendors&apos; final configurations govern.</source>
        <translation>电力、散热和容量数据是基于公开规格的规划估算；以现场勘察结果和厂商最终配置为准。</translation>
    </message>
    <message>
        <source>Hardware availability and lead times are confirmed at order.</source>
        <translation>硬件供货情况和交货周期在下单时确认。</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>The project has no workloads yet, so these figures are for a reference workload, not the customer&apos;s own: estimates for their training runs and inference services, and the headroom they leave, follow once the workloads are part of the project.</source>
        <translation>该项目尚无工作负载，因此这些数字针对的是参考工作负载，而非客户自己的工作负载：一旦工作负载加入项目，将给出其训练任务和推理服务的估算以及剩余的余量。</translation>
    </message>
    <message>
        <source>What the hardware could do</source>
        <translation>这些硬件能做什么</translation>
    </message>
    <message>
        <source>Yardsticks for comparing designs, not plans: a reference workload (%1) on all accelerators of each model, as the method section describes.</source>
        <translation>用于比较设计的基准，而非计划：在某型号的全部加速器上运行参考工作负载（%1），详见方法部分。</translation>
    </message>
    <message>
        <source>This proposal covers %1 servers carrying %2 accelerators with %3 of accelerator memory and %4 of dense BF16 compute at peak, in %5. The hardware draws %6 in typical operation and %7 at most, within the %8 the racks&apos; power feeds allow. The quote totals %9.</source>
        <translation>本方案书涵盖 %1 台服务器，搭载 %2 个加速器，加速器内存共 %3，BF16 稠密峰值算力 %4，分布在%5中。硬件典型运行功耗为 %6，最大 %7，在机柜供电线路允许的 %8 以内。报价总计 %9。</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) in %1</source>
        <extracomment>&quot;4 racks in 2 rows&quot;; %1 is &quot;2 rows&quot;</extracomment>
        <translation>
            <numerusform>%1共 %n 个机柜</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 排</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal preview</source>
        <translation>方案书预览</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Writing the proposal…</source>
        <translation>正在生成方案书…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you choose Save.</source>
        <translation>
            <numerusform>共 %n 页。在选择“保存 PDF”之前不会保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>保存方案书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProposalRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the PDF.</source>
        <translation>无法开始 PDF 的第 %1 页。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuoteCalculator</name>
    <message>
        <source>Line %1 (%2) has a negative quantity or price.</source>
        <translation>第 %1 行（%2）的数量或价格为负。</translation>
    </message>
    <message>
        <source>Line %1 (%2) has a discount outside 0–100 %.</source>
        <translation>第 %1 行（%2）的折扣不在 0–100 % 之间。</translation>
    </message>
    <message>
        <source>Line %1 (%2): the cost is too large to add up.</source>
        <translation>第 %1 行（%2）：成本过大，无法累加。</translation>
    </message>
    <message>
        <source>Line %1 (%2) is discounted %3 %, above the %4 % ceiling.</source>
        <translation>第 %1 行（%2）折扣为 %3 %，超过 %4 % 的上限。</translation>
    </message>
    <message>
        <source>Line %1 (%2): quantity × price is too large.</source>
        <translation>第 %1 行（%2）：数量 × 价格过大。</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>报价总额过大。</translation>
    </message>
    <message>
        <source>The quote discount is outside 0–100 %.</source>
        <translation>报价折扣不在 0–100 % 之间。</translation>
    </message>
    <message>
        <source>The tax rate is negative.</source>
        <translation>税率为负。</translation>
    </message>
    <message>
        <source>The quote is discounted %1 % in all, above the %2 % ceiling.</source>
        <translation>报价总折扣为 %1 %，超过 %2 % 的上限。</translation>
    </message>
    <message>
        <source>Line %1 (%2) has no price: the totals leave it out.</source>
        <translation>第 %1 行（%2）没有价格：未计入总计。</translation>
    </message>
</context>
<context>
    <name>QuoteCategory</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Power distribution</source>
        <translation>配电</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>QuoteCommand</name>
    <message>
        <source>Print a project&apos;s quote: the bill of materials derived from its layout, with prices, discounts, tax and totals.</source>
        <translation>输出项目的报价：根据其布局推导的物料清单，包括价格、折扣、税和总计。</translation>
    </message>
    <message>
        <source>With --json, one object: &quot;lines&quot; (each with sku, description, category, quantity, unit_price_minor, list_unit_price_minor, price_overridden, price_is_estimate, discount_percent, total_minor, note), &quot;currency&quot; (ISO 4217), &quot;customer&quot;, &quot;quote_number&quot;, &quot;revision&quot;, &quot;date&quot;, &quot;valid_until&quot;, &quot;gross_minor&quot;, &quot;line_discount_minor&quot;, &quot;subtotal_minor&quot; (the lines&apos; totals after their own discounts), &quot;discount_percent&quot; and &quot;discount_minor&quot; (the quote discount on the subtotal), &quot;tax_percent&quot;, &quot;tax_minor&quot;, &quot;total_minor&quot; (= subtotal_minor - discount_minor + tax_minor), &quot;unpriced_lines&quot; and &quot;warnings&quot;. Amounts are integers in the currency&apos;s minor unit (cents). A line without a price has null unit_price_minor and total_minor and is left out of the totals.</source>
        <translation>使用 --json 时输出一个对象：&quot;lines&quot;（每项含 sku、description、category、quantity、unit_price_minor、list_unit_price_minor、price_overridden、price_is_estimate、discount_percent、total_minor、note）、&quot;currency&quot;（ISO 4217）、&quot;customer&quot;、&quot;quote_number&quot;、&quot;revision&quot;、&quot;date&quot;、&quot;valid_until&quot;、&quot;gross_minor&quot;、&quot;line_discount_minor&quot;、&quot;subtotal_minor&quot;（各行扣除自身折扣后的合计）、&quot;discount_percent&quot; 和 &quot;discount_minor&quot;（小计上的报价折扣）、&quot;tax_percent&quot;、&quot;tax_minor&quot;、&quot;total_minor&quot;（= subtotal_minor - discount_minor + tax_minor）、&quot;unpriced_lines&quot; 和 &quot;warnings&quot;。金额是以货币最小单位（分）计的整数。无价格的行，其 unit_price_minor 和 total_minor 为 null，且不计入总计。</translation>
    </message>
    <message>
        <source>Write the quote as JSON to stdout.</source>
        <translation>将报价以 JSON 格式写到 stdout。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>项目文件（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;文件&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom quote &lt;file&gt; [--json]</source>
        <translation>用法：headroom quote &lt;文件&gt; [--json]</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 for %3, %4</source>
        <translation>报价 %1 修订版 %2，客户：%3，%4</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>Subtotal %1, discount %2, tax %3, total %4</source>
        <translation>小计 %1，折扣 %2，税 %3，总计 %4</translation>
    </message>
</context>
<context>
    <name>QuoteComparisonModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Set customer</source>
        <translation>设置客户</translation>
    </message>
    <message>
        <source>Set quote number</source>
        <translation>设置报价编号</translation>
    </message>
    <message>
        <source>A quote needs a valid date.</source>
        <translation>报价需要有效的日期。</translation>
    </message>
    <message>
        <source>Set quote date</source>
        <translation>设置报价日期</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to %1 days.</source>
        <translation>报价的有效期为 1 到 %1 天。</translation>
    </message>
    <message>
        <source>Set validity</source>
        <translation>设置有效期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (three letters, such as USD).</source>
        <translation>“%1”不是 ISO 4217 货币代码（三个字母，例如 USD）。</translation>
    </message>
    <message>
        <source>Change currency to %1</source>
        <translation>将货币更改为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Change currency to %1 (clears %n price(s))</source>
        <translation>
            <numerusform>将货币更改为 %1（清除 %n 个价格）</numerusform>
        </translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 %.</source>
        <translation>折扣应在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Set quote discount</source>
        <translation>设置报价折扣</translation>
    </message>
    <message>
        <source>Set discount ceiling</source>
        <translation>设置折扣上限</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>税率应在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Set tax rate</source>
        <translation>设置税率</translation>
    </message>
    <message>
        <source>There is no such line.</source>
        <translation>不存在该行。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Set price of %1 to %2</source>
        <translation>将 %1 的价格设为 %2</translation>
    </message>
    <message>
        <source>Use the catalog price of %1</source>
        <translation>使用 %1 的目录价格</translation>
    </message>
    <message>
        <source>Set discount of %1</source>
        <translation>设置 %1 的折扣</translation>
    </message>
    <message>
        <source>Freeze revision %1</source>
        <translation>冻结修订版 %1</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>Set cost of %1 to %2</source>
        <translation>将 %1 的成本设为 %2</translation>
    </message>
    <message>
        <source>Clear the cost of %1</source>
        <translation>清除 %1 的成本</translation>
    </message>
</context>
<context>
    <name>QuoteExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Quote discount</source>
        <translation>报价折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
</context>
<context>
    <name>QuoteFormat</name>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
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
        <translation>修订版 %1，尚未发送</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 in draft; %n earlier revision(s) frozen</source>
        <translation>
            <numerusform>修订版 %1 为草稿；已冻结 %n 个早期修订版</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Quote &amp;number:</source>
        <translation>报价编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>货币(&amp;R)：</translation>
    </message>
    <message>
        <source>Quote disc&amp;ount:</source>
        <translation>报价折扣(&amp;O)：</translation>
    </message>
    <message>
        <source>Discount c&amp;eiling:</source>
        <translation>折扣上限(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>税(&amp;T)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Discounts above this need approval: the quote warns.</source>
        <translation>超过此值的折扣需要审批：报价会给出警告。</translation>
    </message>
</context>
<context>
    <name>QuoteLineModel</name>
    <message>
        <source>Negotiated price; the catalog says %1.</source>
        <translation>议定价格；目录价格为 %1。</translation>
    </message>
    <message>
        <source>Negotiated price; the catalog has none.</source>
        <translation>议定价格；目录中没有价格。</translation>
    </message>
    <message>
        <source>An estimate from the catalog, not a vendor&apos;s price list.</source>
        <translation>来自目录的估算价，而非厂商价目表价格。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount of %2.</source>
        <translation>“%1”不是有效的 %2 金额。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage.</source>
        <translation>“%1”不是百分比。</translation>
    </message>
    <message>
        <source>What one unit costs you, for the margin. It never appears on the proposal.</source>
        <translation>每件对您的成本，用于计算利润。不会出现在方案书中。</translation>
    </message>
    <message>
        <source>Your unit cost</source>
        <translation>您的单位成本</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <source>Froze revision %1; now drafting revision %2.</source>
        <translation>已冻结修订版 %1；正在起草修订版 %2。</translation>
    </message>
    <message>
        <source>&amp;Freeze revision</source>
        <translation>冻结修订版(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the quote as it stands as a revision and draft the next one</source>
        <translation>将当前报价保存为一个修订版，并起草下一个</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the bill of materials as CSV for other programs</source>
        <translation>将物料清单写为 CSV，供其他程序使用</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>导出电子表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the quote as an Excel workbook (XLSX)</source>
        <translation>将报价写为 Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>&amp;Use catalog price</source>
        <translation>使用目录价格(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the negotiated price or discount of the selected cells</source>
        <translation>移除所选单元格的议定价格或折扣</translation>
    </message>
    <message>
        <source>Com&amp;pany…</source>
        <translation>公司(&amp;P)…</translation>
    </message>
    <message>
        <source>Company name, logo and contact on proposals</source>
        <translation>方案书上的公司名称、徽标和联系方式</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Bill of materials (derived from the rack layout)</source>
        <translation>物料清单（由机柜布局推导）(&amp;B)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 修订版 %2</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Use catalog prices</source>
        <translation>使用目录价格</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>保存方案书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuoteRevisionsPanel</name>
    <message>
        <source>Compare &amp;revision:</source>
        <translation>比较修订版(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>与(&amp;W)：</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>修订版 %1（%2）</translation>
    </message>
    <message>
        <source>Draft of revision %1</source>
        <translation>修订版 %1 草稿</translation>
    </message>
    <message>
        <source>Total %1 → %2 (%3).</source>
        <translation>总计 %1 → %2（%3）。</translation>
    </message>
    <message>
        <source>No line changed.</source>
        <translation>没有行发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed.</source>
        <translation>
            <numerusform>%n 行已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerators %1 → %2, servers %3 → %4, racks %5 → %6, maximum power %7 → %8.</source>
        <translation>加速器 %1 → %2，服务器 %3 → %4，机柜 %5 → %6，最大功率 %7 → %8。</translation>
    </message>
</context>
<context>
    <name>QuoteTables</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code</source>
        <translation>“%1”不是货币代码</translation>
    </message>
    <message>
        <source>must be 0 to 10000 (basis points)</source>
        <translation>必须在 0 到 10000 之间（基点）</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>no such revision</source>
        <translation>不存在该修订版</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>未知的值“%1”</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>a cost cannot be negative</source>
        <translation>成本不能为负数</translation>
    </message>
</context>
<context>
    <name>QuoteTotalsView</name>
    <message>
        <source>List total:</source>
        <translation>标价合计：</translation>
    </message>
    <message>
        <source>Line discounts:</source>
        <translation>行折扣：</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>小计：</translation>
    </message>
    <message>
        <source>Quote discount (%1):</source>
        <translation>报价折扣（%1）：</translation>
    </message>
    <message>
        <source>Tax (%1):</source>
        <translation>税（%1）：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from estimates, not a price list.</source>
        <translation>
            <numerusform>%n 行按估算定价，而非依据价目表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有需要注意的事项。</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>利润：</translation>
    </message>
    <message>
        <source>enter your unit costs</source>
        <translation>请输入单位成本</translation>
    </message>
    <message numerus="yes">
        <source>%n priced line(s) without a cost</source>
        <translation>
            <numerusform>%n 个有价格的行缺少成本</numerusform>
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
        <translation>风冷</translation>
    </message>
    <message>
        <source>Rear-door heat exchanger</source>
        <translation>后门热交换器</translation>
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
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackItem</name>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>%1 of %2 U</source>
        <translation>%1 / %2 U</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>散热</translation>
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
        <translation>机房是空的。请从目录中将一种机柜类型拖到这里，或通过“布局”菜单添加机柜列和机柜。</translation>
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
            <numerusform>%1 × %2，%n 块硬盘</numerusform>
        </translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>朝向</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
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
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>RackPower</name>
    <message>
        <source>Single phase</source>
        <translation>单相</translation>
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
        <translation>各机柜功率</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>其他工作负载</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No racks in this selection.</source>
        <translation>所选范围内没有机柜。</translation>
    </message>
    <message numerus="yes">
        <source>%n racks summed in this bar</source>
        <translation>
            <numerusform>此柱汇总了 %n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Total %1 of a %2 budget (%3 left)</source>
        <translation>合计 %1，预算 %2（剩余 %3）</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>Racks (summed in groups)</source>
        <translation>机柜（分组汇总）</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>ReferenceValidator</name>
    <message>
        <source>model %1 is not a preset and %2 gives no parameter count.</source>
        <translation>model %1 不是预设，且 %2 未给出参数量。</translation>
    </message>
    <message>
        <source>model %1 is not a preset: shape estimated from %2 billion parameters.</source>
        <translation>model %1 不是预设：结构根据 %2 十亿参数估算。</translation>
    </message>
    <message>
        <source>precision %1 names no format; bf16 assumed.</source>
        <translation>precision %1 未指明格式；假定为 bf16。</translation>
    </message>
    <message>
        <source>reported_gpu_hours not compared: tokens_B is empty.</source>
        <translation>未比较 reported_gpu_hours：tokens_B 为空。</translation>
    </message>
    <message>
        <source>reported_throughput %1: unit not understood.</source>
        <translation>reported_throughput %1：无法识别单位。</translation>
    </message>
    <message>
        <source>no published GPU-hours or throughput to compare.</source>
        <translation>没有可供比较的已发布 GPU 小时数或吞吐量。</translation>
    </message>
    <message>
        <source>input_tokens %1 is not a number of tokens.</source>
        <translation>input_tokens %1 不是 token 数量。</translation>
    </message>
    <message>
        <source>gpu_count is empty; one GPU assumed.</source>
        <translation>gpu_count 为空；假定为一个 GPU。</translation>
    </message>
    <message>
        <source>throughput not compared: output_tokens %1 is not a number.</source>
        <translation>未比较吞吐量：output_tokens %1 不是数字。</translation>
    </message>
    <message>
        <source>no published throughput, TTFT or TPOT to compare.</source>
        <translation>没有可供比较的已发布吞吐量、TTFT 或 TPOT。</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message>
        <source>Line 1: the header has neither the columns of training runs (id, tokens_B, ...) nor those of inference runs (id, input_tokens, ...).</source>
        <translation>第 1 行：表头既没有训练运行的列（id、tokens_B……），也没有推理运行的列（id、input_tokens……）。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1 has %2 cells where the header has %3.</source>
        <translation>第 %1 行有 %2 个单元格，而表头有 %3 个。</translation>
    </message>
</context>
<context>
    <name>RowHeaderItem</name>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n 个机柜超出限制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Write the sample project (two training racks, an inference rack, a storage and network rack) to a file.</source>
        <translation>将示例项目（两个训练机架、一个推理机架、一个存储和网络机架）写入文件。</translation>
    </message>
    <message>
        <source>Overwrite &lt;file&gt; if it exists.</source>
        <translation>如果 &lt;文件&gt; 已存在则覆盖。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The project file to write (.headroom).</source>
        <translation>要写入的项目文件（.headroom）。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;文件&gt;</translation>
    </message>
    <message>
        <source>Give exactly one file to write, for example: headroom sample hall.headroom</source>
        <translation>请只指定一个要写入的文件，例如：headroom sample hall.headroom</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to overwrite it.</source>
        <translation>%1 已存在；加上 --force 可覆盖它。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample project to %1 (%n rack(s)).</source>
        <translation>
            <numerusform>已将示例项目写入 %1（%n 个机架）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>Row A</source>
        <translation>A 排</translation>
    </message>
    <message>
        <source>Row B</source>
        <translation>B 排</translation>
    </message>
    <message>
        <source>Training 1</source>
        <translation>训练 1</translation>
    </message>
    <message>
        <source>Training 2</source>
        <translation>训练 2</translation>
    </message>
    <message>
        <source>Inference 1</source>
        <translation>推理 1</translation>
    </message>
    <message>
        <source>Storage and network</source>
        <translation>存储和网络</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 70B on 20B tokens in 7 days</source>
        <translation>7 天内用 200 亿 token 微调 Llama 3.1 70B</translation>
    </message>
    <message>
        <source>Chat on Llama 3.1 8B at 40 req/s, TTFT ≤ 500 ms</source>
        <translation>基于 Llama 3.1 8B 的聊天，40 请求/秒，TTFT ≤ 500 ms</translation>
    </message>
    <message>
        <source>Example AI Lab</source>
        <translation>示例 AI 实验室</translation>
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
        <source>Run &apos;headroom %1 --help&apos; for its options.</source>
        <translation>运行“headroom %1 --help”查看其选项。</translation>
    </message>
</context>
<context>
    <name>TrainingEstimator</name>
    <message>
        <source>gpus must be at least 1.</source>
        <translation>gpus 必须至少为 1。</translation>
    </message>
    <message>
        <source>training.tokens must be greater than zero.</source>
        <translation>training.tokens 必须大于零。</translation>
    </message>
    <message>
        <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage 必须是 0、1、2 或 3，而不是 %1。</translation>
    </message>
    <message>
        <source>training.micro_batch must be at least 1.</source>
        <translation>training.micro_batch 必须至少为 1。</translation>
    </message>
    <message>
        <source>The accelerator %1 has no memory size.</source>
        <translation>加速器 %1 没有显存容量。</translation>
    </message>
    <message>
        <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
        <translation>加速器 %1 没有 %2 稠密峰值；请选择其他精度。</translation>
    </message>
    <message numerus="yes">
        <source>The model does not fit on %n GPU(s) of %1: it needs %2 per GPU in the best layout.</source>
        <translation>
            <numerusform>模型无法放入 %n 个 %1 GPU：在最佳布局下每个 GPU 需要 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTimeChartView</name>
    <message>
        <source>Training time vs GPUs</source>
        <translation>训练时间与 GPU 数量</translation>
    </message>
    <message>
        <source>No training job here. Select one in the Workloads dock or a server that runs one to see its time against GPU count.</source>
        <translation>此处没有训练作业。请在工作负载面板中选择一个，或选择运行训练作业的服务器，以查看其时间随 GPU 数量的变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>%n 块 GPU：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n GPU(s): %1 (%2 to %3)</source>
        <translation>
            <numerusform>已分配 %n 块 GPU：%1（%2 至 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n GPU(s) at the fewest</source>
        <translation>
            <numerusform>最少需 %n 块 GPU 即可放下</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Time to train (days)</source>
        <translation>训练时间（天）</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>估算时间</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>%1 days</source>
        <extracomment>Duration in days with up to three significant digits, e.g. &quot;14.8 days&quot;</extracomment>
        <translation>%1 天</translation>
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
        <translation>无法为目录创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: %2</source>
        <translation>无法创建目录“%1”：%2</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: the file could not be put in place.</source>
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
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Compare estimates with published (or your own measured) training and inference runs.</source>
        <translation>将估算与已发布（或您自己测量的）训练和推理运行进行比较。</translation>
    </message>
    <message>
        <source>FILE.csv has the columns of Headroom&apos;s reference runs. Training runs: id, model, params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, reported_gpu_hours, reported_throughput. Inference runs: id, model, params_B, precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. gpu_type is looked up in the catalog; other columns are ignored.

Prints one line per published figure (published, predicted, error) and the median absolute error per metric; rows that cannot be rebuilt are listed with the field that stopped them. --json writes rows, comparisons and medians as JSON.</source>
        <translation>FILE.csv 使用 Headroom 参考运行的列。训练运行：id、model、params_total_B、params_active_B、tokens_B、gpu_type、gpu_count、precision、reported_gpu_hours、reported_throughput。推理运行：id、model、params_B、precision、gpu_type、gpu_count、parallelism、scenario、input_tokens、output_tokens、batch_or_concurrency、throughput_out_tokens_per_s_system、throughput_out_tokens_per_s_per_gpu、requests_per_s、ttft_ms、tpot_or_itl_ms。gpu_type 在目录中查找；其他列将被忽略。

每个已发布的数值输出一行（已发布值、预测值、误差），并给出每个指标的绝对误差中位数；无法重建的行会列出导致失败的字段。--json 以 JSON 输出行、比较结果和中位数。</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>将 JSON 写到标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A CSV file of training or inference runs.</source>
        <translation>包含训练或推理运行的 CSV 文件。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>文件.csv</translation>
    </message>
    <message>
        <source>headroom validate needs one CSV file.</source>
        <translation>headroom validate 需要一个 CSV 文件。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
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
        <translation>模型</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>Median absolute error</source>
        <translation>绝对误差中位数</translation>
    </message>
    <message numerus="yes">
        <source>%1% over %n row(s)</source>
        <translation>
            <numerusform>%1%，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1%: met</source>
        <translation>目标 %1%：已达到</translation>
    </message>
    <message>
        <source>target %1%: missed</source>
        <translation>目标 %1%：未达到</translation>
    </message>
    <message>
        <source>Not compared, or compared with a caveat</source>
        <translation>未比较或有保留地比较</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>A workload needs a name.</source>
        <translation>工作负载需要一个名称。</translation>
    </message>
    <message>
        <source>The model&apos;s shape is incomplete: %1</source>
        <translation>模型结构不完整：%1</translation>
    </message>
    <message>
        <source>Training runs in fp32, tf32, bf16, fp16 or fp8, not %1.</source>
        <translation>训练使用 fp32、tf32、bf16、fp16 或 fp8，而不是 %1。</translation>
    </message>
    <message>
        <source>The number of training tokens must be more than zero.</source>
        <translation>训练 token 数必须大于零。</translation>
    </message>
    <message>
        <source>The deadline must be more than zero.</source>
        <translation>截止时间必须大于零。</translation>
    </message>
    <message>
        <source>Tensor parallelism is automatic (0) or a power of two, not %1.</source>
        <translation>张量并行度为自动（0）或 2 的幂，而不是 %1。</translation>
    </message>
    <message>
        <source>Pipeline parallelism is automatic (0) or 1 to %1 stages (one per layer), not %2.</source>
        <translation>流水线并行度为自动（0）或 1 到 %1 级（每层一级），而不是 %2。</translation>
    </message>
    <message>
        <source>The ZeRO/FSDP stage is automatic or 0, 1, 2 or 3, not %1.</source>
        <translation>ZeRO/FSDP 阶段为自动或 0、1、2、3，而不是 %1。</translation>
    </message>
    <message>
        <source>The dataset size cannot be negative.</source>
        <translation>数据集大小不能为负数。</translation>
    </message>
    <message>
        <source>The global batch cannot be negative.</source>
        <translation>全局批次不能为负数。</translation>
    </message>
    <message>
        <source>The global batch (%1 tokens) is larger than the whole run (%2 tokens).</source>
        <translation>全局批次（%1 个 token）大于整个训练（%2 个 token）。</translation>
    </message>
    <message>
        <source>The checkpoint interval cannot be negative.</source>
        <translation>检查点间隔不能为负数。</translation>
    </message>
    <message>
        <source>The number of checkpoints kept cannot be negative.</source>
        <translation>保留的检查点数不能为负数。</translation>
    </message>
    <message>
        <source>The checkpoint stall budget is a share of the interval, more than 0 % and at most 100 %.</source>
        <translation>检查点停顿预算是间隔的一个比例，大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>The request rate must be more than zero.</source>
        <translation>请求速率必须大于零。</translation>
    </message>
    <message>
        <source>A request has at least one input token.</source>
        <translation>每个请求至少有一个输入 token。</translation>
    </message>
    <message>
        <source>A request has at least one output token.</source>
        <translation>每个请求至少有一个输出 token。</translation>
    </message>
    <message>
        <source>%1 input and output tokens exceed the %2-token context of %3.</source>
        <translation>%1 个输入和输出 token 超出了 %3 的 %2 token 上下文。</translation>
    </message>
    <message>
        <source>The time to first token target cannot be negative.</source>
        <translation>首 token 时间目标不能为负数。</translation>
    </message>
    <message>
        <source>The time per output token target cannot be negative.</source>
        <translation>每输出 token 时间目标不能为负数。</translation>
    </message>
    <message>
        <source>%1, %2 tokens in %3</source>
        <extracomment>A training job in a list: model, tokens, deadline, e.g. &quot;Llama 2 70B, 2T tokens in 30 days&quot;</extracomment>
        <translation>%1，%3 内 %2 个 token</translation>
    </message>
    <message>
        <source>%1, %2 req/s</source>
        <extracomment>An inference service in a list: model and request rate, e.g. &quot;Llama 3.1 70B, 50 req/s&quot;</extracomment>
        <translation>%1，%2 请求/秒</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推理服务</translation>
    </message>
</context>
<context>
    <name>WorkloadAssignmentActions</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <source>Remove all workloads from the selection</source>
        <translation>从所选项移除所有工作负载</translation>
    </message>
    <message>
        <source>Take every workload off the selected servers, racks or rows</source>
        <translation>将所有工作负载从所选服务器、机柜或机柜列上移除</translation>
    </message>
    <message>
        <source>No workloads run on the selection.</source>
        <translation>所选对象上没有运行任何工作负载。</translation>
    </message>
</context>
<context>
    <name>WorkloadDrag</name>
    <message>
        <source>This workload is not in the project.</source>
        <translation>该工作负载不在此项目中。</translation>
    </message>
    <message>
        <source>Drop onto a server, a rack or a row.</source>
        <translation>请放到服务器、机柜或机柜列上。</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>将 %1 移到 %2：%n 块 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>将 %1 分配到 %2：%n 块 GPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadEditor</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>There is no workload template &apos;%1&apos;.</source>
        <translation>没有工作负载模板 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>该工作负载已不存在。</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo text: &quot;Change Deadline of Pre-train a 70B model&quot;</extracomment>
        <translation>更改 %2 的%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n workload(s)</source>
        <translation>
            <numerusform>复制 %n 个工作负载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n workload(s)</source>
        <translation>
            <numerusform>移除 %n 个工作负载</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <extracomment>Undo text: &quot;Assign Chat service to Inference 1&quot;</extracomment>
        <translation>将 %1 分配到 %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移到 %2</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>取消 %1 在 %2 上的分配</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n assignment(s)</source>
        <translation>
            <numerusform>移除 %n 个分配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Pipeline parallelism</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>ZeRO/FSDP stage</source>
        <translation>ZeRO/FSDP 阶段</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>数据集大小</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>全局批次</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>Checkpoints kept</source>
        <translation>保留的检查点</translation>
    </message>
    <message>
        <source>Checkpoint stall budget</source>
        <translation>检查点停顿预算</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Time to first token target</source>
        <translation>首 token 时间目标</translation>
    </message>
    <message>
        <source>Time per output token target</source>
        <translation>每输出 token 时间目标</translation>
    </message>
    <message>
        <source>N+1 redundancy</source>
        <translation>N+1 冗余</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>0 (plain data parallel)</source>
        <translation>0（纯数据并行）</translation>
    </message>
    <message>
        <source>1 (optimizer states)</source>
        <translation>1（优化器状态）</translation>
    </message>
    <message>
        <source>2 (and gradients)</source>
        <translation>2（及梯度）</translation>
    </message>
    <message>
        <source>3 (FSDP: and weights)</source>
        <translation>3（FSDP：及权重）</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source> billion tokens</source>
        <extracomment>Units after numbers in the workload form; the leading space separates them</extracomment>
        <translation> 十亿 token</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>From the tokens</source>
        <translation>按 token 数推算</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Planning default (2 h)</source>
        <translation>规划默认值（2 小时）</translation>
    </message>
    <message>
        <source>Planning default (5)</source>
        <translation>规划默认值（5）</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>N+1: one spare server, so one can fail</source>
        <translation>N+1：多一台备用服务器，允许一台故障</translation>
    </message>
    <message>
        <source>Select a workload to edit it, or create one from a template.</source>
        <translation>选择一个工作负载进行编辑，或从模板新建一个。</translation>
    </message>
</context>
<context>
    <name>WorkloadItemDelegate</name>
    <message>
        <source>T</source>
        <extracomment>One-letter marks for a workload&apos;s kind in the Workloads list: Training, Inference</extracomment>
        <translation>训</translation>
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
        <translation>%1 必须是 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a list of names, not %2.</source>
        <translation>%1 必须是名称列表，而不是 %2。</translation>
    </message>
    <message>
        <source>kind must be &quot;training&quot; or &quot;inference&quot;, not &quot;%1&quot;.</source>
        <translation>kind 必须是 &quot;training&quot; 或 &quot;inference&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>model must be an object, not %1.</source>
        <translation>model 必须是对象，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 必须是对象，而不是 %2。</translation>
    </message>
    <message>
        <source>training.zero_stage must be &quot;auto&quot;, 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage 必须是 &quot;auto&quot;、0、1、2 或 3，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>WorkloadListModel</name>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A workload&apos;s latency: &quot;3.91 days of 7 days&quot;, &quot;32.8 ms of 50 ms&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time or latency</source>
        <translation>时间或延迟</translation>
    </message>
</context>
<context>
    <name>WorkloadResult</name>
    <message>
        <source>Sized on the weakest of its accelerators, %1.</source>
        <translation>按其最弱的加速器 %1 估算。</translation>
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
        <translation>按时完成，余 %1</translation>
    </message>
    <message>
        <source>On time, under %1 to spare</source>
        <translation>按时完成，余量不足 %1</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无截止期限</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1，无目标</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1，目标 %2</translation>
    </message>
    <message>
        <source>more than any GPU count gives</source>
        <translation>超出任何 GPU 数量所能提供</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>%1, tight</source>
        <translation>%1，紧张</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time to train</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止期限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Within targets</source>
        <translation>目标范围内</translation>
    </message>
    <message>
        <source>TTFT at load</source>
        <translation>该负载下的 TTFT</translation>
    </message>
    <message>
        <source>TPOT at load</source>
        <translation>该负载下的 TPOT</translation>
    </message>
    <message>
        <source>%1 cannot be estimated on its %2: %3</source>
        <translation>%1 无法在其 %2 上估算：%3</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>The workloads on this hardware</source>
        <translation>这些硬件上的工作负载</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) are part of the project. Each is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</source>
        <translation>
            <numerusform>项目包含 %n 个工作负载。每个工作负载都在分配给它的 GPU 上估算；范围表示在假设的校准界限内数字可能变化的幅度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load is the request rate a service is asked for; within targets is the most its GPUs serve while the first token (TTFT) and each further token (TPOT) arrive within their targets. Latencies are at the load, with their ranges.</source>
        <translation>负载是服务所需承担的请求速率；目标范围内是其 GPU 在首个 token（TTFT）与后续每个 token（TPOT）均满足目标时所能服务的最大速率。延迟为该负载下的数值，并附其范围。</translation>
    </message>
    <message>
        <source>Not yet placed on any server, so not estimated: %1.</source>
        <translation>尚未部署到任何服务器，因此未估算：%1。</translation>
    </message>
    <message>
        <source>Headroom left in the hall</source>
        <translation>机房剩余余量</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Training: demand of capacity</source>
        <translation>训练：需求 / 容量</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Inference: demand of capacity</source>
        <translation>推理：需求 / 容量</translation>
    </message>
    <message>
        <source>Left is what remains as a share of what there is; tight means under %1. Compute is GPU time at the dense BF16 peak; memory is accelerator memory; the network is the fabric for training&apos;s gradient exchange and the front end for inference; power is the racks&apos; budget; latency is the tightest workload&apos;s time to train against its deadline, or its TTFT or TPOT against the target.</source>
        <translation>剩余是指剩下的部分占现有容量的比例；紧张表示不足 %1。计算是按稠密 BF16 峰值计的 GPU 时间；内存是加速器内存；网络对训练而言是梯度交换所用的网络结构，对推理而言是前端网络；功率是机柜的预算；延迟是最紧张的工作负载的训练时间相对于其截止期限，或其 TTFT 或 TPOT 相对于目标。</translation>
    </message>
    <message>
        <source>Each workload is estimated on the GPUs it is assigned to by the same capacity engine: training time from the model&apos;s FLOPs per token and a calibrated model FLOPs utilisation, inference latency from the prefill and decode rooflines with continuous batching. Demand is shared out over the workload&apos;s servers and set against each server&apos;s, rack&apos;s and the hall&apos;s capacity.</source>
        <translation>每个工作负载都由同一容量引擎在分配给它的 GPU 上估算：训练时间来自模型每个 token 的 FLOPs 与校准的模型 FLOPs 利用率，推理延迟来自采用连续批处理的预填充和解码屋顶线模型。需求分摊到该工作负载的各服务器上，并与每台服务器、每个机柜和整个机房的容量对比。</translation>
    </message>
</context>
<context>
    <name>WorkloadTemplates</name>
    <message>
        <source>Pre-train a 70B model on 2T tokens in 30 days</source>
        <translation>30 天内用 2 万亿 token 预训练一个 70B 模型</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2): the 70B model saw 2T tokens</source>
        <translation>Touvron 等 2023（Llama 2）：70B 模型训练了 2 万亿 token</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 8B on 10B tokens in 2 days</source>
        <translation>2 天内用 100 亿 token 微调 Llama 3.1 8B</translation>
    </message>
    <message>
        <source>A continued-training run of a few billion domain tokens</source>
        <translation>用数十亿领域 token 进行的继续训练</translation>
    </message>
    <message>
        <source>Fine-tune Mixtral 8x7B on 50B tokens in 7 days</source>
        <translation>7 天内用 500 亿 token 微调 Mixtral 8x7B</translation>
    </message>
    <message>
        <source>A mixture-of-experts model: all 47B parameters held, 13B active</source>
        <translation>混合专家模型：全部 470 亿参数需驻留，130 亿参数激活</translation>
    </message>
    <message>
        <source>Pre-train Llama 3.1 405B on 15.6T tokens in 90 days</source>
        <translation>90 天内用 15.6 万亿 token 预训练 Llama 3.1 405B</translation>
    </message>
    <message>
        <source>Llama 3 Herd paper §3: 405B trained on 15.6T tokens on up to 16,384 H100</source>
        <translation>Llama 3 Herd 论文 §3：405B 在最多 16,384 块 H100 上用 15.6 万亿 token 训练</translation>
    </message>
    <message>
        <source>Chat service for Llama 3.1 70B at 50 req/s, TTFT ≤ 1 s</source>
        <translation>Llama 3.1 70B 聊天服务，50 请求/秒，TTFT ≤ 1 s</translation>
    </message>
    <message>
        <source>The issue&apos;s example; 40 ms per token is MLPerf Inference v5.0&apos;s interactive limit</source>
        <translation>需求中的示例；每 token 40 ms 是 MLPerf Inference v5.0 交互场景的上限</translation>
    </message>
    <message>
        <source>Code completion on Llama 3.1 8B at 200 req/s, TTFT ≤ 300 ms</source>
        <translation>基于 Llama 3.1 8B 的代码补全，200 请求/秒，TTFT ≤ 300 ms</translation>
    </message>
    <message>
        <source>Editor completions: long context, short answers, tight first-token latency</source>
        <translation>编辑器补全：上下文长、回答短、首 token 延迟要求严格</translation>
    </message>
    <message>
        <source>Document Q&amp;A on Llama 3.1 70B: 8k-token prompts at 10 req/s</source>
        <translation>基于 Llama 3.1 70B 的文档问答：8k token 提示，10 请求/秒</translation>
    </message>
    <message>
        <source>Retrieval-augmented answers: prefill-heavy requests</source>
        <translation>检索增强回答：预填充开销大的请求</translation>
    </message>
    <message>
        <source>Serve Llama 3.1 405B at fp8, 5 req/s</source>
        <translation>以 fp8 部署 Llama 3.1 405B，5 请求/秒</translation>
    </message>
    <message>
        <source>MLPerf Inference v5.0 server latency limits for Llama 3.1 405B</source>
        <translation>MLPerf Inference v5.0 中 Llama 3.1 405B 的服务器场景延迟上限</translation>
    </message>
</context>
<context>
    <name>WorkloadsPane</name>
    <message>
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Create a training job or an inference service from a template</source>
        <translation>从模板创建训练作业或推理服务</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected workloads (%1)</source>
        <translation>复制所选工作负载（%1）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected workloads and their assignments (%1)</source>
        <translation>删除所选工作负载及其分配（%1）</translation>
    </message>
    <message>
        <source>Drag a workload onto a server, a rack or a row to assign it.</source>
        <translation>将工作负载拖到服务器、机柜或机柜列上即可分配。</translation>
    </message>
</context>
</TS>
