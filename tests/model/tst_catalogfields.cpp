#include "model/catalog/catalogfields.h"
#include "model/core/unitformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

namespace {
CatalogItem h100()
{
    CatalogItem item;
    item.id = QStringLiteral("nvidia-h100-sxm5-80gb");
    item.kind = ItemKind::Accelerator;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = QStringLiteral("H100 SXM5 80GB");
    item.accelerator.memoryBytes = 80e9;
    item.accelerator.memoryBandwidthBytesPerSecond = 3.35e12;
    item.accelerator.densePeakFlopsPerSecond[static_cast<int>(Precision::Bf16)] = 989.4e12;
    item.accelerator.tdpWatts = 700;
    item.accelerator.scaleUpDomainSize = 8;
    item.price = Money {2750000, QStringLiteral("USD")};
    item.source = QStringLiteral("datasheet");
    item.confidence = Confidence::High;
    return item;
}

CatalogItem dgx()
{
    CatalogItem item;
    item.id = QStringLiteral("nvidia-dgx-h100");
    item.kind = ItemKind::GpuServer;
    item.vendor = QStringLiteral("NVIDIA");
    item.model = QStringLiteral("DGX H100");
    item.rackUnits = 8;
    item.powerTypicalWatts = 7500;
    item.powerMaxWatts = 10200;
    item.weightKg = 130.45;
    item.depthMm = 896.62;
    item.acceleratorCount = 8;
    item.acceleratorOptions = {QStringLiteral("nvidia-h100-sxm5-80gb")};
    item.source = QStringLiteral("user guide");
    return item;
}

const CatalogField &field(const char *key)
{
    const CatalogField *found = CatalogFields::find(QLatin1String(key));
    if (!found)
        qFatal("no field %s", key);
    return *found;
}
} // namespace

using Mutation = std::function<void(CatalogItem &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_CatalogFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void keysAreUniqueAndLabelled();
    void appliesTo_data();
    void appliesTo();
    void parsesText_data();
    void parsesText();
    void rejectsText_data();
    void rejectsText();
    void writesExactText_data();
    void writesExactText();
    void displaysForPeople_data();
    void displaysForPeople();
    void validates_data();
    void validates();
    void rowsReadPriceAndCurrencyTogether_data();
    void rowsReadPriceAndCurrencyTogether();
    void rowsLeaveMissingFieldsAlone();
    void jsonTypesAreChecked_data();
    void jsonTypesAreChecked();
};

void tst_CatalogFields::keysAreUniqueAndLabelled()
{
    QSet<QString> keys;
    for (const CatalogField &f : CatalogFields::all()) {
        QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
        keys.insert(f.key);
        QVERIFY2(CatalogFields::label(f) != f.key, qPrintable(f.key));
        QCOMPARE(CatalogFields::find(f.key), &f);
    }
    QCOMPARE(CatalogFields::label(field("dense_fp8_flops_per_second")),
             QStringLiteral("Dense FP8 peak"));
    QVERIFY(!CatalogFields::find(QStringLiteral("colour")));
    // The price's currency is read first: a price is parsed in its currency's digits.
    const QList<CatalogField> &all = CatalogFields::all();
    const auto index = [&](const char *key) {
        return std::find_if(all.begin(), all.end(),
                            [&](const CatalogField &f) { return f.key == QLatin1String(key); })
            - all.begin();
    };
    QVERIFY(index("price_currency") < index("price"));
}

void tst_CatalogFields::appliesTo_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("applies");
    QTest::newRow("power to a server") << "power_max_watts" << int(ItemKind::GpuServer) << true;
    QTest::newRow("power to a PDU") << "power_max_watts" << int(ItemKind::Pdu) << true;
    QTest::newRow("memory to an accelerator")
        << "memory_bytes" << int(ItemKind::Accelerator) << true;
    QTest::newRow("memory to a rack") << "memory_bytes" << int(ItemKind::Rack) << false;
    QTest::newRow("options to a server")
        << "accelerator_options" << int(ItemKind::GpuServer) << true;
    QTest::newRow("options to a switch") << "accelerator_options" << int(ItemKind::Switch) << false;
    QTest::newRow("capacity to an appliance")
        << "capacity_bytes" << int(ItemKind::StorageAppliance) << true;
    QTest::newRow("ports to an optic") << "port_count" << int(ItemKind::Optic) << true;
    QTest::newRow("load to a rack") << "max_load_kg" << int(ItemKind::Rack) << true;
    QTest::newRow("load to a server") << "max_load_kg" << int(ItemKind::GpuServer) << false;
    QTest::newRow("outlets to a PDU") << "outlet_count" << int(ItemKind::Pdu) << true;
    QTest::newRow("price to anything") << "price" << int(ItemKind::Optic) << true;
}

