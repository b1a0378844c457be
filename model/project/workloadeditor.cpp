#include "model/project/workloadeditor.h"

#include "model/layout/datahall.h"
#include "model/project/workloadcommands.h"
#include "model/workload/workloadset.h"
#include "model/workload/workloadtemplates.h"

#include <QUndoStack>

#include <algorithm>

WorkloadEditor::WorkloadEditor(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack)
    : m_workloads(workloads)
    , m_hall(hall)
    , m_stack(stack)
{ }

WorkloadEditOutcome WorkloadEditor::refused(const QString &message, QList<FieldError> errors) const
{
    WorkloadEditOutcome outcome;
    outcome.status = WorkloadEditOutcome::Status::Refused;
    outcome.message = message;
    outcome.errors = std::move(errors);
    return outcome;
}

WorkloadEditOutcome WorkloadEditor::push(QUndoCommand *command, QList<WorkloadId> createdIds)
{
    m_stack->push(command);
    WorkloadEditOutcome outcome;
    outcome.status = WorkloadEditOutcome::Status::Applied;
    outcome.createdIds = std::move(createdIds);
    return outcome;
}

// --- workloads ---

WorkloadEditOutcome WorkloadEditor::addWorkload(Workload workload, int index)
{
    workload.name = workload.name.trimmed();
    const QList<FieldError> errors = workload.validate();
    if (!errors.isEmpty())
        return refused(errors.first().message, errors);
    workload.id = m_workloads->allocateId();
    const WorkloadId id = workload.id;
    const int at = index < 0 ? m_workloads->count() : std::min(index, m_workloads->count());
    return push(new InsertWorkloadsCommand(m_workloads, {{at, {workload, {}}}},
                                           tr("Add %1").arg(workload.name)),
                {id});
}

WorkloadEditOutcome WorkloadEditor::addFromTemplate(const QString &templateKey, int index)
{
    const auto workload = WorkloadTemplates::create(templateKey);
    if (!workload)
        return refused(tr("There is no workload template '%1'.").arg(templateKey));
    return addWorkload(*workload, index);
}

WorkloadEditOutcome WorkloadEditor::editWorkload(const Workload &changed)
{
    const Workload *current = m_workloads->workload(changed.id);
    if (!current)
        return refused(tr("The workload is no longer there."));
    Workload trimmed = changed;
    trimmed.name = trimmed.name.trimmed();
    const QList<FieldError> errors = trimmed.validate();
    if (!errors.isEmpty())
        return refused(errors.first().message, errors);
    const QList<WorkloadField> fields = current->differingFields(trimmed);
    if (fields.isEmpty())
        return {};
    const QString text = fields.size() == 1
        //: Undo text: "Change Deadline of Pre-train a 70B model"
        ? tr("Change %1 of %2").arg(WorkloadFields::displayName(fields.first()), current->name)
        : tr("Edit %1").arg(current->name);
    return push(new EditWorkloadCommand(m_workloads, trimmed, text));
}

WorkloadEditOutcome WorkloadEditor::duplicateWorkloads(const QList<WorkloadId> &ids)
{
    std::vector<std::pair<int, WorkloadId>> originals;
    for (WorkloadId id : ids) {
        const int index = m_workloads->workloadIndex(id);
        if (index >= 0 && std::none_of(originals.begin(), originals.end(), [id](const auto &o) {
                return o.second == id;
            }))
            originals.emplace_back(index, id);
    }
    if (originals.empty())
        return {};
    // Each copy goes right after its original; inserting from the bottom up keeps the
    // indices of the ones above valid.
    std::sort(originals.begin(), originals.end());
    std::vector<InsertWorkloadsCommand::Entry> entries;
    QList<WorkloadId> created;
    int shift = 0;
    for (const auto &[index, id] : originals) {
        Workload copy = *m_workloads->workload(id);
        copy.id = m_workloads->allocateId();
        copy.name = tr("%1 copy").arg(copy.name);
        entries.push_back({index + 1 + shift, {copy, {}}});
        created.append(copy.id);
        ++shift;
    }
    return push(
        new InsertWorkloadsCommand(m_workloads, std::move(entries),
                                   tr("Duplicate %n workload(s)", nullptr, int(created.size()))),
        created);
}

