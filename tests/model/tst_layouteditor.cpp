#include "model/project/project.h"
#include "support/layoutfixtures.h"

#include <QTest>

using namespace LayoutFixtures;

namespace {
enum class Edit {
    AddRow,
    RemoveRow,
    RenameRow,
    MoveRow,
    DuplicateRow,
    AddRack,
    RemoveRacks,
    RenameRack,
    SetRackPower,
    SetRackCooling,
    DuplicateRack,
    MoveRackWithinRow,
    MoveRackToOtherRow,
    PlaceItem,
    PlaceNewCatalogItem,
    MoveWithinRack,
    MoveBetweenRacks,
    Nudge,
    RemovePlacements,
    Paste,
    SetConfiguration,
};
}
Q_DECLARE_METATYPE(Edit)

// Builds a small hall through the editor: row A with racks A1 (two servers at U1 and U5
// and a switch at U40) and A2 (empty), row B with rack B1 (one server at U1).
class tst_LayoutEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { m_project.reset(); }

    void everyEditRoundTrips_data();
    void everyEditRoundTrips();
    void editsThatChangeNothingPushNothing_data();
    void editsThatChangeNothingPushNothing();
    void dropPreviewAndEditGiveTheSameVerdict();
    void budgetsMayBeExceededOnPurposeButNotSpace();
    void nudgesMergeAndVanishWhenBackAtTheStart();
    void configurationChangesMerge();
    void configurationChangesMovePower();
    void movesAreCheckedAgainstTheTargetRack();
    void movingWithinAnOverBudgetRackIsAllowed();
    void pasteKeepsOffsetsAndCatalogRows();
    void frozenCatalogRowWins();
    void totalsStayExactThroughLongUndoRedo();

private:
    DataHall *hall() { return m_project->hall(); }
    QUndoStack *stack() { return m_project->undoStack(); }
    LayoutEditor editor() { return m_project->layoutEditor(); }
    void verifyRoundTrip(Edit edit);

    std::unique_ptr<Project> m_project;
    RowId m_rowA = 0, m_rowB = 0;
    RackId m_a1 = 0, m_a2 = 0, m_b1 = 0;
    PlacementId m_server1 = 0, m_server2 = 0, m_switch = 0, m_serverB = 0;
};

void tst_LayoutEditor::init()
{
    m_project = std::make_unique<Project>();
    LayoutEditor e = editor();
    m_rowA = e.addRow(QStringLiteral("A")).createdIds.value(0);
    m_rowB = e.addRow(QStringLiteral("B")).createdIds.value(0);
    const LayoutEditor::NewRack spec {
        QString(), rackType(), power(), RackCooling::ofType(CoolingType::RearDoor), {pdu()}};
    LayoutEditor::NewRack a1 = spec;
    a1.name = QStringLiteral("A1");
    LayoutEditor::NewRack a2 = spec;
    a2.name = QStringLiteral("A2");
    LayoutEditor::NewRack b1 = spec;
    b1.name = QStringLiteral("B1");
    m_a1 = e.addRack(m_rowA, a1).createdIds.value(0);
    m_a2 = e.addRack(m_rowA, a2).createdIds.value(0);
    m_b1 = e.addRack(m_rowB, b1).createdIds.value(0);
    hall()->addCatalogItems(
        {accelerator(QStringLiteral("gpu-a"), 700.0), accelerator(QStringLiteral("gpu-b"), 350.0)});
    m_server1 = e.placeItem(m_a1, server(), 1, RackFace::Front).createdIds.value(0);
    m_server2 = e.placeItem(m_a1, server(), 5, RackFace::Front).createdIds.value(0);
    m_switch = e.placeItem(m_a1, switchItem(), 40, RackFace::Rear).createdIds.value(0);
    m_serverB = e.placeItem(m_b1, server(), 1, RackFace::Front).createdIds.value(0);
    QVERIFY(m_server1 && m_server2 && m_switch && m_serverB);
    stack()->clear();
}

