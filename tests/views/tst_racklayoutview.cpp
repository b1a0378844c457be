#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "support/testenvironment.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/placementitem.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"

#include <QApplication>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace RackViewHall;

// The view driven the way a user drives it: synthetic drag-and-drop, mouse and key events
// sent to the real widget, offscreen.
class tst_RackLayoutView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dropFromTheCatalogThatFitsIsAcceptedAndPlaced();
    void dropOverBudgetIsRefusedWithTheReason();
    void shiftDropGoesOverBudget();
    void unknownCatalogItemIsRefusedAtTheDoor();
    void leavingClearsThePreview();
    void theReasonStaysInView();
    void draggingAPlacementMovesIt_data();
    void draggingAPlacementMovesIt();
    void clickWithoutDragPushesNothing();
    void draggingARackHeaderReordersTheRow();
    void arrowKeysNudgeAndMergeWhileHeld();
    void nudgeBeyondTheRackIsRefused();
    void ctrlClickAndRubberBandSelectSeveral();
    void placementItemsExistOnlyWhenZoomedIn();
    void wheelZoomsAboutThePointer();
    void tooltipsNameTheItemUnderThePointer();

private:
    QPointF sceneAt(RackId rack, int u, RackFace face = RackFace::Front) const;
    QPoint viewAt(RackId rack, int u, RackFace face = RackFace::Front) const;
    void mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void dragWithMouse(const QPoint &from, const QPoint &to,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Sends enter, move and (when asked) drop; returns whether the last event was accepted.
    bool dragFromCatalog(const QStringList &ids, const QPoint &pos, bool drop,
                         Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<RackLayoutScene> m_scene;
    std::unique_ptr<RackLayoutView> m_view;
};

void tst_RackLayoutView::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_RackLayoutView::init()
{
    m_hall = make();
    m_scene = std::make_unique<RackLayoutScene>(m_hall->hall());
    m_view = std::make_unique<RackLayoutView>(m_scene.get(), m_hall->stack());
    m_view->setCatalogLookup(lookup());
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setZoom(1.0);
    m_view->centerOn(m_scene->rackItem(m_hall->a1)->sceneBoundingRect().center());
}

void tst_RackLayoutView::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_hall.reset();
}

QPointF tst_RackLayoutView::sceneAt(RackId rack, int u, RackFace face) const
{
    const RackItem *item = m_scene->rackItem(rack);
    return item->mapToScene(item->geometry().spanRect(u, 1, face).center());
}

QPoint tst_RackLayoutView::viewAt(RackId rack, int u, RackFace face) const
{
    return m_view->mapFromScene(sceneAt(rack, u, face));
}

void tst_RackLayoutView::mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_view->viewport();
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
                      modifiers);
    QApplication::sendEvent(viewport, &event);
}

void tst_RackLayoutView::dragWithMouse(const QPoint &from, const QPoint &to,
                                       Qt::KeyboardModifiers modifiers)
{
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(QEvent::MouseMove, from + QPoint(2, 1), Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

bool tst_RackLayoutView::dragFromCatalog(const QStringList &ids, const QPoint &pos, bool drop,
                                         Qt::KeyboardModifiers modifiers)
{
    const std::unique_ptr<QMimeData> data(CatalogDrag::createMimeData(ids));
    QWidget *viewport = m_view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, data.get(), Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    if (!drop)
        return move.isAccepted();
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &dropped);
    return dropped.isAccepted();
}

void tst_RackLayoutView::dropFromTheCatalogThatFitsIsAcceptedAndPlaced()
{
    QSignalSpy status(m_view.get(), &RackLayoutView::statusMessage);
    // Hovering: a green span over U33 and what the drop would do.
    QVERIFY(dragFromCatalog({switchItem().id}, viewAt(m_hall->a1, 33), false));
    QVERIFY(m_scene->preview()->isVisible());
    QCOMPARE(m_scene->preview()->verdict(), DropPreviewItem::Verdict::Fits);
    QCOMPARE(status.last().first().toString(),
             QStringLiteral("Test test-switch into A1: U33–U33, front"));
    // The drop (a new drag, as the user would make).
    QVERIFY(dragFromCatalog({switchItem().id}, viewAt(m_hall->a1, 33), true));
    QVERIFY(!m_scene->preview()->isVisible());
    QCOMPARE(m_hall->stack()->count(), 1);
    const std::vector<PlacementId> &ids = m_hall->hall()->placementIds(m_hall->a1);
    QCOMPARE(ids.size(), size_t(8));
    const Placement *placed = m_hall->hall()->placement(ids.back());
    QCOMPARE(placed->itemId, switchItem().id);
    QCOMPARE(placed->positionU, 33);
    // The scene shows it at once, selected for the next edit.
    QCOMPARE(m_scene->selectedPlacementIds(), QList<PlacementId> {placed->id});
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(7));
    QCOMPARE(m_scene->rackItem(m_hall->a1)->mounted().size(), size_t(7));
    m_hall->stack()->redo();
    QCOMPARE(m_scene->rackItem(m_hall->a1)->mounted().size(), size_t(8));
}

