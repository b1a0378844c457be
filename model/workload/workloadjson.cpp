#include "model/workload/workloadjson.h"

#include "model/capacity/jsonfields.h"

#include <QJsonArray>

namespace {
QString key(WorkloadField field)
{
    return WorkloadFields::key(field);
}

std::optional<bool> readBool(JsonFields &f, const char *name, bool fallback)
{
    if (!f.has(name))
        return fallback;
    const QJsonValue v = f.value(name);
    if (!v.isBool()) {
        f.fail(WorkloadJson::tr("%1 must be true or false, not %2.")
                   .arg(f.path(QString::fromLatin1(name)), JsonFields::describe(v)));
        return std::nullopt;
    }
    return v.toBool();
}
} // namespace

QJsonObject WorkloadJson::modelToJson(const ModelArchitecture &m)
{
    return QJsonObject {
        {QStringLiteral("name"), m.name},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(m.aliases)},
        {QStringLiteral("params"), m.totalParameters},
        {QStringLiteral("active_params"), m.activeParameters},
        {QStringLiteral("layers"), m.layers},
        {QStringLiteral("hidden"), m.hiddenSize},
        {QStringLiteral("heads"), m.attentionHeads},
        {QStringLiteral("kv_heads"), m.kvHeads},
        {QStringLiteral("head_dim"), m.headDim},
        {QStringLiteral("vocab"), m.vocabularySize},
        {QStringLiteral("context_length"), m.contextLength},
        {QStringLiteral("training_sequence_length"), m.trainingSequenceLength},
        {QStringLiteral("tied_embeddings"), m.tiedEmbeddings},
        {QStringLiteral("kv_lora_rank"), m.kvLoraRank},
        {QStringLiteral("qk_rope_head_dim"), m.qkRopeHeadDim},
        {QStringLiteral("qk_nope_head_dim"), m.qkNopeHeadDim},
        {QStringLiteral("v_head_dim"), m.vHeadDim},
        {QStringLiteral("sliding_window"), m.slidingWindow},
        {QStringLiteral("sliding_window_layer_fraction"), m.slidingWindowLayerFraction},
        {QStringLiteral("experts"), m.expertCount},
        {QStringLiteral("experts_per_token"), m.expertsPerToken},
        {QStringLiteral("shared_experts"), m.sharedExpertCount},
        {QStringLiteral("source"), m.source},
        {QStringLiteral("approximated"), m.approximated},
    };
}

std::optional<ModelArchitecture> WorkloadJson::modelFromJson(const QJsonObject &object,
                                                             const QString &prefix, QString *error)
{
    JsonFields f(object, prefix, error);
    ModelArchitecture m;
    m.name = f.text("name", true).value_or(QString());
    if (f.has("aliases")) {
        const QJsonValue aliases = f.value("aliases");
        if (!aliases.isArray())
            f.fail(tr("%1 must be a list of names, not %2.")
                       .arg(f.path(QStringLiteral("aliases")), JsonFields::describe(aliases)));
        for (const QJsonValue &alias : aliases.toArray())
            m.aliases << alias.toString();
    }
    m.totalParameters = f.number("params", true, 0.0, false).value_or(0.0);
    m.activeParameters = f.number("active_params", false, 0.0, false).value_or(m.totalParameters);
    m.layers = f.wholeNumber("layers", true, 0).value_or(0);
    m.hiddenSize = f.wholeNumber("hidden", true, 0).value_or(0);
    m.attentionHeads = f.wholeNumber("heads", true, 0).value_or(0);
    m.kvHeads = f.wholeNumber("kv_heads", false, 0).value_or(m.attentionHeads);
    m.headDim = f.wholeNumber("head_dim", false, 0).value_or(0);
    m.vocabularySize = f.wholeNumber("vocab", false, 0).value_or(0);
    m.contextLength = f.wholeNumber("context_length", false, 0).value_or(0);
    m.trainingSequenceLength = f.wholeNumber("training_sequence_length", false, 0).value_or(0);
    m.tiedEmbeddings = readBool(f, "tied_embeddings", false).value_or(false);
    m.kvLoraRank = f.wholeNumber("kv_lora_rank", false, 0).value_or(0);
    m.qkRopeHeadDim = f.wholeNumber("qk_rope_head_dim", false, 0).value_or(0);
    m.qkNopeHeadDim = f.wholeNumber("qk_nope_head_dim", false, 0).value_or(0);
    m.vHeadDim = f.wholeNumber("v_head_dim", false, 0).value_or(0);
    m.slidingWindow = f.wholeNumber("sliding_window", false, 0).value_or(0);
    m.slidingWindowLayerFraction =
        f.number("sliding_window_layer_fraction", false, 0.0, false).value_or(0.0);
    m.expertCount = f.wholeNumber("experts", false, 0).value_or(0);
    m.expertsPerToken = f.wholeNumber("experts_per_token", false, 0).value_or(0);
    m.sharedExpertCount = f.wholeNumber("shared_experts", false, 0).value_or(0);
    m.source = f.text("source", false).value_or(QString());
    m.approximated = readBool(f, "approximated", false).value_or(false);
    f.rejectUnknown();
    if (f.failed())
        return std::nullopt;
    return m;
}

