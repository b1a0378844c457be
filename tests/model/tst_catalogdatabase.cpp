#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
CatalogItem accelerator(const QString &id)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::Accelerator;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = id.toUpper();
    item.accelerator.vendor = item.vendor;
    item.accelerator.model = item.model;
    item.accelerator.generation = QStringLiteral("Hopper");
    item.accelerator.memoryBytes = 80e9;
    item.source = QStringLiteral("test");
    item.confidence = Confidence::High;
    return item;
}

CatalogItem server(const QString &id, const QStringList &options)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::GpuServer;
    item.vendor = QStringLiteral("Dell");
    item.model = id;
    item.rackUnits = 6;
    item.acceleratorCount = 8;
    item.acceleratorOptions = options;
    item.source = QStringLiteral("test");
    return item;
}

// An item of every kind with every field of its kind set, so that a write and a read
// must carry each column.
QList<CatalogItem> fullyPopulatedItems()
{
    QList<CatalogItem> items;
    CatalogItem a = accelerator(QStringLiteral("acc-full"));
    a.category = QStringLiteral("GPU");
    a.formFactor = QStringLiteral("SXM5");
    a.interfaces = QStringLiteral("NVLink 4\nPCIe Gen5 x16");
    a.configuration = QStringLiteral("FP64: 34 TFLOPS");
    a.memoryType = QStringLiteral("HBM3");
    a.accelerator.memoryBandwidthBytesPerSecond = 3.35e12;
    for (int i = 0; i < kPrecisionCount; ++i)
        a.accelerator.densePeakFlopsPerSecond[i] = 1e14 * (i + 1) + 0.5;
    a.accelerator.tdpWatts = 700;
    a.accelerator.scaleUpBandwidthBytesPerSecond = 900e9;
    a.accelerator.scaleUpDomainSize = 8;
    a.price = Money {2750000, QStringLiteral("USD")};
    a.priceDate = QDate(2025, 3, 1);
    a.priceIsEstimate = false;
    a.notes = QStringLiteral("notes, with \"quotes\"");
    items << a;

    CatalogItem s = server(QStringLiteral("srv-full"), {QStringLiteral("acc-full")});
    s.widthMm = 482.6;
    s.depthMm = 896.62;
    s.heightMm = 355.6;
    s.weightKg = 130.45;
    s.powerTypicalWatts = 7500;
    s.powerMaxWatts = 10200;
    s.psuCount = 6;
    s.psuRatingWatts = 3300;
    s.cooling = QStringLiteral("air");
    s.cpuSockets = 2;
    s.maxMemoryBytes = 2e12;
    s.driveBays = 10;
    s.maxRawStorageBytes = 34.56e12;
    s.price = Money {27000000, QStringLiteral("EUR")};
    s.confidence = Confidence::Low;
    items << s;

    CatalogItem d;
    d.id = QStringLiteral("drive-full");
    d.kind = ItemKind::StorageDrive;
    d.vendor = QStringLiteral("Samsung");
    d.model = QStringLiteral("PM1743");
    d.capacityBytes = 15.36e12;
    d.readBandwidthBytesPerSecond = 13e9;
    d.writeBandwidthBytesPerSecond = 6.6e9;
    d.readIops = 2.5e6;
    d.writeIops = 250e3;
    d.enduranceDriveWritesPerDay = 0.56;
    d.source = QStringLiteral("test");
    items << d;

    CatalogItem n;
    n.id = QStringLiteral("switch-full");
    n.kind = ItemKind::Switch;
    n.vendor = QStringLiteral("NVIDIA");
    n.model = QStringLiteral("QM9700");
    n.portCount = 64;
    n.portSpeedBitsPerSecond = 400e9;
    n.switchingCapacityBitsPerSecond = 51.2e12;
    n.source = QStringLiteral("test");
    items << n;

    CatalogItem r;
    r.id = QStringLiteral("rack-full");
    r.kind = ItemKind::Rack;
    r.vendor = QStringLiteral("APC");
    r.model = QStringLiteral("AR3100");
    r.rackUnits = 42;
    r.maxLoadKg = 1701;
    r.electrical = QStringLiteral("415V/60A 3-phase feed");
    r.source = QStringLiteral("test");
    items << r;

    CatalogItem p;
    p.id = QStringLiteral("pdu-full");
    p.kind = ItemKind::Pdu;
    p.vendor = QStringLiteral("APC");
    p.model = QStringLiteral("AP8888");
    p.powerCapacityWatts = 23000;
    p.outletCount = 42;
    p.source = QStringLiteral("test");
    items << p;
    return items;
}
} // namespace

