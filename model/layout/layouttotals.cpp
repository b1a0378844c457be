#include "model/layout/layouttotals.h"

#include <array>
#include <utility>

std::optional<LayoutTotals::Nearest> LayoutTotals::nearestLimit() const
{
    // Maximum draw sizes the circuits; typical draw is the heat cooling removes all day.
    const std::array<std::pair<LimitKind, std::pair<qint64, qint64>>, 5> candidates = {{
        {LimitKind::Space, {unitsUsed, unitsTotal}},
        {LimitKind::Power, {load.powerMaxMilliwatts, powerBudgetMilliwatts}},
        {LimitKind::Redundancy, {redundantPowerMaxMilliwatts, oneFeedMilliwatts}},
        {LimitKind::Weight, {load.massGrams, massLimitGrams}},
        {LimitKind::Cooling, {load.powerTypicalMilliwatts, coolingCeilingMilliwatts}},
    }};
    std::optional<Nearest> nearest;
    for (const auto &[kind, values] : candidates) {
        if (values.second <= 0)
            continue; // no such limit (unknown rating, single feed)
        const double fraction = static_cast<double>(values.first) / values.second;
        if (!nearest || fraction > nearest->fraction)
            nearest = Nearest {kind, fraction};
    }
    return nearest;
}

bool LayoutTotals::isOverLimit() const
{
    const auto nearest = nearestLimit();
    return nearest && nearest->fraction > 1.0;
}

LayoutTotals &LayoutTotals::operator+=(const LayoutTotals &other)
{
    rackCount += other.rackCount;
    placementCount += other.placementCount;
    unitsTotal += other.unitsTotal;
    unitsUsed += other.unitsUsed;
    load += other.load;
    powerBudgetMilliwatts += other.powerBudgetMilliwatts;
    oneFeedMilliwatts += other.oneFeedMilliwatts;
    redundantPowerMaxMilliwatts += other.redundantPowerMaxMilliwatts;
    coolingCeilingMilliwatts += other.coolingCeilingMilliwatts;
    massLimitGrams += other.massLimitGrams;
    racksOverLimit += other.racksOverLimit;
    return *this;
}

LayoutTotals &LayoutTotals::operator-=(const LayoutTotals &other)
{
    rackCount -= other.rackCount;
    placementCount -= other.placementCount;
    unitsTotal -= other.unitsTotal;
    unitsUsed -= other.unitsUsed;
    load -= other.load;
    powerBudgetMilliwatts -= other.powerBudgetMilliwatts;
    oneFeedMilliwatts -= other.oneFeedMilliwatts;
    redundantPowerMaxMilliwatts -= other.redundantPowerMaxMilliwatts;
    coolingCeilingMilliwatts -= other.coolingCeilingMilliwatts;
    massLimitGrams -= other.massLimitGrams;
    racksOverLimit -= other.racksOverLimit;
    return *this;
}
