#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogfields.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogjson.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/usercatalog.h"
#include "support/filehash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
QList<CatalogItem> sortedById(QList<CatalogItem> items)
{
    std::sort(items.begin(), items.end(),
              [](const CatalogItem &a, const CatalogItem &b) { return a.id < b.id; });
    return items;
}

QByteArray fixture(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../fixtures/catalog/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// A CSV file whose first data row (row 2) is good, so every case also shows that a good
// row is not applied when another row is rejected.
const QByteArray kHeader = "id,kind,vendor,model,power_max_watts,accelerator_options,"
                           "memory_bytes,price_currency,price,source,confidence\n";
const QByteArray kGoodRow = "new-good-item,rack,Acme,R42,,,,,,Acme sheet,high\n";
QByteArray csvWith(const QByteArray &rows)
{
    return kHeader + kGoodRow + rows;
}

QByteArray jsonWith(const QByteArray &item)
{
    return "{\"format\": \"headroom-catalog\", \"version\": 1, \"items\": [\n"
           "{\"id\": \"new-good-item\", \"kind\": \"rack\", \"vendor\": \"Acme\", \"model\": "
           "\"R42\","
           " \"source\": \"Acme sheet\", \"confidence\": \"high\"}\n"
        + item + "]}";
}
} // namespace

class tst_CatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badRowsAreRejectedAndNothingChanges_data();
    void badRowsAreRejectedAndNothingChanges();
    void goodFilesImport_data();
    void goodFilesImport();
    void importingTwiceChangesNothing();
    void existingIdsAreReplaced();
    void aFewColumnsUpdateAFewFields_data();
    void aFewColumnsUpdateAFewFields();
    void exportThenImportIsLossless_data();
    void exportThenImportIsLossless();
    void failedWriteLeavesTheFileByteForByte();
    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
    void describe_data();
    void describe();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogDatabase> m_db;
};

void tst_CatalogImport::init()
{
    m_path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    QFile::remove(m_path);
    m_db = std::make_unique<CatalogDatabase>();
    const CatalogResult opened = UserCatalog::open(m_db.get(), m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText));
}

void tst_CatalogImport::cleanup()
{
    m_db.reset();
}

