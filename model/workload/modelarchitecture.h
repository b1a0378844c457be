#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The published shape of a transformer language model: what the capacity engine needs to
// count FLOPs, weight bytes and KV-cache bytes. A value type; presets come from
// ModelPresets, users can describe their own model field by field.
//
// Parameter counts are whole numbers of parameters (not billions). Integers that do not
// apply are 0: a dense model has expertCount 0, a model without multi-head latent
// attention has kvLoraRank 0, one without sliding-window attention has slidingWindow 0.
struct ModelArchitecture
{
    Q_DECLARE_TR_FUNCTIONS(ModelArchitecture)

public:
    QString name; // "Llama 2 70B"
    QStringList aliases; // other names people and papers use: "LLaMA 70B", "Llama-2-70B"

    double totalParameters = 0.0; // every weight, all experts included
    double activeParameters = 0.0; // used per token; equals totalParameters for dense models
    int layers = 0;
    int hiddenSize = 0;
    int attentionHeads = 0; // query heads
    int kvHeads = 0; // key/value heads: = attentionHeads (MHA), fewer (GQA), 1 (MQA)
    int headDim = 0; // per query/key/value head
    int vocabularySize = 0;
    int contextLength = 0; // longest context the released model accepts
    int trainingSequenceLength = 0; // sequence length of pre-training (FLOPs per token)
    bool tiedEmbeddings = false; // input embedding doubles as the output projection

    // Multi-head latent attention (DeepSeek-V2/V3): the cache holds one compressed latent
    // of kvLoraRank plus a shared rotary key of qkRopeHeadDim per token and layer.
    int kvLoraRank = 0;
    int qkRopeHeadDim = 0;
    int qkNopeHeadDim = 0; // non-rotary part of each query/key head
    int vHeadDim = 0; // value head size where it differs from headDim

    // Sliding-window attention: layers that attend to at most slidingWindow past tokens,
    // as a fraction of all layers (1 for Mistral 7B, 0.5 for Gemma 2's alternating layers).
    int slidingWindow = 0;
    double slidingWindowLayerFraction = 0.0;

    // Mixture of experts: routed experts, how many each token uses, always-on shared ones.
    int expertCount = 0;
    int expertsPerToken = 0;
    int sharedExpertCount = 0;

    QString source; // where the facts come from (paper, model card, config.json)
    // True when the shape was estimated from a parameter count, not published.
    bool approximated = false;

    bool isMixtureOfExperts() const { return expertCount > 0; }
    bool usesLatentAttention() const { return kvLoraRank > 0; }

    // Query/key and value head sizes (MLA splits them; everyone else uses headDim).
    int queryKeyHeadDim() const;
    int valueHeadDim() const;

    // Parameters in the input embedding table that do no matrix multiply (a lookup); 0 when
    // the table is tied to the output projection, which does multiply.
    double inputEmbeddingParameters() const;

    // Parameters in one routed expert, and in the part every token uses (attention,
    // embeddings, dense layers, shared experts), from the total/active split.
    double parametersPerExpert() const;
    double alwaysActiveParameters() const;

    // Empty when the shape is usable; otherwise names the first field that is not,
    // prefixed with `fieldPrefix` ("model." in JSON input).
    QString validationError(const QString &fieldPrefix = QString()) const;

    // A dense multi-head-attention model of about `parameters` parameters with a typical
    // shape (hidden size about 128 per layer, 128-wide heads), for rows and inputs that give
    // only a size. Marked approximated.
    static ModelArchitecture approximateDense(const QString &name, double parameters);

    friend bool operator==(const ModelArchitecture &, const ModelArchitecture &) = default;
};
