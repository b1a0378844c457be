#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/layoutdrag.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/rowheaderitem.h"

#include <QTest>
#include <QUndoStack>

using namespace RackViewHall;

// Drags through the editing API the view uses, without a view: the preview's verdict, its
// reason, and the edit a drop makes (or does not make).
class tst_LayoutDrag : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();

    void catalogItemThatFitsIsGreenAndPlaced();
    void catalogItemOverBudgetIsRedWithTheReason();
    void shiftPlacesOverBudgetButNeverIntoATakenSlot();
    void verdicts_data();
    void verdicts();
    void severalCatalogItemsStackAsOneUndoStep();
    void rackTypeDropAddsARackInTheGap();
    void rackTypeIntoAnEmptyHallStartsARow();
    void rackTypesAndEquipmentDoNotMix();
    void placementsMoveWithinARack();
    void placementsMoveBetweenRacksKeepingTheirDistances();
    void aMoveThatChangesNothingPushesNothing();
    void aMoveOntoATakenSlotIsRefused();
    void racksReorderAndChangeRows();

private:
    QPointF at(RackId rack, int u, RackFace face = RackFace::Front) const;
    int pushed() const { return m_hall->stack()->count(); }

    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<RackLayoutScene> m_scene;
    std::unique_ptr<LayoutDrag> m_drag;
};

void tst_LayoutDrag::init()
{
    m_hall = make();
    m_scene = std::make_unique<RackLayoutScene>(m_hall->hall());
    m_drag = std::make_unique<LayoutDrag>(m_scene.get(), m_hall->stack());
}

void tst_LayoutDrag::cleanup()
{
    m_drag.reset();
    m_scene.reset();
    m_hall.reset();
}

QPointF tst_LayoutDrag::at(RackId rack, int u, RackFace face) const
{
    const RackItem *item = m_scene->rackItem(rack);
    return item->mapToScene(item->geometry().spanRect(u, 1, face).center());
}

void tst_LayoutDrag::catalogItemThatFitsIsGreenAndPlaced()
{
    QVERIFY(m_drag->beginCatalog({switchItem()}));
    QCOMPARE(m_drag->kind(), LayoutDrag::Kind::CatalogItems);
    m_drag->update(at(m_hall->a1, 33), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QVERIFY(m_drag->canDrop());
    QCOMPARE(m_drag->message(), QStringLiteral("Test test-switch into A1: U33–U33, front"));
    const DropPreviewItem *preview = m_scene->preview();
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->verdict(), DropPreviewItem::Verdict::Fits);
    QCOMPARE(preview->rects().size(), 1);
    QCOMPARE(preview->rects().first(),
             m_scene->rackItem(m_hall->a1)
                 ->mapRectToScene(RackGeometry(42).spanRect(33, 1, RackFace::Front)));

    const EditOutcome outcome = m_drag->drop();
    QVERIFY(outcome.applied());
    QVERIFY(!preview->isVisible());
    QVERIFY(!m_drag->isActive());
    const Placement *placed = m_hall->hall()->placement(outcome.createdIds.value(0));
    QVERIFY(placed);
    QCOMPARE(placed->positionU, 33);
    QCOMPARE(placed->face, RackFace::Front);
    QCOMPARE(m_hall->hall()->rackOf(placed->id), m_hall->a1);
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(7));
    m_hall->stack()->redo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(8));
}

void tst_LayoutDrag::catalogItemOverBudgetIsRedWithTheReason()
{
    const auto before = m_hall->hall()->snapshot();
    QVERIFY(m_drag->beginCatalog({heavyServer()}));
    m_drag->update(at(m_hall->a1, 34), false); // 2U centred on U34: U33–U34
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Refused);
    QVERIFY(!m_drag->canDrop());
    QCOMPARE(m_drag->check().message(),
             QStringLiteral("would exceed rack power: 44.1 kW of 40 kW"));
    QCOMPARE(m_drag->message(),
             QStringLiteral("would exceed rack power: 44.1 kW of 40 kW "
                            "(hold Shift to go over budget)"));
    QCOMPARE(m_scene->preview()->verdict(), DropPreviewItem::Verdict::Refused);
    QCOMPARE(m_scene->preview()->message(), m_drag->message());

    const QString shown = m_drag->message();
    const EditOutcome outcome = m_drag->drop();
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QCOMPARE(outcome.message, shown);
    QCOMPARE(pushed(), 0);
    QCOMPARE(m_hall->hall()->snapshot(), before);
}

