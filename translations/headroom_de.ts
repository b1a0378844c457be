<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceleratorMatcher</name>
    <message>
        <source>No accelerator name given.</source>
        <translation>Kein Beschleunigername angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>The accelerator name &apos;%1&apos; matches %n accelerator(s): %2. Use more of the name.</source>
        <translation>
            <numerusform>Der Beschleunigername „%1“ passt auf %n Beschleuniger: %2. Geben Sie mehr vom Namen an.</numerusform>
            <numerusform>Der Beschleunigername „%1“ passt auf %n Beschleuniger: %2. Geben Sie mehr vom Namen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;: the catalog holds no accelerators.</source>
        <translation>Unbekannter Beschleuniger „%1“: Der Katalog enthält keine Beschleuniger.</translation>
    </message>
    <message>
        <source>Unknown accelerator &apos;%1&apos;. Candidates: %2.</source>
        <translation>Unbekannter Beschleuniger „%1“. Infrage kommen: %2.</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>a server that is no longer there</source>
        <translation>ein Server, der nicht mehr da ist</translation>
    </message>
    <message>
        <source>%1 at U%2 in %3</source>
        <extracomment>A server in a sentence: &quot;NVIDIA DGX H100 at U3 in Training 1&quot;</extracomment>
        <translation>%1 auf HE %2 in %3</translation>
    </message>
    <message>
        <source>a rack that is no longer there</source>
        <translation>ein Rack, das nicht mehr da ist</translation>
    </message>
    <message>
        <source>a row that is no longer there</source>
        <translation>eine Reihe, die nicht mehr da ist</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>die Halle</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>Die Arbeitslast ist nicht mehr da.</translation>
    </message>
    <message>
        <source>%1 has no accelerators to run %2.</source>
        <translation>%1 hat keine Beschleuniger, um %2 auszuführen.</translation>
    </message>
    <message>
        <source>%1 holds no GPU servers to run %2.</source>
        <translation>%1 enthält keine GPU-Server, um %2 auszuführen.</translation>
    </message>
    <message>
        <source>%1 already runs on %2.</source>
        <translation>%1 läuft bereits auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot run anywhere yet: %2</source>
        <translation>%1 kann noch nirgends laufen: %2</translation>
    </message>
    <message>
        <source>%1 does not fit on any number of GPUs of %2 at %3.</source>
        <translation>%1 passt in %3 auf keine Anzahl von GPUs mit %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; %5 has %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 128 GPUs of 80 GB at bf16 to train; Training 1 has 32.&quot;</extracomment>
        <translation>%1 braucht zum Training in %4 %2 GPUs mit %3; %5 hat %6.</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 to train; with %5 it has %6.</source>
        <translation>%1 braucht zum Training in %4 %2 GPUs mit %3; mit %5 hat es %6.</translation>
    </message>
    <message>
        <source>%1 needs %2 GPUs of %3 at %4 for one replica in one NVLink domain; the servers of %5 join %6.</source>
        <extracomment>&quot;Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica in one NVLink domain; the servers of Training 1 join 8.&quot;</extracomment>
        <translation>%1 braucht in %4 für eine Replik %2 GPUs mit %3 in einer NVLink-Domäne; die Server von %5 verbinden %6.</translation>
    </message>
    <message>
        <source>Tensor parallelism of %1 needs %1 GPUs in one NVLink domain; the servers of %2 join %3.</source>
        <translation>Tensor-Parallelität von %1 braucht %1 GPUs in einer NVLink-Domäne; die Server von %2 verbinden %3.</translation>
    </message>
    <message>
        <source>N+1 redundancy needs a second server: with one, a failure stops %1.</source>
        <translation>N+1-Redundanz braucht einen zweiten Server: Mit nur einem stoppt ein Ausfall %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run inference; training will share them.</source>
        <translation>
            <numerusform>%n dieser Server führt bereits Inferenz aus; das Training teilt ihn sich damit.</numerusform>
            <numerusform>%n dieser Server führen bereits Inferenz aus; das Training teilt sie sich damit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these server(s) already run training; inference will share them.</source>
        <translation>
            <numerusform>%n dieser Server führt bereits Training aus; die Inferenz teilt ihn sich damit.</numerusform>
            <numerusform>%n dieser Server führen bereits Training aus; die Inferenz teilt sie sich damit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers carry different accelerators; %1 is sized on the weakest, %2.</source>
        <translation>Die Server tragen verschiedene Beschleuniger; %1 wird auf den schwächsten ausgelegt, %2.</translation>
    </message>
</context>
<context>
    <name>Assumptions</name>
    <message>
        <source>Model FLOPs utilisation of steady training (share of dense peak)</source>
        <translation>Modell-FLOPs-Auslastung im stetigen Training (Anteil an der dichten Spitzenleistung)</translation>
    </message>
    <message>
        <source>Share of wall time spent training, after restarts and stalls</source>
        <translation>Anteil der Laufzeit, der nach Neustarts und Stillständen aufs Training entfällt</translation>
    </message>
    <message>
        <source>Utilisation kept by mixture-of-experts models after expert dispatch</source>
        <translation>Auslastung, die Mixture-of-Experts-Modellen nach der Verteilung auf die Experten bleibt</translation>
    </message>
    <message>
        <source>Share of memory bandwidth reached while decoding (MBU)</source>
        <translation>Beim Dekodieren erreichter Anteil der Speicherbandbreite (MBU)</translation>
    </message>
    <message>
        <source>Share of dense peak reached by inference matrix multiplies</source>
        <translation>Von Matrixmultiplikationen in der Inferenz erreichter Anteil der dichten Spitzenleistung</translation>
    </message>
    <message>
        <source>Fixed time per layer and forward pass (kernel launches, synchronisation)</source>
        <translation>Feste Zeit pro Schicht und Vorwärtsdurchlauf (Kernel-Starts, Synchronisation)</translation>
    </message>
    <message>
        <source>Latency of one tensor-parallel all-reduce</source>
        <translation>Latenz eines tensorparallelen All-Reduce</translation>
    </message>
    <message>
        <source>Share of NVLink bandwidth reached by all-reduce</source>
        <translation>Von All-Reduce erreichter Anteil der NVLink-Bandbreite</translation>
    </message>
    <message>
        <source>Share of accelerator memory kept free for workspace</source>
        <translation>Für Arbeitsspeicher freigehaltener Anteil des Beschleunigerspeichers</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility</source>
        <translation>Energieeffizienz (PUE) des Rechenzentrums</translation>
    </message>
    <message>
        <source>Average accelerator power as a share of its TDP</source>
        <translation>Mittlere Leistungsaufnahme des Beschleunigers als Anteil seiner TDP</translation>
    </message>
    <message>
        <source>Hours between checkpoints</source>
        <translation>Stunden zwischen Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoints kept on storage</source>
        <translation>Auf dem Speicher aufbewahrte Checkpoints</translation>
    </message>
    <message>
        <source>Bytes of stored dataset per training token</source>
        <translation>Gespeicherte Datensatz-Bytes pro Trainings-Token</translation>
    </message>
    <message>
        <source>assumptions.%1 must be a number.</source>
        <translation>assumptions.%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>assumptions.%1 must be more than 0 and at most 1, not %2.</source>
        <translation>assumptions.%1 muss größer als 0 und höchstens 1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>assumptions.%1 must be at least 0 and less than 1, not %2.</source>
        <translation>assumptions.%1 muss mindestens 0 und kleiner als 1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>assumptions.%1 must be at least 1, not %2.</source>
        <translation>assumptions.%1 muss mindestens 1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>assumptions.%1 cannot be negative.</source>
        <translation>assumptions.%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>assumptions.%1 must be greater than zero.</source>
        <translation>assumptions.%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>assumptions.%1 needs low &lt;= value &lt;= high.</source>
        <translation>assumptions.%1 braucht low &lt;= value &lt;= high.</translation>
    </message>
    <message>
        <source>Set by the user</source>
        <translation>Vom Benutzer festgelegt</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Measure how fast Headroom is (medians over repeated runs).</source>
        <translation>Misst, wie schnell Headroom ist (Mediane über wiederholte Läufe).</translation>
    </message>
    <message>
        <source>Repeat each measurement &lt;n&gt; times.</source>
        <translation>Jede Messung &lt;n&gt;-mal wiederholen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>List the benchmarks.</source>
        <translation>Die Benchmarks auflisten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Benchmarks to run (default: all).</source>
        <translation>Auszuführende Benchmarks (Standard: alle).</translation>
    </message>
    <message>
        <source>[name...]</source>
        <translation>[Name...]</translation>
    </message>
    <message>
        <source>--runs needs a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--runs braucht eine ganze Zahl von mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;. Run &apos;headroom bench --list&apos;.</source>
        <translation>Unbekannter Benchmark „%1“. Siehe „headroom bench --list“.</translation>
    </message>
</context>
<context>
    <name>BomDerivation</name>
    <message>
        <source>The catalog has no price for %1.</source>
        <translation>Der Katalog hat keinen Preis für %1.</translation>
    </message>
    <message>
        <source>%1 is priced in %2; the quote is in %3.</source>
        <translation>%1 ist in %2 bepreist; das Angebot lautet auf %3.</translation>
    </message>
    <message>
        <source>Not in the catalog: enter a price for this line.</source>
        <translation>Nicht im Katalog: Geben Sie für diese Position einen Preis ein.</translation>
    </message>
    <message>
        <source>no accelerators</source>
        <translation>keine Beschleuniger</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>%1 of %2 drive bays filled</source>
        <translation>%1 von %2 Laufwerksschächten belegt</translation>
    </message>
    <message>
        <source>The project has no catalog row for %1.</source>
        <translation>Das Projekt hat keinen Katalogeintrag für %1.</translation>
    </message>
    <message>
        <source>Differs from the catalog build (%1), which cannot be repriced: %2</source>
        <translation>Weicht von der Katalogkonfiguration (%1) ab, die sich nicht neu bepreisen lässt: %2</translation>
    </message>
    <message>
        <source>The catalog build (%1) costs less than its accelerators: price this configuration by hand.</source>
        <translation>Die Katalogkonfiguration (%1) kostet weniger als ihre Beschleuniger: Bepreisen Sie diese Konfiguration manuell.</translation>
    </message>
    <message>
        <source>Priced from the catalog build (%1) with %2 instead: %3 per server.</source>
        <translation>Bepreist ausgehend von der Katalogkonfiguration (%1), stattdessen mit %2: %3 je Server.</translation>
    </message>
    <message>
        <source>The catalog build has %1 drives; drives are not priced separately.</source>
        <translation>Die Katalogkonfiguration hat %1 Laufwerke; Laufwerke werden nicht separat bepreist.</translation>
    </message>
    <message>
        <source>%1 network adapter</source>
        <translation>Netzwerkadapter %1</translation>
    </message>
    <message>
        <source>Counted for the %1 of servers that do not include their adapters.</source>
        <translation>Gezählt für die Server ohne mitgelieferte Adapter (%1).</translation>
    </message>
    <message>
        <source>compute fabric</source>
        <translation>Compute-Fabric</translation>
    </message>
    <message>
        <source>front end</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>%1 transceiver</source>
        <translation>Transceiver %1</translation>
    </message>
    <message>
        <source>%1 per link, %2 links at %3.</source>
        <translation>%1 je Verbindung, %2 Verbindungen mit %3.</translation>
    </message>
    <message>
        <source>Copper patch cable (RJ45), %1</source>
        <translation>Kupfer-Patchkabel (RJ45), %1</translation>
    </message>
    <message>
        <source>Fiber patch cable, %1</source>
        <translation>Glasfaser-Patchkabel, %1</translation>
    </message>
    <message>
        <source>One per link, %1 links at %2.</source>
        <translation>Eines je Verbindung, %1 Verbindungen mit %2.</translation>
    </message>
    <message>
        <source>The servers use %1 fabric ports, but the layout&apos;s switches have %2: add switches before this goes to a customer.</source>
        <translation>Die Server nutzen %1 Fabric-Ports, die Switches im Layout haben aber nur %2: Fügen Sie Switches hinzu, bevor das Angebot an einen Kunden geht.</translation>
    </message>
    <message>
        <source>The devices have %1 management ports, but the layout&apos;s management switches have %2.</source>
        <translation>Die Geräte haben %1 Management-Ports, die Management-Switches im Layout aber nur %2.</translation>
    </message>
    <message>
        <source>Servers are grouped by model and configuration. A configuration that differs from the catalog build is priced as that build plus the price difference of its accelerators.</source>
        <translation>Server werden nach Modell und Konfiguration gruppiert. Eine Konfiguration, die von der Katalogkonfiguration abweicht, wird als diese Katalogkonfiguration zuzüglich der Preisdifferenz ihrer Beschleuniger bepreist.</translation>
    </message>
    <message numerus="yes">
        <source>Compute fabric: %n adapter port(s) per GPU, as in NVIDIA&apos;s DGX BasePOD and SuperPOD reference architectures (eight single-port ConnectX-7 per eight-GPU system).</source>
        <translation>
            <numerusform>Compute-Fabric: %n Adapterport je GPU, wie in NVIDIAs Referenzarchitekturen DGX BasePOD und SuperPOD (acht ConnectX-7 mit je einem Port pro System mit acht GPUs).</numerusform>
            <numerusform>Compute-Fabric: %n Adapterports je GPU, wie in NVIDIAs Referenzarchitekturen DGX BasePOD und SuperPOD (acht ConnectX-7 mit je einem Port pro System mit acht GPUs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Front end (storage and in-band management): %n port(s) per server (DGX BasePOD reference architecture: two dual-port adapters per system).</source>
        <translation>
            <numerusform>Frontend (Speicher und In-Band-Management): %n Port je Server (Referenzarchitektur DGX BasePOD: zwei Dual-Port-Adapter je System).</numerusform>
            <numerusform>Frontend (Speicher und In-Band-Management): %n Ports je Server (Referenzarchitektur DGX BasePOD: zwei Dual-Port-Adapter je System).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-band management: %n port(s) at 1 GbE per server, storage appliance, switch and rack PDU (DGX SuperPOD reference architecture).</source>
        <translation>
            <numerusform>Out-of-Band-Management: %n Port mit 1 GbE je Server, Speichersystem, Switch und Rack-PDU (Referenzarchitektur DGX SuperPOD).</numerusform>
            <numerusform>Out-of-Band-Management: %n Ports mit 1 GbE je Server, Speichersystem, Switch und Rack-PDU (Referenzarchitektur DGX SuperPOD).</numerusform>
        </translation>
    </message>
    <message>
        <source>Network adapters are listed for servers whose vendor sells them separately; NVIDIA DGX systems include theirs.</source>
        <translation>Netzwerkadapter werden für Server aufgeführt, deren Hersteller sie separat verkauft; NVIDIA-DGX-Systeme bringen ihre eigenen mit.</translation>
    </message>
    <message numerus="yes">
        <source>Each optical link has %n transceiver(s) and one cable; links of 10 Gb/s and less run on copper patch cables. Parts are picked from the catalog by port speed; a part the catalog lacks is listed without a price.</source>
        <translation>
            <numerusform>Jede optische Verbindung hat %n Transceiver und ein Kabel; Verbindungen mit 10 Gb/s und weniger laufen über Kupfer-Patchkabel. Teile werden nach Portgeschwindigkeit aus dem Katalog gewählt; ein Teil, das im Katalog fehlt, wird ohne Preis aufgeführt.</numerusform>
            <numerusform>Jede optische Verbindung hat %n Transceiver und ein Kabel; Verbindungen mit 10 Gb/s und weniger laufen über Kupfer-Patchkabel. Teile werden nach Portgeschwindigkeit aus dem Katalog gewählt; ein Teil, das im Katalog fehlt, wird ohne Preis aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityBenchmark</name>
    <message>
        <source>Times one training estimate (Llama 3.1 405B on 16,384 H100), one inference estimate sized for a request rate (Llama 2 70B FP8 on 8 H100) and one headroom estimate JSON round trip.</source>
        <translation>Misst eine Trainingsschätzung (Llama 3.1 405B auf 16.384 H100), eine auf eine Anfragerate ausgelegte Inferenzschätzung (Llama 2 70B FP8 auf 8 H100) und einen JSON-Durchlauf von headroom estimate.</translation>
    </message>
</context>
<context>
    <name>CapacityHighlights</name>
    <message>
        <source>Yardsticks, not workload plans: the training time is Headroom&apos;s estimate for pre-training %1 on %2 tokens in BF16 on all accelerators of a model at once; the request rate is what they serve of %1 with %3 input and %4 output tokens while the first token arrives within %5 s and each further token within %6 ms. Both come from the capacity engine&apos;s published formulas and calibrated defaults.</source>
        <translation>Richtwerte, keine Arbeitslastpläne: Die Trainingszeit ist Headrooms Schätzung für das Pre-Training von %1 mit %2 Tokens in BF16 auf allen Beschleunigern eines Modells zugleich; die Anfragerate ist das, was diese von %1 mit %3 Eingabe- und %4 Ausgabetokens bedienen, während das erste Token innerhalb von %5 s und jedes weitere innerhalb von %6 ms eintrifft. Beides beruht auf den veröffentlichten Formeln und kalibrierten Standardwerten der Kapazitäts-Engine.</translation>
    </message>
    <message>
        <source>one trillion</source>
        <translation>1 Billion</translation>
    </message>
</context>
<context>
    <name>CatalogBenchmark</name>
    <message>
        <source>Opens a generated 100,000-item catalog and types searches into its table.</source>
        <translation>Öffnet einen erzeugten Katalog mit 100.000 Einträgen und tippt Suchen in seine Tabelle.</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>Add item…</source>
        <translation>Eintrag hinzufügen …</translation>
    </message>
    <message>
        <source>Add an item to the catalog</source>
        <translation>Dem Katalog einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Eintrag bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected item as a new one</source>
        <translation>Den ausgewählten Eintrag als neuen kopieren</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>Undo catalog edit</source>
        <translation>Katalogänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo catalog edit</source>
        <translation>Katalogänderung wiederholen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add or update items from a CSV or JSON file</source>
        <translation>Einträge aus einer CSV- oder JSON-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the whole catalog to a CSV or JSON file</source>
        <translation>Den ganzen Katalog in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Auf Standard zurücksetzen …</translation>
    </message>
    <message>
        <source>Replace the catalog with the built-in one, keeping a backup</source>
        <translation>Den Katalog durch den mitgelieferten ersetzen und eine Sicherung behalten</translation>
    </message>
    <message>
        <source>Search names, vendors and specs</source>
        <translation>Namen, Hersteller und Daten durchsuchen</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>from any</source>
        <translation>ab beliebig</translation>
    </message>
    <message>
        <source>to any</source>
        <translation>bis beliebig</translation>
    </message>
    <message>
        <source>Only items that draw at least this much</source>
        <translation>Nur Einträge mit mindestens dieser Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Only items that draw at most this much</source>
        <translation>Nur Einträge mit höchstens dieser Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Any accelerator</source>
        <translation>Beliebiger Beschleuniger</translation>
    </message>
    <message>
        <source>Opening the catalog…</source>
        <translation>Katalog wird geöffnet …</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>The catalog could not be opened.

%1</source>
        <translation>Der Katalog konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht. Rückgängig holt ihn zurück.</numerusform>
            <numerusform>%n Einträge gelöscht. Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import catalog items</source>
        <translation>Katalogeinträge importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>Katalogdateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Den Katalog exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the catalog</source>
        <translation>Katalog zurücksetzen</translation>
    </message>
    <message>
        <source>Replace the whole catalog with the built-in one? Your own items and changes go, and this cannot be undone here; a backup copy of the catalog as it is now is kept next to it.</source>
        <translation>Den ganzen Katalog durch den mitgelieferten ersetzen? Ihre eigenen Einträge und Änderungen gehen verloren, und das lässt sich hier nicht rückgängig machen; eine Sicherungskopie des jetzigen Katalogs wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>The catalog was reset to the built-in one.</source>
        <translation>Der Katalog wurde auf den mitgelieferten zurückgesetzt.</translation>
    </message>
    <message>
        <source>The catalog was reset to the built-in one; the old one is in %1.</source>
        <translation>Der Katalog wurde auf den mitgelieferten zurückgesetzt; der alte liegt in %1.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>List, import and export the hardware catalog.</source>
        <translation>Den Hardwarekatalog auflisten, importieren und exportieren.</translation>
    </message>
    <message>
        <source>list: only items of &lt;kind&gt; (%1).</source>
        <translation>list: nur Einträge der Art &lt;kind&gt; (%1).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>list: write JSON to stdout, in the format export writes (every field of every item, keyed by column name, SI units).</source>
        <translation>list: JSON auf die Standardausgabe schreiben, im Format von export (jedes Feld jedes Eintrags, benannt nach Spaltenname, SI-Einheiten).</translation>
    </message>
    <message>
        <source>import: check the file and show what it would add, replace or reject, without changing the catalog.</source>
        <translation>import: die Datei prüfen und zeigen, was hinzugefügt, ersetzt oder abgelehnt würde, ohne den Katalog zu ändern.</translation>
    </message>
    <message>
        <source>Use the catalog database at &lt;path&gt; instead of your own.</source>
        <translation>Die Katalogdatenbank unter &lt;path&gt; statt der eigenen verwenden.</translation>
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
        <translation>list: jeden Eintrag mit ID, Art, Hersteller, Modell und wichtigsten Daten.
import FILE: die Einträge einer .csv- oder .json-Datei hinzufügen und solche mit gleicher ID ersetzen, alles oder nichts. Jede abgelehnte Zeile wird mit Zeile, Spalte und Grund auf stderr gemeldet, und der Exit-Code ist 1.
export FILE: den ganzen Katalog nach FILE schreiben, als CSV oder JSON je nach Endung; ein erneuter Import ergibt denselben Katalog.</translation>
    </message>
    <message>
        <source>list | import FILE | export FILE</source>
        <translation>list | import FILE | export FILE</translation>
    </message>
    <message>
        <source>Run &apos;headroom catalog --help&apos; for its options.</source>
        <translation>Führen Sie &apos;headroom catalog --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Name an action: list, import or export.</source>
        <translation>Geben Sie eine Aktion an: list, import oder export.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, import or export.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie list, import oder export.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs exactly one file.</source>
        <translation>„%1“ braucht genau eine Datei.</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no file.</source>
        <translation>„list“ nimmt keine Datei.</translation>
    </message>
    <message>
        <source>--kind and --json go with &apos;list&apos;.</source>
        <translation>--kind und --json gehören zu „list“.</translation>
    </message>
    <message>
        <source>--dry-run goes with &apos;import&apos;.</source>
        <translation>--dry-run gehört zu „import“.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekannte Art „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>Das Format von „%1“ ist nicht erkennbar: Benennen Sie die Datei mit .csv oder .json.</translation>
    </message>
    <message>
        <source>Created the catalog &apos;%1&apos; from the built-in data.</source>
        <translation>Der Katalog „%1“ wurde aus den mitgelieferten Daten erstellt.</translation>
    </message>
    <message>
        <source>[unverified] %1</source>
        <translation>[ungeprüft] %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Problem gefunden.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 replaced, %3 unchanged</source>
        <translation>%1 neu, %2 ersetzt, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would be imported (%1); the catalog was not changed.</source>
        <translation>
            <numerusform>Probelauf: %n Eintrag würde importiert (%1); der Katalog wurde nicht geändert.</numerusform>
            <numerusform>Probelauf: %n Einträge würden importiert (%1); der Katalog wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) (%1) into %2.</source>
        <translation>
            <numerusform>%n Eintrag (%1) nach %2 importiert.</numerusform>
            <numerusform>%n Einträge (%1) nach %2 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>The file is empty: it needs a header row of column names.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile mit Spaltennamen.</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>eine Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>is not a catalog column</source>
        <translation>ist keine Katalogspalte</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>kommt zweimal vor</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>erforderliche Spalte fehlt</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2 columns</source>
        <translation>hat %1 Zellen, die Kopfzeile aber %2 Spalten</translation>
    </message>