void tst_CatalogFields::appliesTo()
{
    QFETCH(QString, key);
    QFETCH(int, kind);
    QFETCH(bool, applies);
    QCOMPARE(CatalogFields::find(key)->appliesTo(static_cast<ItemKind>(kind)), applies);
}

void tst_CatalogFields::parsesText_data()
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

void tst_CatalogFields::parsesText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, written);
    CatalogItem item = h100();
    item.price = Money {100, QStringLiteral("USD")};
    QCOMPARE(CatalogFields::fromText(*CatalogFields::find(key), text, &item), QString());
    QCOMPARE(CatalogFields::toText(*CatalogFields::find(key), item), written);
}

void tst_CatalogFields::rejectsText_data()
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

void tst_CatalogFields::rejectsText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    CatalogItem item = h100();
    item.price = Money {100, QStringLiteral("JPY")};
    const CatalogItem before = item;
    const QString error = CatalogFields::fromText(*CatalogFields::find(key), text, &item);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(item, before);
}

void tst_CatalogFields::writesExactText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("large whole number")
        << "dense_bf16_flops_per_second" << 989.4e12 << "989400000000000";
    QTest::newRow("fraction") << "dense_fp32_flops_per_second" << 0.56 << "0.56";
    QTest::newRow("a third, shortest exact")
        << "dense_fp32_flops_per_second" << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("beyond 2^53") << "dense_fp32_flops_per_second" << 1e20 << "1e+20";
    QTest::newRow("zero is unknown") << "dense_fp32_flops_per_second" << 0.0 << "";
}

void tst_CatalogFields::writesExactText()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, written);
    CatalogItem item = h100();
    const CatalogField &f = *CatalogFields::find(key);
    f.set(item, value);
    QCOMPARE(CatalogFields::toText(f, item), written);
    CatalogItem back = h100();
    QCOMPARE(CatalogFields::fromText(f, written, &back), QString());
    QCOMPARE(f.get(back).toDouble(), value);
}

void tst_CatalogFields::displaysForPeople_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("memory") << "memory_bytes" << false << "80 GB";
    QTest::newRow("bandwidth") << "memory_bandwidth_bytes_per_second" << false << "3.35 TB/s";
    QTest::newRow("peak") << "dense_bf16_flops_per_second" << false << "989 TFLOP/s";
    QTest::newRow("domain") << "scale_up_domain_size" << false << "8";
    QTest::newRow("price") << "price" << false << "$27,500.00";
    QTest::newRow("kind") << "kind" << false << "Accelerator";
    QTest::newRow("estimate flag") << "price_is_estimate" << false << "";
    QTest::newRow("height") << "rack_units" << true << "8U";
    QTest::newRow("power") << "power_max_watts" << true << "10.2 kW";
    QTest::newRow("weight") << "weight_kg" << true << "130 kg";
    QTest::newRow("depth") << "depth_mm" << true << "897 mm";
    QTest::newRow("not applicable") << "memory_bytes" << true << "";
    QTest::newRow("not set") << "psu_count" << true << "";
}

void tst_CatalogFields::displaysForPeople()
{
    QFETCH(QString, key);
    QFETCH(bool, server);
    QFETCH(QString, shown);
    const UnitFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(CatalogFields::displayText(*CatalogFields::find(key), server ? dgx() : h100(), format),
             shown);
    QLocale::setDefault(QLocale::c());
}

