#pragma once

#include "model/catalog/catalogfilerows.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// The catalog as JSON: {"format": "headroom-catalog", "version": 1, "items": [...]} with
// one object per item whose keys are our column names; a bare array of items is read too.
// Numbers are numbers in SI units, prices are decimal strings ("255740.00") so that no
// amount passes through a double, and fields an item does not have are left out.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    static constexpr int kFormatVersion = 1;

    static CatalogFileRows read(const QByteArray &data);
    static QByteArray write(const QList<CatalogItem> &items);
    static QJsonObject toObject(const CatalogItem &item);
};