void tst_LayoutEditor::everyEditRoundTrips_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("add row") << Edit::AddRow;
    QTest::newRow("remove row with its racks") << Edit::RemoveRow;
    QTest::newRow("rename row") << Edit::RenameRow;
    QTest::newRow("reorder rows") << Edit::MoveRow;
    QTest::newRow("duplicate row") << Edit::DuplicateRow;
    QTest::newRow("add rack") << Edit::AddRack;
    QTest::newRow("remove two racks") << Edit::RemoveRacks;
    QTest::newRow("rename rack") << Edit::RenameRack;
    QTest::newRow("change rack power") << Edit::SetRackPower;
    QTest::newRow("change rack cooling") << Edit::SetRackCooling;
    QTest::newRow("duplicate rack") << Edit::DuplicateRack;
    QTest::newRow("reorder racks in a row") << Edit::MoveRackWithinRow;
    QTest::newRow("move rack to another row") << Edit::MoveRackToOtherRow;
    QTest::newRow("place an item") << Edit::PlaceItem;
    QTest::newRow("place an item new to the project") << Edit::PlaceNewCatalogItem;
    QTest::newRow("move within a rack") << Edit::MoveWithinRack;
    QTest::newRow("move between racks") << Edit::MoveBetweenRacks;
    QTest::newRow("nudge") << Edit::Nudge;
    QTest::newRow("remove placements") << Edit::RemovePlacements;
    QTest::newRow("paste") << Edit::Paste;
    QTest::newRow("change server configuration") << Edit::SetConfiguration;
}

void tst_LayoutEditor::everyEditRoundTrips()
{
    QFETCH(Edit, edit);
    verifyRoundTrip(edit);
}

