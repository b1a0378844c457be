#include "model/layout/catalogsnapshot.h"
#include "model/layout/layoutrules.h"
#include "support/layoutfixtures.h"

#include <QTest>

using namespace LayoutFixtures;

Q_DECLARE_METATYPE(RackFace)

namespace {
// A 42U rack, 1,200 mm deep, with one 4U item (900 mm deep) at U10-U13 on the front.
RackSituation rackWithOneItem()
{
    RackSituation rack;
    rack.rackName = QStringLiteral("R1");
    rack.unitsTotal = 42;
    rack.depthMm = 1200.0;
    rack.maxLoadKg = 1000.0;
    rack.power = power(50000.0, 1);
    rack.spans.push_back({7, 10, 4, RackFace::Front, 900.0, nullptr, QStringLiteral("Existing")});
    return rack;
}
} // namespace

class tst_LayoutRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void span_data();
    void span();
    void depth_data();
    void depth();
    void power_data();
    void power();
    void redundancy_data();
    void redundancy();
    void weight_data();
    void weight();
    void cooling_data();
    void cooling();
    void mounting_data();
    void mounting();
    void configuration_data();
    void configuration();
    void loadFollowsConfiguration_data();
    void loadFollowsConfiguration();
    void placementListsEveryBrokenLimitAndTheBindingOne();
    void physicalLimitBindsBeforeBudgets();
    void brokenLimitsOfARackAsItStands();
};

void tst_LayoutRules::span_data()
{
    QTest::addColumn<int>("bottomU");
    QTest::addColumn<int>("units");
    QTest::addColumn<RackFace>("face");
    QTest::addColumn<double>("depthMm");
    QTest::addColumn<QString>("message"); // empty: fits

    const RackFace front = RackFace::Front;
    const RackFace rear = RackFace::Rear;
    QTest::newRow("bottom U") << 1 << 4 << front << 900.0 << QString();
    QTest::newRow("exactly full to the top") << 39 << 4 << front << 900.0 << QString();
    QTest::newRow("one U over the top")
        << 40 << 4 << front << 900.0
        << QStringLiteral("does not fit: U40–U43 is outside the rack's 42 U");
    QTest::newRow("below U1") << 0 << 1 << front << 900.0
                              << QStringLiteral("does not fit: U0–U0 is outside the rack's 42 U");
    QTest::newRow("touching from below") << 6 << 4 << front << 900.0 << QString();
    QTest::newRow("touching from above") << 14 << 2 << front << 900.0 << QString();
    QTest::newRow("overlapping the top U")
        << 13 << 2 << front << 900.0 << QStringLiteral("U13–U13 is taken by Existing");
    QTest::newRow("inside the item")
        << 11 << 1 << front << 300.0 << QStringLiteral("U11–U11 is taken by Existing");
    QTest::newRow("rear behind a deep item")
        << 10 << 1 << rear << 400.0 << QStringLiteral("U10–U10 is taken by Existing");
    QTest::newRow("rear sharing, depths exactly fill the rack")
        << 10 << 1 << rear << 300.0 << QString();
    QTest::newRow("rear with unknown depth")
        << 12 << 1 << rear << 0.0 << QStringLiteral("U12–U12 is taken by Existing");
}

void tst_LayoutRules::span()
{
    QFETCH(int, bottomU);
    QFETCH(int, units);
    QFETCH(RackFace, face);
    QFETCH(double, depthMm);
    QFETCH(QString, message);
    const auto violation = LayoutRules::checkSpan(rackWithOneItem(), bottomU, units, face, depthMm);
    QCOMPARE(violation.has_value(), !message.isEmpty());
    if (violation) {
        QCOMPARE(violation->limit, LimitKind::Space);
        QCOMPARE(violation->message, message);
    }
}

void tst_LayoutRules::depth_data()
{
    QTest::addColumn<double>("itemMm");
    QTest::addColumn<double>("rackMm");
    QTest::addColumn<QString>("message");
    QTest::newRow("shallower") << 900.0 << 1200.0 << QString();
    QTest::newRow("exactly the rack's depth") << 1200.0 << 1200.0 << QString();
    QTest::newRow("one mm deeper")
        << 1201.0 << 1200.0 << QStringLiteral("too deep for the rack: 1,201 mm of 1,200 mm");
    QTest::newRow("unknown item depth") << 0.0 << 1200.0 << QString();
    QTest::newRow("unknown rack depth") << 1500.0 << 0.0 << QString();
}