</context>
<context>
    <name>CatalogDatabase</name>
    <message>
        <source>Could not open the catalog &apos;%1&apos;: %2</source>
        <translation>Der Katalog „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: no catalog is open.</source>
        <translation>%1: Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <source>%1 failed; the catalog was not changed: %2</source>
        <translation>%1 ist fehlgeschlagen; der Katalog wurde nicht verändert: %2</translation>
    </message>
    <message>
        <source>Adding &apos;%1&apos;</source>
        <translation>Hinzufügen von „%1“</translation>
    </message>
    <message>
        <source>Changing &apos;%1&apos;</source>
        <translation>Ändern von „%1“</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
        <translation>es gibt keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos;</source>
        <translation>Löschen von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) list it as an accelerator option (%1); remove it there first</source>
        <translation>
            <numerusform>%n Server führt ihn als Beschleuniger-Option (%1); entfernen Sie ihn dort zuerst</numerusform>
            <numerusform>%n Server führen ihn als Beschleuniger-Option (%1); entfernen Sie ihn dort zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>Import von %n Eintrag</numerusform>
            <numerusform>Import von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the catalog</source>
        <translation>Befüllen des Katalogs</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Could not copy the catalog to &apos;%1&apos;: %2</source>
        <translation>Der Katalog konnte nicht nach „%1“ kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogDetailPane</name>
    <message>
        <source>No item selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Pick an item in the table to see every spec, its source and how far to trust it.</source>
        <translation>Wählen Sie einen Eintrag in der Tabelle, um alle Daten, ihre Quelle und ihre Verlässlichkeit zu sehen.</translation>
    </message>
    <message>
        <source>Unverified: some figures of this item are estimates or placeholders. Check the source before quoting it.</source>
        <translation>Ungeprüft: Einige Werte dieses Eintrags sind Schätzungen oder Platzhalter. Prüfen Sie die Quelle, bevor Sie ihn anbieten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Woher die Werte stammen</translation>
    </message>
</context>
<context>
    <name>CatalogDrag</name>
    <message>
        <source>The drag carries no catalog item.</source>
        <translation>Das Gezogene enthält keinen Katalogeintrag.</translation>
    </message>
    <message>
        <source>Catalog item &apos;%1&apos; is not in the catalog.</source>
        <translation>Katalogeintrag „%1“ ist nicht im Katalog.</translation>
    </message>
