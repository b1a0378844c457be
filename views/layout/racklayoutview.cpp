#include "views/layout/racklayoutview.h"

#include "model/layout/datahall.h"
#include "model/workload/workloadmime.h"
#include "model/workload/workloadset.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/layouttooltips.h"
#include "views/layout/placementitem.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/rowheaderitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

RackLayoutView::RackLayoutView(RackLayoutScene *scene, QUndoStack *stack, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_stack(stack)
    , m_drag(scene, stack)
    , m_workloadDrag(scene, stack)
{
    setObjectName(QStringLiteral("rackLayoutView"));
    setAcceptDrops(true);
    setDragMode(RubberBandDrag);
    // A band selects what it encloses: placements inside a rack, or whole racks.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(NoAnchor); // setZoom() keeps its own anchor
    setResizeAnchor(AnchorViewCenter);
    setOptimizationFlag(DontAdjustForAntialiasing); // nothing in the hall is antialiased
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(scene, &RackLayoutScene::hallGeometryChanged, this, &RackLayoutView::updateDetail);
}

RackLayoutView::~RackLayoutView() = default;

// --- zoom and pan ---

double RackLayoutView::zoom() const
{
    return transform().m11();
}

double RackLayoutView::minimumZoom() const
{
    const QRectF scene = sceneRect();
    const QSize view = viewport()->size();
    if (scene.isEmpty() || view.isEmpty())
        return 0.05;
    const double fit = std::min(view.width() / scene.width(), view.height() / scene.height());
    return std::min(0.25, fit * 0.8);
}

void RackLayoutView::setZoom(double zoom)
{
    setZoom(zoom, viewport()->rect().center());
}

void RackLayoutView::setZoom(double zoom, const QPoint &anchor)
{
    zoom = std::clamp(zoom, minimumZoom(), kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const QPointF sceneAnchor = mapToScene(anchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    const QPoint moved = mapFromScene(sceneAnchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x() - anchor.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y() - anchor.y());
    updateDetail();
    emit zoomChanged(zoom);
}

void RackLayoutView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void RackLayoutView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void RackLayoutView::zoomToFit()
{
    const QRectF scene = sceneRect();
    const QSize view = viewport()->size();
    if (scene.isEmpty() || view.isEmpty())
        return;
    const double fit = std::min(view.width() / scene.width(), view.height() / scene.height());
    setTransform(QTransform::fromScale(std::min(fit, kMaxZoom), std::min(fit, kMaxZoom)));
    centerOn(scene.center());
    updateDetail();
    emit zoomChanged(zoom());
}

void RackLayoutView::wheelEvent(QWheelEvent *event)
{
    // Shift or Alt scrolls; the wheel alone (or with Ctrl) zooms about the pointer.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(kZoomStep, steps), event->position().toPoint());
    event->accept();
}

void RackLayoutView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateDetail();
}

void RackLayoutView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateDetail();
}

void RackLayoutView::updateDetail()
{
    if (scene() != m_scene)
        return; // the scene is detaching (being destroyed)
    if (zoom() < RackGeometry::kDetailLevel) {
        m_scene->setDetailRect({});
        return;
    }
    m_scene->setDetailRect(mapToScene(viewport()->rect()).boundingRect());
}

// --- keys ---

void RackLayoutView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_drag.isActive() || m_press != Press::None)) {
        m_drag.cancel();
        m_press = Press::None;
        emit statusMessage(QString());
        event->accept();
        return;
    }
    const bool arrow = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (arrow && modifiers == Qt::NoModifier) {
        const QList<PlacementId> selected = m_scene->selectedPlacementIds();
        if (!selected.isEmpty()) {
            // Auto-repeat sends one press per step; LayoutEditor merges the steps into
            // one undo command while they move the same placements.
            const EditOutcome outcome =
                LayoutEditor(m_scene->hall(), m_stack)
                    .nudgePlacements(selected, event->key() == Qt::Key_Up ? 1 : -1);
            emit statusMessage(outcome.status == EditOutcome::Status::Refused ? outcome.message
                                                                              : QString());
            event->accept();
            return;
        }
    }
    if (m_drag.isActive() && event->key() == Qt::Key_Shift) {
        followDrag(mapToScene(viewport()->mapFromGlobal(QCursor::pos())), true);
    }
    QGraphicsView::keyPressEvent(event);
}

void RackLayoutView::keyReleaseEvent(QKeyEvent *event)
{
    if (m_drag.isActive() && event->key() == Qt::Key_Shift) {
        followDrag(mapToScene(viewport()->mapFromGlobal(QCursor::pos())), false);
    }
    QGraphicsView::keyReleaseEvent(event);
}

// --- mouse: selection, dragging placements and racks, panning ---

