#include "model/layout/rackplacementmodel.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"

RackPlacementModel::RackPlacementModel(DataHall *hall, QObject *parent)
    : QAbstractTableModel(parent)
    , m_hall(hall)
{
    connect(hall, &DataHall::hallReset, this, [this] {
        beginResetModel();
        if (!m_hall->rack(m_rack))
            m_rack = 0;
        rebuild();
        endResetModel();
    });
    connect(hall, &DataHall::rackRemoved, this, [this](RackId rack) {
        if (rack == m_rack)
            setRack(0);
    });
    connect(hall, &DataHall::placementInserted, this,
            [this](PlacementId placement, RackId rack, int index) {
                if (rack != m_rack)
                    return;
                beginInsertRows({}, index, index);
                m_placements.insert(index, placement);
                endInsertRows();
            });
    connect(hall, &DataHall::placementRemoved, this, [this](PlacementId, RackId rack, int index) {
        if (rack != m_rack)
            return;
        beginRemoveRows({}, index, index);
        m_placements.removeAt(index);
        endRemoveRows();
    });
    connect(
        hall, &DataHall::placementMoved, this,
        [this](PlacementId placement, RackId fromRack, int fromIndex, RackId toRack, int toIndex) {
            if (fromRack == m_rack && toRack == m_rack) {
                emitRowChanged(fromIndex);
                return;
            }
            if (fromRack == m_rack) {
                beginRemoveRows({}, fromIndex, fromIndex);
                m_placements.removeAt(fromIndex);
                endRemoveRows();
            } else if (toRack == m_rack) {
                beginInsertRows({}, toIndex, toIndex);
                m_placements.insert(toIndex, placement);
                endInsertRows();
            }
        });
    connect(hall, &DataHall::placementChanged, this, [this](PlacementId placement) {
        emitRowChanged(int(m_placements.indexOf(placement)));
    });
}

void RackPlacementModel::setRack(RackId rack)
{
    if (rack == m_rack)
        return;
    beginResetModel();
    m_rack = rack;
    rebuild();
    endResetModel();
}

void RackPlacementModel::rebuild()
{
    const auto &ids = m_hall->placementIds(m_rack);
    m_placements = QList<PlacementId>(ids.begin(), ids.end());
}

void RackPlacementModel::emitRowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QModelIndex RackPlacementModel::indexOf(PlacementId placement) const
{
    const int row = int(m_placements.indexOf(placement));
    return row < 0 ? QModelIndex() : index(row, 0);
}

int RackPlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_placements.size());
}

int RackPlacementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RackPlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacementId id = m_placements.at(index.row());
    const Placement *placement = m_hall->placement(id);
    if (!placement)
        return {};
    const CatalogItem *item = m_hall->catalog().item(placement->itemId);
    const int units = item ? std::max(1, item->rackUnits) : 1;
    switch (role) {
    case IdRole:
        return id;
    case ItemIdRole:
        return placement->itemId;
    case PositionRole:
        return placement->positionU;
    case FaceRole:
        return int(placement->face);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const UnitFormat format;
    const LayoutLoad load = m_hall->placementLoad(id);
    switch (index.column()) {
    case PositionColumn:
        return units == 1
            ? tr("U%1").arg(placement->positionU)
            : tr("U%1–U%2").arg(placement->positionU).arg(placement->positionU + units - 1);
    case FaceColumn:
        return Placement::faceDisplayName(placement->face);
    case ItemColumn:
        return item ? item->displayName() : placement->itemId;
    case UnitsColumn:
        return tr("%1 U").arg(units);
    case PowerTypicalColumn:
        return format.power(load.powerTypicalMilliwatts / 1000.0);
    case PowerMaxColumn:
        return format.power(load.powerMaxMilliwatts / 1000.0);
    case WeightColumn:
        return format.mass(load.massGrams / 1000.0);
    case ConfigurationColumn: {
        const ServerConfiguration &c = placement->configuration;
        if (!item || item->kind != ItemKind::GpuServer)
            return QString();
        const CatalogItem *accelerator = m_hall->catalog().item(c.acceleratorId);
        const QString name = accelerator ? accelerator->displayName() : c.acceleratorId;
        return tr("%1 × %2, %n drive(s)", nullptr, c.driveCount).arg(c.acceleratorCount).arg(name);
    }
    default:
        return {};
    }
}

QVariant RackPlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case FaceColumn:
        return tr("Face");
    case ItemColumn:
        return tr("Item");
    case UnitsColumn:
        return tr("Height");
    case PowerTypicalColumn:
        return tr("Typical power");
    case PowerMaxColumn:
        return tr("Maximum power");
    case WeightColumn:
        return tr("Weight");
    case ConfigurationColumn:
        return tr("Configuration");
    default:
        return {};
    }
}
