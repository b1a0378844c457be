#include "model/catalog/editcatalogitemcommand.h"

#include "model/catalog/catalogdatabase.h"

EditCatalogItemCommand::EditCatalogItemCommand(CatalogDatabase *db, CatalogItem before,
                                               CatalogItem after, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditCatalogItemCommand::redo()
{
    write(m_after);
}

void EditCatalogItemCommand::undo()
{
    write(m_before);
}

void EditCatalogItemCommand::write(const CatalogItem &item)
{
    const CatalogResult result = m_db ? m_db->updateItem(item) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog edit not applied: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}
