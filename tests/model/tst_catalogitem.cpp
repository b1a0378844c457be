#include "model/catalog/catalogitem.h"

#include <QTest>

class tst_CatalogItem : public QObject
{
    Q_OBJECT

private slots:
    void kindKeysRoundTrip();
    void kindKeysAreStable_data();
    void kindKeysAreStable();
    void unknownKeys();
    void confidence();
    void equality();
};

void tst_CatalogItem::kindKeysRoundTrip()
{
    for (int i = 0; i < static_cast<int>(ItemKind::Count); ++i) {
        const auto kind = static_cast<ItemKind>(i);
        const QString key = CatalogItem::kindKey(kind);
        QVERIFY(!key.isEmpty());
        QCOMPARE(CatalogItem::kindFromKey(key), std::optional<ItemKind>(kind));
        QVERIFY(!CatalogItem::kindDisplayName(kind).isEmpty());
    }
}

void tst_CatalogItem::kindKeysAreStable_data()
{
    // These keys are in users' CSV files and scripts: changing one breaks them.
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("gpu server") << int(ItemKind::GpuServer) << QStringLiteral("gpu_server");
    QTest::newRow("accelerator") << int(ItemKind::Accelerator) << QStringLiteral("accelerator");
    QTest::newRow("drive") << int(ItemKind::StorageDrive) << QStringLiteral("storage_drive");
    QTest::newRow("appliance") << int(ItemKind::StorageAppliance)
                               << QStringLiteral("storage_appliance");
    QTest::newRow("switch") << int(ItemKind::Switch) << QStringLiteral("switch");
    QTest::newRow("nic") << int(ItemKind::Nic) << QStringLiteral("nic");
    QTest::newRow("optic") << int(ItemKind::Optic) << QStringLiteral("optic");
    QTest::newRow("rack") << int(ItemKind::Rack) << QStringLiteral("rack");
    QTest::newRow("pdu") << int(ItemKind::Pdu) << QStringLiteral("pdu");
}

void tst_CatalogItem::kindKeysAreStable()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QCOMPARE(CatalogItem::kindKey(static_cast<ItemKind>(kind)), key);
}

void tst_CatalogItem::unknownKeys()
{
    QCOMPARE(CatalogItem::kindFromKey(QStringLiteral("toaster")), std::nullopt);
    QCOMPARE(CatalogItem::kindFromKey(QStringLiteral(" GPU_Server ")),
             std::optional<ItemKind>(ItemKind::GpuServer));
    QCOMPARE(CatalogItem::confidenceFromKey(QStringLiteral("certain")), std::nullopt);
}

void tst_CatalogItem::confidence()
{
    CatalogItem item;
    item.confidence = Confidence::Low;
    QVERIFY(!item.isVerified());
    QCOMPARE(CatalogItem::confidenceDisplayName(Confidence::Low), QStringLiteral("Unverified"));
    item.confidence = Confidence::Medium;
    QVERIFY(item.isVerified());
    QCOMPARE(CatalogItem::confidenceFromKey(QStringLiteral("HIGH")),
             std::optional<Confidence>(Confidence::High));
}

void tst_CatalogItem::equality()
{
    CatalogItem a;
    a.id = QStringLiteral("nvidia-h100-sxm5-80gb");
    a.kind = ItemKind::Accelerator;
    a.accelerator.memoryBytes = 80e9;
    CatalogItem b = a;
    QCOMPARE(a, b);
    b.accelerator.memoryBytes = 94e9;
    QVERIFY(!(a == b));
    a.vendor = QStringLiteral("NVIDIA");
    a.model = QStringLiteral("H100 SXM5 80GB");
    QCOMPARE(a.displayName(), QStringLiteral("NVIDIA H100 SXM5 80GB"));
}

QTEST_GUILESS_MAIN(tst_CatalogItem)
#include "tst_catalogitem.moc"
