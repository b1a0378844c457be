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
        <message>
            <source>Exit codes: 0 success, 1 the work failed (bad input file, impossible request, I/O error), 2 the command line was wrong.</source>
            <translation>退出码：0 成功，1 执行失败（输入文件有误、请求无法实现、I/O 错误），2 命令行有误。</translation>
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
            <source>Hardware catalog</source>
            <translation>硬件目录</translation>
        </message>
        <message>
            <source>GPU servers, accelerators, storage, switches, racks and PDUs with sourced specs will be listed here, ready to drag into racks.</source>
            <translation>GPU 服务器、加速器、存储、交换机、机架和 PDU 及其有出处的规格将列在这里，可直接拖入机架。</translation>
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
    </context>
    <context>
        <name>Project</name>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
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
            <source>The quote's total is too large.</source>
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
    </context>
</TS>
