#include "model/capacity/assumptions.h"

#include <QTest>

#include <cmath>

class tst_Assumptions : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void namesAreStable();
    void everyDefaultIsSourcedAndOrdered();
    void trainingMfu_data();
    void trainingMfu();
    void scaleEfficiency_data();
    void scaleEfficiency();
    void efficiencyByPrecision_data();
    void efficiencyByPrecision();
    void overrideKeepsRelativeSpread();
    void overrideWithBounds();
    void invalidOverrides_data();
    void invalidOverrides();
    void scopes();
};

void tst_Assumptions::namesRoundTrip()
{
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = static_cast<AssumptionId>(i);
        QCOMPARE(Assumptions::fromName(Assumptions::name(id)), std::optional<AssumptionId>(id));
        QVERIFY(!Assumptions::description(id).isEmpty());
    }
    QVERIFY(!Assumptions::fromName(QStringLiteral("mfuu")).has_value());
    QCOMPARE(Assumptions::fromName(QStringLiteral(" MFU ")), std::optional(AssumptionId::Mfu));
}

void tst_Assumptions::namesAreStable()
{
    // These are JSON keys users script against.
    QCOMPARE(
        Assumptions::names(),
        QStringList(
            {QStringLiteral("mfu"), QStringLiteral("all_in_factor"),
             QStringLiteral("moe_efficiency"), QStringLiteral("decode_bandwidth_efficiency"),
             QStringLiteral("prefill_efficiency"), QStringLiteral("layer_overhead_seconds"),
             QStringLiteral("collective_latency_seconds"), QStringLiteral("scale_up_efficiency"),
             QStringLiteral("memory_reserve_fraction"), QStringLiteral("pue"),
             QStringLiteral("gpu_power_fraction"), QStringLiteral("checkpoint_interval_hours"),
             QStringLiteral("checkpoint_retention"), QStringLiteral("dataset_bytes_per_token")}));
}

void tst_Assumptions::everyDefaultIsSourcedAndOrdered()
{
    const QStringList generations = {QStringLiteral("Volta"),  QStringLiteral("Ampere"),
                                     QStringLiteral("Hopper"), QStringLiteral("Blackwell"),
                                     QStringLiteral("CDNA3"),  QStringLiteral("Something new")};
    for (const QString &generation : generations) {
        for (const Precision precision : {Precision::Bf16, Precision::Fp8}) {
            for (int i = 0; i < kAssumptionCount; ++i) {
                const Assumption a = Assumptions::calibratedDefault(static_cast<AssumptionId>(i),
                                                                    {generation, precision, 8});
                QVERIFY2(!a.source.isEmpty(), qPrintable(Assumptions::name(a.id)));
                QVERIFY2(a.low <= a.value && a.value <= a.high,
                         qPrintable(Assumptions::name(a.id)));
                QVERIFY(!a.overridden);
            }
        }
    }
}

void tst_Assumptions::trainingMfu_data()
{
    QTest::addColumn<QString>("generation");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("expected");
    QTest::newRow("Volta fp16 (Megatron-LM 2019, PaLM Table 3)")
        << QStringLiteral("Volta") << int(Precision::Fp16) << 0.25;
    QTest::newRow("Ampere bf16 (LLaMA 380 tokens/s/GPU)")
        << QStringLiteral("Ampere") << int(Precision::Bf16) << 0.50;
    QTest::newRow("Hopper bf16 (Llama 3 Table 4)")
        << QStringLiteral("Hopper") << int(Precision::Bf16) << 0.50;
    QTest::newRow("Hopper fp8 against the fp8 peak (NeMo 24.07)")
        << QStringLiteral("Hopper") << int(Precision::Fp8) << 0.38;
    QTest::newRow("generation names ignore case")
        << QStringLiteral("hopper") << int(Precision::Bf16) << 0.50;
    QTest::newRow("CDNA3 bf16 (MAMF 51% vs 80%)")
        << QStringLiteral("CDNA3") << int(Precision::Bf16) << 0.32;
    QTest::newRow("unknown generation")
        << QStringLiteral("Quantum") << int(Precision::Bf16) << 0.35;
}

void tst_Assumptions::trainingMfu()
{
    QFETCH(QString, generation);
    QFETCH(int, precision);
    QFETCH(double, expected);
    const Assumption a = Assumptions::calibratedDefault(
        AssumptionId::Mfu, {generation, static_cast<Precision>(precision), 512});
    QCOMPARE(a.value, expected);
}

void tst_Assumptions::scaleEfficiency_data()
{
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("expected");
    // Llama 3 Table 4: x0.95 per doubling beyond 1,024 GPUs.
    QTest::newRow("one") << 1 << 1.0;
    QTest::newRow("1024") << 1024 << 1.0;
    QTest::newRow("2048") << 2048 << 0.95;
    QTest::newRow("8192") << 8192 << 0.95 * 0.95 * 0.95;
    QTest::newRow("16384") << 16384 << 0.95 * 0.95 * 0.95 * 0.95;
    QTest::newRow("3072, between doublings") << 3072 << std::pow(0.95, std::log2(3.0));
}

void tst_Assumptions::scaleEfficiency()
{
    QFETCH(int, gpus);
    QFETCH(double, expected);
    QCOMPARE(Assumptions::scaleEfficiency(gpus), expected);
    // The MFU default carries it: Hopper BF16 on 8,192 GPUs is 0.5 * 0.857 = 43%, the
    // Llama 3 paper's figure.
    const Assumption mfu = Assumptions::calibratedDefault(
        AssumptionId::Mfu, {QStringLiteral("Hopper"), Precision::Bf16, gpus});
    QCOMPARE(mfu.value, 0.50 * expected);
    QCOMPARE(mfu.high, 0.55 * expected);
}

