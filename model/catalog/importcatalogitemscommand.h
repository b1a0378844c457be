#pragma once

#include "model/catalog/catalogitem.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

class CatalogDatabase;

// An import in the window: adds and replaces many items at once, in one transaction; undo
// deletes the items it added and puts back the ones it replaced, again in one transaction.
class ImportCatalogItemsCommand : public QUndoCommand
{
public:
    // `items` are written; `replaced` are the catalog's versions of those that existed.
    ImportCatalogItemsCommand(CatalogDatabase *db, QList<CatalogItem> items,
                              QList<CatalogItem> replaced, const QString &text);

    void redo() override;
    void undo() override;

private:
    QPointer<CatalogDatabase> m_db;
    QList<CatalogItem> m_items;
    QList<CatalogItem> m_replaced;
    QStringList m_added;
};
