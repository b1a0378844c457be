#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// Placing an item in a hall of 100 racks of 8 servers each: the drop preview (rules
// check), and the drop itself (check, undo command, running totals of the rack, its row
// and the hall), as issue 5 asks. The same drop in a 3,000-rack, 12,000-server hall
// (architecture.md's scale) shows that it does not grow with the hall. The repaint part
// of the 16 ms comes with the rack editor.
class LayoutBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(LayoutBenchmark)

public:
    QString name() const override { return QStringLiteral("layout"); }
    QString description() const override;
    int defaultRuns() const override { return 200; }
    QList<Measurement> run(const BenchOptions &options) override;
};
