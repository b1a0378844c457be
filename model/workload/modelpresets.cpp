#include "model/workload/modelpresets.h"

namespace {

struct Shape
{
    const char *name;
    QStringList aliases;
    double total;
    double active; // 0: dense, same as total
    int layers;
    int hidden;
    int heads;
    int kvHeads;
    int headDim;
    int vocab;
    int context;
    int trainingSequence;
    bool tied;
    const char *source;
};

ModelArchitecture make(const Shape &s)
{
    ModelArchitecture m;
    m.name = QString::fromUtf8(s.name);
    m.aliases = s.aliases;
    m.totalParameters = s.total;
    m.activeParameters = s.active > 0.0 ? s.active : s.total;
    m.layers = s.layers;
    m.hiddenSize = s.hidden;
    m.attentionHeads = s.heads;
    m.kvHeads = s.kvHeads;
    m.headDim = s.headDim;
    m.vocabularySize = s.vocab;
    m.contextLength = s.context;
    m.trainingSequenceLength = s.trainingSequence;
    m.tiedEmbeddings = s.tied;
    m.source = QString::fromUtf8(s.source);
    return m;
}

QList<ModelArchitecture> buildPresets()
{
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *n : list)
            out << QString::fromUtf8(n);
        return out;
    };
    QList<ModelArchitecture> p;

    // Llama 2: Touvron et al. 2023 "Llama 2" Table 1 (4k context, GQA for 70B only) and
    // the meta-llama/Llama-2-*-hf config.json files (layers, hidden, heads, vocab 32000).
    p << make({"Llama 2 7B", names({"Llama-2-7B", "LLaMA 2 7B"}), 6.738e9, 0, 32, 4096, 32, 32, 128,
               32000, 4096, 4096, false,
               "Touvron et al. 2023 (Llama 2) Table 1; meta-llama/Llama-2-7b-hf config.json"});
    p << make({"Llama 2 13B", names({"Llama-2-13B", "LLaMA 2 13B"}), 13.016e9, 0, 40, 5120, 40, 40,
               128, 32000, 4096, 4096, false,
               "Touvron et al. 2023 (Llama 2) Table 1; meta-llama/Llama-2-13b-hf config.json"});
    // TensorRT-LLM's performance tables call this model "LLaMA 70B" (there is no LLaMA-1 70B).
    p << make({"Llama 2 70B", names({"Llama-2-70B", "LLaMA 2 70B", "LLaMA 70B"}), 68.977e9, 0, 80,
               8192, 64, 8, 128, 32000, 4096, 4096, false,
               "Touvron et al. 2023 (Llama 2) Table 1; meta-llama/Llama-2-70b-hf config.json"});

    // Llama 3.1: Llama Team 2024 "The Llama 3 Herd of Models" Table 3 (layers, width,
    // heads, 8 KV heads, vocab 128K) and §3.4 (pre-training at 8K, extended to 128K).
    // Llama 3 8B/70B share the shapes with an 8K context.
    p << make({"Llama 3.1 8B", names({"Llama-3.1-8B", "Llama 3 8B", "Meta-Llama-3.1-8B"}), 8.030e9,
               0, 32, 4096, 32, 8, 128, 128256, 131072, 8192, false,
               "Llama 3 Herd paper Table 3; meta-llama/Llama-3.1-8B config.json"});
    p << make({"Llama 3.1 70B", names({"Llama-3.1-70B", "Llama 3 70B", "Meta-Llama-3.1-70B"}),
               70.554e9, 0, 80, 8192, 64, 8, 128, 128256, 131072, 8192, false,
               "Llama 3 Herd paper Table 3; meta-llama/Llama-3.1-70B config.json"});
    p << make({"Llama 3.1 405B", names({"Llama-3.1-405B", "Llama 3 405B", "Meta-Llama-3.1-405B"}),
               405.853e9, 0, 126, 16384, 128, 8, 128, 128256, 131072, 8192, false,
               "Llama 3 Herd paper Table 3; meta-llama/Llama-3.1-405B config.json"});

    // Mistral 7B: Jiang et al. 2023 Table 1 (dim 4096, 32 layers, head_dim 128, 32 heads,
    // 8 KV heads, window 4096, context 8192, vocab 32000).
    {
        ModelArchitecture m =
            make({"Mistral 7B", names({"Mistral-7B", "Mistral 7B v0.1"}), 7.242e9, 0, 32, 4096, 32,
                  8, 128, 32000, 8192, 8192, false, "Jiang et al. 2023 (Mistral 7B) Table 1"});
        m.slidingWindow = 4096;
        m.slidingWindowLayerFraction = 1.0;
        p << m;
    }
    // Mixtral: Jiang et al. 2024 "Mixtral of Experts" §2 and Table 1 (8 experts, top-2,
    // 46.7B total / 12.9B active, 32K context); 8x22B from Mistral AI's release notes
    // (141B / 39B, 64K context) and mistralai/Mixtral-8x22B-v0.1 config.json.
    {
        ModelArchitecture m =
            make({"Mixtral 8x7B", names({"Mixtral-8x7B", "Mixtral 8x7B v0.1"}), 46.7e9, 12.9e9, 32,
                  4096, 32, 8, 128, 32000, 32768, 32768, false,
                  "Jiang et al. 2024 (Mixtral of Experts) Table 1; Mixtral-8x7B config.json"});
        m.expertCount = 8;
        m.expertsPerToken = 2;
        p << m;
    }
    {
        ModelArchitecture m = make({"Mixtral 8x22B", names({"Mixtral-8x22B", "Mixtral 8x22B v0.1"}),
                                    141e9, 39e9, 56, 6144, 48, 8, 128, 32768, 65536, 65536, false,
                                    "Mistral AI 'Cheaper, Better, Faster, Stronger' (2024-04-17); "
                                    "mistralai/Mixtral-8x22B-v0.1 config.json"});
        m.expertCount = 8;
        m.expertsPerToken = 2;
        p << m;
    }
    // DeepSeek-V3: DeepSeek-AI 2024 technical report §4.2 (61 layers, hidden 7168, 128 heads
    // of 128, MLA with KV compression 512 and decoupled rotary key 64, 1 shared + 256
    // routed experts with 8 active, 671B total / 37B active, 4K pre-training sequence,
    // 128K context) and deepseek-ai/DeepSeek-V3 config.json (vocab 129280).
    {
        ModelArchitecture m = make({"DeepSeek-V3", names({"DeepSeek V3", "DeepSeek-V3-Base"}),
                                    671e9, 37e9, 61, 7168, 128, 128, 128, 129280, 131072, 4096,
                                    false, "DeepSeek-V3 technical report §4.2; config.json"});
        m.kvLoraRank = 512;
        m.qkRopeHeadDim = 64;
        m.qkNopeHeadDim = 128;
        m.vHeadDim = 128;
        m.expertCount = 256;
        m.expertsPerToken = 8;
        m.sharedExpertCount = 1;
        p << m;
    }
    // Qwen2.5 72B: Qwen Team 2024 technical report Table 1 (80 layers, 64 query / 8 KV
    // heads, 128K context) and Qwen/Qwen2.5-72B config.json (hidden 8192, vocab 152064).
    p << make({"Qwen2.5 72B", names({"Qwen2.5-72B", "Qwen 2.5 72B"}), 72.7e9, 0, 80, 8192, 64, 8,
               128, 152064, 131072, 4096, false,
               "Qwen2.5 technical report Table 1; Qwen/Qwen2.5-72B config.json"});
    // Gemma 2 27B: Gemma Team 2024 Table 1 (46 layers, d_model 4608, 32 heads / 16 KV of
    // 128, vocab 256128 rounded to 256000 in the paper, 8K context) and §2 (local sliding
    // window 4096 on every other layer; tied embeddings).
    {
        ModelArchitecture m =
            make({"Gemma 2 27B", names({"Gemma-2-27B", "gemma-2-27b"}), 27.2e9, 0, 46, 4608, 32, 16,
                  128, 256000, 8192, 8192, true, "Gemma Team 2024 (Gemma 2) Table 1 and §2"});
        m.slidingWindow = 4096;
        m.slidingWindowLayerFraction = 0.5;
        p << m;
    }
    // GPT-3: Brown et al. 2020 Table 2.1 (96 layers, d_model 12288, 96 heads of 128,
    // n_ctx 2048); BPE vocabulary 50257, tied input/output embeddings (GPT-2 design).
    p << make({"GPT-3 175B", names({"GPT3 175B", "GPT-3"}), 175e9, 0, 96, 12288, 96, 96, 128, 50257,
               2048, 2048, true, "Brown et al. 2020 Table 2.1"});
    // OPT-175B: Zhang et al. 2022 Table 1 (96 layers, 96 heads, d_model 12288, 2048 tokens);
    // metaseq vocabulary 50272, tied embeddings.
    p << make({"OPT-175B", names({"OPT 175B"}), 175e9, 0, 96, 12288, 96, 96, 128, 50272, 2048, 2048,
               true, "Zhang et al. 2022 (OPT) Table 1"});
    // BLOOM: BigScience 2022 Table 3 (70 layers, 112 heads, hidden 14336, 2048 sequence,
    // 250,880 vocabulary, 176.2B parameters, tied embeddings).
    p << make({"BLOOM-176B", names({"BLOOM 176B", "BLOOM"}), 176.247e9, 0, 70, 14336, 112, 112, 128,
               250880, 2048, 2048, true, "BigScience 2022 (BLOOM) Table 3"});
    // Falcon-180B: Almazrouei et al. 2023 "The Falcon Series" Table 2 and
    // tiiuae/falcon-180B config.json (80 layers, hidden 14848, 232 heads of 64, 8 KV
    // heads, vocab 65024, 2048 context).
    p << make({"Falcon-180B", names({"Falcon 180B"}), 179.5e9, 0, 80, 14848, 232, 8, 64, 65024,
               2048, 2048, false,
               "Almazrouei et al. 2023 Table 2; tiiuae/falcon-180B config.json"});

    // Models the public reference runs name.
    // LLaMA (v1): Touvron et al. 2023 "LLaMA" Table 2 (dimension, heads, layers; 2048
    // context) and §2.2 (SentencePiece vocabulary of 32K).
    p << make({"LLaMA 7B", names({"LLaMA-1 7B", "LLaMA1 7B"}), 6.7e9, 0, 32, 4096, 32, 32, 128,
               32000, 2048, 2048, false, "Touvron et al. 2023 (LLaMA) Table 2"});
    p << make({"LLaMA 13B", names({"LLaMA-1 13B", "LLaMA1 13B"}), 13.0e9, 0, 40, 5120, 40, 40, 128,
               32000, 2048, 2048, false, "Touvron et al. 2023 (LLaMA) Table 2"});
    p << make({"LLaMA 33B", names({"LLaMA-1 33B", "LLaMA 30B", "LLaMA1 33B"}), 32.5e9, 0, 60, 6656,
               52, 52, 128, 32000, 2048, 2048, false, "Touvron et al. 2023 (LLaMA) Table 2"});
    p << make({"LLaMA 65B", names({"LLaMA-1 65B", "LLaMA1 65B"}), 65.2e9, 0, 80, 8192, 64, 64, 128,
               32000, 2048, 2048, false, "Touvron et al. 2023 (LLaMA) Table 2"});
    // GPT-J: EleutherAI/gpt-j-6b model card (28 layers, d_model 4096, 16 heads of 256,
    // vocab 50400, 2048 context).
    p << make({"GPT-J 6B", names({"GPT-J", "gpt-j-6b"}), 6.053e9, 0, 28, 4096, 16, 16, 256, 50400,
               2048, 2048, false, "EleutherAI/gpt-j-6b model card"});
    // MPT-7B: mosaicml/mpt-7b model card (32 layers, 32 heads, d_model 4096, vocab 50432,
    // 2048 sequence; tied embeddings).
    p << make({"MPT-7B", names({"MPT 7B"}), 6.7e9, 0, 32, 4096, 32, 32, 128, 50432, 2048, 2048,
               true, "mosaicml/mpt-7b model card"});
    // Nemotron-4 340B: NVIDIA 2024 technical report Table 1 (96 layers, hidden 18432, 96
    // heads, 8 KV heads, 4096 sequence, 256K vocabulary).
    p << make({"Nemotron-4 340B", names({"Nemotron 340B", "Nemotron-340B"}), 341e9, 0, 96, 18432,
               96, 8, 192, 256000, 4096, 4096, false,
               "NVIDIA 2024 (Nemotron-4 340B technical report) Table 1"});
    return p;
}

} // namespace

