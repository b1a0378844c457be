#include "model/capacity/estimatejson.h"

#include "model/capacity/acceleratormatcher.h"
#include "model/workload/modelpresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return EstimateJson::tr("a list");
    case QJsonValue::Object:
        return EstimateJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return EstimateJson::tr("nothing");
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

// Reads one JSON object's fields, remembering which it used so that the rest can be
// reported as unknown, and keeping the first error with the field's full path.
class Fields
{
public:
    Fields(const QJsonObject &object, QString prefix, QString *error)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_error(error)
    { }

    QString path(const QString &key) const { return m_prefix + key; }
    bool failed() const { return !m_error->isEmpty(); }

    // Present and not null; null means "not given" (the examples use it so).
    bool has(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        m_used.insert(k);
        return m_object.contains(k) && !m_object.value(k).isNull();
    }
    QJsonValue value(const char *key)
    {
        m_used.insert(QString::fromLatin1(key));
        return m_object.value(QString::fromLatin1(key));
    }

    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

    std::optional<double> number(const char *key, bool required, double minimum,
                                 bool exclusiveMinimum)
    {
        const QString p = path(QString::fromLatin1(key));
        if (!has(key)) {
            if (required)
                fail(EstimateJson::tr("%1 is missing.").arg(p));
            return std::nullopt;
        }
        const QJsonValue v = value(key);
        if (!v.isDouble()) {
            fail(EstimateJson::tr("%1 must be a number, not %2.").arg(p, describe(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (exclusiveMinimum ? !(d > minimum) : !(d >= minimum)) {
            fail(exclusiveMinimum ? EstimateJson::tr("%1 must be greater than %2, not %3.")
                                        .arg(p)
                                        .arg(minimum)
                                        .arg(describe(v))
                                  : EstimateJson::tr("%1 must be at least %2, not %3.")
                                        .arg(p)
                                        .arg(minimum)
                                        .arg(describe(v)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> wholeNumber(const char *key, bool required, int minimum)
    {
        const QString p = path(QString::fromLatin1(key));
        if (!has(key)) {
            if (required)
                fail(EstimateJson::tr("%1 is missing.").arg(p));
            return std::nullopt;
        }
        const QJsonValue v = value(key);
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < minimum || d > 1e9) {
            fail(EstimateJson::tr("%1 must be a whole number of at least %2, not %3.")
                     .arg(p)
                     .arg(minimum)
                     .arg(describe(v)));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<QString> text(const char *key, bool required)
    {
        const QString p = path(QString::fromLatin1(key));
        if (!has(key)) {
            if (required)
                fail(EstimateJson::tr("%1 is missing.").arg(p));
            return std::nullopt;
        }
        const QJsonValue v = value(key);
        if (!v.isString()) {
            fail(EstimateJson::tr("%1 must be a text, not %2.").arg(p, describe(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<Precision> precision(const char *key, Precision fallback)
    {
        const auto name = text(key, false);
        if (!name)
            return failed() ? std::nullopt : std::optional<Precision>(fallback);
        const auto p = PrecisionInfo::fromName(*name);
        if (!p)
            fail(EstimateJson::tr("%1: unknown precision '%2'; use fp32, tf32, bf16, fp16, fp8, "
                                  "int8, int4 or fp4.")
                     .arg(path(QString::fromLatin1(key)), *name));
        return p;
    }

    // Every field this object holds must have been read.
    void rejectUnknown()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_used.contains(it.key())) {
                fail(EstimateJson::tr("Unknown field '%1'.").arg(path(it.key())));
                return;
            }
        }
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QString *m_error;
    QSet<QString> m_used;
};

std::optional<ModelArchitecture> parseModel(const QJsonValue &value, QString *error)
{
    if (value.isString()) {
        if (auto preset = ModelPresets::find(value.toString()))
            return preset;
        QStringList names;
        for (const ModelArchitecture &m : ModelPresets::all())
            names << m.name;
        *error = EstimateJson::tr("model: '%1' is not a preset. Presets: %2.")
                     .arg(value.toString(), names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!value.isObject()) {
        *error = value.isUndefined() || value.isNull()
            ? EstimateJson::tr("model is missing.")
            : EstimateJson::tr("model must be a preset name or an object, not %1.")
                  .arg(describe(value));
        return std::nullopt;
    }
    Fields f(value.toObject(), QStringLiteral("model."), error);
    ModelArchitecture m;
    m.name = f.text("name", false).value_or(EstimateJson::tr("Custom model"));
    const auto params = f.number("params", true, 0.0, true);
    if (params && *params < 1e6) {
        f.fail(EstimateJson::tr("model.params counts parameters (70e9 for a 70B model), not %1.")
                   .arg(*params));
    }
    m.totalParameters = params.value_or(0.0);
    m.activeParameters = f.number("active_params", false, 0.0, true).value_or(m.totalParameters);
    m.layers = f.wholeNumber("layers", true, 1).value_or(0);
    m.hiddenSize = f.wholeNumber("hidden", true, 1).value_or(0);
    m.attentionHeads = f.wholeNumber("heads", true, 1).value_or(0);
    m.kvHeads = f.wholeNumber("kv_heads", false, 1).value_or(m.attentionHeads);
    m.headDim = f.wholeNumber("head_dim", false, 1)
                    .value_or(m.attentionHeads > 0 ? m.hiddenSize / m.attentionHeads : 0);
    m.vocabularySize = f.wholeNumber("vocab", true, 1).value_or(0);
    m.contextLength = f.wholeNumber("context_length", false, 1).value_or(0);
    m.trainingSequenceLength =
        f.wholeNumber("training_sequence_length", false, 1).value_or(m.contextLength);
    if (f.has("tied_embeddings")) {
        const QJsonValue tied = f.value("tied_embeddings");
        if (!tied.isBool())
            f.fail(EstimateJson::tr("%1 must be true or false, not %2.")
                       .arg(f.path(QStringLiteral("tied_embeddings")), describe(tied)));
        m.tiedEmbeddings = tied.toBool();
    }
    m.slidingWindow = f.wholeNumber("sliding_window", false, 1).value_or(0);
    m.slidingWindowLayerFraction = f.number("sliding_window_layer_fraction", false, 0.0, false)
                                       .value_or(m.slidingWindow > 0 ? 1.0 : 0.0);
    m.kvLoraRank = f.wholeNumber("kv_lora_rank", false, 1).value_or(0);
    m.qkRopeHeadDim = f.wholeNumber("qk_rope_head_dim", false, 0).value_or(0);
    m.qkNopeHeadDim = f.wholeNumber("qk_nope_head_dim", false, 0).value_or(0);
    m.vHeadDim = f.wholeNumber("v_head_dim", false, 1).value_or(0);
    m.expertCount = f.wholeNumber("experts", false, 1).value_or(0);
    m.expertsPerToken = f.wholeNumber("experts_per_token", false, 1).value_or(0);
    m.sharedExpertCount = f.wholeNumber("shared_experts", false, 0).value_or(0);
    m.source = EstimateJson::tr("Given in the request");
    f.rejectUnknown();
    if (!error->isEmpty())
        return std::nullopt;
    const QString invalid = m.validationError(QStringLiteral("model."));
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return m;
}

void parseAssumptions(const QJsonValue &value, Assumptions &assumptions, QString *error)
{
    if (!value.isObject()) {
        *error = EstimateJson::tr("assumptions must be an object, not %1.").arg(describe(value));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd() && error->isEmpty(); ++it) {
        const QString path = QStringLiteral("assumptions.") + it.key();
        const auto id = Assumptions::fromName(it.key());
        if (!id) {
            *error = EstimateJson::tr("Unknown field '%1'. Assumptions: %2.")
                         .arg(path, Assumptions::names().join(QStringLiteral(", ")));
            return;
        }
        if (it.value().isDouble()) {
            *error = assumptions.setOverride(*id, it.value().toDouble());
        } else if (it.value().isObject()) {
            Fields f(it.value().toObject(), path + QLatin1Char('.'), error);
            const auto v = f.number("value", true, -1e300, false);
            const auto low = f.number("low", true, -1e300, false);
            const auto high = f.number("high", true, -1e300, false);
            f.rejectUnknown();
            if (v && low && high && error->isEmpty())
                *error = assumptions.setOverride(*id, *v, *low, *high);
        } else {
            *error = EstimateJson::tr("%1 must be a number or an object with value, low and "
                                      "high, not %2.")
                         .arg(path, describe(it.value()));
        }
    }
}

QJsonObject layoutJson(const ParallelLayout &layout)
{
    return {{QStringLiteral("tensor_parallel"), layout.tensor},
            {QStringLiteral("pipeline_parallel"), layout.pipeline},
            {QStringLiteral("data_parallel"), layout.data},
            {QStringLiteral("expert_parallel"), layout.expert}};
}

QJsonObject trainingJson(const TrainingEstimate &e)
{
    QJsonArray scaling;
    for (const ScalingPoint &p : e.scaling)
        scaling.append(QJsonObject {{QStringLiteral("gpus"), p.gpus},
                                    {QStringLiteral("wall_hours"), p.wallHours}});
    return {
        {QStringLiteral("flops"), EstimateJson::figure(e.flops)},
        {QStringLiteral("flops_per_token"), e.flopsPerToken},
        {QStringLiteral("sequence_length"), e.sequenceLength},
        {QStringLiteral("gpu_hours"), EstimateJson::figure(e.gpuHours)},
        {QStringLiteral("wall_hours"), EstimateJson::figure(e.wallHours)},
        {QStringLiteral("mfu"), EstimateJson::figure(e.mfu)},
        {QStringLiteral("mfu_all_in"), EstimateJson::figure(e.mfuAllIn)},
        {QStringLiteral("tokens_per_s_per_gpu"), EstimateJson::figure(e.tokensPerSecondPerGpu)},
        {QStringLiteral("memory_per_gpu_bytes"), EstimateJson::figure(e.memoryPerGpuBytes)},
        {QStringLiteral("memory_breakdown_bytes"),
         QJsonObject {{QStringLiteral("weights"), e.memory.weightsBytes},
                      {QStringLiteral("gradients"), e.memory.gradientsBytes},
                      {QStringLiteral("optimizer"), e.memory.optimizerBytes},
                      {QStringLiteral("activations"), e.memory.activationsBytes}}},
        {QStringLiteral("layout"), layoutJson(e.layout)},
        {QStringLiteral("fits"), e.fits},
        {QStringLiteral("min_gpus"), e.minGpus},
        {QStringLiteral("checkpoint_bytes"), EstimateJson::figure(e.checkpointBytes)},
        {QStringLiteral("checkpoint_storage_bytes"),
         EstimateJson::figure(e.checkpointStorageBytes)},
        {QStringLiteral("dataset_bytes"), EstimateJson::figure(e.datasetBytes)},
        {QStringLiteral("power_watts"), EstimateJson::figure(e.powerWatts)},
        {QStringLiteral("energy_mwh"), EstimateJson::figure(e.energyJoules, 1.0 / 3.6e9)},
        {QStringLiteral("time_to_train"), scaling},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)},
    };
}

QJsonObject inferenceJson(const InferenceEstimate &e)
{
    QJsonArray curve;
    for (const LoadPoint &p : e.latencyCurve)
        curve.append(QJsonObject {{QStringLiteral("concurrency"), p.concurrency},
                                  {QStringLiteral("requests_per_s"), p.requestsPerSecond},
                                  {QStringLiteral("output_tokens_per_s"), p.outputTokensPerSecond},
                                  {QStringLiteral("ttft_ms"), p.ttftSeconds * 1000.0},
                                  {QStringLiteral("tpot_ms"), p.tpotSeconds * 1000.0},
                                  {QStringLiteral("latency_ms"), p.latencySeconds * 1000.0}});
    return {
        {QStringLiteral("ttft_ms"), EstimateJson::figure(e.ttftSeconds, 1000.0)},
        {QStringLiteral("tpot_ms"), EstimateJson::figure(e.tpotSeconds, 1000.0)},
        {QStringLiteral("output_tokens_per_s"), EstimateJson::figure(e.outputTokensPerSecond)},
        {QStringLiteral("requests_per_s"), EstimateJson::figure(e.requestsPerSecond)},
        {QStringLiteral("max_concurrency"), e.maxConcurrency},
        {QStringLiteral("replicas"), e.replicas},
        {QStringLiteral("gpus_needed"), e.gpusNeeded},
        {QStringLiteral("memory_per_gpu_bytes"), EstimateJson::figure(e.memoryPerGpuBytes)},
        {QStringLiteral("fits"), e.fits},
        {QStringLiteral("tensor_parallel"), e.tensorParallel},
        {QStringLiteral("deployed_replicas"), e.deployedReplicas},
        {QStringLiteral("concurrency_per_replica"), e.concurrencyPerReplica},
        {QStringLiteral("weights_bytes"), e.weightsBytes},
        {QStringLiteral("kv_cache_bytes_per_token"), e.kvCacheBytesPerToken},
        {QStringLiteral("compute_precision"), PrecisionInfo::name(e.computePrecision)},
        {QStringLiteral("power_watts"), EstimateJson::figure(e.powerWatts)},
        {QStringLiteral("tokens_per_kwh"), EstimateJson::figure(e.tokensPerKilowattHour)},
        {QStringLiteral("latency_curve"), curve},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)},
    };
}

QJsonObject modelJson(const ModelArchitecture &m)
{
    QJsonObject o {{QStringLiteral("name"), m.name},
                   {QStringLiteral("params"), m.totalParameters},
                   {QStringLiteral("active_params"), m.activeParameters},
                   {QStringLiteral("layers"), m.layers},
                   {QStringLiteral("hidden"), m.hiddenSize},
                   {QStringLiteral("heads"), m.attentionHeads},
                   {QStringLiteral("kv_heads"), m.kvHeads},
                   {QStringLiteral("head_dim"), m.headDim},
                   {QStringLiteral("vocab"), m.vocabularySize},
                   {QStringLiteral("context_length"), m.contextLength},
                   {QStringLiteral("source"), m.source}};
    if (m.isMixtureOfExperts()) {
        o.insert(QStringLiteral("experts"), m.expertCount);
        o.insert(QStringLiteral("experts_per_token"), m.expertsPerToken);
    }
    if (m.usesLatentAttention())
        o.insert(QStringLiteral("kv_lora_rank"), m.kvLoraRank);
    if (m.slidingWindow > 0)
        o.insert(QStringLiteral("sliding_window"), m.slidingWindow);
    return o;
}

} // namespace

QJsonObject EstimateJson::figure(const Figure &f, double scale)
{
    QJsonArray drivers;
    for (const QString &d : f.drivers)
        drivers.append(d);
    return {{QStringLiteral("value"), jsonNumber(f.value * scale)},
            {QStringLiteral("low"), jsonNumber(f.low * scale)},
            {QStringLiteral("high"), jsonNumber(f.high * scale)},
            {QStringLiteral("drivers"), drivers}};
}

EstimateJson::Parsed EstimateJson::parse(const QByteArray &json,
                                         const QList<Accelerator> &accelerators)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Parsed parsed;
        parsed.errorText = tr("The input is not valid JSON: %1 (at character %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
        return parsed;
    }
    if (!document.isObject()) {
        Parsed parsed;
        parsed.errorText = tr("The input must be one JSON object.");
        return parsed;
    }
    return parse(document.object(), accelerators);
}

EstimateJson::Parsed EstimateJson::parse(const QJsonObject &object,
                                         const QList<Accelerator> &accelerators)
{
    Parsed parsed;
    QString *error = &parsed.errorText;
    Fields top(object, QString(), error);

    Accelerator accelerator;
    if (const auto gpu = top.text("gpu", true)) {
        const AcceleratorMatch match = AcceleratorMatcher::match(*gpu, accelerators);
        if (match.ok())
            accelerator = accelerators.at(match.index);
        else
            top.fail(QStringLiteral("gpu: ") + match.errorText);
    }
    const int gpus = top.wholeNumber("gpus", true, 1).value_or(1);
    const int gpusPerServer = top.wholeNumber("gpus_per_server", false, 1).value_or(8);
    const double serverOverhead =
        top.number("server_overhead_watts", false, 0.0, false).value_or(2000.0);
    std::optional<ModelArchitecture> model;
    if (!top.failed()) {
        model = parseModel(top.value("model"), error);
    } else {
        top.value("model");
    }

    if (top.has("training") && !top.failed()) {
        const QJsonValue value = top.value("training");
        if (!value.isObject()) {
            top.fail(tr("training must be an object, not %1.").arg(describe(value)));
        } else {
            Fields f(value.toObject(), QStringLiteral("training."), error);
            TrainingRequest r;
            r.tokens = f.number("tokens", true, 0.0, true).value_or(0.0);
            r.precision = f.precision("precision", Precision::Bf16).value_or(Precision::Bf16);
            r.zeroStage = f.wholeNumber("zero_stage", false, 0).value_or(1);
            if (r.zeroStage > 3)
                f.fail(tr("training.zero_stage must be 0, 1, 2 or 3, not %1.").arg(r.zeroStage));
            if (const auto recompute = f.text("recompute", false)) {
                if (const auto parsedRecompute = RecomputeInfo::fromName(*recompute))
                    r.recompute = *parsedRecompute;
                else
                    f.fail(tr("training.recompute: unknown mode '%1'; use none, selective or full.")
                               .arg(*recompute));
            }
            r.microBatch = f.wholeNumber("micro_batch", false, 1).value_or(1);
            r.sequenceLength = f.wholeNumber("sequence_length", false, 1).value_or(0);
            r.tensorParallel = f.wholeNumber("tensor_parallel", false, 1).value_or(0);
            r.pipelineParallel = f.wholeNumber("pipeline_parallel", false, 1).value_or(0);
            f.rejectUnknown();
            if (model) {
                r.model = *model;
                r.accelerator = accelerator;
                r.gpus = gpus;
                r.gpusPerServer = gpusPerServer;
                r.serverOverheadWatts = serverOverhead;
                parsed.input.training = r;
            }
        }
    }
    if (top.has("inference") && !top.failed()) {
        const QJsonValue value = top.value("inference");
        if (!value.isObject()) {
            top.fail(tr("inference must be an object, not %1.").arg(describe(value)));
        } else {
            Fields f(value.toObject(), QStringLiteral("inference."), error);
            InferenceRequest r;
            r.precision = f.precision("precision", Precision::Bf16).value_or(Precision::Bf16);
            if (f.has("kv_cache_precision"))
                r.kvCachePrecision = f.precision("kv_cache_precision", r.precision);
            r.inputTokens = f.wholeNumber("input_tokens", true, 1).value_or(0);
            r.outputTokens = f.wholeNumber("output_tokens", true, 1).value_or(0);
            if (f.has("concurrency")) {
                const QJsonValue c = f.value("concurrency");
                if (c.isString() && c.toString().trimmed().toLower() == QLatin1String("max"))
                    r.concurrency = 0;
                else if (c.isDouble() && c.toDouble() >= 1.0
                         && c.toDouble() == std::floor(c.toDouble()) && c.toDouble() <= 1e9)
                    r.concurrency = int(c.toDouble());
                else
                    f.fail(tr("inference.concurrency must be a whole number of at least 1 or "
                              "\"max\", not %1.")
                               .arg(describe(c)));
            }
            r.requestRatePerSecond = f.number("request_rate", false, 0.0, false).value_or(0.0);
            r.ttftTargetSeconds = f.number("ttft_slo_ms", false, 0.0, true).value_or(0.0) / 1000.0;
            r.tpotTargetSeconds = f.number("tpot_slo_ms", false, 0.0, true).value_or(0.0) / 1000.0;
            r.tensorParallel = f.wholeNumber("tensor_parallel", false, 1).value_or(0);
            f.rejectUnknown();
            if (model) {
                r.model = *model;
                r.accelerator = accelerator;
                r.gpus = gpus;
                r.gpusPerServer = gpusPerServer;
                r.serverOverheadWatts = serverOverhead;
                parsed.input.inference = r;
            }
        }
    }
    if (top.has("assumptions") && !top.failed())
        parseAssumptions(top.value("assumptions"), parsed.input.assumptions, error);
    if (!top.failed())
        top.rejectUnknown();
    if (!top.failed() && !parsed.input.training && !parsed.input.inference)
        top.fail(tr("Give training, inference or both."));
    if (!parsed.ok()) {
        parsed.input.training.reset();
        parsed.input.inference.reset();
    }
    return parsed;
}

QJsonObject EstimateJson::toJson(const Input &input,
                                 const std::optional<TrainingEstimate> &training,
                                 const std::optional<InferenceEstimate> &inference)
{
    QJsonObject out;
    const ModelArchitecture &model =
        input.training ? input.training->model : input.inference->model;
    const Accelerator &accelerator =
        input.training ? input.training->accelerator : input.inference->accelerator;
    out.insert(QStringLiteral("gpu"), accelerator.displayName());
    out.insert(QStringLiteral("gpus"),
               input.training ? input.training->gpus : input.inference->gpus);
    out.insert(QStringLiteral("model"), modelJson(model));
    QJsonObject assumptions;
    const auto addAssumptions = [&](const QList<Assumption> &list) {
        for (const Assumption &a : list) {
            assumptions.insert(Assumptions::name(a.id),
                               QJsonObject {{QStringLiteral("value"), a.value},
                                            {QStringLiteral("low"), a.low},
                                            {QStringLiteral("high"), a.high},
                                            {QStringLiteral("source"), a.source},
                                            {QStringLiteral("overridden"), a.overridden}});
        }
    };
    if (training) {
        out.insert(QStringLiteral("training"), trainingJson(*training));
        addAssumptions(training->assumptions);
    }
    if (inference) {
        out.insert(QStringLiteral("inference"), inferenceJson(*inference));
        addAssumptions(inference->assumptions);
    }
    out.insert(QStringLiteral("assumptions"), assumptions);
    return out;
}

EstimateJson::Result EstimateJson::run(const QByteArray &json,
                                       const QList<Accelerator> &accelerators)
{
    Result result;
    const Parsed parsed = parse(json, accelerators);
    if (!parsed.ok()) {
        result.errorText = parsed.errorText;
        return result;
    }
    std::optional<TrainingEstimate> training;
    std::optional<InferenceEstimate> inference;
    if (parsed.input.training) {
        training = TrainingEstimator::estimate(*parsed.input.training, parsed.input.assumptions);
        if (!training->ok()) {
            result.errorText = training->errorText;
            return result;
        }
    }
    if (parsed.input.inference) {
        inference = InferenceEstimator::estimate(*parsed.input.inference, parsed.input.assumptions);
        if (!inference->ok()) {
            result.errorText = inference->errorText;
            return result;
        }
    }
    result.output = toJson(parsed.input, training, inference);
    return result;
}
