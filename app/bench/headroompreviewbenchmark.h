#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// What a workload drag hovering over the hall costs the Headroom dock (issue 6: at most
// 16 ms median on a hall of 100 racks, 800 servers and 200 workloads): the four charts fed
// new numbers and replotted without antialiasing, the one on show painted. The charts are
// 1,400 x 800 offscreen, as performance.md measures them.
class HeadroomPreviewBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomPreviewBenchmark)

public:
    QString name() const override { return QStringLiteral("headroom-preview"); }
    QString description() const override;
    int defaultRuns() const override { return 50; }
    QList<Measurement> run(const BenchOptions &options) override;
};
