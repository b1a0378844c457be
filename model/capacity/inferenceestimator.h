#pragma once

#include "model/capacity/accelerator.h"
#include "model/capacity/assumptions.h"
#include "model/capacity/figure.h"
#include "model/workload/modelarchitecture.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// How requests reach a replica: a steady stream served with continuous (iteration-level)
// batching, or one batch of sequences that all start together (offline benchmarks such as
// TensorRT-LLM's fixed-batch throughput tables).
enum class ArrivalPattern { Continuous, Batch };

struct InferenceRequest
{
    ModelArchitecture model;
    Accelerator accelerator;
    int gpus = 1;
    Precision precision = Precision::Bf16; // weights
    std::optional<Precision> kvCachePrecision; // default: FP8 with 8/4-bit weights, else weights'
    int inputTokens = 0;
    int outputTokens = 0;
    int concurrency = 0; // sequences in flight on the whole system; 0: as many as fit
    double requestRatePerSecond = 0.0; // 0: not sized for a request rate
    double ttftTargetSeconds = 0.0; // 0: no target
    double tpotTargetSeconds = 0.0;
    int tensorParallel = 0; // 0: chosen inside one scale-up domain
    ArrivalPattern arrivals = ArrivalPattern::Continuous;
    int gpusPerServer = 8;
    // CPUs, NICs, fans of one server: a DGX H100 draws 6.5-8.5 kW typical with 8 x 700 W
    // GPUs (NVIDIA DGX H100 user guide, reference README §5), about 2 kW for the rest.
    double serverOverheadWatts = 2000.0;
};

// One point of the latency-versus-load curve, for the whole system.
struct LoadPoint
{
    qint64 concurrency = 0;
    double requestsPerSecond = 0.0;
    double outputTokensPerSecond = 0.0;
    double ttftSeconds = 0.0;
    double tpotSeconds = 0.0;
    double latencySeconds = 0.0; // TTFT + (output tokens - 1) * TPOT
};

struct InferenceEstimate
{
    QString errorText;
    bool ok() const { return errorText.isEmpty(); }

    Figure ttftSeconds;
    Figure tpotSeconds;
    Figure outputTokensPerSecond; // whole system
    Figure requestsPerSecond; // whole system
    // Whole system, at the most sequences per replica that keep TTFT and TPOT within their
    // targets (nominal assumptions); 0 when even one sequence misses them.
    double requestsPerSecondWithinTargets = 0.0;
    Figure memoryPerGpuBytes; // weights plus KV cache in use
    Figure powerWatts; // facility power of the GPUs in use, PUE included
    Figure tokensPerKilowattHour;

    double weightsBytes = 0.0;
    double kvCacheBytesPerToken = 0.0;
    Precision computePrecision = Precision::Bf16;
    int tensorParallel = 1;
    int deployedReplicas = 0; // replicas the given GPUs hold
    int concurrencyPerReplica = 0; // the operating point
    // 64-bit: replicas and sequences multiply up past int for absurd requests.
    qint64 maxConcurrency = 0; // sequences the given GPUs can hold
    qint64 replicas = 0; // needed for the request rate (or concurrency) under the targets
    qint64 gpusNeeded = 0;
    bool fits = false;
    QList<LoadPoint> latencyCurve;
    QList<Assumption> assumptions;
    QStringList warnings;
};

// Inference estimates: pure functions of the request and the assumptions.
class InferenceEstimator
{
    Q_DECLARE_TR_FUNCTIONS(InferenceEstimator)

public:
    static InferenceEstimate estimate(const InferenceRequest &request,
                                      const Assumptions &assumptions = {});

    static QString requestError(const InferenceRequest &request);

    // FP8 KV cache with 8- and 4-bit weights (TensorRT-LLM and vLLM practice), otherwise
    // the weights' own width.
    static double kvBytesPerElement(const InferenceRequest &request);

    // The precision matrix multiplies run in: the weights' own, or for weight-only
    // quantisation the accelerator lacks a peak for, FP8 or else BF16.
    static Precision computePrecision(const InferenceRequest &request);
};
