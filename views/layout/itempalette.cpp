#include "views/layout/itempalette.h"

QColor ItemPalette::fill(ItemKind kind)
{
    switch (kind) {
    case ItemKind::GpuServer:
        return QColor(0x3b, 0x6e, 0xa8);
    case ItemKind::StorageAppliance:
    case ItemKind::StorageDrive:
        return QColor(0xc7, 0x7c, 0x2a);
    case ItemKind::Switch:
    case ItemKind::Nic:
    case ItemKind::Optic:
        return QColor(0x6a, 0x4c, 0x9c);
    case ItemKind::Pdu:
        return QColor(0x5f, 0x6b, 0x73);
    case ItemKind::Accelerator:
    case ItemKind::Rack:
    case ItemKind::Count:
        break;
    }
    return QColor(0x7a, 0x85, 0x90);
}

QColor ItemPalette::gauge(double fraction)
{
    if (fraction > 1.0)
        return refused();
    if (fraction >= 0.8)
        return warning();
    return fits();
}
