#include "model/capacity/inferenceestimator.h"
#include "model/workload/modelpresets.h"
#include "support/testaccelerator.h"

#include <QTest>

// Hand-checkable cases on a made-up accelerator with round numbers (80 GB, 3 TB/s,
// 1 PFLOP/s BF16, 2 PFLOP/s FP8) and assumptions pinned to round values.
class tst_InferenceEstimator : public QObject
{
    Q_OBJECT

private slots:
    void batchOneDecodeIsBandwidthBound();
    void longPromptIsComputeBound();
    void maxConcurrencyFromFreeMemory();
    void mixtureOfExpertsReadsActiveExpertsAtBatchOne();
    void tensorParallelStaysInDomain_data();
    void tensorParallelStaysInDomain();
    void doesNotFit();
    void concurrencyBeyondMemory();
    void latencyGrowsWithLoad();
    void continuousTtftWaitsHalfAnIteration();
    void requestRateSizesReplicas();
    void impossibleLatencyTarget();
    void rateWithinTargets();
    void weightOnlyQuantisation();
    void driversNameTheBound();
    void powerAndTokensPerKilowattHour();
    void badRequests_data();
    void badRequests();
};

namespace {
Accelerator testAccelerator(int domain = 8)
{
    return HeadroomTest::roundNumberAccelerator(domain);
}

InferenceRequest request(const QString &model, Precision precision, int gpus = 1)
{
    InferenceRequest r;
    r.model = *ModelPresets::find(model);
    r.accelerator = testAccelerator();
    r.gpus = gpus;
    r.precision = precision;
    r.inputTokens = 100;
    r.outputTokens = 100;
    return r;
}

// MBU and compute efficiency 0.5, no fixed overheads: the roofline alone.
Assumptions roofline()
{
    Assumptions a;
    a.setOverride(AssumptionId::DecodeBandwidthEfficiency, 0.5);
    a.setOverride(AssumptionId::PrefillEfficiency, 0.5);
    a.setOverride(AssumptionId::LayerOverheadSeconds, 0.0);
    a.setOverride(AssumptionId::CollectiveLatencySeconds, 0.0);
    return a;
}
} // namespace

void tst_InferenceEstimator::batchOneDecodeIsBandwidthBound()
{
    // Llama 2 7B in FP16, one sequence: each token reads 13.476 GB of weights and 150
    // tokens of 524,288-byte KV cache at 3 TB/s * 0.5.
    InferenceRequest r = request(QStringLiteral("Llama 2 7B"), Precision::Fp16);
    r.concurrency = 1;
    r.arrivals = ArrivalPattern::Batch;
    const InferenceEstimate e = InferenceEstimator::estimate(r, roofline());
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    QCOMPARE(e.tpotSeconds.value, (6.738e9 * 2.0 + 150.0 * 524288.0) / (3e12 * 0.5));
    QCOMPARE(e.kvCacheBytesPerToken, 524288.0);
    QCOMPARE(e.weightsBytes, 6.738e9 * 2.0);
    QCOMPARE(e.tensorParallel, 1);
}

void tst_InferenceEstimator::longPromptIsComputeBound()
{
    // 2048-token prompt: 2048 * (2 * 6.607e9 + 2 * 32 layers * 8192 * 1024) FLOPs at
    // 1 PFLOP/s * 0.5; the weights' reads (9 ms) are shorter.
    InferenceRequest r = request(QStringLiteral("Llama 2 7B"), Precision::Fp16);
    r.inputTokens = 2048;
    r.outputTokens = 1;
    r.concurrency = 1;
    r.arrivals = ArrivalPattern::Batch;
    const InferenceEstimate e = InferenceEstimator::estimate(r, roofline());
    const double matmul = 6.738e9 - 32000.0 * 4096.0;
    const double flops = 2048.0 * (2.0 * matmul + 2.0 * 32 * 8192 * 1024.0);
    QCOMPARE(e.ttftSeconds.value, flops / (1e15 * 0.5));
}

