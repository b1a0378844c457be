#pragma once

#include "model/capacity/accelerator.h"
#include "model/layout/layoutids.h"

#include <QString>

class DataHall;

// What one placed server offers the workloads it runs, from its frozen catalog rows and
// its configuration. SI units. Figures the catalog does not carry as numbers (NICs and
// drive speeds are in the servers' words) come from the planning defaults below, each
// with its source.
struct ServerResources
{
    PlacementId id = 0;
    RackId rack = 0;
    QString acceleratorId; // catalog id of its accelerators, empty when it has none
    Accelerator accelerator;
    int gpus = 0;
    double fabricBytesPerSecond = 0.0; // scale-out (east-west) network, all GPUs together
    double frontEndBytesPerSecond = 0.0; // north-south: clients, storage, management
    double storageBytes = 0.0; // local drives as configured
    double storageWriteBytesPerSecond = 0.0;
    double powerTypicalWatts = 0.0; // the layout's figures (LayoutRules::loadOf)
    double powerMaxWatts = 0.0;
    // CPUs, NICs, fans: the server's typical draw less its accelerators' TDP.
    double overheadWatts = 0.0;

    // A server workloads can run on: it carries accelerators the catalog describes.
    bool canRunWorkloads() const { return gpus > 0 && accelerator.memoryBytes > 0.0; }
    double memoryBytes() const { return gpus * accelerator.memoryBytes; }
    // Compute capacity is counted at the dense BF16 peak (FP16, TF32, FP32 where an
    // accelerator lacks BF16), so that FP8 and BF16 workloads share one scale: a job's
    // demand is the share of the GPUs' time it needs, times this.
    double referencePeakFlopsPerSecond() const;
    static double referencePeak(const Accelerator &accelerator);

    // Nothing, for an unknown placement or one that is not a GPU server.
    static ServerResources of(const DataHall &hall, PlacementId placement);

    // Planning defaults for what the catalog gives in words only.
    static double fabricBytesPerSecondPerGpu(const Accelerator &accelerator);
    static double frontEndBytesPerSecondPerServer();
    static double driveWriteBytesPerSecond();

    friend bool operator==(const ServerResources &, const ServerResources &) = default;
};