class tst_CatalogDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newCatalogIsEmpty();
    void everyFieldSurvivesWriteAndRead();
    void addUpdateRemoveAnnounceThemselves();
    void duplicateIdIsRefusedAndNothingChanges();
    void updateOfUnknownIdIsRefused();
    void acceleratorListedByAServerCannotBeDeleted();
    void updatingAnAcceleratorKeepsServersPointingAtIt();
    void upsertIsAllOrNothing();
    void persistsAcrossReopen();

    void seededAccelerators_data();
    void seededAccelerators();
    void acceleratorsAreAllAndOnlyAccelerators();
    void referenceFiguresAreStored();

private:
    std::unique_ptr<CatalogDatabase> m_db;
};

void tst_CatalogDatabase::init()
{
    m_db = std::make_unique<CatalogDatabase>();
    const CatalogResult opened = m_db->open(QStringLiteral(":memory:"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorText));
}

void tst_CatalogDatabase::cleanup()
{
    m_db.reset();
}

void tst_CatalogDatabase::newCatalogIsEmpty()
{
    QCOMPARE(m_db->itemCount(), 0);
    QVERIFY(m_db->items().isEmpty());
    QVERIFY(m_db->accelerators().isEmpty());
    QVERIFY(!m_db->item(QStringLiteral("nvidia-h100-sxm5-80gb")));
}

void tst_CatalogDatabase::everyFieldSurvivesWriteAndRead()
{
    const QList<CatalogItem> items = fullyPopulatedItems();
    const CatalogResult result = m_db->upsertItems(items);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    for (const CatalogItem &written : items) {
        const std::optional<CatalogItem> read = m_db->item(written.id);
        QVERIFY(read);
        QCOMPARE(*read, written);
    }
}

void tst_CatalogDatabase::addUpdateRemoveAnnounceThemselves()
{
    QSignalSpy added(m_db.get(), &CatalogDatabase::itemAdded);
    QSignalSpy changed(m_db.get(), &CatalogDatabase::itemChanged);
    QSignalSpy removed(m_db.get(), &CatalogDatabase::itemRemoved);

    CatalogItem h100 = accelerator(QStringLiteral("h100"));
    QVERIFY(m_db->addItem(h100).ok());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toString(), QStringLiteral("h100"));
    QCOMPARE(m_db->itemCount(), 1);

    h100.accelerator.tdpWatts = 700;
    h100.vendor = QStringLiteral("Nvidia Corp");
    h100.accelerator.vendor = h100.vendor;
    QVERIFY(m_db->updateItem(h100).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_db->item(QStringLiteral("h100"))->accelerator.tdpWatts, 700.0);
    QCOMPARE(m_db->item(QStringLiteral("h100"))->vendor, QStringLiteral("Nvidia Corp"));

    QVERIFY(m_db->removeItem(QStringLiteral("h100")).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_db->itemCount(), 0);
}

void tst_CatalogDatabase::duplicateIdIsRefusedAndNothingChanges()
{
    QVERIFY(m_db->addItem(accelerator(QStringLiteral("h100"))).ok());
    QSignalSpy added(m_db.get(), &CatalogDatabase::itemAdded);
    CatalogItem other = accelerator(QStringLiteral("h100"));
    other.model = QStringLiteral("Other");
    const CatalogResult result = m_db->addItem(other);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(QStringLiteral("h100")), qPrintable(result.errorText));
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_db->item(QStringLiteral("h100"))->model, QStringLiteral("H100"));
}

