#pragma once

#include "model/catalog/catalogitem.h"
#include "model/catalog/catalogrow.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The item_listings table: for each item, what the browser lists (CatalogRow) and searches,
// in one table that opens with a single scan. It is derived data, written with every item
// by CatalogItemStore and never edited on its own; ensureComplete() rebuilds it from the
// items when the two disagree (after the migration that added it, or a hand edit).
//
// read() goes past QSqlQuery to SQLite's C API on the connection's own handle
// (QSqlDriver::handle()): reading 100,000 rows of 17 columns as QVariants takes about a
// second, the C API a tenth of that, and opening the catalog must stay under half a
// second (`headroom bench catalog`).
class CatalogListing
{
public:
    explicit CatalogListing(QSqlDatabase db);

    bool insert(const CatalogItem &item, QString *error);

    // Every listing row, or the one of `id`, in no particular order.
    static QList<CatalogRow> read(const QSqlDatabase &db, const QString &id = QString());
    static bool ensureComplete(const QSqlDatabase &db, QString *error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};
