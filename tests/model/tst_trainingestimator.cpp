#include "model/capacity/trainingestimator.h"
#include "model/workload/modelpresets.h"
#include "support/testaccelerator.h"

#include <QTest>

// Hand-checkable cases: a made-up accelerator with round numbers and a small tied-embedding
// model whose FLOPs per token are 6e9 + 6 * 10 layers * (10 heads * 200) * 1000 = 6.12e9.
class tst_TrainingEstimator : public QObject
{
    Q_OBJECT

private slots:
    void gpuHoursAndWallTime();
    void throughputPerGpu();
    void storageAndEnergy();
    void rangesComeFromDrivingAssumptions();
    void defaultMfuFollowsGenerationAndScale_data();
    void defaultMfuFollowsGenerationAndScale();
    void moeEfficiencyOnlyForExperts();
    void fitsAndMinimumGpus();
    void zeroThreeFitsWhereZeroOneDoesNot();
    void scalingCurve();
    void badRequests_data();
    void badRequests();
};

namespace {
Accelerator testAccelerator()
{
    return HeadroomTest::roundNumberAccelerator();
}

ModelArchitecture toyModel()
{
    ModelArchitecture m;
    m.name = QStringLiteral("toy");
    m.totalParameters = m.activeParameters = 1e9;
    m.layers = 10;
    m.hiddenSize = 1000;
    m.attentionHeads = m.kvHeads = 10;
    m.headDim = 100;
    m.vocabularySize = 1000;
    m.contextLength = m.trainingSequenceLength = 1000;
    m.tiedEmbeddings = true;
    return m;
}

TrainingRequest toyRequest()
{
    TrainingRequest r;
    r.model = toyModel();
    r.accelerator = testAccelerator();
    r.gpus = 64;
    r.tokens = 1e12;
    return r;
}

Assumptions fixed()
{
    Assumptions a;
    a.setOverride(AssumptionId::Mfu, 0.5);
    a.setOverride(AssumptionId::AllInFactor, 0.8);
    a.setOverride(AssumptionId::Pue, 1.5);
    a.setOverride(AssumptionId::GpuPowerFraction, 1.0);
    return a;
}
} // namespace

void tst_TrainingEstimator::gpuHoursAndWallTime()
{
    const TrainingEstimate e = TrainingEstimator::estimate(toyRequest(), fixed());
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    QCOMPARE(e.flopsPerToken, 6.12e9);
    QCOMPARE(e.flops.value, 6.12e21);
    // 6.12e21 FLOPs / (1e15 * 0.5 MFU * 0.8 all-in) / 3600 = 4250 GPU-hours.
    QCOMPARE(e.gpuHours.value, 4250.0);
    QCOMPARE(e.wallHours.value, 4250.0 / 64);
    QCOMPARE(e.mfu.value, 0.5);
    QCOMPARE(e.mfuAllIn.value, 0.4);
}

void tst_TrainingEstimator::throughputPerGpu()
{
    const TrainingEstimate e = TrainingEstimator::estimate(toyRequest(), fixed());
    // Steady throughput: no all-in loss. 1e15 * 0.5 / 6.12e9 tokens per second.
    QCOMPARE(e.tokensPerSecondPerGpu.value, 0.5e15 / 6.12e9);
    QCOMPARE(e.modelFlopsPerSecondPerGpu.value, 0.5e15);
}

void tst_TrainingEstimator::storageAndEnergy()
{
    const TrainingEstimate e = TrainingEstimator::estimate(toyRequest(), fixed());
    // 14 bytes per parameter; 66.4 h at one checkpoint per 2 h writes 34, 5 are kept.
    QCOMPARE(e.checkpointBytes.value, 14e9);
    QCOMPARE(e.checkpointStorageBytes.value, 5 * 14e9);
    QCOMPARE(e.datasetBytes.value, 4e12);
    // (700 W + 2000 W / 8 per GPU) * 64 GPUs * PUE 1.5, for 66.40625 hours.
    QCOMPARE(e.powerWatts.value, 950.0 * 64 * 1.5);
    QCOMPARE(e.energyJoules.value, 950.0 * 64 * 1.5 * (4250.0 / 64) * 3600.0);
}

