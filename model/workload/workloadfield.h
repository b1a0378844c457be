#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The fields of a workload that a form edits and validation names. Keys are stable: they
// are the workload's JSON keys in project files and on the command line.
enum class WorkloadField {
    Name,
    Kind,
    Model,
    Precision,
    // training jobs
    Tokens,
    Deadline,
    TensorParallel, // both kinds
    PipelineParallel,
    ZeroStage,
    DatasetSize,
    GlobalBatch,
    CheckpointInterval,
    CheckpointRetention,
    CheckpointStall,
    // inference services
    RequestRate,
    InputTokens,
    OutputTokens,
    TtftTarget,
    TpotTarget,
    Redundancy,
    Count
};

// One problem with one field, in words a planner understands.
struct FieldError
{
    WorkloadField field = WorkloadField::Name;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct WorkloadFields
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadFields)

public:
    static QString key(WorkloadField field); // "tokens", "ttft_target_s", ...
    static QString displayName(WorkloadField field); // translated: "Time to first token target"
};
