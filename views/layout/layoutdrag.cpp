#include "views/layout/layoutdrag.h"

#include "model/layout/datahall.h"
#include "model/layout/layoutrules.h"
#include "views/layout/droppreviewitem.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace {
// A new rack with no neighbour to copy from gets the catalog's 415 V / 60 A three-phase
// feed on A and B (catalog pdu_rule row: 415 V x 60 A x 1.732 = 43.1 kW at the breaker,
// 34.5 kW after the 80 % derating RackPower applies) and air cooling.
constexpr double kDefaultFeedWatts = 415.0 * 60.0 * 1.7320508;

int heightOf(const CatalogItem &item)
{
    return std::max(1, item.rackUnits);
}
} // namespace

LayoutDrag::LayoutDrag(RackLayoutScene *scene, QUndoStack *stack)
    : m_scene(scene)
    , m_hall(scene->hall())
    , m_stack(stack)
    , m_editor(scene->hall(), stack)
{ }

bool LayoutDrag::beginCatalog(const QList<CatalogItem> &items)
{
    cancel();
    const auto racks = std::count_if(items.begin(), items.end(),
                                     [](const CatalogItem &i) { return i.kind == ItemKind::Rack; });
    if (items.isEmpty() || (racks > 0 && racks < items.size())) {
        m_message = tr("Drag rack types and equipment separately.");
        return false;
    }
    m_items = items;
    m_kind = racks > 0 ? Kind::CatalogRacks : Kind::CatalogItems;
    return true;
}

void LayoutDrag::beginPlacements(const QList<PlacementId> &ids, PlacementId anchor,
                                 const QPointF &pressScenePos)
{
    cancel();
    QList<PlacementId> ordered {anchor};
    for (PlacementId id : ids) {
        if (id != anchor)
            ordered.append(id);
    }
    for (PlacementId id : ordered) {
        const Placement *p = m_hall->placement(id);
        if (!p)
            continue;
        const CatalogItem *item = m_hall->catalog().item(p->itemId);
        m_moving.push_back({id, p->positionU, item ? heightOf(*item) : 1, p->face});
    }
    if (m_moving.empty() || m_moving.front().id != anchor)
        return;
    const RackItem *rack = m_scene->rackItem(m_hall->rackOf(anchor));
    m_pressU = rack ? rack->geometry().unitAt(rack->mapFromScene(pressScenePos).y())
                    : m_moving.front().bottomU;
    m_kind = Kind::Placements;
}

void LayoutDrag::beginRack(RackId rack)
{
    cancel();
    if (!m_hall->rack(rack))
        return;
    m_rack = rack;
    m_kind = Kind::Rack;
}

void LayoutDrag::cancel()
{
    m_kind = Kind::None;
    m_items.clear();
    m_moving.clear();
    m_moves.clear();
    m_rack = 0;
    m_targetRack = 0;
    m_check = {};
    m_verdict = Verdict::NoTarget;
    m_message.clear();
    m_scene->preview()->clearPreview();
}

void LayoutDrag::update(const QPointF &scenePos, bool force)
{
    m_force = force;
    m_targetRack = 0;
    m_check = {};
    switch (m_kind) {
    case Kind::None:
        return;
    case Kind::CatalogItems:
        updateCatalogItems(scenePos);
        return;
    case Kind::CatalogRacks:
        updateCatalogRacks(scenePos);
        return;
    case Kind::Placements:
        updatePlacements(scenePos);
        return;
    case Kind::Rack:
        updateRack(scenePos);
        return;
    }
}

void LayoutDrag::showNeutral(Verdict verdict, const QString &message, const QList<QRectF> &rects)
{
    m_verdict = verdict;
    m_message = message;
    if (rects.isEmpty())
        m_scene->preview()->clearPreview();
    else
        m_scene->preview()->showPreview(rects, DropPreviewItem::Verdict::Fits, message);
}

void LayoutDrag::setVerdict(const RuleCheck &check, const QList<QRectF> &rects,
                            const QString &fitsText)
{
    m_check = check;
    DropPreviewItem::Verdict shown = DropPreviewItem::Verdict::Fits;
    if (check.fits()) {
        m_verdict = Verdict::Fits;
        m_message = fitsText;
    } else if (m_force && check.isPhysicallyPossible()) {
        m_verdict = Verdict::OverBudget;
        m_message = tr("%1 (placing anyway)").arg(check.message());
        shown = DropPreviewItem::Verdict::OverBudget;
    } else {
        m_verdict = Verdict::Refused;
        m_message = check.isPhysicallyPossible()
            ? tr("%1 (hold Shift to go over budget)").arg(check.message())
            : check.message();
        shown = DropPreviewItem::Verdict::Refused;
    }
    m_scene->preview()->showPreview(rects, shown, m_message);
}

QString LayoutDrag::itemsName() const
{
    return m_items.size() == 1 ? m_items.first().displayName()
                               : tr("%n item(s)", nullptr, int(m_items.size()));
}

// --- catalog items into a rack ---

