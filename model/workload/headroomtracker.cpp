#include "model/workload/headroomtracker.h"

#include "model/layout/datahall.h"
#include "model/workload/headroomview.h"
#include "model/workload/workloadset.h"

#include <algorithm>

namespace {
const std::vector<PlacementId> kNoServers;
const std::vector<WorkloadId> kNoWorkloads;
constexpr size_t kMemoSize = 64;

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

void addWatts(std::vector<std::pair<WorkloadId, double>> &list, WorkloadId id, double watts)
{
    for (auto &entry : list) {
        if (entry.first == id) {
            entry.second += watts;
            return;
        }
    }
    list.emplace_back(id, watts);
}
} // namespace

// --- reading through an overlay ---

const WorkloadResult *HeadroomTracker::Reader::result(WorkloadId id) const
{
    if (overlay) {
        const auto it = overlay->results.find(id);
        if (it != overlay->results.end())
            return it->second.get();
    }
    const auto it = tracker->m_state.results.find(id);
    return it == tracker->m_state.results.end() ? nullptr : it->second.get();
}

std::shared_ptr<const WorkloadResult> HeadroomTracker::Reader::resultPointer(WorkloadId id) const
{
    if (overlay) {
        const auto it = overlay->results.find(id);
        if (it != overlay->results.end())
            return it->second;
    }
    const auto it = tracker->m_state.results.find(id);
    return it == tracker->m_state.results.end() ? nullptr : it->second;
}

const std::vector<PlacementId> &HeadroomTracker::Reader::serversOf(WorkloadId id) const
{
    if (overlay) {
        const auto it = overlay->serversOf.find(id);
        if (it != overlay->serversOf.end())
            return it->second;
    }
    return tracker->m_workloads->servers(id);
}

const std::vector<WorkloadId> &HeadroomTracker::Reader::workloadsOn(PlacementId id) const
{
    if (overlay) {
        const auto it = overlay->workloadsOn.find(id);
        if (it != overlay->workloadsOn.end())
            return it->second;
    }
    return tracker->m_workloads->workloadsOn(id);
}

const HeadroomTracker::ServerState *HeadroomTracker::Reader::server(PlacementId id) const
{
    if (overlay) {
        const auto it = overlay->servers.find(id);
        if (it != overlay->servers.end())
            return &it->second;
    }
    const auto it = tracker->m_state.servers.find(id);
    return it == tracker->m_state.servers.end() ? nullptr : &it->second;
}

const HeadroomTracker::RackState *HeadroomTracker::Reader::rack(RackId id) const
{
    if (overlay) {
        const auto it = overlay->racks.find(id);
        if (it != overlay->racks.end())
            return &it->second;
    }
    const auto it = tracker->m_state.racks.find(id);
    return it == tracker->m_state.racks.end() ? nullptr : &it->second;
}

const ScopeHeadroom *HeadroomTracker::Reader::row(RowId id) const
{
    if (overlay) {
        const auto it = overlay->rows.find(id);
        if (it != overlay->rows.end())
            return &it->second;
    }
    const auto it = tracker->m_state.rows.find(id);
    return it == tracker->m_state.rows.end() ? nullptr : &it->second;
}

const ScopeHeadroom &HeadroomTracker::Reader::hall() const
{
    return overlay ? overlay->hall : tracker->m_state.hall;
}

// --- following the documents ---

