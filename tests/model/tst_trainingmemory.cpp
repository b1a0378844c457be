#include "model/capacity/trainingmemory.h"
#include "model/workload/modelpresets.h"

#include <QTest>

class tst_TrainingMemory : public QObject
{
    Q_OBJECT

private slots:
    void zeroStages_data();
    void zeroStages();
    void activations_data();
    void activations();
    void activationsCoverAllLayers();
    void checkpointBytes();
    void expertParallelDegree_data();
    void expertParallelDegree();
    void expertsAreSharded();
    void recomputeNames();
};

namespace {
// ZeRO paper Figure 1: a 7.5B-parameter model, 64-way data parallel, K = 12.
ModelArchitecture zeroPaperModel()
{
    ModelArchitecture m = *ModelPresets::find(QStringLiteral("Llama 2 7B"));
    m.totalParameters = m.activeParameters = 7.5e9;
    return m;
}
} // namespace

void tst_TrainingMemory::zeroStages_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("expectedGigabytes");
    // Rajbhandari et al. 2019 Figure 1: 120 GB baseline, 31.4 GB (P_os), 16.6 GB (P_os+g),
    // 1.9 GB (P_os+g+p).
    QTest::newRow("baseline") << 0 << 120.0;
    QTest::newRow("ZeRO-1") << 1 << 31.4;
    QTest::newRow("ZeRO-2") << 2 << 16.6;
    QTest::newRow("ZeRO-3 / FSDP") << 3 << 1.875;
}

void tst_TrainingMemory::zeroStages()
{
    QFETCH(int, stage);
    QFETCH(double, expectedGigabytes);
    ParallelLayout layout;
    layout.data = 64;
    const TrainingMemory m = TrainingMemory::perGpu(zeroPaperModel(), Precision::Bf16, layout,
                                                    stage, Recompute::Full, 1, 2048);
    const double states = (m.weightsBytes + m.gradientsBytes + m.optimizerBytes) / 1e9;
    QVERIFY2(qAbs(states - expectedGigabytes) < 0.05, qPrintable(QString::number(states)));
}

void tst_TrainingMemory::activations_data()
{
    QTest::addColumn<int>("recompute");
    QTest::addColumn<int>("tensorParallel");
    QTest::addColumn<double>("expected");
    // Korthikanti et al. 2022 §4 for GPT-3 175B (s 2048, b 1, h 12288, a 96), bytes per layer.
    const double sbh = 2048.0 * 12288.0;
    QTest::newRow("store everything, t=8")
        << int(Recompute::None) << 8 << sbh / 8 * (34.0 + 5.0 * 96 * 2048 / 12288.0);
    QTest::newRow("selective, t=8") << int(Recompute::Selective) << 8 << 34.0 * sbh / 8;
    QTest::newRow("full, t=8") << int(Recompute::Full) << 8 << 2.0 * sbh / 8;
    QTest::newRow("selective, no tensor parallelism")
        << int(Recompute::Selective) << 1 << 34.0 * sbh;
}

void tst_TrainingMemory::activations()
{
    QFETCH(int, recompute);
    QFETCH(int, tensorParallel);
    QFETCH(double, expected);
    const auto gpt3 = ModelPresets::find(QStringLiteral("GPT-3 175B"));
    QCOMPARE(TrainingMemory::activationBytesPerLayer(*gpt3, Precision::Bf16,
                                                     static_cast<Recompute>(recompute),
                                                     tensorParallel, 1, 2048),
             expected);
    // fp32 activations take twice the bytes.
    QCOMPARE(TrainingMemory::activationBytesPerLayer(*gpt3, Precision::Fp32,
                                                     static_cast<Recompute>(recompute),
                                                     tensorParallel, 1, 2048),
             2.0 * expected);
}