WorkloadEditOutcome WorkloadEditor::removeWorkloads(const QList<WorkloadId> &ids)
{
    QList<WorkloadId> present;
    for (WorkloadId id : ids) {
        if (m_workloads->workload(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return {};
    return push(new RemoveWorkloadsCommand(
        m_workloads, present, tr("Remove %n workload(s)", nullptr, int(present.size()))));
}

// --- assignments ---

AssignmentCheck WorkloadEditor::checkAssignment(WorkloadId id, const AssignmentTarget &to,
                                                std::optional<AssignmentTarget> from) const
{
    return AssignmentRules::check(*m_hall, *m_workloads, id, to, from);
}

WorkloadEditOutcome WorkloadEditor::assign(WorkloadId id, const AssignmentTarget &to)
{
    const AssignmentCheck check = checkAssignment(id, to);
    WorkloadEditOutcome outcome;
    if (check.verdict == AssignmentCheck::Verdict::Refused) {
        outcome = refused(check.reason);
    } else if (check.verdict == AssignmentCheck::Verdict::Unchanged) {
        outcome.message = check.reason;
    } else {
        const Workload *w = m_workloads->workload(id);
        outcome = push(new ChangeAssignmentsCommand(
            m_workloads, {{id, check.adding, {}}},
            //: Undo text: "Assign Chat service to Inference 1"
            tr("Assign %1 to %2").arg(w->name, AssignmentRules::targetName(*m_hall, to))));
    }
    outcome.check = check;
    return outcome;
}

WorkloadEditOutcome WorkloadEditor::moveAssignment(WorkloadId id, const AssignmentTarget &from,
                                                   const AssignmentTarget &to)
{
    const AssignmentCheck check = checkAssignment(id, to, from);
    WorkloadEditOutcome outcome;
    if (check.verdict == AssignmentCheck::Verdict::Refused) {
        outcome = refused(check.reason);
    } else if (check.verdict == AssignmentCheck::Verdict::Unchanged) {
        outcome.message = check.reason;
    } else {
        const Workload *w = m_workloads->workload(id);
        outcome = push(new ChangeAssignmentsCommand(
            m_workloads, {{id, check.adding, check.removing}},
            tr("Move %1 to %2").arg(w->name, AssignmentRules::targetName(*m_hall, to))));
    }
    outcome.check = check;
    return outcome;
}

WorkloadEditOutcome WorkloadEditor::unassign(WorkloadId id, const AssignmentTarget &from)
{
    const Workload *w = m_workloads->workload(id);
    if (!w)
        return refused(tr("The workload is no longer there."));
    const std::vector<PlacementId> &current = m_workloads->servers(id);
    std::vector<PlacementId> removed;
    if (from.kind == AssignmentTarget::Kind::Hall) {
        // Everything, including servers the hall no longer has (a file edited by hand).
        removed = current;
    } else {
        for (PlacementId s : AssignmentRules::serversIn(*m_hall, from)) {
            if (std::binary_search(current.begin(), current.end(), s))
                removed.push_back(s);
        }
        std::sort(removed.begin(), removed.end());
    }
    if (removed.empty())
        return {};
    return push(new ChangeAssignmentsCommand(
        m_workloads, {{id, {}, removed}},
        tr("Unassign %1 from %2").arg(w->name, AssignmentRules::targetName(*m_hall, from))));
}

WorkloadEditOutcome WorkloadEditor::unassignServers(const QList<PlacementId> &servers)
{
    std::vector<ChangeAssignmentsCommand::Change> changes;
    int count = 0;
    for (WorkloadId id : m_workloads->workloadIds()) {
        std::vector<PlacementId> removed;
        for (PlacementId s : servers) {
            if (m_workloads->isAssigned(id, s)
                && std::find(removed.begin(), removed.end(), s) == removed.end())
                removed.push_back(s);
        }
        if (removed.empty())
            continue;
        std::sort(removed.begin(), removed.end());
        count += int(removed.size());
        changes.push_back({id, {}, std::move(removed)});
    }
    if (changes.empty())
        return {};
    return push(new ChangeAssignmentsCommand(m_workloads, std::move(changes),
                                             tr("Remove %n assignment(s)", nullptr, count)));
}