void tst_RackLayoutView::dropOverBudgetIsRefusedWithTheReason()
{
    QSignalSpy status(m_view.get(), &RackLayoutView::statusMessage);
    const QString reason = QStringLiteral("would exceed rack power: 44.1 kW of 40 kW "
                                          "(hold Shift to go over budget)");
    QVERIFY(!dragFromCatalog({heavyServer().id}, viewAt(m_hall->a1, 34), false));
    QVERIFY(m_scene->preview()->isVisible());
    QCOMPARE(m_scene->preview()->verdict(), DropPreviewItem::Verdict::Refused);
    QCOMPARE(m_scene->preview()->message(), reason);
    QCOMPARE(status.last().first().toString(), reason);

    QVERIFY(!dragFromCatalog({heavyServer().id}, viewAt(m_hall->a1, 34), true));
    QCOMPARE(m_hall->stack()->count(), 0);
    QCOMPARE(m_hall->hall()->placementIds(m_hall->a1).size(), size_t(7));
    QCOMPARE(status.last().first().toString(), reason); // the reason stays readable
}

void tst_RackLayoutView::shiftDropGoesOverBudget()
{
    QVERIFY(dragFromCatalog({heavyServer().id}, viewAt(m_hall->a1, 34), true, Qt::ShiftModifier));
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(m_hall->hall()->rackTotals(m_hall->a1).powerMaxWatts(), 44100.0);
    QVERIFY(m_scene->rackItem(m_hall->a1)->isOverLimit());
}

void tst_RackLayoutView::unknownCatalogItemIsRefusedAtTheDoor()
{
    QSignalSpy status(m_view.get(), &RackLayoutView::statusMessage);
    QVERIFY(!dragFromCatalog({QStringLiteral("no-such-item")}, viewAt(m_hall->a1, 33), false));
    QVERIFY(status.last().first().toString().contains(QStringLiteral("no-such-item")));
    QVERIFY(!m_scene->preview()->isVisible());
    // Not ours at all: ignored without a word.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(viewAt(m_hall->a1, 33), Qt::CopyAction, &text, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
}

void tst_RackLayoutView::leavingClearsThePreview()
{
    QVERIFY(dragFromCatalog({switchItem().id}, viewAt(m_hall->a1, 33), false));
    QVERIFY(m_scene->preview()->isVisible());
    QDragLeaveEvent leave;
    QApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(!m_scene->preview()->isVisible());
    QVERIFY(!m_view->drag().isActive());
    QCOMPARE(m_hall->stack()->count(), 0);
}

void tst_RackLayoutView::theReasonStaysInView()
{
    // A narrow view: there is no room for the reason to the right of A1.
    m_view->resize(600, 800);
    m_view->centerOn(m_scene->rackItem(m_hall->a1)->sceneBoundingRect().center());
    QVERIFY(!dragFromCatalog({heavyServer().id}, viewAt(m_hall->a1, 34), false));
    const QGraphicsItem *label = m_scene->preview()->label();
    QVERIFY(label->isVisible());
    const QRect shown(m_view->mapFromScene(label->scenePos()),
                      label->boundingRect().size().toSize());
    QVERIFY2(m_view->viewport()->rect().contains(shown),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())));
}

void tst_RackLayoutView::draggingAPlacementMovesIt_data()
{
    QTest::addColumn<int>("toRack"); // 0: A1, 1: A2
    QTest::addColumn<int>("toU"); // pointer U; the server was grabbed at its U2
    QTest::addColumn<int>("toFace");
    QTest::addColumn<int>("expectedU");
    QTest::newRow("up within its rack") << 0 << 34 << int(RackFace::Front) << 33;
    QTest::newRow("to the rear of its rack") << 0 << 34 << int(RackFace::Rear) << 33;
    QTest::newRow("into the next rack") << 1 << 11 << int(RackFace::Front) << 10;
}

