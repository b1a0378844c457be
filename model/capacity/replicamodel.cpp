#include "model/capacity/replicamodel.h"

#include "model/capacity/transformermath.h"

#include <algorithm>
#include <cmath>

ReplicaModel::ReplicaModel(const ModelArchitecture &model, const Accelerator &accelerator,
                           Precision weightPrecision, Precision computePrecision,
                           double kvBytesPerElement, int tensorParallel,
                           const AssumptionValues &assumptions)
    : m_model(model)
    , m_accelerator(accelerator)
    , m_weightPrecision(weightPrecision)
    , m_peak(accelerator.densePeak(computePrecision))
    , m_kvBytesPerElement(kvBytesPerElement)
    , m_tp(std::max(1, tensorParallel))
    , m_a(assumptions)
{ }

double ReplicaModel::weightBytesPerGpu() const
{
    return TransformerMath::weightBytes(m_model, m_weightPrecision) / double(m_tp);
}

double ReplicaModel::freeBytesPerGpu() const
{
    return m_accelerator.memoryBytes * (1.0 - m_a[AssumptionId::MemoryReserveFraction])
        - weightBytesPerGpu();
}

double ReplicaModel::kvBytesPerGpuPerSequence(double contextTokens) const
{
    // Tensor parallelism splits KV heads across ranks; with fewer KV heads than ranks
    // (GQA/MQA) they are replicated, and an MLA latent is shared by all heads, so every
    // rank keeps it whole (vLLM's MLA backend does the same).
    const int shards = m_model.usesLatentAttention() ? 1 : std::min(m_tp, m_model.kvHeads);
    return TransformerMath::kvCacheBytesPerSequence(m_model, m_kvBytesPerElement, contextTokens)
        / double(std::max(1, shards));
}

int ReplicaModel::maxSequences(double contextTokens) const
{
    const double free = freeBytesPerGpu();
    const double perSequence = kvBytesPerGpuPerSequence(contextTokens);
    if (free <= 0.0 || perSequence <= 0.0)
        return 0;
    // Capped at ten million sequences: beyond that the KV cache is not what limits anything.
    return int(std::min(std::floor(free / perSequence), 1e7));
}

double ReplicaModel::weightReadBytes(double tokensInPass) const
{
    const double total = TransformerMath::weightBytes(m_model, m_weightPrecision);
    if (!m_model.isMixtureOfExperts() || tokensInPass <= 0.0)
        return total;
    // Each token picks k of E routed experts; with n tokens in a pass an expert is read
    // when at least one picks it: 1 - (1 - k/E)^n of them (uniform routing, as the
    // load-balancing losses of Switch Transformer and DeepSeek-V3 aim for).
    const double bytesPerParameter = total / m_model.totalParameters;
    const double expertBytes =
        double(m_model.expertCount) * m_model.parametersPerExpert() * bytesPerParameter;
    const double share = 1.0
        - std::pow(1.0 - double(m_model.expertsPerToken) / double(m_model.expertCount),
                   tokensInPass);
    return (total - expertBytes) + expertBytes * share;
}

double ReplicaModel::allReduceSeconds(double tokensInPass) const
{
    if (m_tp <= 1)
        return 0.0;
    // Megatron-LM (Shoeybi et al. 2019 §3): two all-reduces of the b*s*h activations per
    // layer in the forward pass. A ring all-reduce moves 2(t-1)/t of the message over each
    // link (Patarasuk & Yuan 2009); links are counted one direction at a time.
    double linkBytesPerSecond = m_accelerator.scaleUpBandwidthBytesPerSecond / 2.0;
    if (linkBytesPerSecond <= 0.0)
        linkBytesPerSecond = 32e9; // no NVLink: PCIe Gen4 x16, one direction
    const double messageBytes = tokensInPass * double(m_model.hiddenSize) * 2.0; // bf16
    const double transfer = 2.0 * double(m_tp - 1) / double(m_tp) * messageBytes
        / (linkBytesPerSecond * m_a[AssumptionId::ScaleUpEfficiency]);
    return 2.0 * double(m_model.layers) * (m_a[AssumptionId::CollectiveLatencySeconds] + transfer);
}

double ReplicaModel::forwardSeconds(double batch, double contextTokens, double prefillTokens,
                                    double promptTokens) const
{
    const double tokens = batch + prefillTokens;
    // Memory-bound side (Databricks "LLM Inference Performance Engineering", MBU): every
    // pass reads the weights it uses once, and each decoding sequence's KV cache.
    const double bytes =
        weightReadBytes(tokens) / double(m_tp) + batch * kvBytesPerGpuPerSequence(contextTokens);
    const double memorySeconds = bytes
        / (m_accelerator.memoryBandwidthBytesPerSecond
           * m_a[AssumptionId::DecodeBandwidthEfficiency]);
    // Compute-bound side: 2N per decoded token plus attention over its context; prompt
    // tokens cost their prefill FLOPs. The pass takes the longer of the two (roofline,
    // Williams et al. 2009): at small batch the weights' reads, at large batch the FLOPs.
    double flops = batch
        * TransformerMath::forwardFlopsPerToken(
                       m_model, TransformerMath::attendedTokens(m_model, contextTokens));
    if (prefillTokens > 0.0 && promptTokens > 0.0)
        flops +=
            prefillTokens / promptTokens * TransformerMath::prefillFlops(m_model, promptTokens);
    const double computeSeconds =
        flops / (double(m_tp) * m_peak * m_a[AssumptionId::PrefillEfficiency]);
    return std::max(memorySeconds, computeSeconds) + allReduceSeconds(tokens)
        + double(m_model.layers) * m_a[AssumptionId::LayerOverheadSeconds];
}

double ReplicaModel::prefillSeconds(double sequences, double promptTokens) const
{
    return forwardSeconds(0.0, 0.0, sequences * promptTokens, promptTokens);
}

double ReplicaModel::decodeStepSeconds(double batch, double contextTokens) const
{
    return forwardSeconds(batch, contextTokens, 0.0, 0.0);
}
