#include "model/quote/networkparts.h"

#include <QTest>

namespace {
CatalogItem part(const char *id, ItemKind kind, int ports, double bitsPerSecond,
                 const char *category = "")
{
    CatalogItem item;
    item.id = QLatin1String(id);
    item.kind = kind;
    item.model = QLatin1String(id);
    item.category = QLatin1String(category);
    item.portCount = ports;
    item.portSpeedBitsPerSecond = bitsPerSecond;
    return item;
}
} // namespace

// Which catalog rows the bill of materials counts network ports with.
class tst_NetworkParts : public QObject
{
    Q_OBJECT

private slots:
    void picks_data();
    void picks();
    void shippedPartsAreAdaptersAndOptics();
};

void tst_NetworkParts::picks_data()
{
    QTest::addColumn<QList<CatalogItem>>("items");
    QTest::addColumn<QString>("compute");
    QTest::addColumn<QString>("frontEnd");
    QTest::addColumn<QString>("transceiver400");
    QTest::addColumn<QString>("cable400");

    const CatalogItem single400 = part("nic-1x400", ItemKind::Nic, 1, 400e9);
    const CatalogItem dual400 = part("nic-2x400", ItemKind::Nic, 2, 400e9);
    const CatalogItem dual200 = part("nic-2x200", ItemKind::Nic, 2, 200e9);
    const CatalogItem optic = part("osfp-400", ItemKind::Optic, 1, 400e9, "optic");
    const CatalogItem dac = part("dac-400", ItemKind::Optic, 1, 400e9, "DAC cable");
    QTest::newRow("ConnectX-7 and BlueField-3, as shipped")
        << QList<CatalogItem> {dual200, single400, optic} << QStringLiteral("nic-1x400")
        << QStringLiteral("nic-2x200") << QStringLiteral("osfp-400") << QString();
    QTest::newRow("fastest port wins, fewer ports on a tie")
        << QList<CatalogItem> {dual400, single400, dual200} << QStringLiteral("nic-1x400")
        << QStringLiteral("nic-2x400") << QString() << QString();
    QTest::newRow("one adapter serves both fabrics")
        << QList<CatalogItem> {single400} << QStringLiteral("nic-1x400")
        << QStringLiteral("nic-1x400") << QString() << QString();
    QTest::newRow("a cable is not a transceiver")
        << QList<CatalogItem> {dac, optic} << QString() << QString() << QStringLiteral("osfp-400")
        << QStringLiteral("dac-400");
    QTest::newRow("nothing frozen")
        << QList<CatalogItem> {} << QString() << QString() << QString() << QString();
}

void tst_NetworkParts::picks()
{
    QFETCH(QList<CatalogItem>, items);
    QFETCH(QString, compute);
    QFETCH(QString, frontEnd);
    QFETCH(QString, transceiver400);
    QFETCH(QString, cable400);
    const NetworkParts parts(items);
    auto id = [](const CatalogItem *item) { return item ? item->id : QString(); };
    QCOMPARE(id(parts.computeAdapter()), compute);
    QCOMPARE(id(parts.frontEndAdapter()), frontEnd);
    QCOMPARE(id(parts.transceiver(400e9)), transceiver400);
    QCOMPARE(id(parts.cable(400e9)), cable400);
    QCOMPARE(id(parts.transceiver(200e9)), QString());
}

void tst_NetworkParts::shippedPartsAreAdaptersAndOptics()
{
    const QList<CatalogItem> shipped = NetworkParts::shipped();
    QVERIFY(shipped.size() >= 3);
    for (const CatalogItem &item : shipped)
        QVERIFY(item.kind == ItemKind::Nic || item.kind == ItemKind::Optic);
    // The catalog Headroom ships: ConnectX-7 for compute, BlueField-3 for the front end.
    const NetworkParts parts(shipped);
    QCOMPARE(parts.computeAdapter()->id, QStringLiteral("nvidia-connectx-7"));
    QCOMPARE(parts.frontEndAdapter()->id, QStringLiteral("nvidia-bluefield-3"));
    QCOMPARE(parts.transceiver(400e9)->id, QStringLiteral("nvidia-mms4x00-ns400"));
}

QTEST_GUILESS_MAIN(tst_NetworkParts)
#include "tst_networkparts.moc"
