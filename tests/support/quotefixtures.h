#pragma once

#include "model/catalog/catalogitem.h"
#include "model/project/project.h"
#include "model/project/projectfile.h"

// A small hall with round prices, for quote tests whose expected lines are worked out by
// hand (see tst_bomderivation for the working):
//   rack A: 2 x oem-server (Acme, 8x gpu-a, 8 drives: the catalog build) and one
//           oem-server with 8x gpu-b and 4 drives; two PDUs
//   rack B: 1 x dgx-server (NVIDIA, 8x gpu-a), an InfiniBand switch, a 1 GbE switch;
//           two PDUs
// Network parts: a 1x400G adapter, a 2x200G adapter and a 400G transceiver, all priced.
namespace QuoteFixtures {

inline CatalogItem item(const char *id, ItemKind kind, const char *vendor, const char *model,
                        std::optional<qint64> priceMinor)
{
    CatalogItem item;
    item.id = QLatin1String(id);
    item.kind = kind;
    item.vendor = QLatin1String(vendor);
    item.model = QLatin1String(model);
    if (priceMinor)
        item.price = Money {*priceMinor, QStringLiteral("USD")};
    item.priceIsEstimate = false;
    item.source = QStringLiteral("test fixture");
    return item;
}

inline QList<CatalogItem> catalog()
{
    CatalogItem rack = item("rack-42u", ItemKind::Rack, "Test", "Rack 42U", 150000);
    rack.rackUnits = 42;
    rack.widthMm = 600.0;
    rack.depthMm = 1200.0;
    rack.maxLoadKg = 1500.0;
    CatalogItem pdu = item("pdu-a", ItemKind::Pdu, "Test", "PDU A", 90000);
    pdu.powerCapacityWatts = 34600.0;
    CatalogItem gpuA = item("gpu-a", ItemKind::Accelerator, "Acme", "GPU-A", 2500000);
    gpuA.accelerator.vendor = QStringLiteral("Acme");
    gpuA.accelerator.model = QStringLiteral("GPU-A");
    gpuA.accelerator.tdpWatts = 700.0;
    CatalogItem gpuB = item("gpu-b", ItemKind::Accelerator, "Acme", "GPU-B", 3000000);
    gpuB.accelerator.vendor = QStringLiteral("Acme");
    gpuB.accelerator.model = QStringLiteral("GPU-B");
    gpuB.accelerator.tdpWatts = 700.0;
    CatalogItem oem = item("oem-server", ItemKind::GpuServer, "Acme", "OEM-8", 20000000);
    oem.rackUnits = 4;
    oem.depthMm = 900.0;
    oem.powerTypicalWatts = 7000.0;
    oem.powerMaxWatts = 9000.0;
    oem.weightKg = 100.0;
    oem.acceleratorCount = 8;
    oem.acceleratorOptions = {QStringLiteral("gpu-a"), QStringLiteral("gpu-b")};
    oem.driveBays = 8;
    CatalogItem dgx = item("dgx-server", ItemKind::GpuServer, "NVIDIA", "DGX-T", 30000000);
    dgx.rackUnits = 8;
    dgx.depthMm = 900.0;
    dgx.powerTypicalWatts = 8000.0;
    dgx.powerMaxWatts = 10000.0;
    dgx.weightKg = 130.0;
    dgx.acceleratorCount = 8;
    dgx.acceleratorOptions = {QStringLiteral("gpu-a")};
    dgx.driveBays = 10;
    CatalogItem ib = item("ib-switch", ItemKind::Switch, "Test", "IB-64", 3000000);
    ib.rackUnits = 1;
    ib.depthMm = 600.0;
    ib.portCount = 64;
    ib.portSpeedBitsPerSecond = 400e9;
    CatalogItem mgmt = item("mgmt-switch", ItemKind::Switch, "Test", "OOB-48", std::nullopt);
    mgmt.rackUnits = 1;
    mgmt.depthMm = 300.0;
    mgmt.portCount = 48;
    mgmt.portSpeedBitsPerSecond = 1e9;
    return {rack, pdu, gpuA, gpuB, oem, dgx, ib, mgmt};
}

inline QList<CatalogItem> networkParts()
{
    CatalogItem single = item("nic-1x400", ItemKind::Nic, "Test", "NIC 1x400G", 200000);
    single.portCount = 1;
    single.portSpeedBitsPerSecond = 400e9;
    CatalogItem dual = item("nic-2x200", ItemKind::Nic, "Test", "NIC 2x200G", 250000);
    dual.portCount = 2;
    dual.portSpeedBitsPerSecond = 200e9;
    CatalogItem optic = item("optic-400", ItemKind::Optic, "Test", "OSFP 400G DR4", 90000);
    optic.portCount = 1;
    optic.portSpeedBitsPerSecond = 400e9;
    return {single, dual, optic};
}

inline ProjectContent content()
{
    ProjectContent content;
    content.catalog = catalog() + networkParts();
    const RackPower power {2 * 43000.0, 2, PowerPhase::Three};
    const RackCooling cooling = RackCooling::ofType(CoolingType::DirectLiquid);
    const QStringList pdus = {QStringLiteral("pdu-a"), QStringLiteral("pdu-a")};
    auto placement = [](PlacementId id, const char *item, int u, ServerConfiguration c = {}) {
        return Placement {id, QLatin1String(item), u, RackFace::Front, c};
    };
    const ServerConfiguration build {QStringLiteral("gpu-a"), 8, 8};
    const ServerConfiguration other {QStringLiteral("gpu-b"), 8, 4};
    RackSnapshot a {
        {10, QStringLiteral("Rack A"), QStringLiteral("rack-42u"), power, cooling, pdus},
        {placement(11, "oem-server", 1, build), placement(12, "oem-server", 5, build),
         placement(13, "oem-server", 9, other)}};
    RackSnapshot b {
        {20, QStringLiteral("Rack B"), QStringLiteral("rack-42u"), power, cooling, pdus},
        {placement(21, "dgx-server", 1, {QStringLiteral("gpu-a"), 8, 10}),
         placement(22, "ib-switch", 20), placement(23, "mgmt-switch", 21)}};
    content.rows = {RowSnapshot {{1, QStringLiteral("Row 1")}, {a, b}}};
    content.quote = QuoteState::fresh(QDate(2026, 3, 2));
    content.quote.terms.header.customer = QStringLiteral("Acme AI");
    content.quote.terms.header.quoteNumber = QStringLiteral("Q-TEST-1");
    return content;
}

} // namespace QuoteFixtures
