#include "model/layout/datahall.h"

#include "model/layout/layoutrules.h"

#include <algorithm>

namespace {
const std::vector<RackId> kNoRacks;
const std::vector<PlacementId> kNoPlacements;
const LayoutTotals kNoTotals;

template<typename Id> int indexIn(const std::vector<Id> &ids, Id id)
{
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : int(it - ids.begin());
}

template<typename Id> void moveWithin(std::vector<Id> &ids, int from, int to)
{
    const Id id = ids[from];
    ids.erase(ids.begin() + from);
    ids.insert(ids.begin() + to, id);
}
} // namespace

DataHall::DataHall(QObject *parent)
    : QObject(parent)
{ }

DataHall::~DataHall() = default;

const HallRow *DataHall::row(RowId id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : &it->second.row;
}

int DataHall::rowIndex(RowId id) const
{
    return indexIn(m_rowOrder, id);
}

const std::vector<RackId> &DataHall::rackIds(RowId row) const
{
    const auto it = m_rows.find(row);
    return it == m_rows.end() ? kNoRacks : it->second.racks;
}

const Rack *DataHall::rack(RackId id) const
{
    const auto it = m_racks.find(id);
    return it == m_racks.end() ? nullptr : &it->second.rack;
}

RowId DataHall::rowOf(RackId rack) const
{
    const auto it = m_racks.find(rack);
    return it == m_racks.end() ? 0 : it->second.row;
}

int DataHall::rackIndex(RackId id) const
{
    return indexIn(rackIds(rowOf(id)), id);
}

const std::vector<PlacementId> &DataHall::placementIds(RackId rack) const
{
    const auto it = m_racks.find(rack);
    return it == m_racks.end() ? kNoPlacements : it->second.placements;
}

const Placement *DataHall::placement(PlacementId id) const
{
    const auto it = m_placements.find(id);
    return it == m_placements.end() ? nullptr : &it->second.placement;
}

RackId DataHall::rackOf(PlacementId placement) const
{
    const auto it = m_placements.find(placement);
    return it == m_placements.end() ? 0 : it->second.rack;
}

LayoutLoad DataHall::placementLoad(PlacementId id) const
{
    const auto it = m_placements.find(id);
    return it == m_placements.end() ? LayoutLoad {} : it->second.load;
}

int DataHall::rackUnits(RackId rack) const
{
    const Rack *r = this->rack(rack);
    const CatalogItem *type = r ? m_catalog.item(r->rackTypeId) : nullptr;
    return type ? type->rackUnits : 0;
}

const LayoutTotals &DataHall::rowTotals(RowId row) const
{
    const auto it = m_rows.find(row);
    return it == m_rows.end() ? kNoTotals : it->second.totals;
}

const LayoutTotals &DataHall::rackTotals(RackId rack) const
{
    const auto it = m_racks.find(rack);
    return it == m_racks.end() ? kNoTotals : it->second.totals;
}

RackSituation DataHall::situation(RackId id) const
{
    RackSituation s;
    const auto it = m_racks.find(id);
    if (it == m_racks.end())
        return s;
    const RackState &state = it->second;
    s.rackName = state.rack.name;
    if (const CatalogItem *type = m_catalog.item(state.rack.rackTypeId)) {
        s.unitsTotal = type->rackUnits;
        s.depthMm = type->depthMm;
        s.maxLoadKg = type->maxLoadKg;
    }
    s.power = state.rack.power;
    s.cooling = state.rack.cooling;
    s.spans.reserve(state.placements.size() + 1);
    for (PlacementId pid : state.placements) {
        const PlacementState &p = m_placements.at(pid);
        const CatalogItem *item = m_catalog.item(p.placement.itemId);
        s.spans.push_back({pid, p.placement.positionU, p.units, p.placement.face,
                           item ? item->depthMm : 0.0, item, p.placement.itemId});
    }
    s.load = state.load;
    s.baseline = state.load;
    return s;
}

RackSnapshot DataHall::rackSnapshot(RackId id) const
{
    RackSnapshot snapshot;
    const auto it = m_racks.find(id);
    if (it == m_racks.end())
        return snapshot;
    snapshot.rack = it->second.rack;
    snapshot.placements.reserve(it->second.placements.size());
    for (PlacementId pid : it->second.placements)
        snapshot.placements.push_back(m_placements.at(pid).placement);
    return snapshot;
}

