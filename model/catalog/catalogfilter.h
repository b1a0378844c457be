#pragma once

#include "model/catalog/catalogrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the catalog browser narrows the table to: words to search for, a kind, a vendor,
// an accelerator (the accelerator itself and the servers that can carry it) and a power
// range in watts. An empty filter lets everything through.
struct CatalogFilter
{
    QString text;
    std::optional<ItemKind> kind;
    QString vendor;
    QString acceleratorId;
    double minPowerWatts = 0.0;
    double maxPowerWatts = 0.0; // 0: no upper bound

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !kind && vendor.isEmpty() && acceleratorId.isEmpty()
            && minPowerWatts <= 0.0 && maxPowerWatts <= 0.0;
    }
    // Everything but the text: kind, vendor, accelerator and power.
    bool matchesAttributes(const CatalogRow &row) const;
    // `words` are CatalogSearchText::words(text), worked out once per filter.
    bool matches(const CatalogRow &row, const QList<QByteArray> &words) const;
    // True when every row this filter lets through, `wider` lets through too: typing one
    // more letter only narrows, so only the rows that matched before need checking.
    bool narrows(const CatalogFilter &wider) const;

    friend bool operator==(const CatalogFilter &, const CatalogFilter &) = default;
};