void tst_LayoutRules::depth()
{
    QFETCH(double, itemMm);
    QFETCH(double, rackMm);
    QFETCH(QString, message);
    const auto violation = LayoutRules::checkDepth(itemMm, rackMm);
    QCOMPARE(violation ? violation->message : QString(), message);
}

void tst_LayoutRules::power_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<int>("feeds");
    QTest::addColumn<QString>("message");
    // 50 kW breakers: 40 kW per feed after the 80 % derating.
    QTest::newRow("under budget") << 0.0 << 39000.0 << 1 << QString();
    QTest::newRow("exactly at budget") << 0.0 << 40000.0 << 1 << QString();
    QTest::newRow("over budget") << 30000.0 << 44100.0 << 1
                                 << QStringLiteral("would exceed rack power: 44.1 kW of 40 kW");
    QTest::newRow("already over, kept as it is") << 45000.0 << 45000.0 << 1 << QString();
    QTest::newRow("already over, made worse")
        << 45000.0 << 46000.0 << 1 << QStringLiteral("would exceed rack power: 46 kW of 40 kW");
    QTest::newRow("A and B together: at budget") << 0.0 << 80000.0 << 2 << QString();
    QTest::newRow("A and B together: over")
        << 0.0 << 80500.0 << 2 << QStringLiteral("would exceed rack power: 80.5 kW of 80 kW");
}

void tst_LayoutRules::power()
{
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(int, feeds);
    QFETCH(QString, message);
    const auto violation =
        LayoutRules::checkPower(before, after, LayoutFixtures::power(50000.0, feeds));
    QCOMPARE(violation ? violation->message : QString(), message);
    if (violation) {
        QCOMPARE(violation->value, after);
        QCOMPARE(violation->allowed, 40000.0 * feeds);
    }
}

void tst_LayoutRules::redundancy_data()
{
    QTest::addColumn<double>("after");
    QTest::addColumn<int>("feeds");
    QTest::addColumn<QString>("message");
    QTest::newRow("single feed: no redundancy to lose") << 44100.0 << 1 << QString();
    QTest::newRow("one feed carries it") << 30000.0 << 2 << QString();
    QTest::newRow("exactly what one feed carries") << 40000.0 << 2 << QString();
    QTest::newRow("more than one feed carries")
        << 44100.0 << 2
        << QStringLiteral("would lose A/B redundancy: one feed would carry 44.1 kW of 40 kW");
}

void tst_LayoutRules::redundancy()
{
    QFETCH(double, after);
    QFETCH(int, feeds);
    QFETCH(QString, message);
    const auto violation =
        LayoutRules::checkRedundancy(0.0, after, LayoutFixtures::power(50000.0, feeds));
    QCOMPARE(violation ? violation->message : QString(), message);
}

void tst_LayoutRules::weight_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<double>("limit");
    QTest::addColumn<QString>("message");
    QTest::newRow("under") << 0.0 << 900.0 << 1000.0 << QString();
    QTest::newRow("exactly at the rating") << 950.0 << 1000.0 << 1000.0 << QString();
    QTest::newRow("over") << 950.0 << 1010.0 << 1000.0
                          << QStringLiteral("would exceed rack load: 1,010 kg of 1,000 kg");
    QTest::newRow("unknown rating") << 0.0 << 5000.0 << 0.0 << QString();
}

void tst_LayoutRules::weight()
{
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(double, limit);
    QFETCH(QString, message);
    const auto violation = LayoutRules::checkWeight(before, after, limit);
    QCOMPARE(violation ? violation->message : QString(), message);
}

void tst_LayoutRules::cooling_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("after");
    QTest::addColumn<QString>("message");
    QTest::newRow("air at its 30 kW ceiling") << int(CoolingType::Air) << 30000.0 << QString();
    QTest::newRow("air over") << int(CoolingType::Air) << 31000.0
                              << QStringLiteral("would exceed air cooling: 31 kW of 30 kW");
    QTest::newRow("rear door takes 45 kW") << int(CoolingType::RearDoor) << 45000.0 << QString();
    QTest::newRow("rear door over")
        << int(CoolingType::RearDoor) << 61000.0
        << QStringLiteral("would exceed rear-door heat exchanger cooling: 61 kW of 60 kW");
    QTest::newRow("liquid takes 120 kW") << int(CoolingType::DirectLiquid) << 120000.0 << QString();
}

void tst_LayoutRules::cooling()
{
    QFETCH(int, type);
    QFETCH(double, after);
    QFETCH(QString, message);
    const auto violation =
        LayoutRules::checkCooling(0.0, after, RackCooling::ofType(static_cast<CoolingType>(type)));
    QCOMPARE(violation ? violation->message : QString(), message);
}

