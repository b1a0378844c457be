#include "model/capacity/assumptions.h"

#include <cmath>

namespace {

struct Entry
{
    const char *name;
    AssumptionScope scope;
};

// Order matches AssumptionId.
constexpr std::array<Entry, kAssumptionCount> kEntries = {{
    {"mfu", AssumptionScope::Training},
    {"all_in_factor", AssumptionScope::Training},
    {"moe_efficiency", AssumptionScope::Training},
    {"decode_bandwidth_efficiency", AssumptionScope::Inference},
    {"prefill_efficiency", AssumptionScope::Inference},
    {"layer_overhead_seconds", AssumptionScope::Inference},
    {"collective_latency_seconds", AssumptionScope::Inference},
    {"scale_up_efficiency", AssumptionScope::Inference},
    {"memory_reserve_fraction", AssumptionScope::Both},
    {"pue", AssumptionScope::Both},
    {"gpu_power_fraction", AssumptionScope::Both},
    {"checkpoint_interval_hours", AssumptionScope::Training},
    {"checkpoint_retention", AssumptionScope::Training},
    {"dataset_bytes_per_token", AssumptionScope::Training},
}};

bool isLowPrecision(Precision precision)
{
    return precision == Precision::Fp8 || precision == Precision::Int8
        || precision == Precision::Fp4;
}

Assumption make(AssumptionId id, double value, double low, double high, const char *source)
{
    return {id, value, low, high, QString::fromUtf8(source), false};
}

// Steady-state training MFU at up to 1,024 accelerators, against the dense peak of the
// precision the run computes in (FP8 runs against the FP8 peak: reference README caveat 3).
Assumption trainingMfu(const QString &generation, Precision precision)
{
    const bool low = isLowPrecision(precision);
    const QString g = generation.trimmed().toLower();
    if (g == QLatin1String("volta"))
        return make(AssumptionId::Mfu, 0.25, 0.18, 0.32,
                    "Shoeybi et al. 2019 (Megatron-LM): 30% of V100 peak on one GPU, 77% weak "
                    "scaling to 512; PaLM Table 3: GPT-3 at 21.3%");
    if (g == QLatin1String("ampere"))
        return make(AssumptionId::Mfu, 0.50, 0.40, 0.55,
                    "Touvron et al. 2023 §2.4: LLaMA-65B at 380 tokens/s per A100 (~50% MFU "
                    "with attention); Korthikanti et al. 2022: 54.2% MFU on 2,240 A100");
    if (g == QLatin1String("hopper")) {
        if (low)
            return make(AssumptionId::Mfu, 0.38, 0.30, 0.45,
                        "NVIDIA NeMo 24.07 performance summary: FP8 pre-training of Llama 2/3, "
                        "GPT-3 and Nemotron on 8-512 H100 at 35-43% of the FP8 dense peak");
        return make(AssumptionId::Mfu, 0.50, 0.40, 0.55,
                    "Llama 3 Herd paper Table 4: BF16 MFU 43% on 8,192 and 41% on 16,384 "
                    "H100; with the scale efficiency this is 50% up to 1,024 GPUs");
    }
    if (g == QLatin1String("blackwell")) {
        if (low)
            return make(AssumptionId::Mfu, 0.33, 0.22, 0.45,
                        "No published large-run MFU yet: Hopper FP8 lowered for a young "
                        "software stack, with a wider range");
        return make(AssumptionId::Mfu, 0.45, 0.30, 0.55,
                    "No published large-run MFU yet: Hopper BF16 lowered for a young software "
                    "stack, with a wider range");
    }
    if (g == QLatin1String("cdna3")) {
        if (low)
            return make(AssumptionId::Mfu, 0.24, 0.15, 0.32,
                        "Hopper FP8 scaled by measured max-matmul efficiency, MI300X 51% vs "
                        "H100 80% of peak (ml-engineering MAMF table)");
        return make(AssumptionId::Mfu, 0.32, 0.22, 0.40,
                    "Hopper BF16 scaled by measured max-matmul efficiency, MI300X 51% vs H100 "
                    "80% of peak (ml-engineering MAMF table)");
    }
    if (g == QLatin1String("ada"))
        return make(AssumptionId::Mfu, low ? 0.33 : 0.42, low ? 0.22 : 0.30, low ? 0.42 : 0.52,
                    "No published pre-training runs on PCIe Ada parts (no NVLink): Ampere "
                    "lowered, wide range");
    if (g.startsWith(QLatin1String("tpu")))
        return make(AssumptionId::Mfu, 0.52, 0.42, 0.58,
                    "Chowdhery et al. 2022 (PaLM) Table 3: 46.2% MFU on 6,144 TPU v4");
    return make(AssumptionId::Mfu, low ? 0.30 : 0.35, 0.20, 0.50,
                "No published runs for this accelerator generation: a cautious default with a "
                "wide range");
}

} // namespace

