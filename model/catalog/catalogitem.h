#pragma once

#include "model/capacity/accelerator.h"
#include "model/core/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The kinds of hardware the catalog holds. The stable keys ("gpu_server", ...) are used in
// the database, CSV/JSON files and on the command line; display names are translated.
enum class ItemKind {
    GpuServer,
    Accelerator,
    StorageDrive,
    StorageAppliance,
    Switch,
    Nic,
    Optic,
    Rack,
    Pdu,
    Count
};

// How far a row's figures can be trusted (see the catalog's source notes): high = vendor
// document or two consistent sources, medium = one secondary source, low = estimate or
// placeholder that must be checked before it goes to a customer.
enum class Confidence { High, Medium, Low };

// One catalog row: a product with its specs, price and where the figures come from.
// Quantities are SI with the unit in the name; 0 (or empty) means not applicable or not
// known. Value type: the catalog database hands these out, projects keep frozen copies
// of the ones they use, and the layout, quote and capacity code read them.
struct CatalogItem
{
    Q_DECLARE_TR_FUNCTIONS(CatalogItem)

public:
    QString id; // stable, unique, readable: "dell-poweredge-xe9680"; used in MIME data and projects
    ItemKind kind = ItemKind::GpuServer;
    QString vendor;
    QString model;
    QString category; // the source's own finer category: "InfiniBand NDR switch", "NIC / HCA"

    // Physical: rack units (0 for 0U side PDUs and parts that go inside a server)
    int rackUnits = 0;
    double widthMm = 0.0;
    double depthMm = 0.0;
    double heightMm = 0.0;
    double weightKg = 0.0;
    double powerTypicalWatts = 0.0;
    double powerMaxWatts = 0.0;
    int psuCount = 0;
    double psuRatingWatts = 0.0;
    QString cooling; // "air", "liquid", "air or liquid"
    QString formFactor; // "SXM5 (HGX baseboard)", "U.2 15mm or E3.S 1T"
    QString interfaces; // ports, NICs, host and scale-up links in the source's words
    // Options and details the source gives in words, one "Label: text" per line
    // ("GPU options: ...", "Power supplies: 6x 3.3 kW (4+2)").
    QString configuration;

    // GPU servers
    int acceleratorCount = 0;
    QStringList acceleratorOptions; // ids of accelerator items this server can carry
    int cpuSockets = 0;
    double maxMemoryBytes = 0.0; // host RAM
    int driveBays = 0;
    double maxRawStorageBytes = 0.0;

    // Accelerators: everything the capacity engine reads (its vendor and model mirror the
    // item's), and the memory technology for people
    Accelerator accelerator;
    QString memoryType; // "HBM3e"

    // Storage drives and appliances
    double capacityBytes = 0.0;
    double readBandwidthBytesPerSecond = 0.0;
    double writeBandwidthBytesPerSecond = 0.0;
    double readIops = 0.0; // random reads per second, as the vendor measures them
    double writeIops = 0.0;
    double enduranceDriveWritesPerDay = 0.0;

    // Switches, NICs, optics
    int portCount = 0;
    double portSpeedBitsPerSecond = 0.0;
    double switchingCapacityBitsPerSecond = 0.0;

    // Racks
    double maxLoadKg = 0.0; // static load rating

    // PDUs
    double powerCapacityWatts = 0.0; // per PDU at its rated (derated) current
    int outletCount = 0;
    QString electrical; // "3-phase 415V 60A, IEC 60309"; also a rack's feed where known

    // Price: integer minor units; unknown when not set
    std::optional<Money> price;
    QDate priceDate;
    bool priceIsEstimate = true;

    // Provenance, kept for every row
    QString source;
    Confidence confidence = Confidence::Medium;
    QString notes;

    QString displayName() const
    {
        return vendor.isEmpty() ? model : vendor + QLatin1Char(' ') + model;
    }
    // Low-confidence rows are shown as unverified, never hidden.
    bool isVerified() const { return confidence != Confidence::Low; }

    static QString kindKey(ItemKind kind); // "gpu_server"
    static std::optional<ItemKind> kindFromKey(const QString &key);
    static QString kindDisplayName(ItemKind kind); // translated: "GPU server"
    static QString confidenceKey(Confidence confidence); // "high", "medium", "low"
    static std::optional<Confidence> confidenceFromKey(const QString &key);
    static QString confidenceDisplayName(Confidence confidence); // translated

    friend bool operator==(const CatalogItem &, const CatalogItem &) = default;
};
