#pragma once

#include "model/layout/layoutids.h"
#include "views/layout/catalogdrag.h"
#include "views/layout/layoutdrag.h"
#include "views/layout/workloaddrag.h"

#include <QGraphicsView>
#include <QPointF>

class QUndoStack;
class RackLayoutScene;
class WorkloadSet;

// The hall on screen: zoom (wheel, Ctrl +/-, fit) and pan (scroll bars, middle button),
// the level of detail that gives placements items of their own only where the view is
// zoomed in, drops from the Catalog, dragging placements and racks, arrow-key nudging,
// and hover tooltips. Every change it makes goes through LayoutEditor onto the undo
// stack; it never touches the hall itself.
class RackLayoutView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMaxZoom = 4.0;
    static constexpr double kZoomStep = 1.25;

    RackLayoutView(RackLayoutScene *scene, QUndoStack *stack, QWidget *parent = nullptr);
    ~RackLayoutView() override;

    RackLayoutScene *layoutScene() const { return m_scene; }
    void setCatalogLookup(CatalogLookup lookup) { m_lookup = std::move(lookup); }

    double zoom() const;
    // Zooms about the centre of the view (or about `anchor`, in viewport pixels).
    void setZoom(double zoom);
    void setZoom(double zoom, const QPoint &anchor);
    double minimumZoom() const;

    // The drag in progress, for the status line and tests.
    const LayoutDrag &drag() const { return m_drag; }
    // Workloads dropped here are assigned in this document (none: workload drags are refused).
    void setWorkloads(WorkloadSet *workloads) { m_workloadDrag.setWorkloads(workloads); }
    // The workload drag in progress: its target and the rules' verdict (the charts' what-if).
    const WorkloadDrag &workloadDrag() const { return m_workloadDrag; }
    // The scene position the last context menu was opened at.
    QPointF contextScenePos() const { return m_contextScenePos; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void zoomChanged(double zoom);
    // A drop preview's verdict, or why an edit was refused; empty clears it.
    void statusMessage(const QString &message);
    void contextMenuRequested(const QPoint &globalPos);
    // Double-click on a rack's or a row's header.
    void renameRequested();
    // A workload drag started, moved to another target, or ended (dropped or left).
    void workloadDragChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void updateDetail();
    // Updates the drag for the pointer, keeps its reason in view and reports it.
    void followDrag(const QPointF &scenePos, bool force);
    void finishDrag();
    // Workload drags (from the Workloads dock or off a server).
    bool enterWorkloadDrag(QDragEnterEvent *event);
    void followWorkloadDrag(const QPointF &scenePos);
    void dropWorkload(QDropEvent *event);
    // Alt-drag on a server: moves its (first) workload elsewhere. False when it runs none.
    bool startWorkloadMove(PlacementId server);
    void selectUnder(const QPointF &scenePos);
    QString toolTipAt(const QPointF &scenePos) const;

    enum class Press { None, Placement, Rack };

    RackLayoutScene *m_scene;
    QUndoStack *m_stack;
    LayoutDrag m_drag;
    WorkloadDrag m_workloadDrag;
    CatalogLookup m_lookup;

    Press m_press = Press::None;
    quint32 m_pressId = 0;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    bool m_panning = false;
    QPoint m_panLast;
    QPointF m_contextScenePos;
};
