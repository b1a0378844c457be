#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/rack.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <vector>

class DataHall;

// Undo commands that edit racks. Removed racks live in their command as RackSnapshots;
// catalog rows a command added to the project's snapshot leave again on undo.

// Adds racks to a row at an index: a new rack, duplicates, or racks pasted in.
class InsertRacksCommand : public QUndoCommand
{
public:
    InsertRacksCommand(DataHall *hall, RowId row, int index, std::vector<RackSnapshot> racks,
                       QList<CatalogItem> catalogItems, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RowId m_row;
    int m_index;
    std::vector<RackSnapshot> m_racks;
    QList<CatalogItem> m_catalogItems;
    QStringList m_addedItems;
};

class RemoveRacksCommand : public QUndoCommand
{
public:
    RemoveRacksCommand(DataHall *hall, QList<RackId> racks, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Entry
    {
        RackId id = 0;
        RowId row = 0;
        int index = 0; // where it was when it was taken out
        RackSnapshot snapshot;
    };
    DataHall *m_hall;
    std::vector<Entry> m_entries;
};

// Name, power, cooling and side PDUs of one rack.
class SetRackCommand : public QUndoCommand
{
public:
    SetRackCommand(DataHall *hall, Rack rack, const QString &text);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    DataHall *m_hall;
    Rack m_rack; // the state to set next
};

// Reorders a rack within its row or moves it to another row.
class MoveRackCommand : public QUndoCommand
{
public:
    MoveRackCommand(DataHall *hall, RackId rack, RowId toRow, int toIndex, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RackId m_id;
    RowId m_fromRow;
    int m_fromIndex;
    RowId m_toRow;
    int m_toIndex;
};
