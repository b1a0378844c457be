#include "model/quote/bomderivation.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "model/project/layouteditor.h"
#include "model/quote/quoteformat.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace {

// Servers group by what they are built as: the same item with the same accelerators and
// drives is one line.
struct ServerKey
{
    QString itemId;
    ServerConfiguration configuration;

    friend bool operator==(const ServerKey &, const ServerKey &) = default;
};

size_t qHash(const ServerKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.itemId, key.configuration.acceleratorId,
                      key.configuration.acceleratorCount, key.configuration.driveCount);
}

struct Price
{
    bool known = false;
    qint64 minor = 0;
    bool estimate = true;
    QString reason; // why it is not known
};

Price priceOf(const CatalogItem &item, const QString &currency)
{
    if (!item.price)
        return {false, 0, true,
                BomDerivation::tr("The catalog has no price for %1.").arg(item.displayName())};
    if (item.price->currency.compare(currency, Qt::CaseInsensitive) != 0)
        return {false, 0, true,
                BomDerivation::tr("%1 is priced in %2; the quote is in %3.")
                    .arg(item.displayName(), item.price->currency, currency)};
    return {true, item.price->minorUnits, item.priceIsEstimate, {}};
}

QuoteLine catalogLine(const CatalogItem &item, QuoteLineCategory category, qint64 quantity,
                      const QString &currency)
{
    QuoteLine line;
    line.sku = item.id;
    line.description = item.displayName();
    line.category = category;
    line.quantity = quantity;
    const Price price = priceOf(item, currency);
    line.listPriceKnown = price.known;
    line.listUnitPriceMinor = price.minor;
    line.priceIsEstimate = price.estimate;
    line.note = price.reason;
    return line;
}

// A part the catalog does not hold: counted, named, and left for a price by hand.
QuoteLine derivedLine(const QString &sku, const QString &description, QuoteLineCategory category,
                      qint64 quantity)
{
    QuoteLine line;
    line.sku = sku;
    line.description = description;
    line.category = category;
    line.quantity = quantity;
    line.listPriceKnown = false;
    line.note = BomDerivation::tr("Not in the catalog: enter a price for this line.");
    return line;
}

QString speedKey(double bitsPerSecond)
{
    return bitsPerSecond >= 1e9 ? QStringLiteral("%1g").arg(qRound64(bitsPerSecond / 1e9))
                                : QStringLiteral("%1m").arg(qRound64(bitsPerSecond / 1e6));
}

QuoteLineCategory categoryOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::GpuServer:
        return QuoteLineCategory::Server;
    case ItemKind::StorageAppliance:
    case ItemKind::StorageDrive:
        return QuoteLineCategory::Storage;
    case ItemKind::Switch:
        return QuoteLineCategory::Switch;
    case ItemKind::Nic:
        return QuoteLineCategory::Nic;
    case ItemKind::Optic:
        return QuoteLineCategory::Optic;
    case ItemKind::Rack:
        return QuoteLineCategory::Rack;
    case ItemKind::Pdu:
        return QuoteLineCategory::Pdu;
    case ItemKind::Accelerator:
    case ItemKind::Count:
        break;
    }
    return QuoteLineCategory::Other;
}

QString acceleratorText(const CatalogSnapshot &catalog, const QString &id, int count)
{
    if (count <= 0 || id.isEmpty())
        return BomDerivation::tr("no accelerators");
    const CatalogItem *accelerator = catalog.item(id);
    return BomDerivation::tr("%1× %2").arg(count).arg(accelerator ? accelerator->displayName()
                                                                  : id);
}

