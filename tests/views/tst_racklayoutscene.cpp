#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/placementitem.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/rowheaderitem.h"

#include <QSignalSpy>
#include <QTest>

using namespace RackViewHall;

// The scene follows the hall change by change: these tests edit through LayoutEditor (as
// the views do) or undo, and look at the items.
class tst_RackLayoutScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();

    void oneItemPerRackAndRowAtHallZoom();
    void racksStandSideBySideOnTheRowsFloor();
    void placementInsertedRefreshesOnlyItsRack();
    void detailGivesPlacementsItemsOnlyWhereAsked();
    void detailedRacksFollowInsertMoveAndRemove();
    void selectedPlacementsKeepTheirItems();
    void rackInsertedAndRemovedRelayoutTheRow();
    void rowInsertedPushesLaterRowsDown();
    void rackMovedToAnotherRow();
    void totalsReachGaugesAndRowHeaders();
    void hallResetRebuilds();
    void hitTestsByGeometry_data();
    void hitTestsByGeometry();
    void rackSlotIsTheNearestGap_data();
    void rackSlotIsTheNearestGap();

private:
    QRectF rackSceneRect(RackId rack) const;

    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<RackLayoutScene> m_scene;
};

void tst_RackLayoutScene::init()
{
    m_hall = make();
    m_scene = std::make_unique<RackLayoutScene>(m_hall->hall());
}

void tst_RackLayoutScene::cleanup()
{
    m_scene.reset();
    m_hall.reset();
}

QRectF tst_RackLayoutScene::rackSceneRect(RackId rack) const
{
    return m_scene->rackItem(rack)->sceneBoundingRect();
}

void tst_RackLayoutScene::oneItemPerRackAndRowAtHallZoom()
{
    QCOMPARE(m_scene->rackItemCount(), 3);
    QCOMPARE(m_scene->placementItemCount(), 0);
    // Three racks, two row headers, the preview and its label: no item per server.
    QCOMPARE(m_scene->items().size(), 3 + 2 + 2);
    QVERIFY(m_scene->rackItem(m_hall->a1));
    QVERIFY(m_scene->rowItem(m_hall->rowB));
    QCOMPARE(m_scene->rowItem(m_hall->rowA)->name(), QStringLiteral("Row A"));
    QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
}

void tst_RackLayoutScene::racksStandSideBySideOnTheRowsFloor()
{
    const QRectF a1 = rackSceneRect(m_hall->a1);
    const QRectF a2 = rackSceneRect(m_hall->a2);
    const QRectF b1 = rackSceneRect(m_hall->b1);
    QCOMPARE(a1.left(), RackLayoutScene::kRacksLeft);
    QCOMPARE(a2.left() - a1.left(), RackLayoutScene::kRackPitch);
    QCOMPARE(a1.bottom(), a2.bottom());
    QCOMPARE(b1.left(), a1.left());
    QCOMPARE(b1.top(), a1.bottom() + RackLayoutScene::kRowGap);
    QVERIFY(m_scene->sceneRect().contains(a1.united(b1)));
    QCOMPARE(m_scene->rowItem(m_hall->rowA)->sceneBoundingRect().top(), a1.top());
}

void tst_RackLayoutScene::placementInsertedRefreshesOnlyItsRack()
{
    RackItem *a1 = m_scene->rackItem(m_hall->a1);
    RackItem *b1 = m_scene->rackItem(m_hall->b1);
    const int itemsBefore = int(m_scene->items().size());
    const EditOutcome placed =
        m_hall->editor().placeItem(m_hall->a1, switchItem(), 40, RackFace::Front);
    QVERIFY(placed.applied());
    QCOMPARE(m_scene->rackItem(m_hall->a1), a1); // the same item, not a rebuilt scene
    QCOMPARE(a1->mounted().size(), size_t(8));
    QVERIFY(a1->find(placed.createdIds.value(0)));
    QCOMPARE(b1->mounted().size(), size_t(1));
    QCOMPARE(int(m_scene->items().size()), itemsBefore);
    m_hall->stack()->undo();
    QCOMPARE(a1->mounted().size(), size_t(7));
    m_hall->stack()->redo();
    QCOMPARE(a1->mounted().size(), size_t(8));
}

