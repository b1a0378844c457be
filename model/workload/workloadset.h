#pragma once

#include "model/layout/layoutids.h"
#include "model/workload/workload.h"

#include <QList>
#include <QObject>

#include <unordered_map>
#include <vector>

// One workload running on one server placement.
struct Assignment
{
    WorkloadId workload = 0;
    PlacementId server = 0;

    friend bool operator==(const Assignment &, const Assignment &) = default;
};

// A workload with the servers it runs on: what a remove command keeps while the workload
// is out of the document, and what a project file holds.
struct WorkloadSnapshot
{
    Workload workload;
    std::vector<PlacementId> servers; // ascending

    friend bool operator==(const WorkloadSnapshot &, const WorkloadSnapshot &) = default;
};

// The workloads document: the project's training jobs and inference services, in the
// order the Workloads dock lists them, and the server placements each one runs on.
//
// Like DataHall, reading is open to everyone and the mutating functions are for the undo
// commands in model/project and for loading a file: they do what they are told, the
// commands have checked already. Every change is announced with a typed signal after it
// happened. Assignments name placements by id; the hall owns the placements, and the
// commands that remove a placement take its assignments out first (LayoutEditor), so an
// undo puts both back exactly.
class WorkloadSet : public QObject
{
    Q_OBJECT

public:
    explicit WorkloadSet(QObject *parent = nullptr);
    ~WorkloadSet() override;

    // --- reading ---
    const std::vector<WorkloadId> &workloadIds() const { return m_order; }
    const Workload *workload(WorkloadId id) const;
    int workloadIndex(WorkloadId id) const; // -1 when unknown
    int count() const { return int(m_order.size()); }
    bool isEmpty() const { return m_order.empty(); }

    // The servers a workload runs on, ascending by id.
    const std::vector<PlacementId> &servers(WorkloadId id) const;
    // The workloads running on a server, ascending by id.
    const std::vector<WorkloadId> &workloadsOn(PlacementId server) const;
    bool isAssigned(WorkloadId id, PlacementId server) const;
    // Every assignment, workloads in list order, servers ascending.
    std::vector<Assignment> assignments() const;
    int assignmentCount() const { return m_assignmentCount; }

    WorkloadSnapshot snapshot(WorkloadId id) const;
    std::vector<WorkloadSnapshot> snapshot() const; // every workload, in order

    // A fresh id for a new workload.
    WorkloadId allocateId() { return m_nextId++; }

    // --- changing (undo commands and file loading only) ---
    // index: position in the list (-1 = last); servers: assignments it arrives with.
    void insertWorkload(int index, const Workload &workload,
                        const std::vector<PlacementId> &servers = {});
    WorkloadSnapshot takeWorkload(WorkloadId id);
    void setWorkload(const Workload &workload); // the id says which
    // Servers already (or not) assigned are skipped; nothing is announced without a change.
    void assign(WorkloadId id, const std::vector<PlacementId> &servers);
    void unassign(WorkloadId id, const std::vector<PlacementId> &servers);

    // Replaces everything (opening a file, File ▸ New) and emits workloadsReset().
    void reset(const std::vector<WorkloadSnapshot> &workloads);
    void clear() { reset({}); }

signals:
    void workloadInserted(WorkloadId workload, int index);
    void workloadRemoved(WorkloadId workload, int index);
    void workloadChanged(WorkloadId workload);
    // Servers the workload was assigned to or taken off, ascending. A workload arriving
    // with servers announces them after workloadInserted; one leaving, before
    // workloadRemoved.
    void assignmentsChanged(WorkloadId workload, const QList<PlacementId> &servers);
    void workloadsReset();

private:
    struct Entry
    {
        Workload workload;
        std::vector<PlacementId> servers;
    };
    // The servers that actually change, and the bookkeeping of both directions.
    QList<PlacementId> addServers(Entry &entry, const std::vector<PlacementId> &servers);
    QList<PlacementId> removeServers(Entry &entry, const std::vector<PlacementId> &servers);
    void noteId(WorkloadId id);

    std::vector<WorkloadId> m_order;
    std::unordered_map<WorkloadId, Entry> m_workloads;
    std::unordered_map<PlacementId, std::vector<WorkloadId>> m_byServer;
    int m_assignmentCount = 0;
    WorkloadId m_nextId = 1;
};