void tst_InferenceEstimator::maxConcurrencyFromFreeMemory()
{
    // Llama 2 70B FP8 on 8 GPUs, TP 8: 72 GB usable - 8.622 GB of weights per GPU leaves
    // 63.378 GB; the FP8 KV cache (163,840 bytes a token) splits over 8 KV heads = 20,480
    // bytes per GPU, at 1000 + 1000/2 tokens 30.72 MB a sequence: 2063 sequences.
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 8);
    r.inputTokens = 1000;
    r.outputTokens = 1000;
    r.tensorParallel = 8;
    const InferenceEstimate e = InferenceEstimator::estimate(r, roofline());
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    QCOMPARE(e.maxConcurrency, 2063);
    QCOMPARE(e.concurrencyPerReplica, 2063);
    QCOMPARE(e.deployedReplicas, 1);
    QVERIFY(e.fits);
    QCOMPARE(e.memoryPerGpuBytes.value, 68.977e9 / 8 + 2063 * 30.72e6);
}

void tst_InferenceEstimator::mixtureOfExpertsReadsActiveExpertsAtBatchOne()
{
    // One token picks 2 of 8 experts: it reads the 12.9B active parameters, not all 46.7B.
    InferenceRequest r = request(QStringLiteral("Mixtral 8x7B"), Precision::Fp16, 2);
    r.concurrency = 1;
    r.tensorParallel = 2;
    r.arrivals = ArrivalPattern::Batch;
    Assumptions a = roofline();
    a.setOverride(AssumptionId::ScaleUpEfficiency, 1.0);
    const InferenceEstimate e = InferenceEstimator::estimate(r, a);
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    // Per GPU: half the weights read, half of the 8 KV heads; plus two all-reduces of one
    // token's 4096 bf16 activations per layer over 450 GB/s.
    const double read = (12.9e9 * 2.0 / 2 + 150.0 * 131072.0 / 2) / (3e12 * 0.5);
    const double allReduce = 2.0 * 32 * (2.0 * 1 / 2 * 4096 * 2.0 / 450e9);
    QCOMPARE(e.tpotSeconds.value, read + allReduce);
}

void tst_InferenceEstimator::tensorParallelStaysInDomain_data()
{
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("requested");
    QTest::addColumn<QString>("messageStart"); // empty: accepted
    QTest::newRow("inside an HGX board") << 8 << 8 << 8 << QString();
    QTest::newRow("beyond the board")
        << 8 << 16 << 16 << QStringLiteral("inference.tensor_parallel (16) must stay");
    QTest::newRow("more than the GPUs")
        << 8 << 4 << 8 << QStringLiteral("inference.tensor_parallel (8) cannot");
    QTest::newRow("NVL72 domain") << 72 << 64 << 64 << QString();
}

void tst_InferenceEstimator::tensorParallelStaysInDomain()
{
    QFETCH(int, domain);
    QFETCH(int, gpus);
    QFETCH(int, requested);
    QFETCH(QString, messageStart);
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Bf16, gpus);
    r.accelerator = testAccelerator(domain);
    r.tensorParallel = requested;
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    if (messageStart.isEmpty()) {
        QVERIFY2(e.ok(), qPrintable(e.errorText));
        QCOMPARE(e.tensorParallel, requested);
    } else {
        QVERIFY2(e.errorText.startsWith(messageStart), qPrintable(e.errorText));
    }
}

void tst_InferenceEstimator::doesNotFit()
{
    // 138 GB of BF16 weights cannot sit on one 80 GB accelerator without NVLink.
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Bf16, 8);
    r.accelerator = testAccelerator(1);
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    QVERIFY(e.ok());
    QVERIFY(!e.fits);
    QCOMPARE(e.maxConcurrency, 0);
    QCOMPARE(e.outputTokensPerSecond.value, 0.0);
    QVERIFY(!e.warnings.isEmpty());
    QVERIFY(e.warnings.first().contains(QStringLiteral("does not fit")));
}

void tst_InferenceEstimator::concurrencyBeyondMemory()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 8);
    r.inputTokens = 1000;
    r.outputTokens = 1000;
    r.tensorParallel = 8;
    r.concurrency = 5000;
    const InferenceEstimate e = InferenceEstimator::estimate(r, roofline());
    QVERIFY(!e.fits);
    QCOMPARE(e.concurrencyPerReplica, 2063);
    QVERIFY(e.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("2063")));
}

