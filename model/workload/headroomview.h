#pragma once

#include "model/workload/headroomtracker.h"

#include <QCoreApplication>

// Questions to headroom as it is (HeadroomTracker::current()) or as a proposal would make it
// (whatIf()). A light handle: valid until the documents change.
class HeadroomView
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomView)

public:
    bool isPreview() const { return m_overlay != nullptr; }

    ScopeHeadroom headroom(const HeadroomScope &scope) const;
    // The workload's estimate and demand, on the servers it runs on (or would).
    std::shared_ptr<const WorkloadResult> result(WorkloadId id) const;
    // The workloads that run somewhere in the scope, in the Workloads dock's order.
    std::vector<WorkloadId> workloadsIn(const HeadroomScope &scope) const;
    // Of those of a kind, the one with the least latency headroom (what charts 2 and 3 show
    // when no workload is selected).
    std::optional<WorkloadId> tightestWorkload(const HeadroomScope &scope, WorkloadKind kind) const;

    std::optional<LatencySeries> latencySeries(WorkloadId id) const;
    std::optional<TrainingTimeSeries> trainingTimeSeries(WorkloadId id) const;
    // One bar per rack of the scope (a server's scope: its rack); rows instead when there
    // are more racks than `maxBars`. At most `maxStacks` workloads, the rest as one.
    PowerSeries powerSeries(const HeadroomScope &scope, int maxBars = 1000,
                            int maxStacks = 12) const;

private:
    friend class HeadroomTracker;
    HeadroomView(const HeadroomTracker *tracker,
                 std::shared_ptr<const HeadroomTracker::Layer> overlay)
        : m_tracker(tracker)
        , m_overlay(std::move(overlay))
    { }
    HeadroomTracker::Reader reader() const { return {m_tracker, m_overlay.get()}; }
    std::vector<PlacementId> serversIn(const HeadroomScope &scope) const;

    const HeadroomTracker *m_tracker;
    std::shared_ptr<const HeadroomTracker::Layer> m_overlay;
};
