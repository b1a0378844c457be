#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

enum class CoolingType { Air, RearDoor, DirectLiquid };

// How a rack's heat leaves it and how much heat that can remove.
struct RackCooling
{
    Q_DECLARE_TR_FUNCTIONS(RackCooling)

public:
    CoolingType type = CoolingType::Air;
    double ceilingWatts = defaultCeilingWatts(CoolingType::Air);

    // Planning ceilings per cooling type, from the catalog's cooling_limit row and its
    // notes (factryze/coolnetpower, Schneider WP156): air ~30 kW per rack, rear-door heat
    // exchangers 40-60 kW, direct-to-chip liquid 80-120+ kW.
    static constexpr double defaultCeilingWatts(CoolingType type)
    {
        switch (type) {
        case CoolingType::Air:
            return 30000.0;
        case CoolingType::RearDoor:
            return 60000.0;
        case CoolingType::DirectLiquid:
            return 120000.0;
        }
        return 0.0;
    }
    static RackCooling ofType(CoolingType type) { return {type, defaultCeilingWatts(type)}; }

    static QString typeKey(CoolingType type); // "air", "rear_door", "direct_liquid"
    static std::optional<CoolingType> typeFromKey(const QString &key);
    static QString typeDisplayName(CoolingType type); // translated

    friend bool operator==(const RackCooling &, const RackCooling &) = default;
};
