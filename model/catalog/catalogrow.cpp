#include "model/catalog/catalogrow.h"

#include "model/catalog/catalogsearchtext.h"

CatalogRow CatalogRow::from(const CatalogItem &item)
{
    CatalogRow row;
    row.id = item.id;
    row.kind = item.kind;
    row.vendor = item.vendor;
    row.model = item.model;
    row.confidence = item.confidence;
    row.rackUnits = item.rackUnits;
    row.powerWatts = item.powerMaxWatts > 0.0 ? item.powerMaxWatts
        : item.powerTypicalWatts > 0.0        ? item.powerTypicalWatts
                                              : item.accelerator.tdpWatts;
    row.weightKg = item.weightKg;
    row.acceleratorCount = item.acceleratorCount;
    row.memoryBytes =
        item.kind == ItemKind::Accelerator ? item.accelerator.memoryBytes : item.capacityBytes;
    row.bandwidthBytesPerSecond = item.kind == ItemKind::Accelerator
        ? item.accelerator.memoryBandwidthBytesPerSecond
        : item.readBandwidthBytesPerSecond;
    row.portCount = item.portCount;
    row.portSpeedBitsPerSecond = item.portSpeedBitsPerSecond;
    row.bf16FlopsPerSecond = item.accelerator.densePeak(Precision::Bf16);
    row.price = item.price;
    row.acceleratorOptions = item.acceleratorOptions;
    row.searchText = CatalogSearchText::of(item).toUtf8();
    return row;
}