QJsonObject WorkloadJson::toJson(const Workload &w)
{
    const TrainingParameters &t = w.training;
    const InferenceParameters &s = w.inference;
    const QJsonObject training {
        {key(WorkloadField::Tokens), t.tokens},
        {key(WorkloadField::Deadline), t.deadlineSeconds},
        {key(WorkloadField::TensorParallel), t.tensorParallel},
        {key(WorkloadField::PipelineParallel), t.pipelineParallel},
        {key(WorkloadField::ZeroStage),
         t.zeroStage == TrainingParameters::kAutomatic ? QJsonValue(QStringLiteral("auto"))
                                                       : QJsonValue(t.zeroStage)},
        {key(WorkloadField::DatasetSize), t.datasetBytes},
        {key(WorkloadField::GlobalBatch), t.globalBatchTokens},
        {key(WorkloadField::CheckpointInterval), t.checkpoint.intervalSeconds},
        {key(WorkloadField::CheckpointRetention), t.checkpoint.retained},
        {key(WorkloadField::CheckpointStall), t.checkpoint.maxStallFraction},
    };
    const QJsonObject inference {
        {key(WorkloadField::RequestRate), s.requestRatePerSecond},
        {key(WorkloadField::InputTokens), s.inputTokens},
        {key(WorkloadField::OutputTokens), s.outputTokens},
        {key(WorkloadField::TtftTarget), s.ttftTargetSeconds},
        {key(WorkloadField::TpotTarget), s.tpotTargetSeconds},
        {key(WorkloadField::TensorParallel), s.tensorParallel},
        {key(WorkloadField::Redundancy), s.nPlusOne},
    };
    return QJsonObject {
        {key(WorkloadField::Name), w.name},
        {key(WorkloadField::Kind), Workload::kindKey(w.kind)},
        {key(WorkloadField::Model), modelToJson(w.model)},
        {key(WorkloadField::Precision), PrecisionInfo::name(w.precision)},
        {QStringLiteral("training"), training},
        {QStringLiteral("inference"), inference},
    };
}

std::optional<Workload> WorkloadJson::fromJson(const QJsonObject &object, QString *error)
{
    QString problem;
    JsonFields f(object, QString(), &problem);
    Workload w;
    w.name = f.text("name", true).value_or(QString());
    const QString kind = f.text("kind", true).value_or(QString());
    if (!f.failed()) {
        if (const auto k = Workload::kindFromKey(kind))
            w.kind = *k;
        else
            f.fail(tr("kind must be \"training\" or \"inference\", not \"%1\".").arg(kind));
    }
    if (const auto model = f.present("model", true); model && !f.failed()) {
        if (!model->isObject())
            f.fail(tr("model must be an object, not %1.").arg(JsonFields::describe(*model)));
        else if (auto m = modelFromJson(model->toObject(), QStringLiteral("model."), &problem))
            w.model = *m;
    }
    if (!f.failed())
        w.precision = f.precision("precision", Precision::Bf16).value_or(Precision::Bf16);

    auto section = [&](const char *name) -> QJsonObject {
        const auto value = f.present(name, false);
        if (!value || f.failed())
            return {};
        if (!value->isObject()) {
            f.fail(tr("%1 must be an object, not %2.")
                       .arg(QLatin1String(name), JsonFields::describe(*value)));
            return {};
        }
        return value->toObject();
    };
    const QJsonObject trainingObject = section("training");
    const QJsonObject inferenceObject = section("inference");
    f.rejectUnknown();

    if (!f.failed()) {
        JsonFields t(trainingObject, QStringLiteral("training."), &problem);
        TrainingParameters &p = w.training;
        p.tokens = t.number("tokens", false, 0.0, false).value_or(0.0);
        p.deadlineSeconds = t.number("deadline_s", false, 0.0, false).value_or(0.0);
        p.tensorParallel = t.wholeNumber("tensor_parallel", false, 0).value_or(0);
        p.pipelineParallel = t.wholeNumber("pipeline_parallel", false, 0).value_or(0);
        if (t.has("zero_stage")) {
            const QJsonValue stage = t.value("zero_stage");
            if (stage.isString() && stage.toString() == QLatin1String("auto"))
                p.zeroStage = TrainingParameters::kAutomatic;
            else if (stage.isDouble() && stage.toDouble() >= 0 && stage.toDouble() <= 3
                     && stage.toDouble() == double(stage.toInt()))
                p.zeroStage = stage.toInt();
            else
                t.fail(tr("training.zero_stage must be \"auto\", 0, 1, 2 or 3, not %1.")
                           .arg(JsonFields::describe(stage)));
        }
        p.datasetBytes = t.number("dataset_bytes", false, 0.0, false).value_or(0.0);
        p.globalBatchTokens = t.number("global_batch_tokens", false, 0.0, false).value_or(0.0);
        p.checkpoint.intervalSeconds =
            t.number("checkpoint_interval_s", false, 0.0, false).value_or(0.0);
        p.checkpoint.retained = t.wholeNumber("checkpoints_retained", false, 0).value_or(0);
        p.checkpoint.maxStallFraction = t.number("checkpoint_max_stall_fraction", false, 0.0, true)
                                            .value_or(CheckpointPolicy().maxStallFraction);
        t.rejectUnknown();
    }
    if (problem.isEmpty()) {
        JsonFields s(inferenceObject, QStringLiteral("inference."), &problem);
        InferenceParameters &p = w.inference;
        p.requestRatePerSecond = s.number("request_rate", false, 0.0, false).value_or(0.0);
        p.inputTokens = s.wholeNumber("input_tokens", false, 0).value_or(0);
        p.outputTokens = s.wholeNumber("output_tokens", false, 0).value_or(0);
        p.ttftTargetSeconds = s.number("ttft_target_s", false, 0.0, false).value_or(0.0);
        p.tpotTargetSeconds = s.number("tpot_target_s", false, 0.0, false).value_or(0.0);
        p.tensorParallel = s.wholeNumber("tensor_parallel", false, 0).value_or(0);
        p.nPlusOne = readBool(s, "n_plus_one", true).value_or(true);
        s.rejectUnknown();
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return w;
}
