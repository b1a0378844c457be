#pragma once

#include "model/capacity/precision.h"

#include <QString>

#include <array>

// What the capacity engine needs to know about one GPU or other accelerator. Filled from
// the catalog (model/catalog) and handed to the estimators by value; SI units throughout.
struct Accelerator
{
    QString vendor; // "NVIDIA"
    QString model; // "H100 SXM5 80GB"
    QString generation; // "Volta", "Ampere", "Hopper", "Blackwell", "CDNA3": MFU defaults differ
    double memoryBytes = 0.0;
    double memoryBandwidthBytesPerSecond = 0.0;
    // Dense (no 2:4 sparsity) peak per precision; 0 where the accelerator has no such mode.
    std::array<double, kPrecisionCount> densePeakFlopsPerSecond {};
    double tdpWatts = 0.0;
    // Scale-up fabric (NVLink, xGMI) per accelerator, both directions summed, and how many
    // accelerators one such domain joins (8 on an HGX board, 72 in an NVL72 rack).
    double scaleUpBandwidthBytesPerSecond = 0.0;
    int scaleUpDomainSize = 1;

    double densePeak(Precision precision) const
    {
        const int index = static_cast<int>(precision);
        return index >= 0 && index < kPrecisionCount ? densePeakFlopsPerSecond[index] : 0.0;
    }
    QString displayName() const
    {
        return vendor.isEmpty() ? model : vendor + QLatin1Char(' ') + model;
    }

    friend bool operator==(const Accelerator &, const Accelerator &) = default;
};
