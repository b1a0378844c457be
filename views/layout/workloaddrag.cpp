#include "views/layout/workloaddrag.h"

#include "model/layout/datahall.h"
#include "model/workload/assignmentrules.h"
#include "model/workload/workloadset.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/rowheaderitem.h"

WorkloadDrag::WorkloadDrag(RackLayoutScene *scene, QUndoStack *stack)
    : m_scene(scene)
    , m_stack(stack)
{ }

bool WorkloadDrag::begin(const QList<WorkloadId> &ids, std::optional<AssignmentTarget> from)
{
    cancel();
    const WorkloadId id = ids.value(0);
    if (!m_workloads || !m_workloads->workload(id)) {
        m_message = tr("This workload is not in the project.");
        return false;
    }
    m_workload = id;
    m_from = from;
    return true;
}

void WorkloadDrag::cancel()
{
    m_workload = 0;
    m_from.reset();
    m_target.reset();
    m_check = {};
    m_message.clear();
    m_scene->preview()->clearPreview();
}

std::optional<AssignmentTarget> WorkloadDrag::targetAt(const RackLayoutScene &scene,
                                                       const QPointF &scenePos, QRectF *rect)
{
    if (const RackItem *rack = scene.rackAt(scenePos)) {
        const QPointF local = rack->mapFromScene(scenePos);
        const RackItem::Mounted *m = rack->mountedAt(local);
        if (m && m->kind == ItemKind::GpuServer) {
            if (rect)
                *rect =
                    rack->mapRectToScene(rack->geometry().spanRect(m->bottomU, m->units, m->face));
            return AssignmentTarget::server(m->id);
        }
        if (rect)
            *rect = rack->sceneBoundingRect();
        return AssignmentTarget::rack(rack->rackId());
    }
    const RowId row = scene.rowAt(scenePos.y());
    const QRectF rowRect = scene.rowRect(row);
    if (!row || !rowRect.contains(scenePos))
        return std::nullopt;
    if (rect)
        *rect = rowRect;
    return AssignmentTarget::row(row);
}

bool WorkloadDrag::update(const QPointF &scenePos)
{
    if (!isActive())
        return false;
    QRectF rect;
    const std::optional<AssignmentTarget> target = targetAt(*m_scene, scenePos, &rect);
    if (target == m_target && rect == m_targetRect)
        return false; // the same server, rack or row: the verdict stands
    m_target = target;
    m_targetRect = rect;
    if (!target) {
        m_check = {};
        m_message = tr("Drop onto a server, a rack or a row.");
        m_scene->preview()->clearPreview();
        return true;
    }
    m_check = WorkloadEditor(m_workloads, m_scene->hall(), m_stack)
                  .checkAssignment(m_workload, *target, m_from);
    showVerdict(rect);
    return true;
}

void WorkloadDrag::showVerdict(const QRectF &rect)
{
    const DataHall &hall = *m_scene->hall();
    const Workload *workload = m_workloads->workload(m_workload);
    const QString where = AssignmentRules::targetName(hall, *m_target);
    DropPreviewItem::Verdict shown = DropPreviewItem::Verdict::Fits;
    switch (m_check.verdict) {
    case AssignmentCheck::Verdict::Fits:
        m_message = m_from
            ? tr("Move %1 to %2: %n GPU(s)", nullptr, m_check.gpus).arg(workload->name, where)
            : tr("Assign %1 to %2: %n GPU(s)", nullptr, m_check.gpus).arg(workload->name, where);
        if (!m_check.warnings.isEmpty()) {
            // Allowed, but worth knowing (training and inference mixed on a server, a
            // deadline missed at this size): amber, with the warnings.
            shown = DropPreviewItem::Verdict::OverBudget;
            // The warnings are whole sentences.
            m_message += QStringLiteral(" — ") + m_check.warnings.join(QLatin1Char(' '));
        }
        break;
    case AssignmentCheck::Verdict::Refused:
        shown = DropPreviewItem::Verdict::Refused;
        m_message = m_check.reason;
        break;
    case AssignmentCheck::Verdict::Unchanged:
        m_message = m_check.reason;
        m_scene->preview()->showPreview({rect}, DropPreviewItem::Verdict::Fits, m_message);
        return;
    }
    m_scene->preview()->showPreview({rect}, shown, m_message);
}

WorkloadEditOutcome WorkloadDrag::drop()
{
    WorkloadEditOutcome outcome;
    if (!canDrop()) {
        if (isActive() && (!m_target || m_check.verdict == AssignmentCheck::Verdict::Refused)) {
            outcome.status = WorkloadEditOutcome::Status::Refused;
            outcome.message = m_message;
            outcome.check = m_check;
        }
        cancel();
        return outcome;
    }
    WorkloadEditor editor(m_workloads, m_scene->hall(), m_stack);
    outcome = m_from ? editor.moveAssignment(m_workload, *m_from, *m_target)
                     : editor.assign(m_workload, *m_target);
    cancel();
    return outcome;
}
