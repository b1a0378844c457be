#include "model/capacity/transformermath.h"

#include <algorithm>

namespace TransformerMath {

double matmulParameters(const ModelArchitecture &model)
{
    // Kaplan et al. 2020 §2.1: embedding lookups cost no FLOPs; every other weight is
    // one multiply-add (2 FLOPs) per token in the forward pass.
    return std::max(0.0, model.activeParameters - model.inputEmbeddingParameters());
}

double attentionWidth(const ModelArchitecture &model)
{
    return double(model.attentionHeads) * double(model.queryKeyHeadDim() + model.valueHeadDim());
}

double attendedTokens(const ModelArchitecture &model, double contextTokens)
{
    // Mistral 7B paper §2 / Gemma 2 §2: a sliding-window layer attends to at most W tokens.
    if (model.slidingWindow <= 0 || model.slidingWindowLayerFraction <= 0.0)
        return contextTokens;
    const double f = model.slidingWindowLayerFraction;
    return (1.0 - f) * contextTokens + f * std::min(contextTokens, double(model.slidingWindow));
}

double trainingFlopsPerToken(const ModelArchitecture &model, int sequenceLength)
{
    // Chowdhery et al. 2022 (PaLM) App. B: 6N + 12*L*H*Q*T per token, i.e. 6 FLOPs per
    // weight plus Q.K and A.V over the whole sequence (3x for forward + backward).
    return 6.0 * matmulParameters(model)
        + 6.0 * double(model.layers) * attentionWidth(model)
        * attendedTokens(model, double(sequenceLength));
}

double forwardFlopsPerToken(const ModelArchitecture &model, double attended)
{
    // Kaplan et al. 2020 Table 1: forward ~ 2N + 2*n_layer*n_ctx*d_attn per token.
    return 2.0 * matmulParameters(model)
        + 2.0 * double(model.layers) * attentionWidth(model) * attended;
}

double prefillFlops(const ModelArchitecture &model, double promptTokens)
{
    if (promptTokens <= 0.0)
        return 0.0;
    // Causal attention: token i sees i earlier tokens, s/2 on average; a window W caps it,
    // which averages W - W^2/(2s) once s > W.
    double averageAttended = promptTokens / 2.0;
    if (model.slidingWindow > 0 && model.slidingWindowLayerFraction > 0.0) {
        const double w = double(model.slidingWindow);
        const double windowed =
            promptTokens <= w ? promptTokens / 2.0 : w - w * w / (2.0 * promptTokens);
        const double f = model.slidingWindowLayerFraction;
        averageAttended = (1.0 - f) * promptTokens / 2.0 + f * windowed;
    }
    return promptTokens * forwardFlopsPerToken(model, averageAttended);
}

double weightBytes(const ModelArchitecture &model, Precision precision)
{
    // Bytes per parameter of the storage format; quantisation scales add 1-2% (reference
    // README §6) and are left out.
    return model.totalParameters * PrecisionInfo::bytesPerParameter(precision);
}

double kvCacheBytesPerToken(const ModelArchitecture &model, double bytesPerElement)
{
    if (model.usesLatentAttention()) {
        // DeepSeek-V2 §2.1.2 / DeepSeek-V3 §2.1.1: MLA caches the compressed latent c_KV
        // (d_c) and the decoupled rotary key (d_h^R) per token and layer.
        return double(model.layers) * double(model.kvLoraRank + model.qkRopeHeadDim)
            * bytesPerElement;
    }
    // Kwon et al. 2023 (vLLM/PagedAttention) and NVIDIA "Mastering LLM Techniques:
    // Inference Optimization": 2 (K and V) * layers * KV heads * head dim * bytes.
    return 2.0 * double(model.layers) * double(model.kvHeads) * double(model.headDim)
        * bytesPerElement;
}

double kvCacheBytesPerSequence(const ModelArchitecture &model, double bytesPerElement,
                               double contextTokens)
{
    return kvCacheBytesPerToken(model, bytesPerElement) * attendedTokens(model, contextTokens);
}

} // namespace TransformerMath