QString Assumptions::name(AssumptionId id)
{
    const int index = static_cast<int>(id);
    return index >= 0 && index < kAssumptionCount ? QString::fromLatin1(kEntries[index].name)
                                                  : QString();
}

std::optional<AssumptionId> Assumptions::fromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (int i = 0; i < kAssumptionCount; ++i) {
        if (key == QLatin1String(kEntries[i].name))
            return static_cast<AssumptionId>(i);
    }
    return std::nullopt;
}

QStringList Assumptions::names()
{
    QStringList list;
    for (const Entry &entry : kEntries)
        list << QString::fromLatin1(entry.name);
    return list;
}

AssumptionScope Assumptions::scope(AssumptionId id)
{
    return kEntries[static_cast<int>(id)].scope;
}

QString Assumptions::description(AssumptionId id)
{
    switch (id) {
    case AssumptionId::Mfu:
        return tr("Model FLOPs utilisation of steady training (share of dense peak)");
    case AssumptionId::AllInFactor:
        return tr("Share of wall time spent training, after restarts and stalls");
    case AssumptionId::MoeEfficiency:
        return tr("Utilisation kept by mixture-of-experts models after expert dispatch");
    case AssumptionId::DecodeBandwidthEfficiency:
        return tr("Share of memory bandwidth reached while decoding (MBU)");
    case AssumptionId::PrefillEfficiency:
        return tr("Share of dense peak reached by inference matrix multiplies");
    case AssumptionId::LayerOverheadSeconds:
        return tr("Fixed time per layer and forward pass (kernel launches, synchronisation)");
    case AssumptionId::CollectiveLatencySeconds:
        return tr("Latency of one tensor-parallel all-reduce");
    case AssumptionId::ScaleUpEfficiency:
        return tr("Share of NVLink bandwidth reached by all-reduce");
    case AssumptionId::MemoryReserveFraction:
        return tr("Share of accelerator memory kept free for workspace");
    case AssumptionId::Pue:
        return tr("Power usage effectiveness of the facility");
    case AssumptionId::GpuPowerFraction:
        return tr("Average accelerator power as a share of its TDP");
    case AssumptionId::CheckpointIntervalHours:
        return tr("Hours between checkpoints");
    case AssumptionId::CheckpointRetention:
        return tr("Checkpoints kept on storage");
    case AssumptionId::DatasetBytesPerToken:
        return tr("Bytes of stored dataset per training token");
    case AssumptionId::Count:
        break;
    }
    return {};
}

double Assumptions::scaleEfficiency(double gpus)
{
    // Llama 3 Herd paper Table 4: MFU fell from 43% to 41% (x0.95) when the same job
    // doubled from 8,192 to 16,384 H100s; applied per doubling beyond 1,024.
    if (gpus <= 1024)
        return 1.0;
    return std::pow(0.95, std::log2(gpus / 1024.0));
}

