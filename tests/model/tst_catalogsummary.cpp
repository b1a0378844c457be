#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogsummary.h"
#include "model/core/unitformat.h"

#include <QTest>

class tst_CatalogSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keySpecs_data();
    void keySpecs();
    void everyKindHasKeySpecs();

private:
    CatalogDatabase m_db;
};

void tst_CatalogSummary::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogSummary::keySpecs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("specs");
    QTest::newRow("server") << "nvidia-dgx-h100"
                            << "8U, Accelerators 8, Maximum power 10.2 kW, Weight 130 kg";
    QTest::newRow("accelerator")
        << "nvidia-h100-sxm5-80gb"
        << "Memory 80 GB, Memory bandwidth 3.35 TB/s, Dense BF16 peak 989 TFLOP/s, TDP 700 W";
    QTest::newRow("drive") << "samsung-pm1743-15tb"
                           << "Capacity 15.4 TB, Read bandwidth 13 GB/s, Write bandwidth 6.6 GB/s, "
                              "Maximum power 25 W";
    QTest::newRow("switch") << "nvidia-quantum-2-qm9700"
                            << "Ports 64, Port speed 400 Gb/s, Switching capacity 51.2 Tb/s, 1U, "
                               "Maximum power 1.7 kW";
    QTest::newRow("rack") << "apc-netshelter-sx-ar3100"
                          << "42U, Width 600 mm, Depth 1070 mm, Maximum load 1701 kg";
    QTest::newRow("PDU") << "apc-ap8888"
                         << "Power capacity 23 kW, Outlets 42, Electrical 400V 3-phase input (IEC "
                            "60309 3P+N+E 6h), 240V outlets, 23 kVA";
    QTest::newRow("placeholder with nothing known") << "aivres-kr4268v2"
                                                    << "";
}

void tst_CatalogSummary::keySpecs()
{
    QFETCH(QString, id);
    QFETCH(QString, specs);
    QCOMPARE(CatalogSummary::keySpecs(*m_db.item(id), UnitFormat(QLocale::c())), specs);
}

void tst_CatalogSummary::everyKindHasKeySpecs()
{
    for (int i = 0; i < static_cast<int>(ItemKind::Count); ++i)
        QVERIFY(!CatalogSummary::keySpecFields(static_cast<ItemKind>(i)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CatalogSummary)
#include "tst_catalogsummary.moc"
