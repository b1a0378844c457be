#include "model/workload/assignmentrules.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "model/workload/serverresources.h"
#include "model/workload/workloadestimator.h"
#include "model/workload/workloadset.h"

#include <algorithm>
#include <cmath>

namespace {
bool canRun(const DataHall &hall, PlacementId id)
{
    const Placement *p = hall.placement(id);
    if (!p || p->configuration.acceleratorCount <= 0)
        return false;
    const CatalogItem *item = hall.catalog().item(p->itemId);
    const CatalogItem *gpu = hall.catalog().item(p->configuration.acceleratorId);
    return item && item->kind == ItemKind::GpuServer && gpu && gpu->kind == ItemKind::Accelerator
        && gpu->accelerator.memoryBytes > 0.0;
}

void appendServersOfRack(const DataHall &hall, RackId rack, std::vector<PlacementId> &out)
{
    for (PlacementId id : hall.placementIds(rack)) {
        if (canRun(hall, id))
            out.push_back(id);
    }
}

QString memoryText(const Accelerator &accelerator)
{
    return UnitFormat().bytes(accelerator.memoryBytes);
}
} // namespace

std::vector<PlacementId> AssignmentRules::serversIn(const DataHall &hall,
                                                    const AssignmentTarget &target)
{
    std::vector<PlacementId> servers;
    switch (target.kind) {
    case AssignmentTarget::Kind::Server:
        if (canRun(hall, target.id))
            servers.push_back(target.id);
        break;
    case AssignmentTarget::Kind::Rack:
        appendServersOfRack(hall, target.id, servers);
        break;
    case AssignmentTarget::Kind::Row:
        for (RackId rack : hall.rackIds(target.id))
            appendServersOfRack(hall, rack, servers);
        break;
    case AssignmentTarget::Kind::Hall:
        for (RowId row : hall.rowIds()) {
            for (RackId rack : hall.rackIds(row))
                appendServersOfRack(hall, rack, servers);
        }
        break;
    }
    return servers;
}

QString AssignmentRules::targetName(const DataHall &hall, const AssignmentTarget &target)
{
    switch (target.kind) {
    case AssignmentTarget::Kind::Server: {
        const Placement *p = hall.placement(target.id);
        if (!p)
            return tr("a server that is no longer there");
        const CatalogItem *item = hall.catalog().item(p->itemId);
        const Rack *rack = hall.rack(hall.rackOf(target.id));
        //: A server in a sentence: "NVIDIA DGX H100 at U3 in Training 1"
        return tr("%1 at U%2 in %3")
            .arg(item ? item->displayName() : p->itemId)
            .arg(p->positionU)
            .arg(rack ? rack->name : QString());
    }
    case AssignmentTarget::Kind::Rack:
        if (const Rack *rack = hall.rack(target.id))
            return rack->name;
        return tr("a rack that is no longer there");
    case AssignmentTarget::Kind::Row:
        if (const HallRow *row = hall.row(target.id))
            return row->name;
        return tr("a row that is no longer there");
    case AssignmentTarget::Kind::Hall:
        break;
    }
    return tr("the hall");
}

AssignmentCheck AssignmentRules::check(const DataHall &hall, const WorkloadSet &workloads,
                                       WorkloadId id, const AssignmentTarget &to,
                                       std::optional<AssignmentTarget> from)
{
    const Workload *w = workloads.workload(id);
    if (!w) {
        AssignmentCheck c;
        c.verdict = AssignmentCheck::Verdict::Refused;
        c.reason = tr("The workload is no longer there.");
        return c;
    }
    return check(hall, workloads, *w, workloads.servers(id), to, from);
}

