#pragma once

#include "model/layout/catalogsnapshot.h"
#include "model/layout/layouttotals.h"
#include "model/layout/rack.h"
#include "model/layout/racksituation.h"

#include <QObject>

#include <unordered_map>
#include <vector>

// The layout document: a data hall of rows of racks holding placements, the frozen
// catalog rows they are made of, and running totals per rack, row and hall.
//
// Reading is open to everyone. The mutating functions below are meant for the undo
// commands in model/project (and for loading a file): they do what they are told without
// checking the layout rules, because the commands have checked already. Every change is
// announced with a typed signal after it happened; item models keep their own copy of
// the structure they show so they can answer Qt's "about to" questions.
class DataHall : public QObject
{
    Q_OBJECT

public:
    explicit DataHall(QObject *parent = nullptr);
    ~DataHall() override;

    // --- reading ---
    const std::vector<RowId> &rowIds() const { return m_rowOrder; }
    const HallRow *row(RowId id) const;
    int rowIndex(RowId id) const; // -1 when unknown
    const std::vector<RackId> &rackIds(RowId row) const;
    const Rack *rack(RackId id) const;
    RowId rowOf(RackId rack) const;
    int rackIndex(RackId id) const; // position in its row, -1 when unknown
    const std::vector<PlacementId> &placementIds(RackId rack) const;
    const Placement *placement(PlacementId id) const;
    RackId rackOf(PlacementId placement) const;
    LayoutLoad placementLoad(PlacementId id) const;
    // The rack type item's figures, zero when the snapshot lacks it.
    int rackUnits(RackId rack) const;

    const LayoutTotals &totals() const { return m_totals; }
    const LayoutTotals &rowTotals(RowId row) const;
    const LayoutTotals &rackTotals(RackId rack) const;
    RackSituation situation(RackId rack) const;

    const CatalogSnapshot &catalog() const { return m_catalog; }
    bool isEmpty() const { return m_rowOrder.empty(); }

    RowSnapshot rowSnapshot(RowId id) const;
    RackSnapshot rackSnapshot(RackId id) const;
    std::vector<RowSnapshot> snapshot() const; // every row, in order

    // A fresh id for a new row, rack or placement.
    quint32 allocateId() { return m_nextId++; }
    // Copies with fresh ids throughout, for duplicate and paste.
    RackSnapshot withFreshIds(RackSnapshot rack);
    RowSnapshot withFreshIds(RowSnapshot row);

    // --- changing (undo commands and file loading only) ---
    // Adds rows to the snapshot that it lacks; returns the ids it added.
    QStringList addCatalogItems(const QList<CatalogItem> &items);
    void removeCatalogItems(const QStringList &ids);

    void insertRow(int index, const RowSnapshot &row);
    RowSnapshot takeRow(RowId id);
    void renameRow(RowId id, const QString &name);
    void moveRow(RowId id, int toIndex);

    void insertRack(RowId row, int index, const RackSnapshot &rack);
    RackSnapshot takeRack(RackId id);
    void setRack(const Rack &rack); // name, power, cooling, PDUs; the id says which
    void moveRack(RackId id, RowId toRow, int toIndex);

    // index: position in the rack's list of placements (-1 = last), so an undo can put
    // a placement back exactly where it was.
    void insertPlacement(RackId rack, const Placement &placement, int index = -1);
    Placement takePlacement(PlacementId id);
    void movePlacement(PlacementId id, RackId toRack, int positionU, RackFace face,
                       int toIndex = -1);
    void setConfiguration(PlacementId id, const ServerConfiguration &configuration);

    // Replaces everything (opening a file, File ▸ New) and emits hallReset().
    void reset(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog);
    void clear() { reset({}, {}); }

signals:
    void rowInserted(RowId row, int index);
    void rowRemoved(RowId row, int index);
    void rowMoved(RowId row, int fromIndex, int toIndex);
    void rowRenamed(RowId row);
    void rackInserted(RackId rack, RowId row, int index);
    void rackRemoved(RackId rack, RowId row, int index);
    void rackMoved(RackId rack, RowId fromRow, int fromIndex, RowId toRow, int toIndex);
    void rackChanged(RackId rack);
    void placementInserted(PlacementId placement, RackId rack, int index);
    void placementRemoved(PlacementId placement, RackId rack, int index);
    void placementMoved(PlacementId placement, RackId fromRack, int fromIndex, RackId toRack,
                        int toIndex);
    void placementChanged(PlacementId placement);
    // A rack's totals changed, and with them its row's and the hall's.
    void totalsChanged(RackId rack);
    void hallReset();

private:
    struct PlacementState
    {
        Placement placement;
        RackId rack = 0;
        LayoutLoad load;
        int units = 0;
    };
    struct RackState
    {
        Rack rack;
        RowId row = 0;
        std::vector<PlacementId> placements;
        std::vector<quint16> occupancy; // items covering each U, index 0 = U1
        int unitsUsed = 0;
        LayoutLoad load; // placements and side PDUs
        LayoutTotals totals;
    };
    struct RowState
    {
        HallRow row;
        std::vector<RackId> racks;
        LayoutTotals totals;
    };

    void insertRackState(RowId row, int index, const RackSnapshot &rack, bool announce);
    int insertPlacementState(RackState &rack, const Placement &placement, int index = -1);
    void removePlacementState(RackState &rack, PlacementId id);
    void occupy(RackState &rack, int positionU, int units, int delta);
    LayoutLoad pduLoad(const Rack &rack) const;
    // Recomputes a rack's totals from its sums and limits (O(1)) and passes the
    // difference on to its row and the hall.
    void refreshTotals(RackState &rack, bool announce = true);
    void noteId(quint32 id);

    std::vector<RowId> m_rowOrder;
    std::unordered_map<RowId, RowState> m_rows;
    std::unordered_map<RackId, RackState> m_racks;
    std::unordered_map<PlacementId, PlacementState> m_placements;
    LayoutTotals m_totals;
    CatalogSnapshot m_catalog;
    quint32 m_nextId = 1;
};
