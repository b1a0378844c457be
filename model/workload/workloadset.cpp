#include "model/workload/workloadset.h"

#include <algorithm>

namespace {
const std::vector<PlacementId> kNoServers;
const std::vector<WorkloadId> kNoWorkloads;

template<typename Id> bool insertSorted(std::vector<Id> &ids, Id id)
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it != ids.end() && *it == id)
        return false;
    ids.insert(it, id);
    return true;
}

template<typename Id> bool eraseSorted(std::vector<Id> &ids, Id id)
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        return false;
    ids.erase(it);
    return true;
}
} // namespace

WorkloadSet::WorkloadSet(QObject *parent)
    : QObject(parent)
{ }

WorkloadSet::~WorkloadSet() = default;

const Workload *WorkloadSet::workload(WorkloadId id) const
{
    const auto it = m_workloads.find(id);
    return it == m_workloads.end() ? nullptr : &it->second.workload;
}

int WorkloadSet::workloadIndex(WorkloadId id) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), id);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

const std::vector<PlacementId> &WorkloadSet::servers(WorkloadId id) const
{
    const auto it = m_workloads.find(id);
    return it == m_workloads.end() ? kNoServers : it->second.servers;
}

const std::vector<WorkloadId> &WorkloadSet::workloadsOn(PlacementId server) const
{
    const auto it = m_byServer.find(server);
    return it == m_byServer.end() ? kNoWorkloads : it->second;
}

bool WorkloadSet::isAssigned(WorkloadId id, PlacementId server) const
{
    const std::vector<PlacementId> &list = servers(id);
    return std::binary_search(list.begin(), list.end(), server);
}

std::vector<Assignment> WorkloadSet::assignments() const
{
    std::vector<Assignment> result;
    result.reserve(m_assignmentCount);
    for (WorkloadId id : m_order) {
        for (PlacementId server : m_workloads.at(id).servers)
            result.push_back({id, server});
    }
    return result;
}

WorkloadSnapshot WorkloadSet::snapshot(WorkloadId id) const
{
    const auto it = m_workloads.find(id);
    if (it == m_workloads.end())
        return {};
    return {it->second.workload, it->second.servers};
}

std::vector<WorkloadSnapshot> WorkloadSet::snapshot() const
{
    std::vector<WorkloadSnapshot> result;
    result.reserve(m_order.size());
    for (WorkloadId id : m_order)
        result.push_back(snapshot(id));
    return result;
}

void WorkloadSet::noteId(WorkloadId id)
{
    m_nextId = std::max(m_nextId, id + 1);
}

QList<PlacementId> WorkloadSet::addServers(Entry &entry, const std::vector<PlacementId> &servers)
{
    QList<PlacementId> changed;
    for (PlacementId server : servers) {
        if (server == 0 || !insertSorted(entry.servers, server))
            continue;
        insertSorted(m_byServer[server], entry.workload.id);
        ++m_assignmentCount;
        changed.append(server);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

QList<PlacementId> WorkloadSet::removeServers(Entry &entry, const std::vector<PlacementId> &servers)
{
    QList<PlacementId> changed;
    for (PlacementId server : servers) {
        if (!eraseSorted(entry.servers, server))
            continue;
        auto it = m_byServer.find(server);
        if (it != m_byServer.end()) {
            eraseSorted(it->second, entry.workload.id);
            if (it->second.empty())
                m_byServer.erase(it);
        }
        --m_assignmentCount;
        changed.append(server);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

void WorkloadSet::insertWorkload(int index, const Workload &workload,
                                 const std::vector<PlacementId> &servers)
{
    if (workload.id == 0 || m_workloads.count(workload.id))
        return;
    if (index < 0 || index > int(m_order.size()))
        index = int(m_order.size());
    noteId(workload.id);
    Entry &entry = m_workloads[workload.id];
    entry.workload = workload;
    m_order.insert(m_order.begin() + index, workload.id);
    emit workloadInserted(workload.id, index);
    const QList<PlacementId> added = addServers(entry, servers);
    if (!added.isEmpty())
        emit assignmentsChanged(workload.id, added);
}

WorkloadSnapshot WorkloadSet::takeWorkload(WorkloadId id)
{
    const auto it = m_workloads.find(id);
    if (it == m_workloads.end())
        return {};
    WorkloadSnapshot snapshot {it->second.workload, it->second.servers};
    const QList<PlacementId> removed = removeServers(it->second, snapshot.servers);
    if (!removed.isEmpty())
        emit assignmentsChanged(id, removed);
    const int index = workloadIndex(id);
    m_order.erase(m_order.begin() + index);
    m_workloads.erase(id);
    emit workloadRemoved(id, index);
    return snapshot;
}

void WorkloadSet::setWorkload(const Workload &workload)
{
    const auto it = m_workloads.find(workload.id);
    if (it == m_workloads.end() || it->second.workload == workload)
        return;
    it->second.workload = workload;
    emit workloadChanged(workload.id);
}

void WorkloadSet::assign(WorkloadId id, const std::vector<PlacementId> &servers)
{
    const auto it = m_workloads.find(id);
    if (it == m_workloads.end())
        return;
    const QList<PlacementId> added = addServers(it->second, servers);
    if (!added.isEmpty())
        emit assignmentsChanged(id, added);
}

void WorkloadSet::unassign(WorkloadId id, const std::vector<PlacementId> &servers)
{
    const auto it = m_workloads.find(id);
    if (it == m_workloads.end())
        return;
    const QList<PlacementId> removed = removeServers(it->second, servers);
    if (!removed.isEmpty())
        emit assignmentsChanged(id, removed);
}

void WorkloadSet::reset(const std::vector<WorkloadSnapshot> &workloads)
{
    m_order.clear();
    m_workloads.clear();
    m_byServer.clear();
    m_assignmentCount = 0;
    m_nextId = 1;
    for (const WorkloadSnapshot &s : workloads) {
        if (s.workload.id == 0 || m_workloads.count(s.workload.id))
            continue;
        noteId(s.workload.id);
        Entry &entry = m_workloads[s.workload.id];
        entry.workload = s.workload;
        m_order.push_back(s.workload.id);
        addServers(entry, s.servers);
    }
    emit workloadsReset();
}
