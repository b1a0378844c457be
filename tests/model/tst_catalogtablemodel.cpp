#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogitemmime.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogtablemodel.h"
#include "support/stringlist.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Column = CatalogTableModel::Column;

class tst_CatalogTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();

    void listsEveryItem();
    void showsValuesWithUnits_data();
    void showsValuesWithUnits();
    void rawValuesAreUnformatted();
    void unverifiedRowsAreMarked();
    void filters_data();
    void filters();
    void narrowingFindsWhatAFreshSearchFinds();
    void sortsByRawValueWithUnknownsLast_data();
    void sortsByRawValueWithUnknownsLast();
    void sortingKeepsSelection();
    void followsEdits();
    void editsRespectTheFilter();
    void reloadsOnReset();
    void dragsCarryIds();

private:
    QStringList visibleIds() const;
    int rowOf(const QString &id) const { return m_model->rowOfId(id); }

    std::unique_ptr<CatalogDatabase> m_db;
    std::unique_ptr<CatalogTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CatalogTableModel::init()
{
    m_db = std::make_unique<CatalogDatabase>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db->replaceAll(CatalogSeed::items(), {}).ok());
    m_model = std::make_unique<CatalogTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDatabase(m_db.get());
}

void tst_CatalogTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

QStringList tst_CatalogTableModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->idAt(row));
    return ids;
}

void tst_CatalogTableModel::listsEveryItem()
{
    QCOMPARE(m_model->rowCount(), CatalogSeed::items().size());
    QCOMPARE(m_model->totalCount(), CatalogSeed::items().size());
    QCOMPARE(m_model->columnCount(), int(CatalogTableModel::ColumnCount));
    // Catalog order: by kind (servers first, PDUs last), then vendor.
    QCOMPARE(m_model->data(m_model->index(0, Column::KindColumn)).toString(),
             QStringLiteral("GPU server"));
    QCOMPARE(m_model->data(m_model->index(m_model->rowCount() - 1, Column::KindColumn)).toString(),
             QStringLiteral("PDU"));
    QCOMPARE(m_model->headerData(Column::PowerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Power"));
}

void tst_CatalogTableModel::showsValuesWithUnits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::newRow("server power") << "nvidia-dgx-h100" << int(Column::PowerColumn) << "10.2 kW";
    QTest::newRow("server height") << "nvidia-dgx-h100" << int(Column::RackUnitsColumn) << "8U";
    QTest::newRow("server weight") << "nvidia-dgx-h100" << int(Column::WeightColumn) << "130 kg";
    QTest::newRow("server accelerators")
        << "nvidia-dgx-h100" << int(Column::AcceleratorsColumn) << "8";
    QTest::newRow("server price") << "nvidia-dgx-h100" << int(Column::PriceColumn) << "$270,000.00";
    QTest::newRow("gpu memory") << "nvidia-h100-sxm5-80gb" << int(Column::MemoryColumn) << "80 GB";
    QTest::newRow("gpu bandwidth")
        << "nvidia-h100-sxm5-80gb" << int(Column::BandwidthColumn) << "3.35 TB/s";
    QTest::newRow("gpu power is its TDP")
        << "nvidia-h100-sxm5-80gb" << int(Column::PowerColumn) << "700 W";
    QTest::newRow("gpu peak") << "nvidia-h100-sxm5-80gb" << int(Column::Bf16PeakColumn)
                              << "989 TFLOP/s";
    QTest::newRow("drive capacity")
        << "solidigm-d5-p5336-122tb" << int(Column::MemoryColumn) << "123 TB";
    QTest::newRow("switch ports") << "nvidia-quantum-2-qm9700" << int(Column::PortsColumn)
                                  << "64 × 400 Gb/s";
    QTest::newRow("rack has no power")
        << "apc-netshelter-sx-ar3100" << int(Column::PowerColumn) << "";
    QTest::newRow("kind") << "apc-ap8888" << int(Column::KindColumn) << "PDU";
    QTest::newRow("confidence") << "aivres-kr4268v2" << int(Column::ConfidenceColumn)
                                << "Unverified";
}

void tst_CatalogTableModel::showsValuesWithUnits()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, shown);
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->data(m_model->index(row, column)).toString(), shown);
}

