#include "views/layout/racklayoutscene.h"

#include "model/layout/datahall.h"
#include "model/workload/workloadset.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/placementitem.h"
#include "views/layout/rowheaderitem.h"

#include <algorithm>
#include <cmath>

RackLayoutScene::RackLayoutScene(DataHall *hall, QObject *parent)
    : QGraphicsScene(parent)
    , m_hall(hall)
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    connect(hall, &DataHall::rowInserted, this, &RackLayoutScene::onRowInserted);
    connect(hall, &DataHall::rowRemoved, this, &RackLayoutScene::onRowRemoved);
    connect(hall, &DataHall::rowMoved, this, &RackLayoutScene::onRowMoved);
    connect(hall, &DataHall::rowRenamed, this, &RackLayoutScene::onRowRenamed);
    connect(hall, &DataHall::rackInserted, this, &RackLayoutScene::onRackInserted);
    connect(hall, &DataHall::rackRemoved, this, &RackLayoutScene::onRackRemoved);
    connect(hall, &DataHall::rackMoved, this, &RackLayoutScene::onRackMoved);
    connect(hall, &DataHall::rackChanged, this, &RackLayoutScene::onRackChanged);
    connect(hall, &DataHall::placementInserted, this,
            [this](PlacementId p, RackId rack, int) { onPlacementInserted(p, rack); });
    connect(hall, &DataHall::placementRemoved, this,
            [this](PlacementId p, RackId rack, int) { onPlacementRemoved(p, rack); });
    connect(
        hall, &DataHall::placementMoved, this,
        [this](PlacementId p, RackId from, int, RackId to, int) { onPlacementMoved(p, from, to); });
    connect(hall, &DataHall::placementChanged, this, &RackLayoutScene::onPlacementChanged);
    connect(hall, &DataHall::totalsChanged, this, &RackLayoutScene::onTotalsChanged);
    connect(hall, &DataHall::hallReset, this, &RackLayoutScene::rebuild);
    rebuild();
}

RackLayoutScene::~RackLayoutScene()
{
    // ~QGraphicsScene deletes the items and may announce a selection change on the way;
    // nobody listening should come back into a half-destroyed scene.
    blockSignals(true);
    clear();
}

RackItem *RackLayoutScene::rackItem(RackId id) const
{
    const auto it = m_racks.find(id);
    return it == m_racks.end() ? nullptr : it->second;
}

RowHeaderItem *RackLayoutScene::rowItem(RowId id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : it->second;
}

PlacementItem *RackLayoutScene::placementItem(PlacementId id) const
{
    const auto it = m_placements.find(id);
    return it == m_placements.end() ? nullptr : it->second;
}

// --- geometry ---

double RackLayoutScene::rowHeight(RowId row) const
{
    double height = 0.0;
    for (RackId rack : m_hall->rackIds(row)) {
        if (const RackItem *item = rackItem(rack))
            height = std::max(height, item->geometry().height());
    }
    return height > 0.0 ? height : RackGeometry(kEmptyRowUnits).height();
}

void RackLayoutScene::layoutRows(int fromIndex)
{
    const std::vector<RowId> &rows = m_hall->rowIds();
    const int count = int(rows.size());
    m_rowTops.resize(size_t(count));
    m_rowHeights.resize(size_t(count));
    fromIndex = std::clamp(fromIndex, 0, count);
    double top = fromIndex == 0
        ? kMargin
        : m_rowTops[size_t(fromIndex - 1)] + m_rowHeights[size_t(fromIndex - 1)] + kRowGap;
    for (int i = fromIndex; i < count; ++i) {
        const RowId row = rows[size_t(i)];
        const double height = rowHeight(row);
        m_rowTops[size_t(i)] = top;
        m_rowHeights[size_t(i)] = height;
        if (RowHeaderItem *header = rowItem(row)) {
            header->setHeight(height);
            header->setPos(kMargin, top);
        }
        const std::vector<RackId> &racks = m_hall->rackIds(row);
        for (size_t k = 0; k < racks.size(); ++k) {
            if (RackItem *item = rackItem(racks[k]))
                item->setPos(kRacksLeft + double(k) * kRackPitch,
                             top + height - item->geometry().height());
        }
        top += height + kRowGap;
    }
    updateSceneRect();
    setDetailRect(m_detailRect);
    emit hallGeometryChanged();
}

