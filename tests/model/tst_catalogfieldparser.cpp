#include "model/catalog/catalogfieldparser.h"
#include "model/catalog/catalogfields.h"
#include "support/catalogsamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class tst_CatalogFieldParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parsesText_data();
    void parsesText();
    void rejectsText_data();
    void rejectsText();
    void rowsReadPriceAndCurrencyTogether_data();
    void rowsReadPriceAndCurrencyTogether();
    void rowsLeaveMissingFieldsAlone();
    void jsonTypesAreChecked_data();
    void jsonTypesAreChecked();
};

void tst_CatalogFieldParser::parsesText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written"); // read back through toText
    QTest::newRow("whole watts") << "power_max_watts"
                                 << "10200"
                                 << "10200";
    QTest::newRow("exponent") << "memory_bytes"
                              << "8e10"
                              << "80000000000";
    QTest::newRow("surrounding spaces") << "tdp_watts"
                                        << " 700 "
                                        << "700";
    QTest::newRow("integer written as a decimal") << "scale_up_domain_size"
                                                  << "8.0"
                                                  << "8";
    QTest::newRow("empty domain is one accelerator") << "scale_up_domain_size"
                                                     << ""
                                                     << "1";
    QTest::newRow("kind in capitals") << "kind"
                                      << "ACCELERATOR"
                                      << "accelerator";
    QTest::newRow("confidence") << "confidence"
                                << "Low"
                                << "low";
    QTest::newRow("yes is true") << "price_is_estimate"
                                 << "no"
                                 << "false";
    QTest::newRow("date") << "price_date"
                          << "2025-03-01"
                          << "2025-03-01";
    QTest::newRow("text keeps its spaces") << "notes"
                                           << " two  spaces "
                                           << " two  spaces ";
    QTest::newRow("CRLF in text becomes LF") << "notes"
                                             << "a\r\nb\rc"
                                             << "a\nb\nc";
}

void tst_CatalogFieldParser::parsesText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, written);
    CatalogItem item = HeadroomTest::sampleAccelerator();
    item.price = Money {100, QStringLiteral("USD")};
    QCOMPARE(CatalogFieldParser::fromText(*CatalogFields::find(key), text, &item), QString());
    QCOMPARE(CatalogFields::toText(*CatalogFields::find(key), item), written);
}

void tst_CatalogFieldParser::rejectsText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("words for a number") << "power_max_watts"
                                        << "ten kW"
                                        << "'ten kW' is not a number";
    QTest::newRow("infinity") << "power_max_watts"
                              << "inf"
                              << "'inf' is not a number";
    QTest::newRow("half a port") << "port_count"
                                 << "1.5"
                                 << "'1.5' is not a whole number";
    QTest::newRow("unknown kind") << "kind"
                                  << "toaster"
                                  << "unknown kind 'toaster'";
    QTest::newRow("unknown confidence") << "confidence"
                                        << "sure"
                                        << "unknown confidence 'sure'";
    QTest::newRow("maybe") << "price_is_estimate"
                           << "maybe"
                           << "'maybe' is not true or false";
    QTest::newRow("US date") << "price_date"
                             << "03/01/2025"
                             << "YYYY-MM-DD";
    QTest::newRow("currency name") << "price_currency"
                                   << "dollar"
                                   << "three-letter currency code";
    QTest::newRow("id with spaces") << "id"
                                    << "My Server"
                                    << "is not a valid id";
    QTest::newRow("option id with capitals") << "accelerator_options"
                                             << "nvidia-h100;H100"
                                             << "'H100' is not an item id";
    QTest::newRow("yen with cents") << "price"
                                    << "100.50"
                                    << "'100.50' is not an amount in JPY";
}

void tst_CatalogFieldParser::rejectsText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    CatalogItem item = HeadroomTest::sampleAccelerator();
    item.price = Money {100, QStringLiteral("JPY")};
    const CatalogItem before = item;
    const QString error = CatalogFieldParser::fromText(*CatalogFields::find(key), text, &item);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(item, before);
}