void tst_LayoutEditor::verifyRoundTrip(Edit edit)
{
    LayoutEditor e = editor();
    const auto before = hall()->snapshot();
    const LayoutTotals totalsBefore = hall()->totals();
    const CatalogSnapshot catalogBefore = hall()->catalog();

    EditOutcome outcome;
    switch (edit) {
    case Edit::AddRow:
        outcome = e.addRow(QStringLiteral("C"), 1);
        QCOMPARE(hall()->rowIds().at(1), outcome.createdIds.value(0));
        break;
    case Edit::RemoveRow:
        outcome = e.removeRow(m_rowA);
        QCOMPARE(hall()->rowIds().size(), size_t(1));
        QCOMPARE(hall()->totals().rackCount, 1);
        QCOMPARE(hall()->placement(m_server1), nullptr);
        break;
    case Edit::RenameRow:
        outcome = e.renameRow(m_rowB, QStringLiteral("  Bravo "));
        QCOMPARE(hall()->row(m_rowB)->name, QStringLiteral("Bravo"));
        break;
    case Edit::MoveRow:
        outcome = e.moveRow(m_rowB, 0);
        QCOMPARE(hall()->rowIds().front(), m_rowB);
        break;
    case Edit::DuplicateRow:
        outcome = e.duplicateRow(m_rowA);
        QCOMPARE(hall()->rowIds().size(), size_t(3));
        QCOMPARE(hall()->row(hall()->rowIds().at(1))->name, QStringLiteral("A copy"));
        QCOMPARE(hall()->totals().placementCount, 7);
        break;
    case Edit::AddRack:
        outcome = e.addRack(m_rowB, {QStringLiteral("B0"), rackType(48), power(), {}, {}}, 0);
        QCOMPARE(hall()->rackIds(m_rowB).front(), outcome.createdIds.value(0));
        QCOMPARE(hall()->totals().unitsTotal, 3 * 42 + 48);
        QVERIFY(hall()->catalog().contains(rackType(48).id));
        break;
    case Edit::RemoveRacks:
        outcome = e.removeRacks({m_a1, m_b1});
        QCOMPARE(hall()->totals().rackCount, 1);
        QCOMPARE(hall()->totals().placementCount, 0);
        break;
    case Edit::RenameRack:
        outcome = e.renameRack(m_a2, QStringLiteral("Spare"));
        QCOMPARE(hall()->rack(m_a2)->name, QStringLiteral("Spare"));
        break;
    case Edit::SetRackPower:
        outcome = e.setRackPower(m_a1, power(20000.0, 1));
        QCOMPARE(hall()->rackTotals(m_a1).powerBudgetWatts(), 16000.0);
        // Two 5 kW servers and a 1 kW switch: 11 kW, within 16 kW.
        QVERIFY(outcome.check.fits());
        break;
    case Edit::SetRackCooling:
        outcome = e.setRackCooling(m_a1, RackCooling {CoolingType::Air, 5000.0});
        QCOMPARE(hall()->rackTotals(m_a1).coolingCeilingWatts(), 5000.0);
        QVERIFY(outcome.check.breaks(LimitKind::Cooling)); // 8.5 kW typical of 5 kW
        QCOMPARE(hall()->rackTotals(m_a1).racksOverLimit, 1);
        QCOMPARE(hall()->totals().racksOverLimit, 1);
        break;
    case Edit::DuplicateRack:
        outcome = e.duplicateRack(m_a1);
        QCOMPARE(hall()->rackIds(m_rowA).at(1), outcome.createdIds.value(0));
        QCOMPARE(hall()->rowTotals(m_rowA).placementCount, 6);
        break;
    case Edit::MoveRackWithinRow:
        outcome = e.moveRack(m_a1, m_rowA, 1);
        QCOMPARE(hall()->rackIds(m_rowA).back(), m_a1);
        break;
    case Edit::MoveRackToOtherRow:
        outcome = e.moveRack(m_a1, m_rowB, 0);
        QCOMPARE(hall()->rackIds(m_rowB).front(), m_a1);
        QCOMPARE(hall()->rowTotals(m_rowB).placementCount, 4);
        QCOMPARE(hall()->rowTotals(m_rowA).placementCount, 0);
        break;
    case Edit::PlaceItem:
        outcome = e.placeItem(m_a2, server(), 10, RackFace::Front);
        QCOMPARE(hall()->rackTotals(m_a2).unitsUsed, 4);
        QCOMPARE(hall()->rackTotals(m_a2).powerMaxWatts(), 5000.0);
        break;
    case Edit::PlaceNewCatalogItem:
        outcome = e.placeItem(m_a2, switchItem(QStringLiteral("new-switch")), 42, RackFace::Front);
        QVERIFY(hall()->catalog().contains(QStringLiteral("new-switch")));
        break;
    case Edit::MoveWithinRack:
        outcome = e.movePlacement(m_server2, m_a1, 20, RackFace::Rear);
        QCOMPARE(hall()->placement(m_server2)->positionU, 20);
        QCOMPARE(hall()->placement(m_server2)->face, RackFace::Rear);
        break;
    case Edit::MoveBetweenRacks:
        outcome = e.movePlacement(m_server1, m_a2, 1, RackFace::Front);
        QCOMPARE(hall()->rackOf(m_server1), m_a2);
        QCOMPARE(hall()->rackTotals(m_a1).placementCount, 2);
        QCOMPARE(hall()->rackTotals(m_a2).powerTypicalWatts(), 4000.0);
        break;
    case Edit::Nudge:
        outcome = e.nudgePlacements({m_server1, m_server2}, 10);
        QCOMPARE(hall()->placement(m_server1)->positionU, 11);
        QCOMPARE(hall()->placement(m_server2)->positionU, 15);
        break;
    case Edit::RemovePlacements:
        outcome = e.removePlacements({m_server1, m_switch});
        QCOMPARE(hall()->rackTotals(m_a1).placementCount, 1);
        QCOMPARE(hall()->rackTotals(m_a1).unitsUsed, 4);
        break;
    case Edit::Paste: {
        const PlacementClipboard clip = e.copyPlacements({m_server1, m_server2});
        outcome = e.pastePlacements(clip, m_a2, 30);
        QCOMPARE(outcome.createdIds.size(), 2);
        QCOMPARE(hall()->placement(outcome.createdIds.at(0))->positionU, 30);
        QCOMPARE(hall()->placement(outcome.createdIds.at(1))->positionU, 34);
        break;
    }
    case Edit::SetConfiguration:
        outcome = e.setConfiguration(m_server1, {QStringLiteral("gpu-b"), 4, 2});
        // 5 kW - 8 x 700 W + 4 x 350 W = 0.8 kW
        QCOMPARE(hall()->placementLoad(m_server1).powerMaxMilliwatts, qint64(800000));
        break;
    }
    QVERIFY2(outcome.applied(), qPrintable(outcome.message));
    QCOMPARE(stack()->count(), 1);
    const auto after = hall()->snapshot();
    const LayoutTotals totalsAfter = hall()->totals();
    QVERIFY(after != before);

    stack()->undo();
    QVERIFY(hall()->snapshot() == before);
    QCOMPARE(hall()->totals(), totalsBefore);
    QVERIFY(hall()->catalog() == catalogBefore);

    stack()->redo();
    QVERIFY(hall()->snapshot() == after);
    QCOMPARE(hall()->totals(), totalsAfter);

    stack()->undo();
    QVERIFY(hall()->snapshot() == before);
    QCOMPARE(hall()->totals(), totalsBefore);
}