// One line for a group of identical servers: the catalog build at its catalog price, or
// another configuration priced by the difference of its accelerators.
QuoteLine serverLine(const CatalogSnapshot &catalog, const CatalogItem &server,
                     const ServerConfiguration &configuration, qint64 quantity,
                     const QString &currency)
{
    QuoteLine line = catalogLine(server, QuoteLineCategory::Server, quantity, currency);
    const ServerConfiguration build = LayoutEditor::defaultConfiguration(server);
    const bool otherAccelerators = configuration.acceleratorCount != build.acceleratorCount
        || (configuration.acceleratorCount > 0
            && configuration.acceleratorId != build.acceleratorId);
    if (otherAccelerators) {
        line.sku += configuration.acceleratorCount > 0 ? QStringLiteral("+%1x-%2")
                                                             .arg(configuration.acceleratorCount)
                                                             .arg(configuration.acceleratorId)
                                                       : QStringLiteral("+no-accelerators");
    }
    if (configuration.driveCount != build.driveCount)
        line.sku += QStringLiteral("+%1-drives").arg(configuration.driveCount);

    QString description = server.displayName() + QStringLiteral(" — ")
        + acceleratorText(catalog, configuration.acceleratorId, configuration.acceleratorCount);
    if (server.driveBays > 0)
        description += QStringLiteral(", ")
            + BomDerivation::tr("%1 of %2 drive bays filled")
                  .arg(configuration.driveCount)
                  .arg(server.driveBays);
    line.description = description;

    QStringList notes;
    if (line.listPriceKnown && otherAccelerators) {
        // The catalog prices the build it describes; another set of accelerators changes
        // the price by what those accelerators cost, and by nothing else we know of.
        auto acceleratorsPrice = [&](const QString &id, int count, QString *reason) {
            if (count <= 0)
                return std::optional<qint64>(0);
            const CatalogItem *accelerator = catalog.item(id);
            if (!accelerator) {
                *reason = BomDerivation::tr("The project has no catalog row for %1.").arg(id);
                return std::optional<qint64>();
            }
            const Price price = priceOf(*accelerator, currency);
            if (!price.known) {
                *reason = price.reason;
                return std::optional<qint64>();
            }
            line.priceIsEstimate = line.priceIsEstimate || price.estimate;
            return std::optional<qint64>(price.minor * count);
        };
        QString reason;
        const auto added =
            acceleratorsPrice(configuration.acceleratorId, configuration.acceleratorCount, &reason);
        const auto removed = added
            ? acceleratorsPrice(build.acceleratorId, build.acceleratorCount, &reason)
            : std::nullopt;
        const QString buildText =
            acceleratorText(catalog, build.acceleratorId, build.acceleratorCount);
        if (!added || !removed) {
            line.listPriceKnown = false;
            line.listUnitPriceMinor = 0;
            notes << BomDerivation::tr("Differs from the catalog build (%1), which cannot be "
                                       "repriced: %2")
                         .arg(buildText, reason);
        } else if (line.listUnitPriceMinor + *added - *removed < 0) {
            line.listPriceKnown = false;
            notes << BomDerivation::tr("The catalog build (%1) costs less than its "
                                       "accelerators: price this configuration by hand.")
                         .arg(buildText);
            line.listUnitPriceMinor = 0;
        } else {
            line.listUnitPriceMinor += *added - *removed;
            notes << BomDerivation::tr("Priced from the catalog build (%1) with %2 instead: %3 "
                                       "per server.")
                         .arg(buildText,
                              acceleratorText(catalog, configuration.acceleratorId,
                                              configuration.acceleratorCount),
                              QuoteFormat().signedMoney(*added - *removed, currency));
        }
    } else if (!line.listPriceKnown) {
        notes << line.note;
    }
    if (configuration.driveCount != build.driveCount)
        notes << BomDerivation::tr("The catalog build has %1 drives; drives are not priced "
                                   "separately.")
                     .arg(build.driveCount);
    line.note = notes.join(QLatin1Char(' '));
    return line;
}

qint64 ceilDiv(qint64 value, qint64 divisor)
{
    return divisor > 0 ? (value + divisor - 1) / divisor : value;
}

} // namespace

