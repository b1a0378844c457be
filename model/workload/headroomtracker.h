#pragma once

#include "model/workload/assignmenttarget.h"
#include "model/workload/headroomentry.h"
#include "model/workload/headroomseries.h"
#include "model/workload/serverresources.h"
#include "model/workload/workloadresult.h"

#include <QObject>

#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

class DataHall;
class HeadroomView; // headroomview.h
class WorkloadSet;

// A proposed change of one workload's servers: what the drop preview asks about.
struct HeadroomProposal
{
    WorkloadId workload = 0;
    std::vector<PlacementId> adding;
    std::vector<PlacementId> removing;
};

// Headroom for the hall, each row, rack and server, split into training and inference,
// kept up to date as the layout and the workloads change (architecture.md, "Scale it must
// hold"): an edit recomputes only the workloads it touches and the servers they run on,
// then re-adds the racks, rows and the hall above them.
//
// Why re-add rather than keep deltas: a rack adds up its few servers, a row its racks and
// the hall its rows, always in hall order, so the sums are bit-for-bit what a full
// recompute gives (no drift over a long session), and an edit costs the fan-out of one
// rack, one row and the rows of the hall, never the whole hall.
//
// Capacity per server and class (see HeadroomDimension for units): a server that runs only
// the other kind offers nothing (training nodes are dedicated); an idle one offers all it
// has to both; a shared one offers what the other kind leaves. Power is a rack's: the
// budget (power or cooling, the lower) less what everything else in the rack draws, against
// the typical draw of the servers that run the kind (the layout's own totals).
class HeadroomTracker : public QObject
{
    Q_OBJECT

public:
    HeadroomTracker(const DataHall *hall, const WorkloadSet *workloads, QObject *parent = nullptr);
    ~HeadroomTracker() override;

    // Headroom as the documents stand. Use it right away: it reads the tracker's state.
    HeadroomView current() const;
    // Headroom as it would be with the proposal applied, the documents untouched. Costs
    // the proposal's workload, its servers and their racks and rows, plus one pass over
    // the rows of the hall.
    HeadroomView whatIf(const HeadroomProposal &proposal) const;

    // Every entry of this tracker equals that of `other` (a fresh one computes from
    // scratch); otherwise the first difference, for tests.
    bool sameAs(const HeadroomTracker &other, QString *difference = nullptr) const;

    // How many workload estimates ran since construction (tests check incrementality).
    int estimatesRun() const { return m_estimatesRun; }

signals:
    // Headroom changed somewhere; charts re-read what they show.
    void changed();

private:
    friend class HeadroomView;

    struct ServerState
    {
        ServerResources resources;
        ScopeHeadroom headroom; // every dimension; power is filled in by the rack
        double drawWatts[2] {}; // typical draw attributed to training [0] and inference [1]
        double maxDrawWatts[2] {};
        std::vector<std::pair<WorkloadId, double>> workloadWatts;
        friend bool operator==(const ServerState &, const ServerState &) = default;
    };
    struct RackState
    {
        RowId row = 0;
        std::vector<PlacementId> servers; // GPU servers, in the rack's order
        ScopeHeadroom headroom;
        double usableWatts = 0.0;
        double loadWatts = 0.0;
        std::vector<std::pair<WorkloadId, double>> workloadWatts; // order of first appearance
        friend bool operator==(const RackState &, const RackState &) = default;
    };
    // The whole state, or (for a what-if) only what a proposal changes.
    struct Layer
    {
        std::unordered_map<WorkloadId, std::shared_ptr<const WorkloadResult>> results;
        std::unordered_map<WorkloadId, std::vector<PlacementId>> serversOf; // what-if only
        std::unordered_map<PlacementId, std::vector<WorkloadId>> workloadsOn; // what-if only
        std::unordered_map<PlacementId, ServerState> servers;
        std::unordered_map<RackId, RackState> racks;
        std::unordered_map<RowId, ScopeHeadroom> rows;
        ScopeHeadroom hall;
    };
    // Reads the overlay where it has an answer, the state otherwise.
    struct Reader
    {
        const HeadroomTracker *tracker;
        const Layer *overlay; // null: the current state
        const WorkloadResult *result(WorkloadId id) const;
        std::shared_ptr<const WorkloadResult> resultPointer(WorkloadId id) const;
        const std::vector<PlacementId> &serversOf(WorkloadId id) const;
        const std::vector<WorkloadId> &workloadsOn(PlacementId id) const;
        const ServerState *server(PlacementId id) const;
        const RackState *rack(RackId id) const;
        const ScopeHeadroom *row(RowId id) const;
        const ScopeHeadroom &hall() const;
    };
    struct Dirty
    {
        std::set<WorkloadId> workloads;
        std::set<PlacementId> servers;
        std::set<RackId> racks;
        std::set<RowId> rows;
        bool isEmpty() const
        {
            return workloads.empty() && servers.empty() && racks.empty() && rows.empty();
        }
    };

    void connectDocuments();
    void rebuild();
    void flush();
    void markWorkloadsOn(PlacementId server);
    void markServer(PlacementId server);

    std::shared_ptr<const WorkloadResult>
    resultFor(WorkloadId id, const std::vector<PlacementId> &servers, const Reader &reader) const;
    ServerState computeServer(PlacementId id, const Reader &reader) const;
    RackState computeRack(RackId id, const Reader &reader, Layer &target) const;
    ScopeHeadroom computeRow(RowId id, const Reader &reader) const;
    ScopeHeadroom computeHall(const Reader &reader) const;
    // Propagates `dirty` into `target` (the state itself, or a what-if overlay).
    void apply(Dirty dirty, Layer &target, const Reader &reader) const;

    const DataHall *m_hall;
    const WorkloadSet *m_workloads;
    Layer m_state;
    Dirty m_dirty;

    // Recent estimates, so that a drag hovering over the same target, or an undo, re-uses
    // its estimate: keyed by the workload's value and the hardware it was sized on.
    struct MemoEntry
    {
        Workload workload;
        WorkloadHardware hardware;
        std::shared_ptr<const WorkloadResult> result;
    };
    mutable std::deque<MemoEntry> m_memo;
    mutable int m_estimatesRun = 0;
};
