#include "model/layout/rackplacementmodel.h"
#include "model/project/project.h"
#include "support/layoutfixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace LayoutFixtures;

class tst_RackPlacementModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void followsOneRack();
    void showsAPlacement_data();
    void showsAPlacement();

private:
    static void verifyMirror(const RackPlacementModel &model, const DataHall &hall);
};

void tst_RackPlacementModel::verifyMirror(const RackPlacementModel &model, const DataHall &hall)
{
    const auto &ids = hall.placementIds(model.rack());
    QCOMPARE(model.rowCount(), int(ids.size()));
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.index(i, 0).data(RackPlacementModel::IdRole).toUInt(), ids.at(i));
}

void tst_RackPlacementModel::followsOneRack()
{
    Project project;
    RackPlacementModel model(project.hall());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LayoutEditor e = project.layoutEditor();
    const RowId a = e.addRow(QStringLiteral("A")).createdIds.value(0);
    const RackId r1 = e.addRack(a, {QString(), rackType(), power(), {}, {}}).createdIds.value(0);
    const RackId r2 = e.addRack(a, {QString(), rackType(), power(), {}, {}}).createdIds.value(0);
    model.setRack(r1);
    QCOMPARE(model.rowCount(), 0);
    const PlacementId p1 = e.placeItem(r1, server(), 1, RackFace::Front).createdIds.value(0);
    const PlacementId p2 = e.placeItem(r1, server(), 10, RackFace::Front).createdIds.value(0);
    e.placeItem(r2, server(), 1, RackFace::Front); // another rack: not shown
    verifyMirror(model, *project.hall());
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(e.nudgePlacements({p1}, 2).applied());
    QCOMPARE(model.indexOf(p1).data(RackPlacementModel::PositionRole).toInt(), 3);
    QVERIFY(e.movePlacement(p1, r2, 20, RackFace::Rear).applied()); // leaves this rack
    verifyMirror(model, *project.hall());
    QVERIFY(e.copyPlacements({p2}).entries.size() == 1);
    QVERIFY(e.pastePlacements(e.copyPlacements({p2}), r1, 30).applied());
    verifyMirror(model, *project.hall());
    QVERIFY(e.setConfiguration(p2, {QStringLiteral("gpu-b"), 2, 1}).applied());
    QVERIFY(e.removePlacements({p2}).applied());
    verifyMirror(model, *project.hall());
    while (project.undoStack()->canUndo()) {
        project.undoStack()->undo();
        verifyMirror(model, *project.hall());
    }
    while (project.undoStack()->canRedo()) {
        project.undoStack()->redo();
        verifyMirror(model, *project.hall());
    }
    // Removing the rack empties the model.
    QVERIFY(e.removeRacks({r1}).applied());
    QCOMPARE(model.rack(), RackId(0));
    QCOMPARE(model.rowCount(), 0);
}

void tst_RackPlacementModel::showsAPlacement_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("position") << int(RackPlacementModel::PositionColumn) << QStringLiteral("U3–U6");
    QTest::newRow("face") << int(RackPlacementModel::FaceColumn) << QStringLiteral("Rear");
    QTest::newRow("item") << int(RackPlacementModel::ItemColumn)
                          << QStringLiteral("Test test-server");
    QTest::newRow("height") << int(RackPlacementModel::UnitsColumn) << QStringLiteral("4 U");
    QTest::newRow("typical power")
        << int(RackPlacementModel::PowerTypicalColumn) << QStringLiteral("4 kW");
    QTest::newRow("weight") << int(RackPlacementModel::WeightColumn) << QStringLiteral("50 kg");
    QTest::newRow("configuration")
        << int(RackPlacementModel::ConfigurationColumn) << QStringLiteral("8 × gpu-a, 8 drive(s)");
}

void tst_RackPlacementModel::showsAPlacement()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    Project project;
    RackPlacementModel model(project.hall());
    LayoutEditor e = project.layoutEditor();
    const RowId a = e.addRow(QStringLiteral("A")).createdIds.value(0);
    const RackId r1 = e.addRack(a, {QString(), rackType(), power(), {}, {}}).createdIds.value(0);
    model.setRack(r1);
    e.placeItem(r1, server(), 3, RackFace::Rear);
    QCOMPARE(model.index(0, column).data().toString(), text);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RackPlacementModel)
#include "tst_rackplacementmodel.moc"
