#pragma once

#include "model/catalog/catalogresult.h"

#include <QCoreApplication>
#include <QString>

class CatalogDatabase;

// Writes the whole catalog to a .csv or .json file (by extension) atomically: the file is
// complete or untouched. What it writes, CatalogImport reads back into equal items.
class CatalogExport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogExport)

public:
    static CatalogResult toFile(const CatalogDatabase &db, const QString &filePath,
                                int *itemCount = nullptr);
};
