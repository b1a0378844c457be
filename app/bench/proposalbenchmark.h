#pragma once

#include "app/bench/benchmark.h"

#include <QCoreApplication>

class Project;

// The proposal PDF: building and writing the sample project's proposal (issue 7: at most
// 2 s), a proposal of about 20 pages for a generated hall of many rack designs (at most
// 5 s), and deriving the bill of materials of the 3,000-rack hall, which the Quote tab
// does after every burst of layout edits.
class ProposalBenchmark : public Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(ProposalBenchmark)

public:
    QString name() const override { return QStringLiteral("proposal"); }
    QString description() const override;
    int defaultRuns() const override { return 5; }
    QList<Measurement> run(const BenchOptions &options) override;

    // A hall of `designs` different racks (servers of the sample's catalog rows in varied
    // numbers and configurations), each built `copies` times, in rows of 12.
    static void buildGeneratedHall(Project &project, int designs, int copies);
};
