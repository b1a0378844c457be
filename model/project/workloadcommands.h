#pragma once

#include "model/workload/workloadset.h"

#include <QList>
#include <QUndoCommand>

#include <vector>

// Undo commands that edit the workloads document. A removed workload lives in its command
// as a WorkloadSnapshot (the workload and the servers it ran on) until undo puts it back
// at its old index with the same id.

// Adds workloads at given positions: a new one, a template, duplicates.
class InsertWorkloadsCommand : public QUndoCommand
{
public:
    struct Entry
    {
        int index = -1;
        WorkloadSnapshot snapshot;
    };
    InsertWorkloadsCommand(WorkloadSet *workloads, std::vector<Entry> entries, const QString &text);
    void redo() override;
    void undo() override;

private:
    WorkloadSet *m_workloads;
    std::vector<Entry> m_entries;
};

class RemoveWorkloadsCommand : public QUndoCommand
{
public:
    RemoveWorkloadsCommand(WorkloadSet *workloads, QList<WorkloadId> ids, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Entry
    {
        WorkloadId id = 0;
        int index = 0; // where it was when it was taken out
        WorkloadSnapshot snapshot;
    };
    WorkloadSet *m_workloads;
    std::vector<Entry> m_entries;
};

// Sets a workload's fields: redo and undo swap the stored value with the document's.
// Successive edits of the same fields of the same workload (typing in one spin box)
// merge into one undo step, and one that ends where it started leaves nothing behind.
class EditWorkloadCommand : public QUndoCommand
{
public:
    EditWorkloadCommand(WorkloadSet *workloads, Workload after, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkloadSet *m_workloads;
    Workload m_before;
    Workload m_after;
    QList<WorkloadField> m_fields;
};

// Assigns workloads to servers and takes them off: assign, unassign and move (both at
// once), and the assignments a removed placement carries (LayoutEditor pushes one of
// these before the removal, in one macro, so undo restores both).
class ChangeAssignmentsCommand : public QUndoCommand
{
public:
    struct Change
    {
        WorkloadId workload = 0;
        std::vector<PlacementId> added;
        std::vector<PlacementId> removed;
    };
    ChangeAssignmentsCommand(WorkloadSet *workloads, std::vector<Change> changes,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    WorkloadSet *m_workloads;
    std::vector<Change> m_changes;
};
