#include "views/layout/catalogdrag.h"

#include "model/layout/catalogsnapshot.h"

#include <QMimeData>

QMimeData *CatalogDrag::createMimeData(const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList CatalogDrag::ids(const QMimeData *data)
{
    QStringList ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    const QStringList lines = QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(id);
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
