#include "support/testenvironment.h"
#include "views/charts/rackpowerchartview.h"

#include <QTest>
#include <qcustomplot.h>

#include <numeric>

class tst_RackPowerChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void stacksPerRackAgainstBudget();
    void aggregatesHallScale_data();
    void aggregatesHallScale();
    void foldsStacksPastTheLimit();
    void toolTipSumsTheBar();
};

namespace {
// `racks` racks: 5 kW of equipment without a workload, 10 kW of "Job" on even racks,
// 40 kW budget each.
RackPowerChartView::Data racks(int count)
{
    RackPowerChartView::Data data;
    data.stackNames = {QStringLiteral("Not assigned"), QStringLiteral("Job")};
    data.stackWatts.assign(2, QVector<double>(count, 0.0));
    for (int r = 0; r < count; ++r) {
        data.categories << QStringLiteral("R%1").arg(r + 1);
        data.stackWatts[0][r] = 5000.0;
        data.stackWatts[1][r] = r % 2 == 0 ? 10000.0 : 0.0;
        data.budgetWatts << 40000.0;
    }
    return data;
}

double sum(const QVector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}
} // namespace

void tst_RackPowerChartView::stacksPerRackAgainstBudget()
{
    RackPowerChartView view;
    view.setData(racks(3));
    QCOMPARE(view.stackCount(), 2);
    QCOMPARE(view.groupSize(), 1);
    // Kilowatts, one bar per rack, the job stacked on the unassigned equipment.
    QCOMPARE(view.stack(0)->data()->size(), 3);
    QCOMPARE(view.stack(0)->data()->at(0)->value, 5.0);
    QCOMPARE(view.stack(1)->data()->at(0)->value, 10.0);
    QCOMPARE(view.stack(1)->data()->at(1)->value, 0.0);
    QCOMPARE(view.stack(1)->barBelow(), view.stack(0));
    QCOMPARE(view.budgetGraph()->data()->at(2)->value, 40.0);
    QCOMPARE(view.stack(1)->name(), QStringLiteral("Job"));
    // Stacks not in use are empty and not in the legend.
    QVERIFY(view.stack(2)->data()->isEmpty());
    QVERIFY(!view.plot()->legend->hasItemWithPlottable(view.stack(2)));
    QVERIFY(view.plot()->yAxis->range().upper >= 40.0);
}

void tst_RackPowerChartView::aggregatesHallScale_data()
{
    QTest::addColumn<int>("racks");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("group");
    QTest::newRow("100 racks, one bar each") << 100 << 100 << 1;
    QTest::newRow("1000 racks, still one bar each") << 1000 << 1000 << 1;
    QTest::newRow("1001 racks in pairs") << 1001 << 501 << 2;
    QTest::newRow("3000 racks in threes") << 3000 << 1000 << 3;
}

void tst_RackPowerChartView::aggregatesHallScale()
{
    QFETCH(int, racks);
    QFETCH(int, bars);
    QFETCH(int, group);
    const RackPowerChartView::Data data = ::racks(racks);
    int groupSize = 0;
    const RackPowerChartView::Data shown =
        RackPowerChartView::aggregate(data, RackPowerChartView::kMaxBars, 8, &groupSize);
    QCOMPARE(groupSize, group);
    QCOMPARE(shown.categories.size(), bars);
    QVERIFY(shown.categories.size() <= RackPowerChartView::kMaxBars);
    // Nothing is lost by summing.
    QCOMPARE(sum(shown.stackWatts[0]), 5000.0 * racks);
    QCOMPARE(sum(shown.stackWatts[1]), 10000.0 * ((racks + 1) / 2));
    QCOMPARE(sum(shown.budgetWatts), 40000.0 * racks);
    if (group > 1)
        QCOMPARE(shown.categories.first(), QStringLiteral("R1 – R%1").arg(group));
}

void tst_RackPowerChartView::foldsStacksPastTheLimit()
{
    RackPowerChartView::Data data;
    data.categories = {QStringLiteral("R1")};
    data.budgetWatts = {100.0};
    for (int s = 0; s < 12; ++s) {
        data.stackNames << QStringLiteral("W%1").arg(s);
        data.stackWatts.push_back({double(s + 1)});
    }
    const RackPowerChartView::Data shown = RackPowerChartView::aggregate(data, 1000, 8);
    QCOMPARE(shown.stackNames.size(), 8);
    QCOMPARE(shown.stackNames.last(), QStringLiteral("Other workloads"));
    QCOMPARE(shown.stackWatts[7][0], 8.0 + 9 + 10 + 11 + 12);
    QCOMPARE(shown.stackWatts[6][0], 7.0);
}

void tst_RackPowerChartView::toolTipSumsTheBar()
{
    RackPowerChartView view;
    RackPowerChartView::Data data = racks(4);
    data.assumptions = QStringLiteral("nameplate maximum");
    view.setData(data);
    view.resize(600, 400);
    view.plot()->replot();
    const double x = view.plot()->xAxis->coordToPixel(3); // R3: 5 + 10 kW
    const double y = view.plot()->yAxis->coordToPixel(2);
    const QString tip = view.toolTipAt(QPointF(x, y));
    QVERIFY2(tip.contains(QStringLiteral("R3")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Job: 10 kW")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("15 kW")) && tip.contains(QStringLiteral("40 kW")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("63%")), qPrintable(tip)); // 25 of 40 kW left
    QVERIFY2(tip.contains(QStringLiteral("nameplate maximum")), qPrintable(tip));
}

QTEST_MAIN(tst_RackPowerChartView)
#include "tst_rackpowerchartview.moc"
