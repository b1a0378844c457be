#pragma once

#include "model/catalog/catalogitem.h"

#include <QString>
#include <QVariant>

#include <functional>

// What a field holds, which decides how it is parsed, checked and written.
enum class CatalogFieldType {
    Id, // "nvidia-h100-sxm5-80gb": lower-case letters, digits, '-', '_', '.'
    Kind, // an ItemKind key
    Confidence, // a Confidence key
    Text,
    Integer, // whole number, not negative
    Real, // finite number, not negative
    Boolean,
    IdList, // ids separated by ';' (CSV) or a JSON array
    Price, // major units as written ("255740.00"), stored as Money
    Currency, // ISO 4217 code
    Date, // ISO 8601 "2025-01-31"
};

// The physical unit a number is in (SI, as the field's key says), for formatting it.
enum class CatalogUnit {
    None,
    Count,
    RackUnits,
    Millimetres,
    Kilograms,
    Watts,
    Bytes,
    BytesPerSecond,
    BitsPerSecond,
    FlopsPerSecond,
    PerSecond, // IOPS
    DriveWritesPerDay,
};

// The table a field lives in; per-kind spec tables decide which kinds a field applies to.
enum class CatalogTable {
    Items,
    Prices,
    ServerSpecs,
    ServerAcceleratorOptions,
    AcceleratorSpecs,
    StorageSpecs,
    NetworkSpecs,
    RackSpecs,
    PduSpecs,
};

// One column of the catalog: its stable key (CSV header, JSON key, SQL column), type, unit,
// table and how to read and write it on a CatalogItem. Values travel as QVariant: double
// for Real, int for Integer, QString for text-like types, QStringList for IdList, bool,
// QDate, and qint64 minor units for Price (invalid QVariant when there is no price).
struct CatalogField
{
    QString key;
    CatalogFieldType type = CatalogFieldType::Text;
    CatalogUnit unit = CatalogUnit::None;
    CatalogTable table = CatalogTable::Items;
    bool required = false;
    std::function<QVariant(const CatalogItem &)> get;
    std::function<void(CatalogItem &, const QVariant &)> set;

    bool appliesTo(ItemKind kind) const;
    bool isNumeric() const
    {
        return type == CatalogFieldType::Integer || type == CatalogFieldType::Real;
    }
};
