#include "views/layout/layoutactions.h"

#include "model/layout/datahall.h"
#include "model/layout/layoutrules.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

#include <map>

namespace {
QAction *makeAction(QObject *parent, QWidget *scope, const char *name, const QKeySequence &key)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

bool clipboardHoldsPlacements()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(PlacementClipboard::mimeType());
}

// Several edits as one undo step; a single one needs no macro.
class MacroScope
{
public:
    MacroScope(QUndoStack *stack, const QString &text, qsizetype count)
        : m_stack(count > 1 ? stack : nullptr)
    {
        if (m_stack)
            m_stack->beginMacro(text);
    }
    ~MacroScope()
    {
        if (m_stack)
            m_stack->endMacro();
    }
    MacroScope(const MacroScope &) = delete;
    MacroScope &operator=(const MacroScope &) = delete;

private:
    QUndoStack *m_stack;
};
} // namespace

LayoutActions::LayoutActions(RackLayoutView *view, QUndoStack *stack, QWidget *shortcutScope)
    : QObject(view)
    , m_view(view)
    , m_scene(view->layoutScene())
    , m_stack(stack)
{
    QWidget *scope = shortcutScope;
    m_cut = makeAction(this, scope, "actionLayoutCut", QKeySequence::Cut);
    m_copy = makeAction(this, scope, "actionLayoutCopy", QKeySequence::Copy);
    m_paste = makeAction(this, scope, "actionLayoutPaste", QKeySequence::Paste);
    m_delete = makeAction(this, scope, "actionLayoutDelete", QKeySequence::Delete);
    m_duplicate =
        makeAction(this, scope, "actionLayoutDuplicate", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_addRack = makeAction(this, scope, "actionAddRack", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_addRow =
        makeAction(this, scope, "actionAddRow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rename = makeAction(this, scope, "actionLayoutRename", QKeySequence(Qt::Key_F2));
    m_moveLeft = makeAction(this, scope, "actionMoveLeft",
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_moveRight = makeAction(this, scope, "actionMoveRight",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_moveUp =
        makeAction(this, scope, "actionMoveUp", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown = makeAction(this, scope, "actionMoveDown",
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_zoomIn = makeAction(this, scope, "actionZoomIn", QKeySequence::ZoomIn);
    // Ctrl+= too: on most keyboards "+" is Shift+"=".
    m_zoomIn->setShortcuts(
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = makeAction(this, scope, "actionZoomOut", QKeySequence::ZoomOut);
    m_zoomFit = makeAction(this, scope, "actionZoomFit", QKeySequence(Qt::CTRL | Qt::Key_0));

    m_prompt = [this](const QString &title, const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            QInputDialog::getText(m_view, title, tr("Name:"), QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };

    connect(m_cut, &QAction::triggered, this, &LayoutActions::cut);
    connect(m_copy, &QAction::triggered, this, &LayoutActions::copy);
    connect(m_paste, &QAction::triggered, this, &LayoutActions::paste);
    connect(m_delete, &QAction::triggered, this, &LayoutActions::remove);
    connect(m_duplicate, &QAction::triggered, this, &LayoutActions::duplicate);
    connect(m_addRack, &QAction::triggered, this, &LayoutActions::addRack);
    connect(m_addRow, &QAction::triggered, this, &LayoutActions::addRow);
    connect(m_rename, &QAction::triggered, this, &LayoutActions::rename);
    connect(m_moveLeft, &QAction::triggered, this, [this] { moveSelection(-1, 0); });
    connect(m_moveRight, &QAction::triggered, this, [this] { moveSelection(1, 0); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelection(0, -1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelection(0, 1); });
    connect(m_zoomIn, &QAction::triggered, view, &RackLayoutView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, view, &RackLayoutView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, view, &RackLayoutView::zoomToFit);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LayoutActions::updateEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &LayoutActions::updateEnabled);
    connect(m_scene->hall(), &DataHall::hallReset, this, &LayoutActions::updateEnabled);
    // Asking the clipboard can be a round trip to another application (X11): it is asked
    // when its content changes, not on every selection change of a rubber band.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        m_clipboardHoldsPlacements = clipboardHoldsPlacements();
        updateEnabled();
    });
    m_clipboardHoldsPlacements = clipboardHoldsPlacements();
    connect(view, &RackLayoutView::contextMenuRequested, this, &LayoutActions::showContextMenu);
    connect(view, &RackLayoutView::renameRequested, this, &LayoutActions::rename);
    retranslate();
    updateEnabled();
}

QList<QAction *> LayoutActions::editActions() const
{
    return {m_cut, m_copy, m_paste, m_delete, m_duplicate};
}

QList<QAction *> LayoutActions::layoutActions() const
{
    return {m_addRack, m_addRow, m_rename, nullptr, m_moveLeft, m_moveRight, m_moveUp, m_moveDown};
}

QList<QAction *> LayoutActions::zoomActions() const
{
    return {m_zoomIn, m_zoomOut, m_zoomFit};
}

QList<QAction *> LayoutActions::contextActions() const
{
    if (!m_scene->selectedPlacementIds().isEmpty())
        return {m_cut, m_copy, m_paste, m_duplicate, m_delete};
    if (!m_scene->selectedRackIds().isEmpty())
        return {m_rename, m_duplicate, m_delete,    nullptr,  m_addRack, m_paste,
                nullptr,  m_moveLeft,  m_moveRight, m_moveUp, m_moveDown};
    if (!m_scene->selectedRowIds().isEmpty())
        return {m_rename, m_duplicate, m_delete, nullptr,   m_addRack,
                m_addRow, nullptr,     m_moveUp, m_moveDown};
    return {m_addRow, m_addRack, m_paste, nullptr, m_zoomFit};
}

void LayoutActions::retranslate()
{
    m_cut->setText(tr("Cu&t"));
    m_cut->setStatusTip(tr("Copy the selected items and take them out of their racks"));
    m_copy->setText(tr("&Copy"));
    m_copy->setStatusTip(tr("Copy the selected items"));
    m_paste->setText(tr("&Paste"));
    m_paste->setStatusTip(tr("Paste copied items into the selected rack where they fit"));
    m_delete->setText(tr("&Delete"));
    m_delete->setStatusTip(tr("Remove the selected items, racks or rows"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setStatusTip(tr("Copy the selected items, racks or rows beside themselves"));
    m_addRack->setText(tr("Add &rack"));
    m_addRack->setStatusTip(tr("Add an empty rack like the selected one"));
    m_addRow->setText(tr("Add r&ow"));
    m_addRow->setStatusTip(tr("Add an empty row of racks"));
    m_rename->setText(tr("Re&name…"));
    m_rename->setStatusTip(tr("Rename the selected rack or row"));
    m_moveLeft->setText(tr("Move &left"));
    m_moveLeft->setStatusTip(tr("Move the selected rack one place left in its row"));
    m_moveRight->setText(tr("Move r&ight"));
    m_moveRight->setStatusTip(tr("Move the selected rack one place right in its row"));
    m_moveUp->setText(tr("Move &up"));
    m_moveUp->setStatusTip(tr("Move the selected rack to the row above, or the row up"));
    m_moveDown->setText(tr("Move do&wn"));
    m_moveDown->setStatusTip(tr("Move the selected rack to the row below, or the row down"));
    m_zoomIn->setText(tr("Zoom &in"));
    m_zoomOut->setText(tr("Zoom &out"));
    m_zoomFit->setText(tr("&Fit hall"));
    m_zoomFit->setStatusTip(tr("Zoom to show the whole hall"));
}

void LayoutActions::updateEnabled()
{
    const bool placements = !m_scene->selectedPlacementIds().isEmpty();
    const QList<RackId> racks = m_scene->selectedRackIds();
    const QList<RowId> rows = m_scene->selectedRowIds();
    const bool any = placements || !racks.isEmpty() || !rows.isEmpty();
    const bool oneRack = racks.size() == 1 && !placements && rows.isEmpty();
    const bool oneRow = rows.size() == 1 && !placements && racks.isEmpty();
    m_cut->setEnabled(placements);
    m_copy->setEnabled(placements);
    m_paste->setEnabled(m_clipboardHoldsPlacements && (placements || !racks.isEmpty()));
    m_delete->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_rename->setEnabled(oneRack || oneRow);
    // A new rack copies an existing one's type, power and cooling; the first rack of a
    // hall comes from the Catalog by drag and drop.
    m_addRack->setEnabled(m_scene->hall()->totals().rackCount > 0);
    m_moveLeft->setEnabled(oneRack);
    m_moveRight->setEnabled(oneRack);
    m_moveUp->setEnabled(oneRack || oneRow);
    m_moveDown->setEnabled(oneRack || oneRow);
}

LayoutEditor LayoutActions::editor() const
{
    return LayoutEditor(m_scene->hall(), m_stack);
}

void LayoutActions::report(const EditOutcome &outcome)
{
    emit statusMessage(outcome.status == EditOutcome::Status::Refused ? outcome.message
                                                                      : QString());
}

RackId LayoutActions::targetRack() const
{
    const QList<RackId> racks = m_scene->selectedRackIds();
    if (!racks.isEmpty())
        return racks.first();
    const QList<PlacementId> placements = m_scene->selectedPlacementIds();
    if (!placements.isEmpty())
        return m_scene->hall()->rackOf(placements.first());
    return 0;
}

int LayoutActions::pastePosition(const PlacementClipboard &clipboard, RackId rack) const
{
    const DataHall &hall = *m_scene->hall();
    const CatalogSnapshot &catalog = hall.catalog();
    const RackSituation base = hall.situation(rack);
    auto rowOf = [&](const QString &id) -> const CatalogItem * {
        if (const CatalogItem *frozen = catalog.item(id))
            return frozen;
        for (const CatalogItem &item : clipboard.catalogItems) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    };
    // The lowest U where every copied item passes the same rules the paste will check.
    for (int u = 1; u <= base.unitsTotal; ++u) {
        RackSituation situation = base;
        bool fits = true;
        for (const PlacementClipboard::Entry &e : clipboard.entries) {
            const CatalogItem *item = rowOf(e.itemId);
            if (!item)
                return 0;
            const int at = u + e.offsetU;
            if (!LayoutRules::checkPlacement(situation, *item, at, e.face, e.configuration, catalog)
                     .fits()) {
                fits = false;
                break;
            }
            situation.add({0, at, std::max(1, item->rackUnits), e.face, item->depthMm, item, {}},
                          LayoutRules::loadOf(*item, e.configuration, catalog));
        }
        if (fits)
            return u;
    }
    return 0;
}

bool LayoutActions::pasteInto(const PlacementClipboard &clipboard, RackId rack, int positionU)
{
    const EditOutcome outcome = editor().pastePlacements(clipboard, rack, positionU);
    report(outcome);
    if (outcome.applied())
        m_scene->selectPlacements(outcome.createdIds);
    return outcome.applied();
}

void LayoutActions::copy()
{
    const QList<PlacementId> ids = m_scene->selectedPlacementIds();
    if (ids.isEmpty())
        return;
    const PlacementClipboard clipboard = editor().copyPlacements(ids);
    auto *data = new QMimeData;
    data->setData(PlacementClipboard::mimeType(), clipboard.toMimeData());
    QStringList names;
    for (const PlacementClipboard::Entry &e : clipboard.entries) {
        const CatalogItem *item = m_scene->hall()->catalog().item(e.itemId);
        names.append(item ? item->displayName() : e.itemId);
    }
    data->setText(names.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(data);
}

void LayoutActions::cut()
{
    const QList<PlacementId> ids = m_scene->selectedPlacementIds();
    if (ids.isEmpty())
        return;
    copy();
    report(editor().removePlacements(ids));
}

void LayoutActions::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(PlacementClipboard::mimeType()))
        return;
    const auto clipboard =
        PlacementClipboard::fromMimeData(data->data(PlacementClipboard::mimeType()));
    if (!clipboard || clipboard->isEmpty()) {
        emit statusMessage(tr("The clipboard holds no items Headroom can paste."));
        return;
    }
    RackId rack = 0;
    int positionU = 0;
    if (m_pasteAtPointer) {
        // From the context menu: where the menu was opened.
        if (const RackItem *item = m_scene->rackAt(m_view->contextScenePos())) {
            rack = item->rackId();
            positionU = item->geometry().unitAt(item->mapFromScene(m_view->contextScenePos()).y());
        }
    }
    if (!rack)
        rack = targetRack();
    if (!rack) {
        emit statusMessage(tr("Select a rack to paste into."));
        return;
    }
    if (!positionU)
        positionU = pastePosition(*clipboard, rack);
    if (!positionU) {
        emit statusMessage(tr("The copied items do not fit anywhere in %1.")
                               .arg(m_scene->hall()->rack(rack)->name));
        return;
    }
    pasteInto(*clipboard, rack, positionU);
}

void LayoutActions::remove()
{
    const QList<PlacementId> placements = m_scene->selectedPlacementIds();
    if (!placements.isEmpty()) {
        report(editor().removePlacements(placements));
        return;
    }
    const QList<RackId> racks = m_scene->selectedRackIds();
    if (!racks.isEmpty()) {
        report(editor().removeRacks(racks));
        return;
    }
    const QList<RowId> rows = m_scene->selectedRowIds();
    const MacroScope macro(m_stack, tr("Remove %n row(s)", nullptr, int(rows.size())), rows.size());
    for (RowId row : rows)
        report(editor().removeRow(row));
}

void LayoutActions::duplicate()
{
    const DataHall &hall = *m_scene->hall();
    const QList<PlacementId> placements = m_scene->selectedPlacementIds();
    if (!placements.isEmpty()) {
        // Each rack's selected items are copied into the lowest free span of that rack.
        std::map<RackId, QList<PlacementId>> byRack;
        for (PlacementId id : placements)
            byRack[hall.rackOf(id)].append(id);
        QList<PlacementId> created;
        const MacroScope macro(m_stack, tr("Duplicate %n item(s)", nullptr, int(placements.size())),
                               qsizetype(byRack.size()));
        for (const auto &[rack, ids] : byRack) {
            const PlacementClipboard clipboard = editor().copyPlacements(ids);
            const int u = pastePosition(clipboard, rack);
            if (!u) {
                emit statusMessage(tr("There is no room left in %1.").arg(hall.rack(rack)->name));
                continue;
            }
            const EditOutcome outcome = editor().pastePlacements(clipboard, rack, u);
            report(outcome);
            for (quint32 id : outcome.createdIds)
                created.append(id);
        }
        if (!created.isEmpty())
            m_scene->selectPlacements(created);
        return;
    }
    const QList<RackId> racks = m_scene->selectedRackIds();
    if (!racks.isEmpty()) {
        QList<RackId> created;
        {
            const MacroScope macro(m_stack, tr("Duplicate %n rack(s)", nullptr, int(racks.size())),
                                   racks.size());
            for (RackId rack : racks) {
                const EditOutcome outcome = editor().duplicateRack(rack);
                report(outcome);
                created.append(outcome.createdIds.value(0));
            }
        }
        m_scene->selectRacks(created);
        return;
    }
    const QList<RowId> rows = m_scene->selectedRowIds();
    QList<RowId> created;
    {
        const MacroScope macro(m_stack, tr("Duplicate %n row(s)", nullptr, int(rows.size())),
                               rows.size());
        for (RowId row : rows) {
            const EditOutcome outcome = editor().duplicateRow(row);
            report(outcome);
            created.append(outcome.createdIds.value(0));
        }
    }
    m_scene->selectRows(created);
}

void LayoutActions::addRack()
{
    const DataHall &hall = *m_scene->hall();
    RowId row = 0;
    int index = -1;
    RackId model = 0;
    const QList<RackId> racks = m_scene->selectedRackIds();
    const QList<RowId> rows = m_scene->selectedRowIds();
    if (!racks.isEmpty()) {
        model = racks.last();
        row = hall.rowOf(model);
        index = hall.rackIndex(model) + 1;
    } else {
        row = !rows.isEmpty() ? rows.last()
                              : (hall.rowIds().empty() ? RowId(0) : hall.rowIds().back());
        if (row && !hall.rackIds(row).empty())
            model = hall.rackIds(row).back();
    }
    for (auto it = hall.rowIds().begin(); !model && it != hall.rowIds().end(); ++it) {
        if (!hall.rackIds(*it).empty())
            model = hall.rackIds(*it).front();
    }
    const Rack *like = hall.rack(model);
    const CatalogItem *type = like ? hall.catalog().item(like->rackTypeId) : nullptr;
    if (!like || !type) {
        emit statusMessage(tr("Drag a rack type from the Catalog into the hall to add the "
                              "first rack."));
        return;
    }
    LayoutEditor::NewRack spec;
    spec.rackType = *type;
    spec.power = like->power;
    spec.cooling = like->cooling;
    for (const QString &pdu : like->pduIds) {
        if (const CatalogItem *item = hall.catalog().item(pdu))
            spec.pdus.append(*item);
    }
    EditOutcome outcome = editor().addRack(row, spec, index);
    report(outcome);
    if (outcome.applied())
        m_scene->selectRacks({outcome.createdIds.value(0)});
}

void LayoutActions::addRow()
{
    const DataHall &hall = *m_scene->hall();
    const QList<RowId> rows = m_scene->selectedRowIds();
    const int index = rows.isEmpty() ? -1 : hall.rowIndex(rows.last()) + 1;
    const EditOutcome outcome = editor().addRow(QString(), index);
    report(outcome);
    if (outcome.applied())
        m_scene->selectRows({outcome.createdIds.value(0)});
}

void LayoutActions::rename()
{
    const DataHall &hall = *m_scene->hall();
    const QList<RackId> racks = m_scene->selectedRackIds();
    const QList<RowId> rows = m_scene->selectedRowIds();
    if (racks.size() == 1 && rows.isEmpty()) {
        const Rack *rack = hall.rack(racks.first());
        if (const auto name = m_prompt(tr("Rename rack"), rack->name))
            report(editor().renameRack(rack->id, *name));
    } else if (rows.size() == 1 && racks.isEmpty()) {
        const HallRow *row = hall.row(rows.first());
        if (const auto name = m_prompt(tr("Rename row"), row->name))
            report(editor().renameRow(row->id, *name));
    }
}

void LayoutActions::moveSelection(int dx, int dy)
{
    const DataHall &hall = *m_scene->hall();
    const QList<RackId> racks = m_scene->selectedRackIds();
    const QList<RowId> rows = m_scene->selectedRowIds();
    if (racks.size() == 1 && rows.isEmpty()) {
        const RackId rack = racks.first();
        const int index = hall.rackIndex(rack);
        if (dx != 0) {
            if (index + dx >= 0)
                report(editor().moveRack(rack, hall.rowOf(rack), index + dx));
            return;
        }
        const int rowIndex = hall.rowIndex(hall.rowOf(rack)) + dy;
        if (rowIndex < 0 || rowIndex >= int(hall.rowIds().size()))
            return;
        const RowId to = hall.rowIds()[size_t(rowIndex)];
        report(editor().moveRack(rack, to, std::min(index, int(hall.rackIds(to).size()))));
        return;
    }
    if (rows.size() == 1 && racks.isEmpty() && dy != 0) {
        const int index = hall.rowIndex(rows.first()) + dy;
        if (index >= 0)
            report(editor().moveRow(rows.first(), index));
    }
}

void LayoutActions::showContextMenu(const QPoint &globalPos)
{
    updateEnabled();
    QMenu menu(m_view);
    for (QAction *action : contextActions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    if (m_extra) {
        const QList<QAction *> extra = m_extra();
        if (!extra.isEmpty())
            menu.addSeparator();
        menu.addActions(extra);
    }
    m_pasteAtPointer = true;
    menu.exec(globalPos);
    m_pasteAtPointer = false;
}
