#include "model/project/rackcommands.h"

#include "model/layout/datahall.h"

#include <algorithm>

InsertRacksCommand::InsertRacksCommand(DataHall *hall, RowId row, int index,
                                       std::vector<RackSnapshot> racks,
                                       QList<CatalogItem> catalogItems, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_row(row)
    , m_index(index)
    , m_racks(std::move(racks))
    , m_catalogItems(std::move(catalogItems))
{ }

void InsertRacksCommand::redo()
{
    m_addedItems = m_hall->addCatalogItems(m_catalogItems);
    for (int i = 0; i < int(m_racks.size()); ++i)
        m_hall->insertRack(m_row, m_index + i, m_racks[i]);
}

void InsertRacksCommand::undo()
{
    for (auto it = m_racks.rbegin(); it != m_racks.rend(); ++it)
        *it = m_hall->takeRack(it->rack.id);
    m_hall->removeCatalogItems(m_addedItems);
}

RemoveRacksCommand::RemoveRacksCommand(DataHall *hall, QList<RackId> racks, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
{
    for (RackId id : racks)
        m_entries.push_back({id, 0, 0, {}});
}

void RemoveRacksCommand::redo()
{
    // Each rack's place is taken just before it leaves, so putting them back in reverse
    // order restores every index exactly.
    for (Entry &e : m_entries) {
        e.row = m_hall->rowOf(e.id);
        e.index = m_hall->rackIndex(e.id);
        e.snapshot = m_hall->takeRack(e.id);
    }
}

void RemoveRacksCommand::undo()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        m_hall->insertRack(it->row, it->index, it->snapshot);
        it->snapshot = {};
    }
}

SetRackCommand::SetRackCommand(DataHall *hall, Rack rack, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_rack(std::move(rack))
{ }

void SetRackCommand::swap()
{
    const Rack *current = m_hall->rack(m_rack.id);
    if (!current)
        return;
    Rack previous = *current;
    m_hall->setRack(m_rack);
    m_rack = std::move(previous);
}

MoveRackCommand::MoveRackCommand(DataHall *hall, RackId rack, RowId toRow, int toIndex,
                                 const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_id(rack)
    , m_fromRow(hall->rowOf(rack))
    , m_fromIndex(hall->rackIndex(rack))
    , m_toRow(toRow)
    , m_toIndex(toIndex)
{ }

void MoveRackCommand::redo()
{
    m_hall->moveRack(m_id, m_toRow, m_toIndex);
}

void MoveRackCommand::undo()
{
    m_hall->moveRack(m_id, m_fromRow, m_fromIndex);
}
