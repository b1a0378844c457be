#include "views/layout/workloadassignmentactions.h"

#include "model/layout/datahall.h"
#include "model/project/workloadeditor.h"
#include "model/workload/assignmentrules.h"
#include "model/workload/workloadset.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"

#include <QAction>
#include <QWidget>

#include <algorithm>
#include <set>

WorkloadAssignmentActions::WorkloadAssignmentActions(RackLayoutView *view, WorkloadSet *workloads,
                                                     QUndoStack *stack, QWidget *shortcutScope)
    : QObject(view)
    , m_view(view)
    , m_workloads(workloads)
    , m_stack(stack)
    , m_unassign(new QAction(this))
{
    m_unassign->setObjectName(QStringLiteral("actionUnassignWorkloads"));
    // Delete alone removes the selected equipment; with Ctrl it removes only what runs on it.
    m_unassign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_unassign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    shortcutScope->addAction(m_unassign);
    connect(m_unassign, &QAction::triggered, this, &WorkloadAssignmentActions::unassignSelection);
    retranslate();
}

QList<PlacementId> WorkloadAssignmentActions::selectedServers() const
{
    const RackLayoutScene *scene = m_view->layoutScene();
    const DataHall &hall = *scene->hall();
    std::set<PlacementId> servers;
    for (PlacementId p : scene->selectedPlacementIds()) {
        for (PlacementId s : AssignmentRules::serversIn(hall, AssignmentTarget::server(p)))
            servers.insert(s);
    }
    for (RackId r : scene->selectedRackIds()) {
        for (PlacementId s : AssignmentRules::serversIn(hall, AssignmentTarget::rack(r)))
            servers.insert(s);
    }
    for (RowId r : scene->selectedRowIds()) {
        for (PlacementId s : AssignmentRules::serversIn(hall, AssignmentTarget::row(r)))
            servers.insert(s);
    }
    return QList<PlacementId>(servers.begin(), servers.end());
}

void WorkloadAssignmentActions::unassignSelection()
{
    const WorkloadEditOutcome outcome =
        WorkloadEditor(m_workloads, m_view->layoutScene()->hall(), m_stack)
            .unassignServers(selectedServers());
    if (outcome.applied())
        emit statusMessage(QString());
    else
        emit statusMessage(outcome.message.isEmpty() ? tr("No workloads run on the selection.")
                                                     : outcome.message);
}

QList<QAction *> WorkloadAssignmentActions::contextActions()
{
    qDeleteAll(m_removals);
    m_removals.clear();
    const RackLayoutScene *scene = m_view->layoutScene();
    const DataHall &hall = *scene->hall();
    const AssignmentTarget where = scene->selectionScope();
    if (where.kind == AssignmentTarget::Kind::Hall)
        return {};
    // The workloads running there, in the Workloads dock's order.
    std::set<WorkloadId> running;
    for (PlacementId server : AssignmentRules::serversIn(hall, where)) {
        for (WorkloadId id : m_workloads->workloadsOn(server))
            running.insert(id);
    }
    for (WorkloadId id : m_workloads->workloadIds()) {
        if (!running.count(id))
            continue;
        auto *action = new QAction(
            tr("Remove %1 from %2")
                .arg(m_workloads->workload(id)->name, AssignmentRules::targetName(hall, where)),
            this);
        connect(action, &QAction::triggered, this, [this, id, where] {
            const WorkloadEditOutcome outcome =
                WorkloadEditor(m_workloads, m_view->layoutScene()->hall(), m_stack)
                    .unassign(id, where);
            emit statusMessage(outcome.applied() ? QString() : outcome.message);
        });
        m_removals.append(action);
    }
    // The action stays enabled: its shortcut works on any selection and says when there is
    // nothing to remove, where a disabled one would stay off after this menu closes.
    QList<QAction *> actions = m_removals;
    if (!actions.isEmpty())
        actions.append(m_unassign);
    return actions;
}

void WorkloadAssignmentActions::retranslate()
{
    m_unassign->setText(tr("Remove all workloads from the selection"));
    m_unassign->setStatusTip(tr("Take every workload off the selected servers, racks or rows"));
}
