#include "model/capacity/estimatejson.h"
#include "support/acceleratorfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

class tst_EstimateJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesTheIssueExample();
    void writesEveryDocumentedField();
    void customModelObject();
    void nullMeansNotGiven();
    void badInputNamesTheField_data();
    void badInputNamesTheField();
    void figureJson();
    void absurdButValidInput_data();
    void absurdButValidInput();

private:
    static QByteArray issueExample();
    QList<Accelerator> m_accelerators;
};

QByteArray tst_EstimateJson::issueExample()
{
    // The example input of issue 3, verbatim.
    return HeadroomTest::fixtureFile(QStringLiteral("estimate/issue-example.json"));
}

void tst_EstimateJson::initTestCase()
{
    m_accelerators = HeadroomTest::fixtureAccelerators();
    QVERIFY(!m_accelerators.isEmpty());
}

void tst_EstimateJson::parsesTheIssueExample()
{
    const EstimateJson::Parsed parsed = EstimateJson::parse(issueExample(), m_accelerators);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QVERIFY(parsed.input.training.has_value());
    QVERIFY(parsed.input.inference.has_value());
    const TrainingRequest &t = *parsed.input.training;
    QCOMPARE(t.accelerator.displayName(), QStringLiteral("NVIDIA H100 SXM5 80GB"));
    QCOMPARE(t.gpus, 8);
    QCOMPARE(t.model.name, QStringLiteral("Llama 2 70B"));
    QCOMPARE(t.tokens, 2e12);
    QCOMPARE(t.precision, Precision::Bf16);
    QCOMPARE(t.zeroStage, 1);
    QCOMPARE(t.recompute, Recompute::Selective);
    const InferenceRequest &i = *parsed.input.inference;
    QCOMPARE(i.precision, Precision::Fp8);
    QCOMPARE(i.inputTokens, 1000);
    QCOMPARE(i.outputTokens, 1000);
    QCOMPARE(i.concurrency, 256);
    QCOMPARE(i.requestRatePerSecond, 0.0);
    QCOMPARE(i.ttftTargetSeconds, 2.0);
    QCOMPARE(i.tpotTargetSeconds, 0.2);
    QCOMPARE(i.tensorParallel, 0);
    QVERIFY(parsed.input.assumptions.isOverridden(AssumptionId::Mfu));
}

