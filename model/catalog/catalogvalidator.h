#pragma once

#include "model/catalog/catalogfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class CatalogDatabase;

// Checks an item against the catalog it is about to join: the field rules of
// CatalogFields::validate() plus the references between items (a server's accelerator
// options must be accelerators that exist, here or among the items written with it; an
// accelerator that servers list cannot become another kind). Import preview and edit
// commands both use it, so a user sees the same message either way.
class CatalogValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    explicit CatalogValidator(const CatalogDatabase &db);

    // Items about to be written alongside (the rows of an import): their ids count as
    // existing and their kinds as the kinds they will have.
    void addPending(const CatalogItem &item);

    QList<CatalogFieldError> validate(const CatalogItem &item) const;

private:
    const CatalogDatabase &m_db;
    QHash<QString, ItemKind> m_kinds; // the catalog's ids, updated by pending items
    QHash<QString, QStringList> m_pendingOptions; // servers being rewritten: their new options
};
