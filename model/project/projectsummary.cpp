#include "model/project/projectsummary.h"

#include "model/layout/datahall.h"
#include "model/layout/layoutrules.h"

#include <QJsonArray>

namespace {
QJsonValue watts(qint64 milliwatts)
{
    return double(milliwatts) / 1000.0;
}

QJsonObject totalsJson(const LayoutTotals &t)
{
    QJsonObject o {
        {QStringLiteral("racks"), t.rackCount},
        {QStringLiteral("placements"), t.placementCount},
        {QStringLiteral("u_total"), t.unitsTotal},
        {QStringLiteral("u_used"), t.unitsUsed},
        {QStringLiteral("power_typical_w"), watts(t.load.powerTypicalMilliwatts)},
        {QStringLiteral("power_max_w"), watts(t.load.powerMaxMilliwatts)},
        {QStringLiteral("power_budget_w"), watts(t.powerBudgetMilliwatts)},
        {QStringLiteral("heat_btu_per_h"), t.heatBtuPerHour()},
        {QStringLiteral("weight_kg"), t.weightKg()},
        {QStringLiteral("weight_limit_kg"), t.weightLimitKg()},
        {QStringLiteral("weight_unknown_items"), t.load.unknownWeightCount},
        {QStringLiteral("power_unknown_items"), t.load.unknownPowerCount},
        {QStringLiteral("cooling_ceiling_w"), watts(t.coolingCeilingMilliwatts)},
        {QStringLiteral("racks_over_limit"), t.racksOverLimit},
    };
    if (const auto nearest = t.nearestLimit()) {
        o[QStringLiteral("nearest_limit")] =
            QJsonObject {{QStringLiteral("limit"), LimitKinds::key(nearest->limit)},
                         {QStringLiteral("fraction"), nearest->fraction}};
    }
    return o;
}
} // namespace

QJsonObject ProjectSummary::toJson(const DataHall &hall)
{
    const CatalogSnapshot &catalog = hall.catalog();
    QJsonArray rows;
    QJsonArray racks;
    for (RowId rowId : hall.rowIds()) {
        const HallRow *row = hall.row(rowId);
        QJsonArray rackNames;
        for (RackId rackId : hall.rackIds(rowId)) {
            const Rack *rack = hall.rack(rackId);
            const LayoutTotals &t = hall.rackTotals(rackId);
            const CatalogItem *type = catalog.item(rack->rackTypeId);
            rackNames.append(rack->name);

            QJsonArray placements;
            for (PlacementId id : hall.placementIds(rackId)) {
                const Placement *p = hall.placement(id);
                const CatalogItem *item = catalog.item(p->itemId);
                const LayoutLoad load = hall.placementLoad(id);
                QJsonObject o {
                    {QStringLiteral("item"), p->itemId},
                    {QStringLiteral("name"), item ? item->displayName() : p->itemId},
                    {QStringLiteral("position_u"), p->positionU},
                    {QStringLiteral("u_height"), item ? item->rackUnits : 0},
                    {QStringLiteral("face"), Placement::faceKey(p->face)},
                    {QStringLiteral("power_typical_w"), watts(load.powerTypicalMilliwatts)},
                    {QStringLiteral("power_max_w"), watts(load.powerMaxMilliwatts)},
                    {QStringLiteral("weight_kg"), double(load.massGrams) / 1000.0},
                };
                if (item && item->kind == ItemKind::GpuServer) {
                    o[QStringLiteral("accelerator")] = p->configuration.acceleratorId;
                    o[QStringLiteral("accelerator_count")] = p->configuration.acceleratorCount;
                    o[QStringLiteral("drive_count")] = p->configuration.driveCount;
                }
                placements.append(o);
            }
            QJsonArray broken;
            for (const LimitViolation &v : LayoutRules::brokenLimits(*rack, t).violations) {
                broken.append(QJsonObject {{QStringLiteral("limit"), LimitKinds::key(v.limit)},
                                           {QStringLiteral("value"), v.value},
                                           {QStringLiteral("allowed"), v.allowed},
                                           {QStringLiteral("message"), v.message}});
            }
            QJsonObject o {
                {QStringLiteral("name"), rack->name},
                {QStringLiteral("row"), row->name},
                {QStringLiteral("rack_type"), rack->rackTypeId},
                {QStringLiteral("rack_type_name"), type ? type->displayName() : QString()},
                {QStringLiteral("u_total"), t.unitsTotal},
                {QStringLiteral("u_used"), t.unitsUsed},
                {QStringLiteral("power_typical_w"), watts(t.load.powerTypicalMilliwatts)},
                {QStringLiteral("power_max_w"), watts(t.load.powerMaxMilliwatts)},
                {QStringLiteral("power_budget_w"), watts(t.powerBudgetMilliwatts)},
                {QStringLiteral("power_one_feed_w"),
                 rack->power.isRedundant() ? QJsonValue(rack->power.oneFeedWatts()) : QJsonValue()},
                {QStringLiteral("feeds"), rack->power.feedCount},
                {QStringLiteral("feed_w"), rack->power.feedWatts},
                {QStringLiteral("phase"), RackPower::phaseKey(rack->power.phase)},
                {QStringLiteral("heat_btu_per_h"), t.heatBtuPerHour()},
                {QStringLiteral("weight_kg"), t.weightKg()},
                {QStringLiteral("weight_limit_kg"), t.weightLimitKg()},
                {QStringLiteral("weight_unknown_items"), t.load.unknownWeightCount},
                {QStringLiteral("power_unknown_items"), t.load.unknownPowerCount},
                {QStringLiteral("cooling"), RackCooling::typeKey(rack->cooling.type)},
                {QStringLiteral("cooling_ceiling_w"), rack->cooling.ceilingWatts},
                {QStringLiteral("pdus"), QJsonArray::fromStringList(rack->pduIds)},
                {QStringLiteral("placements"), placements},
                {QStringLiteral("broken_limits"), broken},
            };
            if (const auto nearest = t.nearestLimit()) {
                o[QStringLiteral("nearest_limit")] =
                    QJsonObject {{QStringLiteral("limit"), LimitKinds::key(nearest->limit)},
                                 {QStringLiteral("fraction"), nearest->fraction}};
            }
            racks.append(o);
        }
        rows.append(QJsonObject {{QStringLiteral("name"), row->name},
                                 {QStringLiteral("racks"), rackNames},
                                 {QStringLiteral("totals"), totalsJson(hall.rowTotals(rowId))}});
    }
    return QJsonObject {{QStringLiteral("rows"), rows},
                        {QStringLiteral("racks"), racks},
                        {QStringLiteral("totals"), totalsJson(hall.totals())}};
}
