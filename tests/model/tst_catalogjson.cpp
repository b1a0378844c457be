#include "model/catalog/catalogjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_CatalogJson : public QObject
{
    Q_OBJECT

private slots:
    void readsBothShapes_data();
    void readsBothShapes();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void writesEveryFieldOfTheKind();
};

void tst_CatalogJson::readsBothShapes_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray item = R"({"id": "r", "kind": "rack", "vendor": "APC", "model": "AR3100",
                                "source": "s", "confidence": "high"})";
    QTest::newRow("catalog object") << QByteArray(R"({"format": "headroom-catalog", "version": 1,
                                                      "items": [)"
                                                  + item + "]}");
    QTest::newRow("object without format") << QByteArray(R"({"items": [)" + item + "]}");
    QTest::newRow("bare array") << QByteArray("[" + item + "]");
}

void tst_CatalogJson::readsBothShapes()
{
    QFETCH(QByteArray, data);
    const CatalogFileRows rows = CatalogJson::read(data);
    QVERIFY2(rows.readable(), qPrintable(rows.fileError));
    QCOMPARE(rows.rows.size(), 1);
    QCOMPARE(rows.rows.first().row, 1);
    QCOMPARE(rows.rows.first().item.model, QStringLiteral("AR3100"));
    QVERIFY(rows.rows.first().keys.contains(QStringLiteral("confidence")));
    QVERIFY(!rows.rows.first().keys.contains(QStringLiteral("notes")));
}

void tst_CatalogJson::refusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken JSON on line 3") << QByteArray("{\n\"items\": [\n}\n") << "line 3";
    QTest::newRow("another format")
        << QByteArray(R"({"format": "netbox-devicetype"})") << "'netbox-devicetype' file";
    QTest::newRow("newer version") << QByteArray(R"({"format": "headroom-catalog", "version": 9,
                                                     "items": []})")
                                   << "format version 9";
    QTest::newRow("no items") << QByteArray(R"({"format": "headroom-catalog"})") << "\"items\"";
}

void tst_CatalogJson::refusesOtherFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const CatalogFileRows rows = CatalogJson::read(data);
    QVERIFY(!rows.fileError.isEmpty());
    QVERIFY2(rows.fileError.contains(message), qPrintable(rows.fileError));
    QVERIFY(rows.rows.isEmpty());
}

void tst_CatalogJson::writesEveryFieldOfTheKind()
{
    CatalogItem rack;
    rack.id = QStringLiteral("r");
    rack.kind = ItemKind::Rack;
    rack.vendor = QStringLiteral("APC");
    rack.model = QStringLiteral("AR3100");
    rack.maxLoadKg = 1701;
    rack.price = Money {199999, QStringLiteral("USD")};
    rack.source = QStringLiteral("s");
    const QJsonObject object = CatalogJson::toObject(rack);
    QCOMPARE(object.value(QStringLiteral("max_load_kg")).toDouble(), 1701.0);
    QCOMPARE(object.value(QStringLiteral("price")).toString(), QStringLiteral("1999.99"));
    QCOMPARE(object.value(QStringLiteral("price_is_estimate")).toBool(), true);
    // Unset fields of a rack are null, so that importing the file clears them...
    QVERIFY(object.contains(QStringLiteral("weight_kg")));
    QVERIFY(object.value(QStringLiteral("weight_kg")).isNull());
    // ...and fields of other kinds are left out.
    QVERIFY(!object.contains(QStringLiteral("memory_bytes")));
    QVERIFY(!object.contains(QStringLiteral("accelerator_options")));

    const QJsonDocument document = QJsonDocument::fromJson(CatalogJson::write({rack}));
    QCOMPARE(document.object().value(QStringLiteral("format")).toString(),
             QStringLiteral("headroom-catalog"));
    QCOMPARE(document.object().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(document.object().value(QStringLiteral("items")).toArray().first().toObject(), object);
}

QTEST_GUILESS_MAIN(tst_CatalogJson)
#include "tst_catalogjson.moc"
