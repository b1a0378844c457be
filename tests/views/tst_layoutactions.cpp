#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "support/testenvironment.h"
#include "views/layout/layoutactions.h"
#include "views/layout/racklayoutpane.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"
#include "views/layout/rowheaderitem.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace RackViewHall;

namespace {
enum class Selection { Nothing, TwoPlacements, OneRack, TwoRacks, OneRow };
}
Q_DECLARE_METATYPE(Selection)

class tst_LayoutActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcuts_data();
    void shortcuts();
    void enabledFollowsTheSelection_data();
    void enabledFollowsTheSelection();
    void deleteKeyRemovesSelectedPlacements();
    void deleteRemovesRacksAndRows();
    void copyAndPasteIntoAnotherRack();
    void pasteGoesToTheLowestFreeSpan();
    void pasteWithNoRoomSaysSo();
    void cutIsOneUndoStep();
    void duplicatePlacementsRacksAndRows();
    void addRackCopiesTheSelectedRack();
    void addRowGoesAfterTheSelectedRow();
    void renameAsksForTheName();
    void moveActionsReorderRacksAndRows();
    void contextMenuOffersWhatApplies();

private:
    LayoutActions *actions() const { return m_pane->actions(); }
    RackLayoutScene *scene() const { return m_pane->scene(); }
    void select(Selection selection);

    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<RackLayoutPane> m_pane;
};

void tst_LayoutActions::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_LayoutActions::init()
{
    m_hall = make();
    m_pane = std::make_unique<RackLayoutPane>(m_hall->hall(), m_hall->stack());
    m_pane->setCatalogLookup(lookup());
    m_pane->resize(1200, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->view()->setZoom(0.6);
    m_pane->view()->centerOn(scene()->sceneRect().center());
    QGuiApplication::clipboard()->clear();
}

void tst_LayoutActions::cleanup()
{
    m_pane.reset();
    m_hall.reset();
}

void tst_LayoutActions::select(Selection selection)
{
    switch (selection) {
    case Selection::Nothing:
        scene()->clearSelection();
        break;
    case Selection::TwoPlacements:
        scene()->selectPlacements({m_hall->a1Servers.at(0), m_hall->a1Servers.at(1)});
        QCOMPARE(scene()->selectedPlacementIds().size(), 2);
        break;
    case Selection::OneRack:
        scene()->selectRacks({m_hall->a2});
        break;
    case Selection::TwoRacks:
        scene()->selectRacks({m_hall->a1, m_hall->b1});
        break;
    case Selection::OneRow:
        scene()->selectRows({m_hall->rowB});
        break;
    }
}

void tst_LayoutActions::shortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("cut") << QStringLiteral("actionLayoutCut") << QKeySequence(QKeySequence::Cut);
    QTest::newRow("copy") << QStringLiteral("actionLayoutCopy") << QKeySequence(QKeySequence::Copy);
    QTest::newRow("paste") << QStringLiteral("actionLayoutPaste")
                           << QKeySequence(QKeySequence::Paste);
    QTest::newRow("delete") << QStringLiteral("actionLayoutDelete")
                            << QKeySequence(QKeySequence::Delete);
    QTest::newRow("duplicate") << QStringLiteral("actionLayoutDuplicate")
                               << QKeySequence(Qt::CTRL | Qt::Key_D);
    QTest::newRow("add rack") << QStringLiteral("actionAddRack")
                              << QKeySequence(Qt::CTRL | Qt::Key_R);
    QTest::newRow("add row") << QStringLiteral("actionAddRow")
                             << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTest::newRow("rename") << QStringLiteral("actionLayoutRename") << QKeySequence(Qt::Key_F2);
    QTest::newRow("move left") << QStringLiteral("actionMoveLeft")
                               << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left);
    QTest::newRow("move down") << QStringLiteral("actionMoveDown")
                               << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down);
    QTest::newRow("zoom in") << QStringLiteral("actionZoomIn")
                             << QKeySequence(QKeySequence::ZoomIn);
    QTest::newRow("zoom out") << QStringLiteral("actionZoomOut")
                              << QKeySequence(QKeySequence::ZoomOut);
    QTest::newRow("fit") << QStringLiteral("actionZoomFit") << QKeySequence(Qt::CTRL | Qt::Key_0);
}