void tst_CatalogImport::badRowsAreRejectedAndNothingChanges_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("wrong type") << csvWith("srv,gpu_server,Acme,S1,lots,,,,,sheet,high\n") << false
                                << 3 << "power_max_watts"
                                << "'lots' is not a number";
    QTest::newRow("negative power") << csvWith("srv,gpu_server,Acme,S1,-300,,,,,sheet,high\n")
                                    << false << 3 << "power_max_watts"
                                    << "power must not be negative";
    QTest::newRow("unknown kind") << csvWith("srv,toaster,Acme,S1,,,,,,sheet,high\n") << false << 3
                                  << "kind"
                                  << "unknown kind 'toaster'";
    QTest::newRow("duplicate id in the file")
        << csvWith("new-good-item,rack,Acme,R48,,,,,,sheet,high\n") << false << 3 << "id"
        << "duplicate id 'new-good-item': row 2 has it already";
    QTest::newRow("missing required column for a new item")
        << QByteArray("id,kind,vendor,source,confidence\nx,rack,Acme,sheet,high\n") << false << 2
        << "model"
        << "required column is missing";
    QTest::newRow("no id column") << QByteArray("kind,vendor,model,source,confidence\n"
                                                "rack,Acme,R1,sheet,high\n")
                                  << false << 1 << "id"
                                  << "required column is missing";
    QTest::newRow("unknown column")
        << QByteArray("id,kind,vendor,model,colour,source,confidence\nx,rack,A,R,red,s,high\n")
        << false << 1 << "colour"
        << "is not a catalog column";
    QTest::newRow("empty required value")
        << csvWith("srv,gpu_server,Acme,,,,,,,sheet,high\n") << false << 3 << "model"
        << "is required";
    QTest::newRow("unknown accelerator")
        << csvWith("srv,gpu_server,Acme,S1,,nvidia-h100-sxm5-80gb;nvidia-x999,,,,sheet,high\n")
        << false << 3 << "accelerator_options"
        << "there is no accelerator 'nvidia-x999' in the catalog";
    QTest::newRow("option that is not an accelerator")
        << csvWith("srv,gpu_server,Acme,S1,,apc-netshelter-sx-ar3100,,,,sheet,high\n") << false << 3
        << "accelerator_options"
        << "'apc-netshelter-sx-ar3100' is of kind 'Rack'";
    QTest::newRow("field of another kind")
        << csvWith("rk,rack,Acme,R1,,,80000000000,,,sheet,high\n") << false << 3 << "memory_bytes"
        << "does not apply to the kind 'Rack'";
    QTest::newRow("price without currency")
        << csvWith("srv,gpu_server,Acme,S1,,,,,1000.00,sheet,high\n") << false << 3
        << "price_currency"
        << "is required with a price";
    QTest::newRow("price with too many decimals")
        << csvWith("srv,gpu_server,Acme,S1,,,,USD,10.005,sheet,high\n") << false << 3 << "price"
        << "'10.005' is not an amount in USD";
    QTest::newRow("unknown confidence")
        << csvWith("srv,gpu_server,Acme,S1,,,,,,sheet,certain\n") << false << 3 << "confidence"
        << "unknown confidence 'certain'";
    QTest::newRow("too many cells")
        << csvWith("srv,gpu_server,Acme,S1,,,,,,sheet,high,extra\n") << false << 3 << ""
        << "has 12 cells but the header has 11";
    QTest::newRow("accelerator that servers list cannot change kind")
        << csvWith("nvidia-h100-sxm5-80gb,rack,NVIDIA,H100,,,,,,sheet,high\n") << false << 3
        << "kind"
        << "list this item as an accelerator";
    QTest::newRow("unclosed quote")
        << csvWith("srv,gpu_server,Acme,\"S1,,,,,,sheet,high\n") << false << 0 << ""
        << "Line 3: a quoted cell is never closed";
    QTest::newRow("not UTF-8") << csvWith("srv,gpu_server,Acme,S\xe9rie,,,,,,sheet,high\n") << false
                               << 0 << ""
                               << "not UTF-8";
    QTest::newRow("empty file") << QByteArray() << false << 0 << ""
                                << "The file is empty";
    QTest::newRow("json wrong type")
        << jsonWith(",{\"id\": \"srv\", \"kind\": \"gpu_server\", \"vendor\": \"Acme\", \"model\": "
                    "\"S1\", \"power_max_watts\": \"10 kW\", \"source\": \"s\", \"confidence\": "
                    "\"high\"}")
        << true << 2 << "power_max_watts"
        << "expected a number";
    QTest::newRow("json negative power")
        << jsonWith(",{\"id\": \"srv\", \"kind\": \"gpu_server\", \"vendor\": \"Acme\", \"model\": "
                    "\"S1\", \"power_max_watts\": -1, \"source\": \"s\", \"confidence\": \"high\"}")
        << true << 2 << "power_max_watts"
        << "power must not be negative";
    QTest::newRow("json unknown field")
        << jsonWith(",{\"id\": \"srv\", \"kind\": \"gpu_server\", \"vendor\": \"Acme\", \"model\": "
                    "\"S1\", \"colour\": \"red\", \"source\": \"s\", \"confidence\": \"high\"}")
        << true << 2 << "colour"
        << "is not a catalog field";
    QTest::newRow("json item that is not an object") << jsonWith(",[1, 2]") << true << 2 << ""
                                                     << "is not an object";
    QTest::newRow("not json") << QByteArray("{\"items\": [") << true << 0 << ""
                              << "not valid JSON";
}

void tst_CatalogImport::badRowsAreRejectedAndNothingChanges()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, json);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const QByteArray before = HeadroomTest::sha256(m_path);
    const int count = m_db->itemCount();

    const CatalogFileFormat format = json ? CatalogFileFormat::Json : CatalogFileFormat::Csv;
    const CatalogImportPreview preview = CatalogImport::preview(data, format, *m_db);
    QVERIFY(!preview.isClean());
    const bool found = std::any_of(
        preview.rejected.begin(), preview.rejected.end(), [&](const CatalogImportIssue &issue) {
            return issue.row == row && issue.column == column && issue.reason.contains(reason);
        });
    if (!found) {
        QString all;
        for (const CatalogImportIssue &issue : preview.rejected)
            all += CatalogImport::describe(issue, format) + QLatin1Char('\n');
        QFAIL(qPrintable(all));
    }

    const CatalogResult applied = CatalogImport::apply(preview, m_db.get());
    QVERIFY(!applied.ok());
    QVERIFY(applied.errorText.contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(m_db->itemCount(), count);
    QVERIFY(!m_db->contains(QStringLiteral("new-good-item")));
    m_db->close();
    QCOMPARE(HeadroomTest::sha256(m_path), before);
}

