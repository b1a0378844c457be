#pragma once

#include "model/layout/layoutids.h"
#include "model/workload/assignmenttarget.h"
#include "views/layout/rackitem.h"

#include <QGraphicsScene>
#include <QList>
#include <QRectF>

#include <unordered_map>
#include <unordered_set>
#include <vector>

class DataHall;
class DropPreviewItem;
class PlacementItem;
class RowHeaderItem;
class HeadroomTracker;
class WorkloadSet;

// The data hall as a scene: rows stacked top to bottom, each a row header and its racks
// side by side, standing on a common floor line. It follows the hall's typed signals
// one change at a time (a placement inserted refreshes that rack; a rack inserted lays
// out its row) and rebuilds only on hallReset(). The views never change the hall; they
// send edits through LayoutEditor and this scene shows the result.
//
// Level of detail: racks paint their own placements; only racks that meet the detail
// rect (the view's visible area once it is zoomed past RackGeometry::kDetailLevel) get
// PlacementItem children, so the item count stays near what fits on screen whatever
// the size of the hall. The BSP index stays on: the hall is mostly static.
class RackLayoutScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double kMargin = 40.0;
    static constexpr double kRackGap = 36.0;
    static constexpr double kRackPitch = RackGeometry::kWidth + kRackGap;
    static constexpr double kRowGap = 70.0;
    static constexpr double kRacksLeft = kMargin + 180.0 + 20.0; // after the row header
    static constexpr int kEmptyRowUnits = 42; // how tall a row without racks is drawn

    explicit RackLayoutScene(DataHall *hall, QObject *parent = nullptr);
    ~RackLayoutScene() override;

    DataHall *hall() const { return m_hall; }

    RackItem *rackItem(RackId id) const;
    RowHeaderItem *rowItem(RowId id) const;
    PlacementItem *placementItem(PlacementId id) const;
    int rackItemCount() const { return int(m_racks.size()); }
    int placementItemCount() const { return int(m_placements.size()); }
    DropPreviewItem *preview() const { return m_preview; }

    // Hit tests by geometry (a binary search over the rows), not by walking items.
    RackItem *rackAt(const QPointF &scenePos) const;
    RowId rowAt(double sceneY) const; // the nearest row; 0 in an empty hall
    QRectF rowRect(RowId row) const;
    // Where a rack dropped at a point would go: its row, the index it would be inserted
    // at, and a thin marker in the gap.
    struct RackSlot
    {
        RowId row = 0;
        int index = 0;
        QRectF marker;
    };
    RackSlot rackSlotAt(const QPointF &scenePos) const;

    // Racks meeting this rect (scene coordinates) get PlacementItem children; an empty
    // rect takes them away. Racks holding selected placements keep theirs.
    void setDetailRect(const QRectF &rect);
    QRectF detailRect() const { return m_detailRect; }

    QList<PlacementId> selectedPlacementIds() const;
    QList<RackId> selectedRackIds() const;
    QList<RowId> selectedRowIds() const;
    // What the selection is about, for the Headroom dock: the first selected GPU server's
    // placement, else rack, else row; the hall when nothing is selected.
    AssignmentTarget selectionScope() const;
    // Selects exactly these (placements only where they have items).
    void selectPlacements(const QList<PlacementId> &ids);
    void selectRacks(const QList<RackId> &ids);
    void selectRows(const QList<RowId> &ids);

    // Servers show the workloads they run (tint and badge) from this set, following its
    // assignment signals one rack at a time.
    // `headroom` (optional) gives the load the servers are tinted by.
    void setWorkloads(const WorkloadSet *workloads, const HeadroomTracker *headroom = nullptr);

    // Re-reads every rack and row for texts that depend on the language (gauge labels).
    void retranslate();

signals:
    // Rows or racks moved on screen; views redo their level of detail and bounds.
    void hallGeometryChanged();

private:
    void rebuild();
    RackItem *createRackItem(RackId id);
    RowHeaderItem *createRowItem(RowId id);
    double rowHeight(RowId row) const;
    // Places rows from `fromIndex` down, then fits the scene rect.
    void layoutRows(int fromIndex = 0);
    // Places the racks of one row; relays out the rows below when its height changed.
    void layoutRow(RowId row);
    void updateSceneRect();

    void materialise(RackItem *rack);
    void dematerialise(RackItem *rack);
    bool holdsSelection(const RackItem *rack) const;
    void addPlacementItem(RackItem *rack, const RackItem::Mounted &mounted);
    void dropPlacementItem(PlacementId id);
    void syncPlacementItem(RackItem *rack, PlacementId id);

    void onRowInserted(RowId row, int index);
    void onRowRemoved(RowId row, int index);
    void onRowMoved(RowId row, int fromIndex, int toIndex);
    void onRowRenamed(RowId row);
    void onRackInserted(RackId rack, RowId row, int index);
    void onRackRemoved(RackId rack, RowId row, int index);
    void onRackMoved(RackId rack, RowId fromRow, int fromIndex, RowId toRow, int toIndex);
    void onRackChanged(RackId rack);
    void onPlacementInserted(PlacementId placement, RackId rack);
    void onPlacementRemoved(PlacementId placement, RackId rack);
    void onPlacementMoved(PlacementId placement, RackId fromRack, RackId toRack);
    void onPlacementChanged(PlacementId placement);
    void onTotalsChanged(RackId rack);
    // The racks holding these servers redraw their badges.
    void refreshWorkloadsOn(const QList<PlacementId> &servers);

    DataHall *m_hall;
    std::unordered_map<RackId, RackItem *> m_racks;
    std::unordered_map<RowId, RowHeaderItem *> m_rows;
    std::unordered_map<PlacementId, PlacementItem *> m_placements;
    std::unordered_set<RackId> m_detailed;
    std::vector<double> m_rowTops; // in the hall's row order
    std::vector<double> m_rowHeights;
    QRectF m_detailRect;
    DropPreviewItem *m_preview = nullptr;
    const WorkloadSet *m_workloads = nullptr;
    const HeadroomTracker *m_headroom = nullptr;
};
