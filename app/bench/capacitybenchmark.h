#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// The capacity engine's cost per estimate (training with its layout and minimum-GPU
// searches, inference with its tensor-parallel, concurrency and SLO searches, and the
// whole JSON round trip of `headroom estimate`), on the shipped catalog's accelerators.
// Estimates run on every edit of a workload in the GUI, so they must stay well inside a
// frame.
class CapacityBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(CapacityBenchmark)

public:
    QString name() const override { return QStringLiteral("capacity"); }
    QString description() const override;
    int defaultRuns() const override { return 50; }
    QList<Measurement> run(const BenchOptions &options) override;
};
