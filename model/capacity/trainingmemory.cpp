#include "model/capacity/trainingmemory.h"

#include <algorithm>
#include <array>

namespace RecomputeInfo {

QString name(Recompute recompute)
{
    switch (recompute) {
    case Recompute::None:
        return QStringLiteral("none");
    case Recompute::Selective:
        return QStringLiteral("selective");
    case Recompute::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<Recompute> fromName(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const Recompute r : {Recompute::None, Recompute::Selective, Recompute::Full}) {
        if (key == name(r))
            return r;
    }
    return std::nullopt;
}

} // namespace RecomputeInfo

namespace {
bool isFullPrecision(Precision precision)
{
    return precision == Precision::Fp32 || precision == Precision::Tf32;
}
} // namespace

double TrainingMemory::weightBytesPerParameter(Precision precision)
{
    // ZeRO (Rajbhandari et al. 2019) §3.1: mixed precision keeps fp16/bf16 working
    // weights; FP8 training keeps them in BF16 too and casts per GEMM (DeepSeek-V3 §3.3).
    return isFullPrecision(precision) ? 4.0 : 2.0;
}

double TrainingMemory::gradientBytesPerParameter(Precision precision)
{
    return isFullPrecision(precision) ? 4.0 : 2.0;
}

double TrainingMemory::optimizerBytesPerParameter(Precision precision)
{
    // ZeRO §3.1: Adam in mixed precision holds an fp32 master copy, momentum and variance
    // (K = 12); in plain fp32 the weights are the master copy, so only m and v (8).
    return isFullPrecision(precision) ? 8.0 : 12.0;
}

double TrainingMemory::activationBytesPerLayer(const ModelArchitecture &model, Precision precision,
                                               Recompute recompute, int tensorParallel,
                                               int microBatch, int sequenceLength)
{
    // Korthikanti et al. 2022 §4, bytes per layer with 16-bit activations, tensor and
    // sequence parallelism over t ranks: (sbh/t)(34 + 5as/h) storing everything;
    // 34 sbh/t with selective recompute of attention (what FlashAttention also gives);
    // 2 sbh/t storing only each layer's input for full recompute.
    const double s = double(sequenceLength);
    const double b = double(std::max(1, microBatch));
    const double h = double(model.hiddenSize);
    const double a = double(model.attentionHeads);
    const double t = double(std::max(1, tensorParallel));
    const double sbh = s * b * h;
    double bytes = 0.0;
    switch (recompute) {
    case Recompute::None:
        bytes = sbh / t * (34.0 + 5.0 * a * s / h);
        break;
    case Recompute::Selective:
        bytes = 34.0 * sbh / t;
        break;
    case Recompute::Full:
        bytes = 2.0 * sbh / t;
        break;
    }
    return isFullPrecision(precision) ? 2.0 * bytes : bytes;
}

int TrainingMemory::expertParallelDegree(const ModelArchitecture &model, int dataParallel)
{
    if (!model.isMixtureOfExperts())
        return 1;
    int degree = 1;
    while (dataParallel % (degree * 2) == 0 && model.expertCount % (degree * 2) == 0)
        degree *= 2;
    return degree;
}

TrainingMemory TrainingMemory::perGpu(const ModelArchitecture &model, Precision precision,
                                      const ParallelLayout &layout, int zeroStage,
                                      Recompute recompute, int microBatch, int sequenceLength)
{
    const double modelParallel = double(std::max(1, layout.tensor) * std::max(1, layout.pipeline));
    const int dp = std::max(1, layout.data);
    const int ep = model.isMixtureOfExperts() ? std::max(1, layout.expert) : 1;

    // Experts are split over the expert-parallel ranks; the rest of the model is whole on
    // every data-parallel rank. ZeRO shards across the ranks that hold the same copy.
    const double expertParams =
        model.isMixtureOfExperts() ? double(model.expertCount) * model.parametersPerExpert() : 0.0;
    const double denseParams = model.totalParameters - expertParams;
    const double densePerGpu = denseParams / modelParallel;
    const double expertPerGpu = expertParams / (modelParallel * ep);
    const double expertReplicas = double(std::max(1, dp / ep));

    // ZeRO §5: stage 1 shards optimizer states, stage 2 also gradients, stage 3 also the
    // weights, each over the N_d data-parallel copies.
    const auto shard = [&](double bytesPerParameter, int fromStage) {
        const bool sharded = zeroStage >= fromStage;
        return bytesPerParameter
            * (densePerGpu / (sharded ? double(dp) : 1.0)
               + expertPerGpu / (sharded ? expertReplicas : 1.0));
    };

    TrainingMemory m;
    m.weightsBytes = shard(weightBytesPerParameter(precision), 3);
    m.gradientsBytes = shard(gradientBytesPerParameter(precision), 2);
    m.optimizerBytes = shard(optimizerBytesPerParameter(precision), 1);
    // Korthikanti §4.2.3: with 1F1B the first pipeline stage keeps p micro-batches of its
    // L/p layers in flight, so about L layers' worth whatever the pipeline depth.
    m.activationsBytes = double(model.layers)
        * activationBytesPerLayer(model, precision, recompute, layout.tensor, microBatch,
                                  sequenceLength);
    return m;
}

double TrainingMemory::checkpointBytes(const ModelArchitecture &model, Precision precision)
{
    // bigscience/bloom model card: 329 GB of bf16 weights and 2.3 TB with optimizer states
    // for 176B parameters, i.e. 2 + 12 bytes per parameter.
    return model.totalParameters
        * (weightBytesPerParameter(precision) + optimizerBytesPerParameter(precision));
}
