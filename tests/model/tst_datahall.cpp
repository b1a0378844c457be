#include "model/layout/datahall.h"
#include "support/layoutfixtures.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace LayoutFixtures;

namespace {
// Totals of one rack worked out from scratch, independently of the running sums: the
// sum of its items' catalog figures, and the U covered by at least one of them.
struct Recount
{
    int unitsUsed = 0;
    double typicalWatts = 0, maxWatts = 0, weightKg = 0;
};
Recount recount(const DataHall &hall, RackId rack)
{
    Recount r;
    std::vector<bool> used(hall.rackUnits(rack) + 1, false);
    for (const QString &pdu : hall.rack(rack)->pduIds)
        r.weightKg += hall.catalog().item(pdu)->weightKg;
    for (PlacementId id : hall.placementIds(rack)) {
        const Placement *p = hall.placement(id);
        const CatalogItem *item = hall.catalog().item(p->itemId);
        r.typicalWatts += item->powerTypicalWatts;
        r.maxWatts += item->powerMaxWatts;
        r.weightKg += item->weightKg;
        for (int u = p->positionU; u < p->positionU + item->rackUnits; ++u)
            used[u] = true;
    }
    r.unitsUsed = int(std::count(used.begin(), used.end(), true));
    return r;
}
} // namespace

class tst_DataHall : public QObject
{
    Q_OBJECT

private slots:
    void runningSumsMatchARecountAfterRandomEdits();
    void frontAndRearShareAU();
    void signalsNameWhatChanged();
    void resetRestoresASnapshot();
    void rowTotalsFollowARackToAnotherRow();

private:
    void build(DataHall &hall, RowId *rowA, RowId *rowB, RackId *a1, RackId *b1);
};

void tst_DataHall::build(DataHall &hall, RowId *rowA, RowId *rowB, RackId *a1, RackId *b1)
{
    hall.addCatalogItems({rackType(), pdu(), server(QStringLiteral("s2"), 2, 1000, 1500, 20),
                          server(QStringLiteral("s4")), switchItem()});
    *rowA = hall.allocateId();
    *rowB = hall.allocateId();
    hall.insertRow(0, {{*rowA, QStringLiteral("A")}, {}});
    hall.insertRow(1, {{*rowB, QStringLiteral("B")}, {}});
    *a1 = hall.allocateId();
    *b1 = hall.allocateId();
    Rack rack {*a1, QStringLiteral("A1"), rackType().id, power(), {}, {pdu().id}};
    hall.insertRack(*rowA, 0, {rack, {}});
    rack.id = *b1;
    rack.name = QStringLiteral("B1");
    hall.insertRack(*rowB, 0, {rack, {}});
}

void tst_DataHall::runningSumsMatchARecountAfterRandomEdits()
{
    DataHall hall;
    RowId rowA, rowB;
    RackId a1, b1;
    build(hall, &rowA, &rowB, &a1, &b1);
    QRandomGenerator random(20261123); // fixed seed: the same sequence every run
    const QStringList items {QStringLiteral("s2"), QStringLiteral("s4"),
                             QStringLiteral("test-switch")};
    std::vector<PlacementId> placed;
    for (int step = 0; step < 2000; ++step) {
        const int what = random.bounded(4);
        const RackId rack = random.bounded(2) ? a1 : b1;
        if (what <= 1 || placed.empty()) {
            // Overlaps are allowed here on purpose: DataHall does not check rules, and
            // the used-U count must still be the union.
            const Placement p {hall.allocateId(),
                               items.at(random.bounded(3)),
                               1 + int(random.bounded(40)),
                               RackFace::Front,
                               {}};
            hall.insertPlacement(rack, p);
            placed.push_back(p.id);
        } else if (what == 2) {
            const size_t i = random.bounded(int(placed.size()));
            hall.takePlacement(placed[i]);
            placed.erase(placed.begin() + i);
        } else {
            const PlacementId id = placed[random.bounded(int(placed.size()))];
            hall.movePlacement(id, rack, 1 + int(random.bounded(40)), RackFace::Rear);
        }
        for (RackId r : {a1, b1}) {
            const Recount expected = recount(hall, r);
            const LayoutTotals &t = hall.rackTotals(r);
            QCOMPARE(t.unitsUsed, expected.unitsUsed);
            QCOMPARE(t.powerTypicalWatts(), expected.typicalWatts);
            QCOMPARE(t.powerMaxWatts(), expected.maxWatts);
            QCOMPARE(t.weightKg(), expected.weightKg);
        }
    }
    LayoutTotals sum = hall.rackTotals(a1);
    sum += hall.rackTotals(b1);
    QCOMPARE(hall.totals(), sum);
    QCOMPARE(hall.rowTotals(rowA), hall.rackTotals(a1));
}

