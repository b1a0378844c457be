#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// The rack layout editor on screen (offscreen platform, 1600 x 1000 viewport): a drop
// from the Catalog into a hall of 100 racks of 8 servers, from the drop event to the
// repainted view (issue 5: 16 ms median), the drag preview that runs on every mouse move,
// and a hall of 3,000 racks (architecture.md's 12,000-server scale) opened, painted whole
// and zoomed into.
class LayoutEditorBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(LayoutEditorBenchmark)

public:
    QString name() const override { return QStringLiteral("layout-editor"); }
    QString description() const override;
    int defaultRuns() const override { return 30; }
    QList<Measurement> run(const BenchOptions &options) override;
};
