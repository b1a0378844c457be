#include "support/testenvironment.h"
#include "views/charts/trainingtimechartview.h"

#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

class tst_TrainingTimeChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void curveInDaysOnLogAxes();
    void leavesOutWhatALogAxisCannotShow();
    void deadlineAndAssignedCount();
    void toolTip();
};

namespace {
constexpr double kDay = 86400.0;

// Perfect scaling from 64 days on 64 GPUs down to 1 day on 4,096.
TrainingTimeChartView::Data job()
{
    TrainingTimeChartView::Data data;
    data.workloadName = QStringLiteral("Pre-train 70B");
    for (int gpus = 64; gpus <= 4096; gpus *= 2)
        data.curve.append({double(gpus), 64.0 * 64.0 / gpus * kDay});
    data.deadlineSeconds = 30 * kDay;
    data.assignedGpus = 256;
    data.assignedWallSeconds = 16 * kDay;
    data.assignedLowSeconds = 13 * kDay;
    data.assignedHighSeconds = 20 * kDay;
    data.minimumGpus = 64;
    return data;
}
} // namespace

void tst_TrainingTimeChartView::curveInDaysOnLogAxes()
{
    TrainingTimeChartView view;
    view.setData(job());
    QCOMPARE(view.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
    QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QCOMPARE(view.curveGraph()->data()->size(), 7);
    QCOMPARE(view.curveGraph()->data()->at(0)->key, 64.0);
    QCOMPARE(view.curveGraph()->data()->at(0)->value, 64.0);
    QCOMPARE(view.curveGraph()->data()->at(6)->value, 1.0);
    QVERIFY(view.plot()->xAxis->range().contains(64) && view.plot()->xAxis->range().contains(4096));
    QVERIFY(view.plot()->yAxis->range().contains(1) && view.plot()->yAxis->range().contains(64));
}

void tst_TrainingTimeChartView::leavesOutWhatALogAxisCannotShow()
{
    TrainingTimeChartView::Data data = job();
    data.curve.prepend({32.0, std::numeric_limits<double>::infinity()}); // does not fit
    data.curve.prepend({0.0, kDay});
    TrainingTimeChartView view;
    view.setData(data);
    QCOMPARE(view.curveGraph()->data()->size(), 7);
    QVERIFY(std::isfinite(view.plot()->yAxis->range().upper));
}

void tst_TrainingTimeChartView::deadlineAndAssignedCount()
{
    TrainingTimeChartView view;
    view.setData(job());
    QVERIFY(view.deadlineLine()->visible());
    QCOMPARE(view.deadlineLine()->point1->coords().y(), 30.0);
    QCOMPARE(view.assignedGraph()->data()->size(), 1);
    QCOMPARE(view.assignedGraph()->data()->at(0)->key, 256.0);
    QCOMPARE(view.assignedGraph()->data()->at(0)->value, 16.0);

    TrainingTimeChartView::Data none = job();
    none.deadlineSeconds = 0.0;
    none.assignedGpus = 0;
    view.setData(none);
    QVERIFY(!view.deadlineLine()->visible());
    QVERIFY(view.assignedGraph()->data()->isEmpty());
}

void tst_TrainingTimeChartView::toolTip()
{
    TrainingTimeChartView view;
    view.setData(job());
    view.resize(600, 400);
    view.plot()->replot();
    const double x = view.plot()->xAxis->coordToPixel(1100.0); // nearest: 1,024 GPUs
    const double y = view.plot()->yAxis->coordToPixel(4.0);
    const QString tip = view.toolTipAt(QPointF(x, y));
    QVERIFY2(tip.contains(QStringLiteral("1024 GPU(s): 4 days")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Deadline: 30 days")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Assigned 256 GPU(s): 16 days (13 days to 20 days)")),
             qPrintable(tip));
}

QTEST_MAIN(tst_TrainingTimeChartView)
#include "tst_trainingtimechartview.moc"
