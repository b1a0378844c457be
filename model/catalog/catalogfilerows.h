#pragma once

#include "model/catalog/catalogfields.h"
#include "model/catalog/catalogitem.h"

#include <QList>
#include <QSet>
#include <QString>

// One row of a catalog file as read: where it is, the item it describes and what could
// not be read. `row` counts as a spreadsheet does (the CSV header is row 1) or, in JSON,
// the item's position in the list (from 1); `line` is the CSV line the row starts on.
struct CatalogFileRow
{
    int row = 0;
    int line = 0;
    CatalogItem item;
    QSet<QString> keys; // the fields the row has (its file's columns, its JSON keys)
    QList<CatalogFieldError> errors;
};

// A catalog file as read by CatalogCsv or CatalogJson, before any check against the
// catalog it goes into.
struct CatalogFileRows
{
    QList<CatalogFileRow> rows;
    // Problems with the file as a whole (not UTF-8, not JSON, an unclosed quote): no row
    // could be trusted.
    QString fileError;
    // Problems with the header (row 1): unknown or repeated columns, no id column.
    QList<CatalogFieldError> headerErrors;

    bool readable() const { return fileError.isEmpty() && headerErrors.isEmpty(); }
};
