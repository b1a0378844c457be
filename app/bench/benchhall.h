#pragma once

#include "model/project/project.h"

#include <vector>

// Halls for benchmarks: racks of DGX-like 8-GPU servers, built straight into the
// document (no undo history), in rows of 20.
namespace BenchHall {
inline CatalogItem rackType()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-rack");
    item.kind = ItemKind::Rack;
    item.rackUnits = 42;
    item.depthMm = 1200.0;
    item.maxLoadKg = 1700.0;
    return item;
}

// An 8-GPU server shaped like a DGX H100 (catalog row: 4U here so eight fit a rack).
inline CatalogItem server()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-server");
    item.kind = ItemKind::GpuServer;
    item.rackUnits = 4;
    item.depthMm = 900.0;
    item.powerTypicalWatts = 7500.0;
    item.powerMaxWatts = 10200.0;
    item.weightKg = 130.0;
    item.acceleratorCount = 8;
    return item;
}

inline CatalogItem switchItem()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-switch");
    item.kind = ItemKind::Switch;
    item.rackUnits = 1;
    item.depthMm = 500.0;
    item.powerTypicalWatts = 750.0;
    item.powerMaxWatts = 1700.0;
    item.weightKg = 14.8;
    return item;
}

// racks racks of `servers` servers each, in rows of 20; the servers fill U1 upwards.
inline std::vector<RackId> build(Project &project, int racks, int servers)
{
    DataHall *hall = project.hall();
    hall->addCatalogItems({rackType(), server(), switchItem()});
    std::vector<RackId> ids;
    RowId row = 0;
    for (int r = 0; r < racks; ++r) {
        if (r % 20 == 0) {
            row = hall->allocateId();
            hall->insertRow(int(hall->rowIds().size()), {{row, QStringLiteral("Row")}, {}});
        }
        RackSnapshot rack;
        // Generous power and liquid cooling: the drop must pass every rule to be a drop.
        rack.rack = {hall->allocateId(),
                     QStringLiteral("R%1").arg(r),
                     rackType().id,
                     {200000.0, 2, PowerPhase::Three},
                     RackCooling::ofType(CoolingType::DirectLiquid),
                     {}};
        for (int s = 0; s < servers; ++s)
            rack.placements.push_back(
                {hall->allocateId(), server().id, 1 + 4 * s, RackFace::Front, {QString(), 8, 0}});
        hall->insertRack(row, int(hall->rackIds(row).size()), rack);
        ids.push_back(rack.rack.id);
    }
    return ids;
}

} // namespace BenchHall