void tst_CatalogTableModel::rawValuesAreUnformatted()
{
    const int row = rowOf(QStringLiteral("nvidia-h100-sxm5-80gb"));
    auto raw = [&](int column) {
        return m_model->data(m_model->index(row, column), CatalogTableModel::RawValueRole);
    };
    QCOMPARE(raw(Column::MemoryColumn).toDouble(), 80e9);
    QCOMPARE(raw(Column::BandwidthColumn).toDouble(), 3.35e12);
    QCOMPARE(raw(Column::PriceColumn).toLongLong(), qint64(2750000));
    QCOMPARE(raw(Column::VendorColumn).toString(), QStringLiteral("NVIDIA"));
    QCOMPARE(m_model->data(m_model->index(row, 0), CatalogTableModel::IdRole).toString(),
             QStringLiteral("nvidia-h100-sxm5-80gb"));
    QCOMPARE(m_model->data(m_model->index(row, 0), CatalogTableModel::KindRole).toInt(),
             int(ItemKind::Accelerator));
    QCOMPARE(m_model->data(m_model->index(row, Column::PowerColumn), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_CatalogTableModel::unverifiedRowsAreMarked()
{
    const QModelIndex placeholder = m_model->index(rowOf(QStringLiteral("aivres-kr4268v2")), 1);
    QCOMPARE(placeholder.data(CatalogTableModel::VerifiedRole).toBool(), false);
    QVERIFY(placeholder.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(placeholder.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Unverified")));
    const QModelIndex dgx = m_model->index(rowOf(QStringLiteral("nvidia-dgx-h100")), 1);
    QCOMPARE(dgx.data(CatalogTableModel::VerifiedRole).toBool(), true);
    QVERIFY(!dgx.data(Qt::FontRole).isValid());
}

void tst_CatalogTableModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: any
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("accelerator");
    QTest::addColumn<double>("minWatts");
    QTest::addColumn<double>("maxWatts");
    QTest::addColumn<QStringList>("ids"); // exactly these, in any order
    // The B200's own model name says "HGX/DGX".
    QTest::newRow("dgx") << "dgx" << -1 << ""
                         << "" << 0.0 << 0.0
                         << HeadroomTest::stringList({"nvidia-dgx-h100", "nvidia-dgx-h200",
                                                      "nvidia-dgx-b200", "nvidia-dgx-a100-640gb",
                                                      "nvidia-b200"});
    QTest::newRow("two words, any case")
        << "NVIDIA   dgx b200" << -1 << ""
        << "" << 0.0 << 0.0 << HeadroomTest::stringList({"nvidia-dgx-b200", "nvidia-b200"});
    QTest::newRow("a spec as written")
        << "141 gb" << -1 << ""
        << "" << 0.0 << 0.0
        << HeadroomTest::stringList({"nvidia-h200-sxm-141gb", "nvidia-h200-nvl-141gb"});
    QTest::newRow("generation") << "cdna3" << -1 << ""
                                << "" << 0.0 << 0.0
                                << HeadroomTest::stringList(
                                       {"amd-instinct-mi300x", "amd-instinct-mi325x"});
    QTest::newRow("PDUs") << "" << int(ItemKind::Pdu) << ""
                          << "" << 0.0 << 0.0
                          << HeadroomTest::stringList({"apc-apdu11450me", "apc-apdu10452sw",
                                                       "apc-ap8886", "apc-ap8888",
                                                       "hpe-880463-b21"});
    QTest::newRow("Arista switches")
        << "" << int(ItemKind::Switch) << "Arista"
        << "" << 0.0 << 0.0
        << HeadroomTest::stringList(
               {"arista-dcs-7060x6-64pe-f", "arista-dcs-7060dx5-64s-f", "arista-dcs-7060cx-32s-f"});
    QTest::newRow("what carries an MI300X")
        << "" << -1 << ""
        << "amd-instinct-mi300x" << 0.0 << 0.0
        << HeadroomTest::stringList({"amd-instinct-mi300x", "dell-poweredge-xe9680",
                                     "supermicro-as-8125gs-tnmr2", "lenovo-thinksystem-sr685a-v3"});
    QTest::newRow("servers above 14 kW")
        << "" << int(ItemKind::GpuServer) << ""
        << "" << 14000.0 << 0.0
        << HeadroomTest::stringList({"nvidia-dgx-b200", "nvidia-gb200-nvl72"});
    QTest::newRow("accelerators up to 150 W")
        << "" << int(ItemKind::Accelerator) << ""
        << "" << 0.0 << 150.0 << HeadroomTest::stringList({"nvidia-l4", "nvidia-a10"});
    QTest::newRow("nothing") << "no such thing" << -1 << ""
                             << "" << 0.0 << 0.0 << QStringList();
}

void tst_CatalogTableModel::filters()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, vendor);
    QFETCH(QString, accelerator);
    QFETCH(double, minWatts);
    QFETCH(double, maxWatts);
    QFETCH(QStringList, ids);
    CatalogFilter filter;
    filter.text = text;
    if (kind >= 0)
        filter.kind = static_cast<ItemKind>(kind);
    filter.vendor = vendor;
    filter.acceleratorId = accelerator;
    filter.minPowerWatts = minWatts;
    filter.maxPowerWatts = maxWatts;
    m_model->setFilter(filter);
    QStringList shown = visibleIds();
    shown.sort();
    ids.sort();
    QCOMPARE(shown, ids);
    QCOMPARE(m_model->totalCount(), CatalogSeed::items().size());
    m_model->setFilter(CatalogFilter());
    QCOMPARE(m_model->rowCount(), CatalogSeed::items().size());
}

void tst_CatalogTableModel::narrowingFindsWhatAFreshSearchFinds()
{
    // Typing letter by letter narrows from the rows found before; a fresh model searching
    // for the final text from scratch must find the same rows.
    const QStringList typed =
        HeadroomTest::stringList({"n", "nv", "nvidia", "nvidia h", "nvidia h1", "nvidia h10",
                                  "nvidia h100", "nvidia h10", "nvidia h", "nvidia h2"});
    for (const QString &text : typed) {
        CatalogFilter filter;
        filter.text = text;
        m_model->setFilter(filter);
        CatalogTableModel fresh;
        fresh.setDatabase(m_db.get());
        fresh.setFilter(filter);
        QStringList expected;
        for (int row = 0; row < fresh.rowCount(); ++row)
            expected.append(fresh.idAt(row));
        QCOMPARE(visibleIds(), expected);
        QVERIFY(!expected.isEmpty());
    }
}

void tst_CatalogTableModel::sortsByRawValueWithUnknownsLast_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("most power first") << int(Qt::DescendingOrder) << "nvidia-gb200-nvl72";
    QTest::newRow("least power first") << int(Qt::AscendingOrder) << "micron-5400-pro-7tb";
}

void tst_CatalogTableModel::sortsByRawValueWithUnknownsLast()
{
    QFETCH(int, order);
    QFETCH(QString, first);
    m_model->sort(Column::PowerColumn, static_cast<Qt::SortOrder>(order));
    QCOMPARE(m_model->idAt(0), first);
    // Every row with a power comes before every row without one.
    bool unknownSeen = false;
    double previous = order == Qt::AscendingOrder ? 0.0 : 1e12;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double watts =
            m_model->data(m_model->index(row, Column::PowerColumn), CatalogTableModel::RawValueRole)
                .toDouble();
        if (watts == 0.0) {
            unknownSeen = true;
            continue;
        }
        QVERIFY2(!unknownSeen, qPrintable(m_model->idAt(row)));
        QVERIFY(order == Qt::AscendingOrder ? watts >= previous : watts <= previous);
        previous = watts;
    }
    QVERIFY(unknownSeen);
    m_model->sort(Column::VendorColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->data(m_model->index(0, Column::VendorColumn)).toString(),
             QStringLiteral("(reference design)"));
}

