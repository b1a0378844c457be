#include "app/bench/layoutbenchmark.h"

#include "app/bench/benchhall.h"
#include "model/layout/hallmodel.h"
#include "model/project/project.h"

#include <QElapsedTimer>

namespace {
double usSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e3;
}
} // namespace

QString LayoutBenchmark::description() const
{
    return tr("Drop preview and drop of an item into a hall of 100 racks of 8 servers (and "
              "into 3,000 racks of 4 servers).");
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
        const CatalogItem item = BenchHall::switchItem();
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
        const auto racks = BenchHall::build(project, 100, 8);
        measure(project, racks, &preview, &drop);
        // With the hall tree listening, as in the window: its rows repaint from dataChanged.
        HallModel model(project.hall());
        measure(project, racks, nullptr, &dropModel);
    }
    {
        Project project;
        // 3,000 racks of four 8-GPU servers: 12,000 servers, about the 12,500 of
        // architecture.md's largest hall.
        const auto racks = BenchHall::build(project, 3000, 4);
        measure(project, racks, nullptr, &dropLarge);
    }
    return {preview, drop, dropModel, dropLarge};
}
