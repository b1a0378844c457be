#include "model/workload/workload.h"

#include "model/core/unitformat.h"

#include <cmath>

namespace {
bool isPositive(double value)
{
    return value > 0.0 && std::isfinite(value);
}

bool isPowerOfTwo(int value)
{
    return value > 0 && (value & (value - 1)) == 0;
}
} // namespace

bool Workload::isTrainingPrecision(Precision precision)
{
    // Mixed-precision training keeps FP32 master weights and multiplies in BF16/FP16, or in
    // FP8 on Hopper and later (Micikevicius et al. 2022, "FP8 Formats for Deep Learning");
    // integer and 4-bit formats are for inference.
    return precision == Precision::Fp32 || precision == Precision::Tf32
        || precision == Precision::Bf16 || precision == Precision::Fp16
        || precision == Precision::Fp8;
}

QList<FieldError> Workload::validate() const
{
    QList<FieldError> errors;
    auto add = [&errors](WorkloadField field, const QString &message) {
        errors.append({field, message});
    };
    if (name.trimmed().isEmpty())
        add(WorkloadField::Name, tr("A workload needs a name."));
    const QString modelError = model.validationError();
    if (!modelError.isEmpty())
        add(WorkloadField::Model, tr("The model's shape is incomplete: %1").arg(modelError));

    if (isTraining()) {
        const TrainingParameters &t = training;
        if (!isTrainingPrecision(precision))
            add(WorkloadField::Precision,
                tr("Training runs in fp32, tf32, bf16, fp16 or fp8, not %1.")
                    .arg(PrecisionInfo::name(precision)));
        if (!isPositive(t.tokens))
            add(WorkloadField::Tokens, tr("The number of training tokens must be more than zero."));
        if (!isPositive(t.deadlineSeconds))
            add(WorkloadField::Deadline, tr("The deadline must be more than zero."));
        if (t.tensorParallel != 0 && !isPowerOfTwo(t.tensorParallel))
            add(WorkloadField::TensorParallel,
                tr("Tensor parallelism is automatic (0) or a power of two, not %1.")
                    .arg(t.tensorParallel));
        if (t.pipelineParallel < 0 || (model.layers > 0 && t.pipelineParallel > model.layers))
            add(WorkloadField::PipelineParallel,
                tr("Pipeline parallelism is automatic (0) or 1 to %1 stages (one per layer), "
                   "not %2.")
                    .arg(model.layers)
                    .arg(t.pipelineParallel));
        if (t.zeroStage < TrainingParameters::kAutomatic || t.zeroStage > 3)
            add(WorkloadField::ZeroStage,
                tr("The ZeRO/FSDP stage is automatic or 0, 1, 2 or 3, not %1.").arg(t.zeroStage));
        if (t.datasetBytes < 0.0 || !std::isfinite(t.datasetBytes))
            add(WorkloadField::DatasetSize, tr("The dataset size cannot be negative."));
        if (t.globalBatchTokens < 0.0 || !std::isfinite(t.globalBatchTokens))
            add(WorkloadField::GlobalBatch, tr("The global batch cannot be negative."));
        else if (t.globalBatchTokens > 0.0 && isPositive(t.tokens)
                 && t.globalBatchTokens > t.tokens)
            add(WorkloadField::GlobalBatch,
                tr("The global batch (%1 tokens) is larger than the whole run (%2 tokens).")
                    .arg(UnitFormat().count(t.globalBatchTokens), UnitFormat().count(t.tokens)));
        if (t.checkpoint.intervalSeconds < 0.0 || !std::isfinite(t.checkpoint.intervalSeconds))
            add(WorkloadField::CheckpointInterval,
                tr("The checkpoint interval cannot be negative."));
        if (t.checkpoint.retained < 0)
            add(WorkloadField::CheckpointRetention,
                tr("The number of checkpoints kept cannot be negative."));
        if (!(t.checkpoint.maxStallFraction > 0.0) || t.checkpoint.maxStallFraction > 1.0)
            add(WorkloadField::CheckpointStall,
                tr("The checkpoint stall budget is a share of the interval, more than 0 % and "
                   "at most 100 %."));
    } else {
        const InferenceParameters &s = inference;
        if (!isPositive(s.requestRatePerSecond))
            add(WorkloadField::RequestRate, tr("The request rate must be more than zero."));
        if (s.inputTokens < 1)
            add(WorkloadField::InputTokens, tr("A request has at least one input token."));
        if (s.outputTokens < 1)
            add(WorkloadField::OutputTokens, tr("A request has at least one output token."));
        if (s.inputTokens >= 1 && s.outputTokens >= 1 && model.contextLength > 0
            && qint64(s.inputTokens) + s.outputTokens > model.contextLength)
            add(WorkloadField::InputTokens,
                tr("%1 input and output tokens exceed the %2-token context of %3.")
                    .arg(qint64(s.inputTokens) + s.outputTokens)
                    .arg(model.contextLength)
                    .arg(model.name));
        if (s.ttftTargetSeconds < 0.0 || !std::isfinite(s.ttftTargetSeconds))
            add(WorkloadField::TtftTarget,
                tr("The time to first token target cannot be negative."));
        if (s.tpotTargetSeconds < 0.0 || !std::isfinite(s.tpotTargetSeconds))
            add(WorkloadField::TpotTarget,
                tr("The time per output token target cannot be negative."));
        if (s.tensorParallel != 0 && !isPowerOfTwo(s.tensorParallel))
            add(WorkloadField::TensorParallel,
                tr("Tensor parallelism is automatic (0) or a power of two, not %1.")
                    .arg(s.tensorParallel));
    }
    return errors;
}