void tst_LayoutActions::shortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    auto *a = actions()->findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), shortcut);
    // Only while the rack layout has the focus: Delete elsewhere is not ours.
    QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(m_pane->actions()->findChild<QAction *>(action)->text().size() > 0);
}

void tst_LayoutActions::enabledFollowsTheSelection_data()
{
    QTest::addColumn<Selection>("selection");
    QTest::addColumn<QString>("enabled"); // c: copy/cut, d: delete, u: duplicate, n: rename,
                                          // h: move left/right, v: move up/down
    QTest::newRow("nothing") << Selection::Nothing << QString();
    QTest::newRow("two placements") << Selection::TwoPlacements << QStringLiteral("cdu");
    QTest::newRow("one rack") << Selection::OneRack << QStringLiteral("dunhv");
    QTest::newRow("two racks") << Selection::TwoRacks << QStringLiteral("du");
    QTest::newRow("one row") << Selection::OneRow << QStringLiteral("dunv");
}

void tst_LayoutActions::enabledFollowsTheSelection()
{
    QFETCH(Selection, selection);
    QFETCH(QString, enabled);
    select(selection);
    QCOMPARE(actions()->copyAction()->isEnabled(), enabled.contains(QLatin1Char('c')));
    QCOMPARE(actions()->cutAction()->isEnabled(), enabled.contains(QLatin1Char('c')));
    QCOMPARE(actions()->deleteAction()->isEnabled(), enabled.contains(QLatin1Char('d')));
    QCOMPARE(actions()->duplicateAction()->isEnabled(), enabled.contains(QLatin1Char('u')));
    QCOMPARE(actions()->renameAction()->isEnabled(), enabled.contains(QLatin1Char('n')));
    QCOMPARE(actions()->moveLeftAction()->isEnabled(), enabled.contains(QLatin1Char('h')));
    QCOMPARE(actions()->moveUpAction()->isEnabled(), enabled.contains(QLatin1Char('v')));
    QVERIFY(actions()->addRowAction()->isEnabled());
    QVERIFY(actions()->addRackAction()->isEnabled()); // the hall has racks to copy
    QVERIFY(!actions()->pasteAction()->isEnabled()); // the clipboard is empty
}

void tst_LayoutActions::deleteKeyRemovesSelectedPlacements()
{
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
    select(Selection::TwoPlacements);
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(5));
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(scene()->rackItem(m_hall->a1)->mounted().size(), size_t(5));
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(7));
    m_hall->stack()->redo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(5));
}

void tst_LayoutActions::deleteRemovesRacksAndRows()
{
    select(Selection::TwoRacks);
    actions()->deleteAction()->trigger();
    QCOMPARE(m_hall->hall()->totals().rackCount, 1);
    QCOMPARE(scene()->rackItemCount(), 1);
    QCOMPARE(m_hall->stack()->count(), 1);
    m_hall->stack()->undo();
    QCOMPARE(scene()->rackItemCount(), 3);

    select(Selection::OneRow);
    actions()->deleteAction()->trigger();
    QCOMPARE(m_hall->hall()->rowIds(), std::vector<RowId> {m_hall->rowA});
    QCOMPARE(scene()->rowItem(m_hall->rowB), nullptr);
    m_hall->stack()->undo();
    QVERIFY(scene()->rowItem(m_hall->rowB));
    QVERIFY(scene()->rackItem(m_hall->b1));
}

void tst_LayoutActions::copyAndPasteIntoAnotherRack()
{
    select(Selection::TwoPlacements);
    actions()->copyAction()->trigger();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data->hasFormat(QStringLiteral("application/x-headroom-placements")));
    QVERIFY(data->text().contains(QStringLiteral("Test test-server")));
    QCOMPARE(m_hall->stack()->count(), 0); // copying changes nothing

    select(Selection::OneRack); // A2, empty
    QVERIFY(actions()->pasteAction()->isEnabled());
    actions()->pasteAction()->trigger();
    QCOMPARE(m_hall->stack()->count(), 1);
    QList<int> positions;
    for (PlacementId id : m_hall->hall()->placementIds(m_hall->a2))
        positions.append(m_hall->hall()->placement(id)->positionU);
    QCOMPARE(positions, (QList<int> {1, 5}));
    QCOMPARE(scene()->selectedPlacementIds().size(), 2);
    m_hall->stack()->undo();
    QVERIFY(m_hall->hall()->placementIds(m_hall->a2).empty());
}