void RackLayoutScene::layoutRow(RowId row)
{
    const int index = m_hall->rowIndex(row);
    if (index < 0)
        return;
    const bool sameHeight = size_t(index) < m_rowHeights.size()
        && m_rowHeights.size() == m_hall->rowIds().size()
        && qFuzzyCompare(m_rowHeights[size_t(index)], rowHeight(row));
    // A row that kept its height moves nothing below it.
    if (!sameHeight) {
        layoutRows(index);
        return;
    }
    const double top = m_rowTops[size_t(index)];
    const double height = m_rowHeights[size_t(index)];
    const std::vector<RackId> &racks = m_hall->rackIds(row);
    for (size_t k = 0; k < racks.size(); ++k) {
        if (RackItem *item = rackItem(racks[k]))
            item->setPos(kRacksLeft + double(k) * kRackPitch,
                         top + height - item->geometry().height());
    }
    updateSceneRect();
    setDetailRect(m_detailRect);
    emit hallGeometryChanged();
}

void RackLayoutScene::updateSceneRect()
{
    size_t widest = 0;
    for (RowId row : m_hall->rowIds())
        widest = std::max(widest, m_hall->rackIds(row).size());
    // Room for one more rack at the end of the widest row: racks are dropped there.
    const double width = kRacksLeft + double(widest + 1) * kRackPitch + kMargin;
    const double height = m_rowTops.empty() ? RackGeometry(kEmptyRowUnits).height() + 2 * kMargin
                                            : m_rowTops.back() + m_rowHeights.back() + kMargin;
    setSceneRect(0, 0, width, height);
}

RowId RackLayoutScene::rowAt(double sceneY) const
{
    const std::vector<RowId> &rows = m_hall->rowIds();
    if (rows.empty() || m_rowTops.size() != rows.size())
        return 0;
    const auto it = std::upper_bound(m_rowTops.begin(), m_rowTops.end(), sceneY);
    size_t i = it == m_rowTops.begin() ? 0 : size_t(it - m_rowTops.begin()) - 1;
    // In the gap below a row, the nearer of the two rows.
    const double bottom = m_rowTops[i] + m_rowHeights[i];
    if (sceneY > bottom && i + 1 < rows.size() && sceneY - bottom > m_rowTops[i + 1] - sceneY)
        ++i;
    return rows[i];
}

QRectF RackLayoutScene::rowRect(RowId row) const
{
    const int index = m_hall->rowIndex(row);
    if (index < 0 || size_t(index) >= m_rowTops.size())
        return {};
    return {kMargin, m_rowTops[size_t(index)], sceneRect().width() - 2 * kMargin,
            m_rowHeights[size_t(index)]};
}

RackItem *RackLayoutScene::rackAt(const QPointF &scenePos) const
{
    const RowId row = rowAt(scenePos.y());
    if (!row)
        return nullptr;
    const double column = std::floor((scenePos.x() - kRacksLeft) / kRackPitch);
    const std::vector<RackId> &racks = m_hall->rackIds(row);
    if (column < 0 || column >= double(racks.size()))
        return nullptr;
    RackItem *item = rackItem(racks[size_t(column)]);
    if (!item || !item->boundingRect().contains(item->mapFromScene(scenePos)))
        return nullptr;
    return item;
}

RackLayoutScene::RackSlot RackLayoutScene::rackSlotAt(const QPointF &scenePos) const
{
    RackSlot slot;
    slot.row = rowAt(scenePos.y());
    if (!slot.row)
        return slot;
    const int count = int(m_hall->rackIds(slot.row).size());
    const double gap = std::round((scenePos.x() - kRacksLeft + kRackGap / 2) / kRackPitch);
    slot.index = std::clamp(int(gap), 0, count);
    const QRectF row = rowRect(slot.row);
    const double x = kRacksLeft + slot.index * kRackPitch - kRackGap / 2;
    slot.marker = QRectF(x - 4, row.top(), 8, row.height());
    return slot;
}

