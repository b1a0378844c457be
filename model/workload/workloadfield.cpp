#include "model/workload/workloadfield.h"

#include <array>

namespace {
// Order matches WorkloadField.
constexpr std::array<const char *, int(WorkloadField::Count)> kKeys = {
    "name",
    "kind",
    "model",
    "precision",
    "tokens",
    "deadline_s",
    "tensor_parallel",
    "pipeline_parallel",
    "zero_stage",
    "dataset_bytes",
    "global_batch_tokens",
    "checkpoint_interval_s",
    "checkpoints_retained",
    "checkpoint_max_stall_fraction",
    "request_rate",
    "input_tokens",
    "output_tokens",
    "ttft_target_s",
    "tpot_target_s",
    "n_plus_one",
};
} // namespace

QString WorkloadFields::key(WorkloadField field)
{
    const int index = int(field);
    return index >= 0 && index < int(kKeys.size()) ? QString::fromLatin1(kKeys[index]) : QString();
}

QString WorkloadFields::displayName(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Name:
        return tr("Name");
    case WorkloadField::Kind:
        return tr("Kind");
    case WorkloadField::Model:
        return tr("Model");
    case WorkloadField::Precision:
        return tr("Precision");
    case WorkloadField::Tokens:
        return tr("Training tokens");
    case WorkloadField::Deadline:
        return tr("Deadline");
    case WorkloadField::TensorParallel:
        return tr("Tensor parallelism");
    case WorkloadField::PipelineParallel:
        return tr("Pipeline parallelism");
    case WorkloadField::ZeroStage:
        return tr("ZeRO/FSDP stage");
    case WorkloadField::DatasetSize:
        return tr("Dataset size");
    case WorkloadField::GlobalBatch:
        return tr("Global batch");
    case WorkloadField::CheckpointInterval:
        return tr("Checkpoint interval");
    case WorkloadField::CheckpointRetention:
        return tr("Checkpoints kept");
    case WorkloadField::CheckpointStall:
        return tr("Checkpoint stall budget");
    case WorkloadField::RequestRate:
        return tr("Request rate");
    case WorkloadField::InputTokens:
        return tr("Input tokens");
    case WorkloadField::OutputTokens:
        return tr("Output tokens");
    case WorkloadField::TtftTarget:
        return tr("Time to first token target");
    case WorkloadField::TpotTarget:
        return tr("Time per output token target");
    case WorkloadField::Redundancy:
        return tr("N+1 redundancy");
    case WorkloadField::Count:
        break;
    }
    return {};
}