const QList<ModelArchitecture> &ModelPresets::all()
{
    static const QList<ModelArchitecture> presets = buildPresets();
    return presets;
}

QString ModelPresets::normalizedName(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

std::optional<ModelArchitecture> ModelPresets::find(const QString &name)
{
    const QString key = normalizedName(name);
    if (key.isEmpty())
        return std::nullopt;
    for (const ModelArchitecture &preset : all()) {
        if (normalizedName(preset.name) == key)
            return preset;
        for (const QString &alias : preset.aliases) {
            if (normalizedName(alias) == key)
                return preset;
        }
    }
    return std::nullopt;
}

std::optional<ModelArchitecture> ModelPresets::findInText(const QString &text)
{
    if (auto exact = find(text))
        return exact;
    const QString haystack = normalizedName(text);
    const ModelArchitecture *best = nullptr;
    qsizetype bestLength = 0;
    bool tie = false;
    for (const ModelArchitecture &preset : all()) {
        QStringList keys {normalizedName(preset.name)};
        for (const QString &alias : preset.aliases)
            keys << normalizedName(alias);
        for (const QString &key : std::as_const(keys)) {
            if (key.isEmpty() || !haystack.contains(key))
                continue;
            if (key.size() > bestLength) {
                best = &preset;
                bestLength = key.size();
                tie = false;
            } else if (key.size() == bestLength && best != &preset) {
                tie = true;
            }
        }
    }
    if (!best || tie)
        return std::nullopt;
    return *best;
}
