#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

// Catalog items travel in drag and drop as their ids: a JSON array of strings under
// application/x-headroom-catalog-item (and the ids as plain text, one per line, for other
// applications). The rack layout decodes the ids and reads the items from the catalog.
class CatalogItemMime
{
public:
    static QString mimeType(); // "application/x-headroom-catalog-item"
    static QMimeData *create(const QStringList &ids); // caller (the drag) owns it
    // The ids a drop carries; empty when it carries no catalog items.
    static QStringList ids(const QMimeData *data);
};
