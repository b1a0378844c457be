#pragma once

#include "model/catalog/catalogitem.h"

// How BomDerivation counts what the layout does not place itself: network adapters,
// transceivers and cables, from the ports the placed devices use. Every number is the
// reference design it comes from; the proposal's assumptions section prints them.
struct BomRules
{
    // Compute (east-west) fabric: one adapter port per GPU, rail-optimised. NVIDIA DGX
    // BasePOD RA, "Core Components": eight single-port ConnectX-7 for eight GPUs.
    int computePortsPerAccelerator = 1;
    // Front end: storage and in-band management. Same source: two dual-port adapters per
    // DGX give the storage and management fabrics parallel paths; we cable two ports.
    int frontEndPortsPerServer = 2;
    // Out-of-band management: one 1 GbE port per server, storage appliance, switch and
    // rack PDU (NVIDIA DGX SuperPOD H100 RA: the OOB fabric "connects the management ports
    // of all devices including DGX ..., storage, networking gear, rack PDUs").
    int managementPortsPerDevice = 1;
    // An optical link has a transceiver at each end and one cable between them. NVIDIA
    // pairs two NIC-side 400G modules with one twin-port 800G module in a switch cage
    // (MMS4X00-NS400 notes in the catalog), so two per link is an upper bound for
    // InfiniBand NDR switch ends.
    int transceiversPerLink = 2;
    int cablesPerLink = 1;
    // Links up to this speed run on copper (RJ45 patch cables, no transceivers).
    double copperMaxBitsPerSecond = 10e9;
    double managementPortSpeedBitsPerSecond = 1e9;
    // When the project has no network adapter rows to read a speed from: NDR / 400GbE for
    // the compute fabric, 200 GbE for the front end (BlueField-3 B3220: 2x 200G).
    double fallbackComputeSpeedBitsPerSecond = 400e9;
    double fallbackFrontEndSpeedBitsPerSecond = 200e9;

    // NVIDIA sells DGX systems and the GB200 NVL72 whole, their adapters included (DGX
    // H100/H200 and B200 user guides list the ConnectX-7 and BlueField-3 cards as parts of
    // the system); other vendors' GPU servers are configured to order, adapters extra.
    static bool adaptersIncluded(const CatalogItem &server)
    {
        return server.kind == ItemKind::GpuServer
            && server.vendor.compare(QLatin1String("NVIDIA"), Qt::CaseInsensitive) == 0;
    }
};
