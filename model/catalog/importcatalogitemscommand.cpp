#include "model/catalog/importcatalogitemscommand.h"

#include "model/catalog/catalogdatabase.h"

#include <QSet>

ImportCatalogItemsCommand::ImportCatalogItemsCommand(CatalogDatabase *db, QList<CatalogItem> items,
                                                     QList<CatalogItem> replaced,
                                                     const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_items(std::move(items))
    , m_replaced(std::move(replaced))
{
    QSet<QString> existed;
    for (const CatalogItem &item : m_replaced)
        existed.insert(item.id);
    for (const CatalogItem &item : m_items) {
        if (!existed.contains(item.id))
            m_added.append(item.id);
    }
}

void ImportCatalogItemsCommand::redo()
{
    const CatalogResult result =
        m_db ? m_db->applyChanges({}, m_items) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog import not applied: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}

void ImportCatalogItemsCommand::undo()
{
    const CatalogResult result =
        m_db ? m_db->applyChanges(m_added, m_replaced) : CatalogResult::failure(QString());
    if (!result.ok()) {
        qWarning("Catalog import not undone: %s", qPrintable(result.errorText));
        setObsolete(true);
    }
}
