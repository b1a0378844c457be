#include "model/quote/quotecalculator.h"

#include <QTest>

namespace {
QuoteLine line(const char *sku, qint64 quantity, qint64 unitMinor, int discountBp = 0,
               std::optional<qint64> costMinor = std::nullopt)
{
    QuoteLine l;
    l.sku = QLatin1String(sku);
    l.description = QLatin1String(sku);
    l.quantity = quantity;
    l.listUnitPriceMinor = unitMinor;
    l.discountBasisPoints = discountBp;
    l.unitCostMinor = costMinor;
    return l;
}
} // namespace

class tst_QuoteCalculator : public QObject
{
    Q_OBJECT

private slots:
    void handCheckedQuote();
    void marginOnceEveryPricedLineHasACost();
    void identitiesHold();
    void perLineRounding();
    void overrideReplacesListPrice();
    void discountCeilingWarns();
    void overallDiscountCeiling();
    void rejectsImpossibleInput_data();
    void rejectsImpossibleInput();
    void overflowIsReportedNotWrapped();
    void emptyQuote();
    void unpricedLinesAreLeftOutAndNamed();
    void negotiatedPriceMakesALinePriced();
};

void tst_QuoteCalculator::handCheckedQuote()
{
    // Worked by hand:
    //   4 × $255,740.00 at 10 % = 1,022,960.00 − 102,296.00 = 920,664.00
    //   2 × $30,000.00 at 0 %   =    60,000.00
    //   subtotal 980,664.00; quote discount 2 % = 19,613.28; taxable 961,050.72
    //   tax 8.25 % = 79,286.68 (79,286.6844 rounds down); total 1,040,337.40
    Quote quote;
    quote.lines = {line("xe9680", 4, 25574000, 1000, 20000000), line("qm9700", 2, 3000000)};
    quote.quoteDiscountBasisPoints = 200;
    quote.taxBasisPoints = 825;
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(t.valid);
    QCOMPARE(t.lines.at(0).grossMinor, qint64(102296000));
    QCOMPARE(t.lines.at(0).discountMinor, qint64(10229600));
    QCOMPARE(t.lines.at(0).netMinor, qint64(92066400));
    QCOMPARE(t.lines.at(1).netMinor, qint64(6000000));
    QCOMPARE(t.subtotalMinor, qint64(98066400));
    QCOMPARE(t.quoteDiscountMinor, qint64(1961328));
    QCOMPARE(t.taxableMinor, qint64(96105072));
    QCOMPARE(t.taxMinor, qint64(7928668));
    QCOMPARE(t.totalMinor, qint64(104033740));
    QCOMPARE(t.costMinor, qint64(80000000));
    QCOMPARE(t.marginMinor, qint64(16105072));
    // The switches have no cost entered: the margin is not yet a figure to quote.
    QCOMPARE(t.costedLineCount, 1);
    QCOMPARE(t.pricedLineCount, 2);
    QVERIFY(!t.marginKnown());
    QVERIFY(t.warnings.isEmpty());
}

void tst_QuoteCalculator::marginOnceEveryPricedLineHasACost()
{
    // Worked by hand: revenue before tax 980,664.00 − 2 % = 961,050.72; costs
    // 4 × 200,000.00 + 2 × 21,000.00 = 842,000.00; margin 119,050.72. The unpriced line
    // (no price, no cost) is outside both.
    Quote quote;
    QuoteLine unpriced = line("cable", 10, 0);
    unpriced.listPriceKnown = false;
    quote.lines = {line("xe9680", 4, 25574000, 1000, 20000000),
                   line("qm9700", 2, 3000000, 0, 2100000), unpriced};
    quote.quoteDiscountBasisPoints = 200;
    quote.taxBasisPoints = 825;
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(t.valid);
    QCOMPARE(t.pricedLineCount, 2);
    QCOMPARE(t.costedLineCount, 2);
    QVERIFY(t.marginKnown());
    QCOMPARE(t.costMinor, qint64(84200000));
    QCOMPARE(t.marginMinor, qint64(11905072));
}

void tst_QuoteCalculator::identitiesHold()
{
    Quote quote;
    quote.lines = {line("a", 3, 999, 333), line("b", 7, 12345, 1250), line("c", 1, 1, 5000)};
    quote.quoteDiscountBasisPoints = 375;
    quote.taxBasisPoints = 1900;
    const QuoteTotals t = QuoteCalculator::compute(quote);
    qint64 sumNet = 0;
    for (const LineTotals &l : t.lines) {
        QCOMPARE(l.grossMinor - l.discountMinor, l.netMinor);
        sumNet += l.netMinor;
    }
    QCOMPARE(t.subtotalMinor, sumNet);
    QCOMPARE(t.totalMinor, t.subtotalMinor - t.quoteDiscountMinor + t.taxMinor);
    QCOMPARE(t.discountMinor, t.lineDiscountMinor + t.quoteDiscountMinor);
}

void tst_QuoteCalculator::perLineRounding()
{
    // Three lines of 1 cent at 50 %: each rounds to a 1-cent discount on its own, so the
    // printed lines add up (a pooled discount would be 1.5 → 2 cents and disagree).
    Quote quote;
    quote.lines = {line("a", 1, 1, 5000), line("b", 1, 1, 5000), line("c", 1, 1, 5000)};
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QCOMPARE(t.lineDiscountMinor, qint64(3));
    QCOMPARE(t.subtotalMinor, qint64(0));
}

