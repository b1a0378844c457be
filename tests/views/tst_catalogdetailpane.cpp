#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "support/stringlist.h"
#include "views/catalog/catalogdetailpane.h"

#include <QLabel>
#include <QTest>

class tst_CatalogDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void empty();
    void everySpecOfTheKind_data();
    void everySpecOfTheKind();
    void unverifiedItemsSaySoFirst();

private:
    CatalogDatabase m_db;
};

void tst_CatalogDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogDetailPane::empty()
{
    CatalogDetailPane pane;
    QVERIFY(pane.plainText().startsWith(QStringLiteral("No item selected")));
}

void tst_CatalogDetailPane::everySpecOfTheKind_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("accelerator") << "nvidia-h100-sxm5-80gb"
                                 << HeadroomTest::stringList(
                                        {"Generation", "Hopper", "Memory", "80 GB", "Memory type",
                                         "HBM3", "Memory bandwidth", "3.35 TB/s", "Dense FP8 peak",
                                         "1.98 PFLOP/s", "Scale-up domain size", "8", "Price",
                                         "$27,500.00", "Source"});
    QTest::newRow("rack") << "apc-netshelter-sx-ar3100"
                          << HeadroomTest::stringList({"Height in rack units", "42U", "Depth",
                                                       "1,070 mm", "Maximum load", "1,701 kg",
                                                       "Confidence", "High"});
    QTest::newRow("server options")
        << "dell-poweredge-xe9680"
        << HeadroomTest::stringList({"Accelerator options",
                                     "nvidia-h100-sxm5-80gb, nvidia-h200-sxm-141gb",
                                     "Configuration", "GPU options: 8x NVIDIA H100 SXM5"});
}

void tst_CatalogDetailPane::everySpecOfTheKind()
{
    QFETCH(QString, id);
    QFETCH(QStringList, lines);
    CatalogDetailPane pane;
    pane.setItem(m_db.item(id));
    const QString text = pane.plainText();
    for (const QString &line : lines)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in\n") + text));
    // Nothing of another kind.
    QVERIFY(!text.contains(id.startsWith(QLatin1String("apc")) ? QStringLiteral("Memory")
                                                               : QStringLiteral("Maximum load")));
}

void tst_CatalogDetailPane::unverifiedItemsSaySoFirst()
{
    CatalogDetailPane pane;
    pane.show();
    pane.setItem(m_db.item(QStringLiteral("hpe-proliant-dl380a-gen11")));
    auto *warning = pane.findChild<QLabel *>(QStringLiteral("unverifiedWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().startsWith(QStringLiteral("Unverified")));
    pane.setItem(m_db.item(QStringLiteral("nvidia-dgx-b200")));
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(tst_CatalogDetailPane)
#include "tst_catalogdetailpane.moc"
