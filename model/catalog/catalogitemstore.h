#pragma once

#include "model/catalog/catalogitem.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

class CatalogListing;
enum class CatalogTable;

// Maps CatalogItem onto the catalog's tables: the item row, its vendor, its price, its
// per-kind spec row, a server's accelerator options and the item's listing row. The statements are
// generated from CatalogFields (column = field key), so a new field needs a column and nothing else
// here. Writes reuse prepared statements; the caller owns the transaction.
class CatalogItemStore
{
public:
    explicit CatalogItemStore(QSqlDatabase db);
    ~CatalogItemStore();

    // Items in catalog order (kind, vendor, model). `where` is a condition on the items
    // table aliased "i", with positional placeholders bound to `values`.
    QList<CatalogItem> read(const QString &where = QString(), const QVariantList &values = {},
                            QString *error = nullptr) const;

    bool insert(const CatalogItem &item, QString *error);
    bool remove(const QString &id, QString *error);
    // Vendors no item refers to any more.
    bool removeUnusedVendors(QString *error);

    // The SQL table and alias that hold a field's column.
    static QString tableName(CatalogTable table);

private:
    bool prepare(CatalogTable table, QString *error);
    qint64 vendorId(const QString &name, QString *error);

    QSqlDatabase m_db;
    std::map<CatalogTable, QSqlQuery> m_inserts;
    QHash<QString, qint64> m_vendorIds;
    std::unique_ptr<CatalogListing> m_listing;
};
