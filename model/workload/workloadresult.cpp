#include "model/workload/workloadresult.h"

#include "model/capacity/assumptions.h"
#include "model/capacity/trainingmemory.h"
#include "model/workload/workloadestimator.h"

#include <algorithm>
#include <cmath>

namespace {
quint32 bit(AssumptionId id)
{
    return 1u << int(id);
}

// Assumption value with its range, resolved as the estimators resolve it.
Assumption resolved(const Workload &workload, const Accelerator &accelerator, AssumptionId id,
                    int gpus)
{
    return WorkloadEstimator::assumptions(workload).resolve(
        id, {accelerator.generation, workload.precision, gpus});
}

void trainingDemand(WorkloadResult &r, const Workload &w)
{
    const WorkloadHardware &hw = r.hardware;
    r.zeroStage = WorkloadEstimator::zeroStage(w, hw, hw.gpus);
    r.training =
        TrainingEstimator::estimate(WorkloadEstimator::trainingRequest(w, hw, hw.gpus, r.zeroStage),
                                    WorkloadEstimator::assumptions(w));
    const TrainingEstimate &e = *r.training;
    if (!e.ok()) {
        r.errorText = e.errorText;
        return;
    }
    r.warnings = e.warnings;
    const double deadline = w.training.deadlineSeconds;

    // Time to train on these GPUs against the deadline; the GPUs are busy that share of
    // the time until then.
    const Figure wall = e.wallHours.scaled(3600.0);
    r.latency = HeadroomEntry::fromFigure(wall, deadline);
    r.computeShare = HeadroomEntry::fromFigure(wall.scaled(1.0 / deadline), 0.0);

    // Weights, gradients, optimizer states and activations in the chosen layout, plus the
    // memory reserve the layout was fitted under.
    const Assumption reserve =
        resolved(w, hw.accelerator, AssumptionId::MemoryReserveFraction, hw.gpus);
    const double memory = hw.accelerator.memoryBytes;
    r.memoryPerGpu = {e.memory.totalBytes() + reserve.value * memory,
                      e.memory.totalBytes() + reserve.low * memory,
                      e.memory.totalBytes() + reserve.high * memory, 0.0,
                      bit(AssumptionId::MemoryReserveFraction)};

    // The dataset (the job's own size when given) and the retained checkpoints.
    const Figure dataset =
        w.training.datasetBytes > 0.0 ? Figure::exact(w.training.datasetBytes) : e.datasetBytes;
    r.storageTotal = HeadroomEntry::fromFigure(dataset, 0.0);
    r.storageTotal += HeadroomEntry::fromFigure(e.checkpointStorageBytes, 0.0);

    // A checkpoint must be written within the stall budget of its interval (CheckFreq,
    // Mohan et al. FAST '21, bounds the overhead at 3.5 %).
    const Assumption interval =
        resolved(w, hw.accelerator, AssumptionId::CheckpointIntervalHours, hw.gpus);
    const double window = w.training.checkpoint.maxStallFraction * 3600.0;
    const double bytes = e.checkpointBytes.value;
    r.storageWriteTotal = {
        bytes / (window * interval.value), bytes / (window * interval.high),
        bytes / (window * interval.low), 0.0,
        interval.low != interval.high ? bit(AssumptionId::CheckpointIntervalHours) : 0u};

    // The gradient all-reduce of every step over the scale-out fabric. Each rank reduces
    // the gradients of its model shard (experts spread over the expert-parallel ranks);
    // a ring all-reduce sends and receives 2 (n - 1) / n of that per rank (Patarasuk and
    // Yuan 2009; NCCL's bus bandwidth), and ZeRO-3 adds a parameter all-gather for 3 in
    // place of 2 (Rajbhandari et al. 2020, §7). Within one server it stays on NVLink.
    const ParallelLayout &layout = e.layout;
    if (layout.data > 1 && hw.servers > 1) {
        const ModelArchitecture &m = w.model;
        const double experts = m.totalParameters - m.alwaysActiveParameters();
        const double parameters =
            (m.alwaysActiveParameters() + experts / std::max(1, layout.expert))
            / double(layout.tensor * layout.pipeline);
        const double gradients =
            parameters * TrainingMemory::gradientBytesPerParameter(w.precision);
        const double passes = r.zeroStage == 3 ? 3.0 : 2.0;
        const double traffic = passes * (layout.data - 1) / double(layout.data) * gradients;
        // A step is one global batch at the steady throughput of all GPUs.
        const Figure tokensPerSecond = e.tokensPerSecondPerGpu.scaled(hw.gpus);
        const double batch = w.training.effectiveGlobalBatchTokens();
        auto perSecond = [&](double rate) { return rate > 0.0 ? traffic * rate / batch : 0.0; };
        r.networkPerGpu = {perSecond(tokensPerSecond.value), perSecond(tokensPerSecond.low),
                           perSecond(tokensPerSecond.high), 0.0,
                           HeadroomEntry::maskOf(tokensPerSecond.drivers)};
    }
}

void inferenceDemand(WorkloadResult &r, const Workload &w)
{
    const WorkloadHardware &hw = r.hardware;
    r.inference = WorkloadEstimator::inference(w, hw);
    const InferenceEstimate &e = *r.inference;
    if (!e.ok()) {
        r.errorText = e.errorText;
        return;
    }
    r.warnings = e.warnings;
    const InferenceParameters &s = w.inference;
    const int tp = std::max(1, e.tensorParallel);

    // GPUs for the request rate under the targets; N+1 keeps one server's replicas spare.
    double needed = 0.0;
    if (e.replicas > 0) {
        needed = double(e.gpusNeeded);
    } else if (e.requestsPerSecond.value > 0.0) {
        // Even one sequence misses a target (the latency entry says so): size on the
        // throughput the GPUs reach at this rate.
        needed = hw.gpus * s.requestRatePerSecond / e.requestsPerSecond.value;
    } else {
        needed = qInf();
    }
    if (s.nPlusOne)
        needed += (hw.largestServerGpus / tp) * tp;
    r.gpusNeeded = needed;
    // Replicas scale with the decode step time: its range is the demand's.
    const double share = needed / hw.gpus;
    const Figure &tpot = e.tpotSeconds;
    const double low = tpot.value > 0.0 ? tpot.low / tpot.value : 1.0;
    const double high = tpot.value > 0.0 ? tpot.high / tpot.value : 1.0;
    r.computeShare = {share, share * low, share * high, 0.0, HeadroomEntry::maskOf(tpot.drivers)};

    // Weights and the KV cache in use at the operating point, on the GPUs that hold
    // replicas, plus the reserve; averaged over all its GPUs.
    const Assumption reserve =
        resolved(w, hw.accelerator, AssumptionId::MemoryReserveFraction, hw.gpus);
    const double inUse = double(e.deployedReplicas) * tp / hw.gpus;
    const double memory = hw.accelerator.memoryBytes;
    r.memoryPerGpu = {(e.memoryPerGpuBytes.value + reserve.value * memory) * inUse,
                      (e.memoryPerGpuBytes.value + reserve.low * memory) * inUse,
                      (e.memoryPerGpuBytes.value + reserve.high * memory) * inUse, 0.0,
                      bit(AssumptionId::MemoryReserveFraction)};

    // Every server loads the model from its own drives.
    r.storagePerServer = HeadroomEntry::fromFigure(Figure::exact(e.weightsBytes), 0.0);

    // Front-end I/O: prompts in and answers out as text, about as many bytes per token as
    // stored training text (the dataset_bytes_per_token assumption).
    const Assumption text =
        resolved(w, hw.accelerator, AssumptionId::DatasetBytesPerToken, hw.gpus);
    const double tokens = s.requestRatePerSecond * (double(s.inputTokens) + s.outputTokens);
    r.networkPerGpu = {tokens * text.value / hw.gpus, tokens * text.low / hw.gpus,
                       tokens * text.high / hw.gpus, 0.0, bit(AssumptionId::DatasetBytesPerToken)};

    // TTFT and TPOT at the operating point against their targets: the tighter one counts.
    const HeadroomEntry ttft = HeadroomEntry::fromFigure(e.ttftSeconds, s.ttftTargetSeconds);
    const HeadroomEntry tpotEntry = HeadroomEntry::fromFigure(e.tpotSeconds, s.tpotTargetSeconds);
    r.latency = s.ttftTargetSeconds > 0.0 || s.tpotTargetSeconds > 0.0
        ? HeadroomEntry::tighter(s.ttftTargetSeconds > 0.0 ? ttft : HeadroomEntry {},
                                 s.tpotTargetSeconds > 0.0 ? tpotEntry : HeadroomEntry {})
        : HeadroomEntry {};
}
} // namespace

