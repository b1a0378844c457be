#pragma once

#include "model/catalog/catalogresult.h"

#include <QCoreApplication>
#include <QString>

class CatalogDatabase;

// Where a user's catalog lives and how it comes to be: in QStandardPaths'
// AppDataLocation unless `--catalog PATH` names another file, created from the shipped
// seed on first use, and reset to that seed on request with a backup of what was there.
class UserCatalog
{
    Q_DECLARE_TR_FUNCTIONS(UserCatalog)

public:
    // <AppDataLocation>/catalog.sqlite
    static QString defaultFilePath();

    // Opens the catalog at `filePath` (the default when empty). A file that does not exist
    // yet is first built from the seed under a temporary name and then renamed, so an
    // interrupted first run never leaves a half-filled catalog behind. An existing file is
    // never replaced, even when it cannot be opened: the error says why.
    static CatalogResult open(CatalogDatabase *db, const QString &filePath = QString(),
                              bool *created = nullptr);

    // Copies the open catalog to "<name>-backup-<date>-<time>.sqlite" beside it, then
    // replaces its contents with the seed in one transaction. `backupPath` receives the
    // copy's path. The caller asks for confirmation first and clears any undo history that
    // points at the old contents.
    static CatalogResult resetToDefaults(CatalogDatabase *db, QString *backupPath);
};
