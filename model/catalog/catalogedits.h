#pragma once

#include "model/catalog/catalogfields.h"
#include "model/catalog/catalogitem.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

class CatalogDatabase;
struct CatalogImportPreview;

// An edit a user asked for: the undo command to push, or the reasons it cannot be made,
// field by field. Neither, for an edit that would change nothing: such an edit never
// reaches the undo stack.
struct CatalogEdit
{
    std::unique_ptr<QUndoCommand> command;
    QList<CatalogFieldError> errors;

    bool isValid() const { return errors.isEmpty(); }
};

// Builds the catalog's undo commands after checking them against the catalog as it is
// (CatalogValidator), so a dialog can show each field's problem next to the field and a
// command on the stack always applies. Catalog edits are not project edits: they go on
// the catalog's own QUndoStack, and the commands take the database.
class CatalogEdits
{
    Q_DECLARE_TR_FUNCTIONS(CatalogEdits)

public:
    static CatalogEdit add(CatalogDatabase *db, const CatalogItem &item);
    static CatalogEdit edit(CatalogDatabase *db, const CatalogItem &changed);
    static CatalogEdit duplicate(CatalogDatabase *db, const QString &id);
    static CatalogEdit remove(CatalogDatabase *db, const QString &id);
    // The accepted rows of a clean import preview, as one command; no command when every
    // row is unchanged.
    static CatalogEdit import(CatalogDatabase *db, const CatalogImportPreview &preview);

    // "<base>", or "<base>-2", "<base>-3"... whichever the catalog does not have yet.
    static QString unusedId(const CatalogDatabase &db, const QString &base);
};
