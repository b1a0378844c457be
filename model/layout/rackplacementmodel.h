#pragma once

#include "model/layout/layoutids.h"

#include <QAbstractTableModel>
#include <QList>

class DataHall;

// The placements of one rack as a table (position, face, item, U, power, weight,
// configuration), in the order they were placed; sort with a QSortFilterProxyModel on
// PositionRole for a top-down list. Follows the document's signals.
class RackPlacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        FaceColumn,
        ItemColumn,
        UnitsColumn,
        PowerTypicalColumn,
        PowerMaxColumn,
        WeightColumn,
        ConfigurationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // PlacementId
        ItemIdRole, // catalog id
        PositionRole, // bottom U, int
        FaceRole, // RackFace as int
    };

    explicit RackPlacementModel(DataHall *hall, QObject *parent = nullptr);

    RackId rack() const { return m_rack; }
    void setRack(RackId rack);
    QModelIndex indexOf(PlacementId placement) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void emitRowChanged(int row);

    DataHall *m_hall;
    RackId m_rack = 0;
    QList<PlacementId> m_placements;
};
