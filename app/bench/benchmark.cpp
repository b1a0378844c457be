#include "app/bench/benchmark.h"

#include "app/bench/capacitybenchmark.h"
#include "app/bench/catalogbenchmark.h"
#include "app/bench/headroombenchmark.h"
#include "app/bench/headroompreviewbenchmark.h"
#include "app/bench/layoutbenchmark.h"
#include "app/bench/layouteditorbenchmark.h"
#include "app/bench/projectfilebenchmark.h"
#include "app/bench/proposalbenchmark.h"
#include "app/bench/startupbenchmark.h"
#include "model/core/statistics.h"

#include <algorithm>

double Measurement::median() const
{
    return Statistics::median(samples);
}

double Measurement::min() const
{
    return samples.empty() ? 0.0 : *std::min_element(samples.begin(), samples.end());
}

double Measurement::max() const
{
    return samples.empty() ? 0.0 : *std::max_element(samples.begin(), samples.end());
}

Benchmark::~Benchmark() = default;

std::vector<std::unique_ptr<Benchmark>> createBenchmarks()
{
    std::vector<std::unique_ptr<Benchmark>> benchmarks;
    benchmarks.push_back(std::make_unique<StartupBenchmark>());
    benchmarks.push_back(std::make_unique<LayoutBenchmark>());
    benchmarks.push_back(std::make_unique<LayoutEditorBenchmark>());
    benchmarks.push_back(std::make_unique<ProjectFileBenchmark>());
    benchmarks.push_back(std::make_unique<CapacityBenchmark>());
    benchmarks.push_back(std::make_unique<CatalogBenchmark>());
    benchmarks.push_back(std::make_unique<HeadroomBenchmark>());
    benchmarks.push_back(std::make_unique<HeadroomPreviewBenchmark>());
    benchmarks.push_back(std::make_unique<ProposalBenchmark>());
    return benchmarks;
}
