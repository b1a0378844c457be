#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class tst_CatalogTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void kindsThenVendors();
    void nodesSayWhatTheySelect();
    void countsFollowEdits();
    void aNewVendorIsInsertedInPlace();
    void theLastItemOfAVendorRemovesItsRow();
    void reset();

private:
    std::unique_ptr<CatalogDatabase> m_db;
    std::unique_ptr<CatalogTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CatalogTreeModel::init()
{
    m_db = std::make_unique<CatalogDatabase>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db->replaceAll(CatalogSeed::items(), {}).ok());
    m_model = std::make_unique<CatalogTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDatabase(m_db.get());
}

void tst_CatalogTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

void tst_CatalogTreeModel::kindsThenVendors()
{
    QCOMPARE(m_model->rowCount(), int(ItemKind::Count) + 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("All items (81)"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("GPU server (20)"));
    QCOMPARE(m_model->index(9, 0).data().toString(), QStringLiteral("PDU (5)"));
    // GPU servers by vendor, in name order.
    const QModelIndex servers = m_model->index(1, 0);
    QStringList vendors;
    for (int row = 0; row < m_model->rowCount(servers); ++row)
        vendors.append(
            m_model->index(row, 0, servers).data(CatalogTreeModel::VendorRole).toString());
    QCOMPARE(vendors,
             (QStringList {QStringLiteral("Aivres"), QStringLiteral("Dell"), QStringLiteral("HPE"),
                           QStringLiteral("Lenovo"), QStringLiteral("NVIDIA"),
                           QStringLiteral("Supermicro"), QStringLiteral("Thinkmate")}));
    QCOMPARE(m_model->indexOf(ItemKind::GpuServer, QStringLiteral("NVIDIA")).data().toString(),
             QStringLiteral("NVIDIA (5)"));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void tst_CatalogTreeModel::nodesSayWhatTheySelect()
{
    const QModelIndex all = m_model->index(0, 0);
    QVERIFY(!m_model->kindAt(all));
    QVERIFY(m_model->vendorAt(all).isEmpty());
    const QModelIndex racks = m_model->indexOf(ItemKind::Rack);
    QCOMPARE(m_model->kindAt(racks), std::optional<ItemKind>(ItemKind::Rack));
    QVERIFY(m_model->vendorAt(racks).isEmpty());
    const QModelIndex apc = m_model->indexOf(ItemKind::Rack, QStringLiteral("APC"));
    QCOMPARE(m_model->kindAt(apc), std::optional<ItemKind>(ItemKind::Rack));
    QCOMPARE(m_model->vendorAt(apc), QStringLiteral("APC"));
    QCOMPARE(apc.data(CatalogTreeModel::CountRole).toInt(), 6);
    QCOMPARE(apc.parent(), racks);
    QVERIFY(!m_model->indexOf(ItemKind::Rack, QStringLiteral("Nobody")).isValid());
}

void tst_CatalogTreeModel::countsFollowEdits()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    CatalogItem rack = *m_db->item(QStringLiteral("apc-netshelter-sx-ar3100"));
    rack.id = QStringLiteral("apc-custom");
    QVERIFY(m_db->addItem(rack).ok());
    QCOMPARE(m_model->indexOf(ItemKind::Rack, QStringLiteral("APC")).data().toString(),
             QStringLiteral("APC (7)"));
    QCOMPARE(m_model->indexOf(ItemKind::Rack).data().toString(), QStringLiteral("Rack (12)"));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("All items (82)"));
    QVERIFY(!changed.isEmpty());
}

void tst_CatalogTreeModel::aNewVendorIsInsertedInPlace()
{
    const QPersistentModelIndex vertiv = m_model->indexOf(ItemKind::Rack, QStringLiteral("Vertiv"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    CatalogItem rack = *m_db->item(QStringLiteral("vertiv-vr3300"));
    rack.id = QStringLiteral("rittal-ts-it");
    rack.vendor = QStringLiteral("Rittal");
    QVERIFY(m_db->addItem(rack).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), m_model->indexOf(ItemKind::Rack));
    // Between HPE and Vertiv; the Vertiv row the view holds moved down with it.
    QCOMPARE(m_model->indexOf(ItemKind::Rack, QStringLiteral("Rittal")).data().toString(),
             QStringLiteral("Rittal (1)"));
    QCOMPARE(vertiv.data(CatalogTreeModel::VendorRole).toString(), QStringLiteral("Vertiv"));
    QCOMPARE(vertiv.row(), m_model->indexOf(ItemKind::Rack, QStringLiteral("Rittal")).row() + 1);
}

void tst_CatalogTreeModel::theLastItemOfAVendorRemovesItsRow()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_db->removeItem(QStringLiteral("thinkmate-gpx-qt8-22e2-8gpu")).ok());
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_model->indexOf(ItemKind::GpuServer, QStringLiteral("Thinkmate")).isValid());
    QCOMPARE(m_model->indexOf(ItemKind::GpuServer).data().toString(),
             QStringLiteral("GPU server (19)"));
}

void tst_CatalogTreeModel::reset()
{
    QVERIFY(m_db->replaceAll({}, {}).ok());
    QCOMPARE(m_model->rowCount(), int(ItemKind::Count) + 1);
    QCOMPARE(m_model->rowCount(m_model->indexOf(ItemKind::GpuServer)), 0);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("All items (0)"));
    m_model->setDatabase(nullptr);
    QCOMPARE(m_model->index(0, 0).data(CatalogTreeModel::CountRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_CatalogTreeModel)
#include "tst_catalogtreemodel.moc"
