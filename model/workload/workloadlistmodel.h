#pragma once

#include "model/workload/workloadids.h"

#include <QAbstractTableModel>
#include <QList>

class DataHall;
class WorkloadSet;

// The project's workloads as a table for the Workloads dock: name, kind, model, a one-line
// summary and where each runs. Follows the documents' signals (it keeps its own copy of
// the order so it can answer Qt while a change is announced). Rows are drag sources:
// mimeData() carries their ids as application/x-headroom-workload (WorkloadMime).
class WorkloadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        ModelColumn,
        SummaryColumn,
        ServersColumn, // servers it is assigned to
        GpusColumn, // accelerators on those servers
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // WorkloadId (quint32)
        KindRole, // WorkloadKind as int
        ServerCountRole, // int
        GpuCountRole, // int
        ValidRole, // bool: passes validation
        ValidationErrorRole, // QString: the first problem, empty when valid
    };

    // The hall is read for GPU counts; it may be null (then GPUs show as 0).
    WorkloadListModel(WorkloadSet *workloads, const DataHall *hall, QObject *parent = nullptr);

    QModelIndex indexOf(WorkloadId id) const;
    WorkloadId workloadAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void rebuild();
    void emitRowChanged(WorkloadId id);
    int gpuCount(WorkloadId id) const;

    WorkloadSet *m_workloads;
    const DataHall *m_hall;
    QList<WorkloadId> m_ids;
};