</context>
<context>
    <name>CatalogEdits</name>
    <message>
        <source>&apos;%1&apos; is already in the catalog</source>
        <translation>„%1“ ist bereits im Katalog</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>there is no item &apos;%1&apos;</source>
        <translation>es gibt keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The model name of a duplicated catalog item</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) list %1 as an accelerator option (%2); remove it there first</source>
        <translation>
            <numerusform>%n Server führt %1 als Beschleuniger-Option (%2); entfernen Sie ihn dort zuerst</numerusform>
            <numerusform>%n Server führen %1 als Beschleuniger-Option (%2); entfernen Sie ihn dort zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected.</source>
        <translation>Solange Zeilen abgelehnt werden, kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; left the catalog since the preview; preview again</source>
        <translation>„%1“ ist seit der Vorschau nicht mehr im Katalog; erstellen Sie die Vorschau neu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joined the catalog since the preview; preview again</source>
        <translation>„%1“ ist seit der Vorschau in den Katalog gekommen; erstellen Sie die Vorschau neu</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag importieren</numerusform>
            <numerusform>%n Einträge importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: name it .csv or .json.</source>
        <translation>Das Format von „%1“ ist nicht erkennbar: Benennen Sie die Datei mit .csv oder .json.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogFieldParser</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id</source>
        <translation>„%1“ ist keine Eintrags-ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>„%1“ ist kein Betrag in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>„%1“ ist kein dreistelliger Währungscode wie USD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>unknown confidence &apos;%1&apos; (high, medium or low)</source>
        <translation>unbekannte Verlässlichkeit „%1“ (high, medium oder low)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern, „-“, „_“ und „.“</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>eine Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false wurde erwartet</translation>
    </message>
    <message>
        <source>expected a list of item ids</source>
        <translation>eine Liste von Eintrags-IDs wurde erwartet</translation>
    </message>
    <message>
        <source>expected an amount such as &quot;255740.00&quot;</source>
        <translation>ein Betrag wie &quot;255740.00&quot; wurde erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text wurde erwartet</translation>
    </message>
    <message>
        <source>is required with a price</source>
        <translation>ist bei einem Preis erforderlich</translation>
    </message>
    <message>
        <source>is set but there is no price</source>
        <translation>ist gesetzt, aber es gibt keinen Preis</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a catalog field</source>
        <translation>ist kein Katalogfeld</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Height in rack units</source>
        <translation>Höhe in Höheneinheiten</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>Typische Leistung</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>Maximale Leistung</translation>
    </message>
    <message>
        <source>Power supplies</source>
        <translation>Netzteile</translation>
    </message>
    <message>
        <source>Power supply rating</source>
        <translation>Netzteil-Nennleistung</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>Bauform</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektrischer Anschluss</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Accelerator options</source>
        <translation>Beschleuniger-Optionen</translation>
    </message>
    <message>
        <source>CPU sockets</source>
        <translation>CPU-Sockel</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>Maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Drive bays</source>
        <translation>Laufwerksschächte</translation>
    </message>
    <message>
        <source>Maximum raw storage</source>
        <translation>Maximaler Rohspeicher</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>Speichertyp</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>Scale-up-Bandbreite</translation>
    </message>
    <message>
        <source>Scale-up domain size</source>
        <translation>Größe der Scale-up-Domäne</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Read bandwidth</source>
        <translation>Lesebandbreite</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Schreibbandbreite</translation>
    </message>
    <message>
        <source>Random reads</source>
        <translation>Zufällige Lesevorgänge</translation>
    </message>
    <message>
        <source>Random writes</source>
        <translation>Zufällige Schreibvorgänge</translation>
    </message>
    <message>
        <source>Endurance</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>Portgeschwindigkeit</translation>
    </message>
    <message>
        <source>Switching capacity</source>
        <translation>Switching-Kapazität</translation>
    </message>
    <message>
        <source>Maximum load</source>
        <translation>Maximale Traglast</translation>
    </message>
    <message>
        <source>Power capacity</source>
        <translation>Leistungskapazität</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Steckdosen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Preisdatum</translation>
    </message>
    <message>
        <source>Price is an estimate</source>
        <translation>Preis ist geschätzt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Dense %1 peak</source>
        <extracomment>%1 is a number format such as BF16 or FP8</extracomment>
        <translation>Dichte %1-Spitzenleistung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
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
        <translation>„%1“ ist keine Eintrags-ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as USD</source>
        <translation>„%1“ ist kein dreistelliger Währungscode wie USD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern, „-“, „_“ und „.“</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>power must not be negative</source>
        <translation>Leistung darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>typical power is above the maximum power</source>
        <translation>typische Leistung liegt über der maximalen Leistung</translation>
    </message>
    <message>
        <source>an item cannot be its own accelerator</source>
        <translation>ein Eintrag kann nicht sein eigener Beschleuniger sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>says the price is not an estimate, but there is no price</source>
        <translation>gibt an, dass der Preis nicht geschätzt ist, aber es gibt keinen Preis</translation>
    </message>
    <message>
        <source>has a date but there is no price</source>
        <translation>hat ein Datum, aber es gibt keinen Preis</translation>
    </message>
    <message>
        <source>does not apply to the kind &apos;%1&apos;</source>
        <translation>gilt nicht für die Art „%1“</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>The file holds no items.</source>
        <translation>Die Datei enthält keine Einträge.</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>erforderliche Spalte fehlt</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;: row %2 has it already</source>
        <translation>doppelte ID „%1“: Zeile %2 hat sie bereits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .csv nor a .json file.</source>
        <translation>„%1“ ist weder eine .csv- noch eine .json-Datei.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile wurde abgelehnt.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen wurden abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>Zeile %1 (Textzeile %2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
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
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: an import applies completely or not at all.</source>
        <translation>
            <numerusform>%n Problem gefunden. Nichts wird importiert, bis die Datei korrigiert ist: Ein Import gilt ganz oder gar nicht.</numerusform>
            <numerusform>%n Probleme gefunden. Nichts wird importiert, bis die Datei korrigiert ist: Ein Import gilt ganz oder gar nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 replaced, %3 unchanged. Importing can be undone.</source>
        <translation>%1 neu, %2 ersetzt, %3 unverändert. Der Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An accepted import row and the item&apos;s name: &quot;row 2: add acme-r1 (Acme R1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>CatalogItem</name>
    <message>
        <source>GPU server</source>
        <translation>GPU-Server</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Storage drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Storage appliance</source>
        <translation>Speichersystem</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>NIC / DPU</source>
        <translation>NIC / DPU</translation>
    </message>
    <message>
        <source>Optic</source>
        <translation>Optik</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht überprüft</translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Add catalog item</source>
        <translation>Katalogeintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>ids separated by &apos;;&apos;</source>
        <translation>IDs, getrennt durch „;“</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Felder brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogItemJson</name>
    <message>
        <source>field &apos;id&apos; is missing or empty</source>
        <translation>Feld &apos;id&apos; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;kind&apos; has unknown value &apos;%2&apos;</source>
        <translation>Eintrag &apos;%1&apos;: Feld &apos;kind&apos; hat den unbekannten Wert &apos;%2&apos;</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;price_minor_units&apos; is not a whole number</source>
        <translation>Eintrag &apos;%1&apos;: Feld &apos;price_minor_units&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: field &apos;confidence&apos; has unknown value &apos;%2&apos;</source>
        <translation>Eintrag &apos;%1&apos;: Feld &apos;confidence&apos; hat den unbekannten Wert &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2.</translation>
    </message>
    <message>
        <source>The file is a &apos;%1&apos; file, not a Headroom catalog.</source>
        <translation>Die Datei ist eine „%1“-Datei, kein Headroom-Katalog.</translation>
    </message>
    <message>
        <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
        <translation>Die Datei wurde von einer neueren Headroom-Version geschrieben (Formatversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The file has no &quot;items&quot; list.</source>
        <translation>Die Datei hat keine &quot;items&quot;-Liste.</translation>
    </message>
    <message>
        <source>is not an object of catalog fields</source>
        <translation>ist kein Objekt aus Katalogfeldern</translation>
    </message>
</context>
<context>
    <name>CatalogSchema</name>
    <message>
        <source>&apos;%1&apos; is not a catalog database, or it is damaged: %2</source>
        <translation>„%1“ ist keine Katalogdatenbank oder beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Headroom-Katalog. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
        <translation>„%1“ wurde von einer neueren Headroom-Version geschrieben (Katalogversion %2; diese Version liest bis %3). Es wurde nichts verändert: Aktualisieren Sie Headroom, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Could not start updating the catalog: %1</source>
        <translation>Die Aktualisierung des Katalogs konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Could not update the catalog &apos;%1&apos; to version %2; it was left as it was: %3</source>
        <translation>Der Katalog „%1“ konnte nicht auf Version %2 aktualisiert werden; er blieb unverändert: %3</translation>
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
        <translation>Ungeprüft: Einige Werte sind Schätzungen oder Platzhalter. Prüfen Sie die Quelle, bevor Sie diesen Eintrag anbieten.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Height</source>
        <extracomment>Column header: height in rack units</extracomment>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Memory / capacity</source>
        <extracomment>Column header: accelerator memory or storage capacity</extracomment>
        <translation>Speicher / Kapazität</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>BF16 peak</source>
        <translation>BF16-Spitze</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tree node with its number of items, e.g. &quot;GPU server (20)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>there is no accelerator &apos;%1&apos; in the catalog</source>
        <translation>im Katalog gibt es keinen Beschleuniger „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of kind &apos;%2&apos;, not an accelerator</source>
        <translation>„%1“ ist von der Art „%2“, kein Beschleuniger</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) list this item as an accelerator (%1), so it must stay an accelerator</source>
        <translation>
            <numerusform>%n Server führt diesen Eintrag als Beschleuniger (%1), daher muss er ein Beschleuniger bleiben</numerusform>
            <numerusform>%n Server führen diesen Eintrag als Beschleuniger (%1), daher muss er ein Beschleuniger bleiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: use a file name ending in .png, .svg or .pdf.</source>
        <translation>Das Diagramm kann nicht nach %1 exportiert werden: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>The catalog &apos;%1&apos; does not exist.</source>
        <translation>Der Katalog „%1“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Headroom plans AI data-center capacity: hardware, rack layouts, workloads, headroom and quotes.
Without a subcommand it opens the window; with one it runs headless and writes to standard output.</source>
        <translation>Headroom plant die Kapazität von KI-Rechenzentren: Hardware, Rack-Layouts, Workloads, Reserven und Angebote.
Ohne Unterbefehl öffnet es das Fenster; mit einem läuft es ohne Oberfläche und schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Use the hardware catalog database at &lt;path&gt; instead of your own.</source>
        <translation>Die Hardware-Katalogdatenbank unter &lt;Pfad&gt; statt der eigenen verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, de, zh_CN, ja) for this run instead of the saved choice or the system language.</source>
        <translation>Für diesen Lauf &lt;Sprache&gt; (en, de, zh_CN, ja) statt der gespeicherten Wahl oder der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>subcommand</source>
        <translation>Unterbefehl</translation>
    </message>
    <message>
        <source>A subcommand to run headless (see below).</source>
        <translation>Ein Unterbefehl, der ohne Oberfläche läuft (siehe unten).</translation>
    </message>
    <message>
        <source>[subcommand [options]]</source>
        <translation>[Unterbefehl [Optionen]]</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A project file to open in the window.</source>
        <translation>Eine Projektdatei, die im Fenster geöffnet wird.</translation>
    </message>
    <message>
        <source>| [file]</source>
        <translation>| [Datei]</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos;. Run &apos;headroom --help&apos; to list them.</source>
        <translation>Unbekannter Unterbefehl „%1“. „headroom --help“ listet alle auf.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run &apos;headroom &lt;subcommand&gt; --help&apos; for a subcommand&apos;s own options.</source>
        <translation>„headroom &lt;Unterbefehl&gt; --help“ zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the work failed (bad input file, impossible request, I/O error), 2 the command line was wrong.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 die Arbeit ist fehlgeschlagen (fehlerhafte Eingabedatei, unmögliche Anfrage, E/A-Fehler), 2 die Befehlszeile war falsch.</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company on proposals</source>
        <translation>Firmenangaben im Proposal</translation>
    </message>
    <message>
        <source>Address, e-mail, telephone</source>
        <translation>Adresse, E-Mail, Telefon</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be read as an image.</source>
        <translation>Diese Datei lässt sich nicht als Bild lesen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen. Anführungszeichen in einer Zelle in Anführungszeichen müssen verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed; the file ends inside it.</source>
        <translation>Zeile %1: Eine Zelle in Anführungszeichen wird nie geschlossen; die Datei endet darin.</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Estimate training and inference capacity for a model on an accelerator (JSON in, JSON out).</source>
        <translation>Schätzt Trainings- und Inferenzkapazität für ein Modell auf einem Beschleuniger (JSON rein, JSON raus).</translation>
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
        <translation>Eingabe, ein JSON-Objekt:
  gpu          Name eines Beschleunigers aus dem Katalog: ganz oder ein eindeutiger Teil, mit oder ohne Hersteller („H100 SXM“, „MI300X“)
  gpus         Anzahl der Beschleuniger
  gpus_per_server, server_overhead_watts   optional, für die Leistung (8, 2000)
  model        ein Vorlagenname („Llama 2 70B“) oder ein Objekt mit params, active_params, layers, hidden, heads, kv_heads, head_dim, vocab und optional context_length, sliding_window, kv_lora_rank, qk_rope_head_dim, experts, experts_per_token
  training     {tokens, precision, zero_stage (0-3, Standard 1), recompute (none, selective, full), micro_batch, sequence_length, tensor_parallel, pipeline_parallel}
  inference    {precision, kv_cache_precision, input_tokens, output_tokens, concurrency (eine Zahl oder &quot;max&quot;), request_rate, ttft_slo_ms, tpot_slo_ms, tensor_parallel}
  assumptions  Überschreibungen nach Name: eine Zahl oder {value, low, high}
Mindestens training oder inference. Genauigkeiten: fp32, tf32, bf16, fp16, fp8, int8, int4 (= fp4). null bedeutet nicht angegeben.

Ausgabe, ein JSON-Objekt; jede Kennzahl ist {value, low, high, drivers}: der Bereich, den ihre Annahmen zulassen, und die Annahmen, die sie am stärksten bewegen.
  training     flops, gpu_hours, wall_hours, mfu, memory_per_gpu_bytes, fits, min_gpus, checkpoint_bytes, energy_mwh und mehr: layout, memory_breakdown_bytes, time_to_train
  inference    ttft_ms, tpot_ms, output_tokens_per_s (ganzes System), requests_per_s, max_concurrency, replicas, gpus_needed, memory_per_gpu_bytes, fits und mehr: tensor_parallel, tokens_per_kwh, latency_curve
  assumptions  jeder verwendete Wert mit Bereich und Quelle

Bei fehlerhafter Eingabe endet der Befehl mit 1 und einer Meldung, die das Feld nennt.</translation>
    </message>
    <message>
        <source>Assumptions that can be overridden: %1.</source>
        <translation>Überschreibbare Annahmen: %1.</translation>
    </message>
    <message>
        <source>Write the JSON on one line.</source>
        <translation>JSON in eine Zeile schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The request as JSON; - reads standard input.</source>
        <translation>Die Anfrage als JSON; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>headroom estimate needs one request file, or - for standard input.</source>
        <translation>headroom estimate braucht eine Anfragedatei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>EstimateJson</name>
    <message>
        <source>model: &apos;%1&apos; is not a preset. Presets: %2.</source>
        <translation>model: „%1“ ist keine Vorlage. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>model is missing.</source>
        <translation>model fehlt.</translation>
    </message>
    <message>
        <source>model must be a preset name or an object, not %1.</source>
        <translation>model muss ein Vorlagenname oder ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>Custom model</source>
        <translation>Eigenes Modell</translation>
    </message>
    <message>
        <source>model.params counts parameters (70e9 for a 70B model), not %1.</source>
        <translation>model.params zählt Parameter (70e9 für ein 70B-Modell), nicht %1.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>Given in the request</source>
        <translation>In der Anfrage angegeben</translation>
    </message>
    <message>
        <source>assumptions must be an object, not %1.</source>
        <translation>assumptions muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;. Assumptions: %2.</source>
        <translation>Unbekanntes Feld „%1“. Annahmen: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number or an object with value, low and high, not %2.</source>
        <translation>%1 muss eine Zahl oder ein Objekt mit value, low und high sein, nicht %2.</translation>
    </message>
    <message>
        <source>training must be an object, not %1.</source>
        <translation>training muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage muss 0, 1, 2 oder 3 sein, nicht %1.</translation>
    </message>
    <message>
        <source>training.recompute: unknown mode &apos;%1&apos;; use none, selective or full.</source>
        <translation>training.recompute: unbekannter Modus „%1“; verwenden Sie none, selective oder full.</translation>
    </message>
    <message>
        <source>inference must be an object, not %1.</source>
        <translation>inference muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>inference.concurrency must be a whole number of at least 1 or &quot;max&quot;, not %1.</source>
        <translation>inference.concurrency muss eine ganze Zahl von mindestens 1 oder &quot;max&quot; sein, nicht %1.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at character %2).</source>
        <translation>Die Eingabe ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Give training, inference or both.</source>
        <translation>Geben Sie training, inference oder beides an.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>The company name, logo and contact line come from the settings the Quote tab&apos;s Company… dialog writes, unless given here. Paper is Letter where the locale measures in US units and A4 elsewhere, unless --paper says. Prints the number of pages written.</source>
        <translation>Firmenname, Logo und Kontaktzeile stammen aus den Einstellungen, die der Dialog „Firma…“ im Tab „Angebot“ schreibt, sofern sie hier nicht angegeben werden. Das Papierformat ist Letter, wo das Gebietsschema US-Maßeinheiten verwendet, und sonst A4, sofern --paper nichts anderes angibt. Gibt die Anzahl der geschriebenen Seiten aus.</translation>
    </message>
    <message>
        <source>The company name on the proposal.</source>
        <translation>Der Firmenname im Proposal.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The company logo (SVG, PNG or JPEG).</source>
        <translation>Das Firmenlogo (SVG, PNG oder JPEG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The contact line on the cover.</source>
        <translation>Die Kontaktzeile auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 oder letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>Die Projektdatei (.headroom).</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;Datei&gt;</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Das zu schreibende PDF.</translation>
    </message>
    <message>
        <source>&lt;out.pdf&gt;</source>
        <translation>&lt;Ausgabe.pdf&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom export-pdf &lt;file&gt; &lt;out.pdf&gt;</source>
        <translation>Aufruf: headroom export-pdf &lt;Datei&gt; &lt;Ausgabe.pdf&gt;</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &apos;%1&apos;.</source>
        <translation>--paper ist a4 oder letter, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben.</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a project&apos;s proposal as PDF: cover, summary of the workloads, headroom charts, rack elevations, bill of materials, power and space, method and sources, terms.</source>
        <translation>Das Angebot eines Projekts als PDF schreiben: Deckblatt, Zusammenfassung der Workloads, Headroom-Diagramme, Rack-Ansichten, Stückliste, Strom und Fläche, Methode und Quellen, Bedingungen.</translation>
    </message>
    <message>
        <source>--logo: cannot read an image from &apos;%1&apos;.</source>
        <translation>--logo: Aus „%1“ lässt sich kein Bild lesen.</translation>
    </message>
</context>
<context>
    <name>HallFigures</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no capacity</source>
        <extracomment>Headroom where something is demanded but the hall offers none of it</extracomment>
        <translation>keine Kapazität</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A headroom percentage: &quot;45 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2) %3 → %4</source>
        <extracomment>&quot;Compute (training) 45 % → 30 %&quot;</extracomment>
        <translation>%1 (%2) %3 → %4</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Headroom left unchanged.</source>
        <translation>Reserve unverändert.</translation>
    </message>
    <message>
        <source>Headroom left: %1.</source>
        <translation>Verbleibende Reserve: %1.</translation>
    </message>
</context>
<context>
    <name>HallModel</name>
    <message>
        <source>%1 / %2 U</source>
        <translation>%1 / %2 HE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>Typische Leistung</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>Maximale Leistung</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Leistungsbudget</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Nearest limit</source>
        <translation>Nächste Grenze</translation>
    </message>
</context>
<context>
    <name>HeadroomBenchmark</name>
    <message>
        <source>Drag-hover preview on 100 racks, 800 servers and 200 workloads: assignment check, what-if headroom (new and same target), chart series, an applied assignment and a full recompute; the what-if and the full recompute again on 3,000 racks, 12,000 servers and 1,000 workloads.</source>
        <translation>Vorschau beim Ziehen über 100 Racks, 800 Server und 200 Arbeitslasten: Zuweisungsprüfung, Was-wäre-wenn-Reserve (neues und gleiches Ziel), Diagrammreihen, eine ausgeführte Zuweisung und eine vollständige Neuberechnung; das Was-wäre-wenn und die vollständige Neuberechnung noch einmal auf 3.000 Racks, 12.000 Servern und 1.000 Arbeitslasten.</translation>
    </message>
</context>
<context>
    <name>HeadroomChartFeed</name>
    <message>
        <source>Not running a workload</source>
        <translation>Ohne Arbeitslast</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; racks summed per row; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>typische Leistungsaufnahme jedes Geräts wie in den Anzeigen des Racks; Racks je Reihe summiert; das Budget ist die Strom- oder Kühlgrenze des Racks, je nachdem, welche niedriger ist.</translation>
    </message>
    <message>
        <source>typical draw of every item as the rack&apos;s gauges count it; the budget is the rack&apos;s power or cooling, whichever is lower.</source>
        <translation>typische Leistungsaufnahme jedes Geräts wie in den Anzeigen des Racks; das Budget ist die Strom- oder Kühlgrenze des Racks, je nachdem, welche niedriger ist.</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>Die ganze Halle</translation>
    </message>
    <message>
        <source>%1, if %2 is dropped</source>
        <translation>%1, wenn %2 hier abgelegt wird</translation>
    </message>
</context>
<context>
    <name>HeadroomChartView</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>No workloads assigned yet. Drag a workload onto a server to see its headroom.</source>
        <translation>Noch keine Workloads zugewiesen. Ziehen Sie einen Workload auf einen Server, um seine Reserve zu sehen.</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: nothing assigned here needs it.</source>
        <translation>%1: Nichts, was hier zugewiesen ist, braucht das.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>Needs %1 of %2</source>
        <translation>Braucht %1 von %2</translation>
    </message>
    <message>
        <source>Headroom %1 (%2), range %3 to %4</source>
        <translation>Reserve %1 (%2), Bereich %3 bis %4</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>Annahmen: %1</translation>
    </message>
    <message>
        <source>Left (%)</source>
        <translation>Frei (%)</translation>
    </message>
    <message>
        <source>Tight (under 20% left)</source>
        <translation>Knapp (unter 20 % frei)</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Überschritten</translation>
    </message>
