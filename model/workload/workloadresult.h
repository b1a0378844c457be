#pragma once

#include "model/capacity/inferenceestimator.h"
#include "model/capacity/trainingestimator.h"
#include "model/workload/headroomentry.h"
#include "model/workload/serverresources.h"
#include "model/workload/workload.h"
#include "model/workload/workloadhardware.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

// What one workload demands of the servers it runs on, worked out once per edit of the
// workload or of its servers and then shared out over them: the estimate behind it, the
// demand per dimension with its range and assumptions, and its latency against its
// targets. Pure: a function of the workload and its servers' resources.
//
// How demand is shared out over a workload's servers (demandOn()):
// - compute is a share of GPU time: training needs (time to train) / (deadline) of its
//   GPUs until the deadline; inference the GPUs its request rate needs under the latency
//   targets, plus one server's worth for N+1. Each server's demand is that share of its
//   own dense BF16 peak.
// - memory, storage, checkpoint writes and network are spread by each server's share of
//   the workload's GPUs; an inference service keeps one copy of the model's weights on
//   every server's local drives instead.
struct WorkloadResult
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadResult)

public:
    WorkloadId id = 0;
    WorkloadKind kind = WorkloadKind::Training;
    QString name;
    WorkloadHardware hardware;
    QString errorText; // why nothing could be estimated; the demand below is then zero
    QStringList warnings;

    std::optional<TrainingEstimate> training;
    std::optional<InferenceEstimate> inference;
    int zeroStage = 0; // the stage training was sized with

    // Demand of the whole workload: for compute a share of its GPUs' time (0.5 = half),
    // for memory and network per GPU, for storage and checkpoint writes in total.
    HeadroomEntry computeShare;
    HeadroomEntry memoryPerGpu;
    HeadroomEntry networkPerGpu;
    HeadroomEntry storageTotal;
    HeadroomEntry storagePerServer; // inference: a copy of the weights on each server
    HeadroomEntry storageWriteTotal;
    // Training: time to train against the deadline; inference: TTFT or TPOT against its
    // target, whichever leaves less.
    HeadroomEntry latency;
    double gpusNeeded = 0.0; // inference: for the rate under the targets, N+1 included

    bool isRunning() const { return hardware.gpus > 0 && errorText.isEmpty(); }
    // This workload's demand on one of its servers in one dimension (capacity left 0).
    HeadroomEntry demandOn(HeadroomDimension dimension, const ServerResources &server) const;

    static WorkloadResult compute(const Workload &workload,
                                  const std::vector<const ServerResources *> &servers);
};
