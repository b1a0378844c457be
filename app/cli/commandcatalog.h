#pragma once

#include "app/cli/commandline.h"
#include "model/catalog/catalogresult.h"

class CatalogDatabase;

// Opens the catalog a headless subcommand reads accelerators and products from: the file
// named by the global `--catalog PATH` (which must exist: a typo must not quietly create
// an empty catalog), otherwise the user's own catalog (UserCatalog: AppDataLocation,
// created from the shipped seed on first use).
CatalogResult openCommandCatalog(CatalogDatabase *db, const GlobalOptions &globals);