</context>
<context>
    <name>HeadroomCharts</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A chart&apos;s caption: its title, then what it shows</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Headroom charts for the whole hall, as the planner sees them in Headroom: what is left per dimension, latency against load, time to train against GPU count, and power per rack.</source>
        <translation>Die Headroom-Diagramme für die ganze Halle, wie der Planer sie in Headroom sieht: was je Dimension übrig bleibt, Latenz über der Last, Trainingsdauer über der GPU-Anzahl und Leistung je Rack.</translation>
    </message>
    <message>
        <source>No workload runs in the hall yet: nothing is demanded, so there is no headroom chart.</source>
        <translation>In der Halle läuft noch kein Workload: Es wird nichts beansprucht, daher gibt es kein Headroom-Diagramm.</translation>
    </message>
    <message>
        <source>the share of each dimension&apos;s capacity left, training and inference side by side: green when there is enough, amber when under %1 % is left, red when more is demanded than there is.</source>
        <translation>der verbleibende Anteil der Kapazität jeder Dimension, Training und Inferenz nebeneinander: grün, wenn genug da ist, gelb, wenn weniger als %1 % übrig sind, rot, wenn mehr beansprucht wird als vorhanden ist.</translation>
    </message>
    <message>
        <source>No inference service runs in the hall, so there is no latency chart.</source>
        <translation>In der Halle läuft kein Inferenzdienst, daher gibt es kein Latenzdiagramm.</translation>
    </message>
    <message>
        <source>%1, the service with the least latency headroom: TTFT and TPOT as the request rate grows, the targets as lines and its load marked.</source>
        <translation>%1, der Dienst mit dem geringsten Latenz-Spielraum: TTFT und TPOT bei steigender Anfragerate, die Ziele als Linien und seine Last markiert.</translation>
    </message>
    <message>
        <source>No training job runs in the hall, so there is no training-time chart.</source>
        <translation>In der Halle läuft kein Trainingsjob, daher gibt es kein Diagramm der Trainingsdauer.</translation>
    </message>
    <message>
        <source>%1, the job with the least time to spare: time to train against the GPUs it is given, the deadline as a line and its assigned count marked.</source>
        <translation>%1, der Job mit dem geringsten Zeitpuffer: Trainingsdauer über der Anzahl zugewiesener GPUs, die Frist als Linie und die zugewiesene Anzahl markiert.</translation>
    </message>
    <message>
        <source>The hall has no racks yet, so there is no power chart.</source>
        <translation>Die Halle hat noch keine Racks, daher gibt es kein Leistungsdiagramm.</translation>
    </message>
    <message>
        <source>typical power per rack, stacked by workload, against each rack&apos;s budget (its power feeds or its cooling, whichever is lower).</source>
        <translation>typische Leistung je Rack, nach Workload gestapelt, gegenüber dem Budget jedes Racks (seine Stromzuführungen oder seine Kühlung, je nachdem, was niedriger ist).</translation>
    </message>
</context>
<context>
    <name>HeadroomDimensions</name>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Accelerator memory</source>
        <translation>Beschleunigerspeicher</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>Speicherkapazität</translation>
    </message>
    <message>
        <source>Checkpoint writes</source>
        <translation>Checkpoint-Schreibrate</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Power and cooling</source>
        <translation>Leistung und Kühlung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>HeadroomPane</name>
    <message>
        <source>Exported the chart to %1.</source>
        <translation>Diagramm nach %1 exportiert.</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG, SVG or PDF file</source>
        <translation>Das angezeigte Diagramm als PNG-, SVG- oder PDF-Datei speichern</translation>
    </message>
</context>
<context>
    <name>HeadroomPreviewBenchmark</name>
    <message>
        <source>The four headroom charts fed and replotted as a workload drag hovers over a hall of 100 racks with 200 workloads.</source>
        <translation>Die vier Reserve-Diagramme werden neu befüllt und gezeichnet, während eine gezogene Arbeitslast über einer Halle mit 100 Racks und 200 Arbeitslasten schwebt.</translation>
    </message>
</context>
<context>
    <name>HeadroomView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>Andere Arbeitslasten</translation>
    </message>
</context>
<context>
    <name>InferenceEstimator</name>
    <message>
        <source>gpus must be at least 1.</source>
        <translation>gpus muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>inference.input_tokens must be at least 1.</source>
        <translation>inference.input_tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>inference.output_tokens must be at least 1.</source>
        <translation>inference.output_tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>inference.concurrency must be at least 1 or &quot;max&quot;.</source>
        <translation>inference.concurrency muss mindestens 1 oder &quot;max&quot; sein.</translation>
    </message>
    <message>
        <source>inference.request_rate cannot be negative.</source>
        <translation>inference.request_rate darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>inference latency targets cannot be negative.</source>
        <translation>Die Latenzziele von inference dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>inference.tensor_parallel must be at least 1.</source>
        <translation>inference.tensor_parallel muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>inference.tensor_parallel (%1) cannot be larger than gpus (%2).</source>
        <translation>inference.tensor_parallel (%1) darf nicht größer als gpus (%2) sein.</translation>
    </message>
    <message>
        <source>inference.tensor_parallel (%1) must stay inside one scale-up domain of %2 accelerators on %3.</source>
        <translation>inference.tensor_parallel (%1) muss innerhalb einer Scale-up-Domäne von %2 Beschleunigern bei %3 bleiben.</translation>
    </message>
    <message>
        <source>The accelerator %1 has no memory size or bandwidth.</source>
        <translation>Der Beschleuniger %1 hat keine Speichergröße oder Bandbreite.</translation>
    </message>
    <message>
        <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
        <translation>Der Beschleuniger %1 hat keine dichte %2-Spitzenleistung; wählen Sie eine andere Genauigkeit.</translation>
    </message>
    <message>
        <source>%1 has no %2 peak: weights are stored in %2 and multiplied in %3 (weight-only quantisation).</source>
        <translation>%1 hat keine %2-Spitzenleistung: Die Gewichte werden in %2 gespeichert und in %3 multipliziert (reine Gewichtsquantisierung).</translation>
    </message>
    <message>
        <source>%1 input and output tokens exceed the %2-token context of %3.</source>
        <translation>%1 Eingabe- und Ausgabe-Token überschreiten den Kontext von %2 Token von %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in %n accelerator(s) of %2 with room for one sequence&apos;s KV cache.</source>
        <translation>
            <numerusform>%1 passt nicht mit Platz für den KV-Cache einer Sequenz in %n Beschleuniger vom Typ %2.</numerusform>
            <numerusform>%1 passt nicht mit Platz für den KV-Cache einer Sequenz in %n Beschleuniger vom Typ %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 sequences fit per replica; the figures are for that many, not %2.</source>
        <translation>Pro Replik passen nur %1 Sequenzen; die Zahlen gelten für so viele, nicht für %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 requests/s is more than the %n replica(s) can serve; the figures are at full load.</source>
        <translation>
            <numerusform>%1 Anfragen/s sind mehr, als die %n Replik bedienen kann; die Zahlen gelten für Volllast.</numerusform>
            <numerusform>%1 Anfragen/s sind mehr, als die %n Repliken bedienen können; die Zahlen gelten für Volllast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even a single request misses the latency targets on %n accelerator(s) per replica.</source>
        <translation>
            <numerusform>Schon eine einzelne Anfrage verfehlt die Latenzziele mit %n Beschleuniger pro Replik.</numerusform>
            <numerusform>Schon eine einzelne Anfrage verfehlt die Latenzziele mit %n Beschleunigern pro Replik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2, not %3.</source>
        <translation>%1 muss größer als %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation>%1 muss mindestens %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not %3.</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2.</source>
        <translation>%1 muss ein Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: unknown precision &apos;%2&apos;; use fp32, tf32, bf16, fp16, fp8, int8, int4 or fp4.</source>
        <translation>%1: unbekannte Genauigkeit „%2“; verwenden Sie fp32, tf32, bf16, fp16, fp8, int8, int4 oder fp4.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>Latency vs load</source>
        <translation>Latenz über Last</translation>
    </message>
    <message>
        <source>No inference service here. Select one in the Workloads dock or a server that runs one to see its latency against load.</source>
        <translation>Hier läuft kein Inferenzdienst. Wählen Sie einen im Bereich Arbeitslasten oder einen Server, der einen ausführt, um seine Latenz über der Last zu sehen.</translation>
    </message>
    <message>
        <source>At %1 requests/s: time to first token %2, time per output token %3</source>
        <translation>Bei %1 Anfragen/s: Zeit bis zum ersten Token %2, Zeit pro Ausgabetoken %3</translation>
    </message>
    <message>
        <source>Targets: time to first token %1, time per output token %2</source>
        <translation>Ziele: Zeit bis zum ersten Token %1, Zeit pro Ausgabetoken %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Assigned load %1 requests/s: time to first token %2 (%3 to %4), time per output token %5 (%6 to %7)</source>
        <translation>Zugewiesene Last %1 Anfragen/s: Zeit bis zum ersten Token %2 (%3 bis %4), Zeit pro Ausgabetoken %5 (%6 bis %7)</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>Annahmen: %1</translation>
    </message>
    <message>
        <source>Request rate (requests/s)</source>
        <translation>Anfragerate (Anfragen/s)</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>Zeit pro Ausgabetoken (ms)</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>Zeit pro Ausgabetoken</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selected items and take them out of their racks</source>
        <translation>Die ausgewählten Geräte kopieren und aus ihren Racks nehmen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected items</source>
        <translation>Die ausgewählten Geräte kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste copied items into the selected rack where they fit</source>
        <translation>Kopierte Geräte in das ausgewählte Rack einfügen, wo sie passen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected items, racks or rows</source>
        <translation>Die ausgewählten Geräte, Racks oder Reihen entfernen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected items, racks or rows beside themselves</source>
        <translation>Die ausgewählten Geräte, Racks oder Reihen daneben kopieren</translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation>&amp;Rack hinzufügen</translation>
    </message>
    <message>
        <source>Add an empty rack like the selected one</source>
        <translation>Ein leeres Rack wie das ausgewählte hinzufügen</translation>
    </message>
    <message>
        <source>Add r&amp;ow</source>
        <translation>Rei&amp;he hinzufügen</translation>
    </message>
    <message>
        <source>Add an empty row of racks</source>
        <translation>Eine leere Rack-Reihe hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected rack or row</source>
        <translation>Das ausgewählte Rack oder die ausgewählte Reihe umbenennen</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move the selected rack one place left in its row</source>
        <translation>Das ausgewählte Rack in seiner Reihe einen Platz nach links verschieben</translation>
    </message>
    <message>
        <source>Move r&amp;ight</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move the selected rack one place right in its row</source>
        <translation>Das ausgewählte Rack in seiner Reihe einen Platz nach rechts verschieben</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected rack to the row above, or the row up</source>
        <translation>Das ausgewählte Rack in die Reihe darüber verschieben, oder die Reihe nach oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected rack to the row below, or the row down</source>
        <translation>Das ausgewählte Rack in die Reihe darunter verschieben, oder die Reihe nach unten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit hall</source>
        <translation>Ganze &amp;Halle zeigen</translation>
    </message>
    <message>
        <source>Zoom to show the whole hall</source>
        <translation>So zoomen, dass die ganze Halle zu sehen ist</translation>
    </message>
    <message>
        <source>The clipboard holds no items Headroom can paste.</source>
        <translation>Die Zwischenablage enthält keine Geräte, die Headroom einfügen kann.</translation>
    </message>
    <message>
        <source>Select a rack to paste into.</source>
        <translation>Wählen Sie ein Rack, in das eingefügt werden soll.</translation>
    </message>
    <message>
        <source>The copied items do not fit anywhere in %1.</source>
        <translation>Die kopierten Geräte passen nirgends in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>%n Reihe entfernen</numerusform>
            <numerusform>%n Reihen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Gerät duplizieren</numerusform>
            <numerusform>%n Geräte duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no room left in %1.</source>
        <translation>In %1 ist kein Platz mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n rack(s)</source>
        <translation>
            <numerusform>%n Rack duplizieren</numerusform>
            <numerusform>%n Racks duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>%n Reihe duplizieren</numerusform>
            <numerusform>%n Reihen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a rack type from the Catalog into the hall to add the first rack.</source>
        <translation>Ziehen Sie einen Rack-Typ aus dem Katalog in die Halle, um das erste Rack hinzuzufügen.</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>Rack umbenennen</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>Reihe umbenennen</translation>
    </message>
</context>
<context>
    <name>LayoutBenchmark</name>
    <message>
        <source>Drop preview and drop of an item into a hall of 100 racks of 8 servers (and into 3,000 racks of 4 servers).</source>
        <translation>Vorschau und Ablegen eines Geräts in einer Halle mit 100 Racks zu je 8 Servern (und in 3.000 Racks mit je 4 Servern).</translation>
    </message>
</context>
<context>
    <name>LayoutDrag</name>
    <message>
        <source>Drag rack types and equipment separately.</source>
        <translation>Ziehen Sie Rack-Typen und Geräte getrennt.</translation>
    </message>
    <message>
        <source>%1 (placing anyway)</source>
        <translation>%1 (wird trotzdem platziert)</translation>
    </message>
    <message>
        <source>%1 (hold Shift to go over budget)</source>
        <translation>%1 (Umschalttaste halten, um das Budget zu überschreiten)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a rack.</source>
        <translation>Auf einem Rack ablegen.</translation>
    </message>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2, %3</translation>
    </message>
    <message>
        <source>%1 into %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s)</source>
        <translation>
            <numerusform>%n Gerät platzieren</numerusform>
            <numerusform>%n Geräte platzieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no height in the catalog.</source>
        <translation>%1 hat im Katalog keine Höhe.</translation>
    </message>
    <message>
        <source>%1 starts a new row</source>
        <translation>%1 beginnt eine neue Reihe</translation>
    </message>
    <message>
        <source>Drop into a row.</source>
        <translation>In einer Reihe ablegen.</translation>
    </message>
    <message>
        <source>%1 into %2 at position %3</source>
        <translation>%1 in %2 an Position %3</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rack(s)</source>
        <translation>
            <numerusform>%n Rack hinzufügen</numerusform>
            <numerusform>%n Racks hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1, U%2</source>
        <translation>Nach %1, U%2 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to %2, position %3</source>
        <translation>%1 nach %2 an Position %3 verschieben</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Row %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>Diese Reihe gibt es nicht.</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Reihe %1 entfernen</translation>
    </message>
    <message>
        <source>A row needs a name.</source>
        <translation>Eine Reihe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>Reihe umbenennen</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Reihe verschieben</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Reihe duplizieren</translation>
    </message>
    <message>
        <source>%1 is not a rack type.</source>
        <translation>%1 ist kein Racktyp.</translation>
    </message>
    <message>
        <source>%1 is not a PDU.</source>
        <translation>%1 ist keine PDU.</translation>
    </message>
    <message>
        <source>A rack has one or two power feeds of zero or more watts.</source>
        <translation>Ein Rack hat eine oder zwei Stromzuführungen mit null oder mehr Watt.</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>Rack hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>%n Rack entfernen</numerusform>
            <numerusform>%n Racks entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such rack.</source>
        <translation>Dieses Rack gibt es nicht.</translation>
    </message>
    <message>
        <source>A rack needs a name.</source>
        <translation>Ein Rack braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename rack</source>
        <translation>Rack umbenennen</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>Rack-Stromversorgung ändern</translation>
    </message>
    <message>
        <source>A cooling ceiling cannot be negative.</source>
        <translation>Eine Kühlgrenze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Change rack cooling</source>
        <translation>Rack-Kühlung ändern</translation>
    </message>
    <message>
        <source>Duplicate rack</source>
        <translation>Rack duplizieren</translation>
    </message>
    <message>
        <source>Move rack</source>
        <translation>Rack verschieben</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>%1 einbauen</translation>
    </message>
    <message>
        <source>the item or the rack is no longer there</source>
        <translation>das Gerät oder das Rack ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The item is no longer there.</source>
        <translation>Das Gerät ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Gerät verschieben</numerusform>
            <numerusform>%n Geräte verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>%n Gerät versetzen</numerusform>
            <numerusform>%n Geräte versetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n Gerät entfernen</numerusform>
            <numerusform>%n Geräte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted item &apos;%1&apos; has no catalog row.</source>
        <translation>Das eingefügte Gerät &apos;%1&apos; hat keinen Katalogeintrag.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Gerät einfügen</numerusform>
            <numerusform>%n Geräte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only servers have a configuration.</source>
        <translation>Nur Server haben eine Konfiguration.</translation>
    </message>
    <message>
        <source>Change server configuration</source>
        <translation>Serverkonfiguration ändern</translation>
    </message>