AssignmentCheck AssignmentRules::check(const DataHall &hall, const WorkloadSet &workloads,
                                       const Workload &workload,
                                       const std::vector<PlacementId> &current,
                                       const AssignmentTarget &to,
                                       std::optional<AssignmentTarget> from)
{
    AssignmentCheck c;
    const QString where = targetName(hall, to);
    const std::vector<PlacementId> offered = serversIn(hall, to);
    if (offered.empty()) {
        c.verdict = AssignmentCheck::Verdict::Refused;
        c.reason = to.kind == AssignmentTarget::Kind::Server
            ? tr("%1 has no accelerators to run %2.").arg(where, workload.name)
            : tr("%1 holds no GPU servers to run %2.").arg(where, workload.name);
        return c;
    }
    auto isCurrent = [&current](PlacementId s) {
        return std::binary_search(current.begin(), current.end(), s);
    };
    if (from) {
        for (PlacementId s : serversIn(hall, *from)) {
            if (isCurrent(s) && std::find(offered.begin(), offered.end(), s) == offered.end())
                c.removing.push_back(s);
        }
        std::sort(c.removing.begin(), c.removing.end());
    }
    for (PlacementId s : offered) {
        if (!isCurrent(s))
            c.adding.push_back(s);
    }
    std::sort(c.adding.begin(), c.adding.end());
    if (c.adding.empty() && c.removing.empty()) {
        c.verdict = AssignmentCheck::Verdict::Unchanged;
        c.reason = tr("%1 already runs on %2.").arg(workload.name, where);
        return c;
    }
    const QString invalid = workload.validationError();
    if (!invalid.isEmpty()) {
        c.verdict = AssignmentCheck::Verdict::Refused;
        c.reason = tr("%1 cannot run anywhere yet: %2").arg(workload.name, invalid);
        return c;
    }

    // The servers it would run on afterwards.
    std::vector<ServerResources> resources;
    std::vector<PlacementId> after;
    for (PlacementId s : current) {
        if (!std::binary_search(c.removing.begin(), c.removing.end(), s))
            after.push_back(s);
    }
    after.insert(after.end(), c.adding.begin(), c.adding.end());
    resources.reserve(after.size());
    for (PlacementId s : after)
        resources.push_back(ServerResources::of(hall, s));
    std::vector<const ServerResources *> pointers;
    for (const ServerResources &r : resources)
        pointers.push_back(&r);
    const WorkloadHardware hardware = WorkloadHardware::of(pointers);
    c.gpus = hardware.gpus;
    const Accelerator &accelerator = hardware.accelerator;
    const QString precision = PrecisionInfo::name(workload.precision);
    const bool alone = current.empty() || c.adding.size() == after.size();

    if (workload.isTraining()) {
        const int stage = WorkloadEstimator::zeroStage(workload, hardware, hardware.gpus);
        bool fits = false;
        TrainingEstimator::chooseLayout(
            WorkloadEstimator::trainingRequest(workload, hardware, hardware.gpus, stage),
            hardware.gpus, WorkloadEstimator::usableMemoryBytes(workload, accelerator), &fits);
        if (!fits) {
            const int needed = WorkloadEstimator::minimumTrainingGpus(workload, hardware);
            c.verdict = AssignmentCheck::Verdict::Refused;
            if (needed <= 0)
                c.reason = tr("%1 does not fit on any number of GPUs of %2 at %3.")
                               .arg(workload.model.name, memoryText(accelerator), precision);
            else if (alone)
                //: "Llama 3.1 405B needs 128 GPUs of 80 GB at bf16 to train; Training 1 has 32."
                c.reason = tr("%1 needs %2 GPUs of %3 at %4 to train; %5 has %6.")
                               .arg(workload.model.name)
                               .arg(needed)
                               .arg(memoryText(accelerator), precision, where)
                               .arg(hardware.gpus);
            else
                c.reason = tr("%1 needs %2 GPUs of %3 at %4 to train; with %5 it has %6.")
                               .arg(workload.model.name)
                               .arg(needed)
                               .arg(memoryText(accelerator), precision, where)
                               .arg(hardware.gpus);
            return c;
        }
    } else {
        // One replica lives in one scale-up domain, which here is one server at most.
        const int domain =
            std::max(1, std::min(accelerator.scaleUpDomainSize, hardware.smallestServerGpus));
        const int needed = WorkloadEstimator::minimumReplicaGpus(workload, accelerator);
        const int fixed = workload.inference.tensorParallel;
        if (needed <= 0 || needed > domain || fixed > domain) {
            c.verdict = AssignmentCheck::Verdict::Refused;
            if (needed <= 0)
                c.reason = tr("%1 does not fit on any number of GPUs of %2 at %3.")
                               .arg(workload.model.name, memoryText(accelerator), precision);
            else if (needed > domain)
                //: "Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica in one NVLink
                //: domain; the servers of Training 1 join 8."
                c.reason = tr("%1 needs %2 GPUs of %3 at %4 for one replica in one NVLink "
                              "domain; the servers of %5 join %6.")
                               .arg(workload.model.name)
                               .arg(needed)
                               .arg(memoryText(accelerator), precision, where)
                               .arg(domain);
            else
                c.reason = tr("Tensor parallelism of %1 needs %1 GPUs in one NVLink domain; the "
                              "servers of %2 join %3.")
                               .arg(fixed)
                               .arg(where)
                               .arg(domain);
            return c;
        }
        if (workload.inference.nPlusOne && hardware.servers < 2)
            c.warnings << tr("N+1 redundancy needs a second server: with one, a failure stops "
                             "%1.")
                              .arg(workload.name);
    }
    c.verdict = AssignmentCheck::Verdict::Fits;

    // Servers run training or inference, not both (vendors dedicate training nodes);
    // sharing is allowed but said.
    int shared = 0;
    for (PlacementId s : c.adding) {
        for (WorkloadId other : workloads.workloadsOn(s)) {
            const Workload *o = workloads.workload(other);
            if (o && o->kind != workload.kind) {
                ++shared;
                break;
            }
        }
    }
    if (shared > 0) {
        c.warnings << (workload.isTraining()
                           ? tr("%n of these server(s) already run inference; training will "
                                "share them.",
                                nullptr, shared)
                           : tr("%n of these server(s) already run training; inference will "
                                "share them.",
                                nullptr, shared));
    }
    if (hardware.mixedAccelerators)
        c.warnings << tr("The servers carry different accelerators; %1 is sized on the "
                         "weakest, %2.")
                          .arg(workload.name, accelerator.displayName());
    return c;
}