Bom BomDerivation::derive(const DataHall &hall, const NetworkParts &parts, const QString &currency,
                          const BomRules &rules)
{
    Bom bom;
    const CatalogSnapshot &catalog = hall.catalog();
    QHash<ServerKey, qint64> servers;
    // Everything else groups by catalog item; std::map keeps the order stable.
    std::map<QString, qint64> items;
    std::map<QString, qint64> racks;
    std::map<QString, qint64> pdus;

    for (RowId row : hall.rowIds()) {
        for (RackId rackId : hall.rackIds(row)) {
            const Rack *rack = hall.rack(rackId);
            ++racks[rack->rackTypeId];
            for (const QString &pdu : rack->pduIds)
                ++pdus[pdu];
            for (PlacementId id : hall.placementIds(rackId)) {
                const Placement *placement = hall.placement(id);
                const CatalogItem *item = catalog.item(placement->itemId);
                if (item && item->kind == ItemKind::GpuServer)
                    ++servers[ServerKey {placement->itemId, placement->configuration}];
                else
                    ++items[placement->itemId];
            }
        }
    }

    PortCount &ports = bom.ports;
    const CatalogItem *computeAdapter = parts.computeAdapter();
    const CatalogItem *frontEndAdapter = parts.frontEndAdapter();
    ports.computeBitsPerSecond = computeAdapter ? computeAdapter->portSpeedBitsPerSecond
                                                : rules.fallbackComputeSpeedBitsPerSecond;
    ports.frontEndBitsPerSecond = frontEndAdapter ? frontEndAdapter->portSpeedBitsPerSecond
                                                  : rules.fallbackFrontEndSpeedBitsPerSecond;
    qint64 computeAdapters = 0; // cards to buy: servers whose vendor does not include them
    qint64 frontEndAdapters = 0;

    for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
        const CatalogItem &server = *catalog.item(it.key().itemId);
        const ServerConfiguration &configuration = it.key().configuration;
        const qint64 count = it.value();
        bom.lines.append(serverLine(catalog, server, configuration, count, currency));
        const qint64 compute =
            qint64(configuration.acceleratorCount) * rules.computePortsPerAccelerator;
        ports.computePorts += count * compute;
        ports.frontEndPorts += count * rules.frontEndPortsPerServer;
        ports.managementPorts += count * rules.managementPortsPerDevice;
        if (!BomRules::adaptersIncluded(server)) {
            // Whole cards per server: a server does not share a card with its neighbour.
            computeAdapters +=
                count * ceilDiv(compute, computeAdapter ? computeAdapter->portCount : 1);
            frontEndAdapters += count
                * ceilDiv(rules.frontEndPortsPerServer,
                          frontEndAdapter ? frontEndAdapter->portCount : 1);
        }
        bom.figures.serverCount += int(count);
        bom.figures.acceleratorCount += int(count * configuration.acceleratorCount);
    }

    // An item the project's snapshot lacks still gets its line, unpriced, and a warning:
    // a bill of materials never drops hardware that is in the layout.
    auto addMissing = [&](const QString &itemId, QuoteLineCategory category, qint64 count) {
        QuoteLine line = derivedLine(itemId, itemId, category, count);
        line.note = tr("The project has no catalog row for %1.").arg(itemId);
        bom.lines.append(line);
        bom.warnings.append(line.note);
    };
    for (const auto &[itemId, count] : items) {
        const CatalogItem *item = catalog.item(itemId);
        if (!item) {
            addMissing(itemId, QuoteLineCategory::Other, count);
            continue;
        }
        bom.lines.append(catalogLine(*item, categoryOf(item->kind), count, currency));
        if (item->kind == ItemKind::Switch) {
            ports.managementPorts += count * rules.managementPortsPerDevice;
            if (item->portSpeedBitsPerSecond > rules.copperMaxBitsPerSecond)
                ports.fabricSwitchPorts += count * item->portCount;
            else
                ports.managementSwitchPorts += count * item->portCount;
        } else if (item->kind == ItemKind::StorageAppliance) {
            ports.managementPorts += count * rules.managementPortsPerDevice;
        }
    }
    for (const auto &[itemId, count] : racks) {
        if (const CatalogItem *item = catalog.item(itemId))
            bom.lines.append(catalogLine(*item, QuoteLineCategory::Rack, count, currency));
        else
            addMissing(itemId, QuoteLineCategory::Rack, count);
    }
    for (const auto &[itemId, count] : pdus) {
        if (const CatalogItem *item = catalog.item(itemId))
            bom.lines.append(catalogLine(*item, QuoteLineCategory::Pdu, count, currency));
        else
            addMissing(itemId, QuoteLineCategory::Pdu, count);
        ports.managementPorts += count * rules.managementPortsPerDevice;
    }

    const UnitFormat format;
    auto addAdapters = [&](const CatalogItem *adapter, qint64 count, double bitsPerSecond,
                           const QString &fabric) {
        if (count <= 0)
            return;
        QuoteLine line = adapter
            ? catalogLine(*adapter, QuoteLineCategory::Nic, count, currency)
            : derivedLine(QStringLiteral("nic-") + speedKey(bitsPerSecond),
                          tr("%1 network adapter").arg(format.bitRate(bitsPerSecond)),
                          QuoteLineCategory::Nic, count);
        const QString counted = tr("Counted for the %1 of servers that do not include "
                                   "their adapters.")
                                    .arg(fabric);
        line.note = line.note.isEmpty() ? counted : counted + QLatin1Char(' ') + line.note;
        // The two fabrics may use the same card: one line with both counts.
        for (QuoteLine &existing : bom.lines) {
            if (existing.sku == line.sku) {
                existing.quantity += count;
                return;
            }
        }
        bom.lines.append(line);
    };
    addAdapters(computeAdapter, computeAdapters, ports.computeBitsPerSecond, tr("compute fabric"));
    addAdapters(frontEndAdapter, frontEndAdapters, ports.frontEndBitsPerSecond, tr("front end"));

    // Links by speed: the compute and front-end fabrics, then out-of-band management.
    std::map<double, qint64> links;
    links[ports.computeBitsPerSecond] += ports.computePorts;
    links[ports.frontEndBitsPerSecond] += ports.frontEndPorts;
    links[rules.managementPortSpeedBitsPerSecond] += ports.managementPorts;
    for (auto it = links.crbegin(); it != links.crend(); ++it) {
        const auto &[bitsPerSecond, count] = *it;
        if (count <= 0)
            continue;
        const QString speed = format.bitRate(bitsPerSecond);
        const bool copper = bitsPerSecond <= rules.copperMaxBitsPerSecond;
        if (!copper) {
            const qint64 optics = count * rules.transceiversPerLink;
            const CatalogItem *optic = parts.transceiver(bitsPerSecond);
            QuoteLine line = optic
                ? catalogLine(*optic, QuoteLineCategory::Optic, optics, currency)
                : derivedLine(QStringLiteral("optic-") + speedKey(bitsPerSecond),
                              tr("%1 transceiver").arg(speed), QuoteLineCategory::Optic, optics);
            const QString counted = tr("%1 per link, %2 links at %3.")
                                        .arg(rules.transceiversPerLink)
                                        .arg(count)
                                        .arg(speed);
            line.note = line.note.isEmpty() ? counted : counted + QLatin1Char(' ') + line.note;
            bom.lines.append(line);
        }
        const qint64 cables = count * rules.cablesPerLink;
        const CatalogItem *cable = parts.cable(bitsPerSecond);
        QuoteLine line = cable
            ? catalogLine(*cable, QuoteLineCategory::Cable, cables, currency)
            : derivedLine(QLatin1String(copper ? "cable-copper-" : "cable-fiber-")
                              + speedKey(bitsPerSecond),
                          copper ? tr("Copper patch cable (RJ45), %1").arg(speed)
                                 : tr("Fiber patch cable, %1").arg(speed),
                          QuoteLineCategory::Cable, cables);
        const QString counted = tr("One per link, %1 links at %2.").arg(count).arg(speed);
        line.note = line.note.isEmpty() ? counted : counted + QLatin1Char(' ') + line.note;
        bom.lines.append(line);
    }

    const qint64 fabricPorts = ports.computePorts + ports.frontEndPorts;
    if (fabricPorts > ports.fabricSwitchPorts)
        bom.warnings.append(tr("The servers use %1 fabric ports, but the layout's switches have "
                               "%2: add switches before this goes to a customer.")
                                .arg(fabricPorts)
                                .arg(ports.fabricSwitchPorts));
    if (ports.managementPorts > ports.managementSwitchPorts)
        bom.warnings.append(tr("The devices have %1 management ports, but the layout's "
                               "management switches have %2.")
                                .arg(ports.managementPorts)
                                .arg(ports.managementSwitchPorts));

    // Servers first, then storage, network, racks and power; alphabetical within each.
    std::stable_sort(bom.lines.begin(), bom.lines.end(),
                     [](const QuoteLine &a, const QuoteLine &b) {
                         if (a.category != b.category)
                             return a.category < b.category;
                         return a.description.localeAwareCompare(b.description) < 0;
                     });

    const LayoutTotals &totals = hall.totals();
    bom.figures.rackCount = totals.rackCount;
    bom.figures.powerTypicalWatts = totals.powerTypicalWatts();
    bom.figures.powerMaxWatts = totals.powerMaxWatts();
    return bom;
}

