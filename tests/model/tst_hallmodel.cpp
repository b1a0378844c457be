#include "model/layout/hallmodel.h"
#include "model/project/project.h"
#include "support/layoutfixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace LayoutFixtures;

// The hall tree follows every kind of structural edit, passes QAbstractItemModelTester
// throughout, and mirrors the document's order exactly after each step.
class tst_HallModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void followsEditsUndoAndRedo();
    void showsTotals_data();
    void showsTotals();
    void resetsWithTheHall();

private:
    static void verifyMirrors(const HallModel &model, const DataHall &hall);
};

void tst_HallModel::verifyMirrors(const HallModel &model, const DataHall &hall)
{
    QCOMPARE(model.rowCount(), int(hall.rowIds().size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, 0);
        const RowId rowId = hall.rowIds().at(r);
        QCOMPARE(row.data(HallModel::IdRole).toUInt(), rowId);
        QCOMPARE(row.data().toString(), hall.row(rowId)->name);
        QCOMPARE(model.rowCount(row), int(hall.rackIds(rowId).size()));
        for (int k = 0; k < model.rowCount(row); ++k) {
            const QModelIndex rack = model.index(k, 0, row);
            QCOMPARE(rack.data(HallModel::IdRole).toUInt(), hall.rackIds(rowId).at(k));
            QCOMPARE(rack.data(HallModel::ItemTypeRole).toInt(), int(HallModel::RackItem));
            QCOMPARE(model.rackIndex(hall.rackIds(rowId).at(k)), rack);
        }
    }
}

void tst_HallModel::followsEditsUndoAndRedo()
{
    Project project;
    HallModel model(project.hall());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LayoutEditor e = project.layoutEditor();
    const RowId a = e.addRow(QStringLiteral("A")).createdIds.value(0);
    const RowId b = e.addRow(QStringLiteral("B")).createdIds.value(0);
    const LayoutEditor::NewRack spec {QString(), rackType(), power(), {}, {}};
    const RackId a1 = e.addRack(a, spec).createdIds.value(0);
    const RackId a2 = e.addRack(a, spec).createdIds.value(0);
    const RackId b1 = e.addRack(b, spec).createdIds.value(0);
    QVERIFY(e.placeItem(a1, server(), 1, RackFace::Front).applied());
    verifyMirrors(model, *project.hall());

    QVERIFY(e.moveRack(a1, a, 1).applied()); // reorder within a row
    verifyMirrors(model, *project.hall());
    QVERIFY(e.moveRack(a2, b, 0).applied()); // to another row
    verifyMirrors(model, *project.hall());
    QVERIFY(e.moveRow(b, 0).applied());
    verifyMirrors(model, *project.hall());
    QVERIFY(e.renameRack(b1, QStringLiteral("Renamed")).applied());
    QVERIFY(e.duplicateRow(b).applied());
    verifyMirrors(model, *project.hall());
    QVERIFY(e.removeRacks({a1, b1}).applied());
    verifyMirrors(model, *project.hall());
    QVERIFY(e.removeRow(a).applied());
    verifyMirrors(model, *project.hall());
    while (project.undoStack()->canUndo()) {
        project.undoStack()->undo();
        verifyMirrors(model, *project.hall());
    }
    QCOMPARE(model.rowCount(), 0);
    while (project.undoStack()->canRedo()) {
        project.undoStack()->redo();
        verifyMirrors(model, *project.hall());
    }
}

void tst_HallModel::showsTotals_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("rack");
    QTest::addColumn<QString>("row");
    // Two 4U servers (4 kW typical, 5 kW max, 50 kg) in a 42U rack with a 40 kW-per-feed
    // A/B budget (80 kW), rear-door cooling (60 kW); a second, empty rack in the row.
    QTest::newRow("space") << int(HallModel::UnitsColumn) << QStringLiteral("8 / 42 U")
                           << QStringLiteral("8 / 84 U");
    QTest::newRow("typical power")
        << int(HallModel::PowerTypicalColumn) << QStringLiteral("8 kW") << QStringLiteral("8 kW");
    QTest::newRow("maximum power")
        << int(HallModel::PowerMaxColumn) << QStringLiteral("10 kW") << QStringLiteral("10 kW");
    QTest::newRow("budget") << int(HallModel::PowerBudgetColumn) << QStringLiteral("80 kW")
                            << QStringLiteral("160 kW");
    QTest::newRow("weight") << int(HallModel::WeightColumn) << QStringLiteral("100 kg")
                            << QStringLiteral("100 kg");
    QTest::newRow("cooling") << int(HallModel::CoolingColumn)
                             << QStringLiteral("Rear-door heat exchanger")
                             << QStringLiteral("120 kW");
    // Space 19 %, redundancy 10 of 40 kW = 25 %, weight 10 %: redundancy is nearest.
    // The row: space 8 of 84 U (10 %), redundancy 10 of 80 kW (13 %).
    QTest::newRow("nearest limit")
        << int(HallModel::NearestLimitColumn) << QStringLiteral("A/B redundancy: 25%")
        << QStringLiteral("A/B redundancy: 13%");
}

void tst_HallModel::showsTotals()
{
    QFETCH(int, column);
    QFETCH(QString, rack);
    QFETCH(QString, row);
    Project project;
    HallModel model(project.hall());
    LayoutEditor e = project.layoutEditor();
    const RowId a = e.addRow(QStringLiteral("A")).createdIds.value(0);
    const LayoutEditor::NewRack spec {
        QString(), rackType(), power(), RackCooling::ofType(CoolingType::RearDoor), {}};
    const RackId a1 = e.addRack(a, spec).createdIds.value(0);
    e.addRack(a, spec);
    QVERIFY(e.placeItem(a1, server(), 1, RackFace::Front).applied());
    QVERIFY(e.placeItem(a1, server(), 5, RackFace::Front).applied());
    QCOMPARE(model.rackIndex(a1).siblingAtColumn(column).data().toString(), rack);
    QCOMPARE(model.rowIndex(a).siblingAtColumn(column).data().toString(), row);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void tst_HallModel::resetsWithTheHall()
{
    Project project;
    HallModel model(project.hall());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LayoutEditor e = project.layoutEditor();
    const RowId a = e.addRow(QStringLiteral("A")).createdIds.value(0);
    e.addRack(a, {QString(), rackType(), power(), {}, {}});
    const auto rows = project.hall()->snapshot();
    const auto catalog = project.hall()->catalog().items();
    project.clear();
    QCOMPARE(model.rowCount(), 0);
    project.load(rows, catalog, QString());
    verifyMirrors(model, *project.hall());
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
}

QTEST_GUILESS_MAIN(tst_HallModel)
#include "tst_hallmodel.moc"
