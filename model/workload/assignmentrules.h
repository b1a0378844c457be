#pragma once

#include "model/workload/assignmenttarget.h"
#include "model/workload/workload.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class DataHall;
class WorkloadSet;

// The verdict on putting a workload on a target (or moving it there): whether it works, a
// sentence saying why not ("Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica
// in one NVLink domain; the servers of Inference 1 have 4"), and what is allowed but worth
// knowing (a server that already runs the other kind, a deadline missed at this size).
struct AssignmentCheck
{
    enum class Verdict { Fits, Refused, Unchanged };
    Verdict verdict = Verdict::Unchanged;
    QString reason; // why it is refused, or why nothing would change
    QStringList warnings;
    std::vector<PlacementId> adding; // GPU servers the workload would gain, ascending
    std::vector<PlacementId> removing; // servers a move takes it off, ascending
    int gpus = 0; // accelerators it would have afterwards

    bool fits() const { return verdict == Verdict::Fits; }
};

// Assignment rules as plain functions: the drop preview (every mouse move) and the assign
// command both call check(), so they never disagree.
class AssignmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRules)

public:
    // The GPU servers (servers that carry accelerators) of a target, in hall order.
    static std::vector<PlacementId> serversIn(const DataHall &hall, const AssignmentTarget &target);
    // The target as a sentence names it: "Training 1", "Row A", "the hall",
    // "NVIDIA DGX H100 at U3 in Training 1".
    static QString targetName(const DataHall &hall, const AssignmentTarget &target);

    // Putting workload `id` on `to`, or with `from` moving it off `from` onto `to`.
    static AssignmentCheck check(const DataHall &hall, const WorkloadSet &workloads, WorkloadId id,
                                 const AssignmentTarget &to,
                                 std::optional<AssignmentTarget> from = std::nullopt);
    // The same for a workload that is not (or not yet) in the document: `current` are the
    // servers it runs on now.
    static AssignmentCheck check(const DataHall &hall, const WorkloadSet &workloads,
                                 const Workload &workload, const std::vector<PlacementId> &current,
                                 const AssignmentTarget &to,
                                 std::optional<AssignmentTarget> from = std::nullopt);
};