void tst_LayoutEditor::editsThatChangeNothingPushNothing_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("rename row to its name") << 0;
    QTest::newRow("move row to where it is") << 1;
    QTest::newRow("rename rack to its name") << 2;
    QTest::newRow("move rack to where it is") << 3;
    QTest::newRow("move placement to where it is") << 4;
    QTest::newRow("nudge by zero") << 5;
    QTest::newRow("remove nothing") << 6;
    QTest::newRow("same configuration") << 7;
    QTest::newRow("same rack power") << 8;
    QTest::newRow("paste nothing") << 9;
}

void tst_LayoutEditor::editsThatChangeNothingPushNothing()
{
    QFETCH(int, which);
    LayoutEditor e = editor();
    EditOutcome outcome;
    switch (which) {
    case 0:
        outcome = e.renameRow(m_rowA, QStringLiteral("A"));
        break;
    case 1:
        outcome = e.moveRow(m_rowA, 0);
        break;
    case 2:
        outcome = e.renameRack(m_a1, QStringLiteral(" A1 "));
        break;
    case 3:
        outcome = e.moveRack(m_a2, m_rowA, 1);
        break;
    case 4:
        outcome = e.movePlacement(m_server1, m_a1, 1, RackFace::Front);
        break;
    case 5:
        outcome = e.nudgePlacements({m_server1}, 0);
        break;
    case 6:
        outcome = e.removePlacements({});
        break;
    case 7:
        outcome = e.setConfiguration(m_server1, hall()->placement(m_server1)->configuration);
        break;
    case 8:
        outcome = e.setRackPower(m_a1, power());
        break;
    case 9:
        outcome = e.pastePlacements({}, m_a1, 1);
        break;
    }
    QCOMPARE(outcome.status, EditOutcome::Status::Unchanged);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!m_project->isModified());
}

void tst_LayoutEditor::dropPreviewAndEditGiveTheSameVerdict()
{
    // A single 50 kW feed: 40 kW after derating. Nine 4.41 kW servers fill 39.69 kW; the
    // tenth would make 44.1 kW.
    LayoutEditor e = editor();
    const RackId rack = e.addRack(m_rowB,
                                  {QStringLiteral("P"),
                                   rackType(),
                                   power(50000.0, 1),
                                   RackCooling::ofType(CoolingType::DirectLiquid),
                                   {}})
                            .createdIds.value(0);
    const CatalogItem hot = server(QStringLiteral("hot"), 4, 4000.0, 4410.0, 40.0);
    for (int i = 0; i < 9; ++i)
        QVERIFY(e.placeItem(rack, hot, 1 + 4 * i, RackFace::Front).applied());
    const int pushed = stack()->count();

    const RuleCheck preview = e.checkPlacement(rack, hot, 37, RackFace::Front);
    QCOMPARE(preview.message(), QStringLiteral("would exceed rack power: 44.1 kW of 40 kW"));
    QCOMPARE(preview.binding()->limit, LimitKind::Power);
    const EditOutcome outcome = e.placeItem(rack, hot, 37, RackFace::Front);
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QCOMPARE(outcome.message, preview.message());
    QCOMPARE(stack()->count(), pushed);
    QCOMPARE(hall()->rackTotals(rack).placementCount, 9);

    // One U up it would not fit the rack either: both limits are listed, space binds.
    const RuleCheck both = e.checkPlacement(rack, hot, 40, RackFace::Front);
    QVERIFY(both.breaks(LimitKind::Power));
    QCOMPARE(both.binding()->limit, LimitKind::Space);
}