HeadroomTracker::HeadroomTracker(const DataHall *hall, const WorkloadSet *workloads,
                                 QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_workloads(workloads)
{
    connectDocuments();
    rebuild();
}

HeadroomTracker::~HeadroomTracker() = default;

void HeadroomTracker::connectDocuments()
{
    const WorkloadSet *w = m_workloads;
    connect(w, &WorkloadSet::workloadsReset, this, [this] {
        rebuild();
        emit changed();
    });
    connect(w, &WorkloadSet::workloadInserted, this, [this](WorkloadId id) {
        m_dirty.workloads.insert(id);
        flush();
    });
    connect(w, &WorkloadSet::workloadRemoved, this, [this](WorkloadId id) {
        m_dirty.workloads.insert(id);
        flush();
    });
    connect(w, &WorkloadSet::workloadChanged, this, [this](WorkloadId id) {
        m_dirty.workloads.insert(id);
        flush();
    });
    connect(w, &WorkloadSet::assignmentsChanged, this,
            [this](WorkloadId id, const QList<PlacementId> &servers) {
                m_dirty.workloads.insert(id);
                m_dirty.servers.insert(servers.begin(), servers.end());
                flush();
            });

    const DataHall *h = m_hall;
    connect(h, &DataHall::hallReset, this, [this] {
        rebuild();
        emit changed();
    });
    connect(h, &DataHall::rowInserted, this, [this](RowId row) {
        m_dirty.rows.insert(row);
        flush();
    });
    connect(h, &DataHall::rowRemoved, this, [this](RowId row) {
        m_dirty.rows.insert(row);
        flush();
    });
    connect(h, &DataHall::rowMoved, this, [this] { flush(); });
    connect(h, &DataHall::rackInserted, this, [this](RackId rack, RowId row) {
        // A rack arrives with its placements, which announce nothing of their own.
        for (PlacementId p : m_hall->placementIds(rack))
            markServer(p);
        m_dirty.racks.insert(rack);
        m_dirty.rows.insert(row);
        flush();
    });
    connect(h, &DataHall::rackRemoved, this, [this](RackId rack, RowId row) {
        if (const auto it = m_state.racks.find(rack); it != m_state.racks.end()) {
            for (PlacementId p : it->second.servers)
                markServer(p);
        }
        m_dirty.racks.insert(rack);
        m_dirty.rows.insert(row);
        flush();
    });
    connect(h, &DataHall::rackMoved, this, [this](RackId rack, RowId fromRow, int, RowId toRow) {
        m_dirty.racks.insert(rack);
        m_dirty.rows.insert(fromRow);
        m_dirty.rows.insert(toRow);
        flush();
    });
    connect(h, &DataHall::totalsChanged, this, [this](RackId rack) {
        m_dirty.racks.insert(rack);
        flush();
    });
    connect(h, &DataHall::placementInserted, this, [this](PlacementId p, RackId rack) {
        markServer(p);
        m_dirty.racks.insert(rack);
        flush();
    });
    connect(h, &DataHall::placementRemoved, this, [this](PlacementId p, RackId rack) {
        markServer(p);
        m_dirty.racks.insert(rack);
        flush();
    });
    connect(h, &DataHall::placementMoved, this,
            [this](PlacementId p, RackId fromRack, int, RackId toRack) {
                m_dirty.servers.insert(p);
                m_dirty.racks.insert(fromRack);
                m_dirty.racks.insert(toRack);
                flush();
            });
    connect(h, &DataHall::placementChanged, this, [this](PlacementId p) {
        markServer(p);
        flush();
    });
}

void HeadroomTracker::markWorkloadsOn(PlacementId server)
{
    for (WorkloadId id : m_workloads->workloadsOn(server))
        m_dirty.workloads.insert(id);
}

void HeadroomTracker::markServer(PlacementId server)
{
    // What a server offers changes the estimates of the workloads on it.
    m_dirty.servers.insert(server);
    markWorkloadsOn(server);
}

void HeadroomTracker::rebuild()
{
    m_state = Layer {};
    m_dirty = Dirty {};
    Dirty all;
    for (WorkloadId id : m_workloads->workloadIds())
        all.workloads.insert(id);
    for (RowId row : m_hall->rowIds()) {
        all.rows.insert(row);
        for (RackId rack : m_hall->rackIds(row)) {
            all.racks.insert(rack);
            for (PlacementId p : m_hall->placementIds(rack))
                all.servers.insert(p);
        }
    }
    apply(std::move(all), m_state, Reader {this, nullptr});
}

void HeadroomTracker::flush()
{
    Dirty dirty = std::move(m_dirty);
    m_dirty = Dirty {};
    apply(std::move(dirty), m_state, Reader {this, nullptr});
    emit changed();
}

// --- computing ---

std::shared_ptr<const WorkloadResult>
HeadroomTracker::resultFor(WorkloadId id, const std::vector<PlacementId> &servers,
                           const Reader &) const
{
    const Workload *workload = m_workloads->workload(id);
    if (!workload)
        return nullptr;
    // Fresh from the hall: a server's state may still describe it before this edit.
    std::vector<ServerResources> resources;
    resources.reserve(servers.size());
    for (PlacementId p : servers)
        resources.push_back(ServerResources::of(*m_hall, p));
    std::vector<const ServerResources *> pointers;
    pointers.reserve(resources.size());
    for (const ServerResources &r : resources)
        pointers.push_back(&r);
    const WorkloadHardware hardware = WorkloadHardware::of(pointers);
    for (const MemoEntry &m : m_memo) {
        if (m.hardware == hardware && m.workload == *workload)
            return m.result;
    }
    auto result =
        std::make_shared<const WorkloadResult>(WorkloadResult::compute(*workload, pointers));
    if (!hardware.isEmpty()) {
        ++m_estimatesRun;
        m_memo.push_front({*workload, hardware, result});
        if (m_memo.size() > kMemoSize)
            m_memo.pop_back();
    }
    return result;
}

HeadroomTracker::ServerState HeadroomTracker::computeServer(PlacementId id,
                                                            const Reader &reader) const
{
    ServerState s;
    s.resources = ServerResources::of(*m_hall, id);
    if (!s.resources.canRunWorkloads())
        return s;
    const ServerResources &res = s.resources;

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
    for (WorkloadId w : reader.workloadsOn(id)) {
        const WorkloadResult *r = reader.result(w);
        if (!r)
            continue;
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
        shares.push_back({w, c, weight});
    }

    double capacity[kHeadroomDimensionCount] {};
    capacity[int(HeadroomDimension::Compute)] = res.referencePeakFlopsPerSecond();
    capacity[int(HeadroomDimension::Memory)] = res.memoryBytes();
    capacity[int(HeadroomDimension::Storage)] = res.storageBytes;
    capacity[int(HeadroomDimension::StorageBandwidth)] = res.storageWriteBytesPerSecond;
    for (int c = 0; c < 2; ++c) {
        const int o = 1 - c;
        const bool dedicatedToOther = runs[o] && !runs[c];
        ClassHeadroom &entries = s.headroom.of(kindOf(c));
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
            s.drawWatts[c] = res.powerTypicalWatts * share[c];
            s.maxDrawWatts[c] = res.powerMaxWatts * share[c];
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
                addWatts(s.workloadWatts, sh.id, s.drawWatts[c] * part);
            }
        }
    }
    return s;
}

