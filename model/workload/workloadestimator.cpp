#include "model/workload/workloadestimator.h"

#include "model/capacity/replicamodel.h"

#include <algorithm>

Assumptions WorkloadEstimator::assumptions(const Workload &workload)
{
    Assumptions a;
    const CheckpointPolicy &c = workload.training.checkpoint;
    // The planner's own policy is a decision, not an uncertainty: no range.
    if (c.intervalSeconds > 0.0) {
        const double hours = c.intervalSeconds / 3600.0;
        a.setOverride(AssumptionId::CheckpointIntervalHours, hours, hours, hours);
    }
    if (c.retained > 0)
        a.setOverride(AssumptionId::CheckpointRetention, c.retained, c.retained, c.retained);
    return a;
}

double WorkloadEstimator::usableMemoryBytes(const Workload &workload,
                                            const Accelerator &accelerator)
{
    const AssumptionContext context {accelerator.generation, workload.precision, 1};
    const double reserve =
        assumptions(workload).resolve(AssumptionId::MemoryReserveFraction, context).value;
    return accelerator.memoryBytes * (1.0 - reserve);
}

TrainingRequest WorkloadEstimator::trainingRequest(const Workload &workload,
                                                   const WorkloadHardware &hardware, int gpus,
                                                   int zeroStage)
{
    TrainingRequest r;
    r.model = workload.model;
    r.accelerator = hardware.accelerator;
    r.gpus = std::max(1, gpus);
    r.precision = workload.precision;
    r.tokens = workload.training.tokens;
    r.zeroStage = zeroStage;
    r.tensorParallel = workload.training.tensorParallel;
    r.pipelineParallel = workload.training.pipelineParallel;
    r.gpusPerServer = hardware.gpusPerServer();
    if (hardware.servers > 0)
        r.serverOverheadWatts = hardware.serverOverheadWatts;
    return r;
}

InferenceRequest WorkloadEstimator::inferenceRequest(const Workload &workload,
                                                     const WorkloadHardware &hardware, int gpus)
{
    const InferenceParameters &s = workload.inference;
    InferenceRequest r;
    r.model = workload.model;
    r.accelerator = hardware.accelerator;
    r.gpus = std::max(1, gpus);
    r.precision = workload.precision;
    r.inputTokens = s.inputTokens;
    r.outputTokens = s.outputTokens;
    r.requestRatePerSecond = s.requestRatePerSecond;
    r.ttftTargetSeconds = s.ttftTargetSeconds;
    r.tpotTargetSeconds = s.tpotTargetSeconds;
    // A replica lives inside one scale-up domain, and here inside one server.
    const int domain = std::max(
        1,
        std::min(hardware.accelerator.scaleUpDomainSize, std::max(1, hardware.smallestServerGpus)));
    r.accelerator.scaleUpDomainSize = domain;
    r.tensorParallel = s.tensorParallel > 0 ? std::min(s.tensorParallel, r.gpus) : 0;
    r.gpusPerServer = hardware.gpusPerServer();
    if (hardware.servers > 0)
        r.serverOverheadWatts = hardware.serverOverheadWatts;
    return r;
}

int WorkloadEstimator::zeroStage(const Workload &workload, const WorkloadHardware &hardware,
                                 int gpus)
{
    if (workload.training.zeroStage != TrainingParameters::kAutomatic)
        return workload.training.zeroStage;
    const double capacity = usableMemoryBytes(workload, hardware.accelerator);
    for (int stage = 1; stage <= 3; ++stage) {
        bool fits = false;
        TrainingEstimator::chooseLayout(trainingRequest(workload, hardware, gpus, stage), gpus,
                                        capacity, &fits);
        if (fits)
            return stage;
    }
    return 3;
}

int WorkloadEstimator::minimumTrainingGpus(const Workload &workload,
                                           const WorkloadHardware &hardware)
{
    const int stage = workload.training.zeroStage == TrainingParameters::kAutomatic
        ? 3
        : workload.training.zeroStage;
    return TrainingEstimator::minimumGpus(trainingRequest(workload, hardware, 1, stage),
                                          usableMemoryBytes(workload, hardware.accelerator));
}

int WorkloadEstimator::minimumReplicaGpus(const Workload &workload, const Accelerator &accelerator)
{
    WorkloadHardware hardware;
    hardware.accelerator = accelerator;
    const InferenceRequest request = inferenceRequest(workload, hardware, 1);
    const Precision compute = InferenceEstimator::computePrecision(request);
    const AssumptionValues values =
        assumptions(workload).values({accelerator.generation, compute, 1});
    const double kvBytes = InferenceEstimator::kvBytesPerElement(request);
    const double context = double(request.inputTokens) + request.outputTokens / 2.0;
    for (int tp = 1; tp <= (1 << 20); tp *= 2) {
        const ReplicaModel replica(request.model, accelerator, request.precision, compute, kvBytes,
                                   tp, values);
        if (replica.maxSequences(context) >= 1)
            return tp;
    }
    return 0;
}

InferenceEstimate WorkloadEstimator::inference(const Workload &workload,
                                               const WorkloadHardware &hardware)
{
    return InferenceEstimator::estimate(inferenceRequest(workload, hardware, hardware.gpus),
                                        assumptions(workload));
}