void tst_LayoutEditor::budgetsMayBeExceededOnPurposeButNotSpace()
{
    LayoutEditor e = editor();
    const EditOutcome ok = e.setRackPower(m_a2, power(5000.0, 1)); // 4 kW budget
    QVERIFY(ok.applied());
    const EditOutcome refused = e.placeItem(m_a2, server(), 1, RackFace::Front);
    QCOMPARE(refused.status, EditOutcome::Status::Refused);
    const EditOutcome allowed =
        e.placeItem(m_a2, server(), 1, RackFace::Front, std::nullopt, BudgetPolicy::Allow);
    QVERIFY(allowed.applied());
    QVERIFY(allowed.check.breaks(LimitKind::Power));
    QCOMPARE(hall()->rackTotals(m_a2).racksOverLimit, 1);
    const EditOutcome overlap =
        e.placeItem(m_a2, server(), 2, RackFace::Front, std::nullopt, BudgetPolicy::Allow);
    QCOMPARE(overlap.status, EditOutcome::Status::Refused);
    QCOMPARE(overlap.message, QStringLiteral("U2–U4 is taken by Test test-server"));
}

void tst_LayoutEditor::nudgesMergeAndVanishWhenBackAtTheStart()
{
    LayoutEditor e = editor();
    for (int i = 0; i < 3; ++i)
        QVERIFY(e.nudgePlacements({m_server2}, +1).applied());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(hall()->placement(m_server2)->positionU, 8);
    QCOMPARE(stack()->undoText(), QStringLiteral("Nudge 1 item(s)"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(e.nudgePlacements({m_server2}, -1).applied());
    QCOMPARE(hall()->placement(m_server2)->positionU, 5);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!m_project->isModified());
}

void tst_LayoutEditor::configurationChangesMerge()
{
    LayoutEditor e = editor();
    for (int drives = 7; drives >= 4; --drives)
        QVERIFY(e.setConfiguration(m_server1, {QStringLiteral("gpu-a"), 8, drives}).applied());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(hall()->placement(m_server1)->configuration.driveCount, 4);
    stack()->undo();
    QCOMPARE(hall()->placement(m_server1)->configuration.driveCount, 8);
    QVERIFY(e.setConfiguration(m_server1, {QStringLiteral("gpu-a"), 8, 7}).applied());
    QVERIFY(e.setConfiguration(m_server1, {QStringLiteral("gpu-a"), 8, 8}).applied());
    QCOMPARE(stack()->count(), 0); // merged back to where it started
}

void tst_LayoutEditor::configurationChangesMovePower()
{
    LayoutEditor e = editor();
    const double before = hall()->rackTotals(m_a1).powerMaxWatts();
    QVERIFY(e.setConfiguration(m_server1, {QStringLiteral("gpu-a"), 6, 8}).applied());
    QCOMPARE(hall()->rackTotals(m_a1).powerMaxWatts(), before - 2 * 700.0);
    const EditOutcome refused = e.setConfiguration(m_server1, {QStringLiteral("gpu-x"), 6, 8});
    QCOMPARE(refused.status, EditOutcome::Status::Refused);
    QVERIFY(refused.check.breaks(LimitKind::Configuration));
    QCOMPARE(e.setConfiguration(m_switch, {}).status, EditOutcome::Status::Unchanged);
    QCOMPARE(e.setConfiguration(m_switch, {QString(), 1, 0}).status, EditOutcome::Status::Refused);
}

void tst_LayoutEditor::movesAreCheckedAgainstTheTargetRack()
{
    LayoutEditor e = editor();
    const EditOutcome blocked = e.movePlacement(m_serverB, m_a1, 3, RackFace::Front);
    QCOMPARE(blocked.status, EditOutcome::Status::Refused);
    QVERIFY(blocked.message.contains(QStringLiteral("is taken by")));
    // Two placements moved together into the same empty span are checked against each
    // other too.
    const EditOutcome clash = e.movePlacements(
        {{m_server1, m_a2, 1, RackFace::Front}, {m_server2, m_a2, 3, RackFace::Front}});
    QCOMPARE(clash.status, EditOutcome::Status::Refused);
    QVERIFY(e.movePlacements(
                 {{m_server1, m_a2, 1, RackFace::Front}, {m_server2, m_a2, 5, RackFace::Front}})
                .applied());
    // Swapping two servers within a rack is fine: each leaves the span the other takes.
    QVERIFY(e.movePlacements(
                 {{m_server1, m_a2, 5, RackFace::Front}, {m_server2, m_a2, 1, RackFace::Front}})
                .applied());
}

void tst_LayoutEditor::movingWithinAnOverBudgetRackIsAllowed()
{
    LayoutEditor e = editor();
    QVERIFY(e.setRackPower(m_a1, power(5000.0, 1)).applied()); // 4 kW, with 11 kW in it
    QCOMPARE(hall()->rackTotals(m_a1).racksOverLimit, 1);
    QVERIFY(e.movePlacement(m_server2, m_a1, 10, RackFace::Front).applied());
    // Into the over-budget rack from elsewhere makes it worse: refused.
    QCOMPARE(e.movePlacement(m_serverB, m_a1, 20, RackFace::Front).status,
             EditOutcome::Status::Refused);
}

void tst_LayoutEditor::pasteKeepsOffsetsAndCatalogRows()
{
    LayoutEditor e = editor();
    const PlacementClipboard clip = e.copyPlacements({m_switch, m_server2});
    QCOMPARE(clip.entries.size(), size_t(2));
    QCOMPARE(clip.entries[0].offsetU, 35); // the switch at U40, 35 above the server at U5
    QCOMPARE(clip.entries[1].offsetU, 0);
    const auto decoded = PlacementClipboard::fromMimeData(clip.toMimeData());
    QVERIFY(decoded);
    QCOMPARE(decoded->entries.size(), size_t(2));
    QCOMPARE(decoded->catalogItems.size(), 3); // switch, server and the server's gpu-a

    // Into another project: the rows travel along.
    Project other;
    LayoutEditor o = other.layoutEditor();
    const RowId row = o.addRow(QStringLiteral("X")).createdIds.value(0);
    const RackId rack =
        o.addRack(row, {QStringLiteral("X1"), rackType(), power(), {}, {}}).createdIds.value(0);
    const EditOutcome pasted = o.pastePlacements(*decoded, rack, 2);
    QVERIFY2(pasted.applied(), qPrintable(pasted.message));
    QCOMPARE(other.hall()->placement(pasted.createdIds.at(0))->positionU, 37);
    QCOMPARE(other.hall()->placement(pasted.createdIds.at(0))->face, RackFace::Rear);
    QVERIFY(other.hall()->catalog().contains(QStringLiteral("test-switch")));
    QCOMPARE(other.hall()->rackTotals(rack).powerMaxWatts(), 6000.0);
    // Pasting where it does not fit pushes nothing.
    const int count = other.undoStack()->count();
    QCOMPARE(o.pastePlacements(*decoded, rack, 10).status, EditOutcome::Status::Refused);
    QCOMPARE(other.undoStack()->count(), count);
    QVERIFY(!PlacementClipboard::fromMimeData("not json"));
}

void tst_LayoutEditor::frozenCatalogRowWins()
{
    LayoutEditor e = editor();
    CatalogItem newer = server();
    newer.powerMaxWatts = 9000.0;
    newer.price = Money {100, QStringLiteral("USD")};
    QVERIFY(e.placeItem(m_a2, newer, 1, RackFace::Front).applied());
    QCOMPARE(hall()->rackTotals(m_a2).powerMaxWatts(), 5000.0);
    QCOMPARE(hall()->catalog().item(newer.id)->price, std::nullopt);
}

void tst_LayoutEditor::totalsStayExactThroughLongUndoRedo()
{
    LayoutEditor e = editor();
    const LayoutTotals start = hall()->totals();
    for (int i = 0; i < 8; ++i)
        QVERIFY(e.placeItem(m_a2, server(), 1 + 5 * i, RackFace::Front).applied());
    QCOMPARE(e.nudgePlacements({m_server1}, 39).status, EditOutcome::Status::Refused); // U40-U43
    QVERIFY(e.movePlacement(m_server1, m_b1, 20, RackFace::Front).applied());
    QVERIFY(e.setConfiguration(m_serverB, {QStringLiteral("gpu-b"), 3, 1}).applied());
    QVERIFY(e.duplicateRack(m_a2).applied());
    QVERIFY(e.removeRow(m_rowA).applied());
    const LayoutTotals end = hall()->totals();
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(hall()->totals(), start);
    while (stack()->canRedo())
        stack()->redo();
    QCOMPARE(hall()->totals(), end);
    // The hall's sums equal the sum of its rows and of its racks.
    LayoutTotals rows, racks;
    for (RowId row : hall()->rowIds()) {
        rows += hall()->rowTotals(row);
        for (RackId rack : hall()->rackIds(row))
            racks += hall()->rackTotals(rack);
    }
    QCOMPARE(rows, end);
    QCOMPARE(racks, end);
}

QTEST_GUILESS_MAIN(tst_LayoutEditor)
#include "tst_layouteditor.moc"