void tst_InferenceEstimator::latencyGrowsWithLoad()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 8);
    r.inputTokens = 1000;
    r.outputTokens = 500;
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    QVERIFY(e.latencyCurve.size() > 3);
    for (qsizetype i = 1; i < e.latencyCurve.size(); ++i) {
        const LoadPoint &a = e.latencyCurve.at(i - 1);
        const LoadPoint &b = e.latencyCurve.at(i);
        QVERIFY(b.concurrency > a.concurrency);
        QVERIFY(b.tpotSeconds >= a.tpotSeconds);
        QVERIFY(b.ttftSeconds >= a.ttftSeconds);
        QVERIFY(b.outputTokensPerSecond >= a.outputTokensPerSecond);
        QCOMPARE(b.latencySeconds, b.ttftSeconds + 499 * b.tpotSeconds);
    }
    QCOMPARE(e.latencyCurve.last().concurrency, e.maxConcurrency);
}

void tst_InferenceEstimator::continuousTtftWaitsHalfAnIteration()
{
    // A request that arrives while others decode waits for the running iteration (half of
    // one on average) before its own prefill; alone it waits for nothing.
    InferenceRequest r = request(QStringLiteral("Llama 2 7B"), Precision::Fp16);
    r.concurrency = 1;
    const InferenceEstimate alone = InferenceEstimator::estimate(r, roofline());
    r.concurrency = 32;
    const InferenceEstimate busy = InferenceEstimator::estimate(r, roofline());
    QCOMPARE(busy.ttftSeconds.value, alone.ttftSeconds.value + 0.5 * busy.tpotSeconds.value);
}

void tst_InferenceEstimator::requestRateSizesReplicas()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 8);
    r.inputTokens = 1000;
    r.outputTokens = 200;
    r.ttftTargetSeconds = 2.0;
    r.tpotTargetSeconds = 0.05;
    r.tensorParallel = 8;
    r.requestRatePerSecond = 10.0;
    const InferenceEstimate ten = InferenceEstimator::estimate(r);
    QVERIFY2(ten.ok(), qPrintable(ten.errorText));
    QVERIFY(ten.replicas >= 1);
    QCOMPARE(ten.gpusNeeded, ten.replicas * ten.tensorParallel);
    r.requestRatePerSecond = 1000.0;
    const InferenceEstimate thousand = InferenceEstimator::estimate(r);
    QVERIFY(thousand.gpusNeeded > ten.gpusNeeded);
    // A hundred times the rate needs about a hundred times the replicas (each count is
    // rounded up).
    QVERIFY(thousand.replicas <= 100 * ten.replicas);
    QVERIFY(thousand.replicas >= 100 * (ten.replicas - 1));
}

void tst_InferenceEstimator::impossibleLatencyTarget()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 8);
    r.ttftTargetSeconds = 0.0001;
    r.requestRatePerSecond = 5.0;
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    QVERIFY(e.ok());
    QCOMPARE(e.gpusNeeded, 0);
    QVERIFY(e.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("latency targets")));
}

void tst_InferenceEstimator::rateWithinTargets()
{
    // The most the GPUs serve within the targets: asked for that rate the service meets
    // them on the GPUs it has; asked for a fifth more it needs more GPUs than it has.
    InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp8, 16);
    r.inputTokens = 1000;
    r.outputTokens = 200;
    r.ttftTargetSeconds = 2.0;
    r.tpotTargetSeconds = 0.05;
    r.tensorParallel = 8;
    r.requestRatePerSecond = 1.0;
    const double most = InferenceEstimator::estimate(r).requestsPerSecondWithinTargets;
    QVERIFY(most > 1.0);
    r.requestRatePerSecond = most;
    const InferenceEstimate atMost = InferenceEstimator::estimate(r);
    QVERIFY(atMost.ttftSeconds.value <= r.ttftTargetSeconds);
    QVERIFY(atMost.tpotSeconds.value <= r.tpotTargetSeconds);
    QCOMPARE(atMost.gpusNeeded, 16);
    r.requestRatePerSecond = most * 1.2;
    QVERIFY(InferenceEstimator::estimate(r).gpusNeeded > 16);
    // Targets nothing meets: no rate.
    r.ttftTargetSeconds = 0.0001;
    QCOMPARE(InferenceEstimator::estimate(r).requestsPerSecondWithinTargets, 0.0);
}

