#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/rackcooling.h"
#include "model/layout/rackpower.h"

// Small, hand-made catalog rows for layout tests. Figures are round on purpose so that
// expected totals can be worked out by hand in each test.
namespace LayoutFixtures {

inline CatalogItem rackType(int units = 42, double depthMm = 1200.0, double maxLoadKg = 1000.0)
{
    CatalogItem item;
    item.id = QStringLiteral("test-rack-%1u").arg(units);
    item.kind = ItemKind::Rack;
    item.vendor = QStringLiteral("Test");
    item.model = QStringLiteral("Rack %1U").arg(units);
    item.rackUnits = units;
    item.depthMm = depthMm;
    item.maxLoadKg = maxLoadKg;
    return item;
}

inline CatalogItem accelerator(const QString &id, double tdpWatts)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::Accelerator;
    item.model = id;
    item.accelerator.tdpWatts = tdpWatts;
    return item;
}

// A 4U server drawing 4 kW typical, 5 kW maximum, weighing 50 kg, with 8 accelerators.
inline CatalogItem server(const QString &id = QStringLiteral("test-server"), int units = 4,
                          double typicalWatts = 4000.0, double maxWatts = 5000.0,
                          double weightKg = 50.0, double depthMm = 900.0)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::GpuServer;
    item.vendor = QStringLiteral("Test");
    item.model = id;
    item.rackUnits = units;
    item.depthMm = depthMm;
    item.powerTypicalWatts = typicalWatts;
    item.powerMaxWatts = maxWatts;
    item.weightKg = weightKg;
    item.acceleratorCount = 8;
    item.acceleratorOptions = {QStringLiteral("gpu-a"), QStringLiteral("gpu-b")};
    item.driveBays = 8;
    item.cooling = QStringLiteral("air");
    return item;
}

inline CatalogItem switchItem(const QString &id = QStringLiteral("test-switch"),
                              double depthMm = 400.0)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::Switch;
    item.vendor = QStringLiteral("Test");
    item.model = id;
    item.rackUnits = 1;
    item.depthMm = depthMm;
    item.powerTypicalWatts = 500.0;
    item.powerMaxWatts = 1000.0;
    item.weightKg = 10.0;
    return item;
}

inline CatalogItem pdu()
{
    CatalogItem item;
    item.id = QStringLiteral("test-pdu");
    item.kind = ItemKind::Pdu;
    item.model = QStringLiteral("PDU");
    item.weightKg = 12.5;
    item.powerCapacityWatts = 34600.0;
    return item;
}

// 50 kW per feed, A and B: 40 kW budget per feed after derating, 80 kW with both.
inline RackPower power(double feedWatts = 50000.0, int feeds = 2)
{
    return {feedWatts, feeds, PowerPhase::Three};
}

} // namespace LayoutFixtures
