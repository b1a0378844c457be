#include "model/workload/headroomview.h"

#include "model/layout/datahall.h"
#include "model/workload/workloadset.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

std::vector<PlacementId> HeadroomView::serversIn(const HeadroomScope &scope) const
{
    const HeadroomTracker::Reader r = reader();
    const DataHall &hall = *m_tracker->m_hall;
    std::vector<PlacementId> servers;
    auto addRack = [&](RackId rack) {
        if (const HeadroomTracker::RackState *state = r.rack(rack))
            servers.insert(servers.end(), state->servers.begin(), state->servers.end());
    };
    switch (scope.kind) {
    case HeadroomScope::Kind::Server:
        if (r.server(scope.id))
            servers.push_back(scope.id);
        break;
    case HeadroomScope::Kind::Rack:
        addRack(scope.id);
        break;
    case HeadroomScope::Kind::Row:
        for (RackId rack : hall.rackIds(scope.id))
            addRack(rack);
        break;
    case HeadroomScope::Kind::Hall:
        for (RowId row : hall.rowIds()) {
            for (RackId rack : hall.rackIds(row))
                addRack(rack);
        }
        break;
    }
    return servers;
}

ScopeHeadroom HeadroomView::headroom(const HeadroomScope &scope) const
{
    const HeadroomTracker::Reader r = reader();
    switch (scope.kind) {
    case HeadroomScope::Kind::Server:
        if (const auto *s = r.server(scope.id))
            return s->headroom;
        return {};
    case HeadroomScope::Kind::Rack:
        if (const auto *rack = r.rack(scope.id))
            return rack->headroom;
        return {};
    case HeadroomScope::Kind::Row:
        if (const ScopeHeadroom *row = r.row(scope.id))
            return *row;
        return {};
    case HeadroomScope::Kind::Hall:
        break;
    }
    return r.hall();
}

std::shared_ptr<const WorkloadResult> HeadroomView::result(WorkloadId id) const
{
    return reader().resultPointer(id);
}

std::vector<WorkloadId> HeadroomView::workloadsIn(const HeadroomScope &scope) const
{
    const HeadroomTracker::Reader r = reader();
    std::vector<WorkloadId> found;
    for (PlacementId p : serversIn(scope)) {
        for (WorkloadId id : r.workloadsOn(p)) {
            if (std::find(found.begin(), found.end(), id) == found.end())
                found.push_back(id);
        }
    }
    const WorkloadSet &set = *m_tracker->m_workloads;
    std::sort(found.begin(), found.end(), [&set](WorkloadId a, WorkloadId b) {
        return set.workloadIndex(a) < set.workloadIndex(b);
    });
    return found;
}

std::optional<WorkloadId> HeadroomView::tightestWorkload(const HeadroomScope &scope,
                                                         WorkloadKind kind) const
{
    std::optional<WorkloadId> best;
    std::optional<double> bestFraction;
    for (WorkloadId id : workloadsIn(scope)) {
        const WorkloadResult *result = reader().result(id);
        if (!result || result->kind != kind)
            continue;
        const auto fraction = result->latency.headroomFraction();
        if (!best || (fraction && (!bestFraction || *fraction < *bestFraction))) {
            best = id;
            bestFraction = fraction;
        }
    }
    return best;
}

std::optional<LatencySeries> HeadroomView::latencySeries(WorkloadId id) const
{
    const WorkloadResult *r = reader().result(id);
    if (!r || !r->isRunning() || !r->inference)
        return std::nullopt;
    const InferenceEstimate &e = *r->inference;
    const Workload *w = m_tracker->m_workloads->workload(id);
    LatencySeries s;
    s.workload = id;
    s.name = r->name;
    for (const LoadPoint &p : e.latencyCurve) {
        s.requestsPerSecond.push_back(p.requestsPerSecond);
        s.ttftSeconds.push_back(p.ttftSeconds);
        s.tpotSeconds.push_back(p.tpotSeconds);
    }
    if (w) {
        s.ttftTargetSeconds = w->inference.ttftTargetSeconds;
        s.tpotTargetSeconds = w->inference.tpotTargetSeconds;
    }
    // The service runs at its request rate (or at what the GPUs carry, when less), at the
    // smallest concurrency that carries it, which is where TTFT and TPOT are estimated.
    s.operatingRequestsPerSecond = w
        ? std::min(w->inference.requestRatePerSecond, e.requestsPerSecond.value)
        : e.requestsPerSecond.value;
    s.operatingTtftSeconds = e.ttftSeconds;
    s.operatingTpotSeconds = e.tpotSeconds;
    s.assumptions = e.ttftSeconds.drivers;
    for (const QString &name : e.tpotSeconds.drivers) {
        if (!s.assumptions.contains(name))
            s.assumptions << name;
    }
    return s;
}

