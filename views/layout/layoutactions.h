#pragma once

#include "model/layout/layoutids.h"
#include "model/project/layouteditor.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;
class RackLayoutScene;
class RackLayoutView;

// The rack layout's commands as actions with shortcuts: cut, copy, paste, delete and
// duplicate for placements, racks and rows; add, rename, remove and move racks and rows;
// zoom. MainWindow puts them into its menus; the view's context menu shows the ones that
// apply to what is under the pointer. Each one is a LayoutEditor call, so each is one
// undo command (or none when it would change nothing). Shortcuts work while the rack
// layout has the focus, so Delete in another pane stays that pane's.
class LayoutActions : public QObject
{
    Q_OBJECT

public:
    // Asks for a name: the title, the current name; nullopt when cancelled.
    using NamePrompt =
        std::function<std::optional<QString>(const QString &title, const QString &current)>;

    LayoutActions(RackLayoutView *view, QUndoStack *stack, QWidget *shortcutScope);

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *addRackAction() const { return m_addRack; }
    QAction *addRowAction() const { return m_addRow; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveLeftAction() const { return m_moveLeft; }
    QAction *moveRightAction() const { return m_moveRight; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }

    // For the Edit menu: cut, copy, paste, delete, duplicate.
    QList<QAction *> editActions() const;
    // For a Layout menu: add, rename and move racks and rows.
    QList<QAction *> layoutActions() const;
    // For the View menu.
    QList<QAction *> zoomActions() const;
    // What the context menu offers for the current selection (nullptr = separator).
    QList<QAction *> contextActions() const;

    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    // More actions for the context menu, after a separator (the workloads' removals).
    using ActionProvider = std::function<QList<QAction *>()>;
    void setExtraContextActions(ActionProvider provider) { m_extra = std::move(provider); }
    void retranslate();
    void updateEnabled();

signals:
    void statusMessage(const QString &message);

private:
    LayoutEditor editor() const;
    void report(const EditOutcome &outcome);
    // The rack a paste or a new rack goes into or beside.
    RackId targetRack() const;
    // The lowest U where the clipboard's placements all fit in the rack, 0 when none.
    int pastePosition(const PlacementClipboard &clipboard, RackId rack) const;
    bool pasteInto(const PlacementClipboard &clipboard, RackId rack, int positionU);
    void showContextMenu(const QPoint &globalPos);

    void cut();
    void copy();
    void paste();
    void remove();
    void duplicate();
    void addRack();
    void addRow();
    void rename();
    void moveSelection(int dx, int dy);

    RackLayoutView *m_view;
    RackLayoutScene *m_scene;
    QUndoStack *m_stack;
    NamePrompt m_prompt;
    ActionProvider m_extra;
    bool m_pasteAtPointer = false; // a paste from the context menu goes where it opened
    bool m_clipboardHoldsPlacements = false;

    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_delete;
    QAction *m_duplicate;
    QAction *m_addRack;
    QAction *m_addRow;
    QAction *m_rename;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
};
