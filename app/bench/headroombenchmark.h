#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// The model side of a drag-hover preview on a hall of 100 racks, 800 servers and 200
// workloads (issue 6): the assignment check, the what-if headroom for a proposed
// assignment (new target, and the same target again as the mouse keeps moving over it),
// the charts' series, an applied assignment with its incremental update, and a full
// recompute for comparison. The same what-if, and the full recompute that opening a project
// costs, on a hall of 3,000 racks, 12,000 servers and 1,000 workloads (architecture.md,
// "Scale it must hold"). The views add the replot (`headroom bench headroom-preview`).
class HeadroomBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomBenchmark)

public:
    QString name() const override { return QStringLiteral("headroom"); }
    QString description() const override;
    int defaultRuns() const override { return 50; }
    QList<Measurement> run(const BenchOptions &options) override;
};
