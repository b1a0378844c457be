#pragma once

#include "model/capacity/precision.h"
#include "model/workload/modelarchitecture.h"
#include "model/workload/workloadfield.h"
#include "model/workload/workloadids.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class WorkloadKind { Training, Inference };

// How a training job saves its state. Zero means "the planning assumption" (2 h and five
// checkpoints: Assumptions, checkpoint_interval_hours and checkpoint_retention).
struct CheckpointPolicy
{
    double intervalSeconds = 0.0;
    int retained = 0;
    // Share of the interval a synchronous checkpoint write may stall training: CheckFreq
    // (Mohan et al., FAST '21) keeps checkpointing overhead within 3.5 %.
    double maxStallFraction = 0.035;

    friend bool operator==(const CheckpointPolicy &, const CheckpointPolicy &) = default;
};

// A training job: what to train, on how many tokens, by when, and how. Degrees of 0 and a
// ZeRO stage of kAutomatic are chosen when the job meets its GPUs.
struct TrainingParameters
{
    static constexpr int kAutomatic = -1;

    double tokens = 0.0;
    double deadlineSeconds = 0.0;
    int tensorParallel = 0;
    int pipelineParallel = 0;
    int zeroStage = kAutomatic; // 0-3; 3 is FSDP's full sharding
    double datasetBytes = 0.0; // 0: tokens x the dataset_bytes_per_token assumption
    double globalBatchTokens = 0.0; // 0: kDefaultGlobalBatchTokens
    CheckpointPolicy checkpoint;

    // Touvron et al. 2023 (Llama 2) §2.2: every Llama 2 model trained with 4M-token batches.
    static constexpr double kDefaultGlobalBatchTokens = 4.0 * 1024 * 1024;
    double effectiveGlobalBatchTokens() const
    {
        return globalBatchTokens > 0.0 ? globalBatchTokens : kDefaultGlobalBatchTokens;
    }

    friend bool operator==(const TrainingParameters &, const TrainingParameters &) = default;
};

// An inference service: the load it must carry and the latency it promises.
struct InferenceParameters
{
    double requestRatePerSecond = 0.0;
    int inputTokens = 0;
    int outputTokens = 0;
    double ttftTargetSeconds = 0.0; // 0: no target
    double tpotTargetSeconds = 0.0;
    int tensorParallel = 0; // 0: chosen inside one scale-up domain
    // N+1: one server more than the load needs, so one can fail without breaking targets.
    bool nPlusOne = true;

    friend bool operator==(const InferenceParameters &, const InferenceParameters &) = default;
};

// One workload of the project: a training job or an inference service on one model. A
// value type; the project's WorkloadSet holds them by id. The parameters of the other kind
// are kept as they are (a form that switches kind and back loses nothing).
struct Workload
{
    Q_DECLARE_TR_FUNCTIONS(Workload)

public:
    WorkloadId id = 0;
    QString name;
    WorkloadKind kind = WorkloadKind::Training;
    ModelArchitecture model; // a preset's copy, or the user's own shape
    Precision precision = Precision::Bf16;
    TrainingParameters training;
    InferenceParameters inference;

    bool isTraining() const { return kind == WorkloadKind::Training; }

    // Every problem, each naming its field; empty when the workload can be estimated.
    QList<FieldError> validate() const;
    // The first problem's message, or empty.
    QString validationError() const;

    // The fields in which two workloads differ (the id is not a field).
    QList<WorkloadField> differingFields(const Workload &other) const;

    // One line for lists: "Llama 2 70B, 2T tokens in 30 days" / "Llama 3.1 70B, 50 req/s".
    QString summary() const;

    static QString kindKey(WorkloadKind kind); // "training", "inference"
    static std::optional<WorkloadKind> kindFromKey(const QString &key);
    static QString kindDisplayName(WorkloadKind kind); // translated
    // Precisions a training job may run in: mixed precision down to FP8.
    static bool isTrainingPrecision(Precision precision);

    friend bool operator==(const Workload &, const Workload &) = default;
};
