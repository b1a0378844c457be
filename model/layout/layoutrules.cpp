#include "model/layout/layoutrules.h"

#include "model/core/unitformat.h"
#include "model/layout/catalogsnapshot.h"

#include <algorithm>
#include <limits>

double LimitViolation::fraction() const
{
    return allowed > 0.0 ? value / allowed : std::numeric_limits<double>::infinity();
}

bool RuleCheck::isPhysicallyPossible() const
{
    return std::none_of(violations.begin(), violations.end(),
                        [](const LimitViolation &v) { return LimitKinds::isPhysical(v.limit); });
}

const LimitViolation *RuleCheck::binding() const
{
    const LimitViolation *best = nullptr;
    for (const LimitViolation &v : violations) {
        if (!best) {
            best = &v;
            continue;
        }
        const bool vPhysical = LimitKinds::isPhysical(v.limit);
        const bool bestPhysical = LimitKinds::isPhysical(best->limit);
        if (vPhysical != bestPhysical) {
            if (vPhysical)
                best = &v;
            continue;
        }
        // Physical limits are all absolute: the first found (mounting, space, depth) wins.
        if (!vPhysical && v.fraction() > best->fraction())
            best = &v;
    }
    return best;
}

QString RuleCheck::message() const
{
    const LimitViolation *b = binding();
    return b ? b->message : QString();
}

bool RuleCheck::breaks(LimitKind kind) const
{
    return std::any_of(violations.begin(), violations.end(),
                       [kind](const LimitViolation &v) { return v.limit == kind; });
}

void RuleCheck::add(std::optional<LimitViolation> violation)
{
    if (violation)
        violations.push_back(std::move(*violation));
}

namespace {
double acceleratorWatts(const CatalogItem *accelerator)
{
    if (!accelerator)
        return 0.0;
    return accelerator->accelerator.tdpWatts > 0.0 ? accelerator->accelerator.tdpWatts
                                                   : accelerator->powerMaxWatts;
}

bool isLiquidOnly(const CatalogItem &item)
{
    return item.cooling.trimmed().compare(QLatin1String("liquid"), Qt::CaseInsensitive) == 0;
}
} // namespace

LayoutLoad LayoutRules::loadOf(const CatalogItem &item, const ServerConfiguration &configuration,
                               const CatalogSnapshot &catalog)
{
    // An unknown typical draw is taken at the maximum, an unknown maximum at the typical:
    // a planner would rather see too much than too little.
    double typical = item.powerTypicalWatts > 0.0 ? item.powerTypicalWatts : item.powerMaxWatts;
    double maximum = item.powerMaxWatts > 0.0 ? item.powerMaxWatts : item.powerTypicalWatts;
    if (item.kind == ItemKind::GpuServer && item.acceleratorCount > 0) {
        const CatalogItem *standard = item.acceleratorOptions.isEmpty()
            ? nullptr
            : catalog.item(item.acceleratorOptions.first());
        const CatalogItem *chosen = configuration.acceleratorId.isEmpty()
            ? standard
            : catalog.item(configuration.acceleratorId);
        double standardWatts = acceleratorWatts(standard);
        double chosenWatts = acceleratorWatts(chosen);
        if (standardWatts <= 0.0)
            standardWatts = chosenWatts;
        if (chosenWatts <= 0.0)
            chosenWatts = standardWatts;
        const double delta =
            configuration.acceleratorCount * chosenWatts - item.acceleratorCount * standardWatts;
        typical = std::max(0.0, typical + delta);
        maximum = std::max(0.0, maximum + delta);
    }
    LayoutLoad load {LayoutLoad::milli(typical), LayoutLoad::milli(maximum),
                     LayoutLoad::milli(item.weightKg)};
    load.unknownWeightCount = item.weightKg > 0.0 ? 0 : 1;
    load.unknownPowerCount = item.powerTypicalWatts > 0.0 || item.powerMaxWatts > 0.0 ? 0 : 1;
    return load;
}