HeadroomTracker::RackState HeadroomTracker::computeRack(RackId id, const Reader &reader,
                                                        Layer &target) const
{
    RackState rack;
    rack.row = m_hall->rowOf(id);
    const LayoutTotals &totals = m_hall->rackTotals(id);
    const double budget = totals.powerBudgetWatts();
    const double cooling = totals.coolingCeilingWatts();
    // Whichever of power and cooling gives out first.
    rack.usableWatts =
        budget > 0.0 && cooling > 0.0 ? std::min(budget, cooling) : std::max(budget, cooling);
    rack.loadWatts = totals.powerTypicalWatts();

    double draw[2] = {0.0, 0.0};
    double maxDraw[2] = {0.0, 0.0};
    for (PlacementId p : m_hall->placementIds(id)) {
        const ServerState *s = reader.server(p);
        if (!s)
            continue;
        rack.servers.push_back(p);
        rack.headroom += s->headroom;
        for (int c = 0; c < 2; ++c) {
            draw[c] += s->drawWatts[c];
            maxDraw[c] += s->maxDrawWatts[c];
        }
        for (const auto &[workload, watts] : s->workloadWatts)
            addWatts(rack.workloadWatts, workload, watts);
    }
    const double other = rack.loadWatts - draw[0] - draw[1];
    const double left = std::max(0.0, rack.usableWatts - rack.loadWatts);
    for (int c = 0; c < 2; ++c) {
        HeadroomEntry &power = rack.headroom.of(kindOf(c))[int(HeadroomDimension::Power)];
        power = {draw[c], draw[c], maxDraw[c],
                 std::max(0.0, rack.usableWatts - other - draw[1 - c]), 0u};
    }

    // Each server's power: its own draw against that draw plus what the rack has left.
    for (PlacementId p : rack.servers) {
        const ServerState *s = reader.server(p);
        HeadroomEntry entries[2];
        for (int c = 0; c < 2; ++c) {
            const bool dedicatedToOther = s->drawWatts[1 - c] > 0.0 && s->drawWatts[c] == 0.0;
            entries[c] = {s->drawWatts[c], s->drawWatts[c], s->maxDrawWatts[c],
                          dedicatedToOther ? 0.0 : s->drawWatts[c] + left, 0u};
        }
        const int power = int(HeadroomDimension::Power);
        if (s->headroom.training[power] == entries[0] && s->headroom.inference[power] == entries[1])
            continue;
        auto it = target.servers.find(p);
        if (it == target.servers.end())
            it = target.servers.emplace(p, *s).first;
        it->second.headroom.training[power] = entries[0];
        it->second.headroom.inference[power] = entries[1];
    }
    return rack;
}

ScopeHeadroom HeadroomTracker::computeRow(RowId id, const Reader &reader) const
{
    ScopeHeadroom sum;
    for (RackId rack : m_hall->rackIds(id)) {
        if (const RackState *r = reader.rack(rack))
            sum += r->headroom;
    }
    return sum;
}

ScopeHeadroom HeadroomTracker::computeHall(const Reader &reader) const
{
    ScopeHeadroom sum;
    for (RowId row : m_hall->rowIds()) {
        if (const ScopeHeadroom *r = reader.row(row))
            sum += *r;
    }
    return sum;
}