void tst_CatalogImport::goodFilesImport_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("json");
    QTest::newRow("CSV with CRLF, quoted comma, quote and line break")
        << fixture("good-crlf.csv") << false;
    QTest::newRow("CSV with a byte-order mark") << fixture("good-bom.csv") << false;
    QTest::newRow("JSON") << fixture("good.json") << true;
}

void tst_CatalogImport::goodFilesImport()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, json);
    const CatalogImportPreview preview = CatalogImport::preview(
        data, json ? CatalogFileFormat::Json : CatalogFileFormat::Csv, *m_db);
    if (!preview.isClean())
        QFAIL(qPrintable(CatalogImport::describe(preview.rejected.first(), preview.format)));
    QCOMPARE(preview.accepted.size(), 2);
    QCOMPARE(preview.count(CatalogImportRow::Action::Add), 2);
    QCOMPARE(preview.accepted.first().row, json ? 1 : 2);

    const int before = m_db->itemCount();
    const CatalogResult applied = CatalogImport::apply(preview, m_db.get());
    QVERIFY2(applied.ok(), qPrintable(applied.errorText));
    QCOMPARE(m_db->itemCount(), before + 2);
    const CatalogItem server = *m_db->item(QStringLiteral("acme-gx8"));
    QCOMPARE(server.kind, ItemKind::GpuServer);
    QCOMPARE(server.model, QStringLiteral("GX8, liquid"));
    QCOMPARE(server.notes, QStringLiteral("Two lines:\nfront \"A\" and rear"));
    QCOMPARE(server.rackUnits, 6);
    QCOMPARE(server.powerMaxWatts, 10200.0);
    QCOMPARE(server.acceleratorOptions,
             (QStringList {QStringLiteral("nvidia-h100-sxm5-80gb"), QStringLiteral("acme-a1")}));
    QVERIFY(server.price);
    QCOMPARE(server.price->minorUnits, qint64(19900000));
    QCOMPARE(server.confidence, Confidence::Medium);
    QCOMPARE(m_db->item(QStringLiteral("acme-a1"))->confidence, Confidence::Low);
}

void tst_CatalogImport::importingTwiceChangesNothing()
{
    const QByteArray data = fixture("good.json");
    QVERIFY(CatalogImport::apply(CatalogImport::preview(data, CatalogFileFormat::Json, *m_db),
                                 m_db.get())
                .ok());
    const CatalogImportPreview again = CatalogImport::preview(data, CatalogFileFormat::Json, *m_db);
    QVERIFY(again.isClean());
    QCOMPARE(again.count(CatalogImportRow::Action::Unchanged), 2);
    m_db->close();
    const QByteArray before = HeadroomTest::sha256(m_path);
    QVERIFY(m_db->open(m_path).ok());
    QVERIFY(CatalogImport::apply(again, m_db.get()).ok());
    m_db->close();
    QCOMPARE(HeadroomTest::sha256(m_path), before);
}

void tst_CatalogImport::existingIdsAreReplaced()
{
    CatalogItem dgx = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    dgx.powerTypicalWatts = 8200;
    dgx.notes = QStringLiteral("Measured at the customer's site.");
    const CatalogImportPreview preview =
        CatalogImport::preview(CatalogCsv::write({dgx}), CatalogFileFormat::Csv, *m_db);
    QVERIFY(preview.isClean());
    QCOMPARE(preview.count(CatalogImportRow::Action::Replace), 1);
    QVERIFY(CatalogImport::apply(preview, m_db.get()).ok());
    QCOMPARE(*m_db->item(QStringLiteral("nvidia-dgx-h100")), dgx);
}

void tst_CatalogImport::aFewColumnsUpdateAFewFields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("json");
    QTest::newRow("CSV") << QByteArray("id,power_typical_watts,notes\n"
                                       "nvidia-dgx-h100,8200,\n")
                         << false;
    QTest::newRow("JSON") << QByteArray(
        R"([{"id": "nvidia-dgx-h100", "power_typical_watts": 8200, "notes": null}])")
                          << true;
}

void tst_CatalogImport::aFewColumnsUpdateAFewFields()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, json);
    CatalogItem expected = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    QVERIFY(!expected.notes.isEmpty());
    expected.powerTypicalWatts = 8200;
    expected.notes.clear(); // an empty cell, or null, clears
    const CatalogImportPreview preview = CatalogImport::preview(
        data, json ? CatalogFileFormat::Json : CatalogFileFormat::Csv, *m_db);
    if (!preview.isClean())
        QFAIL(qPrintable(CatalogImport::describe(preview.rejected.first(), preview.format)));
    QCOMPARE(preview.count(CatalogImportRow::Action::Replace), 1);
    QVERIFY(CatalogImport::apply(preview, m_db.get()).ok());
    QCOMPARE(*m_db->item(QStringLiteral("nvidia-dgx-h100")), expected);
}