void tst_CatalogFieldParser::rowsReadPriceAndCurrencyTogether_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("price");
    QTest::addColumn<qint64>("minorUnits"); // -1: no price
    QTest::addColumn<QString>("error");
    QTest::newRow("dollars") << "USD"
                             << "255,740.00" << qint64(25574000) << "";
    QTest::newRow("yen have no cents") << "JPY"
                                       << "27500" << qint64(27500) << "";
    QTest::newRow("neither") << ""
                             << "" << qint64(-1) << "";
    QTest::newRow("price without currency") << ""
                                            << "100" << qint64(-1) << "is required with a price";
    QTest::newRow("currency without price") << "EUR"
                                            << "" << qint64(-1) << "there is no price";
}

void tst_CatalogFieldParser::rowsReadPriceAndCurrencyTogether()
{
    QFETCH(QString, currency);
    QFETCH(QString, price);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, error);
    QHash<QString, QString> cells {{QStringLiteral("id"), QStringLiteral("x")},
                                   {QStringLiteral("kind"), QStringLiteral("rack")},
                                   {QStringLiteral("vendor"), QStringLiteral("APC")},
                                   {QStringLiteral("model"), QStringLiteral("AR3100")},
                                   {QStringLiteral("source"), QStringLiteral("s")},
                                   {QStringLiteral("confidence"), QStringLiteral("high")},
                                   {QStringLiteral("price_currency"), currency},
                                   {QStringLiteral("price"), price}};
    CatalogItem item;
    const QList<CatalogFieldError> errors = CatalogFieldParser::fromCells(cells, &item);
    if (error.isEmpty()) {
        QVERIFY(errors.isEmpty());
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().key, QStringLiteral("price_currency"));
        QVERIFY(errors.first().message.contains(error));
    }
    QCOMPARE(item.price.has_value(), minorUnits >= 0);
    if (item.price) {
        QCOMPARE(item.price->minorUnits, minorUnits);
        QCOMPARE(item.price->currency, currency);
    }
}

void tst_CatalogFieldParser::rowsLeaveMissingFieldsAlone()
{
    CatalogItem item;
    const QList<CatalogFieldError> errors = CatalogFieldParser::fromCells(
        {{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("model"), QString()}}, &item);
    // Only the model is in the row and empty: required. The kind, vendor and the rest are
    // not in the row at all, which is for the importer to judge.
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().key, QStringLiteral("model"));
    QCOMPARE(item.id, QStringLiteral("x"));
}

void tst_CatalogFieldParser::jsonTypesAreChecked_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("number") << "power_max_watts" << QJsonValue(10200) << "";
    QTest::newRow("number as text")
        << "power_max_watts" << QJsonValue(QStringLiteral("10200")) << "expected a number";
    QTest::newRow("bool") << "price_is_estimate" << QJsonValue(false) << "";
    QTest::newRow("bool as text") << "price_is_estimate" << QJsonValue(QStringLiteral("false"))
                                  << "expected true or false";
    QTest::newRow("id list") << "accelerator_options"
                             << QJsonValue(QJsonArray::fromStringList(
                                    {QStringLiteral("a"), QStringLiteral("b")}))
                             << "";
    QTest::newRow("id list as text") << "accelerator_options" << QJsonValue(QStringLiteral("a;b"))
                                     << "expected a list of item ids";
    QTest::newRow("text as number") << "model" << QJsonValue(42) << "expected text";
    QTest::newRow("null clears") << "notes" << QJsonValue(QJsonValue::Null) << "";
}

void tst_CatalogFieldParser::jsonTypesAreChecked()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    CatalogItem item = HeadroomTest::sampleServer();
    const QString result = CatalogFieldParser::fromJson(*CatalogFields::find(key), value, &item);
    if (error.isEmpty())
        QCOMPARE(result, QString());
    else
        QVERIFY2(result.contains(error), qPrintable(result));
}

QTEST_GUILESS_MAIN(tst_CatalogFieldParser)
#include "tst_catalogfieldparser.moc"