void tst_CatalogTableModel::sortingKeepsSelection()
{
    const QPersistentModelIndex dgx(m_model->index(rowOf(QStringLiteral("nvidia-dgx-b200")), 2));
    m_model->sort(Column::WeightColumn, Qt::DescendingOrder);
    QVERIFY(dgx.isValid());
    QCOMPARE(dgx.data(CatalogTableModel::IdRole).toString(), QStringLiteral("nvidia-dgx-b200"));
    QCOMPARE(dgx.column(), 2);
}

void tst_CatalogTableModel::followsEdits()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    CatalogItem mine = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    mine.id = QStringLiteral("my-dgx");
    mine.vendor = QStringLiteral("NVIDIA");
    QVERIFY(m_db->addItem(mine).ok());
    QCOMPARE(inserted.size(), 1);
    QVERIFY(rowOf(QStringLiteral("my-dgx")) >= 0);
    // Among the NVIDIA servers, not at the end of the table.
    QCOMPARE(m_model->data(m_model->index(rowOf(QStringLiteral("my-dgx")), Column::KindColumn))
                 .toString(),
             QStringLiteral("GPU server"));
    QCOMPARE(m_model->data(m_model->index(rowOf(QStringLiteral("my-dgx")) + 1, Column::KindColumn))
                 .toString(),
             QStringLiteral("GPU server"));

    mine.powerMaxWatts = 9000;
    QVERIFY(m_db->updateItem(mine).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->data(m_model->index(rowOf(QStringLiteral("my-dgx")), Column::PowerColumn))
                 .toString(),
             QStringLiteral("9 kW"));

    QVERIFY(m_db->removeItem(QStringLiteral("my-dgx")).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(rowOf(QStringLiteral("my-dgx")), -1);
    QCOMPARE(m_model->rowCount(), CatalogSeed::items().size());
    QCOMPARE(reset.size(), 0);
}