void tst_EstimateJson::writesEveryDocumentedField()
{
    const EstimateJson::Result result = EstimateJson::run(issueExample(), m_accelerators);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    const QJsonObject out = result.output;
    const auto isFigure = [](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        return o.value(QStringLiteral("value")).isDouble()
            && o.value(QStringLiteral("low")).isDouble()
            && o.value(QStringLiteral("high")).isDouble()
            && o.value(QStringLiteral("drivers")).isArray()
            && o.value(QStringLiteral("low")).toDouble()
            <= o.value(QStringLiteral("value")).toDouble()
            && o.value(QStringLiteral("value")).toDouble()
            <= o.value(QStringLiteral("high")).toDouble();
    };
    const QJsonObject training = out.value(QStringLiteral("training")).toObject();
    for (const char *key : {"flops", "gpu_hours", "wall_hours", "mfu", "memory_per_gpu_bytes",
                            "checkpoint_bytes", "energy_mwh"})
        QVERIFY2(isFigure(training.value(QLatin1String(key))), key);
    QVERIFY(training.value(QStringLiteral("fits")).isBool());
    QVERIFY(training.value(QStringLiteral("min_gpus")).isDouble());
    QVERIFY(!training.value(QStringLiteral("time_to_train")).toArray().isEmpty());
    // MFU is the user's 0.4; 2e12 tokens of Llama 2 70B then need FLOPs / (989.4 TFLOP/s *
    // 0.4 * 0.9 all-in) of GPU time.
    QCOMPARE(
        training.value(QStringLiteral("mfu")).toObject().value(QStringLiteral("value")).toDouble(),
        0.4);
    const double flops = training.value(QStringLiteral("flops"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toDouble();
    QCOMPARE(training.value(QStringLiteral("gpu_hours"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             flops / (989.4e12 * 0.4 * 0.9) / 3600.0);

    const QJsonObject inference = out.value(QStringLiteral("inference")).toObject();
    for (const char *key :
         {"ttft_ms", "tpot_ms", "output_tokens_per_s", "requests_per_s", "memory_per_gpu_bytes"})
        QVERIFY2(isFigure(inference.value(QLatin1String(key))), key);
    for (const char *key : {"max_concurrency", "replicas", "gpus_needed"})
        QVERIFY2(inference.value(QLatin1String(key)).isDouble(), key);
    QVERIFY(inference.value(QStringLiteral("fits")).isBool());
    QVERIFY(!inference.value(QStringLiteral("latency_curve")).toArray().isEmpty());

    const QJsonObject assumptions = out.value(QStringLiteral("assumptions")).toObject();
    QCOMPARE(assumptions.value(QStringLiteral("mfu"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             0.4);
    QVERIFY(assumptions.value(QStringLiteral("mfu"))
                .toObject()
                .value(QStringLiteral("overridden"))
                .toBool());
    QVERIFY(assumptions.contains(QStringLiteral("decode_bandwidth_efficiency")));
    QCOMPARE(out.value(QStringLiteral("gpu")).toString(), QStringLiteral("NVIDIA H100 SXM5 80GB"));
    QCOMPARE(out.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Llama 2 70B"));
}

void tst_EstimateJson::customModelObject()
{
    const QByteArray json = R"({"gpu": "MI300X", "gpus": 1,
        "model": {"name": "mine", "params": 8e9, "layers": 32, "hidden": 4096, "heads": 32,
                  "kv_heads": 8, "vocab": 128256, "context_length": 8192},
        "inference": {"input_tokens": 500, "output_tokens": 200, "concurrency": "max"}})";
    const EstimateJson::Parsed parsed = EstimateJson::parse(json, m_accelerators);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    const ModelArchitecture &m = parsed.input.inference->model;
    QCOMPARE(m.name, QStringLiteral("mine"));
    QCOMPARE(m.activeParameters, 8e9);
    QCOMPARE(m.headDim, 128);
    QCOMPARE(m.trainingSequenceLength, 8192);
    QCOMPARE(parsed.input.inference->concurrency, 0);
    QCOMPARE(parsed.input.inference->precision, Precision::Bf16);
    QCOMPARE(parsed.input.inference->accelerator.displayName(),
             QStringLiteral("AMD Instinct MI300X"));
    QVERIFY(!parsed.input.training.has_value());
}

void tst_EstimateJson::nullMeansNotGiven()
{
    const QByteArray json = R"({"gpu": "H200 SXM", "gpus": 8, "model": "Mistral 7B",
        "gpus_per_server": null,
        "inference": {"input_tokens": 100, "output_tokens": 100, "concurrency": null,
                      "request_rate": null, "ttft_slo_ms": null, "tpot_slo_ms": null,
                      "tensor_parallel": null, "kv_cache_precision": null}})";
    const EstimateJson::Parsed parsed = EstimateJson::parse(json, m_accelerators);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.input.inference->concurrency, 0);
    QCOMPARE(parsed.input.inference->gpusPerServer, 8);
    QVERIFY(!parsed.input.inference->kvCachePrecision.has_value());
}

void tst_EstimateJson::badInputNamesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("start"); // the message begins with this
    const QByteArray model = R"("gpu": "H100 SXM", "gpus": 8, "model": "Llama 2 70B")";
    const auto with = [&](const char *rest) {
        return QByteArray("{") + model + QByteArray(", ") + rest + QByteArray("}");
    };
    QTest::newRow("not JSON") << QByteArray("{\"gpu\": ")
                              << QStringLiteral("The input is not valid JSON");
    QTest::newRow("a list") << QByteArray("[1, 2]")
                            << QStringLiteral("The input must be one JSON object");
    QTest::newRow("no gpu") << QByteArray(R"({"gpus": 8, "model": "Llama 2 70B", "inference": {}})")
                            << QStringLiteral("gpu is missing");
    QTest::newRow("unknown gpu") << QByteArray(
        R"({"gpu": "RTX 4090", "gpus": 1, "model": "Llama 2 7B"})")
                                 << QStringLiteral("gpu: Unknown accelerator 'RTX 4090'");
    QTest::newRow("ambiguous gpu")
        << QByteArray(R"({"gpu": "H100", "gpus": 1, "model": "Llama 2 7B"})")
        << QStringLiteral("gpu: The accelerator name 'H100' matches 3 accelerator(s)");
    QTest::newRow("no gpus") << QByteArray(
        R"({"gpu": "H100 SXM", "gpus": 0, "model": "Llama 2 7B"})")
                             << QStringLiteral("gpus must be a whole number of at least 1, not 0");
    QTest::newRow("fractional gpus")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 2.5, "model": "Llama 2 7B"})")
        << QStringLiteral("gpus must be a whole number");
    QTest::newRow("gpus as text")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": "8", "model": "Llama 2 7B"})")
        << QStringLiteral("gpus must be a whole number of at least 1, not \"8\"");
    QTest::newRow("unknown preset")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8, "model": "Llama 9 1T"})")
        << QStringLiteral("model: 'Llama 9 1T' is not a preset. Presets: Llama 2 7B,");
    QTest::newRow("model missing")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8})") << QStringLiteral("model is missing");
    QTest::newRow("model object without layers")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8, "model": {"params": 7e9, "hidden": 4096,
                      "heads": 32, "vocab": 32000}})")
        << QStringLiteral("model.layers is missing");
    QTest::newRow("params in billions")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8, "model": {"params": 70, "layers": 80,
                      "hidden": 8192, "heads": 64, "vocab": 32000}})")
        << QStringLiteral("model.params counts parameters");
    QTest::newRow("more kv heads than heads")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8, "model": {"params": 7e9, "layers": 32,
                      "hidden": 4096, "heads": 32, "kv_heads": 64, "vocab": 32000}})")
        << QStringLiteral("model.kv_heads (64) cannot be larger than model.heads (32)");
    QTest::newRow("negative tokens") << with(R"("training": {"tokens": -1})")
                                     << QStringLiteral("training.tokens must be greater than 0");
    QTest::newRow("no tokens") << with(R"("training": {"precision": "bf16"})")
                               << QStringLiteral("training.tokens is missing");
    QTest::newRow("unknown precision")
        << with(R"("training": {"tokens": 1e12, "precision": "fp9"})")
        << QStringLiteral("training.precision: unknown precision 'fp9'");
    QTest::newRow("zero stage 5") << with(R"("training": {"tokens": 1e12, "zero_stage": 5})")
                                  << QStringLiteral("training.zero_stage must be 0, 1, 2 or 3");
    QTest::newRow("unknown recompute")
        << with(R"("training": {"tokens": 1e12, "recompute": "some"})")
        << QStringLiteral("training.recompute: unknown mode 'some'");
    QTest::newRow("misspelt training field")
        << with(R"("training": {"tokens": 1e12, "micro_bach": 2})")
        << QStringLiteral("Unknown field 'training.micro_bach'");
    QTest::newRow("no input tokens") << with(R"("inference": {"output_tokens": 10})")
                                     << QStringLiteral("inference.input_tokens is missing");
    QTest::newRow("concurrency as a word")
        << with(R"("inference": {"input_tokens": 10, "output_tokens": 10, "concurrency": "lots"})")
        << QStringLiteral("inference.concurrency must be a whole number of at least 1 or \"max\"");
    QTest::newRow("negative request rate")
        << with(R"("inference": {"input_tokens": 10, "output_tokens": 10, "request_rate": -2})")
        << QStringLiteral("inference.request_rate must be at least 0");
    QTest::newRow("tensor parallel beyond NVLink")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 16, "model": "Llama 2 70B",
                      "inference": {"input_tokens": 10, "output_tokens": 10, "tensor_parallel": 16}})")
        << QStringLiteral(
               "inference.tensor_parallel (16) must stay inside one scale-up domain of 8");
    QTest::newRow("precision the GPU lacks")
        << with(R"("training": {"tokens": 1e12, "precision": "fp4"})")
        << QStringLiteral("The accelerator NVIDIA H100 SXM5 80GB has no dense fp4 peak");
    QTest::newRow("assumption out of range")
        << with(R"("training": {"tokens": 1e12}, "assumptions": {"mfu": 1.5})")
        << QStringLiteral("assumptions.mfu must be more than 0 and at most 1");
    QTest::newRow("unknown assumption")
        << with(R"("training": {"tokens": 1e12}, "assumptions": {"mfuu": 0.5})")
        << QStringLiteral("Unknown field 'assumptions.mfuu'. Assumptions: mfu,");
    QTest::newRow("assumption range incomplete") << with(
        R"("training": {"tokens": 1e12}, "assumptions": {"pue": {"value": 1.2, "low": 1.1}})")
                                                 << QStringLiteral(
                                                        "assumptions.pue.high is missing");
    QTest::newRow("misspelt section")
        << with(R"("traning": {"tokens": 1e12})") << QStringLiteral("Unknown field 'traning'");
    QTest::newRow("neither section") << QByteArray("{") + model + QByteArray("}")
                                     << QStringLiteral("Give training, inference or both");
    QTest::newRow("section not an object")
        << with(R"("training": 5)") << QStringLiteral("training must be an object, not 5");
}

