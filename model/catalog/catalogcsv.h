#pragma once

#include "model/catalog/catalogfilerows.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The catalog as CSV: a header row of our column names (CatalogFields keys, in any order,
// any letter case; missing optional columns are empty) and one item per row.
class CatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsv)

public:
    static CatalogFileRows read(const QByteArray &data);
    // Every column, in CatalogFields order; reads back into equal items.
    static QByteArray write(const QList<CatalogItem> &items);
};
