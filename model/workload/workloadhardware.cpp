#include "model/workload/workloadhardware.h"

#include <algorithm>

WorkloadHardware WorkloadHardware::of(const std::vector<const ServerResources *> &servers)
{
    WorkloadHardware h;
    double overhead = 0.0;
    const ServerResources *weakest = nullptr;
    for (const ServerResources *s : servers) {
        if (!s || !s->canRunWorkloads())
            continue;
        if (!weakest) {
            weakest = s;
        } else {
            if (s->acceleratorId != weakest->acceleratorId)
                h.mixedAccelerators = true;
            const Accelerator &a = s->accelerator;
            const Accelerator &w = weakest->accelerator;
            if (a.memoryBytes < w.memoryBytes
                || (a.memoryBytes == w.memoryBytes
                    && ServerResources::referencePeak(a) < ServerResources::referencePeak(w)))
                weakest = s;
        }
        h.gpus += s->gpus;
        ++h.servers;
        h.largestServerGpus = std::max(h.largestServerGpus, s->gpus);
        h.smallestServerGpus =
            h.smallestServerGpus == 0 ? s->gpus : std::min(h.smallestServerGpus, s->gpus);
        overhead += s->overheadWatts;
    }
    if (weakest) {
        h.acceleratorId = weakest->acceleratorId;
        h.accelerator = weakest->accelerator;
        h.serverOverheadWatts = overhead / h.servers;
    }
    return h;
}
