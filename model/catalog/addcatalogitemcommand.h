#pragma once

#include "model/catalog/catalogitem.h"

#include <QPointer>
#include <QUndoCommand>

class CatalogDatabase;

// Adds an item to the catalog; undo deletes it again. Used for "Add" and "Duplicate"
// (CatalogEdits builds both after validating). The command keeps the item by value, so
// redo after undo adds the same item.
class AddCatalogItemCommand : public QUndoCommand
{
public:
    AddCatalogItemCommand(CatalogDatabase *db, CatalogItem item, const QString &text);

    void redo() override;
    void undo() override;

    const CatalogItem &item() const { return m_item; }

private:
    QPointer<CatalogDatabase> m_db;
    CatalogItem m_item;
};