void tst_Assumptions::efficiencyByPrecision_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("expected");
    QTest::newRow("prefill fp16 (rows I22-I24)")
        << int(AssumptionId::PrefillEfficiency) << int(Precision::Fp16) << 0.60;
    QTest::newRow("prefill fp8 (rows I20-I24)")
        << int(AssumptionId::PrefillEfficiency) << int(Precision::Fp8) << 0.40;
    QTest::newRow("prefill int4 is low precision")
        << int(AssumptionId::PrefillEfficiency) << int(Precision::Fp4) << 0.40;
    QTest::newRow("MBU bf16 (Databricks, row I26b)")
        << int(AssumptionId::DecodeBandwidthEfficiency) << int(Precision::Bf16) << 0.65;
    QTest::newRow("MBU fp8 (row I26a)")
        << int(AssumptionId::DecodeBandwidthEfficiency) << int(Precision::Fp8) << 0.50;
    QTest::newRow("all-in (Llama 3 >90% effective time)")
        << int(AssumptionId::AllInFactor) << int(Precision::Bf16) << 0.90;
    QTest::newRow("memory reserve (vLLM 0.9 utilisation)")
        << int(AssumptionId::MemoryReserveFraction) << int(Precision::Bf16) << 0.10;
}

void tst_Assumptions::efficiencyByPrecision()
{
    QFETCH(int, id);
    QFETCH(int, precision);
    QFETCH(double, expected);
    QCOMPARE(Assumptions::calibratedDefault(
                 static_cast<AssumptionId>(id),
                 {QStringLiteral("Hopper"), static_cast<Precision>(precision), 8})
                 .value,
             expected);
}

void tst_Assumptions::overrideKeepsRelativeSpread()
{
    Assumptions a;
    QVERIFY(a.setOverride(AssumptionId::Mfu, 0.4).isEmpty());
    QVERIFY(a.isOverridden(AssumptionId::Mfu));
    // Hopper BF16 default 0.50 in [0.40, 0.55]: the same -20%/+10% around 0.4; the user's
    // value is not scaled for GPU count.
    const Assumption mfu =
        a.resolve(AssumptionId::Mfu, {QStringLiteral("Hopper"), Precision::Bf16, 16384});
    QCOMPARE(mfu.value, 0.4);
    QCOMPARE(mfu.low, 0.32);
    QCOMPARE(mfu.high, 0.44);
    QVERIFY(mfu.overridden);
    QCOMPARE(a.values({QStringLiteral("Hopper"), Precision::Bf16, 8})[AssumptionId::Mfu], 0.4);
    QVERIFY(!a.isOverridden(AssumptionId::Pue));
}

void tst_Assumptions::overrideWithBounds()
{
    Assumptions a;
    QVERIFY(a.setOverride(AssumptionId::Pue, 1.2, 1.15, 1.4).isEmpty());
    const Assumption pue = a.resolve(AssumptionId::Pue, {});
    QCOMPARE(pue.value, 1.2);
    QCOMPARE(pue.low, 1.15);
    QCOMPARE(pue.high, 1.4);
    QVERIFY(!a.setOverride(AssumptionId::Pue, 1.2, 1.3, 1.4).isEmpty());
}

void tst_Assumptions::invalidOverrides_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<double>("value");
    QTest::newRow("mfu above one") << int(AssumptionId::Mfu) << 1.2;
    QTest::newRow("mfu zero") << int(AssumptionId::Mfu) << 0.0;
    QTest::newRow("mfu not a number") << int(AssumptionId::Mfu) << std::nan("");
    QTest::newRow("pue below one") << int(AssumptionId::Pue) << 0.9;
    QTest::newRow("negative overhead") << int(AssumptionId::LayerOverheadSeconds) << -1e-6;
    QTest::newRow("reserve of everything") << int(AssumptionId::MemoryReserveFraction) << 1.0;
    QTest::newRow("no checkpoints kept") << int(AssumptionId::CheckpointRetention) << 0.0;
}

void tst_Assumptions::invalidOverrides()
{
    QFETCH(int, id);
    QFETCH(double, value);
    Assumptions a;
    const QString error = a.setOverride(static_cast<AssumptionId>(id), value);
    QVERIFY(error.startsWith(QStringLiteral("assumptions.")
                             + Assumptions::name(static_cast<AssumptionId>(id))));
    QVERIFY(!a.isOverridden(static_cast<AssumptionId>(id)));
}

void tst_Assumptions::scopes()
{
    const Assumptions a;
    const AssumptionContext context {QStringLiteral("Hopper"), Precision::Bf16, 8};
    QStringList training;
    for (const Assumption &x : a.resolveAll(context, AssumptionScope::Training))
        training << Assumptions::name(x.id);
    QVERIFY(training.contains(QStringLiteral("mfu")));
    QVERIFY(training.contains(QStringLiteral("pue")));
    QVERIFY(!training.contains(QStringLiteral("prefill_efficiency")));
    QStringList inference;
    for (const Assumption &x : a.resolveAll(context, AssumptionScope::Inference))
        inference << Assumptions::name(x.id);
    QVERIFY(inference.contains(QStringLiteral("decode_bandwidth_efficiency")));
    QVERIFY(inference.contains(QStringLiteral("pue")));
    QVERIFY(!inference.contains(QStringLiteral("mfu")));
    QCOMPARE(a.resolveAll(context, AssumptionScope::Both).size(), kAssumptionCount);
}

QTEST_GUILESS_MAIN(tst_Assumptions)
#include "tst_assumptions.moc"