RowSnapshot DataHall::rowSnapshot(RowId id) const
{
    RowSnapshot snapshot;
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return snapshot;
    snapshot.row = it->second.row;
    for (RackId rack : it->second.racks)
        snapshot.racks.push_back(rackSnapshot(rack));
    return snapshot;
}

std::vector<RowSnapshot> DataHall::snapshot() const
{
    std::vector<RowSnapshot> rows;
    rows.reserve(m_rowOrder.size());
    for (RowId id : m_rowOrder)
        rows.push_back(rowSnapshot(id));
    return rows;
}

RackSnapshot DataHall::withFreshIds(RackSnapshot rack)
{
    rack.rack.id = allocateId();
    for (Placement &p : rack.placements)
        p.id = allocateId();
    return rack;
}

RowSnapshot DataHall::withFreshIds(RowSnapshot row)
{
    row.row.id = allocateId();
    for (RackSnapshot &rack : row.racks)
        rack = withFreshIds(std::move(rack));
    return row;
}

QStringList DataHall::addCatalogItems(const QList<CatalogItem> &items)
{
    QStringList added;
    for (const CatalogItem &item : items) {
        if (m_catalog.insert(item))
            added.append(item.id);
    }
    return added;
}

void DataHall::removeCatalogItems(const QStringList &ids)
{
    for (const QString &id : ids)
        m_catalog.remove(id);
}

void DataHall::noteId(quint32 id)
{
    m_nextId = std::max(m_nextId, id + 1);
}

void DataHall::insertRow(int index, const RowSnapshot &row)
{
    index = std::clamp(index, 0, int(m_rowOrder.size()));
    noteId(row.row.id);
    RowState &state = m_rows[row.row.id];
    state.row = row.row;
    m_rowOrder.insert(m_rowOrder.begin() + index, row.row.id);
    emit rowInserted(row.row.id, index);
    for (int i = 0; i < int(row.racks.size()); ++i)
        insertRackState(row.row.id, i, row.racks[i], true);
}

RowSnapshot DataHall::takeRow(RowId id)
{
    RowSnapshot snapshot = rowSnapshot(id);
    const int index = rowIndex(id);
    if (index < 0)
        return snapshot;
    // Racks leave one by one, last first, so that every model sees ordinary removals.
    const std::vector<RackId> racks = m_rows.at(id).racks;
    for (auto it = racks.rbegin(); it != racks.rend(); ++it)
        takeRack(*it);
    m_rowOrder.erase(m_rowOrder.begin() + index);
    m_rows.erase(id);
    emit rowRemoved(id, index);
    return snapshot;
}

void DataHall::renameRow(RowId id, const QString &name)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end() || it->second.row.name == name)
        return;
    it->second.row.name = name;
    emit rowRenamed(id);
}

void DataHall::moveRow(RowId id, int toIndex)
{
    const int from = rowIndex(id);
    toIndex = std::clamp(toIndex, 0, int(m_rowOrder.size()) - 1);
    if (from < 0 || from == toIndex)
        return;
    moveWithin(m_rowOrder, from, toIndex);
    emit rowMoved(id, from, toIndex);
}

void DataHall::insertRack(RowId row, int index, const RackSnapshot &rack)
{
    if (!m_rows.count(row))
        return;
    insertRackState(row, index, rack, true);
}

void DataHall::insertRackState(RowId row, int index, const RackSnapshot &snapshot, bool announce)
{
    RowState &rowState = m_rows.at(row);
    index = std::clamp(index, 0, int(rowState.racks.size()));
    noteId(snapshot.rack.id);
    RackState &state = m_racks[snapshot.rack.id];
    state.rack = snapshot.rack;
    state.row = row;
    state.occupancy.assign(std::max(0, rackUnits(snapshot.rack.id)), 0);
    state.load = pduLoad(snapshot.rack);
    rowState.racks.insert(rowState.racks.begin() + index, snapshot.rack.id);
    for (const Placement &p : snapshot.placements)
        insertPlacementState(state, p);
    // A new rack joins its row's and the hall's totals through refreshTotals().
    refreshTotals(state, false);
    if (announce) {
        emit rackInserted(snapshot.rack.id, row, index);
        emit totalsChanged(snapshot.rack.id);
    }
}

