#include "model/catalog/catalogdatabase.h"
#include "model/catalog/cataloglisting.h"
#include "model/catalog/catalogseed.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CatalogListing : public QObject
{
    Q_OBJECT

private slots:
    void everyItemIsListedAsItsRowSays();
    void rowsFollowWrites();
    void aListingOutOfStepIsRebuiltOnOpen();
};

void tst_CatalogListing::everyItemIsListedAsItsRowSays()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    const QList<CatalogItem> seed = CatalogSeed::items();
    QVERIFY(db.replaceAll(seed, {}).ok());
    const QList<CatalogRow> rows = db.rows();
    QCOMPARE(rows.size(), seed.size());
    // In the order the items were added, each as CatalogRow::from() makes it.
    for (qsizetype i = 0; i < seed.size(); ++i) {
        const CatalogRow expected = CatalogRow::from(seed.at(i));
        const CatalogRow &row = rows.at(i);
        QCOMPARE(row.id, expected.id);
        QCOMPARE(row.kind, expected.kind);
        QCOMPARE(row.vendor, expected.vendor);
        QCOMPARE(row.model, expected.model);
        QCOMPARE(row.confidence, expected.confidence);
        QCOMPARE(row.powerWatts, expected.powerWatts);
        QCOMPARE(row.memoryBytes, expected.memoryBytes);
        QCOMPARE(row.price, expected.price);
        QCOMPARE(row.acceleratorOptions, expected.acceleratorOptions);
        QCOMPARE(row.searchText, expected.searchText);
    }
    // Figures typed from the sources, for what CatalogRow::from chooses.
    const CatalogRow h100 = *db.row(QStringLiteral("nvidia-h100-sxm5-80gb"));
    QCOMPARE(h100.powerWatts, 700.0); // an accelerator's power is its TDP
    QCOMPARE(h100.bf16FlopsPerSecond, 989.4e12);
    const CatalogRow drive = *db.row(QStringLiteral("samsung-pm1743-15tb"));
    QCOMPARE(drive.memoryBytes, 15.36e12); // a drive's capacity
    QCOMPARE(drive.bandwidthBytesPerSecond, 13e9);
    QVERIFY(!db.row(QStringLiteral("nothing")));
}

void tst_CatalogListing::rowsFollowWrites()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.replaceAll(CatalogSeed::items(), {}).ok());
    CatalogItem rack = *db.item(QStringLiteral("vertiv-vr3300"));
    rack.weightKg = 140;
    QVERIFY(db.updateItem(rack).ok());
    QCOMPARE(db.row(rack.id)->weightKg, 140.0);
    QVERIFY(db.removeItem(rack.id).ok());
    QVERIFY(!db.row(rack.id));
    QCOMPARE(db.rows().size(), db.itemCount());
}

void tst_CatalogListing::aListingOutOfStepIsRebuiltOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        CatalogDatabase db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.replaceAll(CatalogSeed::items(), {}).ok());
        // A hand edit (say, with the sqlite3 tool) that the listing does not know of.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM item_listings WHERE rowid % 3 = 0")));
        QVERIFY(db.rows().size() < db.itemCount());
    }
    CatalogDatabase db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.rows().size(), db.itemCount());
    QCOMPARE(db.row(QStringLiteral("nvidia-dgx-h100"))->powerWatts, 10200.0);
}

QTEST_GUILESS_MAIN(tst_CatalogListing)
#include "tst_cataloglisting.moc"
