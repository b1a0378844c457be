#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// The catalog at the scale the architecture names (performance.md): 100,000 items,
// generated from the seed into a temporary file. Measures opening the file and loading the
// browser's table (target ≤ 0.5 s) and a search keystroke re-filtering the table with a
// view attached, painted (target ≤ 16 ms median).
class CatalogBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(CatalogBenchmark)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString description() const override;
    int defaultRuns() const override { return 5; }
    QList<Measurement> run(const BenchOptions &options) override;

    static constexpr int kItemCount = 100000;
};
