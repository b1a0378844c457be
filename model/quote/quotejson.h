#pragma once

#include "model/quote/quote.h"

#include <QJsonObject>

// A quote as JSON for scripts (`headroom quote --json`). Keys are stable and English;
// amounts are integer minor units of "currency"; a line without a price has null
// unit_price_minor and total_minor, never 0. The identities that hold:
//   subtotal_minor = Σ lines' total_minor (after their own discounts),
//   total_minor = subtotal_minor − discount_minor + tax_minor,
// where discount_minor is the quote discount on the subtotal.
class QuoteJson
{
public:
    // `bomWarnings`: what deriving the bill of materials found (too few switch ports, items
    // missing from the snapshot), listed after the pricing warnings.
    static QJsonObject toJson(const Quote &quote, const QStringList &bomWarnings = {});
};
