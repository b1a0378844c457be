#pragma once

#include "model/catalog/catalogitem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What instant search looks through, worked out once when an item is written and kept in
// the database (item_listings.search_text), so that opening 100,000 items formats nothing:
// the id, vendor, model, kind, category, generation, memory type, form factor, cooling,
// interfaces (except a server's) and the key specs as the C locale writes them ("8u", "80 gb",
// "3.35 tb/s"), all lower case. Long texts (sources, notes, configuration) are left out: they name
// so many products that they would match everything, and they would triple the text every keystroke
// scans.
class CatalogSearchText
{
public:
    static QString of(const CatalogItem &item);
    // The words of a query, lower case; an item matches when it contains every word.
    static QStringList terms(const QString &query);
    static QList<QByteArray> words(const QString &query); // the same, as UTF-8
};