void tst_RackLayoutScene::detailGivesPlacementsItemsOnlyWhereAsked()
{
    m_scene->setDetailRect(rackSceneRect(m_hall->a1).adjusted(10, 10, -10, -10));
    QCOMPARE(m_scene->placementItemCount(), 7);
    QVERIFY(m_scene->rackItem(m_hall->a1)->isDetailed());
    QVERIFY(!m_scene->rackItem(m_hall->b1)->isDetailed());
    for (PlacementId id : m_hall->a1Servers) {
        PlacementItem *item = m_scene->placementItem(id);
        QVERIFY(item);
        QCOMPARE(item->parentItem(), m_scene->rackItem(m_hall->a1));
        const QRectF expected =
            m_scene->rackItem(m_hall->a1)
                ->mapRectToScene(RackGeometry(42).spanRect(m_hall->hall()->placement(id)->positionU,
                                                           4, RackFace::Front));
        QCOMPARE(item->sceneBoundingRect(), expected);
    }
    m_scene->setDetailRect(rackSceneRect(m_hall->b1));
    QCOMPARE(m_scene->placementItemCount(), 1);
    QVERIFY(m_scene->placementItem(m_hall->b1Server));
    QVERIFY(!m_scene->rackItem(m_hall->a1)->isDetailed());
    m_scene->setDetailRect({});
    QCOMPARE(m_scene->placementItemCount(), 0);
}

void tst_RackLayoutScene::detailedRacksFollowInsertMoveAndRemove()
{
    m_scene->setDetailRect(m_scene->sceneRect());
    QCOMPARE(m_scene->placementItemCount(), 8);
    LayoutEditor e = m_hall->editor();
    const PlacementId sw =
        e.placeItem(m_hall->a2, switchItem(), 1, RackFace::Rear).createdIds.value(0);
    QVERIFY(m_scene->placementItem(sw));
    QCOMPARE(m_scene->placementItem(sw)->parentItem(), m_scene->rackItem(m_hall->a2));

    const PlacementId moving = m_hall->a1Servers.last();
    QVERIFY(e.movePlacement(moving, m_hall->b1, 10, RackFace::Front).applied());
    QCOMPARE(m_scene->placementItem(moving)->parentItem(), m_scene->rackItem(m_hall->b1));
    QCOMPARE(m_scene->placementItem(moving)->mounted().bottomU, 10);
    QCOMPARE(m_scene->rackItem(m_hall->a1)->mounted().size(), size_t(6));
    m_hall->stack()->undo();
    QCOMPARE(m_scene->placementItem(moving)->parentItem(), m_scene->rackItem(m_hall->a1));
    QCOMPARE(m_scene->placementItem(moving)->mounted().bottomU, 25);

    QVERIFY(e.removePlacements({moving, sw}).applied());
    QCOMPARE(m_scene->placementItem(moving), nullptr);
    QCOMPARE(m_scene->placementItem(sw), nullptr);
    QCOMPARE(m_scene->placementItemCount(), 7);
    m_hall->stack()->undo();
    QVERIFY(m_scene->placementItem(moving));
    QCOMPARE(m_scene->placementItemCount(), 9);
}

void tst_RackLayoutScene::selectedPlacementsKeepTheirItems()
{
    m_scene->setDetailRect(rackSceneRect(m_hall->a1));
    const PlacementId id = m_hall->a1Servers.first();
    m_scene->selectPlacements({id});
    QCOMPARE(m_scene->selectedPlacementIds(), QList<PlacementId> {id});
    m_scene->setDetailRect({}); // zoomed out: the selection stays, with its rack's items
    QVERIFY(m_scene->placementItem(id));
    QCOMPARE(m_scene->selectedPlacementIds(), QList<PlacementId> {id});
    m_scene->clearSelection();
    m_scene->setDetailRect({});
    QCOMPARE(m_scene->placementItemCount(), 0);
}