void tst_LayoutActions::pasteGoesToTheLowestFreeSpan()
{
    select(Selection::TwoPlacements);
    actions()->copyAction()->trigger();
    scene()->selectPlacements({m_hall->b1Server}); // B1 holds one server at U1
    actions()->pasteAction()->trigger();
    const QList<PlacementId> pasted = scene()->selectedPlacementIds();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(m_hall->hall()->rackOf(pasted.at(0)), m_hall->b1);
    QCOMPARE(m_hall->hall()->placement(pasted.at(0))->positionU, 5);
    QCOMPARE(m_hall->hall()->placement(pasted.at(1))->positionU, 9);

    // A1 has room but not the power for two more 5 kW servers (35 of 40 kW).
    scene()->selectRacks({m_hall->a1});
    actions()->pasteAction()->trigger();
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(m_pane->statusText(), QStringLiteral("The copied items do not fit anywhere in A1."));
}

void tst_LayoutActions::pasteWithNoRoomSaysSo()
{
    select(Selection::TwoPlacements);
    actions()->copyAction()->trigger();
    scene()->selectRacks({m_hall->b1});
    // Fill B1: ten 4U servers would be 50 kW; fill it with shallow switches instead.
    for (int u = 5; u <= 42; ++u)
        m_hall->editor().placeItem(m_hall->b1, switchItem(), u, RackFace::Front, {},
                                   BudgetPolicy::Allow);
    const int before = m_hall->stack()->count();
    actions()->pasteAction()->trigger();
    QCOMPARE(m_hall->stack()->count(), before);
    QCOMPARE(m_pane->statusText(), QStringLiteral("The copied items do not fit anywhere in B1."));
}

void tst_LayoutActions::cutIsOneUndoStep()
{
    select(Selection::TwoPlacements);
    actions()->cutAction()->trigger();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(5));
    QCOMPARE(m_hall->stack()->count(), 1);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("application/x-headroom-placements")));
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(7));
}

void tst_LayoutActions::duplicatePlacementsRacksAndRows()
{
    scene()->selectPlacements({m_hall->b1Server});
    actions()->duplicateAction()->trigger();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->b1).size(), size_t(2));
    const QList<PlacementId> copies = scene()->selectedPlacementIds();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(m_hall->hall()->placement(copies.first())->positionU, 5);
    QCOMPARE(m_hall->stack()->count(), 1);

    select(Selection::OneRack);
    actions()->duplicateAction()->trigger();
    const std::vector<RackId> &rowA = m_hall->hall()->rackIds(m_hall->rowA);
    QCOMPARE(rowA.size(), size_t(3));
    QCOMPARE(rowA.at(2), scene()->selectedRackIds().value(0));
    QCOMPARE(m_hall->hall()->rack(rowA.at(2))->name, QStringLiteral("A2 copy"));

    select(Selection::TwoRacks);
    actions()->duplicateAction()->trigger();
    QCOMPARE(m_hall->hall()->totals().rackCount, 6);
    QCOMPARE(m_hall->stack()->count(), 3); // two racks, one undo step

    select(Selection::OneRow);
    actions()->duplicateAction()->trigger();
    QCOMPARE(m_hall->hall()->rowIds().size(), size_t(3));
    QCOMPARE(scene()->selectedRowIds().size(), 1);
    while (m_hall->stack()->canUndo())
        m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->totals().rackCount, 3);
    QCOMPARE(m_hall->hall()->totals().placementCount, 8);
}

void tst_LayoutActions::addRackCopiesTheSelectedRack()
{
    scene()->selectRacks({m_hall->a1});
    actions()->addRackAction()->trigger();
    const std::vector<RackId> &rowA = m_hall->hall()->rackIds(m_hall->rowA);
    QCOMPARE(rowA.size(), size_t(3));
    const RackId added = rowA.at(1);
    QCOMPARE(scene()->selectedRackIds(), QList<RackId> {added});
    QCOMPARE(m_hall->hall()->rack(added)->rackTypeId, m_hall->hall()->rack(m_hall->a1)->rackTypeId);
    QCOMPARE(m_hall->hall()->rack(added)->power, m_hall->hall()->rack(m_hall->a1)->power);
    QVERIFY(m_hall->hall()->placementIds(added).empty());
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA).size(), size_t(2));

    // An empty hall has no rack to copy: the first comes from the catalog.
    m_hall->hall()->clear();
    QVERIFY(!actions()->addRackAction()->isEnabled());
}