// --- level of detail ---

void RackLayoutScene::setDetailRect(const QRectF &rect)
{
    m_detailRect = rect;
    std::unordered_set<RackId> wanted;
    if (!rect.isEmpty()) {
        const QList<QGraphicsItem *> hits = items(rect, Qt::IntersectsItemBoundingRect);
        for (QGraphicsItem *item : hits) {
            if (item->type() == RackItem::Type)
                wanted.insert(static_cast<RackItem *>(item)->rackId());
        }
    }
    const std::vector<RackId> current(m_detailed.begin(), m_detailed.end());
    for (RackId id : current) {
        RackItem *rack = rackItem(id);
        if (rack && !wanted.count(id) && !holdsSelection(rack))
            dematerialise(rack);
    }
    for (RackId id : wanted) {
        if (!m_detailed.count(id))
            materialise(rackItem(id));
    }
}

bool RackLayoutScene::holdsSelection(const RackItem *rack) const
{
    const QList<QGraphicsItem *> children = rack->childItems();
    return std::any_of(children.begin(), children.end(),
                       [](const QGraphicsItem *child) { return child->isSelected(); });
}

void RackLayoutScene::materialise(RackItem *rack)
{
    if (!rack)
        return;
    m_detailed.insert(rack->rackId());
    for (const RackItem::Mounted &m : rack->mounted())
        addPlacementItem(rack, m);
    rack->setDetailed(true);
}

void RackLayoutScene::dematerialise(RackItem *rack)
{
    m_detailed.erase(rack->rackId());
    const QList<QGraphicsItem *> children = rack->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == PlacementItem::Type) {
            m_placements.erase(static_cast<PlacementItem *>(child)->placementId());
            delete child;
        }
    }
    rack->setDetailed(false);
}

void RackLayoutScene::addPlacementItem(RackItem *rack, const RackItem::Mounted &mounted)
{
    auto *item = new PlacementItem(mounted, rack->geometry(), rack);
    m_placements[mounted.id] = item;
}

void RackLayoutScene::dropPlacementItem(PlacementId id)
{
    const auto it = m_placements.find(id);
    if (it == m_placements.end())
        return;
    delete it->second;
    m_placements.erase(it);
}

void RackLayoutScene::syncPlacementItem(RackItem *rack, PlacementId id)
{
    const RackItem::Mounted *mounted = rack ? rack->find(id) : nullptr;
    if (!mounted || !rack->isDetailed()) {
        dropPlacementItem(id);
        return;
    }
    PlacementItem *item = placementItem(id);
    if (!item) {
        addPlacementItem(rack, *mounted);
        return;
    }
    if (item->parentItem() != rack)
        item->setParentItem(rack); // keeps its selection: a moved item stays selected
    item->setMounted(*mounted, rack->geometry());
}

// --- selection ---