void tst_RackLayoutScene::rackInsertedAndRemovedRelayoutTheRow()
{
    QSignalSpy geometry(m_scene.get(), &RackLayoutScene::hallGeometryChanged);
    const EditOutcome added =
        m_hall->editor().addRack(m_hall->rowA, rackSpec(QStringLiteral("A0")), 0);
    const RackId a0 = added.createdIds.value(0);
    QVERIFY(m_scene->rackItem(a0));
    QCOMPARE(rackSceneRect(a0).left(), RackLayoutScene::kRacksLeft);
    QCOMPARE(rackSceneRect(m_hall->a1).left(),
             RackLayoutScene::kRacksLeft + RackLayoutScene::kRackPitch);
    QVERIFY(geometry.count() > 0);
    m_hall->stack()->undo();
    QCOMPARE(m_scene->rackItem(a0), nullptr);
    QCOMPARE(rackSceneRect(m_hall->a1).left(), RackLayoutScene::kRacksLeft);
    QCOMPARE(m_scene->rackItemCount(), 3);
}

void tst_RackLayoutScene::rowInsertedPushesLaterRowsDown()
{
    const double b1Top = rackSceneRect(m_hall->b1).top();
    const EditOutcome added = m_hall->editor().addRow(QStringLiteral("Row Z"), 0);
    QVERIFY(m_scene->rowItem(added.createdIds.value(0)));
    QVERIFY(rackSceneRect(m_hall->b1).top() > b1Top);
    QCOMPARE(m_scene->rowItem(added.createdIds.value(0))->sceneBoundingRect().top(),
             RackLayoutScene::kMargin);
    m_hall->stack()->undo();
    QCOMPARE(rackSceneRect(m_hall->b1).top(), b1Top);

    // A taller rack makes its row taller and pushes the next row down.
    LayoutEditor::NewRack tall = rackSpec(QStringLiteral("A3"));
    tall.rackType = rackType(48);
    QVERIFY(m_hall->editor().addRack(m_hall->rowA, tall).applied());
    QCOMPARE(rackSceneRect(m_hall->b1).top(), b1Top + 6 * RackGeometry::kUnitHeight);
    QCOMPARE(rackSceneRect(m_hall->a1).bottom(),
             m_scene->rackItem(m_hall->hall()->rackIds(m_hall->rowA).back())
                 ->sceneBoundingRect()
                 .bottom());
}

void tst_RackLayoutScene::rackMovedToAnotherRow()
{
    RackItem *item = m_scene->rackItem(m_hall->a2);
    QVERIFY(m_hall->editor().moveRack(m_hall->a2, m_hall->rowB, 0).applied());
    QCOMPARE(m_scene->rackItem(m_hall->a2), item);
    QCOMPARE(rackSceneRect(m_hall->a2).left(), RackLayoutScene::kRacksLeft);
    QCOMPARE(rackSceneRect(m_hall->a2).top(), rackSceneRect(m_hall->b1).top());
    QCOMPARE(rackSceneRect(m_hall->b1).left(),
             RackLayoutScene::kRacksLeft + RackLayoutScene::kRackPitch);
    QVERIFY(m_scene->rowItem(m_hall->rowB)->summary().startsWith(QStringLiteral("2 rack(s)")));
    QVERIFY(m_scene->rowItem(m_hall->rowA)->summary().startsWith(QStringLiteral("1 rack(s)")));
    m_hall->stack()->undo();
    QCOMPARE(rackSceneRect(m_hall->a2).top(), rackSceneRect(m_hall->a1).top());
}

void tst_RackLayoutScene::totalsReachGaugesAndRowHeaders()
{
    RackItem *b1 = m_scene->rackItem(m_hall->b1);
    QCOMPARE(b1->gauges().at(1).value, QStringLiteral("5 kW of 40 kW"));
    QVERIFY(m_hall->editor().placeItem(m_hall->b1, server(), 5, RackFace::Front).applied());
    QCOMPARE(b1->gauges().at(1).value, QStringLiteral("10 kW of 40 kW"));
    QVERIFY(m_scene->rowItem(m_hall->rowB)->summary().contains(QStringLiteral("10 kW of 40 kW")));
    m_hall->stack()->undo();
    QCOMPARE(b1->gauges().at(1).value, QStringLiteral("5 kW of 40 kW"));
}

