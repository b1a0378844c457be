#pragma once

#include "model/catalog/catalogitem.h"
#include "model/catalog/catalogreferencefigure.h"

#include <QList>

// The catalog Headroom ships: real, sourced items and reference figures, embedded in
// headroom_model from resources/catalog/ (built by scripts/build-catalog-seed.py from the
// research files kept in resources/catalog/sources/). A new user catalog starts from it
// and "Reset to defaults" returns to it.
class CatalogSeed
{
public:
    static QList<CatalogItem> items();
    static QList<CatalogReferenceFigure> referenceFigures();
};
