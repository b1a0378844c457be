#pragma once

#include "model/catalog/catalogitem.h"

#include <QPointer>
#include <QUndoCommand>

class CatalogDatabase;

// Replaces an item's fields (not its id) with new values; undo puts the old ones back.
// Redo and undo are the same swap, as in any "set a value" command.
class EditCatalogItemCommand : public QUndoCommand
{
public:
    EditCatalogItemCommand(CatalogDatabase *db, CatalogItem before, CatalogItem after,
                           const QString &text);

    void redo() override;
    void undo() override;

    const CatalogItem &before() const { return m_before; }
    const CatalogItem &after() const { return m_after; }

private:
    void write(const CatalogItem &item);

    QPointer<CatalogDatabase> m_db;
    CatalogItem m_before;
    CatalogItem m_after;
};
