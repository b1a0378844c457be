#include "model/project/project.h"
#include "model/quote/bomderivation.h"
#include "support/quotefixtures.h"

#include <QTest>

// The bill of materials of QuoteFixtures' hall, worked out by hand from the fixture and
// BomRules (one compute port per GPU, two front-end ports per server, one management port
// per server, switch and PDU, two transceivers and one cable per optical link):
//   servers: oem-server catalog build x2 at $200,000; oem-server with 8x gpu-b and 4
//     drives x1 at 200,000 + 8 x 30,000 - 8 x 25,000 = $240,000; dgx-server x1 at $300,000
//   ports: compute 3 x 8 + 1 x 8 = 32 at 400G; front end 4 x 2 = 8 at 200G;
//     management 4 servers + 2 switches + 4 PDUs = 10 at 1G
//   adapters (the three OEM servers only; NVIDIA includes its own): 3 x 8 = 24 single-port
//     400G cards, 3 x ceil(2 / 2) = 3 dual-port 200G cards
//   transceivers: 32 x 2 = 64 at 400G (catalog row), 8 x 2 = 16 at 200G (none in the
//     catalog: unpriced); cables: 32 fiber at 400G, 8 fiber at 200G, 10 copper at 1G
//   switches 1 + 1 (the 1 GbE one unpriced), racks 2, PDUs 2 x 2 = 4
class tst_BomDerivation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handCheckedLines_data();
    void handCheckedLines();
    void noOtherLines();
    void linesAreGroupedByCategory();
    void configurationPriceIsExplained();
    void portsAndFigures();
    void tooFewSwitchPortsWarn();
    void otherCurrencyIsUnpriced();
    void unpricedAcceleratorLeavesConfigurationUnpriced();
    void emptyHallHasNoLines();
    void pduMissingFromTheSnapshotStaysAsALine();

private:
    Bom derive() const { return m_project.quote()->bom(*m_project.hall()); }
    const QuoteLine *line(const Bom &bom, const QString &sku) const
    {
        for (const QuoteLine &l : bom.lines) {
            if (l.sku == sku)
                return &l;
        }
        return nullptr;
    }
    Project m_project;
};

void tst_BomDerivation::initTestCase()
{
    m_project.load(QuoteFixtures::content(), QString());
}

void tst_BomDerivation::handCheckedLines_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QuoteLineCategory>("category");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<bool>("priced");
    QTest::addColumn<qint64>("unitPriceMinor");

    auto row = [](const char *name, const char *sku, QuoteLineCategory category, qint64 quantity,
                  bool priced, qint64 unitPriceMinor) {
        QTest::newRow(name) << QString::fromLatin1(sku) << category << quantity << priced
                            << unitPriceMinor;
    };
    using C = QuoteLineCategory;
    row("OEM servers as the catalog builds them", "oem-server", C::Server, 2, true, 20000000);
    row("OEM server with other GPUs and fewer drives", "oem-server+8x-gpu-b+4-drives", C::Server, 1,
        true, 24000000);
    row("NVIDIA system", "dgx-server", C::Server, 1, true, 30000000);
    row("InfiniBand switch", "ib-switch", C::Switch, 1, true, 3000000);
    row("management switch without a price", "mgmt-switch", C::Switch, 1, false, 0);
    row("compute adapters, one port per GPU", "nic-1x400", C::Nic, 24, true, 200000);
    row("front-end adapters, two ports per server", "nic-2x200", C::Nic, 3, true, 250000);
    row("400G transceivers, two per link", "optic-400", C::Optic, 64, true, 90000);
    row("200G transceivers not in the catalog", "optic-200g", C::Optic, 16, false, 0);
    row("400G fiber, one per link", "cable-fiber-400g", C::Cable, 32, false, 0);
    row("200G fiber, one per link", "cable-fiber-200g", C::Cable, 8, false, 0);
    row("management copper", "cable-copper-1g", C::Cable, 10, false, 0);
    row("racks", "rack-42u", C::Rack, 2, true, 150000);
    row("PDUs, two per rack", "pdu-a", C::Pdu, 4, true, 90000);
}

void tst_BomDerivation::handCheckedLines()
{
    QFETCH(QString, sku);
    QFETCH(QuoteLineCategory, category);
    QFETCH(qint64, quantity);
    QFETCH(bool, priced);
    QFETCH(qint64, unitPriceMinor);
    const Bom bom = derive();
    const QuoteLine *found = line(bom, sku);
    QVERIFY2(found, qPrintable(sku));
    QCOMPARE(found->category, category);
    QCOMPARE(found->quantity, quantity);
    QCOMPARE(found->listPriceKnown, priced);
    QCOMPARE(found->isPriced(), priced);
    if (priced)
        QCOMPARE(found->listUnitPriceMinor, unitPriceMinor);
    else
        QVERIFY2(!found->note.isEmpty(), "an unpriced line says why");
}

void tst_BomDerivation::noOtherLines()
{
    // 14 lines above, nothing counted twice (the compute and front-end adapters differ).
    QCOMPARE(derive().lines.size(), 14);
}

void tst_BomDerivation::linesAreGroupedByCategory()
{
    const Bom bom = derive();
    for (int i = 1; i < bom.lines.size(); ++i)
        QVERIFY2(bom.lines.at(i - 1).category <= bom.lines.at(i).category,
                 qPrintable(bom.lines.at(i).sku));
    QCOMPARE(bom.lines.first().category, QuoteLineCategory::Server);
    QCOMPARE(bom.lines.last().category, QuoteLineCategory::Pdu);
}

