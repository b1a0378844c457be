#include "app/cli/commandcatalog.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"

#include <QCoreApplication>
#include <QFileInfo>

CatalogResult openCommandCatalog(CatalogDatabase *db, const GlobalOptions &globals)
{
    if (!globals.catalogPath.isEmpty()) {
        if (!QFileInfo::exists(globals.catalogPath))
            return CatalogResult::failure(
                QCoreApplication::translate("CommandCatalog", "The catalog '%1' does not exist.")
                    .arg(globals.catalogPath));
        return db->open(globals.catalogPath);
    }
    CatalogResult result = db->open(QStringLiteral(":memory:"));
    if (result.ok())
        result = db->replaceAll(CatalogSeed::items(), CatalogSeed::referenceFigures());
    return result;
}