void tst_CatalogTableModel::editsRespectTheFilter()
{
    CatalogFilter filter;
    filter.kind = ItemKind::GpuServer;
    filter.minPowerWatts = 14000;
    m_model->setFilter(filter);
    QCOMPARE(visibleIds(), HeadroomTest::stringList({"nvidia-dgx-b200", "nvidia-gb200-nvl72"}));
    // An edit that brings an item into the filter inserts its row; one that takes it out
    // removes it.
    CatalogItem dgx = *m_db->item(QStringLiteral("nvidia-dgx-a100-640gb"));
    dgx.powerMaxWatts = 15000;
    QVERIFY(m_db->updateItem(dgx).ok());
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(rowOf(QStringLiteral("nvidia-dgx-a100-640gb")) >= 0);
    dgx.powerMaxWatts = 6500;
    QVERIFY(m_db->updateItem(dgx).ok());
    QCOMPARE(m_model->rowCount(), 2);
    // A new item that does not match stays out.
    CatalogItem rack = *m_db->item(QStringLiteral("vertiv-vr3300"));
    rack.id = QStringLiteral("another-rack");
    QVERIFY(m_db->addItem(rack).ok());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->totalCount(), CatalogSeed::items().size() + 1);
}

void tst_CatalogTableModel::reloadsOnReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QList<CatalogItem> racks;
    for (const CatalogItem &item : CatalogSeed::items()) {
        if (item.kind == ItemKind::Rack)
            racks.append(item);
    }
    QVERIFY(m_db->replaceAll(racks, {}).ok());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), racks.size());
    m_db->close();
    m_model->setDatabase(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_CatalogTableModel::dragsCarryIds()
{
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(m_model->mimeTypes(),
             QStringList {QStringLiteral("application/x-headroom-catalog-item")});
    const int h100 = rowOf(QStringLiteral("nvidia-h100-sxm5-80gb"));
    const int dgx = rowOf(QStringLiteral("nvidia-dgx-h100"));
    // Two cells of one row and one of another: each id once.
    std::unique_ptr<QMimeData> data(m_model->mimeData(
        {m_model->index(dgx, 0), m_model->index(dgx, 3), m_model->index(h100, 1)}));
    QVERIFY(data);
    QCOMPARE(
        CatalogItemMime::ids(data.get()),
        (QStringList {QStringLiteral("nvidia-dgx-h100"), QStringLiteral("nvidia-h100-sxm5-80gb")}));
}

QTEST_GUILESS_MAIN(tst_CatalogTableModel)
#include "tst_catalogtablemodel.moc"
