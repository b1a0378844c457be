#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "views/layout/layouttooltips.h"

#include <QTest>

using namespace RackViewHall;

class tst_LayoutToolTips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void placementNamesSpanPowerAndWeight();
    void rackShowsTotalsAndBrokenLimits();
    void rowSummarisesItsRacks();
    void unknownIdsGiveNothing();
};

void tst_LayoutToolTips::placementNamesSpanPowerAndWeight()
{
    const auto h = make();
    const QString tip = LayoutToolTips::placement(*h->hall(), h->a1Servers.at(1));
    QVERIFY(tip.contains(QStringLiteral("<b>Test test-server</b>")));
    QVERIFY(tip.contains(QStringLiteral("U5–U8, front")));
    QVERIFY(tip.contains(QStringLiteral("Power: 4 kW typical, 5 kW maximum")));
    QVERIFY(tip.contains(QStringLiteral("Weight: 50 kg")));
}

void tst_LayoutToolTips::rackShowsTotalsAndBrokenLimits()
{
    const auto h = make();
    QString tip = LayoutToolTips::rack(*h->hall(), h->a1);
    QVERIFY(tip.contains(QStringLiteral("<b>A1</b> — Test Rack 42U")));
    QVERIFY(tip.contains(QStringLiteral("Space: 28 of 42 U used")));
    QVERIFY(tip.contains(QStringLiteral("Power: 35 kW maximum of 40 kW budget")));
    QVERIFY(tip.contains(QStringLiteral("Nearest limit: Rack power at 88%")));
    QVERIFY(!tip.contains(QStringLiteral("would exceed")));
    h->editor().placeItem(h->a1, heavyServer(), 33, RackFace::Front, {}, BudgetPolicy::Allow);
    tip = LayoutToolTips::rack(*h->hall(), h->a1);
    QVERIFY(tip.contains(QStringLiteral("exceeds rack power: 44.1 kW of 40 kW")));
}

void tst_LayoutToolTips::rowSummarisesItsRacks()
{
    const auto h = make();
    const QString tip = LayoutToolTips::row(*h->hall(), h->rowA);
    QVERIFY(tip.contains(QStringLiteral("<b>Row A</b>")));
    QVERIFY(tip.contains(QStringLiteral("2 rack(s), 28 of 84 U used")));
    QVERIFY(tip.contains(QStringLiteral("Power: 35 kW maximum of 80 kW budget")));
}

void tst_LayoutToolTips::unknownIdsGiveNothing()
{
    const auto h = make();
    QVERIFY(LayoutToolTips::placement(*h->hall(), 9999).isEmpty());
    QVERIFY(LayoutToolTips::rack(*h->hall(), 9999).isEmpty());
    QVERIFY(LayoutToolTips::row(*h->hall(), 9999).isEmpty());
}

QTEST_MAIN(tst_LayoutToolTips)
#include "tst_layouttooltips.moc"