void tst_LayoutDrag::shiftPlacesOverBudgetButNeverIntoATakenSlot()
{
    QVERIFY(m_drag->beginCatalog({heavyServer()}));
    m_drag->update(at(m_hall->a1, 34), true);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::OverBudget);
    QCOMPARE(m_scene->preview()->verdict(), DropPreviewItem::Verdict::OverBudget);
    QVERIFY(m_drag->message().contains(QStringLiteral("44.1 kW of 40 kW")));
    const EditOutcome placed = m_drag->drop();
    QVERIFY(placed.applied());
    QVERIFY(placed.check.breaks(LimitKind::Power));
    QCOMPARE(m_hall->hall()->rackTotals(m_hall->a1).powerMaxWatts(), 44100.0);

    QVERIFY(m_drag->beginCatalog({switchItem()}));
    m_drag->update(at(m_hall->a1, 2), true); // U2 is in the first server
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Refused);
    QVERIFY(m_drag->message().startsWith(QStringLiteral("U2–U2 is taken by")));
    QVERIFY(!m_drag->message().contains(QStringLiteral("Shift")));
    QCOMPARE(m_drag->drop().status, EditOutcome::Status::Refused);
    QCOMPARE(pushed(), 1);
}

void tst_LayoutDrag::verdicts_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<int>("rack"); // 0: A1, 1: A2, 2: B1, -1: the row header
    QTest::addColumn<int>("u");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("switch into an empty rack")
        << switchItem().id << 1 << 20 << int(LayoutDrag::Verdict::Fits) << QString();
    QTest::newRow("exactly at the power budget: 35 + 5 of 40 kW")
        << server().id << 0 << 31 << int(LayoutDrag::Verdict::Fits) << QString();
    QTest::newRow("server onto a server")
        << server().id << 0 << 10 << int(LayoutDrag::Verdict::Refused)
        << QStringLiteral("U9–U12 is taken by Test test-server");
    QTest::newRow("nowhere near a rack")
        << switchItem().id << -1 << 1 << int(LayoutDrag::Verdict::NoTarget)
        << QStringLiteral("Drop onto a rack.");
}

void tst_LayoutDrag::verdicts()
{
    QFETCH(QString, itemId);
    QFETCH(int, rack);
    QFETCH(int, u);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const QList<RackId> racks {m_hall->a1, m_hall->a2, m_hall->b1};
    QVERIFY(m_drag->beginCatalog({*lookup()(itemId)}));
    const QPointF pos = rack < 0 ? m_scene->rowItem(m_hall->rowA)->sceneBoundingRect().center()
                                 : at(racks.at(rack), u);
    m_drag->update(pos, false);
    QCOMPARE(int(m_drag->verdict()), verdict);
    if (!reason.isEmpty())
        QCOMPARE(m_drag->message(), reason);
    QCOMPARE(m_scene->preview()->isVisible(), verdict != int(LayoutDrag::Verdict::NoTarget));
}

void tst_LayoutDrag::severalCatalogItemsStackAsOneUndoStep()
{
    QVERIFY(m_drag->beginCatalog({switchItem(), server(), switchItem()}));
    m_drag->update(at(m_hall->a2, 4), false); // 6U centred on U4 starts at U2
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QCOMPARE(m_scene->preview()->rects().size(), 3);
    const EditOutcome outcome = m_drag->drop();
    QVERIFY(outcome.applied());
    QCOMPARE(outcome.createdIds.size(), 3);
    QList<int> positions;
    for (quint32 id : outcome.createdIds)
        positions.append(m_hall->hall()->placement(id)->positionU);
    QCOMPARE(positions, (QList<int> {2, 3, 7}));
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QVERIFY(m_hall->hall()->placementIds(m_hall->a2).empty());
}

void tst_LayoutDrag::rackTypeDropAddsARackInTheGap()
{
    QVERIFY(m_drag->beginCatalog({rackType(48)}));
    QCOMPARE(m_drag->kind(), LayoutDrag::Kind::CatalogRacks);
    const QRectF b1 = m_scene->rackItem(m_hall->b1)->sceneBoundingRect();
    m_drag->update(QPointF(b1.right() + 10, b1.center().y()), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QCOMPARE(m_drag->message(), QStringLiteral("Test Rack 48U into Row B at position 2"));
    const EditOutcome outcome = m_drag->drop();
    QVERIFY(outcome.applied());
    const RackId added = outcome.createdIds.value(0);
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowB).back(), added);
    QCOMPARE(m_hall->hall()->rackUnits(added), 48);
    // Fed and cooled like its neighbour.
    QCOMPARE(m_hall->hall()->rack(added)->power, m_hall->hall()->rack(m_hall->b1)->power);
    QCOMPARE(m_hall->hall()->rack(added)->cooling.type, CoolingType::DirectLiquid);
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowB).size(), size_t(1));
}

