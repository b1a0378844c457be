#pragma once

#include "model/catalog/catalogitem.h"

namespace HeadroomTest {

// Two catalog items with figures from the seed's sources, for tests that need an item of
// each shape without opening a catalog: an accelerator with a price, a server with options.
inline CatalogItem sampleAccelerator()
{
    CatalogItem item;
    item.id = QStringLiteral("nvidia-h100-sxm5-80gb");
    item.kind = ItemKind::Accelerator;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = QStringLiteral("H100 SXM5 80GB");
    item.accelerator.memoryBytes = 80e9;
    item.accelerator.memoryBandwidthBytesPerSecond = 3.35e12;
    item.accelerator.densePeakFlopsPerSecond[static_cast<int>(Precision::Bf16)] = 989.4e12;
    item.accelerator.tdpWatts = 700;
    item.accelerator.scaleUpDomainSize = 8;
    item.price = Money {2750000, QStringLiteral("USD")};
    item.source = QStringLiteral("datasheet");
    item.confidence = Confidence::High;
    return item;
}

inline CatalogItem sampleServer()
{
    CatalogItem item;
    item.id = QStringLiteral("nvidia-dgx-h100");
    item.kind = ItemKind::GpuServer;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = QStringLiteral("DGX H100");
    item.rackUnits = 8;
    item.powerTypicalWatts = 7500;
    item.powerMaxWatts = 10200;
    item.weightKg = 130.45;
    item.depthMm = 896.62;
    item.acceleratorCount = 8;
    item.acceleratorOptions = {QStringLiteral("nvidia-h100-sxm5-80gb")};
    item.source = QStringLiteral("user guide");
    return item;
}

} // namespace HeadroomTest