RuleCheck LayoutDrag::checkItems(RackId rack, int bottomU, RackFace face) const
{
    if (m_items.size() == 1)
        return m_editor.checkPlacement(rack, m_items.first(), bottomU, face);
    // Several items stack upwards from bottomU and are checked as one edit, each against
    // the rack with the ones below it already in (as LayoutEditor::pastePlacements does).
    const CatalogSnapshot &catalog = m_hall->catalog();
    RackSituation situation = m_hall->situation(rack);
    RuleCheck all;
    int u = bottomU;
    for (const CatalogItem &dragged : m_items) {
        const CatalogItem *frozen = catalog.item(dragged.id);
        const CatalogItem &item = frozen ? *frozen : dragged;
        const ServerConfiguration config = LayoutEditor::defaultConfiguration(item);
        RuleCheck one = LayoutRules::checkPlacement(situation, item, u, face, config, catalog);
        for (LimitViolation &v : one.violations)
            all.violations.push_back(std::move(v));
        situation.add({0, u, heightOf(item), face, item.depthMm, &item, {}},
                      LayoutRules::loadOf(item, config, catalog));
        u += heightOf(item);
    }
    return all;
}

void LayoutDrag::updateCatalogItems(const QPointF &scenePos)
{
    RackItem *rack = m_scene->rackAt(scenePos);
    if (!rack || rack->geometry().unitsTotal() <= 0) {
        showNeutral(Verdict::NoTarget, tr("Drop onto a rack."));
        return;
    }
    const QPointF local = rack->mapFromScene(scenePos);
    int units = 0;
    for (const CatalogItem &item : m_items)
        units += heightOf(item);
    m_targetRack = rack->rackId();
    m_face = RackGeometry::faceAt(local.x()).value_or(RackFace::Front);
    m_bottomU = rack->geometry().bottomForPointer(rack->geometry().unitAt(local.y()), units);

    QList<QRectF> rects;
    int u = m_bottomU;
    for (const CatalogItem &item : m_items) {
        const int h = heightOf(item);
        const int shown = std::min(h, std::max(1, rack->geometry().unitsTotal() - u + 1));
        rects.append(rack->mapRectToScene(rack->geometry().spanRect(u, shown, m_face)));
        u += h;
    }
    const QString where = tr("U%1–U%2, %3")
                              .arg(m_bottomU)
                              .arg(m_bottomU + units - 1)
                              .arg(Placement::faceDisplayName(m_face).toLower());
    setVerdict(checkItems(m_targetRack, m_bottomU, m_face), rects,
               tr("%1 into %2: %3").arg(itemsName(), rack->name(), where));
}

EditOutcome LayoutDrag::dropCatalogItems()
{
    const BudgetPolicy policy = m_force ? BudgetPolicy::Allow : BudgetPolicy::Refuse;
    if (m_items.size() == 1)
        return m_editor.placeItem(m_targetRack, m_items.first(), m_bottomU, m_face, {}, policy);
    // Checked as one edit above; placed one by one inside a macro, one undo step.
    m_stack->beginMacro(tr("Place %n item(s)", nullptr, int(m_items.size())));
    EditOutcome outcome;
    int u = m_bottomU;
    QList<quint32> created;
    for (const CatalogItem &item : m_items) {
        outcome = m_editor.placeItem(m_targetRack, item, u, m_face, {}, BudgetPolicy::Allow);
        created += outcome.createdIds;
        u += heightOf(item);
    }
    m_stack->endMacro();
    outcome.createdIds = created;
    outcome.check = m_check;
    return outcome;
}

// --- catalog rack types into a row ---

LayoutEditor::NewRack LayoutDrag::newRack(const CatalogItem &type, RowId row, int index) const
{
    LayoutEditor::NewRack spec;
    spec.rackType = type;
    spec.power = {kDefaultFeedWatts, 2, PowerPhase::Three};
    spec.cooling = RackCooling::ofType(CoolingType::Air);
    // A rack dropped beside others is fed and cooled like its neighbour.
    const std::vector<RackId> &racks = m_hall->rackIds(row);
    const int neighbour = index > 0 ? index - 1 : 0;
    if (neighbour < int(racks.size())) {
        if (const Rack *r = m_hall->rack(racks[size_t(neighbour)])) {
            spec.power = r->power;
            spec.cooling = r->cooling;
        }
    }
    return spec;
}

void LayoutDrag::updateCatalogRacks(const QPointF &scenePos)
{
    for (const CatalogItem &type : std::as_const(m_items)) {
        if (type.rackUnits <= 0) {
            m_slot = {};
            m_check = {};
            showNeutral(Verdict::Refused,
                        tr("%1 has no height in the catalog.").arg(type.displayName()));
            m_scene->preview()->clearPreview();
            return;
        }
    }
    if (m_hall->rowIds().empty()) {
        m_slot = {};
        const QRectF first(RackLayoutScene::kRacksLeft, RackLayoutScene::kMargin,
                           RackGeometry::kWidth,
                           RackGeometry(RackLayoutScene::kEmptyRowUnits).height());
        setVerdict({}, {first}, tr("%1 starts a new row").arg(itemsName()));
        return;
    }
    m_slot = m_scene->rackSlotAt(scenePos);
    const HallRow *row = m_hall->row(m_slot.row);
    if (!row) {
        showNeutral(Verdict::NoTarget, tr("Drop into a row."));
        return;
    }
    setVerdict({}, {m_slot.marker},
               tr("%1 into %2 at position %3").arg(itemsName(), row->name).arg(m_slot.index + 1));
}

