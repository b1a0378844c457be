#pragma once

#include "model/capacity/assumptions.h"
#include "model/capacity/inferenceestimator.h"
#include "model/capacity/trainingestimator.h"
#include "model/workload/workload.h"
#include "model/workload/workloadhardware.h"

#include <QCoreApplication>

// Turns a workload and the GPUs it is given into the capacity engine's requests, and
// chooses what the workload leaves automatic. Pure functions.
class WorkloadEstimator
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadEstimator)

public:
    // The calibrated assumptions with the workload's own checkpoint policy set exactly.
    static Assumptions assumptions(const Workload &workload);

    static TrainingRequest trainingRequest(const Workload &workload,
                                           const WorkloadHardware &hardware, int gpus,
                                           int zeroStage);
    static InferenceRequest inferenceRequest(const Workload &workload,
                                             const WorkloadHardware &hardware, int gpus);

    // The workload's ZeRO stage, or when automatic stage 1 (Megatron-LM's distributed
    // optimizer, Narayanan et al. 2021) unless only a deeper stage fits on `gpus`; stage 3
    // (full sharding) when none does.
    static int zeroStage(const Workload &workload, const WorkloadHardware &hardware, int gpus);
    // Accelerator memory a layout may fill: all of it but the reserve.
    static double usableMemoryBytes(const Workload &workload, const Accelerator &accelerator);

    // Fewest GPUs of the hardware's kind the job fits on (a power of two; 0: none).
    static int minimumTrainingGpus(const Workload &workload, const WorkloadHardware &hardware);
    // GPUs one inference replica needs to hold the weights and one sequence's KV cache (a
    // power of two; 0 when no count up to 2^20 does). Whether a scale-up domain that large
    // exists is the caller's question.
    static int minimumReplicaGpus(const Workload &workload, const Accelerator &accelerator);

    static InferenceEstimate inference(const Workload &workload, const WorkloadHardware &hardware);
};
