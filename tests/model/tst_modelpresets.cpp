#include "model/workload/modelpresets.h"

#include <QSet>
#include <QTest>

class tst_ModelPresets : public QObject
{
    Q_OBJECT

private slots:
    void findByName_data();
    void findByName();
    void unknownNames_data();
    void unknownNames();
    void issuePresetsExist();
    void publishedFacts_data();
    void publishedFacts();
    void everyPresetIsValid();
    void namesAreUnique();
    void findInText_data();
    void findInText();
};

void tst_ModelPresets::findByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << QStringLiteral("Llama 2 70B") << QStringLiteral("Llama 2 70B");
    QTest::newRow("hyphens and lower case")
        << QStringLiteral("llama-2-70b") << QStringLiteral("Llama 2 70B");
    QTest::newRow("underscores and upper case")
        << QStringLiteral("LLAMA2_70B") << QStringLiteral("Llama 2 70B");
    QTest::newRow("TensorRT-LLM's name")
        << QStringLiteral("LLaMA 70B") << QStringLiteral("Llama 2 70B");
    QTest::newRow("mixtral") << QStringLiteral("mixtral-8x7b") << QStringLiteral("Mixtral 8x7B");
    QTest::newRow("mixtral 8x22b")
        << QStringLiteral("Mixtral 8x22B") << QStringLiteral("Mixtral 8x22B");
    QTest::newRow("deepseek with space")
        << QStringLiteral("DeepSeek V3") << QStringLiteral("DeepSeek-V3");
    QTest::newRow("qwen") << QStringLiteral("qwen2.5-72b") << QStringLiteral("Qwen2.5 72B");
    QTest::newRow("gemma") << QStringLiteral("gemma 2 27b") << QStringLiteral("Gemma 2 27B");
    QTest::newRow("gpt-3") << QStringLiteral("gpt3 175b") << QStringLiteral("GPT-3 175B");
    QTest::newRow("opt") << QStringLiteral("OPT 175B") << QStringLiteral("OPT-175B");
    QTest::newRow("bloom") << QStringLiteral("bloom-176b") << QStringLiteral("BLOOM-176B");
    QTest::newRow("falcon") << QStringLiteral("Falcon 180B") << QStringLiteral("Falcon-180B");
    QTest::newRow("llama 3 alias")
        << QStringLiteral("Llama 3 8B") << QStringLiteral("Llama 3.1 8B");
    QTest::newRow("405b") << QStringLiteral("llama-3.1-405b") << QStringLiteral("Llama 3.1 405B");
    QTest::newRow("mistral") << QStringLiteral(" Mistral 7B ") << QStringLiteral("Mistral 7B");
}

void tst_ModelPresets::findByName()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const auto preset = ModelPresets::find(query);
    QVERIFY2(preset.has_value(), qPrintable(query));
    QCOMPARE(preset->name, expected);
}

void tst_ModelPresets::unknownNames_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("punctuation only") << QStringLiteral(" - ");
    QTest::newRow("size that does not exist") << QStringLiteral("Llama 2 71B");
    QTest::newRow("unpublished model") << QStringLiteral("GPT-4");
}

void tst_ModelPresets::unknownNames()
{
    QFETCH(QString, query);
    QVERIFY(!ModelPresets::find(query).has_value());
}

void tst_ModelPresets::issuePresetsExist()
{
    // Issue 3 names these fifteen.
    const QStringList names = {QStringLiteral("Llama 2 7B"),    QStringLiteral("Llama 2 13B"),
                               QStringLiteral("Llama 2 70B"),   QStringLiteral("Llama 3.1 8B"),
                               QStringLiteral("Llama 3.1 70B"), QStringLiteral("Llama 3.1 405B"),
                               QStringLiteral("Mistral 7B"),    QStringLiteral("Mixtral 8x7B"),
                               QStringLiteral("Mixtral 8x22B"), QStringLiteral("DeepSeek-V3"),
                               QStringLiteral("Qwen2.5 72B"),   QStringLiteral("Gemma 2 27B"),
                               QStringLiteral("GPT-3 175B"),    QStringLiteral("OPT-175B"),
                               QStringLiteral("BLOOM-176B"),    QStringLiteral("Falcon-180B")};
    for (const QString &name : names)
        QVERIFY2(ModelPresets::find(name).has_value(), qPrintable(name));
}

