#pragma once

#include "model/catalog/catalogfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Reads catalog fields from text (CSV cells, the edit dialog) and JSON into a CatalogItem,
// with a reason for everything it cannot read ("'abc' is not a number"). Range and
// cross-field checks come after, in CatalogFields::validate().
class CatalogFieldParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFieldParser)

public:
    // Parses one cell into the item. The currency must be set before the price it
    // qualifies (fromCells() and fromJsonObject() take care of that).
    static QString fromText(const CatalogField &field, const QString &text, CatalogItem *item);
    static QString fromJson(const CatalogField &field, const QJsonValue &value, CatalogItem *item);

    // Parses a whole row (CSV cells by column key, or a JSON object) into a fresh item and
    // returns every cell that could not be read. Fields the row does not have stay at their
    // defaults (the importer keeps an existing item's values for them); empty cells and
    // JSON nulls clear. A price and its currency are read together: one without the other
    // is an error, never silently dropped.
    static QList<CatalogFieldError> fromCells(const QHash<QString, QString> &cells,
                                              CatalogItem *item);
    static QList<CatalogFieldError> fromJsonObject(const QJsonObject &object, CatalogItem *item);
};
