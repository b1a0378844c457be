#pragma once

#include "model/catalog/catalogfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

class UnitFormat;

// A problem with one field of one item: which field and what is wrong, in words a user
// can act on ("must not be negative").
struct CatalogFieldError
{
    QString key;
    QString message;

    friend bool operator==(const CatalogFieldError &, const CatalogFieldError &) = default;
};

// Every column of the catalog in one table, in the order files are written, with how to
// write each for files and for people and the rules an item must meet. CSV and JSON import
// and export, the database, the detail pane, the edit dialog and validation all go through
// it, so a column is added in one place; reading text back is CatalogFieldParser's job.
class CatalogFields
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFields)

public:
    static const QList<CatalogField> &all();
    static const CatalogField *find(const QString &key);

    // The label people see ("Maximum power"), translated.
    static QString label(const CatalogField &field);

    // Lossless text for files: C locale, SI units, shortest exact number, "" when unset.
    static QString toText(const CatalogField &field, const CatalogItem &item);
    static QJsonValue toJson(const CatalogField &field, const CatalogItem &item);
    // For people: "10.2 kW", "80 GB", "6U"; "" when unset.
    static QString displayText(const CatalogField &field, const CatalogItem &item,
                               const UnitFormat &format);
    static bool isSet(const CatalogField &field, const CatalogItem &item);

    // The shortest text that reads back as exactly this number: "80000000000", "0.56".
    static QString numberText(double value);

    // Every rule a single item must meet on its own: required fields, ranges (no negative
    // power), fields that do not apply to the item's kind, price and currency together.
    // References to other items (accelerator options) are checked by whoever knows the
    // catalog: see CatalogValidator.
    static QList<CatalogFieldError> validate(const CatalogItem &item);
    static bool isValidId(const QString &id);
};
