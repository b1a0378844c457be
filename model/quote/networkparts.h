#pragma once

#include "model/catalog/catalogitem.h"

#include <QList>

#include <optional>

// The network adapters, transceivers and cables a quote counts from the ports in use,
// chosen by speed from the catalog rows a project froze for them. A project keeps its
// own copies (like every catalog row it uses), so its quote prices the same parts on any
// machine and in any later version of Headroom.
class NetworkParts
{
public:
    NetworkParts() = default;
    explicit NetworkParts(QList<CatalogItem> items);

    const QList<CatalogItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // The adapter for the compute fabric: the fastest port, fewest ports on a tie (one port
    // per GPU, as ConnectX-7 single-port cards are used).
    const CatalogItem *computeAdapter() const;
    // The adapter for the front end: the most ports, fastest on a tie; the compute adapter
    // when no adapter has two ports.
    const CatalogItem *frontEndAdapter() const;
    // A transceiver (an optic that is not a cable) for ports of exactly this speed.
    const CatalogItem *transceiver(double bitsPerSecond) const;
    // A cable row (an optic row whose category or model says cable, DAC or AOC) for ports
    // of exactly this speed.
    const CatalogItem *cable(double bitsPerSecond) const;

    // The rows of kinds that are network parts: adapters and optics.
    static bool isNetworkPart(const CatalogItem &item);
    static QList<CatalogItem> partsIn(const QList<CatalogItem> &items);
    // What Headroom ships (CatalogSeed), for projects that froze none yet.
    static QList<CatalogItem> shipped();

private:
    static bool isCable(const CatalogItem &item);
    QList<CatalogItem> m_items;
};
