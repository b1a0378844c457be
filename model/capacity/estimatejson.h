#pragma once

#include "model/capacity/accelerator.h"
#include "model/capacity/assumptions.h"
#include "model/capacity/figure.h"
#include "model/capacity/inferenceestimator.h"
#include "model/capacity/trainingestimator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

// The JSON interface of `headroom estimate`: one object in, one object out. Parsing is
// strict (unknown fields are errors, so a typo never silently falls back to a default)
// and every error names the field, e.g. "inference.input_tokens must be a whole number of
// at least 1, not -5.". Kept in the model so that it is tested without the app.
//
// Input:
//   { "gpu": "H100 SXM5 80GB", "gpus": 8, "gpus_per_server": 8, "server_overhead_watts": 2000,
//     "model": "Llama 2 70B" | { "params", "active_params", "layers", "hidden", "heads",
//                                "kv_heads", "head_dim", "vocab", ... },
//     "training": { "tokens", "precision", "zero_stage", "recompute", "micro_batch",
//                   "sequence_length", "tensor_parallel", "pipeline_parallel" },
//     "inference": { "precision", "kv_cache_precision", "input_tokens", "output_tokens",
//                    "concurrency" (number or "max"), "request_rate", "ttft_slo_ms",
//                    "tpot_slo_ms", "tensor_parallel" },
//     "assumptions": { "mfu": 0.4, "pue": { "value": 1.2, "low": 1.1, "high": 1.4 }, ... } }
// Output: the same sections with every figure as { "value", "low", "high", "drivers" }.
class EstimateJson
{
    Q_DECLARE_TR_FUNCTIONS(EstimateJson)

public:
    struct Input
    {
        std::optional<TrainingRequest> training;
        std::optional<InferenceRequest> inference;
        Assumptions assumptions;
    };

    struct Parsed
    {
        Input input;
        QString errorText;
        bool ok() const { return errorText.isEmpty(); }
    };

    static Parsed parse(const QByteArray &json, const QList<Accelerator> &accelerators);
    static Parsed parse(const QJsonObject &object, const QList<Accelerator> &accelerators);

    static QJsonObject toJson(const Input &input, const std::optional<TrainingEstimate> &training,
                              const std::optional<InferenceEstimate> &inference);

    // Parses, estimates and writes in one go; errorText names the field on bad input.
    struct Result
    {
        QJsonObject output;
        QString errorText;
        bool ok() const { return errorText.isEmpty(); }
    };
    static Result run(const QByteArray &json, const QList<Accelerator> &accelerators);

    // { "value", "low", "high", "drivers" }, each number multiplied by `scale` (SI seconds
    // to milliseconds, joules to MWh).
    static QJsonObject figure(const Figure &figure, double scale = 1.0);
};
