#pragma once

#include <QCoreApplication>
#include <QString>

// The limits the layout rules check. Space, Depth, Mounting and Configuration are
// physical: an item that breaks one cannot be put there at all. The others are budgets
// that a planner may knowingly exceed and that the project then reports as broken.
enum class LimitKind {
    Space, // free U span inside the rack
    Depth, // item deeper than the rack
    Mounting, // not a rack-mounted item, or a liquid-only item in an air-cooled rack
    Configuration, // accelerator or drive choice the server does not offer
    Power, // rack power budget after 80 % derating, all feeds
    Redundancy, // A/B: one feed alone must carry the load
    Weight, // rack static load rating
    Cooling, // heat the rack's cooling can remove
};

struct LimitKinds
{
    Q_DECLARE_TR_FUNCTIONS(LimitKinds)

public:
    static bool isPhysical(LimitKind kind)
    {
        return kind == LimitKind::Space || kind == LimitKind::Depth || kind == LimitKind::Mounting
            || kind == LimitKind::Configuration;
    }
    static QString key(LimitKind kind); // "space", "power", ...: JSON and files
    static QString displayName(LimitKind kind); // translated: "Rack power"
};