Assumption Assumptions::calibratedDefault(AssumptionId id, const AssumptionContext &context)
{
    switch (id) {
    case AssumptionId::Mfu: {
        Assumption a = trainingMfu(context.generation, context.precision);
        const double scale = scaleEfficiency(context.gpus);
        a.value *= scale;
        a.low *= scale;
        a.high *= scale;
        return a;
    }
    case AssumptionId::AllInFactor:
        return make(id, 0.90, 0.80, 0.95,
                    "Llama 3 Herd paper §3.3.4: over 90% effective training time on 16K GPUs; "
                    "reference README: all-in 0.85-0.9 of steady MFU");
    case AssumptionId::MoeEfficiency:
        return make(id, 0.75, 0.60, 0.95,
                    "DeepSeek-V3 report §3.2.1: cross-node expert parallelism makes "
                    "communication about as long as computation, only partly overlapped");
    case AssumptionId::DecodeBandwidthEfficiency:
        if (isLowPrecision(context.precision))
            return make(id, 0.50, 0.40, 0.60,
                        "8-bit weights need scaling in the matrix-vector kernels: GPT-J FP8 on "
                        "H100 decodes at batch 1 well below the bandwidth bound (row I26a)");
        return make(id, 0.65, 0.55, 0.75,
                    "Databricks 'LLM Inference Performance Engineering' (MBU 55-65%); GPT-J "
                    "FP16 on A100 at batch 1 reaches about 65% (reference row I26b)");
    case AssumptionId::PrefillEfficiency:
        if (isLowPrecision(context.precision))
            return make(id, 0.40, 0.25, 0.55,
                        "TensorRT-LLM first-token latency at 2,048 tokens: 23-51% of the FP8 "
                        "peak on H100 and L40S (reference rows I20-I24)");
        return make(id, 0.60, 0.45, 0.70,
                    "TensorRT-LLM first-token latency at 2,048 tokens: 58-66% of the FP16 peak "
                    "on A100 (reference rows I22-I24)");
    case AssumptionId::LayerOverheadSeconds:
        return make(id, 40e-6, 20e-6, 80e-6,
                    "About eight kernel launches of ~5 us per layer and step (CUDA launch "
                    "latency); why batch-1 decode of small models misses the bandwidth bound");
    case AssumptionId::CollectiveLatencySeconds:
        return make(id, 10e-6, 5e-6, 25e-6,
                    "NCCL all-reduce latency for small messages inside an NVLink domain "
                    "(nccl-tests)");
    case AssumptionId::ScaleUpEfficiency:
        return make(id, 0.80, 0.65, 0.90,
                    "NCCL all-reduce bus bandwidth on HGX boards reaches about 80% of the "
                    "NVLink line rate (nccl-tests)");
    case AssumptionId::MemoryReserveFraction:
        return make(id, 0.10, 0.05, 0.20,
                    "vLLM gpu_memory_utilization default 0.9: the rest holds activations, "
                    "workspaces and fragmentation");
    case AssumptionId::Pue:
        return make(id, 1.30, 1.10, 1.58,
                    "Uptime Institute Global Data Center Survey 2023: average PUE 1.58; "
                    "hyperscale AI halls 1.1-1.2");
    case AssumptionId::GpuPowerFraction:
        return make(id, 1.0, 0.75, 1.0,
                    "Llama 2 and Llama 3 model cards account energy at TDP; measured training "
                    "draw runs at 75-100% of TDP");
    case AssumptionId::CheckpointIntervalHours:
        return make(id, 2.0, 1.0, 4.0,
                    "Planning default: large runs checkpoint every one to a few hours so that "
                    "a failure loses little work (Llama 3 Herd paper §3.3.4)");
    case AssumptionId::CheckpointRetention:
        return make(id, 5.0, 3.0, 10.0, "Planning default: the last few checkpoints are kept");
    case AssumptionId::DatasetBytesPerToken:
        return make(id, 4.0, 2.0, 5.0,
                    "Tokenised shards store 2-4 bytes per token id; raw UTF-8 text is about "
                    "4 bytes per token");
    case AssumptionId::Count:
        break;
    }
    return {};
}

