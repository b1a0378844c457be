#include "model/capacity/trainingestimator.h"

#include "model/capacity/sensitivity.h"
#include "model/capacity/transformermath.h"
#include "model/core/unitformat.h"

#include <algorithm>
#include <cmath>

namespace {

// What the sensitivity runs recompute for every assumption swing.
struct Raw
{
    double flops = 0.0;
    double gpuHours = 0.0;
    double wallHours = 0.0;
    double mfu = 0.0;
    double mfuAllIn = 0.0;
    double tokensPerSecondPerGpu = 0.0;
    double modelFlopsPerSecondPerGpu = 0.0;
    double checkpointBytes = 0.0;
    double checkpointStorageBytes = 0.0;
    double datasetBytes = 0.0;
    double powerWatts = 0.0;
    double energyJoules = 0.0;
};

int sequenceLengthOf(const TrainingRequest &request)
{
    if (request.sequenceLength > 0)
        return request.sequenceLength;
    if (request.model.trainingSequenceLength > 0)
        return request.model.trainingSequenceLength;
    return request.model.contextLength > 0 ? request.model.contextLength : 2048;
}

TrainingRequest withSequenceLength(TrainingRequest request)
{
    request.sequenceLength = sequenceLengthOf(request);
    return request;
}

double wattsPerGpu(const TrainingRequest &request, const AssumptionValues &a)
{
    // Accelerator draw plus its share of the server around it (CPUs, NICs, fans).
    return request.accelerator.tdpWatts * a[AssumptionId::GpuPowerFraction]
        + request.serverOverheadWatts / double(std::max(1, request.gpusPerServer));
}

} // namespace

QString TrainingEstimator::requestError(const TrainingRequest &request)
{
    const QString modelError = request.model.validationError(QStringLiteral("model."));
    if (!modelError.isEmpty())
        return modelError;
    if (request.gpus < 1)
        return tr("gpus must be at least 1.");
    if (!(request.tokens > 0.0) || !std::isfinite(request.tokens))
        return tr("training.tokens must be greater than zero.");
    if (request.zeroStage < 0 || request.zeroStage > 3)
        return tr("training.zero_stage must be 0, 1, 2 or 3, not %1.").arg(request.zeroStage);
    if (request.microBatch < 1)
        return tr("training.micro_batch must be at least 1.");
    if (request.accelerator.memoryBytes <= 0.0)
        return tr("The accelerator %1 has no memory size.").arg(request.accelerator.displayName());
    if (request.accelerator.densePeak(request.precision) <= 0.0)
        return tr("The accelerator %1 has no dense %2 peak; choose another precision.")
            .arg(request.accelerator.displayName(), PrecisionInfo::name(request.precision));
    return {};
}

ParallelLayout TrainingEstimator::chooseLayout(const TrainingRequest &request, int gpus,
                                               double capacityBytes, bool *fits)
{
    const int seq = sequenceLengthOf(request);
    const int domain = std::max(1, request.accelerator.scaleUpDomainSize);
    QList<int> tensorDegrees;
    if (request.tensorParallel > 0) {
        tensorDegrees << request.tensorParallel;
    } else {
        // Megatron-LM (Narayanan et al. 2021 §3.3): tensor parallelism stays inside the
        // NVLink domain; beyond it only pipeline and data parallelism scale.
        for (int t = 1; t <= std::min(domain, gpus); t *= 2)
            tensorDegrees << t;
    }
    QList<int> pipelineDegrees;
    if (request.pipelineParallel > 0) {
        pipelineDegrees << request.pipelineParallel;
    } else {
        // Never deeper than the GPUs allow, nor past 1,024 stages.
        for (int p = 1; p <= std::min({std::max(1, request.model.layers), gpus, 1024}); ++p)
            pipelineDegrees << p;
    }

    bool found = false;
    ParallelLayout best;
    double bestBytes = 0.0;
    for (const int t : std::as_const(tensorDegrees)) {
        for (const int p : std::as_const(pipelineDegrees)) {
            if (t * p > gpus || gpus % (t * p) != 0)
                continue;
            ParallelLayout layout;
            layout.tensor = t;
            layout.pipeline = p;
            layout.data = gpus / (t * p);
            layout.expert = TrainingMemory::expertParallelDegree(request.model, layout.data);
            const double bytes =
                TrainingMemory::perGpu(request.model, request.precision, layout, request.zeroStage,
                                       request.recompute, request.microBatch, seq)
                    .totalBytes();
            const bool layoutFits = bytes <= capacityBytes;
            const int modelParallel = t * p;
            const int bestParallel = best.tensor * best.pipeline;
            bool better = false;
            if (bestBytes == 0.0) {
                better = true;
            } else if (layoutFits != found) {
                better = layoutFits;
            } else if (layoutFits) {
                better = modelParallel < bestParallel
                    || (modelParallel == bestParallel && t > best.tensor);
            } else {
                better = bytes < bestBytes;
            }
            if (better) {
                best = layout;
                bestBytes = bytes;
                found = found || layoutFits;
            }
        }
    }
    if (bestBytes == 0.0) {
        // No degree divides the GPU count (a fixed degree larger than it): pure data parallel.
        best = ParallelLayout {1, 1, gpus, 1};
    }
    if (fits)
        *fits = found;
    return best;
}

