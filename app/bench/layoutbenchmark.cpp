#include "app/bench/layoutbenchmark.h"

#include "model/layout/hallmodel.h"
#include "model/project/project.h"

#include <QElapsedTimer>

namespace {
CatalogItem rackType()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-rack");
    item.kind = ItemKind::Rack;
    item.rackUnits = 42;
    item.depthMm = 1200.0;
    item.maxLoadKg = 1700.0;
    return item;
}

// An 8-GPU server shaped like a DGX H100 (catalog row: 4U here so eight fit a rack).
CatalogItem server()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-server");
    item.kind = ItemKind::GpuServer;
    item.rackUnits = 4;
    item.depthMm = 900.0;
    item.powerTypicalWatts = 7500.0;
    item.powerMaxWatts = 10200.0;
    item.weightKg = 130.0;
    item.acceleratorCount = 8;
    return item;
}

CatalogItem switchItem()
{
    CatalogItem item;
    item.id = QStringLiteral("bench-switch");
    item.kind = ItemKind::Switch;
    item.rackUnits = 1;
    item.depthMm = 500.0;
    item.powerTypicalWatts = 750.0;
    item.powerMaxWatts = 1700.0;
    item.weightKg = 14.8;
    return item;
}

// racks racks of `servers` servers each, in rows of 20; the servers fill U1 upwards.
std::vector<RackId> build(Project &project, int racks, int servers)
{
    DataHall *hall = project.hall();
    hall->addCatalogItems({rackType(), server(), switchItem()});
    std::vector<RackId> ids;
    RowId row = 0;
    for (int r = 0; r < racks; ++r) {
        if (r % 20 == 0) {
            row = hall->allocateId();
            hall->insertRow(int(hall->rowIds().size()), {{row, QStringLiteral("Row")}, {}});
        }
        RackSnapshot rack;
        // Generous power and liquid cooling: the drop must pass every rule to be a drop.
        rack.rack = {hall->allocateId(),
                     QStringLiteral("R%1").arg(r),
                     rackType().id,
                     {200000.0, 2, PowerPhase::Three},
                     RackCooling::ofType(CoolingType::DirectLiquid),
                     {}};
        for (int s = 0; s < servers; ++s)
            rack.placements.push_back(
                {hall->allocateId(), server().id, 1 + 4 * s, RackFace::Front, {QString(), 8, 0}});
        hall->insertRack(row, int(hall->rackIds(row).size()), rack);
        ids.push_back(rack.rack.id);
    }
    return ids;
}

double usSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e3;
}
} // namespace

QString LayoutBenchmark::description() const
{
    return tr("Drop preview and drop of an item into a hall of 100 racks of 8 servers (and "
              "into 3,000 racks of ~4 servers).");
}

QList<Measurement> LayoutBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    // Microseconds: a drop is far below a millisecond, and "0.001 ms" says little.
    const QString us = QStringLiteral("us");
    Measurement preview {QStringLiteral("drop_preview_100_racks"), us};
    Measurement drop {QStringLiteral("drop_and_totals_100_racks"), us};
    Measurement dropModel {QStringLiteral("drop_and_totals_with_hall_model_100_racks"), us};
    Measurement dropLarge {QStringLiteral("drop_and_totals_3000_racks"), us};

    auto measure = [runs](Project &project, const std::vector<RackId> &racks, Measurement *check,
                          Measurement *place) {
        LayoutEditor editor = project.layoutEditor();
        const CatalogItem item = switchItem();
        for (int i = 0; i < runs; ++i) {
            const RackId rack = racks[(i * 37) % racks.size()];
            const int u = 40 + i % 3; // above the servers: always free
            QElapsedTimer timer;
            if (check) {
                timer.start();
                const RuleCheck result = editor.checkPlacement(rack, item, u, RackFace::Front);
                check->samples.push_back(usSince(timer));
                Q_ASSERT(result.fits());
            }
            timer.start();
            const EditOutcome outcome = editor.placeItem(rack, item, u, RackFace::Front);
            place->samples.push_back(usSince(timer));
            Q_ASSERT(outcome.applied());
            project.undoStack()->undo(); // back to the same hall for the next run
        }
    };

    {
        Project project;
        const auto racks = build(project, 100, 8);
        measure(project, racks, &preview, &drop);
        // With the hall tree listening, as in the window: its rows repaint from dataChanged.
        HallModel model(project.hall());
        measure(project, racks, nullptr, &dropModel);
    }
    {
        Project project;
        // 3,000 racks holding 12,500 servers: four per rack, five in every sixth.
        const auto racks = build(project, 3000, 4);
        measure(project, racks, nullptr, &dropLarge);
    }
    return {preview, drop, dropModel, dropLarge};
}
