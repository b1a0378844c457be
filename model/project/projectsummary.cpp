#include "model/project/projectsummary.h"

#include "model/layout/datahall.h"
#include "model/layout/layoutrules.h"
#include "model/project/project.h"
#include "model/workload/headroomview.h"
#include "model/workload/workloadjson.h"

#include <QJsonArray>

#include <cmath>

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

QJsonObject ProjectSummary::entryJson(const HeadroomEntry &entry)
{
    const auto fraction = entry.headroomFraction();
    // JSON has no infinity: a demand no GPU count can meet is null.
    return QJsonObject {
        {QStringLiteral("demand"),
         std::isfinite(entry.demand) ? QJsonValue(entry.demand) : QJsonValue()},
        {QStringLiteral("capacity"), entry.capacity},
        {QStringLiteral("headroom_fraction"),
         fraction && std::isfinite(*fraction) ? QJsonValue(*fraction) : QJsonValue()},
    };
}

QJsonObject ProjectSummary::headroomJson(const ScopeHeadroom &headroom)
{
    QJsonObject result;
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference}) {
        QJsonObject entries;
        for (int d = 0; d < kHeadroomDimensionCount; ++d)
            entries[HeadroomDimensions::key(HeadroomDimension(d))] =
                entryJson(headroom.entry(kind, HeadroomDimension(d)));
        result[Workload::kindKey(kind)] = entries;
    }
    return result;
}

QJsonObject ProjectSummary::toJson(const Project &project)
{
    const DataHall &hall = *project.hall();
    const WorkloadSet &workloads = *project.workloads();
    const HeadroomView view = project.headroom()->current();
    QJsonObject json = toJson(hall);

    // Headroom of every row and rack, in the order the hall's keys list them.
    QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QJsonArray racks = json.value(QStringLiteral("racks")).toArray();
    int rackIndex = 0;
    for (int r = 0; r < int(hall.rowIds().size()); ++r) {
        const RowId row = hall.rowIds().at(r);
        QJsonObject rowJson = rows.at(r).toObject();
        rowJson[QStringLiteral("headroom")] = headroomJson(view.headroom(HeadroomScope::row(row)));
        rows.replace(r, rowJson);
        for (RackId rack : hall.rackIds(row)) {
            QJsonObject rackJson = racks.at(rackIndex).toObject();
            rackJson[QStringLiteral("headroom")] =
                headroomJson(view.headroom(HeadroomScope::rack(rack)));
            racks.replace(rackIndex++, rackJson);
        }
    }
    json[QStringLiteral("rows")] = rows;
    json[QStringLiteral("racks")] = racks;

    QJsonArray workloadArray;
    for (WorkloadId id : workloads.workloadIds()) {
        const Workload &w = *workloads.workload(id);
        const QJsonObject definition = WorkloadJson::toJson(w);
        const auto result = view.result(id);
        QJsonObject o {
            {QStringLiteral("id"), double(id)},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("kind"), Workload::kindKey(w.kind)},
            {QStringLiteral("model"), w.model.name},
            {QStringLiteral("precision"), PrecisionInfo::name(w.precision)},
            {Workload::kindKey(w.kind), definition.value(Workload::kindKey(w.kind))},
            {QStringLiteral("servers"), int(workloads.servers(id).size())},
            {QStringLiteral("gpus"), result ? result->hardware.gpus : 0},
            {QStringLiteral("accelerator"), result ? result->hardware.acceleratorId : QString()},
        };
        if (result && result->isRunning()) {
            // Training: time to train on its GPUs against the deadline; inference: TTFT or
            // TPOT against its target, whichever leaves less.
            o[QStringLiteral("latency")] = entryJson(result->latency);
            if (w.kind == WorkloadKind::Inference)
                o[QStringLiteral("gpus_needed")] = result->gpusNeeded;
            // What the proposal states a service sustains on its GPUs within its targets.
            if (result->inference)
                o[QStringLiteral("requests_per_second_within_targets")] =
                    result->inference->requestsPerSecondWithinTargets;
        }
        if (result && !result->errorText.isEmpty())
            o[QStringLiteral("error")] = result->errorText;
        if (result && !result->warnings.isEmpty())
            o[QStringLiteral("warnings")] = QJsonArray::fromStringList(result->warnings);
        workloadArray.append(o);
    }
    json[QStringLiteral("workloads")] = workloadArray;

    QJsonArray assignments;
    for (const Assignment &a : workloads.assignments()) {
        const Placement *p = hall.placement(a.server);
        if (!p)
            continue;
        const RackId rack = hall.rackOf(a.server);
        assignments.append(QJsonObject {
            {QStringLiteral("workload"), double(a.workload)},
            {QStringLiteral("workload_name"), workloads.workload(a.workload)->name},
            {QStringLiteral("placement"), double(a.server)},
            {QStringLiteral("item"), p->itemId},
            {QStringLiteral("rack"), hall.rack(rack)->name},
            {QStringLiteral("row"), hall.row(hall.rowOf(rack))->name},
            {QStringLiteral("position_u"), p->positionU},
            {QStringLiteral("gpus"), p->configuration.acceleratorCount},
        });
    }
    json[QStringLiteral("assignments")] = assignments;
    json[QStringLiteral("headroom")] = headroomJson(view.headroom(HeadroomScope::hall()));
    return json;
}
