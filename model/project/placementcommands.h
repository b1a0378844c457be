#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/placement.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <vector>

class DataHall;

// Undo commands that edit placements. A removed placement lives in its command as a
// Placement value; catalog rows a command added to the project's snapshot leave again
// on undo.

// Puts items into one rack: a drop from the catalog, or placements pasted in.
class PlaceItemsCommand : public QUndoCommand
{
public:
    PlaceItemsCommand(DataHall *hall, RackId rack, std::vector<Placement> placements,
                      QList<CatalogItem> catalogItems, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RackId m_rack;
    std::vector<Placement> m_placements;
    QList<CatalogItem> m_catalogItems;
    QStringList m_addedItems;
};

class RemovePlacementsCommand : public QUndoCommand
{
public:
    RemovePlacementsCommand(DataHall *hall, QList<PlacementId> placements, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Entry
    {
        PlacementId id = 0;
        RackId rack = 0;
        int index = 0;
        Placement placement;
    };
    DataHall *m_hall;
    std::vector<Entry> m_entries;
};

// Moves placements to new positions, faces or racks. A drag is one command; keyboard
// nudges (mergeable) fold into one undo step while they move the same placements, and
// a series of nudges that ends where it started leaves nothing on the stack.
class MovePlacementsCommand : public QUndoCommand
{
public:
    struct Move
    {
        PlacementId id = 0;
        RackId toRack = 0;
        int toU = 1;
        RackFace toFace = RackFace::Front;
    };
    MovePlacementsCommand(DataHall *hall, std::vector<Move> moves, bool mergeable,
                          const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct Entry
    {
        Move to;
        RackId fromRack = 0;
        int fromU = 1;
        RackFace fromFace = RackFace::Front;
        int fromIndex = 0; // in the source rack's list, taken when the move happens
    };
    DataHall *m_hall;
    std::vector<Entry> m_entries;
    bool m_mergeable;
};

// A server's accelerators and drives. Successive changes to the same server merge.
class SetConfigurationCommand : public QUndoCommand
{
public:
    SetConfigurationCommand(DataHall *hall, PlacementId placement,
                            ServerConfiguration configuration, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    DataHall *m_hall;
    PlacementId m_id;
    ServerConfiguration m_before;
    ServerConfiguration m_after;
};
