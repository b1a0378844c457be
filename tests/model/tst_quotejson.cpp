#include "model/quote/quotejson.h"

#include <QJsonArray>
#include <QTest>

// `headroom quote --json`'s object: the documented keys, integer minor units, null (never
// 0) for a line without a price, and the identities the help text states.
class tst_QuoteJson : public QObject
{
    Q_OBJECT

private slots:
    void handCheckedQuote();
    void unpricedLineIsNull();
};

void tst_QuoteJson::handCheckedQuote()
{
    // By hand: 3 x $1,234.56 = $3,703.68, 10 % off: -$370.37 (370.368 rounds half away
    // from zero to 370.37), net $3,333.31; 1 x $99.99 net. Subtotal $3,433.30; quote
    // discount 2 % = $68.67 (68.666); tax 8.25 % of $3,364.63 = $277.58 (277.582).
    // Total $3,642.21.
    Quote quote;
    quote.header.customer = QStringLiteral("Acme AI");
    quote.header.quoteNumber = QStringLiteral("Q-7");
    quote.header.revision = 3;
    quote.header.date = QDate(2026, 2, 1);
    QuoteLine server;
    server.sku = QStringLiteral("srv");
    server.description = QStringLiteral("Server");
    server.quantity = 3;
    server.listUnitPriceMinor = 123456;
    server.discountBasisPoints = 1000;
    QuoteLine cable;
    cable.sku = QStringLiteral("cbl");
    cable.description = QStringLiteral("Cable");
    cable.quantity = 1;
    cable.listUnitPriceMinor = 5000;
    cable.unitPriceOverrideMinor = 9999;
    quote.lines = {server, cable};
    quote.quoteDiscountBasisPoints = 200;
    quote.taxBasisPoints = 825;

    const QJsonObject json = QuoteJson::toJson(quote);
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(json.value(QStringLiteral("customer")).toString(), QStringLiteral("Acme AI"));
    QCOMPARE(json.value(QStringLiteral("revision")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("valid_until")).toString(), QStringLiteral("2026-03-03"));
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = lines.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("sku")).toString(), QStringLiteral("srv"));
    QCOMPARE(first.value(QStringLiteral("quantity")).toInteger(), 3);
    QCOMPARE(first.value(QStringLiteral("unit_price_minor")).toInteger(), 123456);
    QCOMPARE(first.value(QStringLiteral("discount_percent")).toDouble(), 10.0);
    QCOMPARE(first.value(QStringLiteral("total_minor")).toInteger(), 333331);
    const QJsonObject second = lines.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("unit_price_minor")).toInteger(), 9999);
    QCOMPARE(second.value(QStringLiteral("list_unit_price_minor")).toInteger(), 5000);
    QCOMPARE(second.value(QStringLiteral("price_overridden")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("subtotal_minor")).toInteger(), 343330);
    QCOMPARE(json.value(QStringLiteral("discount_minor")).toInteger(), 6867);
    QCOMPARE(json.value(QStringLiteral("tax_minor")).toInteger(), 27758);
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(), 364221);
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(),
             json.value(QStringLiteral("subtotal_minor")).toInteger()
                 - json.value(QStringLiteral("discount_minor")).toInteger()
                 + json.value(QStringLiteral("tax_minor")).toInteger());
}

void tst_QuoteJson::unpricedLineIsNull()
{
    Quote quote;
    QuoteLine rack;
    rack.sku = QStringLiteral("rack");
    rack.quantity = 4;
    rack.listPriceKnown = false;
    quote.lines = {rack};
    const QJsonObject json = QuoteJson::toJson(quote);
    const QJsonObject line = json.value(QStringLiteral("lines")).toArray().at(0).toObject();
    QVERIFY(line.value(QStringLiteral("unit_price_minor")).isNull());
    QVERIFY(line.value(QStringLiteral("total_minor")).isNull());
    QVERIFY(line.value(QStringLiteral("list_unit_price_minor")).isNull());
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(), 0);
    QCOMPARE(json.value(QStringLiteral("unpriced_lines")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 1);
    // What deriving the bill of materials found follows the pricing warnings.
    const QString shortage = QStringLiteral("Too few switch ports");
    const QJsonArray both =
        QuoteJson::toJson(quote, {shortage}).value(QStringLiteral("warnings")).toArray();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).toString(), shortage);
}

QTEST_GUILESS_MAIN(tst_QuoteJson)
#include "tst_quotejson.moc"
