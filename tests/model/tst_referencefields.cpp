#include "model/capacity/referencefields.h"

#include <QTest>

class tst_ReferenceFields : public QObject
{
    Q_OBJECT

private slots:
    void leadingNumber_data();
    void leadingNumber();
    void unit_data();
    void unit();
    void precision_data();
    void precision();
    void tensorParallel_data();
    void tensorParallel();
};

void tst_ReferenceFields::leadingNumber_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<double>("expected"); // NaN: no number
    const double none = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("plain") << QStringLiteral("3552000") << 3552000.0;
    QTest::newRow("decimal") << QStringLiteral(" 24524.9 ") << 24524.9;
    QTest::newRow("approximate") << QStringLiteral("~290") << 290.0;
    QTest::newRow("statistic") << QStringLiteral("mean 275.9 / p50 273.0 / p99 461.3") << 275.9;
    QTest::newRow("named statistic") << QStringLiteral("TPOT mean 155.0 / p50 156.4") << 155.0;
    QTest::newRow("bound") << QStringLiteral("<=11.7 ms") << 11.7;
    QTest::newRow("with unit") << QStringLiteral("137 TFLOP/s/GPU (TP=1, PP=1)") << 137.0;
    QTest::newRow("exponent") << QStringLiteral("3.150e+23") << 3.15e23;
    QTest::newRow("implied") << QStringLiteral("~5.4 ms/token implied") << 5.4;
    QTest::newRow("dataset name") << QStringLiteral("OpenOrca (24,576-sample perf set)") << none;
    QTest::newRow("max") << QStringLiteral("max (offline)") << none;
    QTest::newRow("not stated") << QStringLiteral("not stated") << none;
    QTest::newRow("GPU name first") << QStringLiteral("A100 234.0 ms, H100 153.8 ms") << none;
    QTest::newRow("memory size is not a count") << QStringLiteral("80GB") << none;
    QTest::newRow("empty") << QString() << none;
}

void tst_ReferenceFields::leadingNumber()
{
    QFETCH(QString, cell);
    QFETCH(double, expected);
    const auto value = ReferenceFields::leadingNumber(cell);
    if (std::isnan(expected)) {
        QVERIFY2(!value.has_value(), qPrintable(QString::number(value.value_or(0))));
    } else {
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }
}

void tst_ReferenceFields::unit_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Megatron") << QStringLiteral("137 TFLOP/s/GPU (TP=1, PP=1, batch=512)")
                              << QStringLiteral("tflop/s/gpu");
    QTest::newRow("NeMo") << QStringLiteral("782 tokens/s/GPU; 842 model TFLOP/s/GPU")
                          << QStringLiteral("tokens/s/gpu");
    QTest::newRow("approximate") << QStringLiteral("~150 TFLOP/s/GPU (model card)")
                                 << QStringLiteral("tflop/s/gpu");
    QTest::newRow("no unit") << QStringLiteral("150") << QString();
}

void tst_ReferenceFields::unit()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(ReferenceFields::unitAfterNumber(cell), expected);
}

void tst_ReferenceFields::precision_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("FP16 mixed") << QStringLiteral("FP16 mixed") << int(Precision::Fp16);
    QTest::newRow("BF16/mixed") << QStringLiteral("BF16/mixed") << int(Precision::Bf16);
    QTest::newRow("BF16, FSDP, LION") << QStringLiteral("BF16, FSDP, LION") << int(Precision::Bf16);
    QTest::newRow("FP8 with a remark")
        << QStringLiteral("FP8 (NVIDIA TRT-LLM submission; precision not printed in summary)")
        << int(Precision::Fp8);
    QTest::newRow("INT4 is FP4") << QStringLiteral("INT4-AWQ") << int(Precision::Fp4);
    QTest::newRow("none") << QStringLiteral("mixed") << -1;
}

void tst_ReferenceFields::precision()
{
    QFETCH(QString, cell);
    QFETCH(int, expected);
    const auto p = ReferenceFields::precision(cell);
    if (expected < 0)
        QVERIFY(!p.has_value());
    else
        QCOMPARE(p, std::optional<Precision>(static_cast<Precision>(expected)));
}

void tst_ReferenceFields::tensorParallel_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("expected");
    QTest::newRow("TP4") << QStringLiteral("TP4") << 4;
    QTest::newRow("TP=8") << QStringLiteral("TP=8, PP=1") << 8;
    QTest::newRow("lower case") << QStringLiteral("tp 2") << 2;
    QTest::newRow("none") << QStringLiteral("TP/PP per NVIDIA code") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void tst_ReferenceFields::tensorParallel()
{
    QFETCH(QString, cell);
    QFETCH(int, expected);
    QCOMPARE(ReferenceFields::tensorParallel(cell), expected);
}

QTEST_GUILESS_MAIN(tst_ReferenceFields)
#include "tst_referencefields.moc"
