#include "model/capacity/transformermath.h"
#include "model/workload/modelpresets.h"

#include <QTest>

// Expected values are worked out by hand from the published formulas and shapes, written as
// the arithmetic they come from.
class tst_TransformerMath : public QObject
{
    Q_OBJECT

private slots:
    void kvCacheBytesPerToken_data();
    void kvCacheBytesPerToken();
    void kvCacheWithSlidingWindow_data();
    void kvCacheWithSlidingWindow();
    void weightBytes_data();
    void weightBytes();
    void trainingFlopsPerToken_data();
    void trainingFlopsPerToken();
    void chinchillaSixND();
    void forwardAndPrefillFlops();
    void prefillWithSlidingWindow();
};

namespace {
ModelArchitecture preset(const QString &name)
{
    return *ModelPresets::find(name);
}
} // namespace

void tst_TransformerMath::kvCacheBytesPerToken_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("bytesPerElement");
    QTest::addColumn<double>("expected");
    // Reference README §6: 2 * layers * KV heads * head dim * bytes.
    QTest::newRow("Llama 2 7B fp16, 0.5 MiB") << QStringLiteral("Llama 2 7B") << 2.0 << 524288.0;
    QTest::newRow("Llama 3.1 8B fp16, GQA") << QStringLiteral("Llama 3.1 8B") << 2.0 << 131072.0;
    QTest::newRow("Llama 2 70B fp16") << QStringLiteral("Llama 2 70B") << 2.0 << 327680.0;
    QTest::newRow("Llama 2 70B fp8") << QStringLiteral("Llama 2 70B") << 1.0 << 163840.0;
    QTest::newRow("Llama 3.1 405B fp16") << QStringLiteral("Llama 3.1 405B") << 2.0 << 516096.0;
    // DeepSeek-V3 MLA: 61 layers * (512 latent + 64 rotary key) * 2 bytes.
    QTest::newRow("DeepSeek-V3 MLA bf16")
        << QStringLiteral("DeepSeek-V3") << 2.0 << 61.0 * 576.0 * 2.0;
    // Falcon-180B: 80 layers, 8 KV heads of 64.
    QTest::newRow("Falcon-180B fp16")
        << QStringLiteral("Falcon-180B") << 2.0 << 2.0 * 80 * 8 * 64 * 2.0;
}

void tst_TransformerMath::kvCacheBytesPerToken()
{
    QFETCH(QString, model);
    QFETCH(double, bytesPerElement);
    QFETCH(double, expected);
    QCOMPARE(TransformerMath::kvCacheBytesPerToken(preset(model), bytesPerElement), expected);
}

void tst_TransformerMath::kvCacheWithSlidingWindow_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("context");
    QTest::addColumn<double>("expected");
    // Mistral 7B: 2*32*8*128*2 = 131072 bytes per token, every layer capped at 4096.
    QTest::newRow("Mistral inside the window")
        << QStringLiteral("Mistral 7B") << 2000.0 << 131072.0 * 2000.0;
    QTest::newRow("Mistral beyond the window")
        << QStringLiteral("Mistral 7B") << 8192.0 << 131072.0 * 4096.0;
    // Gemma 2 27B: 2*46*16*128*2 = 376832 bytes per token; half the layers cap at 4096.
    QTest::newRow("Gemma 2 alternating layers")
        << QStringLiteral("Gemma 2 27B") << 8192.0 << 376832.0 * (0.5 * 8192.0 + 0.5 * 4096.0);
    QTest::newRow("no window") << QStringLiteral("Llama 2 70B") << 8192.0 << 327680.0 * 8192.0;
}

void tst_TransformerMath::kvCacheWithSlidingWindow()
{
    QFETCH(QString, model);
    QFETCH(double, context);
    QFETCH(double, expected);
    QCOMPARE(TransformerMath::kvCacheBytesPerSequence(preset(model), 2.0, context), expected);
}

void tst_TransformerMath::weightBytes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("expected");
    // Reference README §6: Llama-2-70B in BF16 is about 138 GB.
    QTest::newRow("Llama 2 70B bf16")
        << QStringLiteral("Llama 2 70B") << int(Precision::Bf16) << 68.977e9 * 2.0;
    QTest::newRow("Llama 2 70B fp8")
        << QStringLiteral("Llama 2 70B") << int(Precision::Fp8) << 68.977e9;
    QTest::newRow("Falcon-180B int4")
        << QStringLiteral("Falcon-180B") << int(Precision::Fp4) << 179.5e9 / 2.0;
    QTest::newRow("GPT-3 fp32") << QStringLiteral("GPT-3 175B") << int(Precision::Fp32)
                                << 175e9 * 4.0;
}

