#pragma once

#include "model/capacity/precision.h"
#include "model/workload/modelarchitecture.h"

#include <QString>

#include <optional>

// How much activation memory a training step keeps for the backward pass (Korthikanti
// et al. 2022): everything, everything but the attention scores, or only layer inputs.
enum class Recompute { None, Selective, Full };

namespace RecomputeInfo {
QString name(Recompute recompute); // "none", "selective", "full"
std::optional<Recompute> fromName(const QString &name);
} // namespace RecomputeInfo

// Tensor, pipeline and data parallel degrees; experts are spread over `expert` of the
// data-parallel ranks.
struct ParallelLayout
{
    int tensor = 1;
    int pipeline = 1;
    int data = 1;
    int expert = 1;

    int gpus() const { return tensor * pipeline * data; }
    friend bool operator==(const ParallelLayout &, const ParallelLayout &) = default;
};

// Memory one accelerator holds during mixed-precision Adam training, by kind.
struct TrainingMemory
{
    double weightsBytes = 0.0;
    double gradientsBytes = 0.0;
    double optimizerBytes = 0.0;
    double activationsBytes = 0.0;

    double totalBytes() const
    {
        return weightsBytes + gradientsBytes + optimizerBytes + activationsBytes;
    }

    // Model states under ZeRO stage 0-3 (3 = FSDP full sharding) plus activations for
    // `microBatch` sequences of `sequenceLength` tokens.
    static TrainingMemory perGpu(const ModelArchitecture &model, Precision precision,
                                 const ParallelLayout &layout, int zeroStage, Recompute recompute,
                                 int microBatch, int sequenceLength);

    // Bytes per parameter of the working weights, gradients and optimizer states.
    static double weightBytesPerParameter(Precision precision);
    static double gradientBytesPerParameter(Precision precision);
    static double optimizerBytesPerParameter(Precision precision);

    // Activation bytes of one transformer layer on one tensor-parallel rank.
    static double activationBytesPerLayer(const ModelArchitecture &model, Precision precision,
                                          Recompute recompute, int tensorParallel, int microBatch,
                                          int sequenceLength);

    // A full checkpoint: weights plus optimizer states (gradients are not saved).
    static double checkpointBytes(const ModelArchitecture &model, Precision precision);

    // Data-parallel ranks that share the experts (expert parallelism): the largest power
    // of two that divides both the data-parallel degree and the expert count.
    static int expertParallelDegree(const ModelArchitecture &model, int dataParallel);
};