void tst_QuoteCalculator::overrideReplacesListPrice()
{
    Quote quote;
    QuoteLine l = line("h100", 8, 2750000);
    l.unitPriceOverrideMinor = 2500000;
    quote.lines = {l};
    QCOMPARE(QuoteCalculator::compute(quote).subtotalMinor, qint64(20000000));
}

void tst_QuoteCalculator::discountCeilingWarns()
{
    Quote quote;
    quote.maxDiscountBasisPoints = 2000;
    quote.lines = {line("ok", 1, 100000, 2000), line("too deep", 1, 100000, 2001)};
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(t.valid); // a warning, not an error: the planner may have approval
    QVERIFY(t.discountCeilingExceeded);
    QCOMPARE(t.warnings.size(), 1);
    QVERIFY(t.warnings.first().contains(QStringLiteral("Line 2 (too deep)")));
    QVERIFY(t.warnings.first().contains(QStringLiteral("20.01 %")));
}

void tst_QuoteCalculator::overallDiscountCeiling()
{
    // 15 % on the line and 10 % on the quote: 23.5 % in all against a 20 % ceiling.
    Quote quote;
    quote.maxDiscountBasisPoints = 2000;
    quote.lines = {line("a", 1, 100000, 1500)};
    quote.quoteDiscountBasisPoints = 1000;
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QCOMPARE(t.effectiveDiscountBasisPoints, 2350);
    QVERIFY(t.discountCeilingExceeded);
    QVERIFY(t.warnings.first().contains(QStringLiteral("23.5 %")));
}

void tst_QuoteCalculator::rejectsImpossibleInput_data()
{
    QTest::addColumn<Quote>("quote");
    QTest::addColumn<QString>("message");
    Quote negative;
    negative.lines = {line("a", -1, 100)};
    QTest::newRow("negative quantity") << negative << QStringLiteral("Line 1 (a)");
    Quote discount;
    discount.lines = {line("a", 1, 100), line("b", 1, 100, 10001)};
    QTest::newRow("discount over 100 %") << discount << QStringLiteral("Line 2 (b)");
    Quote quoteDiscount;
    quoteDiscount.quoteDiscountBasisPoints = -5;
    QTest::newRow("negative quote discount") << quoteDiscount << QStringLiteral("quote discount");
    Quote tax;
    tax.taxBasisPoints = -1;
    QTest::newRow("negative tax") << tax << QStringLiteral("tax");
}

void tst_QuoteCalculator::rejectsImpossibleInput()
{
    QFETCH(Quote, quote);
    QFETCH(QString, message);
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(!t.valid);
    QVERIFY2(t.warnings.join(QLatin1Char(' ')).contains(message),
             qPrintable(t.warnings.join(QLatin1Char(' '))));
}

void tst_QuoteCalculator::overflowIsReportedNotWrapped()
{
    Quote quote;
    quote.lines = {line("a", std::numeric_limits<qint64>::max() / 10, 100)};
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(!t.valid);
    QVERIFY(t.totalMinor >= 0);
}

void tst_QuoteCalculator::emptyQuote()
{
    const QuoteTotals t = QuoteCalculator::compute(Quote());
    QVERIFY(t.valid);
    QCOMPARE(t.totalMinor, qint64(0));
    QCOMPARE(t.effectiveDiscountBasisPoints, 0);
}

void tst_QuoteCalculator::unpricedLinesAreLeftOutAndNamed()
{
    // 2 x $100.00 priced, 4 racks without a price: the total is the priced line alone,
    // the rack line is named, and nothing is counted as free.
    Quote quote;
    QuoteLine racks = line("rack", 4, 0);
    racks.listPriceKnown = false;
    racks.description = QStringLiteral("APC AR3300");
    quote.lines = {line("a", 2, 10000), racks};
    quote.taxBasisPoints = 1000;
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QVERIFY(t.valid);
    QCOMPARE(t.unpricedLineCount, 1);
    QCOMPARE(t.lines.at(1).priced, false);
    QCOMPARE(t.lines.at(1).netMinor, qint64(0));
    QCOMPARE(t.subtotalMinor, qint64(20000));
    QCOMPARE(t.taxMinor, qint64(2000));
    QCOMPARE(t.totalMinor, qint64(22000));
    QCOMPARE(t.warnings.size(), 1);
    QVERIFY2(t.warnings.first().contains(QStringLiteral("Line 2 (APC AR3300) has no price")),
             qPrintable(t.warnings.first()));
    QCOMPARE(t.estimatedLineCount, 1); // the priced line's price is an estimate
}

void tst_QuoteCalculator::negotiatedPriceMakesALinePriced()
{
    Quote quote;
    QuoteLine racks = line("rack", 4, 0);
    racks.listPriceKnown = false;
    racks.unitPriceOverrideMinor = 150000;
    quote.lines = {racks};
    const QuoteTotals t = QuoteCalculator::compute(quote);
    QCOMPARE(t.unpricedLineCount, 0);
    QCOMPARE(t.totalMinor, qint64(600000));
    QCOMPARE(t.estimatedLineCount, 0); // a negotiated price is no estimate
}

QTEST_GUILESS_MAIN(tst_QuoteCalculator)
#include "tst_quotecalculator.moc"
