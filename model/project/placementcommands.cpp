#include "model/project/placementcommands.h"

#include "model/layout/datahall.h"
#include "model/project/commandids.h"

PlaceItemsCommand::PlaceItemsCommand(DataHall *hall, RackId rack, std::vector<Placement> placements,
                                     QList<CatalogItem> catalogItems, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_rack(rack)
    , m_placements(std::move(placements))
    , m_catalogItems(std::move(catalogItems))
{ }

void PlaceItemsCommand::redo()
{
    // Catalog rows first: a placement's load is computed from its frozen row.
    m_addedItems = m_hall->addCatalogItems(m_catalogItems);
    for (const Placement &p : m_placements)
        m_hall->insertPlacement(m_rack, p);
}

void PlaceItemsCommand::undo()
{
    for (auto it = m_placements.rbegin(); it != m_placements.rend(); ++it)
        *it = m_hall->takePlacement(it->id);
    m_hall->removeCatalogItems(m_addedItems);
}

RemovePlacementsCommand::RemovePlacementsCommand(DataHall *hall, QList<PlacementId> placements,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
{
    for (PlacementId id : placements)
        m_entries.push_back({id, 0, 0, {}});
}

void RemovePlacementsCommand::redo()
{
    for (Entry &e : m_entries) {
        e.rack = m_hall->rackOf(e.id);
        const auto &ids = m_hall->placementIds(e.rack);
        e.index = int(std::find(ids.begin(), ids.end(), e.id) - ids.begin());
        e.placement = m_hall->takePlacement(e.id);
    }
}

void RemovePlacementsCommand::undo()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        m_hall->insertPlacement(it->rack, it->placement, it->index);
}

MovePlacementsCommand::MovePlacementsCommand(DataHall *hall, std::vector<Move> moves,
                                             bool mergeable, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_mergeable(mergeable)
{
    for (const Move &move : moves) {
        Entry e;
        e.to = move;
        if (const Placement *p = hall->placement(move.id)) {
            e.fromRack = hall->rackOf(move.id);
            e.fromU = p->positionU;
            e.fromFace = p->face;
        }
        m_entries.push_back(e);
    }
}

void MovePlacementsCommand::redo()
{
    for (Entry &e : m_entries) {
        const auto &ids = m_hall->placementIds(e.fromRack);
        e.fromIndex = int(std::find(ids.begin(), ids.end(), e.to.id) - ids.begin());
        m_hall->movePlacement(e.to.id, e.to.toRack, e.to.toU, e.to.toFace);
    }
}

void MovePlacementsCommand::undo()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        m_hall->movePlacement(it->to.id, it->fromRack, it->fromU, it->fromFace, it->fromIndex);
}

int MovePlacementsCommand::id() const
{
    return m_mergeable ? NudgePlacementsCommandId : -1;
}

bool MovePlacementsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MovePlacementsCommand *>(other);
    if (next->m_entries.size() != m_entries.size())
        return false;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (next->m_entries[i].to.id != m_entries[i].to.id)
            return false;
    }
    bool backWhereStarted = true;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        e.to = next->m_entries[i].to;
        backWhereStarted = backWhereStarted && e.to.toRack == e.fromRack && e.to.toU == e.fromU
            && e.to.toFace == e.fromFace;
    }
    setObsolete(backWhereStarted);
    return true;
}

SetConfigurationCommand::SetConfigurationCommand(DataHall *hall, PlacementId placement,
                                                 ServerConfiguration configuration,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_id(placement)
    , m_after(std::move(configuration))
{
    if (const Placement *p = hall->placement(placement))
        m_before = p->configuration;
}

void SetConfigurationCommand::redo()
{
    m_hall->setConfiguration(m_id, m_after);
}

void SetConfigurationCommand::undo()
{
    m_hall->setConfiguration(m_id, m_before);
}

int SetConfigurationCommand::id() const
{
    return SetConfigurationCommandId;
}

bool SetConfigurationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetConfigurationCommand *>(other);
    if (next->m_id != m_id)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}