EditOutcome LayoutDrag::dropCatalogRacks()
{
    m_stack->beginMacro(tr("Add %n rack(s)", nullptr, int(m_items.size())));
    EditOutcome outcome;
    QList<quint32> created;
    RowId row = m_slot.row;
    int index = m_slot.index;
    if (!row) {
        outcome = m_editor.addRow(QString());
        row = outcome.createdIds.value(0);
        index = 0;
    }
    for (const CatalogItem &type : m_items) {
        outcome = m_editor.addRack(row, newRack(type, row, index), index);
        created += outcome.createdIds;
        ++index;
    }
    m_stack->endMacro();
    outcome.createdIds = created;
    return outcome;
}

// --- placements moving ---

void LayoutDrag::updatePlacements(const QPointF &scenePos)
{
    m_moves.clear();
    RackItem *rack = m_scene->rackAt(scenePos);
    if (!rack || rack->geometry().unitsTotal() <= 0) {
        showNeutral(Verdict::NoTarget, tr("Drop onto a rack."));
        return;
    }
    const RackGeometry &geometry = rack->geometry();
    const QPointF local = rack->mapFromScene(scenePos);
    const Moving &anchor = m_moving.front();
    // The pointer's face, when it left the anchor's: every item goes to that face.
    const std::optional<RackFace> pointerFace = RackGeometry::faceAt(local.x());
    const bool flip = pointerFace && *pointerFace != anchor.face;
    int delta = geometry.unitAt(local.y()) - m_pressU;
    // Keep the whole group inside the target rack.
    for (const Moving &m : m_moving) {
        delta = std::max(delta, 1 - m.bottomU);
        delta = std::min(delta, geometry.unitsTotal() - (m.bottomU + m.units - 1));
    }
    m_targetRack = rack->rackId();
    bool changes = false;
    QList<QRectF> rects;
    for (const Moving &m : m_moving) {
        const RackFace face = flip ? *pointerFace : m.face;
        const int u = m.bottomU + delta;
        m_moves.append({m.id, m_targetRack, u, face});
        changes =
            changes || u != m.bottomU || face != m.face || m_hall->rackOf(m.id) != m_targetRack;
        rects.append(rack->mapRectToScene(geometry.spanRect(u, m.units, face)));
    }
    if (!changes) {
        showNeutral(Verdict::Unchanged, QString());
        return;
    }
    const int lowest = anchor.bottomU + delta;
    setVerdict(m_editor.checkMoves(m_moves), rects,
               tr("Move to %1, U%2").arg(rack->name()).arg(lowest));
}

// --- a rack moving ---

void LayoutDrag::updateRack(const QPointF &scenePos)
{
    m_slot = m_scene->rackSlotAt(scenePos);
    const HallRow *row = m_hall->row(m_slot.row);
    const Rack *rack = m_hall->rack(m_rack);
    if (!row || !rack) {
        showNeutral(Verdict::NoTarget, tr("Drop into a row."));
        return;
    }
    const RowId fromRow = m_hall->rowOf(m_rack);
    const int fromIndex = m_hall->rackIndex(m_rack);
    m_toIndex = m_slot.index;
    if (m_slot.row == fromRow && m_toIndex > fromIndex)
        --m_toIndex; // the gap after the rack itself, counted without it
    if (m_slot.row == fromRow && m_toIndex == fromIndex) {
        showNeutral(Verdict::Unchanged, QString());
        return;
    }
    setVerdict({}, {m_slot.marker},
               tr("Move %1 to %2, position %3").arg(rack->name, row->name).arg(m_toIndex + 1));
}

EditOutcome LayoutDrag::drop()
{
    EditOutcome outcome;
    if (!canDrop()) {
        if (m_verdict == Verdict::Refused || m_verdict == Verdict::NoTarget) {
            outcome.status = EditOutcome::Status::Refused;
            outcome.message = m_message;
            outcome.check = m_check;
        }
        cancel();
        return outcome;
    }
    const BudgetPolicy policy = m_force ? BudgetPolicy::Allow : BudgetPolicy::Refuse;
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::CatalogItems:
        outcome = dropCatalogItems();
        break;
    case Kind::CatalogRacks:
        outcome = dropCatalogRacks();
        break;
    case Kind::Placements:
        outcome = m_editor.movePlacements(m_moves, policy);
        break;
    case Kind::Rack:
        outcome = m_editor.moveRack(m_rack, m_slot.row, m_toIndex);
        break;
    }
    cancel();
    return outcome;
}
