#pragma once

#include "app/cli/commandline.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// One figure a benchmark measures, sampled once per run.
struct Measurement
{
    explicit Measurement(QString measurementName, QString measurementUnit = QStringLiteral("ms"))
        : name(std::move(measurementName))
        , unit(std::move(measurementUnit))
    { }

    QString name; // stable, snake_case: it is a key in `headroom bench --json`
    QString unit;
    std::vector<double> samples;

    double median() const;
    double min() const;
    double max() const;
};

struct BenchOptions
{
    int runs = 0; // 0: the benchmark's own default
    GlobalOptions globals;
};

// A named benchmark behind `headroom bench NAME`. Figures we quote come from here,
// never from timed unit tests.
class Benchmark
{
public:
    virtual ~Benchmark();
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual int defaultRuns() const { return 20; }
    virtual QList<Measurement> run(const BenchOptions &options) = 0;
};

// Every benchmark, in the order `headroom bench --list` shows them.
std::vector<std::unique_ptr<Benchmark>> createBenchmarks();
