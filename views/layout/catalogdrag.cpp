#include "views/layout/catalogdrag.h"

#include "model/catalog/catalogitemmime.h"
#include "model/layout/catalogsnapshot.h"

#include <QMimeData>

// One wire format for catalog drags, owned by model/catalog so the catalog's item models
// (which cannot include views/) and this editor read and write the same bytes.
QString CatalogDrag::mimeType()
{
    return CatalogItemMime::mimeType();
}

QMimeData *CatalogDrag::createMimeData(const QStringList &ids)
{
    return CatalogItemMime::create(ids);
}

QStringList CatalogDrag::ids(const QMimeData *data)
{
    QStringList ids;
    for (const QString &id : CatalogItemMime::ids(data)) {
        if (!id.trimmed().isEmpty())
            ids.append(id.trimmed());
    }
    return ids;
}

CatalogDrag::Resolved CatalogDrag::resolve(const QStringList &ids, const CatalogSnapshot &snapshot,
                                           const CatalogLookup &lookup)
{
    Resolved result;
    if (ids.isEmpty()) {
        result.error = tr("The drag carries no catalog item.");
        return result;
    }
    for (const QString &id : ids) {
        if (const CatalogItem *frozen = snapshot.item(id)) {
            result.items.append(*frozen);
            continue;
        }
        std::optional<CatalogItem> found = lookup ? lookup(id) : std::nullopt;
        if (!found) {
            result.items.clear();
            result.error = tr("Catalog item '%1' is not in the catalog.").arg(id);
            return result;
        }
        result.items.append(*found);
    }
    return result;
}
