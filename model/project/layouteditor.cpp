#include "model/project/layouteditor.h"

#include "model/layout/datahall.h"
#include "model/project/placementcommands.h"
#include "model/project/rackcommands.h"
#include "model/project/rowcommands.h"
#include "model/project/workloadcommands.h"
#include "model/workload/workloadset.h"

#include <QUndoStack>

#include <algorithm>
#include <map>

LayoutEditor::LayoutEditor(DataHall *hall, QUndoStack *stack, WorkloadSet *workloads)
    : m_hall(hall)
    , m_stack(stack)
    , m_workloads(workloads)
{ }

EditOutcome LayoutEditor::refused(const QString &message, RuleCheck check) const
{
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Refused;
    outcome.message = message;
    outcome.check = std::move(check);
    return outcome;
}

EditOutcome LayoutEditor::push(QUndoCommand *command, QList<quint32> createdIds)
{
    m_stack->push(command);
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    outcome.createdIds = std::move(createdIds);
    return outcome;
}

EditOutcome LayoutEditor::pushRemoval(QUndoCommand *command, const QList<PlacementId> &leaving)
{
    std::map<WorkloadId, std::vector<PlacementId>> assigned;
    if (m_workloads) {
        for (PlacementId id : leaving) {
            for (WorkloadId w : m_workloads->workloadsOn(id))
                assigned[w].push_back(id);
        }
    }
    if (assigned.empty())
        return push(command);
    std::vector<ChangeAssignmentsCommand::Change> changes;
    for (auto &[workload, servers] : assigned) {
        std::sort(servers.begin(), servers.end());
        changes.push_back({workload, {}, std::move(servers)});
    }
    m_stack->beginMacro(command->text());
    m_stack->push(new ChangeAssignmentsCommand(m_workloads, std::move(changes), command->text()));
    m_stack->push(command);
    m_stack->endMacro();
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    return outcome;
}

bool LayoutEditor::blocks(const RuleCheck &check, BudgetPolicy policy) const
{
    return policy == BudgetPolicy::Refuse ? !check.fits() : !check.isPhysicallyPossible();
}

// --- rows ---

EditOutcome LayoutEditor::addRow(const QString &name, int index)
{
    const int count = int(m_hall->rowIds().size());
    RowSnapshot row;
    row.row.id = m_hall->allocateId();
    row.row.name = name.trimmed().isEmpty() ? tr("Row %1").arg(count + 1) : name.trimmed();
    const RowId id = row.row.id;
    return push(
        new InsertRowCommand(m_hall, std::move(row), index < 0 ? count : index, tr("Add row")),
        {id});
}

EditOutcome LayoutEditor::removeRow(RowId row)
{
    const HallRow *r = m_hall->row(row);
    if (!r)
        return refused(tr("There is no such row."));
    QList<PlacementId> leaving;
    for (RackId rack : m_hall->rackIds(row)) {
        for (PlacementId id : m_hall->placementIds(rack))
            leaving.append(id);
    }
    return pushRemoval(new RemoveRowCommand(m_hall, row, tr("Remove row %1").arg(r->name)),
                       leaving);
}

