#include "model/catalog/catalogfilter.h"

#include "model/catalog/catalogsearchindex.h"
#include "model/catalog/catalogsearchtext.h"

bool CatalogFilter::matches(const CatalogRow &row, const QList<QByteArray> &words) const
{
    return matchesAttributes(row) && CatalogSearchIndex::containsAll(row.searchText, words);
}

bool CatalogFilter::matchesAttributes(const CatalogRow &row) const
{
    if (kind && row.kind != *kind)
        return false;
    if (!vendor.isEmpty() && row.vendor != vendor)
        return false;
    if (!acceleratorId.isEmpty() && row.id != acceleratorId
        && !row.acceleratorOptions.contains(acceleratorId))
        return false;
    if (minPowerWatts > 0.0 && row.powerWatts < minPowerWatts)
        return false;
    if (maxPowerWatts > 0.0 && (row.powerWatts <= 0.0 || row.powerWatts > maxPowerWatts))
        return false;
    return true;
}

bool CatalogFilter::narrows(const CatalogFilter &wider) const
{
    if (kind != wider.kind || vendor != wider.vendor || acceleratorId != wider.acceleratorId
        || minPowerWatts != wider.minPowerWatts || maxPowerWatts != wider.maxPowerWatts)
        return false;
    // Every word of the wider query must be inside some word of this one ("h1" -> "h100",
    // "h100" -> "h100 sxm"): then whatever contains this query's words contains its words.
    const QStringList mine = CatalogSearchText::terms(text);
    for (const QString &term : CatalogSearchText::terms(wider.text)) {
        const bool covered = std::any_of(mine.begin(), mine.end(),
                                         [&](const QString &m) { return m.contains(term); });
        if (!covered)
            return false;
    }
    return true;
}
