#include "model/workload/serverheadroom.h"

#include <algorithm>

namespace {
int classIndex(WorkloadKind kind)
{
    return kind == WorkloadKind::Training ? 0 : 1;
}

WorkloadKind kindOf(int index)
{
    return index == 0 ? WorkloadKind::Training : WorkloadKind::Inference;
}

// Dimensions both kinds draw from the same pool of a server.
constexpr HeadroomDimension kShared[] = {HeadroomDimension::Compute, HeadroomDimension::Memory,
                                         HeadroomDimension::Storage,
                                         HeadroomDimension::StorageBandwidth};
} // namespace

void ServerHeadroom::addWatts(std::vector<std::pair<WorkloadId, double>> &list, WorkloadId id,
                              double watts)
{
    for (auto &entry : list) {
        if (entry.first == id) {
            entry.second += watts;
            return;
        }
    }
    list.emplace_back(id, watts);
}

ServerHeadroom ServerHeadroom::of(const ServerResources &res,
                                  const std::vector<const WorkloadResult *> &workloads)
{
    ServerHeadroom h;
    HeadroomEntry demand[2][kHeadroomDimensionCount] {};
    HeadroomEntry latency[2] {};
    bool runs[2] = {false, false};
    struct Share
    {
        WorkloadId id;
        int kind;
        double weight;
    };
    std::vector<Share> shares;
    for (const WorkloadResult *r : workloads) {
        const int c = classIndex(r->kind);
        runs[c] = true;
        double weight = 0.0;
        if (r->isRunning()) {
            for (HeadroomDimension d : kShared)
                demand[c][int(d)] += r->demandOn(d, res);
            demand[c][int(HeadroomDimension::Network)] +=
                r->demandOn(HeadroomDimension::Network, res);
            latency[c] = HeadroomEntry::tighter(latency[c], r->latency);
            weight = r->demandOn(HeadroomDimension::Compute, res).demand;
        }
        shares.push_back({r->id, c, weight});
    }

    double capacity[kHeadroomDimensionCount] {};
    capacity[int(HeadroomDimension::Compute)] = res.referencePeakFlopsPerSecond();
    capacity[int(HeadroomDimension::Memory)] = res.memoryBytes();
    capacity[int(HeadroomDimension::Storage)] = res.storageBytes;
    capacity[int(HeadroomDimension::StorageBandwidth)] = res.storageWriteBytesPerSecond;
    for (int c = 0; c < 2; ++c) {
        const int o = 1 - c;
        const bool dedicatedToOther = runs[o] && !runs[c];
        ClassHeadroom &entries = h.headroom.of(kindOf(c));
        for (HeadroomDimension d : kShared) {
            HeadroomEntry e = demand[c][int(d)];
            e.capacity =
                dedicatedToOther ? 0.0 : std::max(0.0, capacity[int(d)] - demand[o][int(d)].demand);
            entries[int(d)] = e;
        }
        HeadroomEntry network = demand[c][int(HeadroomDimension::Network)];
        network.capacity = dedicatedToOther
            ? 0.0
            : (c == 0 ? res.fabricBytesPerSecond : res.frontEndBytesPerSecond);
        entries[int(HeadroomDimension::Network)] = network;
        entries[int(HeadroomDimension::Latency)] = latency[c];
    }

    // The server's draw goes to the kind it runs; a shared server splits it by compute.
    double trainingShare = 0.0;
    if (runs[0] && runs[1]) {
        const double t = demand[0][int(HeadroomDimension::Compute)].demand;
        const double i = demand[1][int(HeadroomDimension::Compute)].demand;
        trainingShare = t + i > 0.0 ? t / (t + i) : 0.5;
    } else if (runs[0]) {
        trainingShare = 1.0;
    }
    if (runs[0] || runs[1]) {
        const double share[2] = {trainingShare, 1.0 - trainingShare};
        for (int c = 0; c < 2; ++c) {
            h.drawWatts[c] = res.powerTypicalWatts * share[c];
            h.maxDrawWatts[c] = res.powerMaxWatts * share[c];
            double weights = 0.0;
            int count = 0;
            for (const Share &sh : shares) {
                if (sh.kind == c) {
                    weights += sh.weight;
                    ++count;
                }
            }
            for (const Share &sh : shares) {
                if (sh.kind != c)
                    continue;
                const double part = weights > 0.0 ? sh.weight / weights : 1.0 / count;
                addWatts(h.workloadWatts, sh.id, h.drawWatts[c] * part);
            }
        }
    }
    return h;
}
