#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogfields.h"
#include "model/catalog/catalogseed.h"

#include <QFile>
#include <QSet>
#include <QTest>

// The shipped catalog: real items, each with its source and confidence, read without a
// single error, and the figures the layout and the estimator rely on.
class tst_CatalogSeed : public QObject
{
    Q_OBJECT

private slots:
    void readsWithoutErrors();
    void holdsEnoughRealItems();
    void everyRowIsSourcedAndValid();
    void everyKindIsPresent_data();
    void everyKindIsPresent();
    void placeholdersAreKeptAsUnverified_data();
    void placeholdersAreKeptAsUnverified();
    void acceleratorOptionsResolve();
    void layoutFieldsAreFilled_data();
    void layoutFieldsAreFilled();
    void referenceFigures_data();
    void referenceFigures();
};

void tst_CatalogSeed::readsWithoutErrors()
{
    QFile file(QStringLiteral(":/catalog/seed.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CatalogFileRows rows = CatalogCsv::read(file.readAll());
    QVERIFY2(rows.readable(), qPrintable(rows.fileError));
    for (const CatalogFileRow &row : rows.rows) {
        if (!row.errors.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("row %1 (%2): %3 %4")
                    .arg(row.row)
                    .arg(row.item.id, row.errors.first().key, row.errors.first().message)));
    }
}

void tst_CatalogSeed::holdsEnoughRealItems()
{
    const QList<CatalogItem> items = CatalogSeed::items();
    QVERIFY2(items.size() >= 80, qPrintable(QString::number(items.size())));
    QSet<QString> ids;
    for (const CatalogItem &item : items)
        ids.insert(item.id);
    QCOMPARE(ids.size(), items.size());
}

void tst_CatalogSeed::everyRowIsSourcedAndValid()
{
    for (const CatalogItem &item : CatalogSeed::items()) {
        QVERIFY2(!item.source.trimmed().isEmpty(), qPrintable(item.id));
        const QList<CatalogFieldError> errors = CatalogFields::validate(item);
        if (!errors.isEmpty())
            QFAIL(qPrintable(item.id + QLatin1Char(' ') + errors.first().key + QLatin1Char(' ')
                             + errors.first().message));
    }
}

void tst_CatalogSeed::everyKindIsPresent_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("atLeast");
    // Counts from the research files: 20 servers, 17 + 4 accelerators, 7 drives and 3
    // appliances, 10 switches (+1 split), 2 NICs, 1 optic, 10 racks (+1 split), 5 PDUs.
    QTest::newRow("gpu servers") << int(ItemKind::GpuServer) << 20;
    QTest::newRow("accelerators") << int(ItemKind::Accelerator) << 21;
    QTest::newRow("storage drives") << int(ItemKind::StorageDrive) << 7;
    QTest::newRow("storage appliances") << int(ItemKind::StorageAppliance) << 3;
    QTest::newRow("switches") << int(ItemKind::Switch) << 11;
    QTest::newRow("nics") << int(ItemKind::Nic) << 2;
    QTest::newRow("optics") << int(ItemKind::Optic) << 1;
    QTest::newRow("racks") << int(ItemKind::Rack) << 11;
    QTest::newRow("pdus") << int(ItemKind::Pdu) << 5;
}

void tst_CatalogSeed::everyKindIsPresent()
{
    QFETCH(int, kind);
    QFETCH(int, atLeast);
    int count = 0;
    for (const CatalogItem &item : CatalogSeed::items())
        count += item.kind == static_cast<ItemKind>(kind) ? 1 : 0;
    QCOMPARE(count, atLeast);
}

void tst_CatalogSeed::placeholdersAreKeptAsUnverified_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("Aivres KR4268V2 placeholder") << QStringLiteral("aivres-kr4268v2");
    QTest::newRow("Dell XE9640 estimates") << QStringLiteral("dell-poweredge-xe9640");
    QTest::newRow("HPE DL380a U-height conflict") << QStringLiteral("hpe-proliant-dl380a-gen11");
    QTest::newRow("VAST without figures") << QStringLiteral("vast-data-ceres-dbox-cbox");
}

void tst_CatalogSeed::placeholdersAreKeptAsUnverified()
{
    QFETCH(QString, id);
    for (const CatalogItem &item : CatalogSeed::items()) {
        if (item.id == id) {
            QCOMPARE(item.confidence, Confidence::Low);
            QVERIFY(!item.isVerified());
            return;
        }
    }
    QFAIL("not in the seed");
}

void tst_CatalogSeed::acceleratorOptionsResolve()
{
    const QList<CatalogItem> items = CatalogSeed::items();
    QHash<QString, ItemKind> kinds;
    for (const CatalogItem &item : items)
        kinds.insert(item.id, item.kind);
    int serversWithOptions = 0;
    for (const CatalogItem &item : items) {
        for (const QString &option : item.acceleratorOptions) {
            QVERIFY2(kinds.value(option, ItemKind::Count) == ItemKind::Accelerator,
                     qPrintable(item.id + QStringLiteral(" -> ") + option));
        }
        serversWithOptions += item.acceleratorOptions.isEmpty() ? 0 : 1;
    }
    // Only the KR4268V2 placeholder and the legacy Thinkmate name no accelerator.
    QCOMPARE(serversWithOptions, 18);
}