void tst_ModelPresets::publishedFacts_data()
{
    // Straight from the papers and model cards cited in modelpresets.cpp.
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("totalBillions");
    QTest::addColumn<double>("activeBillions");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("kvHeads");
    QTest::addColumn<int>("vocab");
    QTest::addColumn<int>("context");
    QTest::newRow("Llama 2 70B (Touvron 2023 Table 1)")
        << QStringLiteral("Llama 2 70B") << 69.0 << 69.0 << 80 << 8192 << 64 << 8 << 32000 << 4096;
    QTest::newRow("Llama 3.1 405B (Herd paper Table 3)")
        << QStringLiteral("Llama 3.1 405B") << 405.9 << 405.9 << 126 << 16384 << 128 << 8 << 128256
        << 131072;
    QTest::newRow("Mistral 7B (Jiang 2023 Table 1)")
        << QStringLiteral("Mistral 7B") << 7.24 << 7.24 << 32 << 4096 << 32 << 8 << 32000 << 8192;
    QTest::newRow("Mixtral 8x7B (Jiang 2024)") << QStringLiteral("Mixtral 8x7B") << 46.7 << 12.9
                                               << 32 << 4096 << 32 << 8 << 32000 << 32768;
    QTest::newRow("DeepSeek-V3 (report §4.2)") << QStringLiteral("DeepSeek-V3") << 671.0 << 37.0
                                               << 61 << 7168 << 128 << 128 << 129280 << 131072;
    QTest::newRow("GPT-3 (Brown 2020 Table 2.1)") << QStringLiteral("GPT-3 175B") << 175.0 << 175.0
                                                  << 96 << 12288 << 96 << 96 << 50257 << 2048;
    QTest::newRow("BLOOM (BigScience 2022 Table 3)")
        << QStringLiteral("BLOOM-176B") << 176.2 << 176.2 << 70 << 14336 << 112 << 112 << 250880
        << 2048;
    QTest::newRow("Falcon-180B (Almazrouei 2023)")
        << QStringLiteral("Falcon-180B") << 179.5 << 179.5 << 80 << 14848 << 232 << 8 << 65024
        << 2048;
    QTest::newRow("Gemma 2 27B (Gemma Team 2024 Table 1)")
        << QStringLiteral("Gemma 2 27B") << 27.2 << 27.2 << 46 << 4608 << 32 << 16 << 256000
        << 8192;
}

void tst_ModelPresets::publishedFacts()
{
    QFETCH(QString, name);
    QFETCH(double, totalBillions);
    QFETCH(double, activeBillions);
    QFETCH(int, layers);
    QFETCH(int, hidden);
    QFETCH(int, heads);
    QFETCH(int, kvHeads);
    QFETCH(int, vocab);
    QFETCH(int, context);
    const auto m = ModelPresets::find(name);
    QVERIFY(m.has_value());
    // Papers round parameter counts; 1% covers "70B" for 68.98B and the like.
    QVERIFY2(qAbs(m->totalParameters / 1e9 - totalBillions) <= 0.015 * totalBillions,
             qPrintable(QString::number(m->totalParameters)));
    QVERIFY2(qAbs(m->activeParameters / 1e9 - activeBillions) <= 0.015 * activeBillions,
             qPrintable(QString::number(m->activeParameters)));
    QCOMPARE(m->layers, layers);
    QCOMPARE(m->hiddenSize, hidden);
    QCOMPARE(m->attentionHeads, heads);
    QCOMPARE(m->kvHeads, kvHeads);
    QCOMPARE(m->vocabularySize, vocab);
    QCOMPARE(m->contextLength, context);
}

void tst_ModelPresets::everyPresetIsValid()
{
    QVERIFY(ModelPresets::all().size() >= 15);
    for (const ModelArchitecture &m : ModelPresets::all()) {
        QVERIFY2(m.validationError().isEmpty(), qPrintable(m.name + m.validationError()));
        QVERIFY2(!m.source.isEmpty(), qPrintable(m.name));
        QVERIFY2(!m.approximated, qPrintable(m.name));
        QCOMPARE(m.isMixtureOfExperts(), m.activeParameters < m.totalParameters);
        QVERIFY2(m.trainingSequenceLength > 0 && m.trainingSequenceLength <= m.contextLength,
                 qPrintable(m.name));
    }
}

void tst_ModelPresets::namesAreUnique()
{
    // Every name and alias must lead to exactly one preset, or lookups would depend on order.
    QSet<QString> keys;
    for (const ModelArchitecture &m : ModelPresets::all()) {
        QStringList names = m.aliases;
        names.prepend(m.name);
        QSet<QString> own;
        for (const QString &n : std::as_const(names))
            own.insert(ModelPresets::normalizedName(n));
        for (const QString &key : std::as_const(own)) {
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
    }
}

void tst_ModelPresets::findInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: no preset
    QTest::newRow("NeMo table row") << QStringLiteral("NeMo 24.07 pretraining throughput LLAMA2-7B")
                                    << QStringLiteral("Llama 2 7B");
    QTest::newRow("70B is not 7B") << QStringLiteral("NeMo 24.07 pretraining throughput LLAMA2-70B")
                                   << QStringLiteral("Llama 2 70B");
    QTest::newRow("Llama 3 in NeMo")
        << QStringLiteral("NeMo 24.07 pretraining throughput LLAMA3-8B")
        << QStringLiteral("Llama 3.1 8B");
    QTest::newRow("LLaMA-1") << QStringLiteral("LLaMA-1 13B") << QStringLiteral("LLaMA 13B");
    QTest::newRow("Nemotron") << QStringLiteral("NeMo 24.07 pretraining throughput Nemotron-340B")
                              << QStringLiteral("Nemotron-4 340B");
    QTest::newRow("no preset") << QStringLiteral("Megatron-LM GPT 1.7B (weak scaling)")
                               << QString();
}

void tst_ModelPresets::findInText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto preset = ModelPresets::findInText(text);
    if (expected.isEmpty()) {
        QVERIFY(!preset.has_value());
        return;
    }
    QVERIFY2(preset.has_value(), qPrintable(text));
    QCOMPARE(preset->name, expected);
}

QTEST_GUILESS_MAIN(tst_ModelPresets)
#include "tst_modelpresets.moc"
