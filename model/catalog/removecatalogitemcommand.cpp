#include "model/catalog/removecatalogitemcommand.h"

#include "model/catalog/catalogdatabase.h"

RemoveCatalogItemCommand::RemoveCatalogItemCommand(CatalogDatabase *db, CatalogItem item,
                                                   const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_item(std::move(item))
{ }

void RemoveCatalogItemCommand::redo()
{
    const CatalogResult result =
        m_db ? m_db->removeItem(m_item.id) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog edit not applied: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}

void RemoveCatalogItemCommand::undo()
{
    const CatalogResult result = m_db ? m_db->addItem(m_item) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog edit not undone: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}
