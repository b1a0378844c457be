#include "app/bench/capacitybenchmark.h"

#include "model/capacity/acceleratormatcher.h"
#include "model/capacity/estimatejson.h"
#include "model/capacity/inferenceestimator.h"
#include "model/capacity/trainingestimator.h"
#include "model/catalog/catalogseed.h"
#include "model/workload/modelpresets.h"

#include <QElapsedTimer>

namespace {

QList<Accelerator> shippedAccelerators()
{
    QList<Accelerator> list;
    for (const CatalogItem &item : CatalogSeed::items()) {
        if (item.kind == ItemKind::Accelerator)
            list << item.accelerator;
    }
    return list;
}

template<class Work> void measure(Measurement &m, int runs, Work work)
{
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        m.samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
}

} // namespace

QString CapacityBenchmark::description() const
{
    return tr("Times one training estimate (Llama 3.1 405B on 16,384 H100), one inference "
              "estimate sized for a request rate (Llama 2 70B FP8 on 8 H100) and one "
              "headroom estimate JSON round trip.");
}

QList<Measurement> CapacityBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    const QList<Accelerator> accelerators = shippedAccelerators();
    const AcceleratorMatch h100 =
        AcceleratorMatcher::match(QStringLiteral("H100 SXM5 80GB"), accelerators);
    if (!h100.ok())
        return {};

    TrainingRequest training;
    training.model = *ModelPresets::find(QStringLiteral("Llama 3.1 405B"));
    training.accelerator = accelerators.at(h100.index);
    training.gpus = 16384;
    training.tokens = 15.6e12;

    InferenceRequest inference;
    inference.model = *ModelPresets::find(QStringLiteral("Llama 2 70B"));
    inference.accelerator = accelerators.at(h100.index);
    inference.gpus = 8;
    inference.precision = Precision::Fp8;
    inference.inputTokens = 1000;
    inference.outputTokens = 1000;
    inference.requestRatePerSecond = 100.0;
    inference.ttftTargetSeconds = 2.0;
    inference.tpotTargetSeconds = 0.2;

    const QByteArray json = R"({ "gpu": "H100 SXM5 80GB", "gpus": 8, "model": "Llama 2 70B",
        "training": { "tokens": 2e12, "precision": "bf16" },
        "inference": { "precision": "fp8", "input_tokens": 1000, "output_tokens": 1000,
                       "concurrency": 256, "ttft_slo_ms": 2000, "tpot_slo_ms": 200 },
        "assumptions": { "mfu": 0.4 } })";

    Measurement trainingTime {QStringLiteral("training_estimate")};
    Measurement inferenceTime {QStringLiteral("inference_estimate")};
    Measurement jsonTime {QStringLiteral("estimate_json_round_trip")};
    const Assumptions defaults;
    measure(trainingTime, runs, [&] { TrainingEstimator::estimate(training, defaults); });
    measure(inferenceTime, runs, [&] { InferenceEstimator::estimate(inference, defaults); });
    measure(jsonTime, runs, [&] { EstimateJson::run(json, accelerators); });
    return {trainingTime, inferenceTime, jsonTime};
}