RackSnapshot DataHall::takeRack(RackId id)
{
    RackSnapshot snapshot = rackSnapshot(id);
    const auto it = m_racks.find(id);
    if (it == m_racks.end())
        return snapshot;
    const RowId row = it->second.row;
    RowState &rowState = m_rows.at(row);
    const int index = indexIn(rowState.racks, id);
    rowState.totals -= it->second.totals;
    m_totals -= it->second.totals;
    for (PlacementId pid : it->second.placements)
        m_placements.erase(pid);
    rowState.racks.erase(rowState.racks.begin() + index);
    m_racks.erase(it);
    emit rackRemoved(id, row, index);
    return snapshot;
}

void DataHall::setRack(const Rack &rack)
{
    const auto it = m_racks.find(rack.id);
    if (it == m_racks.end() || it->second.rack == rack)
        return;
    RackState &state = it->second;
    state.load -= pduLoad(state.rack);
    state.rack.name = rack.name;
    state.rack.power = rack.power;
    state.rack.cooling = rack.cooling;
    state.rack.pduIds = rack.pduIds;
    state.load += pduLoad(state.rack);
    emit rackChanged(rack.id);
    refreshTotals(state);
}

void DataHall::moveRack(RackId id, RowId toRow, int toIndex)
{
    const auto it = m_racks.find(id);
    if (it == m_racks.end() || !m_rows.count(toRow))
        return;
    RackState &state = it->second;
    const RowId fromRow = state.row;
    RowState &from = m_rows.at(fromRow);
    RowState &to = m_rows.at(toRow);
    const int fromIndex = indexIn(from.racks, id);
    if (fromRow == toRow) {
        toIndex = std::clamp(toIndex, 0, int(from.racks.size()) - 1);
        if (toIndex == fromIndex)
            return;
        moveWithin(from.racks, fromIndex, toIndex);
    } else {
        from.racks.erase(from.racks.begin() + fromIndex);
        toIndex = std::clamp(toIndex, 0, int(to.racks.size()));
        to.racks.insert(to.racks.begin() + toIndex, id);
        from.totals -= state.totals;
        to.totals += state.totals;
        state.row = toRow;
    }
    emit rackMoved(id, fromRow, fromIndex, toRow, toIndex);
    if (fromRow != toRow)
        emit totalsChanged(id);
}

void DataHall::insertPlacement(RackId rack, const Placement &placement, int index)
{
    const auto it = m_racks.find(rack);
    if (it == m_racks.end() || m_placements.count(placement.id))
        return;
    index = insertPlacementState(it->second, placement, index);
    emit placementInserted(placement.id, rack, index);
    refreshTotals(it->second);
}

Placement DataHall::takePlacement(PlacementId id)
{
    const auto it = m_placements.find(id);
    if (it == m_placements.end())
        return {};
    const Placement placement = it->second.placement;
    const RackId rackId = it->second.rack;
    RackState &rack = m_racks.at(rackId);
    const int index = indexIn(rack.placements, id);
    removePlacementState(rack, id);
    emit placementRemoved(id, rackId, index);
    refreshTotals(rack);
    return placement;
}

void DataHall::movePlacement(PlacementId id, RackId toRack, int positionU, RackFace face,
                             int toIndex)
{
    const auto it = m_placements.find(id);
    const auto target = m_racks.find(toRack);
    if (it == m_placements.end() || target == m_racks.end())
        return;
    Placement moved = it->second.placement;
    const RackId fromRack = it->second.rack;
    if (fromRack == toRack && moved.positionU == positionU && moved.face == face)
        return;
    RackState &source = m_racks.at(fromRack);
    const int fromIndex = indexIn(source.placements, id);
    moved.positionU = positionU;
    moved.face = face;
    if (fromRack == toRack) {
        PlacementState &state = it->second;
        occupy(source, state.placement.positionU, state.units, -1);
        state.placement.positionU = positionU;
        state.placement.face = face;
        occupy(source, positionU, state.units, +1);
        emit placementMoved(id, fromRack, fromIndex, toRack, fromIndex);
        refreshTotals(source);
        return;
    }
    removePlacementState(source, id);
    toIndex = insertPlacementState(target->second, moved, toIndex);
    emit placementMoved(id, fromRack, fromIndex, toRack, toIndex);
    refreshTotals(source);
    refreshTotals(target->second);
}

