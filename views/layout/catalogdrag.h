#pragma once

#include "model/catalog/catalogitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class CatalogSnapshot;
class QMimeData;

// Finds a catalog row by id: the window gives the editor one that asks the catalog
// database; tests give their own. Called once when a drag enters, never per mouse move.
using CatalogLookup = std::function<std::optional<CatalogItem>(const QString &id)>;

// Catalog items travel in drags as their ids in our own MIME type (architecture.md,
// "Conventions"), encoded by model/catalog's CatalogItemMime (a JSON array of ids). The
// Catalog dock is the drag source; the rack layout is the drop target.
class CatalogDrag
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDrag)

public:
    static QString mimeType();
    static QMimeData *createMimeData(const QStringList &ids);
    // The ids in a drag, empty when it carries none of ours; blank ids are ignored.
    static QStringList ids(const QMimeData *data);

    struct Resolved
    {
        QList<CatalogItem> items;
        QString error; // which id could not be found, when items is empty
    };
    // The rows for ids: the project's frozen copy first (a project keeps the specs it was
    // built with), else the lookup.
    static Resolved resolve(const QStringList &ids, const CatalogSnapshot &snapshot,
                            const CatalogLookup &lookup);
};
