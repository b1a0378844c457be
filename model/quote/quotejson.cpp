#include "model/quote/quotejson.h"

#include "model/quote/pricing.h"
#include "model/quote/quotecalculator.h"
#include "model/quote/quotecategory.h"

#include <QJsonArray>

namespace {
// Minor units fit a JSON number exactly up to 2^53 (about 9e13 dollars of cents).
QJsonValue minor(qint64 value)
{
    return QJsonValue(double(value));
}
} // namespace

QJsonObject QuoteJson::toJson(const Quote &quote, const QStringList &bomWarnings)
{
    const QuoteTotals totals = QuoteCalculator::compute(quote);
    QJsonArray lines;
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines.at(i);
        const bool priced = line.isPriced();
        lines.append(QJsonObject {
            {QStringLiteral("sku"), line.sku},
            {QStringLiteral("description"), line.description},
            {QStringLiteral("category"), QuoteCategory::key(line.category)},
            {QStringLiteral("quantity"), minor(line.quantity)},
            {QStringLiteral("unit_price_minor"),
             priced ? minor(line.unitPriceMinor()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("list_unit_price_minor"),
             line.listPriceKnown ? minor(line.listUnitPriceMinor) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("price_overridden"), line.unitPriceOverrideMinor.has_value()},
            {QStringLiteral("price_is_estimate"), priced && line.priceIsEstimate},
            {QStringLiteral("discount_percent"),
             Pricing::percentFromBasisPoints(line.discountBasisPoints)},
            {QStringLiteral("total_minor"),
             priced ? minor(totals.lines.value(i).netMinor) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("note"), line.note},
        });
    }
    return {
        {QStringLiteral("customer"), quote.header.customer},
        {QStringLiteral("quote_number"), quote.header.quoteNumber},
        {QStringLiteral("revision"), quote.header.revision},
        {QStringLiteral("date"), quote.header.date.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), quote.header.validUntil().toString(Qt::ISODate)},
        {QStringLiteral("currency"), quote.currency},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("gross_minor"), minor(totals.grossMinor)},
        {QStringLiteral("line_discount_minor"), minor(totals.lineDiscountMinor)},
        {QStringLiteral("subtotal_minor"), minor(totals.subtotalMinor)},
        {QStringLiteral("discount_percent"),
         Pricing::percentFromBasisPoints(quote.quoteDiscountBasisPoints)},
        {QStringLiteral("discount_minor"), minor(totals.quoteDiscountMinor)},
        {QStringLiteral("tax_percent"), Pricing::percentFromBasisPoints(quote.taxBasisPoints)},
        {QStringLiteral("tax_minor"), minor(totals.taxMinor)},
        {QStringLiteral("total_minor"), minor(totals.totalMinor)},
        {QStringLiteral("unpriced_lines"), totals.unpricedLineCount},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(totals.warnings + bomWarnings)},
    };
}