std::optional<LimitViolation> LayoutRules::checkMounting(const CatalogItem &item,
                                                         const RackCooling &cooling)
{
    switch (item.kind) {
    case ItemKind::Accelerator:
    case ItemKind::StorageDrive:
    case ItemKind::Nic:
    case ItemKind::Optic:
        return LimitViolation {
            LimitKind::Mounting, 0, 0,
            tr("%1 goes inside a server, not into a rack slot").arg(item.displayName())};
    case ItemKind::Rack:
        return LimitViolation {LimitKind::Mounting, 0, 0, tr("a rack cannot go into a rack")};
    default:
        break;
    }
    if (item.rackUnits <= 0)
        return LimitViolation {
            LimitKind::Mounting, 0, 0,
            tr("%1 is 0U: it mounts at the rack's side, not in a U slot").arg(item.displayName())};
    if (isLiquidOnly(item) && cooling.type != CoolingType::DirectLiquid)
        return LimitViolation {
            LimitKind::Mounting, 0, 0,
            tr("%1 needs direct liquid cooling; this rack has %2")
                .arg(item.displayName(), RackCooling::typeDisplayName(cooling.type).toLower())};
    return std::nullopt;
}

std::optional<LimitViolation> LayoutRules::checkSpan(const RackSituation &rack, int bottomU,
                                                     int units, RackFace face, double depthMm)
{
    const int topU = bottomU + units - 1;
    if (bottomU < 1 || topU > rack.unitsTotal)
        return LimitViolation {
            LimitKind::Space, double(topU), double(rack.unitsTotal),
            tr("does not fit: U%1–U%2 is outside the rack's %n U", nullptr, rack.unitsTotal)
                .arg(bottomU)
                .arg(topU)};
    for (const RackSituation::Span &span : rack.spans) {
        if (span.bottomU > topU || span.topU() < bottomU)
            continue;
        // Front and rear items share a U only when both depths are known and together
        // fit the rack's depth (NetBox's half-depth devices work the same way).
        const bool bothKnown = depthMm > 0.0 && span.depthMm > 0.0 && rack.depthMm > 0.0;
        const bool share = span.face != face && bothKnown && depthMm + span.depthMm <= rack.depthMm;
        if (share)
            continue;
        return LimitViolation {LimitKind::Space, double(topU), double(rack.unitsTotal),
                               tr("U%1–U%2 is taken by %3")
                                   .arg(std::max(bottomU, span.bottomU))
                                   .arg(std::min(topU, span.topU()))
                                   .arg(span.name())};
    }
    return std::nullopt;
}

std::optional<LimitViolation> LayoutRules::checkDepth(double itemDepthMm, double rackDepthMm)
{
    if (itemDepthMm <= 0.0 || rackDepthMm <= 0.0 || itemDepthMm <= rackDepthMm)
        return std::nullopt; // unknown depths cannot be checked
    const UnitFormat format;
    return LimitViolation {
        LimitKind::Depth, itemDepthMm, rackDepthMm,
        tr("too deep for the rack: %1 of %2")
            .arg(format.length(itemDepthMm / 1000.0), format.length(rackDepthMm / 1000.0))};
}

std::optional<LimitViolation> LayoutRules::checkConfiguration(const CatalogItem &item,
                                                              const ServerConfiguration &config)
{
    if (!config.acceleratorId.isEmpty() && !item.acceleratorOptions.contains(config.acceleratorId))
        return LimitViolation {
            LimitKind::Configuration, 0, 0,
            tr("%1 does not offer accelerator '%2'").arg(item.displayName(), config.acceleratorId)};
    if (config.acceleratorCount < 0 || config.acceleratorCount > item.acceleratorCount)
        return LimitViolation {
            LimitKind::Configuration, double(config.acceleratorCount),
            double(item.acceleratorCount),
            tr("%1 holds at most %n accelerator(s)", nullptr, item.acceleratorCount)
                .arg(item.displayName())};
    if (config.driveCount < 0 || config.driveCount > item.driveBays)
        return LimitViolation {
            LimitKind::Configuration, double(config.driveCount), double(item.driveBays),
            tr("%1 has %n drive bay(s)", nullptr, item.driveBays).arg(item.displayName())};
    return std::nullopt;
}

std::optional<LimitViolation> LayoutRules::checkPower(double beforeWatts, double afterWatts,
                                                      const RackPower &power)
{
    const double budget = power.budgetWatts();
    if (afterWatts <= budget || afterWatts <= beforeWatts)
        return std::nullopt;
    const UnitFormat format;
    return LimitViolation {LimitKind::Power, afterWatts, budget,
                           tr("would exceed rack power: %1 of %2")
                               .arg(format.power(afterWatts), format.power(budget))};
}