void tst_TrainingEstimator::rangesComeFromDrivingAssumptions()
{
    const TrainingEstimate e = TrainingEstimator::estimate(toyRequest(), fixed());
    // Fewer hours at the high end of MFU, more at the low end; both assumptions drive it.
    QVERIFY(e.gpuHours.low < e.gpuHours.value && e.gpuHours.value < e.gpuHours.high);
    QCOMPARE(e.gpuHours.drivers.size(), 2);
    QVERIFY(e.gpuHours.drivers.contains(QStringLiteral("mfu")));
    QVERIFY(e.gpuHours.drivers.contains(QStringLiteral("all_in_factor")));
    // MFU's range (-20%/+10%) is wider than the all-in factor's, so it comes first.
    QCOMPARE(e.gpuHours.drivers.first(), QStringLiteral("mfu"));
    // Energy also moves with PUE and accelerator power.
    QVERIFY(e.energyJoules.drivers.contains(QStringLiteral("pue")));
    QVERIFY(e.energyJoules.drivers.contains(QStringLiteral("gpu_power_fraction")));
    // FLOPs and memory depend on no assumption.
    QVERIFY(e.flops.drivers.isEmpty());
    QCOMPARE(e.flops.low, e.flops.high);
    QVERIFY(e.memoryPerGpuBytes.drivers.isEmpty());
    // The dataset's size moves only with bytes per token.
    QCOMPARE(e.datasetBytes.drivers, QStringList {QStringLiteral("dataset_bytes_per_token")});
}

void tst_TrainingEstimator::defaultMfuFollowsGenerationAndScale_data()
{
    QTest::addColumn<QString>("generation");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("expected");
    QTest::newRow("Hopper bf16, 64 GPUs")
        << QStringLiteral("Hopper") << int(Precision::Bf16) << 64 << 0.50;
    QTest::newRow("Hopper bf16, 16384 GPUs") << QStringLiteral("Hopper") << int(Precision::Bf16)
                                             << 16384 << 0.50 * 0.95 * 0.95 * 0.95 * 0.95;
    QTest::newRow("Hopper fp8") << QStringLiteral("Hopper") << int(Precision::Fp8) << 64 << 0.38;
    QTest::newRow("Volta fp16") << QStringLiteral("Volta") << int(Precision::Fp16) << 64 << 0.25;
}

void tst_TrainingEstimator::defaultMfuFollowsGenerationAndScale()
{
    QFETCH(QString, generation);
    QFETCH(int, precision);
    QFETCH(int, gpus);
    QFETCH(double, expected);
    TrainingRequest r = toyRequest();
    r.accelerator.generation = generation;
    r.precision = static_cast<Precision>(precision);
    r.gpus = gpus;
    const TrainingEstimate e = TrainingEstimator::estimate(r);
    QVERIFY2(e.ok(), qPrintable(e.errorText));
    QCOMPARE(e.mfu.value, expected);
    const double peak = r.accelerator.densePeak(r.precision);
    QCOMPARE(e.gpuHours.value, 6.12e21 / (peak * expected * 0.9) / 3600.0);
}

void tst_TrainingEstimator::moeEfficiencyOnlyForExperts()
{
    TrainingRequest r = toyRequest();
    r.model = *ModelPresets::find(QStringLiteral("Mixtral 8x7B"));
    Assumptions a;
    a.setOverride(AssumptionId::Mfu, 0.5);
    const TrainingEstimate moe = TrainingEstimator::estimate(r, a);
    QCOMPARE(moe.mfu.value, 0.5 * 0.75);
    QVERIFY(moe.gpuHours.drivers.contains(QStringLiteral("moe_efficiency")));
    const TrainingEstimate dense = TrainingEstimator::estimate(toyRequest(), a);
    QCOMPARE(dense.mfu.value, 0.5);
    QVERIFY(!dense.gpuHours.drivers.contains(QStringLiteral("moe_efficiency")));
}