void tst_InferenceEstimator::weightOnlyQuantisation()
{
    // The test accelerator has no FP4 peak: INT4 weights are multiplied in FP8.
    const InferenceRequest r = request(QStringLiteral("Llama 2 70B"), Precision::Fp4, 8);
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    QCOMPARE(e.computePrecision, Precision::Fp8);
    QCOMPARE(e.weightsBytes, 68.977e9 / 2);
    QVERIFY(e.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("weight-only")));
    QCOMPARE(InferenceEstimator::kvBytesPerElement(r), 1.0);
}

void tst_InferenceEstimator::driversNameTheBound()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 13B"), Precision::Fp16);
    r.concurrency = 1;
    r.inputTokens = 3000;
    r.arrivals = ArrivalPattern::Batch;
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    // One sequence decodes at the speed of memory; a 4000-token prompt at that of compute.
    QCOMPARE(e.tpotSeconds.drivers.first(), QStringLiteral("decode_bandwidth_efficiency"));
    QCOMPARE(e.ttftSeconds.drivers.first(), QStringLiteral("prefill_efficiency"));
    QVERIFY(e.tpotSeconds.low < e.tpotSeconds.value);
    QVERIFY(e.tpotSeconds.value < e.tpotSeconds.high);
}

void tst_InferenceEstimator::powerAndTokensPerKilowattHour()
{
    InferenceRequest r = request(QStringLiteral("Llama 2 7B"), Precision::Fp16, 8);
    Assumptions a = roofline();
    a.setOverride(AssumptionId::Pue, 1.2);
    a.setOverride(AssumptionId::GpuPowerFraction, 1.0);
    const InferenceEstimate e = InferenceEstimator::estimate(r, a);
    // Eight GPUs in use: (700 W + 2000 W / 8) * 8 * 1.2.
    QCOMPARE(e.powerWatts.value, 950.0 * 8 * 1.2);
    QCOMPARE(e.tokensPerKilowattHour.value,
             e.outputTokensPerSecond.value * 3600.0 / (950.0 * 8 * 1.2 / 1000.0));
}

void tst_InferenceEstimator::badRequests_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("no input") << QStringLiteral("input")
                              << QStringLiteral("inference.input_tokens");
    QTest::newRow("no output") << QStringLiteral("output")
                               << QStringLiteral("inference.output_tokens");
    QTest::newRow("negative rate")
        << QStringLiteral("rate") << QStringLiteral("inference.request_rate");
    QTest::newRow("no gpus") << QStringLiteral("gpus") << QStringLiteral("gpus");
    QTest::newRow("no bandwidth") << QStringLiteral("bandwidth")
                                  << QStringLiteral("The accelerator Test T1 80GB");
}

void tst_InferenceEstimator::badRequests()
{
    QFETCH(QString, what);
    QFETCH(QString, messageStart);
    InferenceRequest r = request(QStringLiteral("Llama 2 7B"), Precision::Fp16);
    if (what == QLatin1String("input"))
        r.inputTokens = 0;
    else if (what == QLatin1String("output"))
        r.outputTokens = 0;
    else if (what == QLatin1String("rate"))
        r.requestRatePerSecond = -1;
    else if (what == QLatin1String("gpus"))
        r.gpus = 0;
    else
        r.accelerator.memoryBandwidthBytesPerSecond = 0;
    const InferenceEstimate e = InferenceEstimator::estimate(r);
    QVERIFY(!e.ok());
    QVERIFY2(e.errorText.startsWith(messageStart), qPrintable(e.errorText));
}

QTEST_GUILESS_MAIN(tst_InferenceEstimator)
#include "tst_inferenceestimator.moc"
