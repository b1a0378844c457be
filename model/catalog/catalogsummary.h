#pragma once

#include "model/catalog/catalogitem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class UnitFormat;

// The few specs that tell items of one kind apart, for one line of text: a server's
// height, accelerators and power; an accelerator's memory, bandwidth, BF16 peak and TDP.
class CatalogSummary
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSummary)

public:
    // Field keys, most telling first.
    static QStringList keySpecFields(ItemKind kind);
    // "Memory 80 GB, Memory bandwidth 3.35 TB/s, ..." (only the specs the item has).
    static QString keySpecs(const CatalogItem &item, const UnitFormat &format);
};