</context>
<context>
    <name>LayoutEditorBenchmark</name>
    <message>
        <source>Drop into a hall of 100 racks of 8 servers until the view is repainted, and a 3,000-rack hall opened, painted and zoomed.</source>
        <translation>Ablegen in einer Halle mit 100 Racks zu je 8 Servern bis zum Neuzeichnen der Ansicht, und eine Halle mit 3.000 Racks geöffnet, gezeichnet und gezoomt.</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <source>%1 goes inside a server, not into a rack slot</source>
        <translation>%1 gehört in einen Server, nicht in einen Rack-Einschub</translation>
    </message>
    <message>
        <source>a rack cannot go into a rack</source>
        <translation>ein Rack passt nicht in ein Rack</translation>
    </message>
    <message>
        <source>%1 is 0U: it mounts at the rack&apos;s side, not in a U slot</source>
        <translation>%1 ist 0 HE: es wird seitlich im Rack montiert, nicht in einer HE</translation>
    </message>
    <message>
        <source>%1 needs direct liquid cooling; this rack has %2</source>
        <translation>%1 braucht direkte Flüssigkeitskühlung; dieses Rack hat %2</translation>
    </message>
    <message numerus="yes">
        <source>does not fit: U%1–U%2 is outside the rack&apos;s %n U</source>
        <translation>
            <numerusform>passt nicht: HE %1–%2 liegt außerhalb der %n HE des Racks</numerusform>
            <numerusform>passt nicht: HE %1–%2 liegt außerhalb der %n HE des Racks</numerusform>
        </translation>
    </message>
    <message>
        <source>U%1–U%2 is taken by %3</source>
        <translation>HE %1–%2 ist durch %3 belegt</translation>
    </message>
    <message>
        <source>too deep for the rack: %1 of %2</source>
        <translation>zu tief für das Rack: %1 von %2</translation>
    </message>
    <message>
        <source>%1 does not offer accelerator &apos;%2&apos;</source>
        <translation>%1 bietet den Beschleuniger &apos;%2&apos; nicht an</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n accelerator(s)</source>
        <translation>
            <numerusform>%1 fasst höchstens %n Beschleuniger</numerusform>
            <numerusform>%1 fasst höchstens %n Beschleuniger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n drive bay(s)</source>
        <translation>
            <numerusform>%1 hat %n Laufwerksschacht</numerusform>
            <numerusform>%1 hat %n Laufwerksschächte</numerusform>
        </translation>
    </message>
    <message>
        <source>would exceed rack power: %1 of %2</source>
        <translation>würde die Rack-Leistung überschreiten: %1 von %2</translation>
    </message>
    <message>
        <source>would lose A/B redundancy: one feed would carry %1 of %2</source>
        <translation>würde die A/B-Redundanz verlieren: eine Zuführung müsste %1 von %2 tragen</translation>
    </message>
    <message>
        <source>would exceed rack load: %1 of %2</source>
        <translation>würde die Rack-Traglast überschreiten: %1 von %2</translation>
    </message>
    <message>
        <source>would exceed %1 cooling: %2 of %3</source>
        <translation>würde die Kühlung (%1) überschreiten: %2 von %3</translation>
    </message>
    <message>
        <source>exceeds rack power: %1 of %2</source>
        <translation>überschreitet die Rack-Leistung: %1 von %2</translation>
    </message>
    <message>
        <source>not A/B redundant: one feed would carry %1 of %2</source>
        <translation>nicht A/B-redundant: eine Zuführung müsste %1 von %2 tragen</translation>
    </message>
    <message>
        <source>exceeds rack load: %1 of %2</source>
        <translation>überschreitet die Rack-Traglast: %1 von %2</translation>
    </message>
    <message>
        <source>exceeds %1 cooling: %2 of %3</source>
        <translation>überschreitet die Kühlung (%1): %2 von %3</translation>
    </message>
</context>
<context>
    <name>LayoutToolTips</name>
    <message>
        <source>U%1–U%2, %3</source>
        <translation>U%1–U%2, %3</translation>
    </message>
    <message>
        <source>Power: %1 typical, %2 maximum</source>
        <translation>Leistung: %1 typisch, %2 maximal</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Space: %1 of %2 U used</source>
        <translation>Platz: %1 von %2 HE belegt</translation>
    </message>
    <message>
        <source>Power: %1 maximum of %2 budget</source>
        <translation>Leistung: %1 maximal von %2 Budget</translation>
    </message>
    <message>
        <source>Cooling: %1 of %2 (%3)</source>
        <translation>Kühlung: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Weight: %1 of %2</source>
        <translation>Gewicht: %1 von %2</translation>
    </message>
    <message>
        <source>Nearest limit: %1 at %2</source>
        <translation>Nächste Grenze: %1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s), %1 of %2 U used</source>
        <translation>
            <numerusform>%n Rack, %1 von %2 HE belegt</numerusform>
            <numerusform>%n Racks, %1 von %2 HE belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat: %1 BTU/h</source>
        <translation>Wärme: %1 BTU/h</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n Rack über einer Grenze</numerusform>
            <numerusform>%n Racks über einer Grenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitKinds</name>
    <message>
        <source>Rack space</source>
        <translation>Rack-Platz</translation>
    </message>
    <message>
        <source>Rack depth</source>
        <translation>Rack-Tiefe</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>Rack-Leistung</translation>
    </message>
    <message>
        <source>A/B redundancy</source>
        <translation>A/B-Redundanz</translation>
    </message>
    <message>
        <source>Rack load</source>
        <translation>Rack-Traglast</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every pane in its default place</source>
        <translation>Alle Bereiche an ihrem Standardplatz anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>&amp;Über Headroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Rack layout</source>
        <translation>Rack-Layout</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1[*] — Headroom</source>
        <translation>%1[*] — Headroom</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation>Über Headroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data centers: hardware, rack layouts, training and inference workloads, headroom and quotes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Kapazitätsplanung für KI-Rechenzentren: Hardware, Rack-Layouts, Trainings- und Inferenz-Workloads, Reserven und Angebote.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>Created your catalog from the built-in data.</source>
        <translation>Ihr Katalog wurde aus den mitgelieferten Daten erstellt.</translation>
    </message>
    <message>
        <source>Preview the proposal for this quote and save it as PDF</source>
        <translation>Das Proposal zu diesem Angebot in der Vorschau ansehen und als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Angebot</translation>
    </message>
