#include "model/workload/modelarchitecture.h"
#include "model/workload/modelpresets.h"

#include <QTest>

#include <cmath>
#include <functional>

class tst_ModelArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void validationNamesTheField_data();
    void validationNamesTheField();
    void expertSplit();
    void latentAttentionHeadSizes();
    void inputEmbedding_data();
    void inputEmbedding();
    void approximateDense_data();
    void approximateDense();
};

namespace {
ModelArchitecture valid()
{
    ModelArchitecture m;
    m.name = QStringLiteral("test");
    m.totalParameters = m.activeParameters = 7e9;
    m.layers = 32;
    m.hiddenSize = 4096;
    m.attentionHeads = 32;
    m.kvHeads = 8;
    m.headDim = 128;
    m.vocabularySize = 32000;
    m.contextLength = 4096;
    return m;
}
} // namespace

using Change = std::function<void(ModelArchitecture &)>;
Q_DECLARE_METATYPE(Change)

void tst_ModelArchitecture::validationNamesTheField_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("valid") << Change([](ModelArchitecture &) {}) << QString();
    QTest::newRow("no parameters") << Change([](ModelArchitecture &m) { m.totalParameters = 0; })
                                   << QStringLiteral("model.params");
    QTest::newRow("nan parameters")
        << Change([](ModelArchitecture &m) { m.totalParameters = std::nan(""); })
        << QStringLiteral("model.params");
    QTest::newRow("more active than total")
        << Change([](ModelArchitecture &m) { m.activeParameters = 8e9; })
        << QStringLiteral("model.active_params");
    QTest::newRow("no layers") << Change([](ModelArchitecture &m) { m.layers = 0; })
                               << QStringLiteral("model.layers");
    QTest::newRow("no hidden") << Change([](ModelArchitecture &m) { m.hiddenSize = -1; })
                               << QStringLiteral("model.hidden");
    QTest::newRow("no heads") << Change([](ModelArchitecture &m) { m.attentionHeads = 0; })
                              << QStringLiteral("model.heads");
    QTest::newRow("more kv heads than heads")
        << Change([](ModelArchitecture &m) { m.kvHeads = 64; }) << QStringLiteral("model.kv_heads");
    QTest::newRow("no head dim") << Change([](ModelArchitecture &m) { m.headDim = 0; })
                                 << QStringLiteral("model.head_dim");
    QTest::newRow("no vocabulary") << Change([](ModelArchitecture &m) { m.vocabularySize = 0; })
                                   << QStringLiteral("model.vocab");
    QTest::newRow("window fraction above one")
        << Change([](ModelArchitecture &m) { m.slidingWindowLayerFraction = 1.5; })
        << QStringLiteral("model.sliding_window_layer_fraction");
    QTest::newRow("experts without top-k")
        << Change([](ModelArchitecture &m) { m.expertCount = 8; })
        << QStringLiteral("model.experts_per_token");
}

void tst_ModelArchitecture::validationNamesTheField()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    ModelArchitecture m = valid();
    change(m);
    const QString error = m.validationError(QStringLiteral("model."));
    if (field.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY2(error.startsWith(field + QLatin1Char(' ')), qPrintable(error));
    }
}

void tst_ModelArchitecture::expertSplit()
{
    // Mixtral: 46.7B total, 12.9B active, 8 experts, 2 per token, so the 6 unused experts
    // hold 33.8B: 5.633B each, and 12.9 - 2 * 5.633 = 1.633B are always used.
    const auto m = ModelPresets::find(QStringLiteral("Mixtral 8x7B"));
    QVERIFY(m.has_value());
    QCOMPARE(qRound64(m->parametersPerExpert() / 1e6), qint64(5633));
    QCOMPARE(qRound64(m->alwaysActiveParameters() / 1e6), qint64(1633));
    QCOMPARE(valid().parametersPerExpert(), 0.0);
}

void tst_ModelArchitecture::latentAttentionHeadSizes()
{
    // DeepSeek-V3: query/key heads are 128 non-rotary + 64 rotary, values 128.
    const auto m = ModelPresets::find(QStringLiteral("DeepSeek-V3"));
    QVERIFY(m.has_value());
    QVERIFY(m->usesLatentAttention());
    QCOMPARE(m->queryKeyHeadDim(), 192);
    QCOMPARE(m->valueHeadDim(), 128);
    QCOMPARE(valid().queryKeyHeadDim(), 128);
}

void tst_ModelArchitecture::inputEmbedding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("parameters");
    // Llama 2 unties input and output embeddings: 32000 x 8192 is a lookup table.
    QTest::newRow("untied") << QStringLiteral("Llama 2 70B") << 32000.0 * 8192.0;
    // GPT-3 reuses its input embedding as the output projection, which multiplies.
    QTest::newRow("tied") << QStringLiteral("GPT-3 175B") << 0.0;
}

void tst_ModelArchitecture::inputEmbedding()
{
    QFETCH(QString, name);
    QFETCH(double, parameters);
    QCOMPARE(ModelPresets::find(name)->inputEmbeddingParameters(), parameters);
}

void tst_ModelArchitecture::approximateDense_data()
{
    QTest::addColumn<double>("parameters");
    QTest::addColumn<int>("layers");
    // N = 12 * 128^2 * L^3 gives L = cbrt(N / 196608): 1.7B -> 20.5, 70B -> 70.9, 1T -> 172.
    QTest::newRow("1.7B") << 1.7e9 << 21;
    QTest::newRow("70B") << 70e9 << 71;
    QTest::newRow("1T") << 1008e9 << 172;
}

void tst_ModelArchitecture::approximateDense()
{
    QFETCH(double, parameters);
    QFETCH(int, layers);
    const ModelArchitecture m =
        ModelArchitecture::approximateDense(QStringLiteral("x"), parameters);
    QVERIFY(m.approximated);
    QVERIFY(m.validationError().isEmpty());
    QCOMPARE(m.layers, layers);
    QCOMPARE(m.totalParameters, parameters);
    QCOMPARE(m.hiddenSize % 128, 0);
    // The shape reproduces the size within the rounding of hidden to a multiple of 128.
    const double shapeParameters = 12.0 * m.layers * double(m.hiddenSize) * m.hiddenSize;
    QVERIFY2(qAbs(shapeParameters / parameters - 1.0) < 0.1,
             qPrintable(QString::number(shapeParameters)));
}

QTEST_GUILESS_MAIN(tst_ModelArchitecture)
#include "tst_modelarchitecture.moc"
