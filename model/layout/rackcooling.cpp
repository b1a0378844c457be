#include "model/layout/rackcooling.h"

QString RackCooling::typeKey(CoolingType type)
{
    switch (type) {
    case CoolingType::Air:
        return QStringLiteral("air");
    case CoolingType::RearDoor:
        return QStringLiteral("rear_door");
    case CoolingType::DirectLiquid:
        return QStringLiteral("direct_liquid");
    }
    return {};
}

std::optional<CoolingType> RackCooling::typeFromKey(const QString &key)
{
    for (CoolingType type : {CoolingType::Air, CoolingType::RearDoor, CoolingType::DirectLiquid}) {
        if (key == typeKey(type))
            return type;
    }
    return std::nullopt;
}

QString RackCooling::typeDisplayName(CoolingType type)
{
    switch (type) {
    case CoolingType::Air:
        return tr("Air");
    case CoolingType::RearDoor:
        return tr("Rear-door heat exchanger");
    case CoolingType::DirectLiquid:
        return tr("Direct liquid");
    }
    return {};
}
