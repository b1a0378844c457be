#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// What a bill-of-materials line is, for grouping on the quote and the proposal. The keys
// are stable (files, JSON); BomDerivation orders lines by this first.
enum class QuoteLineCategory { Server, Storage, Switch, Nic, Optic, Cable, Rack, Pdu, Other };

// One bill-of-materials line. Prices are integer minor units of the quote's currency.
struct QuoteLine
{
    QString sku; // catalog item id, or a derived id for counted parts ("optic-osfp-400g")
    QString description;
    qint64 quantity = 0;
    qint64 listUnitPriceMinor = 0; // from the project's frozen price snapshot
    // False when the snapshot has no price for the line (or none in the quote's currency):
    // the line is shown as unpriced, never as free, and left out of the totals.
    bool listPriceKnown = true;
    std::optional<qint64> unitPriceOverrideMinor; // a negotiated price for this line
    int discountBasisPoints = 0; // 1250 = 12.5 %
    // What one unit costs the seller, entered per line in the Quote tab: the margin is
    // revenue less these costs. Never shown to the customer.
    std::optional<qint64> unitCostMinor;
    bool priceIsEstimate = true;
    QuoteLineCategory category = QuoteLineCategory::Other;
    QString note; // how the line was counted or priced, one sentence for the customer

    qint64 unitPriceMinor() const { return unitPriceOverrideMinor.value_or(listUnitPriceMinor); }
    // A negotiated price makes an unpriced line priced.
    bool isPriced() const { return unitPriceOverrideMinor.has_value() || listPriceKnown; }

    friend bool operator==(const QuoteLine &, const QuoteLine &) = default;
};

struct QuoteHeader
{
    QString customer;
    QString quoteNumber;
    int revision = 1;
    QDate date;
    int validityDays = 30;

    QDate validUntil() const { return date.isValid() ? date.addDays(validityDays) : QDate(); }

    friend bool operator==(const QuoteHeader &, const QuoteHeader &) = default;
};

// A priced quote: header, lines and the terms applied on top of the lines.
struct Quote
{
    QuoteHeader header;
    QString currency = QStringLiteral("USD");
    QList<QuoteLine> lines;
    int quoteDiscountBasisPoints = 0; // applied to the subtotal after line discounts
    int maxDiscountBasisPoints = 2500; // discounts beyond this need approval: warn
    int taxBasisPoints = 0;

    friend bool operator==(const Quote &, const Quote &) = default;
};