EditOutcome LayoutEditor::renameRow(RowId row, const QString &name)
{
    const HallRow *r = m_hall->row(row);
    if (!r)
        return refused(tr("There is no such row."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("A row needs a name."));
    if (trimmed == r->name)
        return {};
    return push(new RenameRowCommand(m_hall, row, trimmed, tr("Rename row")));
}

EditOutcome LayoutEditor::moveRow(RowId row, int toIndex)
{
    const int from = m_hall->rowIndex(row);
    if (from < 0)
        return refused(tr("There is no such row."));
    toIndex = std::clamp(toIndex, 0, int(m_hall->rowIds().size()) - 1);
    if (toIndex == from)
        return {};
    return push(new MoveRowCommand(m_hall, row, toIndex, tr("Move row")));
}

EditOutcome LayoutEditor::duplicateRow(RowId row)
{
    const int index = m_hall->rowIndex(row);
    if (index < 0)
        return refused(tr("There is no such row."));
    RowSnapshot copy = m_hall->withFreshIds(m_hall->rowSnapshot(row));
    copy.row.name = tr("%1 copy").arg(copy.row.name);
    const RowId id = copy.row.id;
    return push(new InsertRowCommand(m_hall, std::move(copy), index + 1, tr("Duplicate row")),
                {id});
}

// --- racks ---

EditOutcome LayoutEditor::addRack(RowId row, const NewRack &rack, int index)
{
    if (!m_hall->row(row))
        return refused(tr("There is no such row."));
    if (rack.rackType.kind != ItemKind::Rack || rack.rackType.rackUnits <= 0)
        return refused(tr("%1 is not a rack type.").arg(rack.rackType.displayName()));
    for (const CatalogItem &pdu : rack.pdus) {
        if (pdu.kind != ItemKind::Pdu)
            return refused(tr("%1 is not a PDU.").arg(pdu.displayName()));
    }
    if (rack.power.feedWatts < 0.0 || rack.power.feedCount < 1 || rack.power.feedCount > 2)
        return refused(tr("A rack has one or two power feeds of zero or more watts."));
    RackSnapshot snapshot;
    snapshot.rack.id = m_hall->allocateId();
    snapshot.rack.name = rack.name.trimmed().isEmpty()
        ? tr("Rack %1").arg(m_hall->totals().rackCount + 1)
        : rack.name.trimmed();
    snapshot.rack.rackTypeId = rack.rackType.id;
    snapshot.rack.power = rack.power;
    snapshot.rack.cooling = rack.cooling;
    QList<CatalogItem> items {rack.rackType};
    for (const CatalogItem &pdu : rack.pdus) {
        snapshot.rack.pduIds.append(pdu.id);
        items.append(pdu);
    }
    const int count = int(m_hall->rackIds(row).size());
    const RackId id = snapshot.rack.id;
    return push(new InsertRacksCommand(m_hall, row, index < 0 ? count : index, {snapshot}, items,
                                       tr("Add rack")),
                {id});
}

EditOutcome LayoutEditor::removeRacks(const QList<RackId> &racks)
{
    QList<RackId> present;
    for (RackId id : racks) {
        if (m_hall->rack(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return {};
    QList<PlacementId> leaving;
    for (RackId rack : present) {
        for (PlacementId id : m_hall->placementIds(rack))
            leaving.append(id);
    }
    return pushRemoval(new RemoveRacksCommand(
                           m_hall, present, tr("Remove %n rack(s)", nullptr, int(present.size()))),
                       leaving);
}

EditOutcome LayoutEditor::renameRack(RackId rack, const QString &name)
{
    const Rack *r = m_hall->rack(rack);
    if (!r)
        return refused(tr("There is no such rack."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("A rack needs a name."));
    if (trimmed == r->name)
        return {};
    Rack changed = *r;
    changed.name = trimmed;
    return push(new SetRackCommand(m_hall, changed, tr("Rename rack")));
}

EditOutcome LayoutEditor::setRackPower(RackId rack, const RackPower &power)
{
    const Rack *r = m_hall->rack(rack);
    if (!r)
        return refused(tr("There is no such rack."));
    if (power.feedWatts < 0.0 || power.feedCount < 1 || power.feedCount > 2)
        return refused(tr("A rack has one or two power feeds of zero or more watts."));
    if (power == r->power)
        return {};
    Rack changed = *r;
    changed.power = power;
    // A budget may be lowered below the load; the outcome says what it breaks now.
    RuleCheck check = LayoutRules::brokenLimits(changed, m_hall->rackTotals(rack));
    EditOutcome outcome = push(new SetRackCommand(m_hall, changed, tr("Change rack power")));
    outcome.check = std::move(check);
    return outcome;
}

EditOutcome LayoutEditor::setRackCooling(RackId rack, const RackCooling &cooling)
{
    const Rack *r = m_hall->rack(rack);
    if (!r)
        return refused(tr("There is no such rack."));
    if (cooling.ceilingWatts < 0.0)
        return refused(tr("A cooling ceiling cannot be negative."));
    if (cooling == r->cooling)
        return {};
    Rack changed = *r;
    changed.cooling = cooling;
    RuleCheck check = LayoutRules::brokenLimits(changed, m_hall->rackTotals(rack));
    EditOutcome outcome = push(new SetRackCommand(m_hall, changed, tr("Change rack cooling")));
    outcome.check = std::move(check);
    return outcome;
}

EditOutcome LayoutEditor::duplicateRack(RackId rack)
{
    if (!m_hall->rack(rack))
        return refused(tr("There is no such rack."));
    RackSnapshot copy = m_hall->withFreshIds(m_hall->rackSnapshot(rack));
    copy.rack.name = tr("%1 copy").arg(copy.rack.name);
    QList<quint32> ids {copy.rack.id};
    for (const Placement &p : copy.placements)
        ids.append(p.id);
    return push(new InsertRacksCommand(m_hall, m_hall->rowOf(rack), m_hall->rackIndex(rack) + 1,
                                       {copy}, {}, tr("Duplicate rack")),
                ids);
}

EditOutcome LayoutEditor::moveRack(RackId rack, RowId toRow, int toIndex)
{
    if (!m_hall->rack(rack))
        return refused(tr("There is no such rack."));
    if (!m_hall->row(toRow))
        return refused(tr("There is no such row."));
    const RowId fromRow = m_hall->rowOf(rack);
    const int size = int(m_hall->rackIds(toRow).size());
    toIndex = std::clamp(toIndex, 0, fromRow == toRow ? size - 1 : size);
    if (fromRow == toRow && toIndex == m_hall->rackIndex(rack))
        return {};
    return push(new MoveRackCommand(m_hall, rack, toRow, toIndex, tr("Move rack")));
}

// --- placements ---

ServerConfiguration LayoutEditor::defaultConfiguration(const CatalogItem &item)
{
    if (item.kind != ItemKind::GpuServer)
        return {};
    return {item.acceleratorOptions.value(0), item.acceleratorCount, item.driveBays};
}

RuleCheck LayoutEditor::checkPlacement(RackId rack, const CatalogItem &item, int positionU,
                                       RackFace face,
                                       std::optional<ServerConfiguration> configuration) const
{
    // The project's frozen row, when it has one, is what the placement will be made of.
    const CatalogItem *frozen = m_hall->catalog().item(item.id);
    const CatalogItem &used = frozen ? *frozen : item;
    return LayoutRules::checkPlacement(m_hall->situation(rack), used, positionU, face,
                                       configuration.value_or(defaultConfiguration(used)),
                                       m_hall->catalog());
}

EditOutcome LayoutEditor::placeItem(RackId rack, const CatalogItem &item, int positionU,
                                    RackFace face, std::optional<ServerConfiguration> configuration,
                                    BudgetPolicy policy)
{
    if (!m_hall->rack(rack))
        return refused(tr("There is no such rack."));
    const CatalogItem *frozen = m_hall->catalog().item(item.id);
    const CatalogItem &used = frozen ? *frozen : item;
    const ServerConfiguration config = configuration.value_or(defaultConfiguration(used));
    RuleCheck check = checkPlacement(rack, used, positionU, face, config);
    if (blocks(check, policy))
        return refused(check.message(), check);
    const Placement placement {m_hall->allocateId(), used.id, positionU, face, config};
    EditOutcome outcome = push(new PlaceItemsCommand(m_hall, rack, {placement}, {used},
                                                     tr("Place %1").arg(used.displayName())),
                               {placement.id});
    outcome.check = std::move(check);
    return outcome;
}

RuleCheck LayoutEditor::checkMoves(const QList<Move> &moves) const
{
    RuleCheck result;
    const CatalogSnapshot &catalog = m_hall->catalog();
    // Each target rack is looked at without the placements that leave it; items that
    // arrive are added one by one so they are also checked against each other.
    std::map<RackId, RackSituation> situations;
    auto situationOf = [&](RackId rack) -> RackSituation & {
        auto it = situations.find(rack);
        if (it == situations.end()) {
            RackSituation s = m_hall->situation(rack);
            for (const Move &m : moves) {
                if (m_hall->rackOf(m.placement) == rack)
                    s.remove(m.placement, m_hall->placementLoad(m.placement));
            }
            it = situations.emplace(rack, std::move(s)).first;
        }
        return it->second;
    };
    for (const Move &m : moves) {
        const Placement *p = m_hall->placement(m.placement);
        const CatalogItem *item = p ? catalog.item(p->itemId) : nullptr;
        if (!item || !m_hall->rack(m.toRack)) {
            result.add(LimitViolation {LimitKind::Mounting, 0, 0,
                                       tr("the item or the rack is no longer there")});
            continue;
        }
        RackSituation &s = situationOf(m.toRack);
        RuleCheck one =
            LayoutRules::checkPlacement(s, *item, m.toU, m.toFace, p->configuration, catalog);
        for (LimitViolation &v : one.violations)
            result.violations.push_back(std::move(v));
        s.add({m.placement, m.toU, std::max(1, item->rackUnits), m.toFace, item->depthMm, item, {}},
              m_hall->placementLoad(m.placement));
    }
    return result;
}

EditOutcome LayoutEditor::movePlacements(const QList<Move> &moves, BudgetPolicy policy)
{
    QList<Move> changing;
    for (const Move &m : moves) {
        const Placement *p = m_hall->placement(m.placement);
        if (!p)
            return refused(tr("The item is no longer there."));
        if (m_hall->rackOf(m.placement) != m.toRack || p->positionU != m.toU || p->face != m.toFace)
            changing.append(m);
    }
    if (changing.isEmpty())
        return {};
    RuleCheck check = checkMoves(moves);
    if (blocks(check, policy))
        return refused(check.message(), check);
    std::vector<MovePlacementsCommand::Move> commandMoves;
    for (const Move &m : changing)
        commandMoves.push_back({m.placement, m.toRack, m.toU, m.toFace});
    EditOutcome outcome =
        push(new MovePlacementsCommand(m_hall, std::move(commandMoves), false,
                                       tr("Move %n item(s)", nullptr, int(changing.size()))));
    outcome.check = std::move(check);
    return outcome;
}

EditOutcome LayoutEditor::movePlacement(PlacementId placement, RackId toRack, int toU,
                                        RackFace toFace)
{
    return movePlacements({Move {placement, toRack, toU, toFace}});
}

EditOutcome LayoutEditor::nudgePlacements(const QList<PlacementId> &placements, int deltaU)
{
    if (deltaU == 0 || placements.isEmpty())
        return {};
    QList<Move> moves;
    for (PlacementId id : placements) {
        const Placement *p = m_hall->placement(id);
        if (!p)
            return refused(tr("The item is no longer there."));
        moves.append({id, m_hall->rackOf(id), p->positionU + deltaU, p->face});
    }
    RuleCheck check = checkMoves(moves);
    if (!check.fits())
        return refused(check.message(), check);
    std::vector<MovePlacementsCommand::Move> commandMoves;
    for (const Move &m : moves)
        commandMoves.push_back({m.placement, m.toRack, m.toU, m.toFace});
    return push(new MovePlacementsCommand(m_hall, std::move(commandMoves), true,
                                          tr("Nudge %n item(s)", nullptr, int(moves.size()))));
}

EditOutcome LayoutEditor::removePlacements(const QList<PlacementId> &placements)
{
    QList<PlacementId> present;
    for (PlacementId id : placements) {
        if (m_hall->placement(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return {};
    return pushRemoval(new RemovePlacementsCommand(
                           m_hall, present, tr("Remove %n item(s)", nullptr, int(present.size()))),
                       present);
}

PlacementClipboard LayoutEditor::copyPlacements(const QList<PlacementId> &placements) const
{
    PlacementClipboard clipboard;
    int lowest = std::numeric_limits<int>::max();
    for (PlacementId id : placements) {
        if (const Placement *p = m_hall->placement(id))
            lowest = std::min(lowest, p->positionU);
    }
    QStringList itemIds;
    for (PlacementId id : placements) {
        const Placement *p = m_hall->placement(id);
        if (!p)
            continue;
        clipboard.entries.push_back({p->itemId, p->positionU - lowest, p->face, p->configuration});
        QStringList related {p->itemId};
        if (!p->configuration.acceleratorId.isEmpty())
            related.append(p->configuration.acceleratorId);
        for (const QString &itemId : related) {
            const CatalogItem *item = m_hall->catalog().item(itemId);
            if (item && !itemIds.contains(itemId)) {
                itemIds.append(itemId);
                clipboard.catalogItems.append(*item);
            }
        }
    }
    return clipboard;
}

EditOutcome LayoutEditor::pastePlacements(const PlacementClipboard &clipboard, RackId rack,
                                          int positionU, BudgetPolicy policy)
{
    if (!m_hall->rack(rack))
        return refused(tr("There is no such rack."));
    if (clipboard.isEmpty())
        return {};
    const CatalogSnapshot &catalog = m_hall->catalog();
    RackSituation situation = m_hall->situation(rack);
    RuleCheck check;
    std::vector<Placement> placements;
    QList<CatalogItem> rows;
    for (const PlacementClipboard::Entry &e : clipboard.entries) {
        const CatalogItem *item = catalog.item(e.itemId);
        if (!item) {
            const auto it =
                std::find_if(clipboard.catalogItems.begin(), clipboard.catalogItems.end(),
                             [&e](const CatalogItem &c) { return c.id == e.itemId; });
            if (it == clipboard.catalogItems.end())
                return refused(tr("The pasted item '%1' has no catalog row.").arg(e.itemId));
            item = &*it;
        }
        const int u = positionU + e.offsetU;
        RuleCheck one =
            LayoutRules::checkPlacement(situation, *item, u, e.face, e.configuration, catalog);
        for (LimitViolation &v : one.violations)
            check.violations.push_back(std::move(v));
        const LayoutLoad load = LayoutRules::loadOf(*item, e.configuration, catalog);
        situation.add({0, u, std::max(1, item->rackUnits), e.face, item->depthMm, item, {}}, load);
        placements.push_back({m_hall->allocateId(), item->id, u, e.face, e.configuration});
    }
    if (blocks(check, policy))
        return refused(check.message(), check);
    for (const CatalogItem &item : clipboard.catalogItems) {
        if (!catalog.contains(item.id))
            rows.append(item);
    }
    QList<quint32> ids;
    for (const Placement &p : placements)
        ids.append(p.id);
    EditOutcome outcome =
        push(new PlaceItemsCommand(m_hall, rack, std::move(placements), rows,
                                   tr("Paste %n item(s)", nullptr, int(ids.size()))),
             ids);
    outcome.check = std::move(check);
    return outcome;
}

EditOutcome LayoutEditor::setConfiguration(PlacementId placement,
                                           const ServerConfiguration &configuration,
                                           BudgetPolicy policy)
{
    const Placement *p = m_hall->placement(placement);
    if (!p)
        return refused(tr("The item is no longer there."));
    if (p->configuration == configuration)
        return {};
    const CatalogItem *item = m_hall->catalog().item(p->itemId);
    if (!item || item->kind != ItemKind::GpuServer)
        return refused(tr("Only servers have a configuration."));
    const RackId rack = m_hall->rackOf(placement);
    RackSituation situation = m_hall->situation(rack);
    situation.remove(placement, m_hall->placementLoad(placement));
    RuleCheck check = LayoutRules::checkPlacement(situation, *item, p->positionU, p->face,
                                                  configuration, m_hall->catalog());
    if (blocks(check, policy))
        return refused(check.message(), check);
    EditOutcome outcome = push(new SetConfigurationCommand(m_hall, placement, configuration,
                                                           tr("Change server configuration")));
    outcome.check = std::move(check);
    return outcome;
}
