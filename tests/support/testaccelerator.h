#pragma once

#include "model/capacity/accelerator.h"

namespace HeadroomTest {

// A made-up accelerator with round numbers (80 GB, 3 TB/s, 1 PFLOP/s BF16 and FP16, 2
// PFLOP/s FP8, no FP4, 700 W, 900 GB/s NVLink, Hopper) so that expected values can be
// worked out by hand.
inline Accelerator roundNumberAccelerator(int scaleUpDomainSize = 8)
{
    Accelerator a;
    a.vendor = QStringLiteral("Test");
    a.model = QStringLiteral("T1 80GB");
    a.generation = QStringLiteral("Hopper");
    a.memoryBytes = 80e9;
    a.memoryBandwidthBytesPerSecond = 3e12;
    a.densePeakFlopsPerSecond[int(Precision::Bf16)] = 1e15;
    a.densePeakFlopsPerSecond[int(Precision::Fp16)] = 1e15;
    a.densePeakFlopsPerSecond[int(Precision::Fp8)] = 2e15;
    a.tdpWatts = 700.0;
    a.scaleUpBandwidthBytesPerSecond = 900e9;
    a.scaleUpDomainSize = scaleUpDomainSize;
    return a;
}

} // namespace HeadroomTest