void DataHall::setConfiguration(PlacementId id, const ServerConfiguration &configuration)
{
    const auto it = m_placements.find(id);
    if (it == m_placements.end() || it->second.placement.configuration == configuration)
        return;
    PlacementState &state = it->second;
    RackState &rack = m_racks.at(state.rack);
    rack.load -= state.load;
    state.placement.configuration = configuration;
    const CatalogItem *item = m_catalog.item(state.placement.itemId);
    state.load = item ? LayoutRules::loadOf(*item, configuration, m_catalog) : LayoutLoad {};
    rack.load += state.load;
    emit placementChanged(id);
    refreshTotals(rack);
}

void DataHall::reset(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog)
{
    m_rowOrder.clear();
    m_rows.clear();
    m_racks.clear();
    m_placements.clear();
    m_totals = {};
    m_catalog.clear();
    m_nextId = 1;
    for (const CatalogItem &item : catalog)
        m_catalog.insert(item);
    for (const RowSnapshot &row : rows) {
        noteId(row.row.id);
        m_rows[row.row.id].row = row.row;
        m_rowOrder.push_back(row.row.id);
        for (int i = 0; i < int(row.racks.size()); ++i)
            insertRackState(row.row.id, i, row.racks[i], false);
    }
    emit hallReset();
}

int DataHall::insertPlacementState(RackState &rack, const Placement &placement, int index)
{
    noteId(placement.id);
    PlacementState &state = m_placements[placement.id];
    state.placement = placement;
    state.rack = rack.rack.id;
    const CatalogItem *item = m_catalog.item(placement.itemId);
    state.units = item ? std::max(1, item->rackUnits) : 1;
    state.load =
        item ? LayoutRules::loadOf(*item, placement.configuration, m_catalog) : LayoutLoad {};
    if (index < 0 || index > int(rack.placements.size()))
        index = int(rack.placements.size());
    rack.placements.insert(rack.placements.begin() + index, placement.id);
    rack.load += state.load;
    occupy(rack, placement.positionU, state.units, +1);
    return index;
}

void DataHall::removePlacementState(RackState &rack, PlacementId id)
{
    const PlacementState &state = m_placements.at(id);
    occupy(rack, state.placement.positionU, state.units, -1);
    rack.load -= state.load;
    rack.placements.erase(std::find(rack.placements.begin(), rack.placements.end(), id));
    m_placements.erase(id);
}

void DataHall::occupy(RackState &rack, int positionU, int units, int delta)
{
    // O(item height): the used-U count follows each edit without looking at other items.
    const int first = std::max(positionU, 1) - 1;
    const int last = std::min(positionU + units - 1, int(rack.occupancy.size())) - 1;
    for (int u = first; u <= last; ++u) {
        quint16 &count = rack.occupancy[u];
        if (delta > 0 && count++ == 0)
            ++rack.unitsUsed;
        else if (delta < 0 && count > 0 && --count == 0)
            --rack.unitsUsed;
    }
}

LayoutLoad DataHall::pduLoad(const Rack &rack) const
{
    LayoutLoad load;
    for (const QString &id : rack.pduIds) {
        if (const CatalogItem *pdu = m_catalog.item(id)) {
            load.massGrams += LayoutLoad::milli(pdu->weightKg);
            load.unknownWeightCount += pdu->weightKg > 0.0 ? 0 : 1;
        }
    }
    return load;
}

void DataHall::refreshTotals(RackState &rack, bool announce)
{
    const LayoutTotals old = rack.totals;
    LayoutTotals &t = rack.totals;
    t = {};
    t.rackCount = 1;
    t.placementCount = int(rack.placements.size());
    t.unitsTotal = int(rack.occupancy.size());
    t.unitsUsed = rack.unitsUsed;
    t.load = rack.load;
    t.powerBudgetMilliwatts = LayoutLoad::milli(rack.rack.power.budgetWatts());
    if (rack.rack.power.isRedundant()) {
        t.oneFeedMilliwatts = LayoutLoad::milli(rack.rack.power.oneFeedWatts());
        t.redundantPowerMaxMilliwatts = rack.load.powerMaxMilliwatts;
    }
    t.coolingCeilingMilliwatts = LayoutLoad::milli(rack.rack.cooling.ceilingWatts);
    if (const CatalogItem *type = m_catalog.item(rack.rack.rackTypeId))
        t.massLimitGrams = LayoutLoad::milli(type->maxLoadKg);
    t.racksOverLimit = t.isOverLimit() ? 1 : 0;

    RowState &row = m_rows.at(rack.row);
    row.totals -= old;
    row.totals += t;
    m_totals -= old;
    m_totals += t;
    if (announce)
        emit totalsChanged(rack.rack.id);
}
