#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// What a workload drag hovering over the hall costs (issue 6: at most 16 ms median on a
// hall of 100 racks, 800 servers and 200 workloads): the assignment check, the headroom
// tracker's what-if and the four charts fed and replotted without antialiasing, the one on
// show painted; the what-if alone; and the drop until the charts settle. Also the charts
// alone with synthetic numbers of that hall's shape. Charts are 1,400 x 800 offscreen, as
// performance.md measures them.
class HeadroomPreviewBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomPreviewBenchmark)

public:
    QString name() const override { return QStringLiteral("headroom-preview"); }
    QString description() const override;
    int defaultRuns() const override { return 50; }
    QList<Measurement> run(const BenchOptions &options) override;
};
