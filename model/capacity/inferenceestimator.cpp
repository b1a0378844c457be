#include "model/capacity/inferenceestimator.h"

#include "model/capacity/replicamodel.h"
#include "model/capacity/sensitivity.h"
#include "model/capacity/transformermath.h"

#include <algorithm>
#include <cmath>

namespace {

bool isLowPrecision(Precision p)
{
    return p == Precision::Fp8 || p == Precision::Int8 || p == Precision::Fp4;
}

// Context a sequence holds on average: continuous batching sees sequences at every stage
// of their output (PagedAttention allocates KV blocks as tokens arrive, Kwon et al. 2023);
// a batch that starts together ends with every sequence at full length.
double capacityContext(const InferenceRequest &r)
{
    return r.arrivals == ArrivalPattern::Batch ? double(r.inputTokens + r.outputTokens)
                                               : double(r.inputTokens) + r.outputTokens / 2.0;
}

double averageContext(const InferenceRequest &r)
{
    return double(r.inputTokens) + r.outputTokens / 2.0;
}

struct ReplicaPoint
{
    double ttft = 0.0;
    double tpot = 0.0;
    double tokensPerSecond = 0.0; // one replica
    double requestsPerSecond = 0.0;
};

ReplicaPoint evaluate(const ReplicaModel &m, const InferenceRequest &r, double concurrency)
{
    ReplicaPoint p;
    const double isl = r.inputTokens;
    const double osl = r.outputTokens;
    if (r.arrivals == ArrivalPattern::Batch) {
        // The whole batch is prefilled in one pass, then decoded together.
        p.ttft = m.prefillSeconds(concurrency, isl);
        p.tpot = m.decodeStepSeconds(concurrency, averageContext(r));
        const double total = p.ttft + (osl - 1.0) * p.tpot;
        p.tokensPerSecond = concurrency * osl / total;
        p.requestsPerSecond = concurrency / total;
        return p;
    }
    // Yu et al. 2022 (Orca) iteration-level scheduling: every iteration decodes one token
    // of each running sequence and prefills the prompts that arrived; in steady state a
    // sequence lives for OSL iterations, so C/OSL prompts enter per iteration.
    const double iteration =
        m.forwardSeconds(concurrency, averageContext(r), concurrency / osl * isl, isl);
    p.tpot = iteration;
    // A new request waits for the running iteration (half of one on average), then its
    // prompt is prefilled (vLLM schedules waiting prefills first).
    p.ttft = m.prefillSeconds(1.0, isl) + (concurrency > 1.0 ? 0.5 * iteration : 0.0);
    p.tokensPerSecond = concurrency / iteration;
    // Little's law, C = lambda x time in the system: a request stays for OSL iterations.
    p.requestsPerSecond = concurrency / (osl * iteration);
    return p;
}

bool meetsTargets(const ReplicaPoint &p, const InferenceRequest &r)
{
    return (r.ttftTargetSeconds <= 0.0 || p.ttft <= r.ttftTargetSeconds)
        && (r.tpotTargetSeconds <= 0.0 || p.tpot <= r.tpotTargetSeconds);
}

// Largest concurrency in [1, maxC] meeting the latency targets (both grow with load);
// 0 when even one sequence misses them.
int concurrencyWithinTargets(const ReplicaModel &m, const InferenceRequest &r, int maxC)
{
    if (maxC < 1 || !meetsTargets(evaluate(m, r, 1.0), r))
        return 0;
    int lo = 1;
    int hi = maxC;
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (meetsTargets(evaluate(m, r, mid), r))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

// Smallest concurrency whose throughput carries `rate` requests/s; maxC when none does.
int concurrencyForRate(const ReplicaModel &m, const InferenceRequest &r, int maxC, double rate)
{
    int lo = 1;
    int hi = std::max(1, maxC);
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (evaluate(m, r, mid).requestsPerSecond >= rate)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

struct Plan
{
    int tp = 1;
    int maxPerReplica = 0;
    int deployed = 0;
    int concurrency = 0; // per replica
    int withinTargets = 0; // per replica
    qint64 replicasNeeded = 0;
    bool fits = false;
    bool meets = false;
    double systemTokensPerSecond = 0.0;
};

Plan plan(const ReplicaModel &m, const InferenceRequest &r)
{
    Plan p;
    p.tp = m.tensorParallel();
    p.maxPerReplica = m.maxSequences(capacityContext(r));
    p.deployed = std::max(1, r.gpus / p.tp);
    p.fits = p.maxPerReplica >= 1;
    if (!p.fits)
        return p;
    if (r.concurrency > 0) {
        p.concurrency = (r.concurrency + p.deployed - 1) / p.deployed;
    } else if (r.requestRatePerSecond > 0.0 && r.arrivals == ArrivalPattern::Continuous) {
        p.concurrency =
            concurrencyForRate(m, r, p.maxPerReplica, r.requestRatePerSecond / p.deployed);
    } else {
        p.concurrency = p.maxPerReplica;
    }
    const int operating = std::min(p.concurrency, p.maxPerReplica);
    const ReplicaPoint point = evaluate(m, r, operating);
    p.meets = meetsTargets(point, r);
    p.systemTokensPerSecond = point.tokensPerSecond * p.deployed;
    p.withinTargets = concurrencyWithinTargets(m, r, p.maxPerReplica);
    if (p.withinTargets >= 1) {
        if (r.requestRatePerSecond > 0.0) {
            const double perReplica = evaluate(m, r, p.withinTargets).requestsPerSecond;
            // Capped so that an absurd rate stays a large number, not an overflow.
            p.replicasNeeded =
                qint64(std::min(1e15, std::ceil(r.requestRatePerSecond / perReplica - 1e-9)));
        } else if (r.concurrency > 0) {
            p.replicasNeeded = (r.concurrency + p.withinTargets - 1) / p.withinTargets;
        } else {
            p.replicasNeeded = p.deployed;
        }
    }
    return p;
}

// Prefer plans that fit, then meet the targets; then the fewest GPUs for a request rate,
// or the most output tokens per second; then the smaller tensor-parallel degree.
bool better(const Plan &a, const Plan &b, const InferenceRequest &r)
{
    if (a.fits != b.fits)
        return a.fits;
    if (a.meets != b.meets)
        return a.meets;
    if (r.requestRatePerSecond > 0.0) {
        const bool aSized = a.replicasNeeded > 0;
        const bool bSized = b.replicasNeeded > 0;
        if (aSized != bSized)
            return aSized;
        const qint64 aGpus = a.replicasNeeded * a.tp;
        const qint64 bGpus = b.replicasNeeded * b.tp;
        if (aSized && aGpus != bGpus)
            return aGpus < bGpus;
    }
    if (a.systemTokensPerSecond != b.systemTokensPerSecond)
        return a.systemTokensPerSecond > b.systemTokensPerSecond * (1.0 + 1e-9);
    return a.tp < b.tp;
}

struct Raw
{
    double ttft = 0.0;
    double tpot = 0.0;
    double tokensPerSecond = 0.0;
    double requestsPerSecond = 0.0;
    double powerWatts = 0.0;
    double tokensPerKilowattHour = 0.0;
};

} // namespace

double InferenceEstimator::kvBytesPerElement(const InferenceRequest &request)
{
    const Precision kv = request.kvCachePrecision.value_or(
        isLowPrecision(request.precision) ? Precision::Fp8 : request.precision);
    return PrecisionInfo::bytesPerParameter(kv);
}

Precision InferenceEstimator::computePrecision(const InferenceRequest &request)
{
    if (request.accelerator.densePeak(request.precision) > 0.0)
        return request.precision;
    for (const Precision p : {Precision::Fp8, Precision::Bf16, Precision::Fp16}) {
        if (PrecisionInfo::bytesPerParameter(p)
                >= PrecisionInfo::bytesPerParameter(request.precision)
            && request.accelerator.densePeak(p) > 0.0)
            return p;
    }
    return request.precision;
}

QString InferenceEstimator::requestError(const InferenceRequest &request)
{
    const QString modelError = request.model.validationError(QStringLiteral("model."));
    if (!modelError.isEmpty())
        return modelError;
    if (request.gpus < 1)
        return tr("gpus must be at least 1.");
    if (request.inputTokens < 1)
        return tr("inference.input_tokens must be at least 1.");
    if (request.outputTokens < 1)
        return tr("inference.output_tokens must be at least 1.");
    if (request.concurrency < 0)
        return tr("inference.concurrency must be at least 1 or \"max\".");
    if (request.requestRatePerSecond < 0.0 || !std::isfinite(request.requestRatePerSecond))
        return tr("inference.request_rate cannot be negative.");
    if (request.ttftTargetSeconds < 0.0 || request.tpotTargetSeconds < 0.0)
        return tr("inference latency targets cannot be negative.");
    const int domain = std::max(1, request.accelerator.scaleUpDomainSize);
    if (request.tensorParallel < 0)
        return tr("inference.tensor_parallel must be at least 1.");
    if (request.tensorParallel > request.gpus)
        return tr("inference.tensor_parallel (%1) cannot be larger than gpus (%2).")
            .arg(request.tensorParallel)
            .arg(request.gpus);
    if (request.tensorParallel > domain)
        return tr("inference.tensor_parallel (%1) must stay inside one scale-up domain of %2 "
                  "accelerators on %3.")
            .arg(request.tensorParallel)
            .arg(domain)
            .arg(request.accelerator.displayName());
    if (request.accelerator.memoryBytes <= 0.0
        || request.accelerator.memoryBandwidthBytesPerSecond <= 0.0)
        return tr("The accelerator %1 has no memory size or bandwidth.")
            .arg(request.accelerator.displayName());
    if (request.accelerator.densePeak(computePrecision(request)) <= 0.0)
        return tr("The accelerator %1 has no dense %2 peak; choose another precision.")
            .arg(request.accelerator.displayName(), PrecisionInfo::name(request.precision));
    return {};
}

InferenceEstimate InferenceEstimator::estimate(const InferenceRequest &request,
                                               const Assumptions &assumptions)
{
    InferenceEstimate result;
    result.errorText = requestError(request);
    if (!result.ok())
        return result;
    const Accelerator &accelerator = request.accelerator;
    const Precision compute = computePrecision(request);
    result.computePrecision = compute;
    if (compute != request.precision) {
        result.warnings << tr("%1 has no %2 peak: weights are stored in %2 and multiplied in "
                              "%3 (weight-only quantisation).")
                               .arg(accelerator.displayName(),
                                    PrecisionInfo::name(request.precision),
                                    PrecisionInfo::name(compute));
    }
    const AssumptionContext context {accelerator.generation, compute, request.gpus};
    result.assumptions = assumptions.resolveAll(context, AssumptionScope::Inference);
    const AssumptionValues nominalValues = assumptions.values(context);
    const double kvBytes = kvBytesPerElement(request);
    result.weightsBytes = TransformerMath::weightBytes(request.model, request.precision);
    result.kvCacheBytesPerToken = TransformerMath::kvCacheBytesPerToken(request.model, kvBytes);
    if (request.model.contextLength > 0
        && request.inputTokens + request.outputTokens > request.model.contextLength) {
        result.warnings << tr("%1 input and output tokens exceed the %2-token context of %3.")
                               .arg(request.inputTokens + request.outputTokens)
                               .arg(request.model.contextLength)
                               .arg(request.model.name);
    }

    const auto replicaFor = [&](int tp, const AssumptionValues &values) {
        return ReplicaModel(request.model, accelerator, request.precision, compute, kvBytes, tp,
                            values);
    };

    // Tensor parallelism stays inside one server's NVLink domain (Megatron-LM §3.3); pick
    // the degree that serves the request best.
    const int domain = std::max(1, accelerator.scaleUpDomainSize);
    QList<int> degrees;
    if (request.tensorParallel > 0) {
        degrees << request.tensorParallel;
    } else {
        for (int t = 1; t <= std::min(domain, request.gpus); t *= 2)
            degrees << t;
    }
    Plan chosen;
    bool first = true;
    for (const int tp : std::as_const(degrees)) {
        const Plan candidate = plan(replicaFor(tp, nominalValues), request);
        if (first || better(candidate, chosen, request))
            chosen = candidate;
        first = false;
    }

    result.tensorParallel = chosen.tp;
    result.fits = chosen.fits;
    result.deployedReplicas = chosen.deployed;
    result.maxConcurrency = qint64(chosen.maxPerReplica) * chosen.deployed;
    if (!chosen.fits) {
        result.warnings << tr("%1 does not fit in %n accelerator(s) of %2 with room for one "
                              "sequence's KV cache.",
                              nullptr, chosen.tp)
                               .arg(request.model.name, accelerator.displayName());
        result.ttftSeconds = result.tpotSeconds = Figure::exact(qInf());
        result.outputTokensPerSecond = result.requestsPerSecond = Figure::exact(0.0);
        result.memoryPerGpuBytes =
            Figure::exact(replicaFor(chosen.tp, nominalValues).weightBytesPerGpu());
        return result;
    }
    int operating = chosen.concurrency;
    if (operating > chosen.maxPerReplica) {
        result.fits = false;
        result.warnings << tr("Only %1 sequences fit per replica; the figures are for that many, "
                              "not %2.")
                               .arg(chosen.maxPerReplica)
                               .arg(operating);
        operating = chosen.maxPerReplica;
    }
    result.concurrencyPerReplica = operating;

    const ReplicaModel nominalReplica = replicaFor(chosen.tp, nominalValues);
    if (request.concurrency == 0 && request.requestRatePerSecond > 0.0
        && request.arrivals == ArrivalPattern::Continuous
        && evaluate(nominalReplica, request, operating).requestsPerSecond * chosen.deployed
            < request.requestRatePerSecond) {
        result.warnings << tr("%1 requests/s is more than the %n replica(s) can serve; the "
                              "figures are at full load.",
                              nullptr, chosen.deployed)
                               .arg(request.requestRatePerSecond);
    }
    if (chosen.withinTargets < 1) {
        result.warnings << tr("Even a single request misses the latency targets on %n "
                              "accelerator(s) per replica.",
                              nullptr, chosen.tp);
    }
    if (chosen.withinTargets >= 1)
        result.requestsPerSecondWithinTargets =
            evaluate(nominalReplica, request, chosen.withinTargets).requestsPerSecond
            * chosen.deployed;
    result.replicas = chosen.replicasNeeded;
    result.gpusNeeded = chosen.replicasNeeded * chosen.tp;

    const double gpusInUse = double(chosen.deployed * chosen.tp);
    const auto computeRaw = [&](const AssumptionValues &values) {
        const ReplicaPoint p = evaluate(replicaFor(chosen.tp, values), request, operating);
        Raw r;
        r.ttft = p.ttft;
        r.tpot = p.tpot;
        r.tokensPerSecond = p.tokensPerSecond * chosen.deployed;
        r.requestsPerSecond = p.requestsPerSecond * chosen.deployed;
        r.powerWatts = gpusInUse
            * (accelerator.tdpWatts * values[AssumptionId::GpuPowerFraction]
               + request.serverOverheadWatts / double(std::max(1, request.gpusPerServer)))
            * values[AssumptionId::Pue];
        r.tokensPerKilowattHour = r.tokensPerSecond * 3600.0 / (r.powerWatts / 1000.0);
        return r;
    };
    const Sensitivity<Raw> sensitivity(result.assumptions, nominalValues, computeRaw);
    result.ttftSeconds = sensitivity.figure(&Raw::ttft);
    result.tpotSeconds = sensitivity.figure(&Raw::tpot);
    result.outputTokensPerSecond = sensitivity.figure(&Raw::tokensPerSecond);
    result.requestsPerSecond = sensitivity.figure(&Raw::requestsPerSecond);
    result.powerWatts = sensitivity.figure(&Raw::powerWatts);
    result.tokensPerKilowattHour = sensitivity.figure(&Raw::tokensPerKilowattHour);
    result.memoryPerGpuBytes = Figure::exact(
        nominalReplica.weightBytesPerGpu()
        + operating * nominalReplica.kvBytesPerGpuPerSequence(capacityContext(request)));

    // Latency against load (Little's law), doubling the concurrency up to what fits.
    QList<int> points;
    for (int c = 1; c < chosen.maxPerReplica && points.size() < 30; c *= 2)
        points << c;
    points << chosen.maxPerReplica;
    for (const int c : std::as_const(points)) {
        const ReplicaPoint p = evaluate(nominalReplica, request, c);
        result.latencyCurve << LoadPoint {qint64(c) * chosen.deployed,
                                          p.requestsPerSecond * chosen.deployed,
                                          p.tokensPerSecond * chosen.deployed,
                                          p.ttft,
                                          p.tpot,
                                          p.ttft + (request.outputTokens - 1) * p.tpot};
    }
    return result;
}