QList<PlacementId> RackLayoutScene::selectedPlacementIds() const
{
    QList<PlacementId> ids;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == PlacementItem::Type)
            ids.append(static_cast<const PlacementItem *>(item)->placementId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<RackId> RackLayoutScene::selectedRackIds() const
{
    QList<RackId> ids;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == RackItem::Type)
            ids.append(static_cast<const RackItem *>(item)->rackId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<RowId> RackLayoutScene::selectedRowIds() const
{
    QList<RowId> ids;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == RowHeaderItem::Type)
            ids.append(static_cast<const RowHeaderItem *>(item)->rowId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RackLayoutScene::selectPlacements(const QList<PlacementId> &ids)
{
    clearSelection();
    for (PlacementId id : ids) {
        if (PlacementItem *item = placementItem(id))
            item->setSelected(true);
    }
}

void RackLayoutScene::selectRacks(const QList<RackId> &ids)
{
    clearSelection();
    for (RackId id : ids) {
        if (RackItem *item = rackItem(id))
            item->setSelected(true);
    }
}

void RackLayoutScene::selectRows(const QList<RowId> &ids)
{
    clearSelection();
    for (RowId id : ids) {
        if (RowHeaderItem *item = rowItem(id))
            item->setSelected(true);
    }
}

void RackLayoutScene::retranslate()
{
    for (const auto &[id, item] : m_racks)
        item->refresh(*m_hall);
    for (const auto &[id, item] : m_rows)
        item->refresh(*m_hall);
}

// --- following the hall ---

AssignmentTarget RackLayoutScene::selectionScope() const
{
    if (const QList<PlacementId> placements = selectedPlacementIds(); !placements.isEmpty())
        return AssignmentTarget::server(placements.first());
    if (const QList<RackId> racks = selectedRackIds(); !racks.isEmpty())
        return AssignmentTarget::rack(racks.first());
    if (const QList<RowId> rows = selectedRowIds(); !rows.isEmpty())
        return AssignmentTarget::row(rows.first());
    return AssignmentTarget::hall();
}

void RackLayoutScene::setWorkloads(const WorkloadSet *workloads, const HeadroomTracker *headroom)
{
    if (m_workloads)
        disconnect(m_workloads, nullptr, this, nullptr);
    m_workloads = workloads;
    m_headroom = headroom;
    for (const auto &[id, item] : m_racks) {
        item->setWorkloads(workloads, headroom);
        item->refreshContents(*m_hall);
        for (const RackItem::Mounted &m : item->mounted())
            syncPlacementItem(item, m.id);
    }
    if (!workloads)
        return;
    connect(workloads, &WorkloadSet::assignmentsChanged, this,
            [this](WorkloadId, const QList<PlacementId> &servers) { refreshWorkloadsOn(servers); });
    // A workload that changes kind recolours its badges.
    connect(workloads, &WorkloadSet::workloadChanged, this, [this](WorkloadId id) {
        const std::vector<PlacementId> &servers = m_workloads->servers(id);
        refreshWorkloadsOn(QList<PlacementId>(servers.begin(), servers.end()));
    });
    connect(workloads, &WorkloadSet::workloadsReset, this,
            [this] { setWorkloads(m_workloads, m_headroom); });
}

void RackLayoutScene::refreshWorkloadsOn(const QList<PlacementId> &servers)
{
    // O(servers named + placements in their racks): never the whole hall.
    std::unordered_set<RackId> racks;
    for (PlacementId p : servers)
        racks.insert(m_hall->rackOf(p));
    for (RackId id : racks) {
        RackItem *item = rackItem(id);
        if (!item)
            continue;
        item->refreshContents(*m_hall);
        for (PlacementId p : servers) {
            if (m_hall->rackOf(p) == id)
                syncPlacementItem(item, p);
        }
    }
}

RackItem *RackLayoutScene::createRackItem(RackId id)
{
    auto *item = new RackItem(id);
    item->setWorkloads(m_workloads, m_headroom);
    item->refresh(*m_hall);
    addItem(item);
    m_racks[id] = item;
    return item;
}

RowHeaderItem *RackLayoutScene::createRowItem(RowId id)
{
    auto *item = new RowHeaderItem(id);
    item->refresh(*m_hall);
    addItem(item);
    m_rows[id] = item;
    return item;
}

void RackLayoutScene::rebuild()
{
    m_placements.clear();
    m_racks.clear();
    m_rows.clear();
    m_detailed.clear();
    m_rowTops.clear();
    m_rowHeights.clear();
    if (m_preview)
        removeItem(m_preview);
    clear();
    if (!m_preview)
        m_preview = new DropPreviewItem;
    addItem(m_preview);
    m_preview->clearPreview();
    for (RowId row : m_hall->rowIds()) {
        createRowItem(row);
        for (RackId rack : m_hall->rackIds(row))
            createRackItem(rack);
    }
    layoutRows(0);
}

void RackLayoutScene::onRowInserted(RowId row, int index)
{
    createRowItem(row);
    layoutRows(index);
}

void RackLayoutScene::onRowRemoved(RowId row, int index)
{
    const auto it = m_rows.find(row);
    if (it != m_rows.end()) {
        delete it->second;
        m_rows.erase(it);
    }
    layoutRows(index);
}

void RackLayoutScene::onRowMoved(RowId row, int fromIndex, int toIndex)
{
    Q_UNUSED(row);
    layoutRows(std::min(fromIndex, toIndex));
}

void RackLayoutScene::onRowRenamed(RowId row)
{
    if (RowHeaderItem *header = rowItem(row))
        header->refresh(*m_hall);
}

void RackLayoutScene::onRackInserted(RackId rack, RowId row, int index)
{
    Q_UNUSED(index);
    createRackItem(rack);
    layoutRow(row);
    if (RowHeaderItem *header = rowItem(row))
        header->refresh(*m_hall);
}

void RackLayoutScene::onRackRemoved(RackId rack, RowId row, int index)
{
    Q_UNUSED(index);
    const auto it = m_racks.find(rack);
    if (it != m_racks.end()) {
        const QList<QGraphicsItem *> children = it->second->childItems();
        for (QGraphicsItem *child : children) {
            if (child->type() == PlacementItem::Type)
                m_placements.erase(static_cast<PlacementItem *>(child)->placementId());
        }
        delete it->second;
        m_racks.erase(it);
        m_detailed.erase(rack);
    }
    layoutRow(row);
    if (RowHeaderItem *header = rowItem(row))
        header->refresh(*m_hall);
}

void RackLayoutScene::onRackMoved(RackId rack, RowId fromRow, int fromIndex, RowId toRow,
                                  int toIndex)
{
    Q_UNUSED(rack);
    Q_UNUSED(fromIndex);
    Q_UNUSED(toIndex);
    if (fromRow != toRow) {
        // Both rows may change height; lay out from the upper one down.
        layoutRows(std::min(m_hall->rowIndex(fromRow), m_hall->rowIndex(toRow)));
        if (RowHeaderItem *header = rowItem(fromRow))
            header->refresh(*m_hall);
    } else {
        layoutRow(toRow);
    }
    if (RowHeaderItem *header = rowItem(toRow))
        header->refresh(*m_hall);
}

void RackLayoutScene::onRackChanged(RackId rack)
{
    if (RackItem *item = rackItem(rack))
        item->refresh(*m_hall);
}

void RackLayoutScene::onPlacementInserted(PlacementId placement, RackId rack)
{
    RackItem *item = rackItem(rack);
    if (!item)
        return;
    item->refreshContents(*m_hall);
    syncPlacementItem(item, placement);
}

void RackLayoutScene::onPlacementRemoved(PlacementId placement, RackId rack)
{
    dropPlacementItem(placement);
    if (RackItem *item = rackItem(rack))
        item->refreshContents(*m_hall);
}

void RackLayoutScene::onPlacementMoved(PlacementId placement, RackId fromRack, RackId toRack)
{
    if (fromRack != toRack) {
        if (RackItem *from = rackItem(fromRack))
            from->refreshContents(*m_hall);
    }
    RackItem *to = rackItem(toRack);
    if (to)
        to->refreshContents(*m_hall);
    syncPlacementItem(to, placement);
}

void RackLayoutScene::onPlacementChanged(PlacementId placement)
{
    RackItem *rack = rackItem(m_hall->rackOf(placement));
    if (!rack)
        return;
    rack->refreshContents(*m_hall);
    syncPlacementItem(rack, placement);
}

void RackLayoutScene::onTotalsChanged(RackId rack)
{
    if (RackItem *item = rackItem(rack))
        item->refreshTotals(*m_hall);
    if (RowHeaderItem *header = rowItem(m_hall->rowOf(rack)))
        header->refresh(*m_hall);
}
