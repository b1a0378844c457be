#pragma once

#include "views/layout/catalogdrag.h"

#include <QWidget>

class DataHall;
class LayoutActions;
class QAction;
class QLabel;
class QUndoStack;
class RackLayoutScene;
class RackLayoutView;
class HeadroomTracker;
class WorkloadAssignmentActions;
class WorkloadSet;

// The Rack layout tab: the hall view with a status line under it that says what a drag
// would do (or why an edit was refused) and the zoom. MainWindow creates one with the
// project's hall and undo stack, gives it a catalog lookup, and puts actions() into its
// menus.
class RackLayoutPane : public QWidget
{
    Q_OBJECT

public:
    RackLayoutPane(DataHall *hall, QUndoStack *stack, QWidget *parent = nullptr);
    ~RackLayoutPane() override;

    RackLayoutScene *scene() const { return m_scene; }
    RackLayoutView *view() const { return m_view; }
    LayoutActions *actions() const { return m_actions; }
    // "Remove all workloads from the selection" (Ctrl+Delete), once workloads are set.
    QAction *unassignWorkloadsAction() const;
    void setCatalogLookup(CatalogLookup lookup);
    // Workloads can be dropped on the hall, show on its servers and be taken off them.
    void setWorkloads(WorkloadSet *workloads, const HeadroomTracker *headroom = nullptr);
    WorkloadAssignmentActions *workloadActions() const { return m_workloadActions; }
    QString statusText() const;

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const QString &message);
    void updateZoomLabel(double zoom);

    RackLayoutScene *m_scene;
    RackLayoutView *m_view;
    LayoutActions *m_actions;
    QUndoStack *m_undoStack;
    WorkloadAssignmentActions *m_workloadActions = nullptr;
    QLabel *m_status;
    QLabel *m_zoomLabel;
    bool m_fitPending = true;
};
