#include "model/workload/workloadlistmodel.h"

#include "model/layout/datahall.h"
#include "model/workload/workloadmime.h"
#include "model/workload/workloadset.h"

#include <QMimeData>

#include <algorithm>

WorkloadListModel::WorkloadListModel(WorkloadSet *workloads, const DataHall *hall, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workloads(workloads)
    , m_hall(hall)
{
    rebuild();
    connect(workloads, &WorkloadSet::workloadsReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(workloads, &WorkloadSet::workloadInserted, this, [this](WorkloadId id, int index) {
        beginInsertRows({}, index, index);
        m_ids.insert(index, id);
        endInsertRows();
    });
    connect(workloads, &WorkloadSet::workloadRemoved, this, [this](WorkloadId, int index) {
        beginRemoveRows({}, index, index);
        m_ids.removeAt(index);
        endRemoveRows();
    });
    connect(workloads, &WorkloadSet::workloadChanged, this,
            [this](WorkloadId id) { emitRowChanged(id); });
    connect(workloads, &WorkloadSet::assignmentsChanged, this,
            [this](WorkloadId id) { emitRowChanged(id); });
    if (hall) {
        // A server's accelerators change the GPU count of the workloads it runs.
        connect(hall, &DataHall::placementChanged, this, [this](PlacementId placement) {
            for (WorkloadId id : m_workloads->workloadsOn(placement))
                emitRowChanged(id);
        });
        connect(hall, &DataHall::hallReset, this, [this] {
            if (!m_ids.isEmpty())
                emit dataChanged(index(0, ServersColumn), index(rowCount() - 1, GpusColumn));
        });
    }
}

void WorkloadListModel::rebuild()
{
    const auto &ids = m_workloads->workloadIds();
    m_ids = QList<WorkloadId>(ids.begin(), ids.end());
}

void WorkloadListModel::emitRowChanged(WorkloadId id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QModelIndex WorkloadListModel::indexOf(WorkloadId id) const
{
    const int row = int(m_ids.indexOf(id));
    return row < 0 ? QModelIndex() : index(row, 0);
}

WorkloadId WorkloadListModel::workloadAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int WorkloadListModel::gpuCount(WorkloadId id) const
{
    if (!m_hall)
        return 0;
    int gpus = 0;
    for (PlacementId server : m_workloads->servers(id)) {
        if (const Placement *p = m_hall->placement(server))
            gpus += p->configuration.acceleratorCount;
    }
    return gpus;
}

int WorkloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int WorkloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadId id = m_ids.at(index.row());
    const Workload *w = m_workloads->workload(id);
    if (!w)
        return {};
    const int servers = int(m_workloads->servers(id).size());
    switch (role) {
    case IdRole:
        return id;
    case KindRole:
        return int(w->kind);
    case ServerCountRole:
        return servers;
    case GpuCountRole:
        return gpuCount(id);
    case ValidRole:
        return w->validate().isEmpty();
    case ValidationErrorRole:
        return w->validationError();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const QString error = w->validationError();
            return error.isEmpty() ? w->summary() : error;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ServersColumn || index.column() == GpusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return w->name;
    case KindColumn:
        return Workload::kindDisplayName(w->kind);
    case ModelColumn:
        return w->model.name;
    case SummaryColumn:
        return w->summary();
    case ServersColumn:
        return servers;
    case GpusColumn:
        return gpuCount(id);
    default:
        return {};
    }
}

QVariant WorkloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ModelColumn:
        return tr("Model");
    case SummaryColumn:
        return tr("Summary");
    case ServersColumn:
        return tr("Servers");
    case GpusColumn:
        return tr("GPUs");
    default:
        return {};
    }
}

Qt::ItemFlags WorkloadListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList WorkloadListModel::mimeTypes() const
{
    return {WorkloadMime::mimeType()};
}

QMimeData *WorkloadListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<WorkloadId> ids;
    QStringList names;
    for (int row : rows) {
        const WorkloadId id = m_ids.at(row);
        ids.append(id);
        if (const Workload *w = m_workloads->workload(id))
            names.append(w->name);
    }
    if (ids.isEmpty())
        return nullptr;
    return WorkloadMime::create(ids, names);
}

Qt::DropActions WorkloadListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
