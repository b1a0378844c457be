#pragma once

#include "model/project/workloadeditor.h"
#include "model/workload/assignmenttarget.h"
#include "model/workload/workloadids.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class DataHall;
class QUndoStack;
class RackLayoutScene;
class WorkloadSet;

// One workload dragged over the hall, from the Workloads dock (assign) or off a server
// (move, when the drag says where it comes from). update() finds what the pointer is over
// (a GPU server, else its rack, else the row around it), asks the assignment rules through
// WorkloadEditor::checkAssignment (the same check the drop makes) and shows the verdict and
// its reason in the scene's DropPreviewItem. The rules run only when the target changes:
// moving within one server, rack or row costs a hit test and nothing else. drop() assigns
// or moves through WorkloadEditor: one undo command, or none when nothing would change.
class WorkloadDrag
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadDrag)

public:
    WorkloadDrag(RackLayoutScene *scene, QUndoStack *stack);

    void setWorkloads(WorkloadSet *workloads) { m_workloads = workloads; }
    WorkloadSet *workloads() const { return m_workloads; }

    // The first id is dragged (one workload at a time); false (see message()) when it is
    // unknown. `from`: the drag moves the workload off there.
    bool begin(const QList<WorkloadId> &ids, std::optional<AssignmentTarget> from = {});
    bool isActive() const { return m_workload != 0; }
    WorkloadId workload() const { return m_workload; }
    std::optional<AssignmentTarget> source() const { return m_from; }

    // Returns true when the target under the pointer changed (the charts' what-if follows).
    bool update(const QPointF &scenePos);
    bool hasTarget() const { return m_target.has_value(); }
    std::optional<AssignmentTarget> target() const { return m_target; }
    const AssignmentCheck &check() const { return m_check; }
    bool canDrop() const { return m_target && m_check.fits(); }
    QString message() const { return m_message; }

    WorkloadEditOutcome drop();
    void cancel();

    // What lies under a scene point: a GPU server, else a rack, else a row; nothing
    // outside the rows. Also the rect that shows it, in scene coordinates.
    static std::optional<AssignmentTarget> targetAt(const RackLayoutScene &scene,
                                                    const QPointF &scenePos, QRectF *rect);

private:
    void showVerdict(const QRectF &rect);

    RackLayoutScene *m_scene;
    QUndoStack *m_stack;
    WorkloadSet *m_workloads = nullptr;
    WorkloadId m_workload = 0;
    std::optional<AssignmentTarget> m_from;
    std::optional<AssignmentTarget> m_target;
    QRectF m_targetRect;
    AssignmentCheck m_check;
    QString m_message;
};