QString Workload::validationError() const
{
    const QList<FieldError> errors = validate();
    return errors.isEmpty() ? QString() : errors.first().message;
}

QList<WorkloadField> Workload::differingFields(const Workload &o) const
{
    QList<WorkloadField> fields;
    auto check = [&fields](bool differs, WorkloadField field) {
        if (differs)
            fields.append(field);
    };
    check(name != o.name, WorkloadField::Name);
    check(kind != o.kind, WorkloadField::Kind);
    check(!(model == o.model), WorkloadField::Model);
    check(precision != o.precision, WorkloadField::Precision);
    const TrainingParameters &a = training;
    const TrainingParameters &b = o.training;
    check(a.tokens != b.tokens, WorkloadField::Tokens);
    check(a.deadlineSeconds != b.deadlineSeconds, WorkloadField::Deadline);
    check(a.tensorParallel != b.tensorParallel
              || inference.tensorParallel != o.inference.tensorParallel,
          WorkloadField::TensorParallel);
    check(a.pipelineParallel != b.pipelineParallel, WorkloadField::PipelineParallel);
    check(a.zeroStage != b.zeroStage, WorkloadField::ZeroStage);
    check(a.datasetBytes != b.datasetBytes, WorkloadField::DatasetSize);
    check(a.globalBatchTokens != b.globalBatchTokens, WorkloadField::GlobalBatch);
    check(a.checkpoint.intervalSeconds != b.checkpoint.intervalSeconds,
          WorkloadField::CheckpointInterval);
    check(a.checkpoint.retained != b.checkpoint.retained, WorkloadField::CheckpointRetention);
    check(a.checkpoint.maxStallFraction != b.checkpoint.maxStallFraction,
          WorkloadField::CheckpointStall);
    const InferenceParameters &c = inference;
    const InferenceParameters &d = o.inference;
    check(c.requestRatePerSecond != d.requestRatePerSecond, WorkloadField::RequestRate);
    check(c.inputTokens != d.inputTokens, WorkloadField::InputTokens);
    check(c.outputTokens != d.outputTokens, WorkloadField::OutputTokens);
    check(c.ttftTargetSeconds != d.ttftTargetSeconds, WorkloadField::TtftTarget);
    check(c.tpotTargetSeconds != d.tpotTargetSeconds, WorkloadField::TpotTarget);
    check(c.nPlusOne != d.nPlusOne, WorkloadField::Redundancy);
    return fields;
}

QString Workload::summary() const
{
    const UnitFormat format;
    if (isTraining()) {
        //: A training job in a list: model, tokens, deadline, e.g. "Llama 2 70B, 2T tokens in 30
        //: days"
        return tr("%1, %2 tokens in %3")
            .arg(model.name, format.count(training.tokens),
                 format.duration(training.deadlineSeconds));
    }
    //: An inference service in a list: model and request rate, e.g. "Llama 3.1 70B, 50 req/s"
    return tr("%1, %2 req/s").arg(model.name, format.number(inference.requestRatePerSecond));
}

QString Workload::kindKey(WorkloadKind kind)
{
    return kind == WorkloadKind::Training ? QStringLiteral("training")
                                          : QStringLiteral("inference");
}

std::optional<WorkloadKind> Workload::kindFromKey(const QString &key)
{
    if (key == QLatin1String("training"))
        return WorkloadKind::Training;
    if (key == QLatin1String("inference"))
        return WorkloadKind::Inference;
    return std::nullopt;
}

QString Workload::kindDisplayName(WorkloadKind kind)
{
    return kind == WorkloadKind::Training ? tr("Training job") : tr("Inference service");
}