std::optional<LimitViolation> LayoutRules::checkRedundancy(double beforeWatts, double afterWatts,
                                                           const RackPower &power)
{
    if (!power.isRedundant())
        return std::nullopt;
    const double oneFeed = power.oneFeedWatts();
    if (afterWatts <= oneFeed || afterWatts <= beforeWatts)
        return std::nullopt;
    const UnitFormat format;
    return LimitViolation {LimitKind::Redundancy, afterWatts, oneFeed,
                           tr("would lose A/B redundancy: one feed would carry %1 of %2")
                               .arg(format.power(afterWatts), format.power(oneFeed))};
}

std::optional<LimitViolation> LayoutRules::checkWeight(double beforeKg, double afterKg,
                                                       double maxLoadKg)
{
    if (maxLoadKg <= 0.0 || afterKg <= maxLoadKg || afterKg <= beforeKg)
        return std::nullopt; // an unknown rating cannot be checked
    const UnitFormat format;
    return LimitViolation {
        LimitKind::Weight, afterKg, maxLoadKg,
        tr("would exceed rack load: %1 of %2").arg(format.mass(afterKg), format.mass(maxLoadKg))};
}

std::optional<LimitViolation> LayoutRules::checkCooling(double beforeWatts, double afterWatts,
                                                        const RackCooling &cooling)
{
    if (afterWatts <= cooling.ceilingWatts || afterWatts <= beforeWatts)
        return std::nullopt;
    const UnitFormat format;
    return LimitViolation {LimitKind::Cooling, afterWatts, cooling.ceilingWatts,
                           tr("would exceed %1 cooling: %2 of %3")
                               .arg(RackCooling::typeDisplayName(cooling.type).toLower(),
                                    format.power(afterWatts), format.power(cooling.ceilingWatts))};
}

RuleCheck LayoutRules::checkPlacement(const RackSituation &rack, const CatalogItem &item,
                                      int bottomU, RackFace face,
                                      const ServerConfiguration &configuration,
                                      const CatalogSnapshot &catalog)
{
    RuleCheck check;
    check.add(checkMounting(item, rack.cooling));
    if (item.rackUnits > 0)
        check.add(checkSpan(rack, bottomU, item.rackUnits, face, item.depthMm));
    check.add(checkDepth(item.depthMm, rack.depthMm));
    if (item.kind == ItemKind::GpuServer)
        check.add(checkConfiguration(item, configuration));

    LayoutLoad after = rack.load;
    after += loadOf(item, configuration, catalog);
    const LayoutLoad &before = rack.baseline;
    check.add(checkPower(before.powerMaxMilliwatts / 1000.0, after.powerMaxMilliwatts / 1000.0,
                         rack.power));
    check.add(checkRedundancy(before.powerMaxMilliwatts / 1000.0, after.powerMaxMilliwatts / 1000.0,
                              rack.power));
    check.add(checkWeight(before.massGrams / 1000.0, after.massGrams / 1000.0, rack.maxLoadKg));
    check.add(checkCooling(before.powerTypicalMilliwatts / 1000.0,
                           after.powerTypicalMilliwatts / 1000.0, rack.cooling));
    return check;
}

RuleCheck LayoutRules::brokenLimits(const Rack &rack, const LayoutTotals &totals)
{
    // As the rack stands: "before" is nothing, so every budget above its limit counts,
    // and the messages say what is, not what an edit would do.
    RuleCheck check;
    check.add(checkPower(0.0, totals.powerMaxWatts(), rack.power));
    check.add(checkRedundancy(0.0, totals.powerMaxWatts(), rack.power));
    check.add(checkWeight(0.0, totals.weightKg(), totals.weightLimitKg()));
    check.add(checkCooling(0.0, totals.powerTypicalWatts(), rack.cooling));
    const UnitFormat format;
    for (LimitViolation &v : check.violations) {
        switch (v.limit) {
        case LimitKind::Power:
            v.message = tr("exceeds rack power: %1 of %2")
                            .arg(format.power(v.value), format.power(v.allowed));
            break;
        case LimitKind::Redundancy:
            v.message = tr("not A/B redundant: one feed would carry %1 of %2")
                            .arg(format.power(v.value), format.power(v.allowed));
            break;
        case LimitKind::Weight:
            v.message =
                tr("exceeds rack load: %1 of %2").arg(format.mass(v.value), format.mass(v.allowed));
            break;
        case LimitKind::Cooling:
            v.message = tr("exceeds %1 cooling: %2 of %3")
                            .arg(RackCooling::typeDisplayName(rack.cooling.type).toLower(),
                                 format.power(v.value), format.power(v.allowed));
            break;
        default:
            break;
        }
    }
    return check;
}