QStringList BomDerivation::countingRules(const BomRules &rules)
{
    return {
        tr("Servers are grouped by model and configuration. A configuration that differs from "
           "the catalog build is priced as that build plus the price difference of its "
           "accelerators."),
        tr("Compute fabric: %n adapter port(s) per GPU, as in NVIDIA's DGX BasePOD and SuperPOD "
           "reference architectures (eight single-port ConnectX-7 per eight-GPU system).",
           nullptr, rules.computePortsPerAccelerator),
        tr("Front end (storage and in-band management): %n port(s) per server (DGX BasePOD "
           "reference architecture: two dual-port adapters per system).",
           nullptr, rules.frontEndPortsPerServer),
        tr("Out-of-band management: %n port(s) at 1 GbE per server, storage appliance, switch "
           "and rack PDU (DGX SuperPOD reference architecture).",
           nullptr, rules.managementPortsPerDevice),
        tr("Network adapters are listed for servers whose vendor sells them separately; NVIDIA "
           "DGX systems include theirs."),
        tr("Each optical link has %n transceiver(s) and one cable; links of 10 Gb/s and less run "
           "on copper patch cables. Parts are picked from the catalog by port speed; a part the "
           "catalog lacks is listed without a price.",
           nullptr, rules.transceiversPerLink),
    };
}
