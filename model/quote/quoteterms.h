#pragma once

#include "model/quote/quote.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What a sales engineer changed on one bill-of-materials line: a negotiated unit price,
// a discount. Kept by SKU, so it follows the line however the layout changes.
struct QuoteLineAdjustment
{
    std::optional<qint64> unitPriceOverrideMinor;
    int discountBasisPoints = 0;
    std::optional<qint64> unitCostMinor; // what one unit costs us, for the margin

    bool isEmpty() const
    {
        return !unitPriceOverrideMinor && discountBasisPoints == 0 && !unitCostMinor;
    }
    friend bool operator==(const QuoteLineAdjustment &, const QuoteLineAdjustment &) = default;
};

// Everything about the current quote that is not derived from the layout: the header, the
// currency and rates, and the per-line adjustments.
struct QuoteTerms
{
    QuoteHeader header;
    QString currency = QStringLiteral("USD");
    int quoteDiscountBasisPoints = 0;
    int maxDiscountBasisPoints = 2500;
    int taxBasisPoints = 0;
    // By SKU. An adjustment stays when its line leaves the bill of materials, so a server
    // removed and put back keeps its negotiated price.
    QMap<QString, QuoteLineAdjustment> adjustments;

    // The priced quote: these terms on a derived bill of materials.
    Quote apply(const QList<QuoteLine> &bomLines) const
    {
        Quote quote;
        quote.header = header;
        quote.currency = currency;
        quote.quoteDiscountBasisPoints = quoteDiscountBasisPoints;
        quote.maxDiscountBasisPoints = maxDiscountBasisPoints;
        quote.taxBasisPoints = taxBasisPoints;
        quote.lines = bomLines;
        for (QuoteLine &line : quote.lines) {
            const auto found = adjustments.constFind(line.sku);
            if (found == adjustments.constEnd())
                continue;
            line.unitPriceOverrideMinor = found->unitPriceOverrideMinor;
            line.discountBasisPoints = found->discountBasisPoints;
            line.unitCostMinor = found->unitCostMinor;
        }
        return quote;
    }

    friend bool operator==(const QuoteTerms &, const QuoteTerms &) = default;
};
