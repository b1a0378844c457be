#include "model/quote/pricing.h"

#include <QTest>

class tst_Pricing : public QObject
{
    Q_OBJECT

private slots:
    void applyBasisPoints_data();
    void applyBasisPoints();
    void ratio();
    void multiplyDetectsOverflow();
    void percentText_data();
    void percentText();
};

void tst_Pricing::applyBasisPoints_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("bp");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(10000) << 1250 << qint64(1250);
    // 12.5 % of 1.01 = 0.12625 → 0.13 (half away from zero at the 0.5-cent boundary below)
    QTest::newRow("rounds up above half") << qint64(101) << 1250 << qint64(13);
    QTest::newRow("half rounds away from zero") << qint64(1) << 5000 << qint64(1); // 0.5 → 1
    QTest::newRow("below half rounds down") << qint64(1) << 4999 << qint64(0);
    QTest::newRow("negative half rounds away from zero") << qint64(-1) << 5000 << qint64(-1);
    QTest::newRow("19 % VAT on 99.99") << qint64(9999) << 1900 << qint64(1900); // 18.9981 → 19.00
    QTest::newRow("zero rate") << qint64(123456) << 0 << qint64(0);
    // Credits round as mirror images of charges: -0.12625 → -0.13, never -0.12.
    QTest::newRow("negative above half") << qint64(-101) << 1250 << qint64(-13);
    QTest::newRow("negative below half") << qint64(-1) << 4999 << qint64(0);
    // 8.25 % of $3,364.63 = 277.582 → 277.58 (tst_quotejson's hand-checked quote).
    QTest::newRow("sales tax rounds down below half") << qint64(336463) << 825 << qint64(27758);
    // 2 % of $3,433.30 = 68.666 → 68.67.
    QTest::newRow("discount rounds up above half") << qint64(343330) << 200 << qint64(6867);
    // 0.01 % of $999,999.95 is 9,999.9995 cents → 10,000: at and above half, away from zero.
    QTest::newRow("one basis point at the half") << qint64(99999995) << 1 << qint64(10000);
    QTest::newRow("whole") << qint64(123456) << 10000 << qint64(123456);
    // 4e16 cents × 10,000 bp overflows 64 bits in the intermediate product.
    QTest::newRow("huge amount") << qint64(40000000000000000LL) << 2500
                                 << qint64(10000000000000000LL);
}

void tst_Pricing::applyBasisPoints()
{
    QFETCH(qint64, amount);
    QFETCH(int, bp);
    QFETCH(qint64, expected);
    QCOMPARE(Pricing::applyBasisPoints(amount, bp), expected);
}

void tst_Pricing::ratio()
{
    QCOMPARE(Pricing::ratioBasisPoints(1, 3), 3333);
    QCOMPARE(Pricing::ratioBasisPoints(2, 3), 6667);
    QCOMPARE(Pricing::ratioBasisPoints(5, 0), 0);
    QCOMPARE(Pricing::ratioBasisPoints(-1, 8), -1250);
}

void tst_Pricing::multiplyDetectsOverflow()
{
    QCOMPARE(Pricing::multiply(25574000, 12), std::optional<qint64>(306888000));
    QCOMPARE(Pricing::multiply(std::numeric_limits<qint64>::max() / 2, 3), std::nullopt);
}

void tst_Pricing::percentText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bp");
    QTest::addColumn<bool>("ok");
    QTest::newRow("integer") << QStringLiteral("7") << 700 << true;
    QTest::newRow("one decimal") << QStringLiteral("12.5") << 1250 << true;
    QTest::newRow("two decimals") << QStringLiteral("0.25") << 25 << true;
    QTest::newRow("percent sign") << QStringLiteral("19 %") << 1900 << true;
    QTest::newRow("three decimals") << QStringLiteral("1.125") << 0 << false;
    QTest::newRow("words") << QStringLiteral("ten") << 0 << false;
}

void tst_Pricing::percentText()
{
    QFETCH(QString, text);
    QFETCH(int, bp);
    QFETCH(bool, ok);
    const auto parsed = Pricing::basisPointsFromPercentText(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, bp);
}

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