void HeadroomTracker::apply(Dirty d, Layer &target, const Reader &reader) const
{
    const bool preview = reader.overlay != nullptr;
    for (WorkloadId id : d.workloads) {
        if (!m_workloads->workload(id)) {
            target.results.erase(id);
            continue;
        }
        const std::vector<PlacementId> &servers = reader.serversOf(id);
        target.results[id] = resultFor(id, servers, reader);
        d.servers.insert(servers.begin(), servers.end());
    }
    for (PlacementId p : d.servers) {
        if (const ServerState *old = reader.server(p))
            d.racks.insert(old->resources.rack);
        ServerState s = computeServer(p, reader);
        if (s.resources.canRunWorkloads()) {
            d.racks.insert(s.resources.rack);
            target.servers[p] = std::move(s);
        } else if (!preview) {
            target.servers.erase(p);
        }
    }
    for (RackId r : d.racks) {
        if (const RackState *old = reader.rack(r))
            d.rows.insert(old->row);
        if (!m_hall->rack(r)) {
            if (!preview)
                target.racks.erase(r);
            continue;
        }
        RackState state = computeRack(r, reader, target);
        d.rows.insert(state.row);
        target.racks[r] = std::move(state);
    }
    for (RowId row : d.rows) {
        if (!m_hall->row(row)) {
            if (!preview)
                target.rows.erase(row);
            continue;
        }
        target.rows[row] = computeRow(row, reader);
    }
    target.hall = computeHall(reader);
}

// --- asking ---

HeadroomView HeadroomTracker::current() const
{
    return HeadroomView(this, nullptr);
}

HeadroomView HeadroomTracker::whatIf(const HeadroomProposal &proposal) const
{
    auto overlay = std::make_shared<Layer>();
    if (!m_workloads->workload(proposal.workload))
        return HeadroomView(this, nullptr);
    // The workload's servers and the servers' workloads as they would be.
    std::vector<PlacementId> servers;
    for (PlacementId p : m_workloads->servers(proposal.workload)) {
        if (std::find(proposal.removing.begin(), proposal.removing.end(), p)
            == proposal.removing.end())
            servers.push_back(p);
    }
    for (PlacementId p : proposal.adding) {
        if (std::find(servers.begin(), servers.end(), p) == servers.end())
            servers.push_back(p);
    }
    std::sort(servers.begin(), servers.end());
    overlay->serversOf[proposal.workload] = servers;
    Dirty dirty;
    dirty.workloads.insert(proposal.workload);
    for (PlacementId p : proposal.removing) {
        std::vector<WorkloadId> on = m_workloads->workloadsOn(p);
        std::erase(on, proposal.workload);
        overlay->workloadsOn[p] = std::move(on);
        dirty.servers.insert(p);
    }
    for (PlacementId p : proposal.adding) {
        std::vector<WorkloadId> on = m_workloads->workloadsOn(p);
        if (std::find(on.begin(), on.end(), proposal.workload) == on.end()) {
            on.insert(std::lower_bound(on.begin(), on.end(), proposal.workload), proposal.workload);
        }
        overlay->workloadsOn[p] = std::move(on);
        dirty.servers.insert(p);
    }
    apply(std::move(dirty), *overlay, Reader {this, overlay.get()});
    return HeadroomView(this, std::move(overlay));
}

bool HeadroomTracker::sameAs(const HeadroomTracker &other, QString *difference) const
{
    auto differ = [difference](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    const Layer &a = m_state;
    const Layer &b = other.m_state;
    if (a.servers.size() != b.servers.size())
        return differ(
            QStringLiteral("server count %1 vs %2").arg(a.servers.size()).arg(b.servers.size()));
    for (const auto &[id, s] : a.servers) {
        const auto it = b.servers.find(id);
        if (it == b.servers.end() || !(it->second == s))
            return differ(QStringLiteral("server %1").arg(id));
    }
    if (a.racks.size() != b.racks.size())
        return differ(QStringLiteral("rack count"));
    for (const auto &[id, r] : a.racks) {
        const auto it = b.racks.find(id);
        if (it == b.racks.end() || !(it->second == r))
            return differ(QStringLiteral("rack %1").arg(id));
    }
    if (a.rows != b.rows)
        return differ(QStringLiteral("rows"));
    if (!(a.hall == b.hall))
        return differ(QStringLiteral("hall"));
    if (a.results.size() != b.results.size())
        return differ(QStringLiteral("workload count"));
    for (const auto &[id, r] : a.results) {
        const auto it = b.results.find(id);
        if (it == b.results.end() || !it->second || !r || it->second->hardware != r->hardware
            || it->second->latency != r->latency || it->second->computeShare != r->computeShare)
            return differ(QStringLiteral("workload %1").arg(id));
    }
    return true;
}
