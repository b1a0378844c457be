<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceleratorMatcher</name>
    <message numerus="yes">
        <source>The accelerator name &apos;%1&apos; matches %n accelerator(s): %2. Use more of the name.</source>
        <translation>
            <numerusform>The accelerator name &apos;%1&apos; matches %n accelerator: %2. Use more of the name.</numerusform>
            <numerusform>The accelerator name &apos;%1&apos; matches %n accelerators: %2. Use more of the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message numerus="yes">
        <source>%n of these server(s) already run inference; training will share them.</source>
        <translation>
            <numerusform>%n of these servers already runs inference; training will share it.</numerusform>
            <numerusform>%n of these servers already run inference; training will share them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run training; inference will share them.</source>
        <translation>
            <numerusform>%n of these servers already runs training; inference will share it.</numerusform>
            <numerusform>%n of these servers already run training; inference will share them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BomDerivation</name>
    <message numerus="yes">
        <source>Compute fabric: %n adapter port(s) per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</source>
        <translation>
            <numerusform>Compute fabric: %n adapter port per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</numerusform>
            <numerusform>Compute fabric: %n adapter ports per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Front end (storage and in-band management): %n port(s) per server (DGX BasePOD reference architecture: two dual-port adapters per system).</source>
        <translation>
            <numerusform>Front end (storage and in-band management): %n port per server (DGX BasePOD reference architecture: two dual-port adapters per system).</numerusform>
            <numerusform>Front end (storage and in-band management): %n ports per server (DGX BasePOD reference architecture: two dual-port adapters per system).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-band management: %n port(s) at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</source>
        <translation>
            <numerusform>Out-of-band management: %n port at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</numerusform>
            <numerusform>Out-of-band management: %n ports at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each optical link has %n transceiver(s) and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</source>
        <translation>
            <numerusform>Each optical link has %n transceiver and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</numerusform>
            <numerusform>Each optical link has %n transceivers and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n item. Undo brings it back.</numerusform>
            <numerusform>Deleted %n items. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would be imported (%1); the catalog was not changed.</source>
        <translation>
            <numerusform>Dry run: %n item would be imported (%1); the catalog was not changed.</numerusform>
            <numerusform>Dry run: %n items would be imported (%1); the catalog was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) (%1) into %2.</source>
        <translation>
            <numerusform>Imported %n item (%1) into %2.</numerusform>
            <numerusform>Imported %n items (%1) into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogDatabase</name>
    <message numerus="yes">
        <source>%n server(s) list it as an accelerator option (%1); remove it there first</source>
        <translation>
            <numerusform>%n server lists it as an accelerator option (%1); remove it there first</numerusform>
            <numerusform>%n servers list it as an accelerator option (%1); remove it there first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>Importing %n item</numerusform>
            <numerusform>Importing %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogEdits</name>
    <message numerus="yes">
        <source>%n server(s) list %1 as an accelerator option (%2); remove it there first</source>
        <translation>
            <numerusform>%n server lists %1 as an accelerator option (%2); remove it there first</numerusform>
            <numerusform>%n servers list %1 as an accelerator option (%2); remove it there first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was rejected.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</source>
        <translation>
            <numerusform>%n problem found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</numerusform>
            <numerusform>%n problems found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message numerus="yes">
        <source>%n server(s) list this item as an accelerator (%1), so it must stay an accelerator</source>
        <translation>
            <numerusform>%n server lists this item as an accelerator (%1), so it must stay an accelerator</numerusform>
            <numerusform>%n servers list this item as an accelerator (%1), so it must stay an accelerator</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InferenceEstimator</name>
    <message numerus="yes">
        <source>%1 does not fit in %n accelerator(s) of %2 with room for one sequence&apos;s KV cache.</source>
        <translation>
            <numerusform>%1 does not fit in %n accelerator of %2 with room for one sequence&apos;s KV cache.</numerusform>
            <numerusform>%1 does not fit in %n accelerators of %2 with room for one sequence&apos;s KV cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests/s is more than the %n replica(s) can serve; the figures are at full load.</source>
        <translation>
            <numerusform>%1 requests/s is more than the %n replica can serve; the figures are at full load.</numerusform>
            <numerusform>%1 requests/s is more than the %n replicas can serve; the figures are at full load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even a single request misses the latency targets on %n accelerator(s) per replica.</source>
        <translation>
            <numerusform>Even a single request misses the latency targets on %n accelerator per replica.</numerusform>
            <numerusform>Even a single request misses the latency targets on %n accelerators per replica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n rack(s)</source>
        <translation>
            <numerusform>Duplicate %n rack</numerusform>
            <numerusform>Duplicate %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutDrag</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s)</source>
        <translation>
            <numerusform>Place %n item</numerusform>
            <numerusform>Place %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n rack(s)</source>
        <translation>
            <numerusform>Add %n rack</numerusform>
            <numerusform>Add %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>Remove %n rack</numerusform>
            <numerusform>Remove %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Nudge %n item</numerusform>
            <numerusform>Nudge %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message numerus="yes">
        <source>does not fit: U%1–U%2 is outside the rack&apos;s %n U</source>
        <translation>
            <numerusform>does not fit: U%1–U%2 is outside the rack&apos;s %n U</numerusform>
            <numerusform>does not fit: U%1–U%2 is outside the rack&apos;s %n U</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n accelerator(s)</source>
        <translation>
            <numerusform>%1 holds at most %n accelerator</numerusform>
            <numerusform>%1 holds at most %n accelerators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n drive bay(s)</source>
        <translation>
            <numerusform>%1 has %n drive bay</numerusform>
            <numerusform>%1 has %n drive bays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutToolTips</name>
    <message numerus="yes">
        <source>%n rack(s), %1 of %2 U used</source>
        <translation>
            <numerusform>%n rack, %1 of %2 U used</numerusform>
            <numerusform>%n racks, %1 of %2 U used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n rack over a limit</numerusform>
            <numerusform>%n racks over a limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message numerus="yes">
        <source>%n item(s) without a weight in the catalog</source>
        <translation>
            <numerusform>%n item without a weight in the catalog</numerusform>
            <numerusform>%n items without a weight in the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s):</source>
        <translation>
            <numerusform>%n workload:</numerusform>
            <numerusform>%n workloads:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2, %3): %n GPU(s)</source>
        <extracomment>&quot; Chat (inference service, Llama 3.1 8B, 40 req/s): 32 GPU(s) on 8 server(s)&quot;</extracomment>
        <translation>
            <numerusform>  %1 (%2, %3): %n GPU</numerusform>
            <numerusform>  %1 (%2, %3): %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a power figure in the catalog</source>
        <translation>
            <numerusform>%n item without a power figure in the catalog</numerusform>
            <numerusform>%n items without a power figure in the catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message numerus="yes">
        <source>%n rack(s) holding %1 servers with %2 accelerators; %3 at most; %4 in total.</source>
        <translation>
            <numerusform>%n rack holding %1 servers with %2 accelerators; %3 at most; %4 in total.</numerusform>
            <numerusform>%n racks holding %1 servers with %2 accelerators; %3 at most; %4 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill of materials have no price yet and are not in that total.</source>
        <translation>
            <numerusform>%n line of the bill of materials has no price yet and is not in that total.</numerusform>
            <numerusform>%n lines of the bill of materials have no price yet and are not in that total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack design(s) for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</source>
        <translation>
            <numerusform>%n rack design for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</numerusform>
            <numerusform>%n rack designs for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines marked &quot;%1&quot; are not in the total: %n line(s) await a price.</source>
        <translation>
            <numerusform>Lines marked &quot;%1&quot; are not in the total: %n line awaits a price.</numerusform>
            <numerusform>Lines marked &quot;%1&quot; are not in the total: %n lines await a price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from market estimates rather than a vendor price list and are subject to confirmation.</source>
        <translation>
            <numerusform>%n line is priced from market estimates rather than a vendor price list and is subject to confirmation.</numerusform>
            <numerusform>%n lines are priced from market estimates rather than a vendor price list and are subject to confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) exceed a limit as designed; the rack elevations show which gauge.</source>
        <translation>
            <numerusform>%n rack exceeds a limit as designed; the rack elevations show which gauge.</numerusform>
            <numerusform>%n racks exceed a limit as designed; the rack elevations show which gauge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) in %1</source>
        <extracomment>&quot;4 racks in 2 rows&quot;; %1 is &quot;2 rows&quot;</extracomment>
        <translation>
            <numerusform>%n rack in %1</numerusform>
            <numerusform>%n racks in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you choose Save.</source>
        <translation>
            <numerusform>%n page. Nothing is saved until you choose Save.</numerusform>
            <numerusform>%n pages. Nothing is saved until you choose Save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message numerus="yes">
        <source>Change currency to %1 (clears %n price(s))</source>
        <translation>
            <numerusform>Change currency to %1 (clears %n price)</numerusform>
            <numerusform>Change currency to %1 (clears %n prices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteHeaderForm</name>
    <message numerus="yes">
        <source>Revision %1 in draft; %n earlier revision(s) frozen</source>
        <translation>
            <numerusform>Revision %1 in draft; %n earlier revision frozen</numerusform>
            <numerusform>Revision %1 in draft; %n earlier revisions frozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteRevisionsPanel</name>
    <message numerus="yes">
        <source>%n line(s) changed.</source>
        <translation>
            <numerusform>%n line changed.</numerusform>
            <numerusform>%n lines changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteTotalsView</name>
    <message numerus="yes">
        <source>%n line(s) are priced from estimates, not a price list.</source>
        <translation>
            <numerusform>%n line is priced from an estimate, not a price list.</numerusform>
            <numerusform>%n lines are priced from estimates, not a price list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priced line(s) without a cost</source>
        <translation>
            <numerusform>%n priced line without a cost</numerusform>
            <numerusform>%n priced lines without a cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackElevations</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackPlacementModel</name>
    <message numerus="yes">
        <source>%1 × %2, %n drive(s)</source>
        <translation>
            <numerusform>%1 × %2, %n drive</numerusform>
            <numerusform>%1 × %2, %n drives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackPowerChartView</name>
    <message numerus="yes">
        <source>%n racks summed in this bar</source>
        <translation>
            <numerusform>%n rack summed in this bar</numerusform>
            <numerusform>%n racks summed in this bar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowHeaderItem</name>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n rack over a limit</numerusform>
            <numerusform>%n racks over a limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message numerus="yes">
        <source>Wrote the sample project to %1 (%n rack(s)).</source>
        <translation>
            <numerusform>Wrote the sample project to %1 (%n rack).</numerusform>
            <numerusform>Wrote the sample project to %1 (%n racks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingEstimator</name>
    <message numerus="yes">
        <source>The model does not fit on %n GPU(s) of %1: it needs %2 per GPU in the best layout.</source>
        <translation>
            <numerusform>The model does not fit on %n GPU of %1: it needs %2 per GPU in the best layout.</numerusform>
            <numerusform>The model does not fit on %n GPUs of %1: it needs %2 per GPU in the best layout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTimeChartView</name>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>%n GPU: %1</numerusform>
            <numerusform>%n GPUs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n GPU(s): %1 (%2 to %3)</source>
        <translation>
            <numerusform>Assigned %n GPU: %1 (%2 to %3)</numerusform>
            <numerusform>Assigned %n GPUs: %1 (%2 to %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n GPU(s) at the fewest</source>
        <translation>
            <numerusform>Fits in %n GPU at the fewest</numerusform>
            <numerusform>Fits in %n GPUs at the fewest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message numerus="yes">
        <source>%1% over %n row(s)</source>
        <translation>
            <numerusform>%1% over %n row</numerusform>
            <numerusform>%1% over %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadDrag</name>
    <message numerus="yes">
        <source>Move %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>Move %1 to %2: %n GPU</numerusform>
            <numerusform>Move %1 to %2: %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>Assign %1 to %2: %n GPU</numerusform>
            <numerusform>Assign %1 to %2: %n GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadEditor</name>
    <message numerus="yes">
        <source>Duplicate %n workload(s)</source>
        <translation>
            <numerusform>Duplicate %n workload</numerusform>
            <numerusform>Duplicate %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n workload(s)</source>
        <translation>
            <numerusform>Remove %n workload</numerusform>
            <numerusform>Remove %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n assignment(s)</source>
        <translation>
            <numerusform>Remove %n assignment</numerusform>
            <numerusform>Remove %n assignments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadSummary</name>
    <message numerus="yes">
        <source>%n workload(s) are part of the project. Each is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</source>
        <translation>
            <numerusform>%n workload is part of the project. It is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</numerusform>
            <numerusform>%n workloads are part of the project. Each is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</numerusform>
        </translation>
    </message>
</context>
</TS>