void tst_BomDerivation::configurationPriceIsExplained()
{
    const Bom bom = derive();
    const QuoteLine *other = line(bom, QStringLiteral("oem-server+8x-gpu-b+4-drives"));
    QVERIFY(other);
    QVERIFY2(other->description.contains(QStringLiteral("8× Acme GPU-B")),
             qPrintable(other->description));
    QVERIFY2(other->description.contains(QStringLiteral("4 of 8 drive bays")),
             qPrintable(other->description));
    // 8 x ($30,000 - $25,000) more than the catalog build, said in the line.
    QVERIFY2(other->note.contains(QStringLiteral("+$40,000.00")), qPrintable(other->note));
    QVERIFY2(other->note.contains(QStringLiteral("8× Acme GPU-A")), qPrintable(other->note));
    QVERIFY2(other->note.contains(QStringLiteral("drives")), qPrintable(other->note));
    const QuoteLine *build = line(bom, QStringLiteral("oem-server"));
    QVERIFY(build->note.isEmpty());
}

void tst_BomDerivation::portsAndFigures()
{
    const Bom bom = derive();
    QCOMPARE(bom.ports.computePorts, qint64(32));
    QCOMPARE(bom.ports.computeBitsPerSecond, 400e9);
    QCOMPARE(bom.ports.frontEndPorts, qint64(8));
    QCOMPARE(bom.ports.frontEndBitsPerSecond, 200e9);
    QCOMPARE(bom.ports.managementPorts, qint64(10));
    QCOMPARE(bom.ports.fabricSwitchPorts, qint64(64));
    QCOMPARE(bom.ports.managementSwitchPorts, qint64(48));
    QVERIFY2(bom.warnings.isEmpty(), qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(bom.figures.rackCount, 2);
    QCOMPARE(bom.figures.serverCount, 4);
    QCOMPARE(bom.figures.acceleratorCount, 32);
    // 3 x 9 kW + 10 kW + the two switches' 0 W.
    QCOMPARE(bom.figures.powerMaxWatts, 37000.0);
}

void tst_BomDerivation::tooFewSwitchPortsWarn()
{
    // Without the InfiniBand switch the 40 fabric ports have nowhere to go.
    Project project;
    ProjectContent content = QuoteFixtures::content();
    auto &placements = content.rows[0].racks[1].placements;
    placements.erase(placements.begin() + 1); // ib-switch
    project.load(content, QString());
    const Bom bom = project.quote()->bom(*project.hall());
    QCOMPARE(bom.warnings.size(), 1);
    QVERIFY2(bom.warnings.first().contains(QStringLiteral("40 fabric ports")),
             qPrintable(bom.warnings.first()));
    QCOMPARE(bom.ports.managementPorts, qint64(9));
}

void tst_BomDerivation::otherCurrencyIsUnpriced()
{
    const Bom bom = BomDerivation::derive(*m_project.hall(), m_project.quote()->networkParts(),
                                          QStringLiteral("EUR"));
    for (const QuoteLine &l : bom.lines) {
        QVERIFY2(!l.isPriced(), qPrintable(l.sku));
        QVERIFY(!l.note.isEmpty());
    }
    QVERIFY(line(bom, QStringLiteral("rack-42u"))->note.contains(QStringLiteral("USD")));
}

void tst_BomDerivation::unpricedAcceleratorLeavesConfigurationUnpriced()
{
    Project project;
    ProjectContent content = QuoteFixtures::content();
    for (CatalogItem &item : content.catalog) {
        if (item.id == QLatin1String("gpu-b"))
            item.price.reset();
    }
    project.load(content, QString());
    const Bom bom = project.quote()->bom(*project.hall());
    const QuoteLine *other = line(bom, QStringLiteral("oem-server+8x-gpu-b+4-drives"));
    QVERIFY(!other->isPriced());
    QVERIFY2(other->note.contains(QStringLiteral("GPU-B")), qPrintable(other->note));
    // The catalog build is unaffected.
    QVERIFY(line(bom, QStringLiteral("oem-server"))->isPriced());
}

void tst_BomDerivation::emptyHallHasNoLines()
{
    Project project;
    const Bom bom = project.quote()->bom(*project.hall());
    QVERIFY(bom.lines.isEmpty());
    QVERIFY(bom.warnings.isEmpty());
    QCOMPARE(bom.figures, HallFigures {});
}

void tst_BomDerivation::pduMissingFromTheSnapshotStaysAsALine()
{
    // A project whose snapshot lost the PDU row still lists the PDUs in the rack, unpriced
    // and with a warning, as it does for any other item.
    Project project;
    ProjectContent content = QuoteFixtures::content();
    content.catalog.removeIf(
        [](const CatalogItem &item) { return item.id == QLatin1String("pdu-a"); });
    project.load(content, QString());
    const Bom bom = project.quote()->bom(*project.hall());
    const QuoteLine *pdu = line(bom, QStringLiteral("pdu-a"));
    QVERIFY(pdu);
    QCOMPARE(pdu->category, QuoteLineCategory::Pdu);
    QCOMPARE(pdu->quantity, qint64(4)); // two in each of the two racks
    QVERIFY(!pdu->isPriced());
    QVERIFY(bom.warnings.contains(pdu->note));
}

QTEST_GUILESS_MAIN(tst_BomDerivation)
#include "tst_bomderivation.moc"