void tst_CatalogDatabase::updateOfUnknownIdIsRefused()
{
    QSignalSpy changed(m_db.get(), &CatalogDatabase::itemChanged);
    const CatalogResult result = m_db->updateItem(accelerator(QStringLiteral("ghost")));
    QVERIFY(!result.ok());
    QVERIFY(result.errorText.contains(QStringLiteral("ghost")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_db->itemCount(), 0);
}

void tst_CatalogDatabase::acceleratorListedByAServerCannotBeDeleted()
{
    QVERIFY(m_db->addItem(accelerator(QStringLiteral("h100"))).ok());
    QVERIFY(m_db->addItem(server(QStringLiteral("xe9680"), {QStringLiteral("h100")})).ok());
    QCOMPARE(m_db->serversOffering(QStringLiteral("h100")), QStringList {QStringLiteral("xe9680")});
    const CatalogResult result = m_db->removeItem(QStringLiteral("h100"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(QStringLiteral("xe9680")), qPrintable(result.errorText));
    QVERIFY(m_db->contains(QStringLiteral("h100")));

    // A server pointing at an accelerator that does not exist is refused by the database.
    QVERIFY(!m_db->addItem(server(QStringLiteral("bad"), {QStringLiteral("nope")})).ok());
    QVERIFY(!m_db->contains(QStringLiteral("bad")));

    // Once the server is gone, so is the reference.
    QVERIFY(m_db->removeItem(QStringLiteral("xe9680")).ok());
    QVERIFY(m_db->removeItem(QStringLiteral("h100")).ok());
}

void tst_CatalogDatabase::updatingAnAcceleratorKeepsServersPointingAtIt()
{
    QVERIFY(m_db->addItem(accelerator(QStringLiteral("h100"))).ok());
    QVERIFY(m_db->addItem(server(QStringLiteral("xe9680"), {QStringLiteral("h100")})).ok());
    CatalogItem changed = accelerator(QStringLiteral("h100"));
    changed.accelerator.memoryBytes = 94e9;
    const CatalogResult result = m_db->updateItem(changed);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(m_db->item(QStringLiteral("xe9680"))->acceleratorOptions,
             QStringList {QStringLiteral("h100")});
    QCOMPARE(m_db->item(QStringLiteral("h100"))->accelerator.memoryBytes, 94e9);
}

void tst_CatalogDatabase::upsertIsAllOrNothing()
{
    QVERIFY(m_db->addItem(accelerator(QStringLiteral("h100"))).ok());
    CatalogItem replaced = accelerator(QStringLiteral("h100"));
    replaced.model = QStringLiteral("Replaced");
    CatalogItem broken = server(QStringLiteral("srv"), {QStringLiteral("missing-accelerator")});
    QSignalSpy reset(m_db.get(), &CatalogDatabase::catalogReset);
    const CatalogResult result =
        m_db->upsertItems({replaced, accelerator(QStringLiteral("a100")), broken});
    QVERIFY(!result.ok());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_db->itemCount(), 1);
    QCOMPARE(m_db->item(QStringLiteral("h100"))->model, QStringLiteral("H100"));

    QVERIFY(m_db->upsertItems({replaced, accelerator(QStringLiteral("a100"))}).ok());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_db->itemCount(), 2);
    QCOMPARE(m_db->item(QStringLiteral("h100"))->model, QStringLiteral("Replaced"));
}

void tst_CatalogDatabase::persistsAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        CatalogDatabase db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.upsertItems(fullyPopulatedItems()).ok());
    }
    CatalogDatabase db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.itemCount(), fullyPopulatedItems().size());
    QCOMPARE(*db.item(QStringLiteral("srv-full")), fullyPopulatedItems().at(1));
}