void tst_TrainingMemory::activationsCoverAllLayers()
{
    // With 1F1B the first stage holds p micro-batches of L/p layers: L layers' worth.
    const auto gpt3 = ModelPresets::find(QStringLiteral("GPT-3 175B"));
    for (const int pipeline : {1, 8, 16}) {
        const ParallelLayout layout {8, pipeline, 1, 1};
        const TrainingMemory m = TrainingMemory::perGpu(*gpt3, Precision::Bf16, layout, 1,
                                                        Recompute::Selective, 1, 2048);
        QCOMPARE(m.activationsBytes, 96.0 * 34.0 * 2048.0 * 12288.0 / 8);
        // Weights split over tensor and pipeline ranks: 2 bytes * 175B / (8 * p).
        QCOMPARE(m.weightsBytes, 2.0 * 175e9 / (8.0 * pipeline));
    }
}

void tst_TrainingMemory::checkpointBytes()
{
    // BLOOM model card: 2.3 TB with optimizer states for 176B parameters: 2 + 12 bytes each.
    const auto bloom = ModelPresets::find(QStringLiteral("BLOOM-176B"));
    QCOMPARE(TrainingMemory::checkpointBytes(*bloom, Precision::Bf16), 176.247e9 * 14.0);
    QVERIFY(qAbs(TrainingMemory::checkpointBytes(*bloom, Precision::Bf16) / 2.3e12 - 1.0) < 0.1);
    // fp32 training keeps no separate master copy: 4 + 8 bytes.
    QCOMPARE(TrainingMemory::checkpointBytes(*bloom, Precision::Fp32), 176.247e9 * 12.0);
}

void tst_TrainingMemory::expertParallelDegree_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("dataParallel");
    QTest::addColumn<int>("expected");
    QTest::newRow("dense") << QStringLiteral("Llama 2 70B") << 64 << 1;
    QTest::newRow("Mixtral, 8 experts") << QStringLiteral("Mixtral 8x7B") << 64 << 8;
    QTest::newRow("Mixtral, fewer ranks") << QStringLiteral("Mixtral 8x7B") << 4 << 4;
    QTest::newRow("DeepSeek-V3, 256 experts") << QStringLiteral("DeepSeek-V3") << 64 << 64;
    QTest::newRow("DeepSeek-V3, 48 ranks") << QStringLiteral("DeepSeek-V3") << 48 << 16;
}

void tst_TrainingMemory::expertParallelDegree()
{
    QFETCH(QString, model);
    QFETCH(int, dataParallel);
    QFETCH(int, expected);
    QCOMPARE(TrainingMemory::expertParallelDegree(*ModelPresets::find(model), dataParallel),
             expected);
}

void tst_TrainingMemory::expertsAreSharded()
{
    // Mixtral on 8 ranks with 8-way expert parallelism, no ZeRO: the always-used 1.633B
    // are whole on each rank, the 45.07B of experts are split 8 ways.
    const auto mixtral = ModelPresets::find(QStringLiteral("Mixtral 8x7B"));
    const ParallelLayout layout {1, 1, 8, 8};
    const TrainingMemory m =
        TrainingMemory::perGpu(*mixtral, Precision::Bf16, layout, 0, Recompute::Full, 1, 4096);
    const double experts = 8.0 * mixtral->parametersPerExpert();
    QCOMPARE(m.weightsBytes, 2.0 * ((46.7e9 - experts) + experts / 8.0));
}

void tst_TrainingMemory::recomputeNames()
{
    for (const Recompute r : {Recompute::None, Recompute::Selective, Recompute::Full})
        QCOMPARE(RecomputeInfo::fromName(RecomputeInfo::name(r)), std::optional<Recompute>(r));
    QCOMPARE(RecomputeInfo::fromName(QStringLiteral(" FULL ")),
             std::optional<Recompute>(Recompute::Full));
    QVERIFY(!RecomputeInfo::fromName(QStringLiteral("some")).has_value());
}

QTEST_GUILESS_MAIN(tst_TrainingMemory)
#include "tst_trainingmemory.moc"