void tst_LayoutActions::addRowGoesAfterTheSelectedRow()
{
    scene()->selectRows({m_hall->rowA});
    actions()->addRowAction()->trigger();
    QCOMPARE(m_hall->hall()->rowIds().size(), size_t(3));
    const RowId added = m_hall->hall()->rowIds().at(1);
    QCOMPARE(scene()->selectedRowIds(), QList<RowId> {added});
    QCOMPARE(m_hall->hall()->row(added)->name, QStringLiteral("Row 3"));
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rowIds().size(), size_t(2));
}

void tst_LayoutActions::renameAsksForTheName()
{
    QStringList asked;
    std::optional<QString> answer = QStringLiteral("Spare");
    actions()->setNamePrompt([&](const QString &title, const QString &current) {
        asked << title + QLatin1Char('|') + current;
        return answer;
    });
    scene()->selectRacks({m_hall->a2});
    actions()->renameAction()->trigger();
    QCOMPARE(asked, QStringList {QStringLiteral("Rename rack|A2")});
    QCOMPARE(m_hall->hall()->rack(m_hall->a2)->name, QStringLiteral("Spare"));
    QCOMPARE(scene()->rackItem(m_hall->a2)->name(), QStringLiteral("Spare"));
    QCOMPARE(m_hall->stack()->count(), 1);

    actions()->renameAction()->trigger(); // the same name again: nothing to undo
    QCOMPARE(m_hall->stack()->count(), 1);
    answer = std::nullopt; // cancelled
    scene()->selectRows({m_hall->rowB});
    actions()->renameAction()->trigger();
    QCOMPARE(asked.last(), QStringLiteral("Rename row|Row B"));
    QCOMPARE(m_hall->stack()->count(), 1);
    answer = QStringLiteral("Inference");
    actions()->renameAction()->trigger();
    QCOMPARE(scene()->rowItem(m_hall->rowB)->name(), QStringLiteral("Inference"));
    m_hall->stack()->undo();
    QCOMPARE(scene()->rowItem(m_hall->rowB)->name(), QStringLiteral("Row B"));
}

void tst_LayoutActions::moveActionsReorderRacksAndRows()
{
    scene()->selectRacks({m_hall->a1});
    actions()->moveRightAction()->trigger();
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a2, m_hall->a1}));
    actions()->moveRightAction()->trigger(); // already last: nothing pushed
    QCOMPARE(m_hall->stack()->count(), 1);
    actions()->moveDownAction()->trigger();
    QCOMPARE(m_hall->hall()->rowOf(m_hall->a1), m_hall->rowB);
    QCOMPARE(scene()->selectedRackIds(), QList<RackId> {m_hall->a1}); // still selected
    scene()->selectRows({m_hall->rowB});
    actions()->moveUpAction()->trigger();
    QCOMPARE(m_hall->hall()->rowIds().front(), m_hall->rowB);
    QCOMPARE(m_hall->stack()->count(), 3);
    while (m_hall->stack()->canUndo())
        m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rowIds().front(), m_hall->rowA);
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a1, m_hall->a2}));
}

void tst_LayoutActions::contextMenuOffersWhatApplies()
{
    select(Selection::TwoPlacements);
    QVERIFY(actions()->contextActions().contains(actions()->cutAction()));
    QVERIFY(!actions()->contextActions().contains(actions()->renameAction()));
    select(Selection::OneRack);
    QVERIFY(actions()->contextActions().contains(actions()->renameAction()));
    QVERIFY(actions()->contextActions().contains(actions()->moveLeftAction()));
    select(Selection::OneRow);
    QVERIFY(actions()->contextActions().contains(actions()->addRowAction()));
    QVERIFY(!actions()->contextActions().contains(actions()->moveLeftAction()));
    select(Selection::Nothing);
    QVERIFY(actions()->contextActions().contains(actions()->zoomFitAction()));
}

QTEST_MAIN(tst_LayoutActions)
#include "tst_layoutactions.moc"