int TrainingEstimator::minimumGpus(const TrainingRequest &request, double capacityBytes)
{
    for (int gpus = 1; gpus <= (1 << 20); gpus *= 2) {
        bool fits = false;
        chooseLayout(request, gpus, capacityBytes, &fits);
        if (fits)
            return gpus;
    }
    return 0;
}

TrainingEstimate TrainingEstimator::estimate(const TrainingRequest &input,
                                             const Assumptions &assumptions)
{
    TrainingEstimate result;
    result.errorText = requestError(input);
    if (!result.ok())
        return result;
    const TrainingRequest request = withSequenceLength(input);
    const ModelArchitecture &model = request.model;
    const Accelerator &accelerator = request.accelerator;

    const AssumptionContext context {accelerator.generation, request.precision, request.gpus};
    result.assumptions = assumptions.resolveAll(context, AssumptionScope::Training);
    const AssumptionValues nominalValues = assumptions.values(context);

    const double peak = accelerator.densePeak(request.precision);
    const double flopsPerToken =
        TransformerMath::trainingFlopsPerToken(model, request.sequenceLength);
    result.flopsPerToken = flopsPerToken;
    result.sequenceLength = request.sequenceLength;

    const auto compute = [&](const AssumptionValues &a) {
        Raw r;
        // Chinchilla (Hoffmann et al. 2022) / Kaplan 2020: C ~= 6 N D, here with PaLM's
        // attention term per token.
        r.flops = flopsPerToken * request.tokens;
        const double moe = model.isMixtureOfExperts() ? a[AssumptionId::MoeEfficiency] : 1.0;
        r.mfu = a[AssumptionId::Mfu] * moe;
        r.mfuAllIn = r.mfu * a[AssumptionId::AllInFactor];
        // Reference README §6: GPU-hours = FLOPs / (peak * MFU * 3600); wall = GPU-h / G.
        r.gpuHours = r.flops / (peak * r.mfuAllIn) / 3600.0;
        r.wallHours = r.gpuHours / double(request.gpus);
        r.modelFlopsPerSecondPerGpu = peak * r.mfu;
        r.tokensPerSecondPerGpu = r.modelFlopsPerSecondPerGpu / flopsPerToken;
        r.checkpointBytes = TrainingMemory::checkpointBytes(model, request.precision);
        const double written =
            std::max(1.0, std::ceil(r.wallHours / a[AssumptionId::CheckpointIntervalHours]));
        r.checkpointStorageBytes =
            r.checkpointBytes * std::min(written, std::round(a[AssumptionId::CheckpointRetention]));
        r.datasetBytes = request.tokens * a[AssumptionId::DatasetBytesPerToken];
        r.powerWatts = double(request.gpus) * wattsPerGpu(request, a) * a[AssumptionId::Pue];
        r.energyJoules = r.powerWatts * r.wallHours * 3600.0;
        return r;
    };
    const Sensitivity<Raw> sensitivity(result.assumptions, nominalValues, compute);
    result.flops = sensitivity.figure(&Raw::flops);
    result.gpuHours = sensitivity.figure(&Raw::gpuHours);
    result.wallHours = sensitivity.figure(&Raw::wallHours);
    result.mfu = sensitivity.figure(&Raw::mfu);
    result.mfuAllIn = sensitivity.figure(&Raw::mfuAllIn);
    result.tokensPerSecondPerGpu = sensitivity.figure(&Raw::tokensPerSecondPerGpu);
    result.modelFlopsPerSecondPerGpu = sensitivity.figure(&Raw::modelFlopsPerSecondPerGpu);
    result.checkpointBytes = sensitivity.figure(&Raw::checkpointBytes);
    result.checkpointStorageBytes = sensitivity.figure(&Raw::checkpointStorageBytes);
    result.datasetBytes = sensitivity.figure(&Raw::datasetBytes);
    result.powerWatts = sensitivity.figure(&Raw::powerWatts);
    result.energyJoules = sensitivity.figure(&Raw::energyJoules);

    // Memory depends on the layout, not on efficiencies; the reserve decides what fits.
    const double reserve = nominalValues[AssumptionId::MemoryReserveFraction];
    const double capacity = accelerator.memoryBytes * (1.0 - reserve);
    result.layout = chooseLayout(request, request.gpus, capacity, &result.fits);
    result.memory =
        TrainingMemory::perGpu(model, request.precision, result.layout, request.zeroStage,
                               request.recompute, request.microBatch, request.sequenceLength);
    result.memoryPerGpuBytes = Figure::exact(result.memory.totalBytes());
    result.minGpus = minimumGpus(request, capacity);
    if (!result.fits) {
        result.warnings << tr("The model does not fit on %n GPU(s) of %1: it needs %2 per GPU "
                              "in the best layout.",
                              nullptr, request.gpus)
                               .arg(accelerator.displayName(),
                                    UnitFormat().bytes(result.memory.totalBytes()));
    }

    // Time to train against GPU count: same work, MFU adjusted for data-parallel scale.
    const Raw &nominal = sensitivity.nominal();
    const int first = std::max(1, result.minGpus);
    const qint64 last = qint64(std::max(request.gpus, first)) * 8;
    for (qint64 gpus = first; gpus <= last && result.scaling.size() < 24; gpus *= 2) {
        const double scale =
            Assumptions::scaleEfficiency(gpus) / Assumptions::scaleEfficiency(request.gpus);
        result.scaling << ScalingPoint {
            gpus, nominal.flops / (peak * nominal.mfuAllIn * scale) / 3600.0 / double(gpus)};
    }
    return result;
}
