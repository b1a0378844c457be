#pragma once

#include "model/layout/layoutids.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

class DataHall;
struct LayoutTotals;

// The hall as a tree: rows at the top, their racks below, with each one's totals
// (U, power, weight, cooling, nearest limit). Follows the document's signals; keeps its
// own copy of the row and rack order so it can answer Qt while a change is announced.
class HallModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UnitsColumn,
        PowerTypicalColumn,
        PowerMaxColumn,
        PowerBudgetColumn,
        WeightColumn,
        CoolingColumn,
        NearestLimitColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // RowId or RackId (quint32)
        ItemTypeRole, // ItemType
        FractionRole, // share of the nearest limit, double
        OverLimitRole, // bool
    };
    enum ItemType { RowItem, RackItem };

    explicit HallModel(DataHall *hall, QObject *parent = nullptr);

    QModelIndex rowIndex(RowId row) const;
    QModelIndex rackIndex(RackId rack) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QVariant totalsData(const LayoutTotals &totals, int column, int role) const;
    void emitRowChanged(const QModelIndex &first);

    DataHall *m_hall;
    QList<RowId> m_rows;
    QHash<RowId, QList<RackId>> m_racks;
};