void tst_RackLayoutScene::hallResetRebuilds()
{
    const RackItem *before = m_scene->rackItem(m_hall->a1);
    QVERIFY(before);
    QSignalSpy geometry(m_scene.get(), &RackLayoutScene::hallGeometryChanged);
    const std::vector<RowSnapshot> rows {m_hall->hall()->rowSnapshot(m_hall->rowB)};
    m_hall->hall()->reset(rows, m_hall->hall()->catalog().items());
    QCOMPARE(m_scene->rackItem(m_hall->a1), nullptr);
    QCOMPARE(m_scene->rackItemCount(), 1);
    QVERIFY(m_scene->rackItem(m_hall->b1));
    QCOMPARE(m_scene->rowItem(m_hall->rowA), nullptr);
    QCOMPARE(rackSceneRect(m_hall->b1).left(), RackLayoutScene::kRacksLeft);
    QVERIFY(m_scene->preview());
    QVERIFY(!m_scene->preview()->isVisible());
    QCOMPARE(geometry.count(), 1);
    m_hall->hall()->clear();
    QCOMPARE(m_scene->rackItemCount(), 0);
    QCOMPARE(m_scene->rowAt(100), RowId(0));
}

void tst_RackLayoutScene::hitTestsByGeometry_data()
{
    QTest::addColumn<int>("rack"); // 0: A1, 1: A2, 2: B1, -1: none
    QTest::addColumn<QPointF>("offset"); // from A1's top-left
    const double pitch = RackLayoutScene::kRackPitch;
    QTest::newRow("A1's header") << 0 << QPointF(20, 5);
    QTest::newRow("A1's body") << 0 << QPointF(100, 200);
    QTest::newRow("A2's gauges") << 1 << QPointF(pitch + 100, RackGeometry(42).height() - 8);
    QTest::newRow("gap between A1 and A2") << -1 << QPointF(RackGeometry::kWidth + 10, 200);
    QTest::newRow("right of the last rack") << -1 << QPointF(2 * pitch + 50, 200);
    QTest::newRow("B1 in the next row")
        << 2 << QPointF(100, RackGeometry(42).height() + RackLayoutScene::kRowGap + 100);
    QTest::newRow("over the row header") << -1 << QPointF(-100, 100);
}

void tst_RackLayoutScene::hitTestsByGeometry()
{
    QFETCH(int, rack);
    QFETCH(QPointF, offset);
    const QList<RackId> racks {m_hall->a1, m_hall->a2, m_hall->b1};
    const RackItem *found = m_scene->rackAt(rackSceneRect(m_hall->a1).topLeft() + offset);
    QCOMPARE(found ? racks.indexOf(found->rackId()) : -1, rack);
}

void tst_RackLayoutScene::rackSlotIsTheNearestGap_data()
{
    QTest::addColumn<double>("x"); // from A1's left
    QTest::addColumn<int>("row"); // 0: A, 1: B
    QTest::addColumn<int>("index");
    const double pitch = RackLayoutScene::kRackPitch;
    QTest::newRow("before A1") << -30.0 << 0 << 0;
    QTest::newRow("left half of A1") << 50.0 << 0 << 0;
    QTest::newRow("right half of A1") << pitch - 60 << 0 << 1;
    QTest::newRow("after A2") << 2 * pitch << 0 << 2;
    QTest::newRow("far right clamps to the end") << 20 * pitch << 0 << 2;
}

void tst_RackLayoutScene::rackSlotIsTheNearestGap()
{
    QFETCH(double, x);
    QFETCH(int, row);
    QFETCH(int, index);
    const QRectF a1 = rackSceneRect(m_hall->a1);
    const RackLayoutScene::RackSlot slot = m_scene->rackSlotAt({a1.left() + x, a1.center().y()});
    QCOMPARE(slot.row, row == 0 ? m_hall->rowA : m_hall->rowB);
    QCOMPARE(slot.index, index);
    QCOMPARE(slot.marker.center().x(),
             RackLayoutScene::kRacksLeft + index * RackLayoutScene::kRackPitch
                 - RackLayoutScene::kRackGap / 2);
}

QTEST_MAIN(tst_RackLayoutScene)
#include "tst_racklayoutscene.moc"
