#include "model/workload/modelarchitecture.h"

#include <algorithm>
#include <cmath>

int ModelArchitecture::queryKeyHeadDim() const
{
    // DeepSeek-V2 §2.1.3: each query/key head is a non-rotary part plus a rotary part.
    if (usesLatentAttention() && qkNopeHeadDim > 0)
        return qkNopeHeadDim + qkRopeHeadDim;
    return headDim;
}

int ModelArchitecture::valueHeadDim() const
{
    return vHeadDim > 0 ? vHeadDim : headDim;
}

double ModelArchitecture::inputEmbeddingParameters() const
{
    return tiedEmbeddings ? 0.0 : double(vocabularySize) * double(hiddenSize);
}

double ModelArchitecture::parametersPerExpert() const
{
    // total = shared + E * expert and active = shared + k * expert, so the difference is
    // (E - k) experts' worth.
    if (!isMixtureOfExperts() || expertCount <= expertsPerToken)
        return 0.0;
    return (totalParameters - activeParameters) / double(expertCount - expertsPerToken);
}

double ModelArchitecture::alwaysActiveParameters() const
{
    return activeParameters - double(expertsPerToken) * parametersPerExpert();
}

QString ModelArchitecture::validationError(const QString &fieldPrefix) const
{
    const auto field = [&](const char *name) { return fieldPrefix + QLatin1String(name); };
    const auto positive = [&](const char *name) {
        return tr("%1 must be greater than zero.").arg(field(name));
    };
    if (!(totalParameters > 0.0) || !std::isfinite(totalParameters))
        return positive("params");
    if (!(activeParameters > 0.0) || !std::isfinite(activeParameters))
        return positive("active_params");
    if (activeParameters > totalParameters * (1.0 + 1e-9))
        return tr("%1 (%2) cannot be larger than %3 (%4).")
            .arg(field("active_params"))
            .arg(activeParameters)
            .arg(field("params"))
            .arg(totalParameters);
    if (layers <= 0)
        return positive("layers");
    if (hiddenSize <= 0)
        return positive("hidden");
    if (attentionHeads <= 0)
        return positive("heads");
    if (kvHeads <= 0 && !usesLatentAttention())
        return positive("kv_heads");
    if (kvHeads > attentionHeads)
        return tr("%1 (%2) cannot be larger than %3 (%4).")
            .arg(field("kv_heads"))
            .arg(kvHeads)
            .arg(field("heads"))
            .arg(attentionHeads);
    if (headDim <= 0)
        return positive("head_dim");
    if (vocabularySize <= 0)
        return positive("vocab");
    if (contextLength < 0)
        return tr("%1 cannot be negative.").arg(field("context_length"));
    if (slidingWindow < 0)
        return tr("%1 cannot be negative.").arg(field("sliding_window"));
    if (slidingWindowLayerFraction < 0.0 || slidingWindowLayerFraction > 1.0)
        return tr("%1 must be between %2 and %3.")
            .arg(field("sliding_window_layer_fraction"))
            .arg(0)
            .arg(1);
    if (expertCount < 0)
        return tr("%1 cannot be negative.").arg(field("experts"));
    if (expertCount > 0 && (expertsPerToken <= 0 || expertsPerToken > expertCount))
        return tr("%1 must be between %2 and %3.")
            .arg(field("experts_per_token"))
            .arg(1)
            .arg(expertCount);
    return {};
}

ModelArchitecture ModelArchitecture::approximateDense(const QString &name, double parameters)
{
    // Kaplan et al. 2020 §2.1: N ~= 12 * n_layer * d_model^2. Published dense models keep
    // d_model near 128 * n_layer (Llama 2 7B: 4096 / 32; GPT-3: 12288 / 96), so
    // N ~= 12 * 128^2 * n_layer^3.
    ModelArchitecture shape;
    shape.name = name;
    shape.totalParameters = parameters;
    shape.activeParameters = parameters;
    const double layers = std::cbrt(std::max(parameters, 1.0) / (12.0 * 128.0 * 128.0));
    shape.layers = std::max(1, int(std::lround(layers)));
    const double hidden = std::sqrt(std::max(parameters, 1.0) / (12.0 * shape.layers));
    shape.hiddenSize = std::max(128, int(std::lround(hidden / 128.0)) * 128);
    shape.headDim = 128;
    shape.attentionHeads = shape.hiddenSize / shape.headDim;
    shape.kvHeads = shape.attentionHeads;
    shape.vocabularySize = 50257; // GPT-2/GPT-3 BPE vocabulary (Radford et al. 2019)
    shape.contextLength = 2048;
    shape.trainingSequenceLength = 2048;
    shape.approximated = true;
    shape.source = tr("Estimated from the parameter count (Kaplan et al. 2020, N = 12 L d^2)");
    return shape;
}
