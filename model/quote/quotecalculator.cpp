#include "model/quote/quotecalculator.h"

#include "model/quote/pricing.h"

namespace {
bool addChecked(qint64 &sum, qint64 value)
{
    return !qAddOverflow(sum, value, &sum);
}
} // namespace

QuoteTotals QuoteCalculator::compute(const Quote &quote)
{
    QuoteTotals totals;
    auto fail = [&totals](const QString &warning) {
        totals.valid = false;
        totals.warnings.append(warning);
    };

    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines.at(i);
        LineTotals lineTotals;
        const QString name = line.description.isEmpty() ? line.sku : line.description;
        if (!line.isPriced()) {
            lineTotals.priced = false;
            ++totals.unpricedLineCount;
            totals.warnings.append(
                tr("Line %1 (%2) has no price: the totals leave it out.").arg(i + 1).arg(name));
            if (line.quantity < 0)
                fail(tr("Line %1 (%2) has a negative quantity or price.").arg(i + 1).arg(name));
            totals.lines.append(lineTotals);
            continue;
        }
        if (line.priceIsEstimate && !line.unitPriceOverrideMinor)
            ++totals.estimatedLineCount;
        if (line.quantity < 0 || line.unitPriceMinor() < 0) {
            fail(tr("Line %1 (%2) has a negative quantity or price.").arg(i + 1).arg(name));
        } else if (line.discountBasisPoints < 0
                   || line.discountBasisPoints > Pricing::kBasisPointsPerWhole) {
            fail(tr("Line %1 (%2) has a discount outside 0–100 %.").arg(i + 1).arg(name));
        } else if (const auto gross = Pricing::multiply(line.unitPriceMinor(), line.quantity)) {
            lineTotals.grossMinor = *gross;
            lineTotals.discountMinor = Pricing::applyBasisPoints(*gross, line.discountBasisPoints);
            lineTotals.netMinor = lineTotals.grossMinor - lineTotals.discountMinor;
            ++totals.pricedLineCount;
            if (line.unitCostMinor) {
                ++totals.costedLineCount;
                const auto cost = Pricing::multiply(*line.unitCostMinor, line.quantity);
                if (!cost || !addChecked(totals.costMinor, *cost))
                    fail(tr("Line %1 (%2): the cost is too large to add up.").arg(i + 1).arg(name));
            }
            if (line.discountBasisPoints > quote.maxDiscountBasisPoints) {
                totals.discountCeilingExceeded = true;
                totals.warnings.append(
                    tr("Line %1 (%2) is discounted %3 %, above the %4 % ceiling.")
                        .arg(i + 1)
                        .arg(name)
                        .arg(Pricing::percentFromBasisPoints(line.discountBasisPoints))
                        .arg(Pricing::percentFromBasisPoints(quote.maxDiscountBasisPoints)));
            }
        } else {
            fail(tr("Line %1 (%2): quantity × price is too large.").arg(i + 1).arg(name));
        }
        if (!addChecked(totals.grossMinor, lineTotals.grossMinor)
            || !addChecked(totals.lineDiscountMinor, lineTotals.discountMinor)
            || !addChecked(totals.subtotalMinor, lineTotals.netMinor))
            fail(tr("The quote's total is too large."));
        totals.lines.append(lineTotals);
    }

    if (quote.quoteDiscountBasisPoints < 0
        || quote.quoteDiscountBasisPoints > Pricing::kBasisPointsPerWhole)
        fail(tr("The quote discount is outside 0–100 %."));
    else
        totals.quoteDiscountMinor =
            Pricing::applyBasisPoints(totals.subtotalMinor, quote.quoteDiscountBasisPoints);
    if (quote.taxBasisPoints < 0)
        fail(tr("The tax rate is negative."));

    totals.discountMinor = totals.lineDiscountMinor + totals.quoteDiscountMinor;
    totals.taxableMinor = totals.subtotalMinor - totals.quoteDiscountMinor;
    if (quote.taxBasisPoints >= 0)
        totals.taxMinor = Pricing::applyBasisPoints(totals.taxableMinor, quote.taxBasisPoints);
    totals.totalMinor = totals.taxableMinor + totals.taxMinor;
    totals.marginMinor = totals.taxableMinor - totals.costMinor;

    if (totals.grossMinor > 0) {
        totals.effectiveDiscountBasisPoints =
            Pricing::ratioBasisPoints(totals.discountMinor, totals.grossMinor);
        if (totals.effectiveDiscountBasisPoints > quote.maxDiscountBasisPoints
            && !totals.discountCeilingExceeded) {
            totals.discountCeilingExceeded = true;
            totals.warnings.append(
                tr("The quote is discounted %1 % in all, above the %2 % ceiling.")
                    .arg(Pricing::percentFromBasisPoints(totals.effectiveDiscountBasisPoints))
                    .arg(Pricing::percentFromBasisPoints(quote.maxDiscountBasisPoints)));
        }
    }
    return totals;
}
