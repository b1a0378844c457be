#include "model/layout/hallmodel.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"

HallModel::HallModel(DataHall *hall, QObject *parent)
    : QAbstractItemModel(parent)
    , m_hall(hall)
{
    rebuild();
    connect(hall, &DataHall::hallReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(hall, &DataHall::rowInserted, this, [this](RowId row, int index) {
        beginInsertRows({}, index, index);
        m_rows.insert(index, row);
        m_racks.insert(row, {});
        endInsertRows();
    });
    connect(hall, &DataHall::rowRemoved, this, [this](RowId row, int index) {
        beginRemoveRows({}, index, index);
        m_rows.removeAt(index);
        m_racks.remove(row);
        endRemoveRows();
    });
    connect(hall, &DataHall::rowMoved, this, [this](RowId, int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    });
    connect(hall, &DataHall::rowRenamed, this, [this](RowId row) {
        const QModelIndex i = rowIndex(row);
        emit dataChanged(i, i);
    });
    connect(hall, &DataHall::rackInserted, this, [this](RackId rack, RowId row, int index) {
        beginInsertRows(rowIndex(row), index, index);
        m_racks[row].insert(index, rack);
        endInsertRows();
    });
    connect(hall, &DataHall::rackRemoved, this, [this](RackId, RowId row, int index) {
        beginRemoveRows(rowIndex(row), index, index);
        m_racks[row].removeAt(index);
        endRemoveRows();
    });
    connect(hall, &DataHall::rackMoved, this,
            [this](RackId rack, RowId fromRow, int from, RowId toRow, int to) {
                const QModelIndex source = rowIndex(fromRow);
                const QModelIndex target = rowIndex(toRow);
                const int destination = fromRow == toRow && to > from ? to + 1 : to;
                beginMoveRows(source, from, from, target, destination);
                m_racks[fromRow].removeAt(from);
                m_racks[toRow].insert(to, rack);
                endMoveRows();
            });
    connect(hall, &DataHall::rackChanged, this,
            [this](RackId rack) { emitRowChanged(rackIndex(rack)); });
    connect(hall, &DataHall::totalsChanged, this, [this](RackId rack) {
        const QModelIndex i = rackIndex(rack);
        emitRowChanged(i);
        emitRowChanged(i.parent());
    });
}

void HallModel::rebuild()
{
    m_rows.clear();
    m_racks.clear();
    for (RowId row : m_hall->rowIds()) {
        m_rows.append(row);
        const auto &racks = m_hall->rackIds(row);
        m_racks.insert(row, QList<RackId>(racks.begin(), racks.end()));
    }
}

void HallModel::emitRowChanged(const QModelIndex &first)
{
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex HallModel::rowIndex(RowId row) const
{
    const int r = m_rows.indexOf(row);
    return r < 0 ? QModelIndex() : createIndex(r, 0, quintptr(0));
}

QModelIndex HallModel::rackIndex(RackId rack) const
{
    const RowId row = m_hall->rowOf(rack);
    const int r = m_racks.value(row).indexOf(rack);
    return r < 0 ? QModelIndex() : createIndex(r, 0, quintptr(row));
}

QModelIndex HallModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_rows.at(parent.row())));
}

QModelIndex HallModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return rowIndex(RowId(child.internalId()));
}

int HallModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_racks.value(m_rows.at(parent.row())).size());
}

int HallModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isRack = index.internalId() != 0;
    const quint32 id =
        isRack ? m_racks.value(RowId(index.internalId())).at(index.row()) : m_rows.at(index.row());
    if (role == IdRole)
        return id;
    if (role == ItemTypeRole)
        return isRack ? RackItem : RowItem;
    const LayoutTotals &totals = isRack ? m_hall->rackTotals(id) : m_hall->rowTotals(id);
    if (index.column() == NameColumn && (role == Qt::DisplayRole || role == Qt::EditRole)) {
        if (isRack) {
            const Rack *rack = m_hall->rack(id);
            return rack ? rack->name : QString();
        }
        const HallRow *row = m_hall->row(id);
        return row ? row->name : QString();
    }
    if (index.column() == CoolingColumn && role == Qt::DisplayRole && isRack) {
        const Rack *rack = m_hall->rack(id);
        return rack ? RackCooling::typeDisplayName(rack->cooling.type) : QString();
    }
    return totalsData(totals, index.column(), role);
}

QVariant HallModel::totalsData(const LayoutTotals &totals, int column, int role) const
{
    const auto nearest = totals.nearestLimit();
    if (role == FractionRole)
        return nearest ? nearest->fraction : 0.0;
    if (role == OverLimitRole)
        return totals.racksOverLimit > 0;
    if (role == Qt::TextAlignmentRole && column != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const UnitFormat format;
    switch (column) {
    case UnitsColumn:
        return tr("%1 / %2 U").arg(totals.unitsUsed).arg(totals.unitsTotal);
    case PowerTypicalColumn:
        return format.power(totals.powerTypicalWatts());
    case PowerMaxColumn:
        return format.power(totals.powerMaxWatts());
    case PowerBudgetColumn:
        return format.power(totals.powerBudgetWatts());
    case WeightColumn:
        return format.mass(totals.weightKg());
    case CoolingColumn:
        return format.power(totals.coolingCeilingWatts());
    case NearestLimitColumn:
        return nearest ? tr("%1: %2").arg(LimitKinds::displayName(nearest->limit),
                                          format.percent(nearest->fraction))
                       : QString();
    default:
        return {};
    }
}

QVariant HallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UnitsColumn:
        return tr("Space");
    case PowerTypicalColumn:
        return tr("Typical power");
    case PowerMaxColumn:
        return tr("Maximum power");
    case PowerBudgetColumn:
        return tr("Power budget");
    case WeightColumn:
        return tr("Weight");
    case CoolingColumn:
        return tr("Cooling");
    case NearestLimitColumn:
        return tr("Nearest limit");
    default:
        return {};
    }
}
