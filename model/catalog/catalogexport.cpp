#include "model/catalog/catalogexport.h"

#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogjson.h"

#include <QFileInfo>
#include <QSaveFile>

CatalogResult CatalogExport::toFile(const CatalogDatabase &db, const QString &filePath,
                                    int *itemCount)
{
    const std::optional<CatalogFileFormat> format = CatalogImport::formatOf(filePath);
    if (!format)
        return CatalogResult::failure(tr("Cannot tell the format of '%1': name it .csv or .json.")
                                          .arg(QFileInfo(filePath).fileName()));
    const QList<CatalogItem> items = db.items();
    const QByteArray data =
        *format == CatalogFileFormat::Csv ? CatalogCsv::write(items) : CatalogJson::write(items);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return CatalogResult::failure(
            tr("Could not write '%1': %2").arg(filePath, file.errorString()));
    if (itemCount)
        *itemCount = static_cast<int>(items.size());
    return CatalogResult::success();
}
