#include "app/cli/commandcatalog.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/usercatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

CatalogResult openCommandCatalog(CatalogDatabase *db, const GlobalOptions &globals)
{
    if (!globals.catalogPath.isEmpty()) {
        if (!QFileInfo::exists(globals.catalogPath))
            return CatalogResult::failure(
                QCoreApplication::translate("CommandCatalog", "The catalog '%1' does not exist.")
                    .arg(globals.catalogPath));
        return UserCatalog::open(db, globals.catalogPath);
    }
    // The user's own catalog (created from the seed on first use), so accelerators a user
    // added or corrected are the ones the estimate uses.
    return UserCatalog::open(db);
}