</context>
<context>
    <name>ModelArchitecture</name>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be larger than %3 (%4).</source>
        <translation>%1 (%2) darf nicht größer als %3 (%4) sein.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Estimated from the parameter count (Kaplan et al. 2020, N = 12 L d^2)</source>
        <translation>Aus der Parameterzahl geschätzt (Kaplan et al. 2020, N = 12 L d^2)</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Rear</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What to do; only &apos;info&apos; for now.</source>
        <translation>Was zu tun ist; vorerst nur &apos;info&apos;.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>Die Projektdatei (.headroom).</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;Datei&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom project info &lt;file&gt; [--json]</source>
        <translation>Aufruf: headroom project info &lt;Datei&gt; [--json]</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 of %4 U, %5 typical / %6 maximum of %7, %8 of %9, %10</source>
        <translation>  %1 (%2): %3 von %4 HE, %5 typisch / %6 maximal von %7, %8 von %9, %10</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a weight in the catalog</source>
        <translation>
            <numerusform>%n Gerät ohne Gewicht im Katalog</numerusform>
            <numerusform>%n Geräte ohne Gewicht im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <extracomment>&quot;&lt;file&gt;: &lt;n racks&gt; in &lt;n rows&gt;&quot;, e.g. &quot;hall.headroom: 4 racks in 2 rows&quot;</extracomment>
        <translation>%1: %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n Rack</numerusform>
            <numerusform>%n Racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a project file holds: racks, space, power, weight, cooling, broken limits, workloads and the headroom left for training and inference.</source>
        <translation>Zeigt, was eine Projektdatei enthält: Racks, Platz, Leistung, Gewicht, Kühlung, überschrittene Grenzen, Arbeitslasten und die für Training und Inferenz verbleibende Reserve.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 demanded of nothing</source>
        <translation>%1 gefordert, aber nichts vorhanden</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <extracomment>&quot;41.2 kW of 60 kW (31% left)&quot;</extracomment>
        <translation>%1 von %2 (%3 frei)</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s):</source>
        <translation>
            <numerusform>%n Arbeitslast:</numerusform>
            <numerusform>%n Arbeitslasten:</numerusform>
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
    <message>
        <source>Headroom in the hall:</source>
        <translation>Reserve in der Halle:</translation>
    </message>
    <message>
        <source>  %1: training %2; inference %3</source>
        <extracomment>&quot; Compute: training 12.8 of 63.3 PFLOP/s (80% left); inference none&quot;</extracomment>
        <translation>  %1: Training %2; Inferenz %3</translation>
    </message>
    <message>
        <source>Write JSON to stdout: &quot;racks&quot; (name, row, rack_type, u_total, u_used, power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, placements, broken_limits, headroom, ...), &quot;rows&quot;, &quot;totals&quot;, &quot;workloads&quot; (id, name, kind, model, precision, training or inference, servers, gpus, accelerator, latency, requests_per_second_within_targets), &quot;assignments&quot; (workload, placement, rack, row, position_u) and &quot;headroom&quot;: &quot;training&quot; and &quot;inference&quot;, each with &quot;compute&quot; (FLOP/s at the dense BF16 peak), &quot;memory&quot; (bytes), &quot;storage&quot; (bytes), &quot;storage_bandwidth&quot; (checkpoint writes, bytes/s), &quot;network&quot; (bytes/s), &quot;power&quot; (watts) and &quot;latency&quot; (seconds) entries of the form {demand, capacity, headroom_fraction}.</source>
        <translation>JSON auf die Standardausgabe schreiben: &quot;racks&quot; (name, row, rack_type, u_total, u_used, power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, placements, broken_limits, headroom, ...), &quot;rows&quot;, &quot;totals&quot;, &quot;workloads&quot; (id, name, kind, model, precision, training oder inference, servers, gpus, accelerator, latency, requests_per_second_within_targets), &quot;assignments&quot; (workload, placement, rack, row, position_u) und &quot;headroom&quot;: &quot;training&quot; und &quot;inference&quot;, jeweils mit Einträgen &quot;compute&quot; (FLOP/s bei dichter BF16-Spitzenleistung), &quot;memory&quot; (Bytes), &quot;storage&quot; (Bytes), &quot;storage_bandwidth&quot; (Checkpoint-Schreibrate, Bytes/s), &quot;network&quot; (Bytes/s), &quot;power&quot; (Watt) und &quot;latency&quot; (Sekunden) der Form {demand, capacity, headroom_fraction}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a power figure in the catalog</source>
        <translation>
            <numerusform>%n Eintrag ohne Leistungsangabe im Katalog</numerusform>
            <numerusform>%n Einträge ohne Leistungsangabe im Katalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>Tabelle %1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: no such row</source>
        <translation>%1: keine solche Reihe</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a rack in the file&apos;s catalog</source>
        <translation>%1: &apos;%2&apos; ist kein Rack im Katalog der Datei</translation>
    </message>
    <message>
        <source>%1: must be 1 or 2</source>
        <translation>%1: muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>%1: unknown value &apos;%2&apos;</source>
        <translation>%1: unbekannter Wert &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a PDU of a rack in the file</source>
        <translation>%1: &apos;%2&apos; ist keine PDU eines Racks in der Datei</translation>
    </message>
    <message>
        <source>%1: no such rack</source>
        <translation>%1: kein solches Rack</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not in the file&apos;s catalog</source>
        <translation>%1: &apos;%2&apos; ist nicht im Katalog der Datei</translation>
    </message>
    <message>
        <source>%1: U positions start at 1</source>
        <translation>%1: HE-Positionen beginnen bei 1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is not a Headroom project (not an SQLite database).</source>
        <translation>es ist kein Headroom-Projekt (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>die Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>it is not a Headroom project (another program&apos;s database).</source>
        <translation>es ist kein Headroom-Projekt (Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <source>it was saved by a newer Headroom (file format %1; this version reads up to %2).</source>
        <translation>sie wurde mit einem neueren Headroom gespeichert (Dateiformat %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>it is not a Headroom project (no schema).</source>
        <translation>es ist kein Headroom-Projekt (kein Schema).</translation>
    </message>
    <message>
        <source>no room to upgrade a copy of it.</source>
        <translation>kein Platz, um eine Kopie davon zu aktualisieren.</translation>
    </message>
    <message>
        <source>upgrading it from file format %1 failed (%2).</source>
        <translation>die Aktualisierung von Dateiformat %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no temporary folder (%1).</source>
        <translation>kein temporärer Ordner (%1).</translation>
    </message>
    <message>
        <source>not a workload id</source>
        <translation>keine gültige Arbeitslast-ID</translation>
    </message>
    <message>
        <source>%1: no such workload</source>
        <translation>%1: keine solche Arbeitslast</translation>
    </message>
    <message>
        <source>%1: no such placement</source>
        <translation>%1: kein solches eingebautes Gerät</translation>
    </message>
</context>
<context>
    <name>ProjectFileBenchmark</name>
    <message>
        <source>Saves and opens a project of 3,000 racks holding 12,000 servers.</source>
        <translation>Speichert und öffnet ein Projekt mit 3.000 Racks und 12.000 Servern.</translation>
    </message>
</context>
<context>
    <name>ProjectFileController</name>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Headroom-Projekte (*.headroom)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>This is a sample project: change it freely, or start with File ▸ New.</source>
        <translation>Dies ist ein Beispielprojekt: Ändern Sie es nach Belieben oder beginnen Sie mit Datei ▸ Neu.</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save them to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>einem unbenannten Projekt</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Headroom did not close properly. Unsaved changes to %1 were kept at %2. Recover them?</source>
        <translation>Headroom wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden um %2 gesichert. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>ProposalBenchmark</name>
    <message>
        <source>Builds and writes the sample project&apos;s proposal, and a proposal of about 20 pages for a generated hall of 60 rack designs running a training job and a chat service; derives the bill of materials of 3,000 racks holding 12,000 servers.</source>
        <translation>Erstellt und schreibt das Proposal des Beispielprojekts sowie ein Proposal von etwa 20 Seiten für eine erzeugte Halle mit 60 Rack-Designs, auf der ein Trainingsauftrag und ein Chat-Dienst laufen; leitet die Stückliste von 3.000 Racks mit 12.000 Servern ab.</translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rack elevations</source>
        <translation>Rack-Ansichten</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>Power, cooling and floor space</source>
        <translation>Leistung, Kühlung und Stellfläche</translation>
    </message>
    <message>
        <source>Assumptions and method</source>
        <translation>Annahmen und Methode</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Capacity proposal</source>
        <translation>Kapazitäts-Proposal</translation>
    </message>
    <message>
        <source>Customer not named</source>
        <translation>Kunde nicht angegeben</translation>
    </message>
    <message>
        <source>%1 · Quote %2 rev. %3</source>
        <translation>%1 · Angebot %2 Rev. %3</translation>
    </message>
    <message>
        <source>Prepared with Headroom · %1</source>
        <translation>Erstellt mit Headroom · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Erstellt für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) holding %1 servers with %2 accelerators; %3 at most; %4 in total.</source>
        <translation>
            <numerusform>%n Rack mit %1 Servern und %2 Beschleunigern; höchstens %3; insgesamt %4.</numerusform>
            <numerusform>%n Racks mit %1 Servern und %2 Beschleunigern; höchstens %3; insgesamt %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill of materials have no price yet and are not in that total.</source>
        <translation>
            <numerusform>%n Position der Stückliste hat noch keinen Preis und ist in dieser Summe nicht enthalten.</numerusform>
            <numerusform>%n Positionen der Stückliste haben noch keinen Preis und sind in dieser Summe nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the hardware achieves</source>
        <translation>Was die Hardware leistet</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Dense BF16 peak</source>
        <translation>Dichte BF16-Spitzenleistung</translation>
    </message>
    <message>
        <source>Training yardstick</source>
        <translation>Richtwert Training</translation>
    </message>
    <message>
        <source>Inference yardstick</source>
        <translation>Richtwert Inferenz</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>The layout holds no accelerators yet.</source>
        <translation>Das Layout enthält noch keine Beschleuniger.</translation>
    </message>
    <message numerus="yes">
        <source>%n rack design(s) for %1 racks. Each design is drawn once, front and rear, with the number of racks built to it; the gauges under each rack show space, power, cooling and weight against that rack&apos;s limits.</source>
        <translation>
            <numerusform>%n Rack-Design für %1 Racks. Jedes Design wird einmal von vorn und hinten gezeigt, mit der Anzahl der danach gebauten Racks; die Anzeigen unter jedem Rack zeigen Platz, Leistung, Kühlung und Gewicht im Verhältnis zu den Grenzen dieses Racks.</numerusform>
            <numerusform>%n Rack-Designs für %1 Racks. Jedes Design wird einmal von vorn und hinten gezeigt, mit der Anzahl der danach gebauten Racks; die Anzeigen unter jedem Rack zeigen Platz, Leistung, Kühlung und Gewicht im Verhältnis zu den Grenzen dieses Racks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices in %1. Notes in brackets follow the table.</source>
        <translation>Preise in %1. Anmerkungen in Klammern folgen nach der Tabelle.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message numerus="yes">
        <source>Lines marked &quot;%1&quot; are not in the total: %n line(s) await a price.</source>
        <translation>
            <numerusform>Mit „%1“ markierte Positionen sind nicht in der Gesamtsumme enthalten: %n Position wartet auf einen Preis.</numerusform>
            <numerusform>Mit „%1“ markierte Positionen sind nicht in der Gesamtsumme enthalten: %n Positionen warten auf einen Preis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from market estimates rather than a vendor price list and are subject to confirmation.</source>
        <translation>
            <numerusform>%n Position ist anhand von Marktschätzungen statt einer Herstellerpreisliste bepreist und steht unter Bestätigungsvorbehalt.</numerusform>
            <numerusform>%n Positionen sind anhand von Marktschätzungen statt einer Herstellerpreisliste bepreist und stehen unter Bestätigungsvorbehalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typisch</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>%1 of %2 U</source>
        <translation>%1 von %2 HE</translation>
    </message>
    <message>
        <source>%1 BTU/h</source>
        <translation>%1 BTU/h</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Typical and maximum power are the catalog&apos;s figures for each item. The budget is what the racks&apos; feeds may carry continuously: %1 % of each breaker&apos;s rating (NEC 210.19(A) and 210.20(A)). Cooling is each rack&apos;s planning ceiling for its cooling type; heat is the typical draw in BTU/h (1 W = 3.412 BTU/h, NIST SP 811).</source>
        <translation>Typische und maximale Leistung sind die Katalogwerte der einzelnen Geräte. Das Budget ist, was die Einspeisungen der Racks dauerhaft tragen dürfen: %1 % des Nennstroms jedes Leitungsschutzschalters (NEC 210.19(A) und 210.20(A)). Kühlung ist die Planungsobergrenze jedes Racks für seine Kühlungsart; Wärme ist die typische Leistungsaufnahme in BTU/h (1 W = 3,412 BTU/h, NIST SP 811).</translation>
    </message>
    <message>
        <source>Floor space: the racks stand on %1 m² (their width times their depth, from the catalog); aisles and service clearance come on top.</source>
        <translation>Stellfläche: Die Racks stehen auf %1 m² (Breite mal Tiefe laut Katalog); Gänge und Wartungsabstände kommen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) exceed a limit as designed; the rack elevations show which gauge.</source>
        <translation>
            <numerusform>%n Rack überschreitet in der geplanten Form eine Grenze; die Rack-Ansichten zeigen, bei welcher Anzeige.</numerusform>
            <numerusform>%n Racks überschreiten in der geplanten Form eine Grenze; die Rack-Ansichten zeigen, bei welcher Anzeige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices and rounding</source>
        <translation>Preise und Rundung</translation>
    </message>
    <message>
        <source>Prices come from the catalog rows frozen into the project when their items were placed, so the quote does not change when the catalog does. Amounts are exact integers of the currency&apos;s smallest unit. Each line&apos;s discount is rounded half away from zero on its own, then the quote discount on the subtotal, then tax on the discounted subtotal.</source>
        <translation>Die Preise stammen aus den Katalogeinträgen, die beim Platzieren der Geräte im Projekt festgeschrieben wurden; das Angebot ändert sich also nicht, wenn sich der Katalog ändert. Beträge sind exakte ganze Zahlen in der kleinsten Einheit der Währung. Der Rabatt jeder Position wird einzeln gerundet (bei der Hälfte von null weg), danach der Angebotsrabatt auf die Zwischensumme, danach die Steuer auf die rabattierte Zwischensumme.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Confidence: high = a vendor document or two consistent sources; medium = one secondary source; low = an estimate to be checked.</source>
        <translation>Verlässlichkeit: hoch = ein Herstellerdokument oder zwei übereinstimmende Quellen; mittel = eine Sekundärquelle; niedrig = eine zu prüfende Schätzung.</translation>
    </message>
    <message>
        <source>This quote (%1, revision %2) is valid until %3.</source>
        <translation>Dieses Angebot (%1, Revision %2) ist gültig bis %3.</translation>
    </message>
    <message>
        <source>Prices are in %1 and include the tax shown; delivery, installation, software licences and support are quoted separately unless listed.</source>
        <translation>Die Preise verstehen sich in %1 einschließlich der ausgewiesenen Steuer; Lieferung, Installation, Softwarelizenzen und Support werden gesondert angeboten, sofern sie nicht aufgeführt sind.</translation>
    </message>
    <message>
        <source>Prices marked as estimates, and lines without a price, are confirmed in writing before an order is accepted.</source>
        <translation>Als Schätzung gekennzeichnete Preise und Positionen ohne Preis werden vor Annahme eines Auftrags schriftlich bestätigt.</translation>
    </message>
    <message>
        <source>Power, cooling and capacity figures are planning estimates from published specifications; the site survey and the vendors&apos; final configurations govern.</source>
        <translation>Angaben zu Leistung, Kühlung und Kapazität sind Planungsschätzungen auf Basis veröffentlichter Spezifikationen; maßgeblich sind die Standortbegehung und die endgültigen Konfigurationen der Hersteller.</translation>
    </message>
    <message>
        <source>Hardware availability and lead times are confirmed at order.</source>
        <translation>Verfügbarkeit und Lieferzeiten der Hardware werden bei Bestellung bestätigt.</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>The project has no workloads yet, so these figures are for a reference workload, not the customer&apos;s own: estimates for their training runs and inference services, and the headroom they leave, follow once the workloads are part of the project.</source>
        <translation>Das Projekt hat noch keine Workloads, daher gelten diese Zahlen für einen Referenz-Workload, nicht für die eigenen des Kunden: Schätzungen für seine Trainingsläufe und Inferenzdienste und den verbleibenden Spielraum folgen, sobald die Workloads Teil des Projekts sind.</translation>
    </message>
    <message>
        <source>What the hardware could do</source>
        <translation>Was die Hardware leisten könnte</translation>
    </message>
    <message>
        <source>Yardsticks for comparing designs, not plans: a reference workload (%1) on all accelerators of each model, as the method section describes.</source>
        <translation>Maßstäbe zum Vergleich von Entwürfen, keine Pläne: ein Referenz-Workload (%1) auf allen Beschleunigern eines Modells, wie im Methodenteil beschrieben.</translation>
    </message>
    <message>
        <source>This proposal covers %1 servers carrying %2 accelerators with %3 of accelerator memory and %4 of dense BF16 compute at peak, in %5. The hardware draws %6 in typical operation and %7 at most, within the %8 the racks&apos; power feeds allow. The quote totals %9.</source>
        <translation>Dieses Proposal umfasst %1 Server mit %2 Beschleunigern, %3 Beschleunigerspeicher und %4 dichter BF16-Spitzenrechenleistung in %5. Die Hardware nimmt im typischen Betrieb %6 und höchstens %7 auf, innerhalb der %8, die die Einspeisungen der Racks zulassen. Das Angebot beläuft sich auf insgesamt %9.</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) in %1</source>
        <extracomment>&quot;4 racks in 2 rows&quot;; %1 is &quot;2 rows&quot;</extracomment>
        <translation>
            <numerusform>%n Rack in %1</numerusform>
            <numerusform>%n Racks in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal preview</source>
        <translation>Proposal-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Writing the proposal…</source>
        <translation>Proposal wird erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you choose Save.</source>
        <translation>
            <numerusform>%n Seite. Es wird nichts gespeichert, bevor Sie „PDF speichern“ wählen.</numerusform>
            <numerusform>%n Seiten. Es wird nichts gespeichert, bevor Sie „PDF speichern“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>Proposal speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProposalRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Das Schreiben der PDF-Datei konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the PDF.</source>
        <translation>Seite %1 der PDF-Datei konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QuoteCalculator</name>
    <message>
        <source>Line %1 (%2) has a negative quantity or price.</source>
        <translation>Zeile %1 (%2) hat eine negative Menge oder einen negativen Preis.</translation>
    </message>
    <message>
        <source>Line %1 (%2) has a discount outside 0–100 %.</source>
        <translation>Zeile %1 (%2) hat einen Rabatt außerhalb von 0–100 %.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the cost is too large to add up.</source>
        <translation>Zeile %1 (%2): Die Kosten sind zu groß zum Aufsummieren.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is discounted %3 %, above the %4 % ceiling.</source>
        <translation>Zeile %1 (%2) ist um %3 % rabattiert, mehr als die Obergrenze von %4 %.</translation>
    </message>
    <message>
        <source>Line %1 (%2): quantity × price is too large.</source>
        <translation>Zeile %1 (%2): Menge × Preis ist zu groß.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Die Angebotssumme ist zu groß.</translation>
    </message>
    <message>
        <source>The quote discount is outside 0–100 %.</source>
        <translation>Der Angebotsrabatt liegt außerhalb von 0–100 %.</translation>
    </message>
    <message>
        <source>The tax rate is negative.</source>
        <translation>Der Steuersatz ist negativ.</translation>
    </message>
    <message>
        <source>The quote is discounted %1 % in all, above the %2 % ceiling.</source>
        <translation>Das Angebot ist insgesamt um %1 % rabattiert, mehr als die Obergrenze von %2 %.</translation>
    </message>
    <message>
        <source>Line %1 (%2) has no price: the totals leave it out.</source>
        <translation>Position %1 (%2) hat keinen Preis: Sie ist in den Summen nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>QuoteCategory</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>Transceiver</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Power distribution</source>
        <translation>Stromverteilung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>QuoteCommand</name>
    <message>
        <source>Print a project&apos;s quote: the bill of materials derived from its layout, with prices, discounts, tax and totals.</source>
        <translation>Gibt das Angebot eines Projekts aus: die aus seinem Layout abgeleitete Stückliste mit Preisen, Rabatten, Steuer und Summen.</translation>
    </message>
    <message>
        <source>With --json, one object: &quot;lines&quot; (each with sku, description, category, quantity, unit_price_minor, list_unit_price_minor, price_overridden, price_is_estimate, discount_percent, total_minor, note), &quot;currency&quot; (ISO 4217), &quot;customer&quot;, &quot;quote_number&quot;, &quot;revision&quot;, &quot;date&quot;, &quot;valid_until&quot;, &quot;gross_minor&quot;, &quot;line_discount_minor&quot;, &quot;subtotal_minor&quot; (the lines&apos; totals after their own discounts), &quot;discount_percent&quot; and &quot;discount_minor&quot; (the quote discount on the subtotal), &quot;tax_percent&quot;, &quot;tax_minor&quot;, &quot;total_minor&quot; (= subtotal_minor - discount_minor + tax_minor), &quot;unpriced_lines&quot; and &quot;warnings&quot;. Amounts are integers in the currency&apos;s minor unit (cents). A line without a price has null unit_price_minor and total_minor and is left out of the totals.</source>
        <translation>Mit --json ein Objekt: &quot;lines&quot; (jeweils mit sku, description, category, quantity, unit_price_minor, list_unit_price_minor, price_overridden, price_is_estimate, discount_percent, total_minor, note), &quot;currency&quot; (ISO 4217), &quot;customer&quot;, &quot;quote_number&quot;, &quot;revision&quot;, &quot;date&quot;, &quot;valid_until&quot;, &quot;gross_minor&quot;, &quot;line_discount_minor&quot;, &quot;subtotal_minor&quot; (die Summen der Positionen nach ihren eigenen Rabatten), &quot;discount_percent&quot; und &quot;discount_minor&quot; (der Angebotsrabatt auf die Zwischensumme), &quot;tax_percent&quot;, &quot;tax_minor&quot;, &quot;total_minor&quot; (= subtotal_minor - discount_minor + tax_minor), &quot;unpriced_lines&quot; und &quot;warnings&quot;. Beträge sind ganze Zahlen in der kleinsten Einheit der Währung (Cent). Eine Position ohne Preis hat null als unit_price_minor und total_minor und ist in den Summen nicht enthalten.</translation>
    </message>
    <message>
        <source>Write the quote as JSON to stdout.</source>
        <translation>Schreibt das Angebot als JSON auf stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The project file (.headroom).</source>
        <translation>Die Projektdatei (.headroom).</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;Datei&gt;</translation>
    </message>
    <message>
        <source>Usage: headroom quote &lt;file&gt; [--json]</source>
        <translation>Aufruf: headroom quote &lt;Datei&gt; [--json]</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 for %3, %4</source>
        <translation>Angebot %1 Revision %2 für %3, %4</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source>Subtotal %1, discount %2, tax %3, total %4</source>
        <translation>Zwischensumme %1, Rabatt %2, Steuer %3, Gesamt %4</translation>
    </message>
</context>
<context>
    <name>QuoteComparisonModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Set customer</source>
        <translation>Kunde festlegen</translation>
    </message>
    <message>
        <source>Set quote number</source>
        <translation>Angebotsnummer festlegen</translation>
    </message>
    <message>
        <source>A quote needs a valid date.</source>
        <translation>Ein Angebot braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Set quote date</source>
        <translation>Angebotsdatum festlegen</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to %1 days.</source>
        <translation>Ein Angebot ist 1 bis %1 Tage gültig.</translation>
    </message>
    <message>
        <source>Set validity</source>
        <translation>Gültigkeit festlegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (three letters, such as USD).</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (drei Buchstaben, etwa USD).</translation>
    </message>
    <message>
        <source>Change currency to %1</source>
        <translation>Währung in %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change currency to %1 (clears %n price(s))</source>
        <translation>
            <numerusform>Währung in %1 ändern (löscht %n Preis)</numerusform>
            <numerusform>Währung in %1 ändern (löscht %n Preise)</numerusform>
        </translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 %.</source>
        <translation>Ein Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Set quote discount</source>
        <translation>Angebotsrabatt festlegen</translation>
    </message>
    <message>
        <source>Set discount ceiling</source>
        <translation>Rabattobergrenze festlegen</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>Ein Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Set tax rate</source>
        <translation>Steuersatz festlegen</translation>
    </message>
    <message>
        <source>There is no such line.</source>
        <translation>Diese Position gibt es nicht.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Set price of %1 to %2</source>
        <translation>Preis von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Use the catalog price of %1</source>
        <translation>Katalogpreis für %1 verwenden</translation>
    </message>
    <message>
        <source>Set discount of %1</source>
        <translation>Rabatt für %1 festlegen</translation>
    </message>
    <message>
        <source>Freeze revision %1</source>
        <translation>Revision %1 festschreiben</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Set cost of %1 to %2</source>
        <translation>Kosten von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Clear the cost of %1</source>
        <translation>Kosten von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>QuoteExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Quote discount</source>
        <translation>Angebotsrabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>QuoteFormat</name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>QuoteHeaderForm</name>
    <message>
        <source>Revision %1, not yet sent</source>
        <translation>Revision %1, noch nicht versendet</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 in draft; %n earlier revision(s) frozen</source>
        <translation>
            <numerusform>Revision %1 im Entwurf; %n frühere Revision festgeschrieben</numerusform>
            <numerusform>Revision %1 im Entwurf; %n frühere Revisionen festgeschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Quote &amp;number:</source>
        <translation>Angebots&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Quote disc&amp;ount:</source>
        <translation>Angebots&amp;rabatt:</translation>
    </message>
    <message>
        <source>Discount c&amp;eiling:</source>
        <translation>Rabatt&amp;obergrenze:</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>&amp;Steuer:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Discounts above this need approval: the quote warns.</source>
        <translation>Rabatte darüber erfordern eine Freigabe: Das Angebot zeigt eine Warnung.</translation>
    </message>
