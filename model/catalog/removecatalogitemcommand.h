#pragma once

#include "model/catalog/catalogitem.h"

#include <QPointer>
#include <QUndoCommand>

class CatalogDatabase;

// Deletes an item; undo adds it back exactly as it was. While the item is out of the
// catalog, this command holds the only copy of it (by value).
class RemoveCatalogItemCommand : public QUndoCommand
{
public:
    RemoveCatalogItemCommand(CatalogDatabase *db, CatalogItem item, const QString &text);

    void redo() override;
    void undo() override;

    const CatalogItem &item() const { return m_item; }

private:
    QPointer<CatalogDatabase> m_db;
    CatalogItem m_item;
};
