#include "model/quote/networkparts.h"

#include "model/catalog/catalogseed.h"

NetworkParts::NetworkParts(QList<CatalogItem> items)
    : m_items(std::move(items))
{ }

bool NetworkParts::isNetworkPart(const CatalogItem &item)
{
    return item.kind == ItemKind::Nic || item.kind == ItemKind::Optic;
}

bool NetworkParts::isCable(const CatalogItem &item)
{
    for (const QString &text : {item.category, item.model}) {
        for (const char *word : {"cable", "DAC", "AOC"}) {
            if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

const CatalogItem *NetworkParts::computeAdapter() const
{
    const CatalogItem *best = nullptr;
    for (const CatalogItem &item : m_items) {
        if (item.kind != ItemKind::Nic || item.portSpeedBitsPerSecond <= 0.0 || item.portCount <= 0)
            continue;
        if (!best || item.portSpeedBitsPerSecond > best->portSpeedBitsPerSecond
            || (item.portSpeedBitsPerSecond == best->portSpeedBitsPerSecond
                && item.portCount < best->portCount))
            best = &item;
    }
    return best;
}

const CatalogItem *NetworkParts::frontEndAdapter() const
{
    const CatalogItem *best = nullptr;
    for (const CatalogItem &item : m_items) {
        if (item.kind != ItemKind::Nic || item.portSpeedBitsPerSecond <= 0.0 || item.portCount < 2)
            continue;
        if (!best || item.portCount > best->portCount
            || (item.portCount == best->portCount
                && item.portSpeedBitsPerSecond > best->portSpeedBitsPerSecond))
            best = &item;
    }
    return best ? best : computeAdapter();
}

const CatalogItem *NetworkParts::transceiver(double bitsPerSecond) const
{
    for (const CatalogItem &item : m_items) {
        if (item.kind == ItemKind::Optic && !isCable(item)
            && item.portSpeedBitsPerSecond == bitsPerSecond)
            return &item;
    }
    return nullptr;
}

const CatalogItem *NetworkParts::cable(double bitsPerSecond) const
{
    for (const CatalogItem &item : m_items) {
        if (item.kind == ItemKind::Optic && isCable(item)
            && item.portSpeedBitsPerSecond == bitsPerSecond)
            return &item;
    }
    return nullptr;
}

QList<CatalogItem> NetworkParts::partsIn(const QList<CatalogItem> &items)
{
    QList<CatalogItem> parts;
    for (const CatalogItem &item : items) {
        if (isNetworkPart(item))
            parts.append(item);
    }
    return parts;
}

QList<CatalogItem> NetworkParts::shipped()
{
    return partsIn(CatalogSeed::items());
}