std::optional<TrainingTimeSeries> HeadroomView::trainingTimeSeries(WorkloadId id) const
{
    const WorkloadResult *r = reader().result(id);
    if (!r || !r->isRunning() || !r->training)
        return std::nullopt;
    const TrainingEstimate &e = *r->training;
    TrainingTimeSeries s;
    s.workload = id;
    s.name = r->name;
    for (const ScalingPoint &p : e.scaling) {
        s.gpus.push_back(double(p.gpus));
        s.wallSeconds.push_back(p.wallHours * 3600.0);
    }
    if (const Workload *w = m_tracker->m_workloads->workload(id))
        s.deadlineSeconds = w->training.deadlineSeconds;
    s.assignedGpus = r->hardware.gpus;
    s.assignedWallSeconds = e.wallHours.scaled(3600.0);
    s.assumptions = e.wallHours.drivers;
    return s;
}

PowerSeries HeadroomView::powerSeries(const HeadroomScope &scope, int maxBars, int maxStacks) const
{
    const HeadroomTracker::Reader r = reader();
    const DataHall &hall = *m_tracker->m_hall;
    std::vector<RackId> racks;
    switch (scope.kind) {
    case HeadroomScope::Kind::Server:
        if (const RackId rack = hall.rackOf(scope.id))
            racks.push_back(rack);
        break;
    case HeadroomScope::Kind::Rack:
        if (hall.rack(scope.id))
            racks.push_back(scope.id);
        break;
    case HeadroomScope::Kind::Row:
        racks = hall.rackIds(scope.id);
        break;
    case HeadroomScope::Kind::Hall:
        for (RowId row : hall.rowIds()) {
            const auto &ids = hall.rackIds(row);
            racks.insert(racks.end(), ids.begin(), ids.end());
        }
        break;
    }

    // Bars: one per rack, or per run of rows when there are too many racks to draw
    // (performance.md: QCPBars paints a polygon per bar).
    PowerSeries series;
    std::vector<std::vector<RackId>> groups;
    maxBars = std::max(1, maxBars);
    if (int(racks.size()) <= maxBars) {
        for (RackId rack : racks) {
            groups.push_back({rack});
            series.bars << hall.rack(rack)->name;
        }
    } else {
        series.aggregated = true;
        std::vector<RowId> rows;
        for (RackId rack : racks) {
            const RowId row = hall.rowOf(rack);
            if (rows.empty() || rows.back() != row)
                rows.push_back(row);
        }
        const size_t perBar = (rows.size() + maxBars - 1) / size_t(maxBars);
        for (size_t i = 0; i < rows.size(); i += perBar) {
            std::vector<RackId> group;
            const size_t end = std::min(rows.size(), i + perBar);
            for (size_t k = i; k < end; ++k) {
                const auto &ids = hall.rackIds(rows[k]);
                group.insert(group.end(), ids.begin(), ids.end());
            }
            groups.push_back(std::move(group));
            const QString first = hall.row(rows[i])->name;
            series.bars << (end - i == 1
                                ? first
                                : tr("%1 to %2").arg(first, hall.row(rows[end - 1])->name));
        }
    }

    const size_t bars = groups.size();
    series.budgetWatts.assign(bars, 0.0);
    series.otherWatts.assign(bars, 0.0);
    std::unordered_map<WorkloadId, std::vector<double>> byWorkload;
    std::vector<WorkloadId> order;
    for (size_t b = 0; b < bars; ++b) {
        double attributed = 0.0;
        double load = 0.0;
        for (RackId rack : groups[b]) {
            const HeadroomTracker::RackState *state = r.rack(rack);
            if (!state)
                continue;
            series.budgetWatts[b] += state->usableWatts;
            load += state->loadWatts;
            for (const auto &[workload, watts] : state->workloadWatts) {
                auto it = byWorkload.find(workload);
                if (it == byWorkload.end()) {
                    it = byWorkload.emplace(workload, std::vector<double>(bars, 0.0)).first;
                    order.push_back(workload);
                }
                it->second[b] += watts;
                attributed += watts;
            }
        }
        series.otherWatts[b] = std::max(0.0, load - attributed);
    }

    // Largest first; the smallest beyond maxStacks share one stack.
    std::vector<std::pair<double, WorkloadId>> totals;
    for (WorkloadId id : order) {
        double total = 0.0;
        for (double w : byWorkload[id])
            total += w;
        totals.emplace_back(total, id);
    }
    std::stable_sort(totals.begin(), totals.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const WorkloadSet &set = *m_tracker->m_workloads;
    PowerSeries::Stack rest;
    rest.name = tr("Other workloads");
    rest.watts.assign(bars, 0.0);
    double restLargest = -1.0;
    for (size_t i = 0; i < totals.size(); ++i) {
        const WorkloadId id = totals[i].second;
        const Workload *w = set.workload(id);
        const WorkloadKind kind = w ? w->kind : WorkloadKind::Training;
        if (int(i) < std::max(0, maxStacks)) {
            series.stacks.push_back({id, w ? w->name : QString(), kind, byWorkload[id]});
            continue;
        }
        if (totals[i].first > restLargest) {
            restLargest = totals[i].first;
            rest.kind = kind;
        }
        for (size_t b = 0; b < bars; ++b)
            rest.watts[b] += byWorkload[id][b];
    }
    if (restLargest >= 0.0)
        series.stacks.push_back(std::move(rest));
    return series;
}
