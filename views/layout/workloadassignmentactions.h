#pragma once

#include "model/workload/assignmenttarget.h"
#include "model/workload/workloadids.h"

#include <QList>
#include <QObject>

class QAction;
class QUndoStack;
class QWidget;
class RackLayoutView;
class WorkloadSet;

// Taking workloads off servers in the rack layout: Ctrl+Delete removes every workload from
// the selected servers, racks or rows, and the context menu offers "Remove ‹workload› from
// ‹where›" for each workload running there. Each is one WorkloadEditor command. (Moving an
// assignment is a drag: Alt-drag a server that runs workloads onto another target.)
class WorkloadAssignmentActions : public QObject
{
    Q_OBJECT

public:
    WorkloadAssignmentActions(RackLayoutView *view, WorkloadSet *workloads, QUndoStack *stack,
                              QWidget *shortcutScope);

    QAction *unassignAction() const { return m_unassign; }
    // For the context menu: the removals that apply to the selection (rebuilt each call).
    QList<QAction *> contextActions();
    // The GPU servers the selection covers (selected servers, and those of selected racks
    // and rows).
    QList<PlacementId> selectedServers() const;
    void unassignSelection();
    void retranslate();

signals:
    void statusMessage(const QString &message);

private:
    RackLayoutView *m_view;
    WorkloadSet *m_workloads;
    QUndoStack *m_stack;
    QAction *m_unassign;
    QList<QAction *> m_removals;
};