void tst_CatalogImport::exportThenImportIsLossless_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("CSV") << false;
    QTest::newRow("JSON") << true;
}

void tst_CatalogImport::exportThenImportIsLossless()
{
    QFETCH(bool, json);
    // The seed plus an item with characters that files like to mangle.
    CatalogItem odd = *m_db->item(QStringLiteral("nvidia-h100-sxm5-80gb"));
    odd.id = QStringLiteral("odd-item");
    odd.model = QStringLiteral("  Ünïcødé, \"quoted\"\nsecond line  ");
    odd.notes = QStringLiteral("日本語のメモ; 中文备注\nsecond line, \"quoted\"");
    odd.price = Money {123456789, QStringLiteral("JPY")};
    odd.accelerator.densePeakFlopsPerSecond[0] = 1.0 / 3.0;
    QVERIFY(m_db->addItem(odd).ok());
    const QList<CatalogItem> original = sortedById(m_db->items());

    const QByteArray data = json ? CatalogJson::write(original) : CatalogCsv::write(original);
    CatalogDatabase fresh;
    QVERIFY(fresh.open(QStringLiteral(":memory:")).ok());
    const CatalogImportPreview preview = CatalogImport::preview(
        data, json ? CatalogFileFormat::Json : CatalogFileFormat::Csv, fresh);
    if (!preview.isClean())
        QFAIL(qPrintable(CatalogImport::describe(preview.rejected.first(), preview.format)));
    QCOMPARE(preview.count(CatalogImportRow::Action::Add), original.size());
    QVERIFY(CatalogImport::apply(preview, &fresh).ok());
    const QList<CatalogItem> imported = sortedById(fresh.items());
    QCOMPARE(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        for (const CatalogField &field : CatalogFields::all()) {
            QCOMPARE(CatalogFields::toText(field, imported.at(i)),
                     CatalogFields::toText(field, original.at(i)));
        }
        QCOMPARE(imported.at(i), original.at(i));
    }
}

void tst_CatalogImport::failedWriteLeavesTheFileByteForByte()
{
    // Past validation, the transaction is the last line of defence: an item that breaks a
    // constraint only at commit (a deferred foreign key) must roll back everything before it.
    const QByteArray before = HeadroomTest::sha256(m_path);
    CatalogItem good = *m_db->item(QStringLiteral("apc-netshelter-sx-ar3100"));
    good.id = QStringLiteral("written-first");
    CatalogItem server = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    server.id = QStringLiteral("broken-server");
    server.acceleratorOptions = {QStringLiteral("no-such-accelerator")};
    QVERIFY(!m_db->upsertItems({good, server}).ok());
    QVERIFY(!m_db->contains(QStringLiteral("written-first")));
    m_db->close();
    QCOMPARE(HeadroomTest::sha256(m_path), before);
}

void tst_CatalogImport::formatFollowsTheExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("csv") << "/tmp/a.csv" << int(CatalogFileFormat::Csv);
    QTest::newRow("upper-case CSV") << "C:/Data/CATALOG.CSV" << int(CatalogFileFormat::Csv);
    QTest::newRow("json") << "catalog.json" << int(CatalogFileFormat::Json);
    QTest::newRow("spreadsheet") << "catalog.xlsx" << -1;
    QTest::newRow("no extension") << "catalog" << -1;
}

void tst_CatalogImport::formatFollowsTheExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = CatalogImport::formatOf(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void tst_CatalogImport::describe_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv row") << 5 << 5 << "power_max_watts" << false
                             << "row 5, column power_max_watts: why";
    QTest::newRow("csv row after a multi-line cell")
        << 5 << 7 << "kind" << false << "row 5 (line 7), column kind: why";
    QTest::newRow("json item") << 4 << 0 << "price" << true << "item 4, column price: why";
    QTest::newRow("row without column") << 3 << 3 << "" << false << "row 3: why";
    QTest::newRow("whole file") << 0 << 0 << "" << false << "why";
}

void tst_CatalogImport::describe()
{
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(bool, json);
    QFETCH(QString, expected);
    const CatalogImportIssue issue {row, line, column, QStringLiteral("why")};
    QCOMPARE(
        CatalogImport::describe(issue, json ? CatalogFileFormat::Json : CatalogFileFormat::Csv),
        expected);
}

QTEST_GUILESS_MAIN(tst_CatalogImport)
#include "tst_catalogimport.moc"