void tst_LayoutRules::mounting_data()
{
    QTest::addColumn<CatalogItem>("item");
    QTest::addColumn<int>("cooling");
    QTest::addColumn<bool>("fits");
    CatalogItem liquid = server(QStringLiteral("liquid-server"));
    liquid.cooling = QStringLiteral("liquid");
    CatalogItem either = server(QStringLiteral("either-server"));
    either.cooling = QStringLiteral("air or liquid");
    QTest::newRow("server") << server() << int(CoolingType::Air) << true;
    QTest::newRow("switch") << switchItem() << int(CoolingType::Air) << true;
    QTest::newRow("0U PDU") << pdu() << int(CoolingType::Air) << false;
    QTest::newRow("accelerator card")
        << accelerator(QStringLiteral("gpu-a"), 700.0) << int(CoolingType::Air) << false;
    QTest::newRow("rack into rack") << rackType() << int(CoolingType::Air) << false;
    QTest::newRow("liquid-only server in an air rack") << liquid << int(CoolingType::Air) << false;
    QTest::newRow("liquid-only server behind a rear door")
        << liquid << int(CoolingType::RearDoor) << false;
    QTest::newRow("liquid-only server on liquid")
        << liquid << int(CoolingType::DirectLiquid) << true;
    QTest::newRow("air or liquid server in an air rack") << either << int(CoolingType::Air) << true;
}

void tst_LayoutRules::mounting()
{
    QFETCH(CatalogItem, item);
    QFETCH(int, cooling);
    QFETCH(bool, fits);
    const auto violation =
        LayoutRules::checkMounting(item, RackCooling::ofType(static_cast<CoolingType>(cooling)));
    QCOMPARE(!violation.has_value(), fits);
    if (violation)
        QVERIFY(!violation->message.isEmpty());
}

void tst_LayoutRules::configuration_data()
{
    QTest::addColumn<QString>("accelerator");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("drives");
    QTest::addColumn<QString>("message");
    QTest::newRow("catalog build") << QStringLiteral("gpu-a") << 8 << 8 << QString();
    QTest::newRow("second option, half full") << QStringLiteral("gpu-b") << 4 << 0 << QString();
    QTest::newRow("not an option")
        << QStringLiteral("gpu-z") << 8 << 8
        << QStringLiteral("Test test-server does not offer accelerator 'gpu-z'");
    QTest::newRow("one accelerator too many")
        << QStringLiteral("gpu-a") << 9 << 8
        << QStringLiteral("Test test-server holds at most 8 accelerator(s)");
    QTest::newRow("one drive too many") << QStringLiteral("gpu-a") << 8 << 9
                                        << QStringLiteral("Test test-server has 8 drive bay(s)");
    QTest::newRow("negative drives") << QStringLiteral("gpu-a") << 8 << -1
                                     << QStringLiteral("Test test-server has 8 drive bay(s)");
}

void tst_LayoutRules::configuration()
{
    QFETCH(QString, accelerator);
    QFETCH(int, count);
    QFETCH(int, drives);
    QFETCH(QString, message);
    const auto violation = LayoutRules::checkConfiguration(server(), {accelerator, count, drives});
    QCOMPARE(violation ? violation->message : QString(), message);
}

void tst_LayoutRules::loadFollowsConfiguration_data()
{
    QTest::addColumn<QString>("accelerator");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("typicalMilliwatts");
    QTest::addColumn<qint64>("maxMilliwatts");
    // test-server: 4 kW typical, 5 kW maximum with 8 x gpu-a (700 W). gpu-b is 350 W.
    QTest::newRow("catalog build")
        << QStringLiteral("gpu-a") << 8 << qint64(4000000) << qint64(5000000);
    QTest::newRow("default accelerator by empty id")
        << QString() << 8 << qint64(4000000) << qint64(5000000);
    QTest::newRow("four fewer: minus 4 x 700 W")
        << QStringLiteral("gpu-a") << 4 << qint64(1200000) << qint64(2200000);
    QTest::newRow("eight of the 350 W option: minus 8 x 350 W")
        << QStringLiteral("gpu-b") << 8 << qint64(1200000) << qint64(2200000);
    QTest::newRow("none: never below zero")
        << QStringLiteral("gpu-a") << 0 << qint64(0) << qint64(0);
}

