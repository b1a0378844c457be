#pragma once

#include "model/workload/assignmentrules.h"
#include "model/workload/workload.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class DataHall;
class QUndoStack;
class WorkloadSet;

// What became of a workload edit: pushed on the undo stack, nothing to do (nothing
// pushed), or refused with a sentence saying why and, for field values, which fields.
struct WorkloadEditOutcome
{
    enum class Status { Applied, Unchanged, Refused };
    Status status = Status::Unchanged;
    QString message; // why it was refused or changed nothing
    QList<FieldError> errors; // per field, when the workload itself is not valid
    AssignmentCheck check; // assignments: the rules' verdict, warnings included
    QList<WorkloadId> createdIds; // new workloads, in order

    bool applied() const { return status == Status::Applied; }
};

// The one way to change the workloads and their assignments: validates, checks the
// assignment rules, builds the undo command and pushes it; an edit that would change
// nothing pushes nothing. The Workloads dock, the drop on the rack layout, the command
// line and the tests all come through here. Stateless apart from its three pointers.
class WorkloadEditor
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadEditor)

public:
    WorkloadEditor(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack);

    // --- workloads ---
    // A new workload (its id is allocated here) at `index` (-1: last); refused with the
    // field errors when it is not valid.
    WorkloadEditOutcome addWorkload(Workload workload, int index = -1);
    WorkloadEditOutcome addFromTemplate(const QString &templateKey, int index = -1);
    // Sets every field of the workload with `changed.id`; successive edits of the same
    // fields merge into one undo step.
    WorkloadEditOutcome editWorkload(const Workload &changed);
    // Copies after each original, named "… copy", without assignments.
    WorkloadEditOutcome duplicateWorkloads(const QList<WorkloadId> &ids);
    // Removes workloads with their assignments (undo restores both).
    WorkloadEditOutcome removeWorkloads(const QList<WorkloadId> &ids);

    // --- assignments ---
    // The drop preview: what assigning (or, with `from`, moving) would do, without changing
    // anything. Cheap enough for every mouse move: no SQL, one rack or row of servers.
    AssignmentCheck checkAssignment(WorkloadId id, const AssignmentTarget &to,
                                    std::optional<AssignmentTarget> from = std::nullopt) const;
    // Puts the workload on the target's GPU servers it does not run on yet.
    WorkloadEditOutcome assign(WorkloadId id, const AssignmentTarget &to);
    // Takes it off the servers of `from` and puts it on those of `to`, as one step.
    WorkloadEditOutcome moveAssignment(WorkloadId id, const AssignmentTarget &from,
                                       const AssignmentTarget &to);
    // Takes it off the servers of a target (the hall: everywhere).
    WorkloadEditOutcome unassign(WorkloadId id,
                                 const AssignmentTarget &from = AssignmentTarget::hall());
    // Takes every workload off the given servers (Delete on selected servers' badges).
    WorkloadEditOutcome unassignServers(const QList<PlacementId> &servers);

private:
    WorkloadEditOutcome refused(const QString &message, QList<FieldError> errors = {}) const;
    WorkloadEditOutcome push(class QUndoCommand *command, QList<WorkloadId> createdIds = {});

    WorkloadSet *m_workloads;
    const DataHall *m_hall;
    QUndoStack *m_stack;
};
