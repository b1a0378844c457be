#pragma once

#include "model/catalog/catalogitem.h"

#include <QHash>
#include <QList>
#include <QString>

// The project's frozen copies of the catalog rows it uses. Once a row is here it is the
// one the project reads, whatever the user's catalog says later: the project opens with
// the same specs and prices on any machine. New rows come from the caller when an item
// is placed; a row already here is never replaced by a newer catalog copy.
class CatalogSnapshot
{
public:
    // Valid until the next insert() or remove().
    const CatalogItem *item(const QString &id) const;
    bool contains(const QString &id) const { return m_items.contains(id); }
    // Adds a copy; false (and no change) when a row with that id is already frozen here.
    bool insert(const CatalogItem &item);
    void remove(const QString &id) { m_items.remove(id); }
    void clear() { m_items.clear(); }
    qsizetype size() const { return m_items.size(); }
    // Every row, ordered by id so that files and exports are stable.
    QList<CatalogItem> items() const;

    friend bool operator==(const CatalogSnapshot &, const CatalogSnapshot &) = default;

private:
    QHash<QString, CatalogItem> m_items;
};