void tst_RackLayoutView::draggingAPlacementMovesIt()
{
    QFETCH(int, toRack);
    QFETCH(int, toU);
    QFETCH(int, toFace);
    QFETCH(int, expectedU);
    const RackId target = toRack == 0 ? m_hall->a1 : m_hall->a2;
    const PlacementId first = m_hall->a1Servers.first();
    QVERIFY(m_scene->placementItem(first)); // zoomed in: placements are items
    dragWithMouse(viewAt(m_hall->a1, 2), viewAt(target, toU, RackFace(toFace)));
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(m_hall->hall()->rackOf(first), target);
    QCOMPARE(m_hall->hall()->placement(first)->positionU, expectedU);
    QCOMPARE(m_hall->hall()->placement(first)->face, RackFace(toFace));
    QCOMPARE(m_scene->placementItem(first)->parentItem(), m_scene->rackItem(target));
    QVERIFY(!m_scene->preview()->isVisible());
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackOf(first), m_hall->a1);
    QCOMPARE(m_hall->hall()->placement(first)->positionU, 1);
    m_hall->stack()->redo();
    QCOMPARE(m_hall->hall()->placement(first)->positionU, expectedU);
}

void tst_RackLayoutView::clickWithoutDragPushesNothing()
{
    const QPoint server = viewAt(m_hall->a1, 2);
    mouse(QEvent::MouseButtonPress, server, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, server, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_scene->selectedPlacementIds(), QList<PlacementId> {m_hall->a1Servers.first()});
    // Dragged away and back to where it started.
    dragWithMouse(server, server + QPoint(0, 1));
    QCOMPARE(m_hall->stack()->count(), 0);
    QCOMPARE(m_hall->hall()->placement(m_hall->a1Servers.first())->positionU, 1);
}

void tst_RackLayoutView::draggingARackHeaderReordersTheRow()
{
    m_view->setZoom(0.5);
    m_view->centerOn(m_scene->rackItem(m_hall->a2)->sceneBoundingRect().center());
    const QRectF a1 = m_scene->rackItem(m_hall->a1)->sceneBoundingRect();
    const QRectF a2 = m_scene->rackItem(m_hall->a2)->sceneBoundingRect();
    const QPoint header = m_view->mapFromScene(a1.topLeft() + QPointF(60, 10));
    const QPoint afterA2 = m_view->mapFromScene(QPointF(a2.right() + 10, a2.center().y()));
    dragWithMouse(header, afterA2);
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a2, m_hall->a1}));
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(m_scene->rackItem(m_hall->a1)->sceneBoundingRect().left(), a2.left());
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->rackIds(m_hall->rowA), (std::vector<RackId> {m_hall->a1, m_hall->a2}));
}

void tst_RackLayoutView::arrowKeysNudgeAndMergeWhileHeld()
{
    const PlacementId last = m_hall->a1Servers.last(); // U25
    m_scene->selectPlacements({last});
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 26);
    // Held down: auto-repeated presses, one undo step for the whole hold.
    for (int i = 0; i < 4; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(m_view.get(), &repeat);
    }
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 30);
    QCOMPARE(m_hall->stack()->count(), 1);
    QCOMPARE(m_scene->selectedPlacementIds(), QList<PlacementId> {last}); // still selected
    QCOMPARE(m_scene->placementItem(last)->mounted().bottomU, 30);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 29);
    m_hall->stack()->undo();
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 25);
    m_hall->stack()->redo();
    QCOMPARE(m_hall->hall()->placement(last)->positionU, 29);
}

void tst_RackLayoutView::nudgeBeyondTheRackIsRefused()
{
    QSignalSpy status(m_view.get(), &RackLayoutView::statusMessage);
    m_scene->selectPlacements({m_hall->a1Servers.first()});
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Down); // below U1
    QCOMPARE(m_hall->hall()->placement(m_hall->a1Servers.first())->positionU, 1);
    QCOMPARE(m_hall->stack()->count(), 0);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("outside the rack")));
    QTest::keyClick(m_view.get(), Qt::Key_Up); // into the server above
    QCOMPARE(m_hall->stack()->count(), 0);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("is taken by")));
}

