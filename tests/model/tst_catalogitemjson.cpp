#include "model/project/catalogitemjson.h"

#include <QJsonDocument>
#include <QTest>

class tst_CatalogItemJson : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void moneyStaysExact();
    void badObjectsSayWhichField_data();
    void badObjectsSayWhichField();
};

void tst_CatalogItemJson::everyFieldRoundTrips()
{
    CatalogItem item;
    item.id = QStringLiteral("nvidia-dgx-h100");
    item.kind = ItemKind::GpuServer;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = QStringLiteral("DGX H100");
    item.category = QStringLiteral("GPU server");
    item.rackUnits = 8;
    item.widthMm = 482.6;
    item.depthMm = 897.0;
    item.heightMm = 356.0;
    item.weightKg = 130.45;
    item.powerTypicalWatts = 7500.0;
    item.powerMaxWatts = 10200.0;
    item.psuCount = 6;
    item.psuRatingWatts = 3300.0;
    item.cooling = QStringLiteral("air");
    item.acceleratorCount = 8;
    item.acceleratorOptions = {QStringLiteral("nvidia-h100-sxm5-80gb")};
    item.cpuSockets = 2;
    item.maxMemoryBytes = 2e12;
    item.driveBays = 10;
    item.maxRawStorageBytes = 34.56e12;
    item.accelerator.vendor = QStringLiteral("NVIDIA");
    item.accelerator.model = QStringLiteral("H100");
    item.accelerator.generation = QStringLiteral("Hopper");
    item.accelerator.memoryBytes = 80e9;
    item.accelerator.memoryBandwidthBytesPerSecond = 3.35e12;
    item.accelerator.densePeakFlopsPerSecond[int(Precision::Bf16)] = 989.4e12;
    item.accelerator.densePeakFlopsPerSecond[int(Precision::Fp8)] = 1978.9e12;
    item.accelerator.tdpWatts = 700.0;
    item.accelerator.scaleUpBandwidthBytesPerSecond = 900e9;
    item.accelerator.scaleUpDomainSize = 8;
    item.capacityBytes = 1.0;
    item.readBandwidthBytesPerSecond = 2.0;
    item.writeBandwidthBytesPerSecond = 3.0;
    item.portCount = 4;
    item.portSpeedBitsPerSecond = 400e9;
    item.switchingCapacityBitsPerSecond = 51.2e12;
    item.maxLoadKg = 5.0;
    item.powerCapacityWatts = 6.0;
    item.outletCount = 7;
    item.electrical = QStringLiteral("415 V");
    item.price = Money {27000000, QStringLiteral("USD")};
    item.priceDate = QDate(2025, 1, 31);
    item.priceIsEstimate = false;
    item.source = QStringLiteral("https://example.invalid/a | b");
    item.confidence = Confidence::Low;
    item.notes = QStringLiteral("Notes with “quotes” and 中文");

    const QByteArray text = QJsonDocument(CatalogItemJson::toJson(item)).toJson();
    QString error;
    const auto back = CatalogItemJson::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, item);
}

void tst_CatalogItemJson::moneyStaysExact()
{
    CatalogItem item;
    item.id = QStringLiteral("x");
    item.kind = ItemKind::Switch;
    item.price = Money {9007199254740993LL, QStringLiteral("JPY")}; // 2^53 + 1: no double holds it
    const auto back = CatalogItemJson::fromJson(CatalogItemJson::toJson(item), nullptr);
    QVERIFY(back);
    QCOMPARE(back->price->minorUnits, 9007199254740993LL);
}

void tst_CatalogItemJson::badObjectsSayWhichField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no id") << QByteArray(R"({"kind":"rack"})")
                           << QStringLiteral("field 'id' is missing or empty");
    QTest::newRow("unknown kind") << QByteArray(R"({"id":"a","kind":"toaster"})")
                                  << QStringLiteral(
                                         "item 'a': field 'kind' has unknown value 'toaster'");
    QTest::newRow("price not whole")
        << QByteArray(R"({"id":"a","kind":"rack","price_minor_units":"12.5"})")
        << QStringLiteral("item 'a': field 'price_minor_units' is not a whole number");
    QTest::newRow("unknown confidence")
        << QByteArray(R"({"id":"a","kind":"rack","confidence":"sure"})")
        << QStringLiteral("item 'a': field 'confidence' has unknown value 'sure'");
}

void tst_CatalogItemJson::badObjectsSayWhichField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!CatalogItemJson::fromJson(QJsonDocument::fromJson(json).object(), &message));
    QCOMPARE(message, error);
}

QTEST_GUILESS_MAIN(tst_CatalogItemJson)
#include "tst_catalogitemjson.moc"
