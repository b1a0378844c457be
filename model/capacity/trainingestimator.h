#pragma once

#include "model/capacity/accelerator.h"
#include "model/capacity/assumptions.h"
#include "model/capacity/figure.h"
#include "model/capacity/trainingmemory.h"
#include "model/workload/modelarchitecture.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A pre-training run to size: the model, the hardware and how the run is laid out.
struct TrainingRequest
{
    ModelArchitecture model;
    Accelerator accelerator;
    int gpus = 8;
    Precision precision = Precision::Bf16;
    double tokens = 0.0;
    int zeroStage = 1; // 0-3; 3 is FSDP's full sharding
    Recompute recompute = Recompute::Selective;
    int microBatch = 1;
    int sequenceLength = 0; // 0: the model's pre-training sequence length
    int tensorParallel = 0; // 0: chosen to fit
    int pipelineParallel = 0; // 0: chosen to fit
    int gpusPerServer = 8;
    // CPUs, NICs, fans of one server: a DGX H100 draws 6.5-8.5 kW typical with 8 x 700 W
    // GPUs (NVIDIA DGX H100 user guide, reference README §5), about 2 kW for the rest.
    double serverOverheadWatts = 2000.0;
};

struct ScalingPoint
{
    qint64 gpus = 0;
    double wallHours = 0.0;
};

struct TrainingEstimate
{
    QString errorText; // the request cannot be estimated; nothing below is valid
    bool ok() const { return errorText.isEmpty(); }

    Figure flops;
    Figure gpuHours;
    Figure wallHours;
    Figure mfu; // steady, MoE efficiency included
    Figure mfuAllIn; // what GPU-hours are computed with
    Figure tokensPerSecondPerGpu; // steady throughput
    Figure modelFlopsPerSecondPerGpu;
    Figure memoryPerGpuBytes;
    Figure checkpointBytes;
    Figure checkpointStorageBytes; // the retained checkpoints
    Figure datasetBytes;
    Figure powerWatts; // facility power while training, PUE included
    Figure energyJoules;

    double flopsPerToken = 0.0;
    int sequenceLength = 0;
    TrainingMemory memory; // per GPU, in the chosen layout
    ParallelLayout layout;
    bool fits = false;
    int minGpus = 0; // 0 when no count up to 2^20 fits
    QList<ScalingPoint> scaling; // time to train against GPU count, for a chart
    QList<Assumption> assumptions;
    QStringList warnings;
};

// Training estimates: pure functions of the request and the assumptions.
class TrainingEstimator
{
    Q_DECLARE_TR_FUNCTIONS(TrainingEstimator)

public:
    static TrainingEstimate estimate(const TrainingRequest &request,
                                     const Assumptions &assumptions = {});

    // The layout for `gpus` accelerators that fits with the least model parallelism
    // (tensor parallelism inside one scale-up domain before pipeline stages), or the one
    // that needs the least memory when none fits. Fixed degrees in the request are kept.
    static ParallelLayout chooseLayout(const TrainingRequest &request, int gpus,
                                       double capacityBytes, bool *fits);

    // Fewest accelerators (a power of two up to 2^20) for which some layout fits.
    static int minimumGpus(const TrainingRequest &request, double capacityBytes);

    static QString requestError(const TrainingRequest &request);
};