WorkloadResult WorkloadResult::compute(const Workload &workload,
                                       const std::vector<const ServerResources *> &servers)
{
    WorkloadResult r;
    r.id = workload.id;
    r.kind = workload.kind;
    r.name = workload.name;
    r.hardware = WorkloadHardware::of(servers);
    if (r.hardware.isEmpty())
        return r;
    r.errorText = workload.validationError();
    if (!r.errorText.isEmpty())
        return r;
    if (r.hardware.mixedAccelerators)
        r.warnings << tr("Sized on the weakest of its accelerators, %1.")
                          .arg(r.hardware.accelerator.displayName());
    if (workload.isTraining())
        trainingDemand(r, workload);
    else
        inferenceDemand(r, workload);
    if (!r.errorText.isEmpty()) {
        // Nothing to share out: the error says why.
        const WorkloadHardware hardware = r.hardware;
        const QString error = r.errorText;
        r = WorkloadResult {};
        r.id = workload.id;
        r.kind = workload.kind;
        r.name = workload.name;
        r.hardware = hardware;
        r.errorText = error;
    }
    return r;
}

HeadroomEntry WorkloadResult::demandOn(HeadroomDimension dimension,
                                       const ServerResources &server) const
{
    if (!isRunning() || !server.canRunWorkloads())
        return {};
    const double gpuShare = double(server.gpus) / hardware.gpus;
    switch (dimension) {
    case HeadroomDimension::Compute:
        return computeShare.scaled(server.referencePeakFlopsPerSecond());
    case HeadroomDimension::Memory:
        return memoryPerGpu.scaled(server.gpus);
    case HeadroomDimension::Storage: {
        HeadroomEntry e = storageTotal.scaled(gpuShare);
        e += storagePerServer;
        return e;
    }
    case HeadroomDimension::StorageBandwidth:
        return storageWriteTotal.scaled(gpuShare);
    case HeadroomDimension::Network:
        return networkPerGpu.scaled(server.gpus);
    case HeadroomDimension::Power:
    case HeadroomDimension::Latency:
    case HeadroomDimension::Count:
        break;
    }
    return {};
}
