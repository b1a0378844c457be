#include "model/catalog/addcatalogitemcommand.h"

#include "model/catalog/catalogdatabase.h"

AddCatalogItemCommand::AddCatalogItemCommand(CatalogDatabase *db, CatalogItem item,
                                             const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_item(std::move(item))
{ }

void AddCatalogItemCommand::redo()
{
    // The catalog can refuse only what changed under the command (a file replaced by a
    // reset); the command then drops out of the stack instead of undoing something else.
    const CatalogResult result = m_db ? m_db->addItem(m_item) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog edit not applied: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}

void AddCatalogItemCommand::undo()
{
    const CatalogResult result =
        m_db ? m_db->removeItem(m_item.id) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog edit not undone: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}