void tst_TransformerMath::weightBytes()
{
    QFETCH(QString, model);
    QFETCH(int, precision);
    QFETCH(double, expected);
    QCOMPARE(TransformerMath::weightBytes(preset(model), static_cast<Precision>(precision)),
             expected);
}

void tst_TransformerMath::trainingFlopsPerToken_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<double>("expected");
    // PaLM App. B: 6N + 12 L H Q T, N without the untied input embedding.
    QTest::newRow("Llama 2 70B at 4096")
        << QStringLiteral("Llama 2 70B") << 4096
        << 6.0 * (68.977e9 - 32000.0 * 8192.0) + 12.0 * 80 * 64 * 128 * 4096.0;
    QTest::newRow("GPT-3 at 2048, tied embeddings")
        << QStringLiteral("GPT-3 175B") << 2048 << 6.0 * 175e9 + 12.0 * 96 * 96 * 128 * 2048.0;
    // DeepSeek-V3: 37B active; Q.K over 192-wide heads and A.V over 128-wide heads.
    QTest::newRow("DeepSeek-V3 MoE with MLA")
        << QStringLiteral("DeepSeek-V3") << 4096
        << 6.0 * (37e9 - 129280.0 * 7168.0) + 6.0 * 61 * 128 * (192 + 128) * 4096.0;
    // Mistral: the 4096 window caps attention at 8192 tokens of sequence.
    QTest::newRow("Mistral 7B at 8192")
        << QStringLiteral("Mistral 7B") << 8192
        << 6.0 * (7.242e9 - 32000.0 * 4096.0) + 12.0 * 32 * 32 * 128 * 4096.0;
}

void tst_TransformerMath::trainingFlopsPerToken()
{
    QFETCH(QString, model);
    QFETCH(int, sequence);
    QFETCH(double, expected);
    QCOMPARE(TransformerMath::trainingFlopsPerToken(preset(model), sequence), expected);
}

void tst_TransformerMath::chinchillaSixND()
{
    // Hoffmann et al. 2022 Table A4: the full count is 0.99-1.10x of 6ND. Chinchilla's shape
    // (80 layers, d 8192, 64 heads of 128, 2048 tokens, 70B) gives the attention share.
    ModelArchitecture chinchilla = preset(QStringLiteral("Llama 2 70B"));
    chinchilla.totalParameters = chinchilla.activeParameters = 70e9;
    chinchilla.tiedEmbeddings = true;
    const double ratio = TransformerMath::trainingFlopsPerToken(chinchilla, 2048) / (6.0 * 70e9);
    QVERIFY2(ratio >= 0.99 && ratio <= 1.10, qPrintable(QString::number(ratio)));
}

void tst_TransformerMath::forwardAndPrefillFlops()
{
    const ModelArchitecture m = preset(QStringLiteral("Llama 2 7B"));
    const double matmul = 6.738e9 - 32000.0 * 4096.0;
    QCOMPARE(TransformerMath::matmulParameters(m), matmul);
    // Kaplan Table 1: 2N + 2 n_layer n_ctx d_attn (here Q.K and A.V, each 2 FLOPs a MAC).
    QCOMPARE(TransformerMath::forwardFlopsPerToken(m, 1000.0),
             2.0 * matmul + 2.0 * 32 * (32 * 256) * 1000.0);
    // A causal prompt of s tokens attends to s/2 tokens on average.
    QCOMPARE(TransformerMath::prefillFlops(m, 2048.0),
             2048.0 * (2.0 * matmul + 2.0 * 32 * (32 * 256) * 1024.0));
    QCOMPARE(TransformerMath::prefillFlops(m, 0.0), 0.0);
}

void tst_TransformerMath::prefillWithSlidingWindow()
{
    // Mistral 7B, 8192-token prompt, window 4096: average attended W - W^2/(2s) = 3072.
    const ModelArchitecture m = preset(QStringLiteral("Mistral 7B"));
    const double matmul = 7.242e9 - 32000.0 * 4096.0;
    QCOMPARE(TransformerMath::prefillFlops(m, 8192.0),
             8192.0 * (2.0 * matmul + 2.0 * 32 * (32 * 256) * 3072.0));
    QCOMPARE(TransformerMath::attendedTokens(m, 10000.0), 4096.0);
    QCOMPARE(TransformerMath::attendedTokens(m, 100.0), 100.0);
}

QTEST_GUILESS_MAIN(tst_TransformerMath)
#include "tst_transformermath.moc"
