#include "model/workload/serverresources.h"

#include "model/layout/datahall.h"

#include <algorithm>

double ServerResources::referencePeak(const Accelerator &accelerator)
{
    for (Precision p : {Precision::Bf16, Precision::Fp16, Precision::Tf32, Precision::Fp32}) {
        if (accelerator.densePeak(p) > 0.0)
            return accelerator.densePeak(p);
    }
    return 0.0;
}

double ServerResources::referencePeakFlopsPerSecond() const
{
    return gpus * referencePeak(accelerator);
}

double ServerResources::fabricBytesPerSecondPerGpu(const Accelerator &accelerator)
{
    // Baseboard servers (HGX, OAM) pair every GPU with its own scale-out NIC: 8 x 400 Gb/s
    // ConnectX-7 in the DGX H100/H200/B200, XE9680, XD670 and SYS-821GE rows of the catalog
    // (interfaces column), 8 x 200 Gb/s ConnectX-6 in the DGX A100.
    if (accelerator.scaleUpDomainSize >= 8) {
        const bool ampere =
            accelerator.generation.compare(QLatin1String("Ampere"), Qt::CaseInsensitive) == 0;
        return (ampere ? 200e9 : 400e9) / 8.0;
    }
    // PCIe servers share one OCP 3.0 adapter of up to 4 x 25 GbE (catalog R760xa row);
    // spread over four cards that is 25 Gb/s each.
    return 25e9 / 8.0;
}

double ServerResources::frontEndBytesPerSecondPerServer()
{
    // One 100 GbE port for clients, storage and management (catalog XD670 row: "1x 100GbE
    // CX-6 or 2x 25GbE mgmt"); the DGX's two dual-port storage NICs offer more.
    return 100e9 / 8.0;
}

double ServerResources::driveWriteBytesPerSecond()
{
    // Sequential write of a capacity NVMe drive: 3.0 GB/s for the Solidigm D5-P5336 in
    // the catalog, the slowest of its data-centre NVMe rows (Micron 9400 Pro: 7 GB/s).
    return 3.0e9;
}

ServerResources ServerResources::of(const DataHall &hall, PlacementId placement)
{
    ServerResources r;
    const Placement *p = hall.placement(placement);
    const CatalogItem *item = p ? hall.catalog().item(p->itemId) : nullptr;
    if (!item || item->kind != ItemKind::GpuServer)
        return r;
    r.id = placement;
    r.rack = hall.rackOf(placement);
    const LayoutLoad load = hall.placementLoad(placement);
    r.powerTypicalWatts = load.powerTypicalMilliwatts / 1000.0;
    r.powerMaxWatts = load.powerMaxMilliwatts / 1000.0;
    const ServerConfiguration &c = p->configuration;
    if (const CatalogItem *gpu = hall.catalog().item(c.acceleratorId);
        gpu && gpu->kind == ItemKind::Accelerator && c.acceleratorCount > 0) {
        r.acceleratorId = c.acceleratorId;
        r.accelerator = gpu->accelerator;
        r.gpus = c.acceleratorCount;
    }
    r.fabricBytesPerSecond = r.gpus * fabricBytesPerSecondPerGpu(r.accelerator);
    r.frontEndBytesPerSecond = frontEndBytesPerSecondPerServer();
    // The catalog's raw storage is for every bay filled; a drive is its share.
    if (item->driveBays > 0 && item->maxRawStorageBytes > 0.0) {
        const int drives = std::clamp(c.driveCount, 0, item->driveBays);
        r.storageBytes = drives * item->maxRawStorageBytes / item->driveBays;
        r.storageWriteBytesPerSecond = drives * driveWriteBytesPerSecond();
    }
    r.overheadWatts = std::max(0.0, r.powerTypicalWatts - r.gpus * r.accelerator.tdpWatts);
    return r;
}
