#pragma once

#include "model/quote/quote.h"
#include "model/quote/quotecalculator.h"

#include <QList>

// What changed between two revisions of a quote, line by line (matched by SKU) and in
// the totals. Lines are listed in the newer revision's order, removed lines last.
struct QuoteLineChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString sku;
    QString description;
    qint64 quantityBefore = 0;
    qint64 quantityAfter = 0;
    qint64 unitPriceBeforeMinor = 0;
    qint64 unitPriceAfterMinor = 0;
    int discountBeforeBasisPoints = 0;
    int discountAfterBasisPoints = 0;
    qint64 totalBeforeMinor = 0;
    qint64 totalAfterMinor = 0;
    bool pricedBefore = true; // false: the line had no price (its totals are 0)
    bool pricedAfter = true;

    qint64 totalDeltaMinor() const { return totalAfterMinor - totalBeforeMinor; }
};

struct QuoteComparison
{
    QList<QuoteLineChange> changes; // unchanged lines are left out
    QuoteTotals before;
    QuoteTotals after;

    qint64 totalDeltaMinor() const { return after.totalMinor - before.totalMinor; }
    bool isEmpty() const { return changes.isEmpty() && totalDeltaMinor() == 0; }
};

QuoteComparison compareQuotes(const Quote &before, const Quote &after);