void tst_CatalogFields::validates_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("key"); // empty: valid
    QTest::addColumn<QString>("message");
    QTest::newRow("valid server") << Mutation([](CatalogItem &) {}) << ""
                                  << "";
    QTest::newRow("negative power")
        << Mutation([](CatalogItem &i) { i.powerMaxWatts = -1; }) << "power_max_watts"
        << "power must not be negative";
    QTest::newRow("negative weight")
        << Mutation([](CatalogItem &i) { i.weightKg = -5; }) << "weight_kg"
        << "must not be negative";
    QTest::newRow("typical above maximum")
        << Mutation([](CatalogItem &i) { i.powerTypicalWatts = 12000; }) << "power_typical_watts"
        << "typical power is above the maximum power";
    QTest::newRow("no model") << Mutation([](CatalogItem &i) { i.model.clear(); }) << "model"
                              << "is required";
    QTest::newRow("no source") << Mutation([](CatalogItem &i) { i.source.clear(); }) << "source"
                               << "is required";
    QTest::newRow("bad id") << Mutation([](CatalogItem &i) { i.id = QStringLiteral("DGX H100"); })
                            << "id"
                            << "is not a valid id";
    QTest::newRow("accelerator spec on a server")
        << Mutation([](CatalogItem &i) { i.accelerator.memoryBytes = 80e9; }) << "memory_bytes"
        << "does not apply to the kind 'GPU server'";
    QTest::newRow("server is its own accelerator")
        << Mutation([](CatalogItem &i) { i.acceleratorOptions.append(i.id); })
        << "accelerator_options"
        << "cannot be its own accelerator";
    QTest::newRow("option twice") << Mutation([](CatalogItem &i) {
        i.acceleratorOptions.append(i.acceleratorOptions.first());
    }) << "accelerator_options"
                                  << "is listed twice";
    QTest::newRow("date without price")
        << Mutation([](CatalogItem &i) { i.priceDate = QDate(2025, 1, 1); }) << "price_date"
        << "no price";
    QTest::newRow("negative price") << Mutation([](CatalogItem &i) {
        i.price = Money {-1, QStringLiteral("USD")};
    }) << "price"
                                    << "must not be negative";
    QTest::newRow("domain of zero") << Mutation([](CatalogItem &i) {
        i.kind = ItemKind::Accelerator;
        i.rackUnits = 0;
        i.acceleratorCount = 0;
        i.acceleratorOptions.clear();
        i.accelerator.scaleUpDomainSize = 0;
    }) << "scale_up_domain_size"
                                    << "must be at least 1";
}

void tst_CatalogFields::validates()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, key);
    QFETCH(QString, message);
    CatalogItem item = dgx();
    mutate(item);
    const QList<CatalogFieldError> errors = CatalogFields::validate(item);
    if (key.isEmpty()) {
        QVERIFY(errors.isEmpty());
        return;
    }
    const bool found = std::any_of(errors.begin(), errors.end(), [&](const CatalogFieldError &e) {
        return e.key == key && e.message.contains(message);
    });
    QVERIFY2(found,
             qPrintable(errors.isEmpty()
                            ? QStringLiteral("no error")
                            : errors.first().key + QLatin1Char(' ') + errors.first().message));
}

void tst_CatalogFields::rowsReadPriceAndCurrencyTogether_data()
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

void tst_CatalogFields::rowsReadPriceAndCurrencyTogether()
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
    const QList<CatalogFieldError> errors = CatalogFields::fromCells(cells, &item);
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

void tst_CatalogFields::rowsLeaveMissingFieldsAlone()
{
    CatalogItem item;
    const QList<CatalogFieldError> errors = CatalogFields::fromCells(
        {{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("model"), QString()}}, &item);
    // Only the model is in the row and empty: required. The kind, vendor and the rest are
    // not in the row at all, which is for the importer to judge.
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().key, QStringLiteral("model"));
    QCOMPARE(item.id, QStringLiteral("x"));
}

void tst_CatalogFields::jsonTypesAreChecked_data()
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

void tst_CatalogFields::jsonTypesAreChecked()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    CatalogItem item = dgx();
    const QString result = CatalogFields::fromJson(*CatalogFields::find(key), value, &item);
    if (error.isEmpty())
        QCOMPARE(result, QString());
    else
        QVERIFY2(result.contains(error), qPrintable(result));
}

QTEST_GUILESS_MAIN(tst_CatalogFields)
#include "tst_catalogfields.moc"