void RackLayoutView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
    m_press = Press::None;
    if (event->button() != Qt::LeftButton)
        return;
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressViewPos);
    QGraphicsItem *item = itemAt(m_pressViewPos);
    if (item && item->type() == PlacementItem::Type) {
        m_press = Press::Placement;
        m_pressId = static_cast<PlacementItem *>(item)->placementId();
    } else if (item && item->type() == RackItem::Type) {
        auto *rack = static_cast<RackItem *>(item);
        if (!rack->isDetailed() || rack->geometry().inHeader(rack->mapFromScene(m_pressScenePos))) {
            m_press = Press::Rack;
            m_pressId = rack->rackId();
        }
    }
}

void RackLayoutView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    const bool force = event->modifiers() & Qt::ShiftModifier;
    if (m_drag.isActive()) {
        followDrag(mapToScene(pos), force);
        event->accept();
        return;
    }
    if (m_press == Press::Placement && (event->modifiers() & Qt::AltModifier)
        && (event->buttons() & Qt::LeftButton)
        && (pos - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance()
        && startWorkloadMove(m_pressId)) {
        m_press = Press::None;
        event->accept();
        return;
    }
    if (m_press != Press::None && (event->buttons() & Qt::LeftButton)
        && (pos - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance()) {
        if (m_press == Press::Placement) {
            const QList<PlacementId> selected = m_scene->selectedPlacementIds();
            if (selected.contains(m_pressId))
                m_drag.beginPlacements(selected, m_pressId, m_pressScenePos);
        } else {
            m_drag.beginRack(m_pressId);
        }
        m_press = Press::None;
        if (m_drag.isActive()) {
            followDrag(mapToScene(pos), force);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseMoveEvent(event);
}

void RackLayoutView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    // The item under the mouse lets go of its grab first: the edit may move or remove it.
    QGraphicsView::mouseReleaseEvent(event);
    m_press = Press::None;
    if (m_drag.isActive() && event->button() == Qt::LeftButton) {
        m_drag.update(mapToScene(event->position().toPoint()),
                      event->modifiers() & Qt::ShiftModifier);
        finishDrag();
    }
}

void RackLayoutView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QGraphicsItem *item = itemAt(event->position().toPoint());
    if (!item)
        return;
    const bool header = item->type() == RowHeaderItem::Type
        || (item->type() == RackItem::Type
            && static_cast<const RackItem *>(item)->geometry().inHeader(
                item->mapFromScene(scenePos)));
    if (header)
        emit renameRequested();
}

void RackLayoutView::followDrag(const QPointF &scenePos, bool force)
{
    m_drag.update(scenePos, force);
    m_scene->preview()->fitLabel(mapToScene(viewport()->rect()).boundingRect(), zoom());
    emit statusMessage(m_drag.message());
}

void RackLayoutView::finishDrag()
{
    const LayoutDrag::Kind kind = m_drag.kind();
    const EditOutcome outcome = m_drag.drop();
    emit statusMessage(outcome.status == EditOutcome::Status::Refused ? outcome.message
                                                                      : QString());
    if (!outcome.applied() || outcome.createdIds.isEmpty())
        return;
    // What a drop created is what the user works on next.
    if (kind == LayoutDrag::Kind::CatalogRacks)
        m_scene->selectRacks(outcome.createdIds);
    else
        m_scene->selectPlacements(outcome.createdIds);
}

// --- drops from the catalog ---

void RackLayoutView::dragEnterEvent(QDragEnterEvent *event)
{
    if (enterWorkloadDrag(event))
        return;
    const QStringList ids = CatalogDrag::ids(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // The one catalog lookup of the drag: every later move uses these rows.
    const CatalogDrag::Resolved resolved =
        CatalogDrag::resolve(ids, m_scene->hall()->catalog(), m_lookup);
    if (resolved.items.isEmpty()) {
        emit statusMessage(resolved.error);
        event->ignore();
        return;
    }
    if (!m_drag.beginCatalog(resolved.items)) {
        emit statusMessage(m_drag.message());
        event->ignore();
        return;
    }
    followDrag(mapToScene(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
    // Accepted whatever the verdict, so the moves keep coming and the preview follows.
    event->acceptProposedAction();
}

void RackLayoutView::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_workloadDrag.isActive()) {
        followWorkloadDrag(mapToScene(event->position().toPoint()));
        if (m_workloadDrag.canDrop())
            event->acceptProposedAction();
        else
            event->ignore();
        return;
    }
    if (m_drag.kind() != LayoutDrag::Kind::CatalogItems
        && m_drag.kind() != LayoutDrag::Kind::CatalogRacks) {
        event->ignore();
        return;
    }
    followDrag(mapToScene(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
    if (m_drag.canDrop())
        event->acceptProposedAction();
    else
        event->ignore();
}

void RackLayoutView::dragLeaveEvent(QDragLeaveEvent *event)
{
    if (m_workloadDrag.isActive()) {
        m_workloadDrag.cancel();
        emit workloadDragChanged();
    }
    m_drag.cancel();
    emit statusMessage(QString());
    event->accept();
}

void RackLayoutView::dropEvent(QDropEvent *event)
{
    if (m_workloadDrag.isActive()) {
        dropWorkload(event);
        return;
    }
    if (m_drag.kind() != LayoutDrag::Kind::CatalogItems
        && m_drag.kind() != LayoutDrag::Kind::CatalogRacks) {
        event->ignore();
        return;
    }
    m_drag.update(mapToScene(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
    const bool allowed = m_drag.canDrop();
    finishDrag();
    if (allowed) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        // The next keys (Delete, arrows) are for what was just dropped, not the Catalog.
        setFocus(Qt::OtherFocusReason);
    } else {
        event->ignore();
    }
}

// --- workloads dropped on servers, racks and rows ---

bool RackLayoutView::enterWorkloadDrag(QDragEnterEvent *event)
{
    const QList<WorkloadId> ids = WorkloadMime::ids(event->mimeData());
    if (ids.isEmpty())
        return false;
    if (!m_workloadDrag.begin(ids, WorkloadMime::source(event->mimeData()))) {
        emit statusMessage(m_workloadDrag.message());
        event->ignore();
        return true;
    }
    emit workloadDragChanged();
    followWorkloadDrag(mapToScene(event->position().toPoint()));
    // Accepted whatever the verdict, so the moves keep coming and the preview follows.
    event->acceptProposedAction();
    return true;
}

bool RackLayoutView::startWorkloadMove(PlacementId server)
{
    const WorkloadSet *workloads = m_workloadDrag.workloads();
    if (!workloads || workloads->workloadsOn(server).empty())
        return false;
    // The first workload the server runs moves off it, to wherever it is dropped.
    const WorkloadId id = workloads->workloadsOn(server).front();
    auto *drag = new QDrag(this);
    drag->setMimeData(WorkloadMime::create({id}, {workloads->workload(id)->name},
                                           AssignmentTarget::server(server)));
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    return true;
}

void RackLayoutView::followWorkloadDrag(const QPointF &scenePos)
{
    if (!m_workloadDrag.update(scenePos))
        return; // same target: nothing new to say, nothing to recompute
    m_scene->preview()->fitLabel(mapToScene(viewport()->rect()).boundingRect(), zoom());
    emit statusMessage(m_workloadDrag.message());
    emit workloadDragChanged();
}

void RackLayoutView::dropWorkload(QDropEvent *event)
{
    followWorkloadDrag(mapToScene(event->position().toPoint()));
    const bool allowed = m_workloadDrag.canDrop();
    const bool moving = m_workloadDrag.source().has_value();
    const WorkloadEditOutcome outcome = m_workloadDrag.drop();
    emit statusMessage(outcome.status == WorkloadEditOutcome::Status::Refused ? outcome.message
                                                                              : QString());
    emit workloadDragChanged();
    if (allowed) {
        event->setDropAction(moving ? Qt::MoveAction : Qt::CopyAction);
        event->accept();
        setFocus(Qt::OtherFocusReason);
    } else {
        event->ignore();
    }
}

// --- context menu and tooltips ---

void RackLayoutView::selectUnder(const QPointF &scenePos)
{
    QGraphicsItem *item = m_scene->itemAt(scenePos, transform());
    while (item && item->type() != PlacementItem::Type && item->type() != RackItem::Type
           && item->type() != RowHeaderItem::Type)
        item = item->parentItem();
    if (item && item->isSelected())
        return;
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
}

void RackLayoutView::contextMenuEvent(QContextMenuEvent *event)
{
    m_contextScenePos = mapToScene(event->pos());
    selectUnder(m_contextScenePos);
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

QString RackLayoutView::toolTipAt(const QPointF &scenePos) const
{
    const DataHall &hall = *m_scene->hall();
    if (const RackItem *rack = m_scene->rackAt(scenePos)) {
        if (const RackItem::Mounted *m = rack->mountedAt(rack->mapFromScene(scenePos)))
            return LayoutToolTips::placement(hall, m->id);
        return LayoutToolTips::rack(hall, rack->rackId());
    }
    const RowHeaderItem *header = m_scene->rowItem(m_scene->rowAt(scenePos.y()));
    if (header && header->sceneBoundingRect().contains(scenePos))
        return LayoutToolTips::row(hall, header->rowId());
    return {};
}

bool RackLayoutView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(mapToScene(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void RackLayoutView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_scene->hall()->isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0x6b, 0x74, 0x7e));
    QFont font = painter->font();
    font.setPixelSize(15);
    painter->setFont(font);
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("The hall is empty. Drag a rack type from the Catalog here, or add a "
                         "row and a rack from the Layout menu."));
    painter->restore();
}
