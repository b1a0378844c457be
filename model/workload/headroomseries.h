#pragma once

#include "model/capacity/figure.h"
#include "model/workload/workload.h"

#include <QString>
#include <QStringList>

#include <vector>

// The data behind the Headroom dock's charts, as plain values the chart classes plot. All
// SI units; nothing here depends on QCustomPlot.

// Chart 2: an inference service's latency as its request rate grows, on its GPUs.
struct LatencySeries
{
    WorkloadId workload = 0;
    QString name;
    // One point per load level (concurrency doubling up to what fits), ascending.
    std::vector<double> requestsPerSecond;
    std::vector<double> ttftSeconds;
    std::vector<double> tpotSeconds;
    double ttftTargetSeconds = 0.0; // 0: no target
    double tpotTargetSeconds = 0.0;
    // The operating point: its request rate and the latency there, with ranges.
    double operatingRequestsPerSecond = 0.0;
    Figure operatingTtftSeconds;
    Figure operatingTpotSeconds;
    QStringList assumptions; // behind the operating point's figures
};

// Chart 3: a training job's time to train against the GPUs it is given.
struct TrainingTimeSeries
{
    WorkloadId workload = 0;
    QString name;
    std::vector<double> gpus; // ascending powers of two from the fewest that fit
    std::vector<double> wallSeconds;
    double deadlineSeconds = 0.0;
    int assignedGpus = 0;
    Figure assignedWallSeconds; // at the assigned count, with its range
    QStringList assumptions;
};

// Chart 4: power per rack, stacked by workload, against each rack's budget. At hall scale
// with more racks than bars allowed, each bar is a row (or a run of rows).
struct PowerSeries
{
    struct Stack
    {
        WorkloadId workload = 0; // 0: the smaller workloads taken together
        QString name;
        WorkloadKind kind = WorkloadKind::Training;
        std::vector<double> watts; // one per bar
    };

    QStringList bars; // rack names (or row names when aggregated)
    bool aggregated = false;
    std::vector<double> budgetWatts; // usable: power budget or cooling ceiling, the lower
    std::vector<double> otherWatts; // idle servers, switches, storage: no workload's load
    std::vector<Stack> stacks; // largest first
};
