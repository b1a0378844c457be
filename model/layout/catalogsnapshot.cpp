#include "model/layout/catalogsnapshot.h"

#include <algorithm>

const CatalogItem *CatalogSnapshot::item(const QString &id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

bool CatalogSnapshot::insert(const CatalogItem &item)
{
    if (item.id.isEmpty() || m_items.contains(item.id))
        return false;
    m_items.insert(item.id, item);
    return true;
}

QList<CatalogItem> CatalogSnapshot::items() const
{
    QList<CatalogItem> result = m_items.values();
    std::sort(result.begin(), result.end(),
              [](const CatalogItem &a, const CatalogItem &b) { return a.id < b.id; });
    return result;
}
