#include "model/layout/catalogsnapshot.h"
#include "support/rackviewhall.h"
#include "views/layout/catalogdrag.h"

#include <QMimeData>
#include <QTest>

#include <memory>

class tst_CatalogDrag : public QObject
{
    Q_OBJECT

private slots:
    void idsTravelAsTheCatalogWritesThem_data();
    void idsTravelAsTheCatalogWritesThem();
    void otherDragsCarryNoIds();
    void resolvePrefersTheFrozenRow();
    void resolveNamesTheMissingId();
};

void tst_CatalogDrag::idsTravelAsTheCatalogWritesThem_data()
{
    // The wire format is the catalog's (a JSON array of ids), so a drag from the Catalog
    // dock's table lands here unchanged.
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one id") << QByteArray("[\"dgx-h100\"]")
                            << QStringList {QStringLiteral("dgx-h100")};
    QTest::newRow("two ids") << QByteArray("[\"dgx-h100\",\"qm9700\"]")
                             << QStringList {QStringLiteral("dgx-h100"), QStringLiteral("qm9700")};
    QTest::newRow("blank ids and spaces")
        << QByteArray("[\" dgx-h100 \",\"\",\"qm9700\"]")
        << QStringList {QStringLiteral("dgx-h100"), QStringLiteral("qm9700")};
    QTest::newRow("UTF-8") << QByteArray("[\"serveur-\xc3\xa9t\xc3\xa9\"]")
                           << QStringList {QStringLiteral("serveur-été")};
    QTest::newRow("not JSON") << QByteArray("dgx-h100") << QStringList {};
    QTest::newRow("empty") << QByteArray() << QStringList {};
}

void tst_CatalogDrag::idsTravelAsTheCatalogWritesThem()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, ids);
    QMimeData data;
    data.setData(QStringLiteral("application/x-headroom-catalog-item"), payload);
    QCOMPARE(CatalogDrag::ids(&data), ids);
    if (!ids.isEmpty()) {
        const std::unique_ptr<QMimeData> made(CatalogDrag::createMimeData(ids));
        QCOMPARE(CatalogDrag::ids(made.get()), ids);
    }
}

void tst_CatalogDrag::otherDragsCarryNoIds()
{
    QMimeData text;
    text.setText(QStringLiteral("dgx-h100"));
    QVERIFY(CatalogDrag::ids(&text).isEmpty());
    QVERIFY(CatalogDrag::ids(nullptr).isEmpty());
}

void tst_CatalogDrag::resolvePrefersTheFrozenRow()
{
    CatalogSnapshot snapshot;
    CatalogItem frozen = LayoutFixtures::server();
    frozen.powerMaxWatts = 1234.0; // as the project froze it
    snapshot.insert(frozen);
    int lookups = 0;
    const CatalogLookup lookup = [&lookups](const QString &id) {
        ++lookups;
        return RackViewHall::lookup()(id);
    };
    const auto resolved =
        CatalogDrag::resolve({frozen.id, LayoutFixtures::switchItem().id}, snapshot, lookup);
    QCOMPARE(resolved.items.size(), 2);
    QCOMPARE(resolved.items.at(0).powerMaxWatts, 1234.0);
    QCOMPARE(resolved.items.at(1).id, LayoutFixtures::switchItem().id);
    QCOMPARE(lookups, 1);
    QVERIFY(resolved.error.isEmpty());
}

void tst_CatalogDrag::resolveNamesTheMissingId()
{
    const auto resolved =
        CatalogDrag::resolve({LayoutFixtures::switchItem().id, QStringLiteral("no-such-item")},
                             CatalogSnapshot(), RackViewHall::lookup());
    QVERIFY(resolved.items.isEmpty());
    QVERIFY(resolved.error.contains(QStringLiteral("no-such-item")));
    const auto nothing = CatalogDrag::resolve({}, CatalogSnapshot(), RackViewHall::lookup());
    QVERIFY(nothing.items.isEmpty());
    QVERIFY(!nothing.error.isEmpty());
}

QTEST_MAIN(tst_CatalogDrag)
#include "tst_catalogdrag.moc"
