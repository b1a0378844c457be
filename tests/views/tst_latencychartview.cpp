#include "support/testenvironment.h"
#include "views/charts/latencychartview.h"

#include <QTest>
#include <qcustomplot.h>

class tst_LatencyChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void emptyWithoutAService();
    void curvesInMillisecondsOnTwoAxes();
    void targetsAndOperatingPoint_data();
    void targetsAndOperatingPoint();
    void toolTipAtTheNearestComputedPoint();
};

namespace {
LatencyChartView::Data service()
{
    LatencyChartView::Data data;
    data.workloadName = QStringLiteral("Chat service");
    // TTFT 200 ms rising to 2 s, TPOT 20 ms rising to 60 ms, from 10 to 80 requests/s.
    for (int i = 0; i < 8; ++i)
        data.curve.append({10.0 * (i + 1), 0.2 + 0.25 * i * i / 7.0, 0.02 + 0.04 * i / 7.0});
    data.ttftTargetSeconds = 1.0;
    data.tpotTargetSeconds = 0.05;
    data.hasOperatingPoint = true;
    data.operatingPoint = {50.0, 0.6, 0.04};
    data.operatingLow = {50.0, 0.5, 0.035};
    data.operatingHigh = {50.0, 0.8, 0.045};
    data.assumptions = QStringLiteral("decode bandwidth efficiency 0.6");
    return data;
}
} // namespace

void tst_LatencyChartView::emptyWithoutAService()
{
    LatencyChartView view;
    QVERIFY(view.ttftGraph()->data()->isEmpty());
    QVERIFY(!view.ttftTarget()->visible());
    QVERIFY(view.toolTipAt(QPointF(100, 100)).isEmpty());
}

void tst_LatencyChartView::curvesInMillisecondsOnTwoAxes()
{
    LatencyChartView view;
    view.setData(service());
    QCOMPARE(view.ttftGraph()->data()->size(), 8);
    QCOMPARE(view.ttftGraph()->data()->at(0)->key, 10.0);
    QCOMPARE(view.ttftGraph()->data()->at(0)->value, 200.0);
    QCOMPARE(view.tpotGraph()->data()->at(7)->value, 60.0);
    QCOMPARE(view.ttftGraph()->valueAxis(), view.plot()->yAxis);
    QCOMPARE(view.tpotGraph()->valueAxis(), view.plot()->yAxis2);
    // The axes hold the highest curve and the targets.
    QVERIFY(view.plot()->yAxis->range().upper > 2000.0);
    QVERIFY(view.plot()->yAxis2->range().upper > 60.0);
    QVERIFY(view.plot()->xAxis->range().upper >= 80.0);
}

void tst_LatencyChartView::targetsAndOperatingPoint_data()
{
    QTest::addColumn<double>("ttftTarget");
    QTest::addColumn<double>("tpotTarget");
    QTest::addColumn<bool>("operating");
    QTest::newRow("both targets, assigned") << 1.0 << 0.05 << true;
    QTest::newRow("TTFT target only") << 1.0 << 0.0 << true;
    QTest::newRow("not assigned") << 1.0 << 0.05 << false;
}

void tst_LatencyChartView::targetsAndOperatingPoint()
{
    QFETCH(double, ttftTarget);
    QFETCH(double, tpotTarget);
    QFETCH(bool, operating);
    LatencyChartView::Data data = service();
    data.ttftTargetSeconds = ttftTarget;
    data.tpotTargetSeconds = tpotTarget;
    data.hasOperatingPoint = operating;
    LatencyChartView view;
    view.setData(data);
    QCOMPARE(view.ttftTarget()->visible(), ttftTarget > 0.0);
    QCOMPARE(view.tpotTarget()->visible(), tpotTarget > 0.0);
    if (ttftTarget > 0.0) {
        QCOMPARE(view.ttftTarget()->point1->coords().y(), ttftTarget * 1000.0);
        QCOMPARE(view.ttftTarget()->point1->valueAxis(), view.plot()->yAxis);
    }
    if (tpotTarget > 0.0)
        QCOMPARE(view.tpotTarget()->point1->valueAxis(), view.plot()->yAxis2);
    QCOMPARE(view.operatingTtft()->data()->size(), operating ? 1 : 0);
    if (operating) {
        QCOMPARE(view.operatingTtft()->data()->at(0)->key, 50.0);
        QCOMPARE(view.operatingTtft()->data()->at(0)->value, 600.0);
        QCOMPARE(view.operatingTpot()->data()->at(0)->value, 40.0);
    }
}

void tst_LatencyChartView::toolTipAtTheNearestComputedPoint()
{
    LatencyChartView view;
    view.setData(service());
    view.resize(600, 400);
    view.plot()->replot();
    const double x = view.plot()->xAxis->coordToPixel(21.0); // nearest: 20 requests/s
    const double y = view.plot()->yAxis->coordToPixel(500.0);
    const QString tip = view.toolTipAt(QPointF(x, y));
    QVERIFY2(tip.contains(QStringLiteral("Chat service")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("At 20 requests/s")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("236 ms")), qPrintable(tip)); // 0.2 + 0.25/7 s
    QVERIFY2(tip.contains(QStringLiteral("1 s")) && tip.contains(QStringLiteral("50 ms")),
             qPrintable(tip)); // the targets
    QVERIFY2(tip.contains(QStringLiteral("600 ms (500 ms to 800 ms)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("decode bandwidth efficiency")), qPrintable(tip));
}

QTEST_MAIN(tst_LatencyChartView)
#include "tst_latencychartview.moc"
