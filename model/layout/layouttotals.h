#pragma once

#include "model/layout/layoutload.h"
#include "model/layout/limitkind.h"

#include <optional>

// What a rack, a row or the whole hall holds and what it may hold. Kept as running sums:
// an edit changes one rack's totals and adds the difference to its row and the hall, so
// no edit ever rescans the hall (architecture.md, "Scale it must hold"). Rows and the
// hall add up their racks' limits too, so their fractions are of the capacity they have.
struct LayoutTotals
{
    int rackCount = 0;
    int placementCount = 0;
    int unitsTotal = 0;
    int unitsUsed = 0;
    LayoutLoad load;
    qint64 powerBudgetMilliwatts = 0; // derated, all feeds
    qint64 oneFeedMilliwatts = 0; // derated single feed, racks with A and B feeds only
    qint64 redundantPowerMaxMilliwatts = 0; // maximum draw of those racks
    qint64 coolingCeilingMilliwatts = 0;
    qint64 massLimitGrams = 0;
    int racksOverLimit = 0;

    double powerTypicalWatts() const { return load.powerTypicalMilliwatts / 1000.0; }
    double powerMaxWatts() const { return load.powerMaxMilliwatts / 1000.0; }
    double weightKg() const { return load.massGrams / 1000.0; }
    double powerBudgetWatts() const { return powerBudgetMilliwatts / 1000.0; }
    double oneFeedWatts() const { return oneFeedMilliwatts / 1000.0; }
    double coolingCeilingWatts() const { return coolingCeilingMilliwatts / 1000.0; }
    double weightLimitKg() const { return massLimitGrams / 1000.0; }
    int unitsFree() const { return unitsTotal - unitsUsed; }
    // Heat to remove, from the typical draw: 1 W = 3.412 BTU/h (NIST SP 811, B.8).
    double heatBtuPerHour() const { return powerTypicalWatts() * 3.412142; }

    struct Nearest
    {
        LimitKind limit = LimitKind::Space;
        double fraction = 0.0; // used / allowed; above 1 the limit is broken
    };
    // The limit this holds the largest share of; nullopt when it has no limits at all.
    std::optional<Nearest> nearestLimit() const;
    bool isOverLimit() const;

    LayoutTotals &operator+=(const LayoutTotals &other);
    LayoutTotals &operator-=(const LayoutTotals &other);
    friend bool operator==(const LayoutTotals &, const LayoutTotals &) = default;
};
