#pragma once

#include "model/catalog/catalogresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The catalog's tables and how a database of any earlier version becomes the current one.
// The version is SQLite's `PRAGMA user_version`; each step (migrateTo<n>) runs in its own
// transaction, checks before it alters, and sets the version as its last statement, so a
// failed step leaves the database at the version before it. A database newer than this
// build is refused and never modified; a file that is not ours is refused too.
class CatalogSchema
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSchema)

public:
    static constexpr int kCurrentVersion = 2;
    // PRAGMA application_id: "Hdrm" marks a file as a Headroom catalog.
    static constexpr int kApplicationId = 0x4864726d;

    // Checks what the file is and migrates it step by step to kCurrentVersion. A new,
    // empty file gets the whole schema.
    static CatalogResult upgrade(QSqlDatabase db);

    // user_version of an open database, or -1 when it cannot be read.
    static int version(const QSqlDatabase &db);

private:
    static CatalogResult migrateTo(QSqlDatabase &db, int version);
    static bool migrateTo1(QSqlDatabase &db, QString *error);
    static bool migrateTo2(QSqlDatabase &db, QString *error);
};