void tst_LayoutDrag::rackTypeIntoAnEmptyHallStartsARow()
{
    m_hall->hall()->clear();
    QVERIFY(m_drag->beginCatalog({rackType()}));
    m_drag->update(QPointF(500, 300), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QVERIFY(m_drag->drop().applied());
    QCOMPARE(m_hall->hall()->rowIds().size(), size_t(1));
    QCOMPARE(m_hall->hall()->totals().rackCount, 1);
    QCOMPARE(m_scene->rackItemCount(), 1);
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QVERIFY(m_hall->hall()->isEmpty());
}

void tst_LayoutDrag::rackTypesAndEquipmentDoNotMix()
{
    QVERIFY(!m_drag->beginCatalog({rackType(), server()}));
    QVERIFY(!m_drag->isActive());
    QVERIFY(!m_drag->message().isEmpty());
    QVERIFY(!m_drag->beginCatalog({}));
}

void tst_LayoutDrag::placementsMoveWithinARack()
{
    const PlacementId first = m_hall->a1Servers.first();
    m_drag->beginPlacements({first}, first, at(m_hall->a1, 2)); // grabbed at its U2
    QCOMPARE(m_drag->kind(), LayoutDrag::Kind::Placements);
    m_drag->update(at(m_hall->a1, 34, RackFace::Front), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QCOMPARE(m_drag->message(), QStringLiteral("Move to A1, U33"));
    QVERIFY(m_drag->drop().applied());
    QCOMPARE(m_hall->hall()->placement(first)->positionU, 33);
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placement(first)->positionU, 1);
    m_hall->stack()->redo();
    QCOMPARE(m_hall->hall()->placement(first)->positionU, 33);
}

void tst_LayoutDrag::placementsMoveBetweenRacksKeepingTheirDistances()
{
    const PlacementId s1 = m_hall->a1Servers.at(0); // U1
    const PlacementId s3 = m_hall->a1Servers.at(2); // U9
    m_drag->beginPlacements({s1, s3}, s3, at(m_hall->a1, 9));
    // Anchor to U20 of A2's rear: s1 follows 8 U below, both on the rear.
    m_drag->update(at(m_hall->a2, 20, RackFace::Rear), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Fits);
    QCOMPARE(m_scene->preview()->rects().size(), 2);
    QVERIFY(m_drag->drop().applied());
    QCOMPARE(m_hall->hall()->rackOf(s1), m_hall->a2);
    QCOMPARE(m_hall->hall()->placement(s3)->positionU, 20);
    QCOMPARE(m_hall->hall()->placement(s1)->positionU, 12);
    QCOMPARE(m_hall->hall()->placement(s1)->face, RackFace::Rear);
    QCOMPARE(m_hall->hall()->rackTotals(m_hall->a1).placementCount, 5);
    QCOMPARE(pushed(), 1);
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackOf(s1), m_hall->a1);
    QCOMPARE(m_hall->hall()->placement(s1)->face, RackFace::Front);
}

void tst_LayoutDrag::aMoveThatChangesNothingPushesNothing()
{
    const PlacementId first = m_hall->a1Servers.first();
    m_drag->beginPlacements({first}, first, at(m_hall->a1, 2));
    m_drag->update(at(m_hall->a1, 20), false);
    m_drag->update(at(m_hall->a1, 2), false); // and back
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Unchanged);
    QVERIFY(!m_scene->preview()->isVisible());
    QCOMPARE(m_drag->drop().status, EditOutcome::Status::Unchanged);
    QCOMPARE(pushed(), 0);

    m_drag->beginRack(m_hall->a1);
    m_drag->update(m_scene->rackItem(m_hall->a1)->sceneBoundingRect().center(), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Unchanged);
    QCOMPARE(m_drag->drop().status, EditOutcome::Status::Unchanged);
    QCOMPARE(pushed(), 0);
}

void tst_LayoutDrag::aMoveOntoATakenSlotIsRefused()
{
    const PlacementId last = m_hall->a1Servers.last(); // U25
    m_drag->beginPlacements({last}, last, at(m_hall->a1, 25));
    m_drag->update(at(m_hall->a1, 3), false);
    QCOMPARE(m_drag->verdict(), LayoutDrag::Verdict::Refused);
    QVERIFY(m_drag->message().contains(QStringLiteral("is taken by")));
    QCOMPARE(m_drag->drop().status, EditOutcome::Status::Refused);
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 25);
    QCOMPARE(pushed(), 0);
}

void tst_LayoutDrag::racksReorderAndChangeRows()
{
    const QRectF a2 = m_scene->rackItem(m_hall->a2)->sceneBoundingRect();
    m_drag->beginRack(m_hall->a1);
    m_drag->update(QPointF(a2.right() + 5, a2.center().y()), false);
    QCOMPARE(m_drag->message(), QStringLiteral("Move A1 to Row A, position 2"));
    QVERIFY(m_drag->drop().applied());
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a2, m_hall->a1}));

    const QRectF b1 = m_scene->rackItem(m_hall->b1)->sceneBoundingRect();
    m_drag->beginRack(m_hall->a1);
    m_drag->update(QPointF(b1.left() - 5, b1.center().y()), false);
    QCOMPARE(m_drag->message(), QStringLiteral("Move A1 to Row B, position 1"));
    QVERIFY(m_drag->drop().applied());
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowB), (std::vector<RackId> {m_hall->a1, m_hall->b1}));
    QCOMPARE(pushed(), 2);
    m_hall->stack()->undo();
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a1, m_hall->a2}));
}

QTEST_MAIN(tst_LayoutDrag)
#include "tst_layoutdrag.moc"
