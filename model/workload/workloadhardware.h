#pragma once

#include "model/capacity/accelerator.h"
#include "model/workload/serverresources.h"

#include <QString>

#include <vector>

// The GPUs a workload is given, summed over its servers: what the estimators size it on.
// Servers with different accelerators are sized on the weakest (least memory, then least
// peak), so that a job spread over mixed servers is never promised more than the slowest
// part can do; `mixedAccelerators` says so.
struct WorkloadHardware
{
    QString acceleratorId;
    Accelerator accelerator;
    int gpus = 0;
    int servers = 0;
    int largestServerGpus = 0;
    int smallestServerGpus = 0;
    double serverOverheadWatts = 0.0; // average per server
    bool mixedAccelerators = false;

    bool isEmpty() const { return gpus <= 0; }
    // Accelerators per server the estimators assume: the smallest server's count.
    int gpusPerServer() const { return smallestServerGpus > 0 ? smallestServerGpus : 8; }

    static WorkloadHardware of(const std::vector<const ServerResources *> &servers);

    friend bool operator==(const WorkloadHardware &, const WorkloadHardware &) = default;
};