void tst_RackLayoutView::ctrlClickAndRubberBandSelectSeveral()
{
    mouse(QEvent::MouseButtonPress, viewAt(m_hall->a1, 2), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, viewAt(m_hall->a1, 2), Qt::LeftButton, Qt::NoButton);
    mouse(QEvent::MouseButtonPress, viewAt(m_hall->a1, 6), Qt::LeftButton, Qt::LeftButton,
          Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, viewAt(m_hall->a1, 6), Qt::LeftButton, Qt::NoButton,
          Qt::ControlModifier);
    QCOMPARE(m_scene->selectedPlacementIds(),
             (QList<PlacementId> {m_hall->a1Servers.at(0), m_hall->a1Servers.at(1)}));

    // A band from an empty slot down over the top two servers selects just those two.
    const RackItem *a1 = m_scene->rackItem(m_hall->a1);
    const QPoint from = m_view->mapFromScene(
        a1->mapToScene(a1->geometry().spanRect(30, 1, RackFace::Rear).topRight()));
    const QPoint to = m_view->mapFromScene(
        a1->mapToScene(QPointF(4, a1->geometry().spanRect(21, 1, RackFace::Front).bottom() + 2)));
    dragWithMouse(from, to);
    QCOMPARE(m_scene->selectedPlacementIds(),
             (QList<PlacementId> {m_hall->a1Servers.at(5), m_hall->a1Servers.at(6)}));
    QCOMPARE(m_hall->stack()->count(), 0);
}

void tst_RackLayoutView::placementItemsExistOnlyWhenZoomedIn()
{
    // Forty racks of eight servers in four rows.
    std::vector<RowSnapshot> rows;
    quint32 id = 1;
    for (int r = 0; r < 4; ++r) {
        RowSnapshot row {{id++, QStringLiteral("Row %1").arg(r + 1)}, {}};
        for (int k = 0; k < 10; ++k) {
            RackSnapshot rack;
            rack.rack = {id++, QStringLiteral("R%1").arg(k + 1), rackType().id, power(), {}, {}};
            for (int s = 0; s < 8; ++s)
                rack.placements.push_back({id++, server().id, 1 + 4 * s, RackFace::Front, {}});
            row.racks.push_back(rack);
        }
        rows.push_back(row);
    }
    m_hall->hall()->reset(rows, {rackType(), server()});
    QCOMPARE(m_hall->hall()->totals().placementCount, 320);

    m_view->zoomToFit();
    QVERIFY(m_view->zoom() < RackGeometry::kDetailLevel);
    QCOMPARE(m_scene->placementItemCount(), 0);
    QCOMPARE(m_scene->items().size(), 40 + 4 + 2); // racks, row headers, preview and label

    m_view->setZoom(1.0);
    m_view->centerOn(m_scene->rackItem(rows[1].racks[4].rack.id)->sceneBoundingRect().center());
    const int shown = m_scene->placementItemCount();
    QVERIFY2(shown > 0 && shown % 8 == 0, qPrintable(QString::number(shown)));
    // Only the racks the viewport meets: a handful of 40.
    QVERIFY2(shown <= 6 * 8, qPrintable(QString::number(shown)));
    QVERIFY(m_scene->placementItem(rows[1].racks[4].placements[0].id));

    m_view->zoomToFit();
    QCOMPARE(m_scene->placementItemCount(), 0);
}

void tst_RackLayoutView::wheelZoomsAboutThePointer()
{
    QSignalSpy zoomed(m_view.get(), &RackLayoutView::zoomChanged);
    const QPoint pointer = viewAt(m_hall->a1, 20);
    const QPointF under = m_view->mapToScene(pointer);
    const double before = m_view->zoom();
    QWheelEvent wheel(QPointF(pointer), QPointF(m_view->viewport()->mapToGlobal(pointer)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), before * RackLayoutView::kZoomStep);
    QCOMPARE(zoomed.count(), 1);
    const QPointF after = m_view->mapToScene(pointer);
    QVERIFY2(QLineF(under, after).length() < 2.0, "the point under the pointer stays there");

    m_view->setZoom(100.0);
    QCOMPARE(m_view->zoom(), RackLayoutView::kMaxZoom);
    m_view->zoomOut();
    QCOMPARE(m_view->zoom(), RackLayoutView::kMaxZoom / RackLayoutView::kZoomStep);
}

void tst_RackLayoutView::tooltipsNameTheItemUnderThePointer()
{
    const QPoint server = viewAt(m_hall->a1, 2);
    QHelpEvent help(QEvent::ToolTip, server, m_view->viewport()->mapToGlobal(server));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Test test-server")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("U1–U4")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("5 kW maximum")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("50 kg")));
    QToolTip::hideText();
}

QTEST_MAIN(tst_RackLayoutView)
#include "tst_racklayoutview.moc"
