#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

// Saving and opening a project at architecture.md's scale (3,000 racks, 12,000 servers):
// what an autosave costs, since it runs on the GUI thread.
class ProjectFileBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileBenchmark)

public:
    QString name() const override { return QStringLiteral("project-file"); }
    QString description() const override;
    int defaultRuns() const override { return 5; }
    QList<Measurement> run(const BenchOptions &options) override;
};
