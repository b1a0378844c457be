#pragma once

#include "model/workload/headroomentry.h"

#include <QJsonObject>

class DataHall;
class Project;

// The project as JSON for `headroom project info --json`: every rack with its type,
// space, power, weight, cooling, placements and broken limits, and the hall's totals;
// with a project also its workloads, their assignments and the headroom left for
// training and for inference. A public interface that users script against: keys are
// stable and never translated (messages are, as the user reads them).
class ProjectSummary
{
public:
    static QJsonObject toJson(const DataHall &hall);
    // The hall's keys plus "workloads", "assignments" and "headroom" (and a "headroom"
    // object in every rack and row).
    static QJsonObject toJson(const Project &project);

    // {"training": {...}, "inference": {...}}, each with "compute", "memory", "storage",
    // "storage_bandwidth", "network", "power" and "latency" entries.
    static QJsonObject headroomJson(const ScopeHeadroom &headroom);
    // {"demand", "capacity", "headroom_fraction"} in SI units (FLOP/s, B, B/s, W, s);
    // headroom_fraction is null where nothing is demanded nor offered, or where something
    // is demanded of nothing; demand is null when no number of GPUs could meet it.
    static QJsonObject entryJson(const HeadroomEntry &entry);
};