void tst_TrainingEstimator::fitsAndMinimumGpus()
{
    // Llama 2 7B, ZeRO-0, selective recompute, 4096 tokens, on 72 GB usable per GPU:
    // one GPU needs 16 * 6.738e9 = 108 GB of model states. Two GPUs with tensor parallelism
    // need 53.9 GB + 32 layers * 34 * 4096 * 4096 / 2 bytes = 9.1 GB of activations.
    TrainingRequest r = toyRequest();
    r.model = *ModelPresets::find(QStringLiteral("Llama 2 7B"));
    r.zeroStage = 0;
    r.gpus = 1;
    const TrainingEstimate one = TrainingEstimator::estimate(r, fixed());
    QVERIFY(!one.fits);
    QCOMPARE(one.minGpus, 2);
    QVERIFY(!one.warnings.isEmpty());
    QCOMPARE(one.memory.weightsBytes + one.memory.gradientsBytes + one.memory.optimizerBytes,
             16.0 * 6.738e9);

    r.gpus = 2;
    const TrainingEstimate two = TrainingEstimator::estimate(r, fixed());
    QVERIFY(two.fits);
    QCOMPARE(two.layout, (ParallelLayout {2, 1, 1, 1}));
    QCOMPARE(two.memoryPerGpuBytes.value, 16.0 * 6.738e9 / 2 + 32.0 * 34.0 * 4096.0 * 4096.0 / 2);
    QVERIFY(two.warnings.isEmpty());
}

void tst_TrainingEstimator::zeroThreeFitsWhereZeroOneDoesNot()
{
    // Llama 2 70B on 32 GPUs, data parallel only: ZeRO-1 keeps 4 bytes of weights and
    // gradients per parameter on every rank (276 GB); FSDP shards all 16 bytes (34.5 GB)
    // and full recompute keeps 80 layers * 2 * 4096 * 8192 bytes (5.4 GB).
    TrainingRequest r = toyRequest();
    r.model = *ModelPresets::find(QStringLiteral("Llama 2 70B"));
    r.gpus = 32;
    r.tensorParallel = 1;
    r.pipelineParallel = 1;
    r.zeroStage = 1;
    QVERIFY(!TrainingEstimator::estimate(r, fixed()).fits);
    r.zeroStage = 3;
    r.recompute = Recompute::Full;
    const TrainingEstimate fsdp = TrainingEstimator::estimate(r, fixed());
    QVERIFY(fsdp.fits);
    QCOMPARE(fsdp.memory.weightsBytes + fsdp.memory.gradientsBytes + fsdp.memory.optimizerBytes,
             16.0 * 68.977e9 / 32);
}

void tst_TrainingEstimator::scalingCurve()
{
    TrainingRequest r = toyRequest();
    const TrainingEstimate e = TrainingEstimator::estimate(r, fixed());
    QVERIFY(!e.scaling.isEmpty());
    QCOMPARE(e.scaling.first().gpus, e.minGpus);
    for (qsizetype i = 1; i < e.scaling.size(); ++i) {
        QCOMPARE(e.scaling.at(i).gpus, 2 * e.scaling.at(i - 1).gpus);
        QVERIFY(e.scaling.at(i).wallHours < e.scaling.at(i - 1).wallHours);
    }
    // The request's own GPU count is on the curve with the estimate's wall time.
    bool found = false;
    for (const ScalingPoint &p : e.scaling) {
        if (p.gpus == r.gpus) {
            QCOMPARE(p.wallHours, e.wallHours.value);
            found = true;
        }
    }
    QVERIFY(found);
}

void tst_TrainingEstimator::badRequests_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("no tokens") << QStringLiteral("tokens") << QStringLiteral("training.tokens");
    QTest::newRow("no gpus") << QStringLiteral("gpus") << QStringLiteral("gpus");
    QTest::newRow("zero stage 4") << QStringLiteral("zero")
                                  << QStringLiteral("training.zero_stage");
    QTest::newRow("bad model") << QStringLiteral("model") << QStringLiteral("model.layers");
    QTest::newRow("precision without a peak")
        << QStringLiteral("fp4") << QStringLiteral("The accelerator Test T1 80GB");
}

void tst_TrainingEstimator::badRequests()
{
    QFETCH(QString, what);
    QFETCH(QString, messageStart);
    TrainingRequest r = toyRequest();
    if (what == QLatin1String("tokens"))
        r.tokens = 0;
    else if (what == QLatin1String("gpus"))
        r.gpus = 0;
    else if (what == QLatin1String("zero"))
        r.zeroStage = 4;
    else if (what == QLatin1String("model"))
        r.model.layers = 0;
    else
        r.precision = Precision::Fp4;
    const TrainingEstimate e = TrainingEstimator::estimate(r);
    QVERIFY(!e.ok());
    QVERIFY2(e.errorText.startsWith(messageStart), qPrintable(e.errorText));
}

QTEST_GUILESS_MAIN(tst_TrainingEstimator)
#include "tst_trainingestimator.moc"
