#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What headroom is measured in. Demand and capacity are in SI units, the same for
// training and inference in every dimension but the network (training: scale-out fabric
// for the gradient all-reduce; inference: front-end I/O for requests and answers).
enum class HeadroomDimension {
    Compute, // FLOP/s at the dense BF16 peak: the share of GPU time needed, times the peak
    Memory, // bytes of accelerator memory
    Storage, // bytes of local storage: datasets and checkpoints, model copies
    StorageBandwidth, // bytes/s of checkpoint writes
    Network, // bytes/s
    Power, // watts against the rack budget (power and cooling, whichever is lower)
    Latency, // seconds: time to train against the deadline, TTFT/TPOT against targets
    Count
};

inline constexpr int kHeadroomDimensionCount = int(HeadroomDimension::Count);

struct HeadroomDimensions
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomDimensions)

public:
    // Stable JSON keys: "compute", "memory", "storage", "storage_bandwidth", "network",
    // "power", "latency".
    static QString key(HeadroomDimension dimension);
    static std::optional<HeadroomDimension> fromKey(const QString &key);
    static QString displayName(HeadroomDimension dimension); // translated: "Compute"
    // A demand or capacity for people: "1.98 PFLOP/s", "640 GB", "12.5 GB/s", "41.2 kW", "3.2 h".
    static QString format(HeadroomDimension dimension, double value);
};
