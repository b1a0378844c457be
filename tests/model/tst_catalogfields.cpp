#include "model/catalog/catalogfieldparser.h"
#include "model/catalog/catalogfields.h"
#include "model/core/unitformat.h"
#include "support/catalogsamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

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
    void writesExactText_data();
    void writesExactText();
    void displaysForPeople_data();
    void displaysForPeople();
    void validates_data();
    void validates();
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
    CatalogItem item = HeadroomTest::sampleAccelerator();
    const CatalogField &f = *CatalogFields::find(key);
    f.set(item, value);
    QCOMPARE(CatalogFields::toText(f, item), written);
    CatalogItem back = HeadroomTest::sampleAccelerator();
    QCOMPARE(CatalogFieldParser::fromText(f, written, &back), QString());
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
    QCOMPARE(CatalogFields::displayText(
                 *CatalogFields::find(key),
                 server ? HeadroomTest::sampleServer() : HeadroomTest::sampleAccelerator(), format),
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
    CatalogItem item = HeadroomTest::sampleServer();
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

QTEST_GUILESS_MAIN(tst_CatalogFields)
#include "tst_catalogfields.moc"
