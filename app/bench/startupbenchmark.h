#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// Time from constructing the main window to its first paint (performance.md quotes
// 42–54 ms warm under Xvfb for a window with a table, a scene and a plot).
class StartupBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(StartupBenchmark)

public:
    QString name() const override { return QStringLiteral("startup"); }
    QString description() const override;
    QList<Measurement> run(const BenchOptions &options) override;
};