void tst_CatalogDatabase::seededAccelerators_data()
{
    // Expected figures typed from resources/catalog/sources/catalog_gpus.csv and
    // gpu_specs.csv (dense, SI units), not computed by the code under test.
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("generation");
    QTest::addColumn<double>("memoryBytes");
    QTest::addColumn<double>("bandwidth");
    QTest::addColumn<double>("bf16");
    QTest::addColumn<double>("fp8");
    QTest::addColumn<double>("tdpWatts");
    QTest::addColumn<double>("scaleUpBandwidth");
    QTest::addColumn<int>("domain");
    QTest::newRow("H100 SXM5") << QStringLiteral("H100 SXM5 80GB") << QStringLiteral("Hopper")
                               << 80e9 << 3.35e12 << 989.4e12 << 1978.9e12 << 700.0 << 900e9 << 8;
    QTest::newRow("H100 PCIe bridge pair")
        << QStringLiteral("H100 PCIe 80GB") << QStringLiteral("Hopper") << 80e9 << 2.0e12 << 756e12
        << 1513e12 << 350.0 << 600e9 << 2;
    QTest::newRow("H800") << QStringLiteral("H800 SXM5 80GB") << QStringLiteral("Hopper") << 80e9
                          << 3.35e12 << 989e12 << 1979e12 << 700.0 << 400e9 << 8;
    QTest::newRow("V100 has no BF16") << QStringLiteral("V100 SXM2 32GB") << QStringLiteral("Volta")
                                      << 32e9 << 0.9e12 << 0.0 << 0.0 << 300.0 << 300e9 << 8;
    QTest::newRow("A100 SXM4 80GB") << QStringLiteral("A100 SXM4 80GB") << QStringLiteral("Ampere")
                                    << 80e9 << 2.039e12 << 312e12 << 0.0 << 400.0 << 600e9 << 8;
    QTest::newRow("L40S without NVLink") << QStringLiteral("L40S") << QStringLiteral("Ada") << 48e9
                                         << 0.864e12 << 362.05e12 << 733e12 << 350.0 << 0.0 << 1;
    QTest::newRow("B200") << QStringLiteral("B200 (HGX/DGX, per GPU)")
                          << QStringLiteral("Blackwell") << 180e9 << 8e12 << 2250e12 << 4500e12
                          << 1000.0 << 1800e9 << 8;
    QTest::newRow("GB200 in NVL72")
        << QStringLiteral("GB200 (per Blackwell GPU in NVL72)") << QStringLiteral("Blackwell")
        << 186e9 << 8e12 << 2500e12 << 5000e12 << 1200.0 << 1800e9 << 72;
    QTest::newRow("MI300X") << QStringLiteral("Instinct MI300X") << QStringLiteral("CDNA3") << 192e9
                            << 5.3e12 << 1307.4e12 << 2614.9e12 << 750.0 << 896e9 << 8;
}

void tst_CatalogDatabase::seededAccelerators()
{
    QFETCH(QString, model);
    QFETCH(QString, generation);
    QFETCH(double, memoryBytes);
    QFETCH(double, bandwidth);
    QFETCH(double, bf16);
    QFETCH(double, fp8);
    QFETCH(double, tdpWatts);
    QFETCH(double, scaleUpBandwidth);
    QFETCH(int, domain);
    QVERIFY(m_db->replaceAll(CatalogSeed::items(), CatalogSeed::referenceFigures()).ok());
    const QList<Accelerator> accelerators = m_db->accelerators();
    const auto found = std::find_if(accelerators.begin(), accelerators.end(),
                                    [&](const Accelerator &a) { return a.model == model; });
    QVERIFY2(found != accelerators.end(), qPrintable(model));
    QCOMPARE(found->generation, generation);
    QCOMPARE(found->memoryBytes, memoryBytes);
    QCOMPARE(found->memoryBandwidthBytesPerSecond, bandwidth);
    QCOMPARE(found->densePeak(Precision::Bf16), bf16);
    QCOMPARE(found->densePeak(Precision::Fp8), fp8);
    QCOMPARE(found->tdpWatts, tdpWatts);
    QCOMPARE(found->scaleUpBandwidthBytesPerSecond, scaleUpBandwidth);
    QCOMPARE(found->scaleUpDomainSize, domain);
    QVERIFY(!found->vendor.isEmpty());
}

void tst_CatalogDatabase::acceleratorsAreAllAndOnlyAccelerators()
{
    const QList<CatalogItem> seed = CatalogSeed::items();
    QVERIFY(m_db->replaceAll(seed, {}).ok());
    const int expected =
        static_cast<int>(std::count_if(seed.begin(), seed.end(), [](const CatalogItem &i) {
            return i.kind == ItemKind::Accelerator;
        }));
    QCOMPARE(m_db->accelerators().size(), expected);
    QCOMPARE(m_db->acceleratorIds().size(), expected);
    QVERIFY(m_db->acceleratorIds().contains(QStringLiteral("nvidia-v100-sxm2-32gb")));
    QVERIFY(m_db->acceleratorIds().contains(QStringLiteral("nvidia-h800-sxm5-80gb")));
    QCOMPARE(m_db->itemCount(), seed.size());
}

void tst_CatalogDatabase::referenceFiguresAreStored()
{
    const QList<CatalogReferenceFigure> figures = CatalogSeed::referenceFigures();
    QVERIFY(m_db->replaceAll({}, figures).ok());
    QList<CatalogReferenceFigure> read = m_db->referenceFigures();
    QCOMPARE(read.size(), figures.size());
    for (const CatalogReferenceFigure &figure : figures)
        QVERIFY2(read.contains(figure), qPrintable(figure.id));
}

QTEST_GUILESS_MAIN(tst_CatalogDatabase)
#include "tst_catalogdatabase.moc"