</context>
<context>
    <name>QuoteLineModel</name>
    <message>
        <source>Negotiated price; the catalog says %1.</source>
        <translation>Verhandelter Preis; laut Katalog %1.</translation>
    </message>
    <message>
        <source>Negotiated price; the catalog has none.</source>
        <translation>Verhandelter Preis; der Katalog hat keinen.</translation>
    </message>
    <message>
        <source>An estimate from the catalog, not a vendor&apos;s price list.</source>
        <translation>Eine Schätzung aus dem Katalog, keine Herstellerpreisliste.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount of %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage.</source>
        <translation>„%1“ ist kein Prozentwert.</translation>
    </message>
    <message>
        <source>What one unit costs you, for the margin. It never appears on the proposal.</source>
        <translation>Was Sie eine Einheit kostet, für die Marge. Erscheint nie im Proposal.</translation>
    </message>
    <message>
        <source>Your unit cost</source>
        <translation>Ihre Stückkosten</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <source>Froze revision %1; now drafting revision %2.</source>
        <translation>Revision %1 festgeschrieben; Revision %2 ist jetzt in Bearbeitung.</translation>
    </message>
    <message>
        <source>&amp;Freeze revision</source>
        <translation>Revision &amp;festschreiben</translation>
    </message>
    <message>
        <source>Keep the quote as it stands as a revision and draft the next one</source>
        <translation>Das Angebot im aktuellen Stand als Revision festhalten und die nächste entwerfen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the bill of materials as CSV for other programs</source>
        <translation>Die Stückliste als CSV für andere Programme schreiben</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Write the quote as an Excel workbook (XLSX)</source>
        <translation>Das Angebot als Excel-Arbeitsmappe (XLSX) schreiben</translation>
    </message>
    <message>
        <source>&amp;Use catalog price</source>
        <translation>&amp;Katalogpreis verwenden</translation>
    </message>
    <message>
        <source>Remove the negotiated price or discount of the selected cells</source>
        <translation>Den verhandelten Preis oder Rabatt der ausgewählten Zellen entfernen</translation>
    </message>
    <message>
        <source>Com&amp;pany…</source>
        <translation>Fir&amp;ma…</translation>
    </message>
    <message>
        <source>Company name, logo and contact on proposals</source>
        <translation>Firmenname, Logo und Kontakt in Proposals</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Bill of materials (derived from the rack layout)</source>
        <translation>&amp;Stückliste (aus dem Rack-Layout abgeleitet)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 Rev. %2</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Use catalog prices</source>
        <translation>Katalogpreise verwenden</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>Proposal speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuoteRevisionsPanel</name>
    <message>
        <source>Compare &amp;revision:</source>
        <translation>&amp;Revision vergleichen:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message>
        <source>Draft of revision %1</source>
        <translation>Entwurf von Revision %1</translation>
    </message>
    <message>
        <source>Total %1 → %2 (%3).</source>
        <translation>Gesamt %1 → %2 (%3).</translation>
    </message>
    <message>
        <source>No line changed.</source>
        <translation>Keine Position geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed.</source>
        <translation>
            <numerusform>%n Position geändert.</numerusform>
            <numerusform>%n Positionen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerators %1 → %2, servers %3 → %4, racks %5 → %6, maximum power %7 → %8.</source>
        <translation>Beschleuniger %1 → %2, Server %3 → %4, Racks %5 → %6, maximale Leistung %7 → %8.</translation>
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
        <translation>„%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>must be 0 to 10000 (basis points)</source>
        <translation>muss zwischen 0 und 10000 liegen (Basispunkte)</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <source>no such revision</source>
        <translation>keine solche Revision</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kann nicht negativ sein</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a cost cannot be negative</source>
        <translation>Kosten können nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>QuoteTotalsView</name>
    <message>
        <source>List total:</source>
        <translation>Listensumme:</translation>
    </message>
    <message>
        <source>Line discounts:</source>
        <translation>Positionsrabatte:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Quote discount (%1):</source>
        <translation>Angebotsrabatt (%1):</translation>
    </message>
    <message>
        <source>Tax (%1):</source>
        <translation>Steuer (%1):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are priced from estimates, not a price list.</source>
        <translation>
            <numerusform>%n Position ist anhand einer Schätzung bepreist, nicht nach Preisliste.</numerusform>
            <numerusform>%n Positionen sind anhand von Schätzungen bepreist, nicht nach Preisliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge:</translation>
    </message>
    <message>
        <source>enter your unit costs</source>
        <translation>Stückkosten eingeben</translation>
    </message>
    <message numerus="yes">
        <source>%n priced line(s) without a cost</source>
        <translation>
            <numerusform>%n Position mit Preis ohne Kosten</numerusform>
            <numerusform>%n Positionen mit Preis ohne Kosten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RackCooling</name>
    <message>
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <source>Rear-door heat exchanger</source>
        <translation>Rücktür-Wärmetauscher</translation>
    </message>
    <message>
        <source>Direct liquid</source>
        <translation>Direkte Flüssigkeitskühlung</translation>
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
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackItem</name>
    <message>
        <source>Space</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>%1 of %2 U</source>
        <translation>%1 von %2 HE</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>RackLayoutView</name>
    <message>
        <source>The hall is empty. Drag a rack type from the Catalog here, or add a row and a rack from the Layout menu.</source>
        <translation>Die Halle ist leer. Ziehen Sie einen Rack-Typ aus dem Katalog hierher oder fügen Sie über das Menü „Layout“ eine Reihe und ein Rack hinzu.</translation>
    </message>
</context>
<context>
    <name>RackPlacementModel</name>
    <message>
        <source>U%1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U%1–U%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 HE</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2, %n drive(s)</source>
        <translation>
            <numerusform>%1 × %2, %n Laufwerk</numerusform>
            <numerusform>%1 × %2, %n Laufwerke</numerusform>
        </translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>Typische Leistung</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>Maximale Leistung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>RackPower</name>
    <message>
        <source>Single phase</source>
        <translation>Einphasig</translation>
    </message>
    <message>
        <source>Three phase</source>
        <translation>Dreiphasig</translation>
    </message>
</context>
<context>
    <name>RackPowerChartView</name>
    <message>
        <source>Power per rack</source>
        <translation>Leistung je Rack</translation>
    </message>
    <message>
        <source>Other workloads</source>
        <translation>Weitere Arbeitslasten</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No racks in this selection.</source>
        <translation>Keine Racks in dieser Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n racks summed in this bar</source>
        <translation>
            <numerusform>%n Rack in diesem Balken summiert</numerusform>
            <numerusform>%n Racks in diesem Balken summiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total %1 of a %2 budget (%3 left)</source>
        <translation>Gesamt %1 von %2 Budget (%3 frei)</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>Annahmen: %1</translation>
    </message>
    <message>
        <source>Racks (summed in groups)</source>
        <translation>Racks (gruppenweise summiert)</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ReferenceValidator</name>
    <message>
        <source>model %1 is not a preset and %2 gives no parameter count.</source>
        <translation>model %1 ist keine Vorlage, und %2 nennt keine Parameterzahl.</translation>
    </message>
    <message>
        <source>model %1 is not a preset: shape estimated from %2 billion parameters.</source>
        <translation>model %1 ist keine Vorlage: Aufbau aus %2 Milliarden Parametern geschätzt.</translation>
    </message>
    <message>
        <source>precision %1 names no format; bf16 assumed.</source>
        <translation>precision %1 nennt kein Format; bf16 angenommen.</translation>
    </message>
    <message>
        <source>reported_gpu_hours not compared: tokens_B is empty.</source>
        <translation>reported_gpu_hours nicht verglichen: tokens_B ist leer.</translation>
    </message>
    <message>
        <source>reported_throughput %1: unit not understood.</source>
        <translation>reported_throughput %1: Einheit nicht verstanden.</translation>
    </message>
    <message>
        <source>no published GPU-hours or throughput to compare.</source>
        <translation>keine veröffentlichten GPU-Stunden oder Durchsätze zum Vergleichen.</translation>
    </message>
    <message>
        <source>input_tokens %1 is not a number of tokens.</source>
        <translation>input_tokens %1 ist keine Token-Anzahl.</translation>
    </message>
    <message>
        <source>gpu_count is empty; one GPU assumed.</source>
        <translation>gpu_count ist leer; eine GPU angenommen.</translation>
    </message>
    <message>
        <source>throughput not compared: output_tokens %1 is not a number.</source>
        <translation>Durchsatz nicht verglichen: output_tokens %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>no published throughput, TTFT or TPOT to compare.</source>
        <translation>kein veröffentlichter Durchsatz, keine TTFT oder TPOT zum Vergleichen.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>Line 1: the header has neither the columns of training runs (id, tokens_B, ...) nor those of inference runs (id, input_tokens, ...).</source>
        <translation>Zeile 1: Die Kopfzeile hat weder die Spalten von Trainingsläufen (id, tokens_B, ...) noch die von Inferenzläufen (id, input_tokens, ...).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 has %2 cells where the header has %3.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3.</translation>
    </message>
