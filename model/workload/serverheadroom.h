#pragma once

#include "model/workload/headroomentry.h"
#include "model/workload/serverresources.h"
#include "model/workload/workloadresult.h"

#include <utility>
#include <vector>

// One server's headroom for training and for inference, from what it offers and the
// workloads that run on it. Pure: the tracker keeps one per GPU server.
//
// A server that runs only the other kind offers nothing (training nodes are dedicated, as
// vendors advise); an idle one offers all it has to both kinds; a shared one (allowed, with
// a warning) offers each kind what the other leaves of compute, memory, storage and
// checkpoint writes. Networks are not shared: training talks over the scale-out fabric,
// inference over the front end. Its typical draw goes to the kind it runs (a shared
// server splits it by compute demand) and within a kind to its workloads by their compute.
// Power entries are the rack's to fill (HeadroomTracker), since budgets belong to racks.
struct ServerHeadroom
{
    ScopeHeadroom headroom;
    double drawWatts[2] {}; // typical draw attributed to training [0] and inference [1]
    double maxDrawWatts[2] {};
    std::vector<std::pair<WorkloadId, double>> workloadWatts;

    static ServerHeadroom of(const ServerResources &server,
                             const std::vector<const WorkloadResult *> &workloads);
    // Adds watts to a workload's entry of a list, appending it the first time.
    static void addWatts(std::vector<std::pair<WorkloadId, double>> &list, WorkloadId id,
                         double watts);

    friend bool operator==(const ServerHeadroom &, const ServerHeadroom &) = default;
};