void tst_DataHall::frontAndRearShareAU()
{
    DataHall hall;
    RowId rowA, rowB;
    RackId a1, b1;
    build(hall, &rowA, &rowB, &a1, &b1);
    hall.insertPlacement(
        a1, {hall.allocateId(), QStringLiteral("test-switch"), 10, RackFace::Front, {}});
    hall.insertPlacement(
        a1, {hall.allocateId(), QStringLiteral("test-switch"), 10, RackFace::Rear, {}});
    QCOMPARE(hall.rackTotals(a1).unitsUsed, 1);
    QCOMPARE(hall.rackTotals(a1).unitsFree(), 41);
    QCOMPARE(hall.rackTotals(a1).placementCount, 2);
    QCOMPARE(hall.rackTotals(a1).powerMaxWatts(), 2000.0);
}

void tst_DataHall::signalsNameWhatChanged()
{
    DataHall hall;
    RowId rowA, rowB;
    RackId a1, b1;
    build(hall, &rowA, &rowB, &a1, &b1);
    QSignalSpy inserted(&hall, &DataHall::placementInserted);
    QSignalSpy moved(&hall, &DataHall::placementMoved);
    QSignalSpy removed(&hall, &DataHall::placementRemoved);
    QSignalSpy totals(&hall, &DataHall::totalsChanged);
    const PlacementId p = hall.allocateId();
    hall.insertPlacement(a1, {p, QStringLiteral("s4"), 1, RackFace::Front, {}});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).toUInt(), p);
    QCOMPARE(inserted.first().at(1).toUInt(), a1);
    QCOMPARE(totals.count(), 1);
    hall.movePlacement(p, b1, 5, RackFace::Front);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toUInt(), a1);
    QCOMPARE(moved.first().at(3).toUInt(), b1);
    QCOMPARE(totals.count(), 3); // both racks
    hall.movePlacement(p, b1, 5, RackFace::Front); // nowhere new: silent
    QCOMPARE(moved.count(), 1);
    hall.takePlacement(p);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(hall.totals().placementCount, 0);
}

void tst_DataHall::resetRestoresASnapshot()
{
    DataHall hall;
    RowId rowA, rowB;
    RackId a1, b1;
    build(hall, &rowA, &rowB, &a1, &b1);
    hall.insertPlacement(a1,
                         {hall.allocateId(),
                          QStringLiteral("s4"),
                          1,
                          RackFace::Front,
                          {QStringLiteral("gpu-a"), 8, 8}});
    const auto rows = hall.snapshot();
    const LayoutTotals totals = hall.totals();
    DataHall copy;
    QSignalSpy reset(&copy, &DataHall::hallReset);
    copy.reset(rows, hall.catalog().items());
    QCOMPARE(reset.count(), 1);
    QVERIFY(copy.snapshot() == rows);
    QCOMPARE(copy.totals(), totals);
    // New ids continue after the highest one read.
    QVERIFY(copy.allocateId() > hall.placementIds(a1).back());
}

void tst_DataHall::rowTotalsFollowARackToAnotherRow()
{
    DataHall hall;
    RowId rowA, rowB;
    RackId a1, b1;
    build(hall, &rowA, &rowB, &a1, &b1);
    hall.insertPlacement(a1, {hall.allocateId(), QStringLiteral("s4"), 1, RackFace::Front, {}});
    const LayoutTotals a1Totals = hall.rackTotals(a1);
    hall.moveRack(a1, rowB, 1);
    QCOMPARE(hall.rowTotals(rowA), LayoutTotals {});
    LayoutTotals expected = hall.rackTotals(b1);
    expected += a1Totals;
    QCOMPARE(hall.rowTotals(rowB), expected);
    QCOMPARE(hall.rackIndex(a1), 1);
}

QTEST_GUILESS_MAIN(tst_DataHall)
#include "tst_datahall.moc"
