<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
            <source>--runs needs a whole number of at least 1, not '%1'.</source>
            <translation>--runs braucht eine ganze Zahl von mindestens 1, nicht „%1“.</translation>
        </message>
        <message>
            <source>Unknown benchmark '%1'. Run 'headroom bench --list'.</source>
            <translation>Unbekannter Benchmark „%1“. Siehe „headroom bench --list“.</translation>
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
            <source>Run 'headroom catalog --help' for its options.</source>
            <translation>Führen Sie 'headroom catalog --help' aus, um die Optionen zu sehen.</translation>
        </message>
        <message>
            <source>Name an action: list, import or export.</source>
            <translation>Geben Sie eine Aktion an: list, import oder export.</translation>
        </message>
        <message>
            <source>Unknown action '%1': use list, import or export.</source>
            <translation>Unbekannte Aktion „%1“: Verwenden Sie list, import oder export.</translation>
        </message>
        <message>
            <source>'%1' needs exactly one file.</source>
            <translation>„%1“ braucht genau eine Datei.</translation>
        </message>
        <message>
            <source>'list' takes no file.</source>
            <translation>„list“ nimmt keine Datei.</translation>
        </message>
        <message>
            <source>--kind and --json go with 'list'.</source>
            <translation>--kind und --json gehören zu „list“.</translation>
        </message>
        <message>
            <source>--dry-run goes with 'import'.</source>
            <translation>--dry-run gehört zu „import“.</translation>
        </message>
        <message>
            <source>Unknown kind '%1': use one of %2.</source>
            <translation>Unbekannte Art „%1“: Verwenden Sie eine von %2.</translation>
        </message>
        <message>
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>Das Format von „%1“ ist nicht erkennbar: Benennen Sie die Datei mit .csv oder .json.</translation>
        </message>
        <message>
            <source>Created the catalog '%1' from the built-in data.</source>
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
            <source>Could not open the catalog '%1': %2</source>
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
            <source>Adding '%1'</source>
            <translation>Hinzufügen von „%1“</translation>
        </message>
        <message>
            <source>Changing '%1'</source>
            <translation>Ändern von „%1“</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
            <translation>es gibt keinen Eintrag „%1“</translation>
        </message>
        <message>
            <source>Deleting '%1'</source>
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
            <source>Could not copy the catalog to '%1': %2</source>
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
        <name>CatalogEdits</name>
        <message>
            <source>'%1' is already in the catalog</source>
            <translation>„%1“ ist bereits im Katalog</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>there is no item '%1'</source>
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
            <source>'%1' left the catalog since the preview; preview again</source>
            <translation>„%1“ ist seit der Vorschau nicht mehr im Katalog; erstellen Sie die Vorschau neu</translation>
        </message>
        <message>
            <source>'%1' joined the catalog since the preview; preview again</source>
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
            <source>Cannot tell the format of '%1': name it .csv or .json.</source>
            <translation>Das Format von „%1“ ist nicht erkennbar: Benennen Sie die Datei mit .csv oder .json.</translation>
        </message>
        <message>
            <source>Could not write '%1': %2</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>CatalogFieldParser</name>
        <message>
            <source>'%1' is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>„%1“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>'%1' is not true or false</source>
            <translation>„%1“ ist weder true noch false</translation>
        </message>
        <message>
            <source>'%1' is not an item id</source>
            <translation>„%1“ ist keine Eintrags-ID</translation>
        </message>
        <message>
            <source>'%1' is not an amount in %2</source>
            <translation>„%1“ ist kein Betrag in %2</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>„%1“ ist kein dreistelliger Währungscode wie USD</translation>
        </message>
        <message>
            <source>'%1' is not a date written as YYYY-MM-DD</source>
            <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>unknown kind '%1'</source>
            <translation>unbekannte Art „%1“</translation>
        </message>
        <message>
            <source>unknown confidence '%1' (high, medium or low)</source>
            <translation>unbekannte Verlässlichkeit „%1“ (high, medium oder low)</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
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
            <source>expected an amount such as "255740.00"</source>
            <translation>ein Betrag wie "255740.00" wurde erwartet</translation>
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
            <source>'%1' is not an item id</source>
            <translation>„%1“ ist keine Eintrags-ID</translation>
        </message>
        <message>
            <source>'%1' is not a three-letter currency code such as USD</source>
            <translation>„%1“ ist kein dreistelliger Währungscode wie USD</translation>
        </message>
        <message>
            <source>'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'</source>
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
            <source>'%1' is listed twice</source>
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
            <source>does not apply to the kind '%1'</source>
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
            <source>duplicate id '%1': row %2 has it already</source>
            <translation>doppelte ID „%1“: Zeile %2 hat sie bereits</translation>
        </message>
        <message>
            <source>'%1' is neither a .csv nor a .json file.</source>
            <translation>„%1“ ist weder eine .csv- noch eine .json-Datei.</translation>
        </message>
        <message>
            <source>Could not read '%1': %2</source>
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
            <extracomment>An accepted import row: "row 2: add acme-r1"</extracomment>
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
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An accepted import row and the item's name: "row 2: add acme-r1 (Acme R1)"</extracomment>
            <translation>%1 (%2)</translation>
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
            <source>ids separated by ';'</source>
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
        <name>CatalogJson</name>
        <message>
            <source>The file is not valid JSON: %1 on line %2.</source>
            <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2.</translation>
        </message>
        <message>
            <source>The file is a '%1' file, not a Headroom catalog.</source>
            <translation>Die Datei ist eine „%1“-Datei, kein Headroom-Katalog.</translation>
        </message>
        <message>
            <source>The file was written by a newer Headroom (format version %1; this version reads up to %2).</source>
            <translation>Die Datei wurde von einer neueren Headroom-Version geschrieben (Formatversion %1; diese Version liest bis %2).</translation>
        </message>
        <message>
            <source>The file has no "items" list.</source>
            <translation>Die Datei hat keine "items"-Liste.</translation>
        </message>
        <message>
            <source>is not an object of catalog fields</source>
            <translation>ist kein Objekt aus Katalogfeldern</translation>
        </message>
    </context>
    <context>
        <name>CatalogSchema</name>
        <message>
            <source>'%1' is not a catalog database, or it is damaged: %2</source>
            <translation>„%1“ ist keine Katalogdatenbank oder beschädigt: %2</translation>
        </message>
        <message>
            <source>'%1' is an SQLite database, but not a Headroom catalog. Nothing was changed.</source>
            <translation>„%1“ ist eine SQLite-Datenbank, aber kein Headroom-Katalog. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>'%1' was written by a newer version of Headroom (catalog version %2; this version reads up to %3). Nothing was changed: update Headroom to use it.</source>
            <translation>„%1“ wurde von einer neueren Headroom-Version geschrieben (Katalogversion %2; diese Version liest bis %3). Es wurde nichts verändert: Aktualisieren Sie Headroom, um ihn zu verwenden.</translation>
        </message>
        <message>
            <source>Could not start updating the catalog: %1</source>
            <translation>Die Aktualisierung des Katalogs konnte nicht beginnen: %1</translation>
        </message>
        <message>
            <source>Could not update the catalog '%1' to version %2; it was left as it was: %3</source>
            <translation>Der Katalog „%1“ konnte nicht auf Version %2 aktualisiert werden; er blieb unverändert: %3</translation>
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
            <extracomment>A tree node with its number of items, e.g. "GPU server (20)"</extracomment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>CatalogValidator</name>
        <message>
            <source>there is no accelerator '%1' in the catalog</source>
            <translation>im Katalog gibt es keinen Beschleuniger „%1“</translation>
        </message>
        <message>
            <source>'%1' is of kind '%2', not an accelerator</source>
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
            <source>Unknown subcommand '%1'. Run 'headroom --help' to list them.</source>
            <translation>Unbekannter Unterbefehl „%1“. „headroom --help“ listet alle auf.</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Unterbefehle:</translation>
        </message>
        <message>
            <source>Run 'headroom &lt;subcommand&gt; --help' for a subcommand's own options.</source>
            <translation>„headroom &lt;Unterbefehl&gt; --help“ zeigt die Optionen eines Unterbefehls.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it as CSV UTF-8 and try again.</source>
            <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Line %1: unexpected text after a closing quote. Quotes inside a quoted cell must be doubled ("").</source>
            <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen. Anführungszeichen in einer Zelle in Anführungszeichen müssen verdoppelt werden ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted cell is never closed; the file ends inside it.</source>
            <translation>Zeile %1: Eine Zelle in Anführungszeichen wird nie geschlossen; die Datei endet darin.</translation>
        </message>
    </context>
    <context>
        <name>HeadroomChartView</name>
        <message>
            <source>Compute</source>
            <translation>Rechenleistung</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>GPU-Speicher</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Datenspeicher</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <source>Headroom left (%)</source>
            <translation>Verbleibende Reserve (%)</translation>
        </message>
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
            <source>Project files are not available in this version yet.</source>
            <translation>Projektdateien gibt es in dieser Version noch nicht.</translation>
        </message>
        <message>
            <source>PDF proposals are not available in this version yet.</source>
            <translation>PDF-Angebote gibt es in dieser Version noch nicht.</translation>
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
            <source>Rack elevations will appear here: rows of racks with their U positions, power, weight and cooling. Drag equipment from the Catalog into a rack, and workloads onto its servers.</source>
            <translation>Hier erscheinen die Rack-Ansichten: Reihen von Racks mit ihren HE-Positionen, Leistung, Gewicht und Kühlung. Ziehen Sie Geräte aus dem Katalog in ein Rack und Workloads auf seine Server.</translation>
        </message>
        <message>
            <source>The bill of materials for this layout will appear here, with prices, discounts and totals, ready for a PDF proposal.</source>
            <translation>Hier erscheint die Stückliste für dieses Layout mit Preisen, Rabatten und Summen, bereit für ein PDF-Angebot.</translation>
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
            <source>Training jobs and inference services will be listed here. Drag one onto a server, a rack or a row to assign it.</source>
            <translation>Hier werden Trainingsjobs und Inferenzdienste aufgelistet. Ziehen Sie einen auf einen Server, ein Rack oder eine Reihe, um ihn zuzuweisen.</translation>
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
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>Headroom cannot open project files yet, so '%1' was not opened. Project files arrive in a later version.</source>
            <translation>Headroom kann noch keine Projektdateien öffnen, daher wurde „%1“ nicht geöffnet. Projektdateien kommen in einer späteren Version.</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>%1 has unsaved changes. Discard them?</source>
            <translation>%1 hat ungespeicherte Änderungen. Verwerfen?</translation>
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
            <source>Created your catalog from the built-in data.</source>
            <translation>Ihr Katalog wurde aus den mitgelieferten Daten erstellt.</translation>
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
        <name>StartupBenchmark</name>
        <message>
            <source>Constructs the main window and waits for its first paint.</source>
            <translation>Erzeugt das Hauptfenster und wartet auf sein erstes Zeichnen.</translation>
        </message>
    </context>
    <context>
        <name>Subcommand</name>
        <message>
            <source>Run 'headroom %1 --help' for its options.</source>
            <translation>„headroom %1 --help“ zeigt die Optionen.</translation>
        </message>
    </context>
    <context>
        <name>UnitFormat</name>
        <message>
            <source>%1 days</source>
            <extracomment>Duration in days with up to three significant digits, e.g. "14.8 days"</extracomment>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>%1U</source>
            <extracomment>Height in rack units (1U = 44.45 mm), e.g. "6U"</extracomment>
            <translation>%1 HE</translation>
        </message>
    </context>
    <context>
        <name>UserCatalog</name>
        <message>
            <source>Could not create the folder '%1' for the catalog.</source>
            <translation>Der Ordner „%1“ für den Katalog konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': %2</source>
            <translation>Der Katalog „%1“ konnte nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>Could not create the catalog '%1': the file could not be put in place.</source>
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
</TS>
