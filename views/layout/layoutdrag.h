#pragma once

#include "model/catalog/catalogitem.h"
#include "model/project/layouteditor.h"
#include "views/layout/racklayoutscene.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

class QUndoStack;

// One drag over the hall, from the first move to the drop: catalog items going into a
// rack, catalog rack types becoming racks, placements moving within or between racks, or
// a rack moving within its row or to another. update() follows the pointer, asks the
// layout rules (through LayoutEditor, the same check the edit makes) and shows the
// verdict in the scene's DropPreviewItem; drop() makes the edit through LayoutEditor,
// which pushes one undo command, or nothing when nothing would change.
//
// The catalog rows are resolved before the drag starts, so a mouse move costs one rack's
// situation and a rules check: no SQL, no scan of the hall.
class LayoutDrag
{
    Q_DECLARE_TR_FUNCTIONS(LayoutDrag)

public:
    enum class Kind { None, CatalogItems, CatalogRacks, Placements, Rack };
    enum class Verdict { NoTarget, Unchanged, Fits, OverBudget, Refused };

    LayoutDrag(RackLayoutScene *scene, QUndoStack *stack);

    Kind kind() const { return m_kind; }
    bool isActive() const { return m_kind != Kind::None; }

    // Rack types add racks; other items go into racks. Returns false (see message()) when
    // a drag mixes the two.
    bool beginCatalog(const QList<CatalogItem> &items);
    // Moves `ids` together, keeping their distances; `anchor` is the one under the
    // pointer at `pressScenePos`.
    void beginPlacements(const QList<PlacementId> &ids, PlacementId anchor,
                         const QPointF &pressScenePos);
    void beginRack(RackId rack);

    // `force`: budgets (power, redundancy, weight, cooling) may be exceeded, as Shift asks.
    void update(const QPointF &scenePos, bool force);
    Verdict verdict() const { return m_verdict; }
    bool canDrop() const { return m_verdict == Verdict::Fits || m_verdict == Verdict::OverBudget; }
    // What the preview says: where the drop goes, or why it cannot.
    QString message() const { return m_message; }
    const RuleCheck &check() const { return m_check; }
    RackId targetRack() const { return m_targetRack; }

    // Makes the edit the last update() showed and ends the drag.
    EditOutcome drop();
    void cancel();

private:
    void updateCatalogItems(const QPointF &scenePos);
    void updateCatalogRacks(const QPointF &scenePos);
    void updatePlacements(const QPointF &scenePos);
    void updateRack(const QPointF &scenePos);
    void setVerdict(const RuleCheck &check, const QList<QRectF> &rects, const QString &fitsText);
    void showNeutral(Verdict verdict, const QString &message, const QList<QRectF> &rects = {});
    RuleCheck checkItems(RackId rack, int bottomU, RackFace face) const;
    LayoutEditor::NewRack newRack(const CatalogItem &type, RowId row, int index) const;
    EditOutcome dropCatalogItems();
    EditOutcome dropCatalogRacks();
    QString itemsName() const;

    struct Moving
    {
        PlacementId id = 0;
        int bottomU = 1;
        int units = 1;
        RackFace face = RackFace::Front;
    };

    RackLayoutScene *m_scene;
    DataHall *m_hall;
    QUndoStack *m_stack;
    LayoutEditor m_editor;
    Kind m_kind = Kind::None;
    bool m_force = false;

    QList<CatalogItem> m_items; // catalog drags
    std::vector<Moving> m_moving; // placement drags, the anchor first
    int m_pressU = 1;
    RackId m_rack = 0; // rack drags

    // What the last update() found.
    Verdict m_verdict = Verdict::NoTarget;
    QString m_message;
    RuleCheck m_check;
    RackId m_targetRack = 0;
    int m_bottomU = 1;
    RackFace m_face = RackFace::Front;
    QList<LayoutEditor::Move> m_moves;
    RackLayoutScene::RackSlot m_slot;
    int m_toIndex = 0;
};