void tst_EstimateJson::badInputNamesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, start);
    const EstimateJson::Result result = EstimateJson::run(json, m_accelerators);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.startsWith(start), qPrintable(result.errorText));
    QVERIFY(result.output.isEmpty());
}

void tst_EstimateJson::figureJson()
{
    const Figure f {0.25, 0.2, 0.3, {QStringLiteral("mfu")}};
    const QJsonObject o = EstimateJson::figure(f, 1000.0);
    QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 250.0);
    QCOMPARE(o.value(QStringLiteral("low")).toDouble(), 200.0);
    QCOMPARE(o.value(QStringLiteral("high")).toDouble(), 300.0);
    QCOMPARE(o.value(QStringLiteral("drivers")).toArray().first().toString(),
             QStringLiteral("mfu"));
    // JSON has no infinity: a latency that cannot be reached is null.
    const QJsonObject never = EstimateJson::figure(Figure::exact(qInf()));
    QVERIFY(never.value(QStringLiteral("value")).isNull());
}

void tst_EstimateJson::absurdButValidInput_data()
{
    // Inputs no one means, which the parser still accepts: they must give an answer (or a
    // message), never overflow, hang or crash. The sanitizer build runs these too.
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("a billion GPUs, a tiny model, an enormous request rate")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 1000000000,
            "model": {"params": 1e6, "layers": 1, "hidden": 64, "heads": 1, "head_dim": 1,
                      "vocab": 10},
            "training": {"tokens": 1e30},
            "inference": {"input_tokens": 1, "output_tokens": 1, "request_rate": 1e300,
                          "ttft_slo_ms": 1e9, "tpot_slo_ms": 1e9}})");
    QTest::newRow("a billion layers") << QByteArray(R"({"gpu": "H100 SXM", "gpus": 4096,
            "model": {"params": 1e15, "layers": 1000000000, "hidden": 8192, "heads": 64,
                      "vocab": 32000},
            "training": {"tokens": 1e12},
            "inference": {"input_tokens": 1000000000, "output_tokens": 1000000000}})");
}

void tst_EstimateJson::absurdButValidInput()
{
    QFETCH(QByteArray, json);
    const EstimateJson::Result result = EstimateJson::run(json, m_accelerators);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    const QJsonObject inference = result.output.value(QStringLiteral("inference")).toObject();
    QVERIFY(inference.value(QStringLiteral("gpus_needed")).toDouble() >= 0.0);
    QVERIFY(inference.value(QStringLiteral("max_concurrency")).toDouble() >= 0.0);
    const QJsonObject training = result.output.value(QStringLiteral("training")).toObject();
    QVERIFY(training.value(QStringLiteral("min_gpus")).toDouble() >= 0.0);
}

QTEST_GUILESS_MAIN(tst_EstimateJson)
#include "tst_estimatejson.moc"