</context>
<context>
    <name>RowHeaderItem</name>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n Rack</numerusform>
            <numerusform>%n Racks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) over a limit</source>
        <translation>
            <numerusform>%n Rack über einer Grenze</numerusform>
            <numerusform>%n Racks über einer Grenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Write the sample project (two training racks, an inference rack, a storage and network rack) to a file.</source>
        <translation>Das Beispielprojekt (zwei Trainings-Racks, ein Inferenz-Rack, ein Speicher- und Netzwerk-Rack) in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Overwrite &lt;file&gt; if it exists.</source>
        <translation>&lt;Datei&gt; überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The project file to write (.headroom).</source>
        <translation>Die zu schreibende Projektdatei (.headroom).</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;Datei&gt;</translation>
    </message>
    <message>
        <source>Give exactly one file to write, for example: headroom sample hall.headroom</source>
        <translation>Geben Sie genau eine zu schreibende Datei an, zum Beispiel: headroom sample hall.headroom</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to overwrite it.</source>
        <translation>%1 existiert bereits; mit --force wird sie überschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample project to %1 (%n rack(s)).</source>
        <translation>
            <numerusform>Beispielprojekt nach %1 geschrieben (%n Rack).</numerusform>
            <numerusform>Beispielprojekt nach %1 geschrieben (%n Racks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>Row A</source>
        <translation>Reihe A</translation>
    </message>
    <message>
        <source>Row B</source>
        <translation>Reihe B</translation>
    </message>
    <message>
        <source>Training 1</source>
        <translation>Training 1</translation>
    </message>
    <message>
        <source>Training 2</source>
        <translation>Training 2</translation>
    </message>
    <message>
        <source>Inference 1</source>
        <translation>Inferenz 1</translation>
    </message>
    <message>
        <source>Storage and network</source>
        <translation>Speicher und Netzwerk</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 70B on 20B tokens in 7 days</source>
        <translation>Llama 3.1 70B mit 20 Mrd. Tokens in 7 Tagen feinabstimmen</translation>
    </message>
    <message>
        <source>Chat on Llama 3.1 8B at 40 req/s, TTFT ≤ 500 ms</source>
        <translation>Chat mit Llama 3.1 8B bei 40 Anfragen/s, TTFT ≤ 500 ms</translation>
    </message>
    <message>
        <source>Example AI Lab</source>
        <translation>Beispiel-KI-Labor</translation>
    </message>
</context>
<context>
    <name>StartupBenchmark</name>
    <message>
        <source>Constructs the main window and waits for its first paint.</source>
        <translation>Erzeugt das Hauptfenster und wartet auf sein erstes Zeichnen.</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>Run &apos;headroom %1 --help&apos; for its options.</source>
        <translation>„headroom %1 --help“ zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>TrainingEstimator</name>
    <message>
        <source>gpus must be at least 1.</source>
        <translation>gpus muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>training.tokens must be greater than zero.</source>
        <translation>training.tokens muss größer als null sein.</translation>
    </message>
    <message>
        <source>training.zero_stage must be 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage muss 0, 1, 2 oder 3 sein, nicht %1.</translation>
    </message>
    <message>
        <source>training.micro_batch must be at least 1.</source>
        <translation>training.micro_batch muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The accelerator %1 has no memory size.</source>
        <translation>Der Beschleuniger %1 hat keine Speichergröße.</translation>
    </message>
    <message>
        <source>The accelerator %1 has no dense %2 peak; choose another precision.</source>
        <translation>Der Beschleuniger %1 hat keine dichte %2-Spitzenleistung; wählen Sie eine andere Genauigkeit.</translation>
    </message>
    <message numerus="yes">
        <source>The model does not fit on %n GPU(s) of %1: it needs %2 per GPU in the best layout.</source>
        <translation>
            <numerusform>Das Modell passt nicht auf %n GPU vom Typ %1: Es braucht in der besten Aufteilung %2 pro GPU.</numerusform>
            <numerusform>Das Modell passt nicht auf %n GPUs vom Typ %1: Es braucht in der besten Aufteilung %2 pro GPU.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTimeChartView</name>
    <message>
        <source>Training time vs GPUs</source>
        <translation>Trainingszeit über GPUs</translation>
    </message>
    <message>
        <source>No training job here. Select one in the Workloads dock or a server that runs one to see its time against GPU count.</source>
        <translation>Hier läuft kein Trainingsjob. Wählen Sie einen im Bereich Arbeitslasten oder einen Server, der einen ausführt, um seine Dauer über der GPU-Anzahl zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>%n GPU: %1</numerusform>
            <numerusform>%n GPUs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n GPU(s): %1 (%2 to %3)</source>
        <translation>
            <numerusform>Zugewiesen %n GPU: %1 (%2 bis %3)</numerusform>
            <numerusform>Zugewiesen %n GPUs: %1 (%2 bis %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n GPU(s) at the fewest</source>
        <translation>
            <numerusform>Passt auf mindestens %n GPU</numerusform>
            <numerusform>Passt auf mindestens %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>Annahmen: %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Time to train (days)</source>
        <translation>Trainingsdauer (Tage)</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>%1 days</source>
        <extracomment>Duration in days with up to three significant digits, e.g. &quot;14.8 days&quot;</extracomment>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1U</source>
        <extracomment>Height in rack units (1U = 44.45 mm), e.g. &quot;6U&quot;</extracomment>
        <translation>%1 HE</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>Could not create the folder &apos;%1&apos; for the catalog.</source>
        <translation>Der Ordner „%1“ für den Katalog konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: %2</source>
        <translation>Der Katalog „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not create the catalog &apos;%1&apos;: the file could not be put in place.</source>
        <translation>Der Katalog „%1“ konnte nicht erstellt werden: Die Datei ließ sich nicht an ihren Platz legen.</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <source>The catalog was not reset because no backup could be made: %1</source>
        <translation>Der Katalog wurde nicht zurückgesetzt, weil keine Sicherung erstellt werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Compare estimates with published (or your own measured) training and inference runs.</source>
        <translation>Vergleicht Schätzungen mit veröffentlichten (oder selbst gemessenen) Trainings- und Inferenzläufen.</translation>
    </message>
    <message>
        <source>FILE.csv has the columns of Headroom&apos;s reference runs. Training runs: id, model, params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, reported_gpu_hours, reported_throughput. Inference runs: id, model, params_B, precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. gpu_type is looked up in the catalog; other columns are ignored.

Prints one line per published figure (published, predicted, error) and the median absolute error per metric; rows that cannot be rebuilt are listed with the field that stopped them. --json writes rows, comparisons and medians as JSON.</source>
        <translation>FILE.csv hat die Spalten der Referenzläufe von Headroom. Trainingsläufe: id, model, params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, reported_gpu_hours, reported_throughput. Inferenzläufe: id, model, params_B, precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. gpu_type wird im Katalog nachgeschlagen; andere Spalten werden ignoriert.

Gibt eine Zeile pro veröffentlichter Kennzahl aus (veröffentlicht, vorhergesagt, Fehler) und den Median des absoluten Fehlers je Kennzahl; Zeilen, die sich nicht nachbilden lassen, werden mit dem Feld aufgeführt, an dem es scheiterte. --json schreibt Zeilen, Vergleiche und Mediane als JSON.</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>A CSV file of training or inference runs.</source>
        <translation>Eine CSV-Datei mit Trainings- oder Inferenzläufen.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>headroom validate needs one CSV file.</source>
        <translation>headroom validate braucht eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Median absolute error</source>
        <translation>Median des absoluten Fehlers</translation>
    </message>
    <message numerus="yes">
        <source>%1% over %n row(s)</source>
        <translation>
            <numerusform>%1 % über %n Zeile</numerusform>
            <numerusform>%1 % über %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1%: met</source>
        <translation>Ziel %1 %: erreicht</translation>
    </message>
    <message>
        <source>target %1%: missed</source>
        <translation>Ziel %1 %: verfehlt</translation>
    </message>
    <message>
        <source>Not compared, or compared with a caveat</source>
        <translation>Nicht verglichen oder mit Vorbehalt verglichen</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>A workload needs a name.</source>
        <translation>Eine Arbeitslast braucht einen Namen.</translation>
    </message>
    <message>
        <source>The model&apos;s shape is incomplete: %1</source>
        <translation>Die Form des Modells ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Training runs in fp32, tf32, bf16, fp16 or fp8, not %1.</source>
        <translation>Training läuft in fp32, tf32, bf16, fp16 oder fp8, nicht in %1.</translation>
    </message>
    <message>
        <source>The number of training tokens must be more than zero.</source>
        <translation>Die Zahl der Trainings-Tokens muss größer als null sein.</translation>
    </message>
    <message>
        <source>The deadline must be more than zero.</source>
        <translation>Die Frist muss größer als null sein.</translation>
    </message>
    <message>
        <source>Tensor parallelism is automatic (0) or a power of two, not %1.</source>
        <translation>Die Tensor-Parallelität ist automatisch (0) oder eine Zweierpotenz, nicht %1.</translation>
    </message>
    <message>
        <source>Pipeline parallelism is automatic (0) or 1 to %1 stages (one per layer), not %2.</source>
        <translation>Die Pipeline-Parallelität ist automatisch (0) oder 1 bis %1 Stufen (eine pro Schicht), nicht %2.</translation>
    </message>
    <message>
        <source>The ZeRO/FSDP stage is automatic or 0, 1, 2 or 3, not %1.</source>
        <translation>Die ZeRO/FSDP-Stufe ist automatisch oder 0, 1, 2 bzw. 3, nicht %1.</translation>
    </message>
    <message>
        <source>The dataset size cannot be negative.</source>
        <translation>Die Datensatzgröße darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The global batch cannot be negative.</source>
        <translation>Die globale Batchgröße darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The global batch (%1 tokens) is larger than the whole run (%2 tokens).</source>
        <translation>Die globale Batchgröße (%1 Tokens) ist größer als der ganze Lauf (%2 Tokens).</translation>
    </message>
    <message>
        <source>The checkpoint interval cannot be negative.</source>
        <translation>Das Checkpoint-Intervall darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of checkpoints kept cannot be negative.</source>
        <translation>Die Zahl der aufbewahrten Checkpoints darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The checkpoint stall budget is a share of the interval, more than 0 % and at most 100 %.</source>
        <translation>Das Stillstandsbudget für Checkpoints ist ein Anteil des Intervalls, mehr als 0 % und höchstens 100 %.</translation>
    </message>
    <message>
        <source>The request rate must be more than zero.</source>
        <translation>Die Anfragerate muss größer als null sein.</translation>
    </message>
    <message>
        <source>A request has at least one input token.</source>
        <translation>Eine Anfrage hat mindestens ein Eingabe-Token.</translation>
    </message>
    <message>
        <source>A request has at least one output token.</source>
        <translation>Eine Anfrage hat mindestens ein Ausgabe-Token.</translation>
    </message>
    <message>
        <source>%1 input and output tokens exceed the %2-token context of %3.</source>
        <translation>%1 Eingabe- und Ausgabe-Tokens überschreiten den Kontext von %3 mit %2 Tokens.</translation>
    </message>
    <message>
        <source>The time to first token target cannot be negative.</source>
        <translation>Das Ziel für die Zeit bis zum ersten Token darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time per output token target cannot be negative.</source>
        <translation>Das Ziel für die Zeit pro Ausgabe-Token darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1, %2 tokens in %3</source>
        <extracomment>A training job in a list: model, tokens, deadline, e.g. &quot;Llama 2 70B, 2T tokens in 30 days&quot;</extracomment>
        <translation>%1, %2 Tokens in %3</translation>
    </message>
    <message>
        <source>%1, %2 req/s</source>
        <extracomment>An inference service in a list: model and request rate, e.g. &quot;Llama 3.1 70B, 50 req/s&quot;</extracomment>
        <translation>%1, %2 Anfragen/s</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>Trainingsauftrag</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>Inferenzdienst</translation>
    </message>
</context>
<context>
    <name>WorkloadAssignmentActions</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Remove all workloads from the selection</source>
        <translation>Alle Arbeitslasten von der Auswahl entfernen</translation>
    </message>
    <message>
        <source>Take every workload off the selected servers, racks or rows</source>
        <translation>Jede Arbeitslast von den ausgewählten Servern, Racks oder Reihen nehmen</translation>
    </message>
    <message>
        <source>No workloads run on the selection.</source>
        <translation>Auf der Auswahl laufen keine Workloads.</translation>
    </message>
</context>
<context>
    <name>WorkloadDrag</name>
    <message>
        <source>This workload is not in the project.</source>
        <translation>Diese Arbeitslast ist nicht im Projekt.</translation>
    </message>
    <message>
        <source>Drop onto a server, a rack or a row.</source>
        <translation>Auf einem Server, einem Rack oder einer Reihe ablegen.</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>%1 nach %2 verschieben: %n GPU</numerusform>
            <numerusform>%1 nach %2 verschieben: %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %2: %n GPU(s)</source>
        <translation>
            <numerusform>%1 %2 zuweisen: %n GPU</numerusform>
            <numerusform>%1 %2 zuweisen: %n GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no workload template &apos;%1&apos;.</source>
        <translation>Es gibt keine Arbeitslast-Vorlage &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The workload is no longer there.</source>
        <translation>Die Arbeitslast ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo text: &quot;Change Deadline of Pre-train a 70B model&quot;</extracomment>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n workload(s)</source>
        <translation>
            <numerusform>%n Arbeitslast duplizieren</numerusform>
            <numerusform>%n Arbeitslasten duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n workload(s)</source>
        <translation>
            <numerusform>%n Arbeitslast entfernen</numerusform>
            <numerusform>%n Arbeitslasten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <extracomment>Undo text: &quot;Assign Chat service to Inference 1&quot;</extracomment>
        <translation>%1 %2 zuweisen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>Zuweisung von %1 an %2 aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung entfernen</numerusform>
            <numerusform>%n Zuweisungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>Tensor-Parallelität</translation>
    </message>
    <message>
        <source>Pipeline parallelism</source>
        <translation>Pipeline-Parallelität</translation>
    </message>
    <message>
        <source>ZeRO/FSDP stage</source>
        <translation>ZeRO/FSDP-Stufe</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Datensatzgröße</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>Globale Batchgröße</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>Checkpoint-Intervall</translation>
    </message>
    <message>
        <source>Checkpoints kept</source>
        <translation>Aufbewahrte Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint stall budget</source>
        <translation>Stillstandsbudget für Checkpoints</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Time to first token target</source>
        <translation>Ziel für die Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Time per output token target</source>
        <translation>Ziel für die Zeit pro Ausgabe-Token</translation>
    </message>
    <message>
        <source>N+1 redundancy</source>
        <translation>N+1-Redundanz</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>0 (plain data parallel)</source>
        <translation>0 (reine Datenparallelität)</translation>
    </message>
    <message>
        <source>1 (optimizer states)</source>
        <translation>1 (Optimiererzustände)</translation>
    </message>
    <message>
        <source>2 (and gradients)</source>
        <translation>2 (und Gradienten)</translation>
    </message>
    <message>
        <source>3 (FSDP: and weights)</source>
        <translation>3 (FSDP: und Gewichte)</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>Trainingsjob</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>Inferenzdienst</translation>
    </message>
    <message>
        <source> billion tokens</source>
        <extracomment>Units after numbers in the workload form; the leading space separates them</extracomment>
        <translation> Mrd. Tokens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>From the tokens</source>
        <translation>Aus den Tokens</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Planning default (2 h)</source>
        <translation>Planungsvorgabe (2 h)</translation>
    </message>
    <message>
        <source>Planning default (5)</source>
        <translation>Planungsvorgabe (5)</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>N+1: one spare server, so one can fail</source>
        <translation>N+1: ein Reserveserver, damit einer ausfallen darf</translation>
    </message>
    <message>
        <source>Select a workload to edit it, or create one from a template.</source>
        <translation>Wählen Sie eine Arbeitslast zum Bearbeiten aus oder erstellen Sie eine aus einer Vorlage.</translation>
    </message>
</context>
<context>
    <name>WorkloadItemDelegate</name>
    <message>
        <source>T</source>
        <extracomment>One-letter marks for a workload&apos;s kind in the Workloads list: Training, Inference</extracomment>
        <translation>T</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>WorkloadJson</name>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be a list of names, not %2.</source>
        <translation>%1 muss eine Liste von Namen sein, nicht %2.</translation>
    </message>
    <message>
        <source>kind must be &quot;training&quot; or &quot;inference&quot;, not &quot;%1&quot;.</source>
        <translation>kind muss &quot;training&quot; oder &quot;inference&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>model must be an object, not %1.</source>
        <translation>model muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <source>training.zero_stage must be &quot;auto&quot;, 0, 1, 2 or 3, not %1.</source>
        <translation>training.zero_stage muss &quot;auto&quot;, 0, 1, 2 oder 3 sein, nicht %1.</translation>
    </message>
</context>
<context>
    <name>WorkloadListModel</name>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A workload&apos;s latency: &quot;3.91 days of 7 days&quot;, &quot;32.8 ms of 50 ms&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Time or latency</source>
        <translation>Zeit oder Latenz</translation>
    </message>
</context>
<context>
    <name>WorkloadResult</name>
    <message>
        <source>Sized on the weakest of its accelerators, %1.</source>
        <translation>Auf den schwächsten seiner Beschleuniger ausgelegt, %1.</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On time, %1 to spare</source>
        <translation>Rechtzeitig, %1 Puffer</translation>
    </message>
    <message>
        <source>On time, under %1 to spare</source>
        <translation>Rechtzeitig, unter %1 Puffer</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1, kein Ziel</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, Ziel %2</translation>
    </message>
    <message>
        <source>more than any GPU count gives</source>
        <translation>mehr, als jede GPU-Anzahl liefert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <source>%1, tight</source>
        <translation>%1, knapp</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>Trainingsjob</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Time to train</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Inference service</source>
        <translation>Inferenzdienst</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Within targets</source>
        <translation>Innerhalb der Ziele</translation>
    </message>
    <message>
        <source>TTFT at load</source>
        <translation>TTFT bei Last</translation>
    </message>
    <message>
        <source>TPOT at load</source>
        <translation>TPOT bei Last</translation>
    </message>
    <message>
        <source>%1 cannot be estimated on its %2: %3</source>
        <translation>%1 kann auf seinen %2 nicht geschätzt werden: %3</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>The workloads on this hardware</source>
        <translation>Die Workloads auf dieser Hardware</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) are part of the project. Each is estimated on the GPUs it is assigned to; ranges show how far the figures move within the assumptions&apos; calibrated bounds.</source>
        <translation>
            <numerusform>%n Workload ist Teil des Projekts. Er wird auf den ihm zugewiesenen GPUs geschätzt; Bereiche zeigen, wie weit sich die Zahlen innerhalb der kalibrierten Grenzen der Annahmen bewegen.</numerusform>
            <numerusform>%n Workloads sind Teil des Projekts. Jeder wird auf den ihm zugewiesenen GPUs geschätzt; Bereiche zeigen, wie weit sich die Zahlen innerhalb der kalibrierten Grenzen der Annahmen bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load is the request rate a service is asked for; within targets is the most its GPUs serve while the first token (TTFT) and each further token (TPOT) arrive within their targets. Latencies are at the load, with their ranges.</source>
        <translation>Last ist die Anfragerate, für die ein Dienst ausgelegt sein soll; innerhalb der Ziele ist das Höchste, was seine GPUs bedienen, während das erste Token (TTFT) und jedes weitere Token (TPOT) innerhalb ihrer Ziele eintreffen. Latenzen gelten bei dieser Last, mit ihren Bereichen.</translation>
    </message>
    <message>
        <source>Not yet placed on any server, so not estimated: %1.</source>
        <translation>Noch keinem Server zugewiesen und daher nicht geschätzt: %1.</translation>
    </message>
    <message>
        <source>Headroom left in the hall</source>
        <translation>Verbleibender Spielraum in der Halle</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Training: demand of capacity</source>
        <translation>Training: Bedarf von Kapazität</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Inference: demand of capacity</source>
        <translation>Inferenz: Bedarf von Kapazität</translation>
    </message>
    <message>
        <source>Left is what remains as a share of what there is; tight means under %1. Compute is GPU time at the dense BF16 peak; memory is accelerator memory; the network is the fabric for training&apos;s gradient exchange and the front end for inference; power is the racks&apos; budget; latency is the tightest workload&apos;s time to train against its deadline, or its TTFT or TPOT against the target.</source>
        <translation>Übrig ist, was als Anteil des Vorhandenen bleibt; knapp heißt unter %1. Rechenleistung ist GPU-Zeit bei der dichten BF16-Spitze; Speicher ist Beschleunigerspeicher; das Netzwerk ist das Fabric für den Gradientenaustausch im Training und das Frontend für Inferenz; Leistung ist das Budget der Racks; Latenz ist die Trainingsdauer des knappsten Workloads gegenüber seiner Frist oder seine TTFT bzw. TPOT gegenüber dem Ziel.</translation>
    </message>
    <message>
        <source>Each workload is estimated on the GPUs it is assigned to by the same capacity engine: training time from the model&apos;s FLOPs per token and a calibrated model FLOPs utilisation, inference latency from the prefill and decode rooflines with continuous batching. Demand is shared out over the workload&apos;s servers and set against each server&apos;s, rack&apos;s and the hall&apos;s capacity.</source>
        <translation>Jeder Workload wird von derselben Kapazitäts-Engine auf den ihm zugewiesenen GPUs geschätzt: die Trainingsdauer aus den FLOPs pro Token des Modells und einer kalibrierten Model-FLOPs-Auslastung, die Inferenzlatenz aus den Roofline-Grenzen von Prefill und Decode mit Continuous Batching. Der Bedarf wird auf die Server des Workloads verteilt und der Kapazität jedes Servers, jedes Racks und der Halle gegenübergestellt.</translation>
    </message>
</context>
<context>
    <name>WorkloadTemplates</name>
    <message>
        <source>Pre-train a 70B model on 2T tokens in 30 days</source>
        <translation>Ein 70B-Modell mit 2 Bio. Tokens in 30 Tagen vortrainieren</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2): the 70B model saw 2T tokens</source>
        <translation>Touvron et al. 2023 (Llama 2): Das 70B-Modell sah 2 Bio. Tokens</translation>
    </message>
    <message>
        <source>Fine-tune Llama 3.1 8B on 10B tokens in 2 days</source>
        <translation>Llama 3.1 8B mit 10 Mrd. Tokens in 2 Tagen feinabstimmen</translation>
    </message>
    <message>
        <source>A continued-training run of a few billion domain tokens</source>
        <translation>Ein fortgesetztes Training mit einigen Milliarden Fach-Tokens</translation>
    </message>
    <message>
        <source>Fine-tune Mixtral 8x7B on 50B tokens in 7 days</source>
        <translation>Mixtral 8x7B mit 50 Mrd. Tokens in 7 Tagen feinabstimmen</translation>
    </message>
    <message>
        <source>A mixture-of-experts model: all 47B parameters held, 13B active</source>
        <translation>Ein Mixture-of-Experts-Modell: alle 47 Mrd. Parameter gespeichert, 13 Mrd. aktiv</translation>
    </message>
    <message>
        <source>Pre-train Llama 3.1 405B on 15.6T tokens in 90 days</source>
        <translation>Llama 3.1 405B mit 15,6 Bio. Tokens in 90 Tagen vortrainieren</translation>
    </message>
    <message>
        <source>Llama 3 Herd paper §3: 405B trained on 15.6T tokens on up to 16,384 H100</source>
        <translation>Llama-3-Herd-Paper §3: 405B mit 15,6 Bio. Tokens auf bis zu 16.384 H100 trainiert</translation>
    </message>
    <message>
        <source>Chat service for Llama 3.1 70B at 50 req/s, TTFT ≤ 1 s</source>
        <translation>Chatdienst für Llama 3.1 70B bei 50 Anfragen/s, TTFT ≤ 1 s</translation>
    </message>
    <message>
        <source>The issue&apos;s example; 40 ms per token is MLPerf Inference v5.0&apos;s interactive limit</source>
        <translation>Das Beispiel aus dem Issue; 40 ms pro Token ist die interaktive Grenze von MLPerf Inference v5.0</translation>
    </message>
    <message>
        <source>Code completion on Llama 3.1 8B at 200 req/s, TTFT ≤ 300 ms</source>
        <translation>Code-Vervollständigung mit Llama 3.1 8B bei 200 Anfragen/s, TTFT ≤ 300 ms</translation>
    </message>
    <message>
        <source>Editor completions: long context, short answers, tight first-token latency</source>
        <translation>Vervollständigungen im Editor: langer Kontext, kurze Antworten, knappe Latenz bis zum ersten Token</translation>
    </message>
    <message>
        <source>Document Q&amp;A on Llama 3.1 70B: 8k-token prompts at 10 req/s</source>
        <translation>Dokumenten-Fragen und -Antworten mit Llama 3.1 70B: Prompts mit 8k Tokens bei 10 Anfragen/s</translation>
    </message>
    <message>
        <source>Retrieval-augmented answers: prefill-heavy requests</source>
        <translation>Abrufgestützte Antworten: Anfragen mit viel Prefill</translation>
    </message>
    <message>
        <source>Serve Llama 3.1 405B at fp8, 5 req/s</source>
        <translation>Llama 3.1 405B in fp8 bereitstellen, 5 Anfragen/s</translation>
    </message>
    <message>
        <source>MLPerf Inference v5.0 server latency limits for Llama 3.1 405B</source>
        <translation>Server-Latenzgrenzen von MLPerf Inference v5.0 für Llama 3.1 405B</translation>
    </message>
</context>
<context>
    <name>WorkloadsPane</name>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Create a training job or an inference service from a template</source>
        <translation>Einen Trainingsjob oder Inferenzdienst aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected workloads (%1)</source>
        <translation>Die ausgewählten Arbeitslasten duplizieren (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected workloads and their assignments (%1)</source>
        <translation>Die ausgewählten Arbeitslasten und ihre Zuweisungen löschen (%1)</translation>
    </message>
    <message>
        <source>Drag a workload onto a server, a rack or a row to assign it.</source>
        <translation>Ziehen Sie eine Arbeitslast auf einen Server, ein Rack oder eine Reihe, um sie zuzuweisen.</translation>
    </message>
</context>
</TS>