QString Assumptions::checkRange(AssumptionId id, double value)
{
    const QString key = name(id);
    if (!std::isfinite(value))
        return tr("assumptions.%1 must be a number.").arg(key);
    switch (id) {
    case AssumptionId::Mfu:
    case AssumptionId::AllInFactor:
    case AssumptionId::MoeEfficiency:
    case AssumptionId::DecodeBandwidthEfficiency:
    case AssumptionId::PrefillEfficiency:
    case AssumptionId::ScaleUpEfficiency:
    case AssumptionId::GpuPowerFraction:
        if (value <= 0.0 || value > 1.0)
            return tr("assumptions.%1 must be more than 0 and at most 1, not %2.")
                .arg(key)
                .arg(value);
        break;
    case AssumptionId::MemoryReserveFraction:
        if (value < 0.0 || value >= 1.0)
            return tr("assumptions.%1 must be at least 0 and less than 1, not %2.")
                .arg(key)
                .arg(value);
        break;
    case AssumptionId::Pue:
        if (value < 1.0)
            return tr("assumptions.%1 must be at least 1, not %2.").arg(key).arg(value);
        break;
    case AssumptionId::LayerOverheadSeconds:
    case AssumptionId::CollectiveLatencySeconds:
        if (value < 0.0)
            return tr("assumptions.%1 cannot be negative.").arg(key);
        break;
    case AssumptionId::CheckpointIntervalHours:
    case AssumptionId::DatasetBytesPerToken:
        if (value <= 0.0)
            return tr("assumptions.%1 must be greater than zero.").arg(key);
        break;
    case AssumptionId::CheckpointRetention:
        if (value < 1.0)
            return tr("assumptions.%1 must be at least 1, not %2.").arg(key).arg(value);
        break;
    case AssumptionId::Count:
        break;
    }
    return {};
}

QString Assumptions::setOverride(AssumptionId id, double value)
{
    const QString error = checkRange(id, value);
    if (error.isEmpty())
        m_overrides.insert(int(id), {value, std::nullopt, std::nullopt});
    return error;
}

QString Assumptions::setOverride(AssumptionId id, double value, double low, double high)
{
    for (const double v : {value, low, high}) {
        const QString error = checkRange(id, v);
        if (!error.isEmpty())
            return error;
    }
    if (low > value || value > high)
        return tr("assumptions.%1 needs low <= value <= high.").arg(name(id));
    m_overrides.insert(int(id), {value, low, high});
    return {};
}

Assumption Assumptions::resolve(AssumptionId id, const AssumptionContext &context) const
{
    Assumption a = calibratedDefault(id, context);
    const auto it = m_overrides.constFind(int(id));
    if (it == m_overrides.constEnd())
        return a;
    const Override &o = it.value();
    if (o.low && o.high) {
        a.low = *o.low;
        a.high = *o.high;
    } else if (a.value > 0.0) {
        // Keep the calibrated relative uncertainty around the user's value.
        a.low = o.value * a.low / a.value;
        a.high = o.value * a.high / a.value;
    } else {
        a.low = a.high = o.value;
    }
    a.value = o.value;
    a.source = tr("Set by the user");
    a.overridden = true;
    return a;
}

QList<Assumption> Assumptions::resolveAll(const AssumptionContext &context,
                                          AssumptionScope wanted) const
{
    QList<Assumption> list;
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = static_cast<AssumptionId>(i);
        const AssumptionScope s = scope(id);
        if (wanted == AssumptionScope::Both || s == AssumptionScope::Both || s == wanted)
            list << resolve(id, context);
    }
    return list;
}

AssumptionValues Assumptions::values(const AssumptionContext &context) const
{
    AssumptionValues v;
    for (int i = 0; i < kAssumptionCount; ++i)
        v.values[i] = resolve(static_cast<AssumptionId>(i), context).value;
    return v;
}