void tst_CatalogSeed::layoutFieldsAreFilled_data()
{
    // Values typed from resources/catalog/sources/*.csv: what the rack layout reads.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("rackUnits");
    QTest::addColumn<double>("depthMm");
    QTest::addColumn<double>("weightKg");
    QTest::addColumn<double>("powerTypicalWatts");
    QTest::addColumn<double>("powerMaxWatts");
    QTest::addColumn<double>("maxLoadKg");
    QTest::addColumn<double>("powerCapacityWatts");
    QTest::addColumn<qint64>("priceCents");
    QTest::newRow("DGX H100") << QStringLiteral("nvidia-dgx-h100") << 8 << 896.62 << 130.45
                              << 7500.0 << 10200.0 << 0.0 << 0.0 << qint64(27000000);
    QTest::newRow("DGX B200") << QStringLiteral("nvidia-dgx-b200") << 10 << 897.1 << 142.4
                              << 11000.0 << 14300.0 << 0.0 << 0.0 << qint64(50000000);
    QTest::newRow("XE9680") << QStringLiteral("dell-poweredge-xe9680") << 6 << 995.0 << 114.05
                            << 8500.0 << 11000.0 << 0.0 << 0.0 << qint64(25574000);
    QTest::newRow("AR3100 rack") << QStringLiteral("apc-netshelter-sx-ar3100") << 42 << 1070.0
                                 << 125.0 << 0.0 << 0.0 << 1701.0 << 0.0 << qint64(-1);
    QTest::newRow("APDU11450ME pdu") << QStringLiteral("apc-apdu11450me") << 0 << 0.0 << 0.0 << 0.0
                                     << 0.0 << 0.0 << 34600.0 << qint64(-1);
    QTest::newRow("QM9700 switch") << QStringLiteral("nvidia-quantum-2-qm9700") << 1 << 0.0 << 14.8
                                   << 750.0 << 1700.0 << 0.0 << 0.0 << qint64(3000000);
}

void tst_CatalogSeed::layoutFieldsAreFilled()
{
    QFETCH(QString, id);
    QFETCH(int, rackUnits);
    QFETCH(double, depthMm);
    QFETCH(double, weightKg);
    QFETCH(double, powerTypicalWatts);
    QFETCH(double, powerMaxWatts);
    QFETCH(double, maxLoadKg);
    QFETCH(double, powerCapacityWatts);
    QFETCH(qint64, priceCents);
    for (const CatalogItem &item : CatalogSeed::items()) {
        if (item.id != id)
            continue;
        QCOMPARE(item.rackUnits, rackUnits);
        QCOMPARE(item.depthMm, depthMm);
        QCOMPARE(item.weightKg, weightKg);
        QCOMPARE(item.powerTypicalWatts, powerTypicalWatts);
        QCOMPARE(item.powerMaxWatts, powerMaxWatts);
        QCOMPARE(item.maxLoadKg, maxLoadKg);
        QCOMPARE(item.powerCapacityWatts, powerCapacityWatts);
        if (priceCents < 0) {
            QVERIFY(!item.price);
        } else {
            QVERIFY(item.price);
            QCOMPARE(item.price->minorUnits, priceCents);
            QCOMPARE(item.price->currency, QStringLiteral("USD"));
            QVERIFY(item.priceIsEstimate);
        }
        return;
    }
    QFAIL("not in the seed");
}

void tst_CatalogSeed::referenceFigures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("powerWatts");
    QTest::addColumn<double>("powerHighWatts");
    QTest::newRow("4x DGX H100 rack") << QStringLiteral("rack-budget-4x-dgx-h100")
                                      << QStringLiteral("rack_power_budget") << 40800.0 << 40800.0;
    QTest::newRow("NVL72 rack") << QStringLiteral("rack-budget-gb200-nvl72")
                                << QStringLiteral("rack_power_budget") << 120000.0 << 132000.0;
    QTest::newRow("air ceiling") << QStringLiteral("cooling-limit-air")
                                 << QStringLiteral("cooling_limit") << 30000.0 << 60000.0;
    QTest::newRow("pdu rule") << QStringLiteral("pdu-3-phase-capacity")
                              << QStringLiteral("pdu_rule") << 0.0 << 34500.0;
}

void tst_CatalogSeed::referenceFigures()
{
    QFETCH(QString, id);
    QFETCH(QString, category);
    QFETCH(double, powerWatts);
    QFETCH(double, powerHighWatts);
    const QList<CatalogReferenceFigure> figures = CatalogSeed::referenceFigures();
    QCOMPARE(figures.size(), 7);
    for (const CatalogReferenceFigure &figure : figures) {
        QVERIFY(!figure.source.isEmpty());
        if (figure.id != id)
            continue;
        QCOMPARE(figure.category, category);
        QCOMPARE(figure.powerWatts, powerWatts);
        QCOMPARE(figure.powerHighWatts, powerHighWatts);
        return;
    }
    QFAIL("not in the seed");
}

QTEST_GUILESS_MAIN(tst_CatalogSeed)
#include "tst_catalogseed.moc"
