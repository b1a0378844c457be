#include "model/workload/headroomdimension.h"

#include "model/core/unitformat.h"

#include <array>

namespace {
constexpr std::array<const char *, kHeadroomDimensionCount> kKeys = {
    "compute", "memory", "storage", "storage_bandwidth", "network", "power", "latency"};
}

QString HeadroomDimensions::key(HeadroomDimension dimension)
{
    const int index = int(dimension);
    return index >= 0 && index < kHeadroomDimensionCount ? QString::fromLatin1(kKeys[index])
                                                         : QString();
}

std::optional<HeadroomDimension> HeadroomDimensions::fromKey(const QString &key)
{
    for (int i = 0; i < kHeadroomDimensionCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return HeadroomDimension(i);
    }
    return std::nullopt;
}

QString HeadroomDimensions::displayName(HeadroomDimension dimension)
{
    switch (dimension) {
    case HeadroomDimension::Compute:
        return tr("Compute");
    case HeadroomDimension::Memory:
        return tr("Accelerator memory");
    case HeadroomDimension::Storage:
        return tr("Storage capacity");
    case HeadroomDimension::StorageBandwidth:
        return tr("Checkpoint writes");
    case HeadroomDimension::Network:
        return tr("Network");
    case HeadroomDimension::Power:
        return tr("Power and cooling");
    case HeadroomDimension::Latency:
        return tr("Latency");
    case HeadroomDimension::Count:
        break;
    }
    return {};
}

QString HeadroomDimensions::format(HeadroomDimension dimension, double value)
{
    const UnitFormat f;
    switch (dimension) {
    case HeadroomDimension::Compute:
        return f.flops(value);
    case HeadroomDimension::Memory:
    case HeadroomDimension::Storage:
        return f.bytes(value);
    case HeadroomDimension::StorageBandwidth:
    case HeadroomDimension::Network:
        return f.bandwidth(value);
    case HeadroomDimension::Power:
        return f.power(value);
    case HeadroomDimension::Latency:
        return f.duration(value);
    case HeadroomDimension::Count:
        break;
    }
    return f.number(value);
}
