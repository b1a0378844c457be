#pragma once

#include "app/cli/commandline.h"
#include "model/catalog/catalogresult.h"

class CatalogDatabase;

// Opens the catalog a headless subcommand reads accelerators and products from: the file
// named by the global `--catalog PATH` (which must exist: a typo must not quietly create
// an empty catalog), otherwise the catalog Headroom ships.
//
// The user's own catalog file (UserCatalog, in the catalog room) is not on main yet; until
// it is, commands without --catalog read the shipped seed into an in-memory catalog, which
// never writes to the user's data folder. Replacing the body with UserCatalog::open() is
// then the whole change.
CatalogResult openCommandCatalog(CatalogDatabase *db, const GlobalOptions &globals);