void tst_LayoutRules::loadFollowsConfiguration()
{
    QFETCH(QString, accelerator);
    QFETCH(int, count);
    QFETCH(qint64, typicalMilliwatts);
    QFETCH(qint64, maxMilliwatts);
    CatalogSnapshot catalog;
    catalog.insert(LayoutFixtures::accelerator(QStringLiteral("gpu-a"), 700.0));
    catalog.insert(LayoutFixtures::accelerator(QStringLiteral("gpu-b"), 350.0));
    const LayoutLoad load = LayoutRules::loadOf(server(), {accelerator, count, 8}, catalog);
    QCOMPARE(load.powerTypicalMilliwatts, typicalMilliwatts);
    QCOMPARE(load.powerMaxMilliwatts, maxMilliwatts);
    QCOMPARE(load.massGrams, qint64(50000));
}

void tst_LayoutRules::placementListsEveryBrokenLimitAndTheBindingOne()
{
    // 38 kW maximum and 980 kg already in a single-feed air rack; a 5 kW / 4 kW / 50 kg
    // server breaks power (43 of 40 kW, 7.5 % over), weight (1,030 of 1,000 kg, 3 %
    // over) and air cooling (34 of 30 kW typical, 13 % over): cooling binds.
    RackSituation rack = rackWithOneItem();
    rack.load = {LayoutLoad::milli(30000.0), LayoutLoad::milli(38000.0), LayoutLoad::milli(980.0)};
    rack.baseline = rack.load;
    CatalogSnapshot catalog;
    const RuleCheck check = LayoutRules::checkPlacement(rack, server(), 20, RackFace::Front,
                                                        {QStringLiteral("gpu-a"), 8, 8}, catalog);
    QCOMPARE(check.violations.size(), size_t(3));
    QVERIFY(check.breaks(LimitKind::Power));
    QVERIFY(check.breaks(LimitKind::Weight));
    QVERIFY(check.breaks(LimitKind::Cooling));
    QVERIFY(check.isPhysicallyPossible());
    QCOMPARE(check.binding()->limit, LimitKind::Cooling);
    QCOMPARE(check.message(), QStringLiteral("would exceed air cooling: 34 kW of 30 kW"));
}

void tst_LayoutRules::physicalLimitBindsBeforeBudgets()
{
    RackSituation rack = rackWithOneItem();
    rack.load = {LayoutLoad::milli(30000.0), LayoutLoad::milli(38000.0), 0};
    rack.baseline = rack.load;
    CatalogSnapshot catalog;
    const RuleCheck check = LayoutRules::checkPlacement(rack, server(), 12, RackFace::Front,
                                                        {QStringLiteral("gpu-a"), 8, 8}, catalog);
    QVERIFY(check.breaks(LimitKind::Power));
    QVERIFY(!check.isPhysicallyPossible());
    QCOMPARE(check.binding()->limit, LimitKind::Space);
    QCOMPARE(check.message(), QStringLiteral("U12–U13 is taken by Existing"));

    const RuleCheck free =
        LayoutRules::checkPlacement(rackWithOneItem(), server(), 30, RackFace::Front, {}, catalog);
    QVERIFY(free.fits());
    QCOMPARE(free.binding(), nullptr);
    QCOMPARE(free.message(), QString());
}

void tst_LayoutRules::brokenLimitsOfARackAsItStands()
{
    Rack rack;
    rack.power = LayoutFixtures::power(50000.0, 2); // 80 kW with both feeds, 40 kW on one
    rack.cooling = RackCooling::ofType(CoolingType::RearDoor);
    LayoutTotals totals;
    totals.load = {LayoutLoad::milli(30000.0), LayoutLoad::milli(44100.0),
                   LayoutLoad::milli(500.0)};
    totals.massLimitGrams = LayoutLoad::milli(1000.0);
    const RuleCheck check = LayoutRules::brokenLimits(rack, totals);
    QCOMPARE(check.violations.size(), size_t(1));
    QCOMPARE(check.binding()->limit, LimitKind::Redundancy);
    QCOMPARE(check.message(),
             QStringLiteral("not A/B redundant: one feed would carry 44.1 kW of 40 kW"));

    totals.load.massGrams = LayoutLoad::milli(1200.0);
    totals.load.powerTypicalMilliwatts = LayoutLoad::milli(66000.0);
    const RuleCheck more = LayoutRules::brokenLimits(rack, totals);
    QCOMPARE(more.violations.size(), size_t(3));
    QVERIFY(more.breaks(LimitKind::Weight));
    QCOMPARE(more.binding()->message, // 20 % over the load rating, 10 % over cooling
             QStringLiteral("exceeds rack load: 1,200 kg of 1,000 kg"));
    QVERIFY(more.breaks(LimitKind::Cooling));
}

QTEST_GUILESS_MAIN(tst_LayoutRules)
#include "tst_layoutrules.moc"
