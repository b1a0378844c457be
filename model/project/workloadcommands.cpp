#include "model/project/workloadcommands.h"

#include "model/project/commandids.h"

InsertWorkloadsCommand::InsertWorkloadsCommand(WorkloadSet *workloads, std::vector<Entry> entries,
                                               const QString &text)
    : QUndoCommand(text)
    , m_workloads(workloads)
    , m_entries(std::move(entries))
{ }

void InsertWorkloadsCommand::redo()
{
    for (const Entry &e : m_entries)
        m_workloads->insertWorkload(e.index, e.snapshot.workload, e.snapshot.servers);
}

void InsertWorkloadsCommand::undo()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        it->snapshot = m_workloads->takeWorkload(it->snapshot.workload.id);
}

RemoveWorkloadsCommand::RemoveWorkloadsCommand(WorkloadSet *workloads, QList<WorkloadId> ids,
                                               const QString &text)
    : QUndoCommand(text)
    , m_workloads(workloads)
{
    for (WorkloadId id : ids)
        m_entries.push_back({id, 0, {}});
}

void RemoveWorkloadsCommand::redo()
{
    for (Entry &e : m_entries) {
        e.index = m_workloads->workloadIndex(e.id);
        e.snapshot = m_workloads->takeWorkload(e.id);
    }
}

void RemoveWorkloadsCommand::undo()
{
    // Last taken, first back: every index is the one it had when it was taken.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        m_workloads->insertWorkload(it->index, it->snapshot.workload, it->snapshot.servers);
}

EditWorkloadCommand::EditWorkloadCommand(WorkloadSet *workloads, Workload after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_workloads(workloads)
    , m_after(std::move(after))
{
    if (const Workload *current = workloads->workload(m_after.id))
        m_before = *current;
    m_fields = m_before.differingFields(m_after);
}

void EditWorkloadCommand::redo()
{
    m_workloads->setWorkload(m_after);
}

void EditWorkloadCommand::undo()
{
    m_workloads->setWorkload(m_before);
}

int EditWorkloadCommand::id() const
{
    return EditWorkloadCommandId;
}

bool EditWorkloadCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditWorkloadCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_fields != m_fields)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

ChangeAssignmentsCommand::ChangeAssignmentsCommand(WorkloadSet *workloads,
                                                   std::vector<Change> changes, const QString &text)
    : QUndoCommand(text)
    , m_workloads(workloads)
    , m_changes(std::move(changes))
{ }

void ChangeAssignmentsCommand::redo()
{
    for (const Change &c : m_changes) {
        m_workloads->unassign(c.workload, c.removed);
        m_workloads->assign(c.workload, c.added);
    }
}

void ChangeAssignmentsCommand::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        m_workloads->unassign(it->workload, it->added);
        m_workloads->assign(it->workload, it->removed);
    }
}
