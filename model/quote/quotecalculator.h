#pragma once

#include "model/quote/quote.h"

#include <QCoreApplication>
#include <QStringList>

struct LineTotals
{
    qint64 grossMinor = 0; // quantity × unit price
    qint64 discountMinor = 0; // the line's own discount, rounded per line
    qint64 netMinor = 0; // gross − discount: the line's total on the quote
    bool priced = true; // false: the line has no price and adds nothing to the totals
};

// Every figure of a quote, in minor units. Identities that always hold:
//   subtotal = Σ line net,   total = subtotal − quoteDiscount + tax,
//   discount = Σ line discount + quoteDiscount.
struct QuoteTotals
{
    QList<LineTotals> lines;
    qint64 grossMinor = 0;
    qint64 lineDiscountMinor = 0;
    qint64 subtotalMinor = 0;
    qint64 quoteDiscountMinor = 0;
    qint64 discountMinor = 0;
    qint64 taxableMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 costMinor = 0; // of the priced lines whose cost is entered
    qint64 marginMinor = 0; // revenue before tax − cost; meaningful when marginKnown()
    int costedLineCount = 0; // priced lines with a cost
    int pricedLineCount = 0;
    bool marginKnown() const { return pricedLineCount > 0 && costedLineCount == pricedLineCount; }
    int effectiveDiscountBasisPoints = 0; // all discounts against the gross
    bool discountCeilingExceeded = false;
    int unpricedLineCount = 0; // lines left out of the totals for want of a price
    // Lines priced from an estimate rather than a price list: a notice, not a warning,
    // since most catalog prices are estimates (no vendor publishes GPU system list prices).
    int estimatedLineCount = 0;
    bool valid = true; // false when an amount overflowed or an input was out of range
    QStringList warnings; // translated, one sentence each, naming the line
};

// Computes a quote's totals. Rounding: each line's discount is rounded half away from
// zero on its own (so a printed line always adds up), then the quote discount on the
// subtotal, then tax on the discounted subtotal — three roundings, each stated on the
// proposal, never a rounding of a rounding. A line without a price adds nothing and is
// named in a warning: the total is then a lower bound, and the quote says so.
class QuoteCalculator
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCalculator)

public:
    static QuoteTotals compute(const Quote &quote);
};
