#include "support/testenvironment.h"
#include "views/charts/headroomchartview.h"

#include <QTest>
#include <qcustomplot.h>

class tst_HeadroomChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void emptyChartSaysWhy();
    void showsEveryDimension();
    void rendersWithoutData();
};

void tst_HeadroomChartView::emptyChartSaysWhy()
{
    HeadroomChartView view;
    QVERIFY(view.isEmpty());
    QVERIFY(view.trainingBars()->data()->isEmpty());
    QVERIFY(view.inferenceBars()->data()->isEmpty());
    QVERIFY(view.emptyMessage().contains(QStringLiteral("No workloads assigned")));
}

void tst_HeadroomChartView::showsEveryDimension()
{
    HeadroomChartView view;
    auto ticker = view.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().size(), int(HeadroomChartView::DimensionCount));
    QStringList labels = ticker->ticks().values();
    QCOMPARE(labels,
             (QStringList {QStringLiteral("Compute"), QStringLiteral("Memory"),
                           QStringLiteral("Storage"), QStringLiteral("Network"),
                           QStringLiteral("Power"), QStringLiteral("Latency")}));
    QCOMPARE(view.trainingBars()->name(), QStringLiteral("Training"));
    QCOMPARE(view.inferenceBars()->name(), QStringLiteral("Inference"));
    QCOMPARE(view.plot()->xAxis->range().upper, 100.0);
    QCOMPARE(view.trainingBars()->keyAxis(), view.plot()->yAxis); // horizontal bars
}

void tst_HeadroomChartView::rendersWithoutData()
{
    HeadroomChartView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPixmap pixmap = view.plot()->toPixmap(600, 400);
    QVERIFY(!pixmap.isNull());
    // The axes and the message are drawn: the image is not a single flat colour.
    const QImage image = pixmap.toImage();
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != corner;
    QVERIFY(varied);
}

QTEST_MAIN(tst_HeadroomChartView)
#include "tst_headroomchartview.moc"
