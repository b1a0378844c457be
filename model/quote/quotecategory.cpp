#include "model/quote/quotecategory.h"

#include <array>

namespace {
struct Entry
{
    QuoteLineCategory category;
    const char *key;
};
constexpr std::array<Entry, 9> kEntries = {{
    {QuoteLineCategory::Server, "server"},
    {QuoteLineCategory::Storage, "storage"},
    {QuoteLineCategory::Switch, "switch"},
    {QuoteLineCategory::Nic, "nic"},
    {QuoteLineCategory::Optic, "optic"},
    {QuoteLineCategory::Cable, "cable"},
    {QuoteLineCategory::Rack, "rack"},
    {QuoteLineCategory::Pdu, "pdu"},
    {QuoteLineCategory::Other, "other"},
}};
} // namespace

QString QuoteCategory::key(QuoteLineCategory category)
{
    for (const Entry &entry : kEntries) {
        if (entry.category == category)
            return QLatin1String(entry.key);
    }
    return QStringLiteral("other");
}

std::optional<QuoteLineCategory> QuoteCategory::fromKey(const QString &key)
{
    for (const Entry &entry : kEntries) {
        if (key == QLatin1String(entry.key))
            return entry.category;
    }
    return std::nullopt;
}

QString QuoteCategory::displayName(QuoteLineCategory category)
{
    switch (category) {
    case QuoteLineCategory::Server:
        return tr("Servers");
    case QuoteLineCategory::Storage:
        return tr("Storage");
    case QuoteLineCategory::Switch:
        return tr("Switches");
    case QuoteLineCategory::Nic:
        return tr("Network adapters");
    case QuoteLineCategory::Optic:
        return tr("Transceivers");
    case QuoteLineCategory::Cable:
        return tr("Cables");
    case QuoteLineCategory::Rack:
        return tr("Racks");
    case QuoteLineCategory::Pdu:
        return tr("Power distribution");
    case QuoteLineCategory::Other:
        break;
    }
    return tr("Other");
}
