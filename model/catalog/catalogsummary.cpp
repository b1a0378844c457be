#include "model/catalog/catalogsummary.h"

#include "model/catalog/catalogfields.h"

QStringList CatalogSummary::keySpecFields(ItemKind kind)
{
    switch (kind) {
    case ItemKind::GpuServer:
        return {QStringLiteral("rack_units"), QStringLiteral("accelerator_count"),
                QStringLiteral("power_max_watts"), QStringLiteral("weight_kg")};
    case ItemKind::Accelerator:
        return {QStringLiteral("memory_bytes"), QStringLiteral("memory_bandwidth_bytes_per_second"),
                QStringLiteral("dense_bf16_flops_per_second"), QStringLiteral("tdp_watts")};
    case ItemKind::StorageDrive:
    case ItemKind::StorageAppliance:
        return {QStringLiteral("capacity_bytes"), QStringLiteral("read_bandwidth_bytes_per_second"),
                QStringLiteral("write_bandwidth_bytes_per_second"), QStringLiteral("rack_units"),
                QStringLiteral("power_max_watts")};
    case ItemKind::Switch:
    case ItemKind::Nic:
    case ItemKind::Optic:
        return {QStringLiteral("port_count"), QStringLiteral("port_speed_bits_per_second"),
                QStringLiteral("switching_capacity_bits_per_second"), QStringLiteral("rack_units"),
                QStringLiteral("power_max_watts")};
    case ItemKind::Rack:
        return {QStringLiteral("rack_units"), QStringLiteral("width_mm"),
                QStringLiteral("depth_mm"), QStringLiteral("max_load_kg")};
    case ItemKind::Pdu:
        return {QStringLiteral("power_capacity_watts"), QStringLiteral("outlet_count"),
                QStringLiteral("electrical")};
    case ItemKind::Count:
        break;
    }
    return {};
}

QString CatalogSummary::keySpecs(const CatalogItem &item, const UnitFormat &format)
{
    QStringList parts;
    for (const QString &key : keySpecFields(item.kind)) {
        const CatalogField *field = CatalogFields::find(key);
        if (!field)
            continue;
        const QString value = CatalogFields::displayText(*field, item, format);
        if (value.isEmpty())
            continue;
        // "6U" says what it is; other numbers need their label.
        if (field->unit == CatalogUnit::RackUnits)
            parts.append(value);
        else
            //: One spec in a list: "Memory 80 GB"
            parts.append(tr("%1 %2").arg(CatalogFields::label(*field), value));
    }
    return parts.join(QLatin1String(", "));
}
