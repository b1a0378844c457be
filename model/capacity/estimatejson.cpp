#include "model/capacity/estimatejson.h"

#include "model/capacity/acceleratormatcher.h"
#include "model/capacity/jsonfields.h"
#include "model/workload/modelpresets.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

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
                  .arg(JsonFields::describe(value));
        return std::nullopt;
    }
    JsonFields f(value.toObject(), QStringLiteral("model."), error);
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
                       .arg(f.path(QStringLiteral("tied_embeddings")), JsonFields::describe(tied)));
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
        *error = EstimateJson::tr("assumptions must be an object, not %1.")
                     .arg(JsonFields::describe(value));
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
            JsonFields f(it.value().toObject(), path + QLatin1Char('.'), error);
            const auto v = f.number("value", true, -1e300, false);
            const auto low = f.number("low", true, -1e300, false);
            const auto high = f.number("high", true, -1e300, false);
            f.rejectUnknown();
            if (v && low && high && error->isEmpty())
                *error = assumptions.setOverride(*id, *v, *low, *high);
        } else {
            *error = EstimateJson::tr("%1 must be a number or an object with value, low and "
                                      "high, not %2.")
                         .arg(path, JsonFields::describe(it.value()));
        }
    }
}

// What the top level gives both requests.
struct Hardware
{
    ModelArchitecture model;
    Accelerator accelerator;
    int gpus = 1;
    int gpusPerServer = 8;
    double serverOverheadWatts = 2000.0;
};

template<class Request> Request withHardware(Request request, const Hardware &hardware)
{
    request.model = hardware.model;
    request.accelerator = hardware.accelerator;
    request.gpus = hardware.gpus;
    request.gpusPerServer = hardware.gpusPerServer;
    request.serverOverheadWatts = hardware.serverOverheadWatts;
    return request;
}

std::optional<TrainingRequest> parseTraining(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = EstimateJson::tr("training must be an object, not %1.")
                     .arg(JsonFields::describe(value));
        return std::nullopt;
    }
    JsonFields f(value.toObject(), QStringLiteral("training."), error);
    TrainingRequest r;
    r.tokens = f.number("tokens", true, 0.0, true).value_or(0.0);
    r.precision = f.precision("precision", Precision::Bf16).value_or(Precision::Bf16);
    r.zeroStage = f.wholeNumber("zero_stage", false, 0).value_or(1);
    if (r.zeroStage > 3)
        f.fail(
            EstimateJson::tr("training.zero_stage must be 0, 1, 2 or 3, not %1.").arg(r.zeroStage));
    if (const auto recompute = f.text("recompute", false)) {
        if (const auto mode = RecomputeInfo::fromName(*recompute))
            r.recompute = *mode;
        else
            f.fail(EstimateJson::tr("training.recompute: unknown mode '%1'; use none, selective "
                                    "or full.")
                       .arg(*recompute));
    }
    r.microBatch = f.wholeNumber("micro_batch", false, 1).value_or(1);
    r.sequenceLength = f.wholeNumber("sequence_length", false, 1).value_or(0);
    r.tensorParallel = f.wholeNumber("tensor_parallel", false, 1).value_or(0);
    r.pipelineParallel = f.wholeNumber("pipeline_parallel", false, 1).value_or(0);
    f.rejectUnknown();
    return f.failed() ? std::nullopt : std::optional<TrainingRequest>(r);
}

std::optional<InferenceRequest> parseInference(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = EstimateJson::tr("inference must be an object, not %1.")
                     .arg(JsonFields::describe(value));
        return std::nullopt;
    }
    JsonFields f(value.toObject(), QStringLiteral("inference."), error);
    InferenceRequest r;
    r.precision = f.precision("precision", Precision::Bf16).value_or(Precision::Bf16);
    if (f.has("kv_cache_precision"))
        r.kvCachePrecision = f.precision("kv_cache_precision", r.precision);
    r.inputTokens = f.wholeNumber("input_tokens", true, 1).value_or(0);
    r.outputTokens = f.wholeNumber("output_tokens", true, 1).value_or(0);
    if (f.has("concurrency")) {
        const QJsonValue c = f.value("concurrency");
        const double n = c.toDouble(0.0);
        if (c.isString() && c.toString().trimmed().toLower() == QLatin1String("max"))
            r.concurrency = 0; // as many as memory holds
        else if (c.isDouble() && n >= 1.0 && n == std::floor(n) && n <= 1e9)
            r.concurrency = int(n);
        else
            f.fail(EstimateJson::tr("inference.concurrency must be a whole number of at least 1 "
                                    "or \"max\", not %1.")
                       .arg(JsonFields::describe(c)));
    }
    r.requestRatePerSecond = f.number("request_rate", false, 0.0, false).value_or(0.0);
    r.ttftTargetSeconds = f.number("ttft_slo_ms", false, 0.0, true).value_or(0.0) / 1000.0;
    r.tpotTargetSeconds = f.number("tpot_slo_ms", false, 0.0, true).value_or(0.0) / 1000.0;
    r.tensorParallel = f.wholeNumber("tensor_parallel", false, 1).value_or(0);
    f.rejectUnknown();
    return f.failed() ? std::nullopt : std::optional<InferenceRequest>(r);
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
    JsonFields top(object, QString(), error);

    Hardware hardware;
    if (const auto gpu = top.text("gpu", true)) {
        const AcceleratorMatch match = AcceleratorMatcher::match(*gpu, accelerators);
        if (match.ok())
            hardware.accelerator = accelerators.at(match.index);
        else
            top.fail(QStringLiteral("gpu: ") + match.errorText);
    }
    hardware.gpus = top.wholeNumber("gpus", true, 1).value_or(1);
    hardware.gpusPerServer = top.wholeNumber("gpus_per_server", false, 1).value_or(8);
    hardware.serverOverheadWatts =
        top.number("server_overhead_watts", false, 0.0, false).value_or(2000.0);
    const QJsonValue modelValue = top.value("model");
    if (!top.failed()) {
        if (const auto model = parseModel(modelValue, error))
            hardware.model = *model;
    }
    if (top.has("training") && !top.failed()) {
        if (auto training = parseTraining(top.value("training"), error))
            parsed.input.training = withHardware(*training, hardware);
    }
    if (top.has("inference") && !top.failed()) {
        if (auto inference = parseInference(top.value("inference"), error))
            parsed.input.inference = withHardware(*inference, hardware);
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
