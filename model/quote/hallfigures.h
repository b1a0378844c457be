#pragma once

// What a quote revision remembers about the hall it priced, so two revisions can be
// compared by what the hardware is as well as by what it costs. Workload headroom joins
// these once workloads are part of the project.
struct HallFigures
{
    int rackCount = 0;
    int serverCount = 0;
    int acceleratorCount = 0;
    double powerTypicalWatts = 0.0;
    double powerMaxWatts = 0.0;

    friend bool operator==(const HallFigures &, const HallFigures &) = default;
};
