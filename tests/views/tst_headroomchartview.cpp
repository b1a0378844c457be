#include "model/workload/headroomdimension.h"
#include "support/testenvironment.h"
#include "views/charts/headroomchartview.h"

#include <QTest>
#include <qcustomplot.h>

using Status = HeadroomChartView::Status;
Q_DECLARE_METATYPE(HeadroomChartView::Status)

class tst_HeadroomChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void emptyChartSaysWhy();
    void showsEveryDimension();
    void status_data();
    void status();
    void barsGoToTheirStatus_data();
    void barsGoToTheirStatus();
    void trainingAndInferenceSideBySide();
    void toolTipGivesNumbersRangeAndAssumptions();
    void previewKeepsRangesAndDropsAntialiasing();
    void rendersWithoutData();
    void legendNamesTheColoursOnce();
    void panelsGiveBothSidesTheSameWidth();
};

namespace {
HeadroomChartView::Entry entry(double demand, double capacity, QString assumptions = {})
{
    HeadroomChartView::Entry e;
    e.present = true;
    e.demand = demand;
    e.capacity = capacity;
    e.headroomFraction = 1.0 - demand / capacity;
    e.lowFraction = e.headroomFraction - 0.05;
    e.highFraction = e.headroomFraction + 0.05;
    e.assumptions = std::move(assumptions);
    return e;
}

QVector<double> keysOf(QCPBars *bars)
{
    QVector<double> keys;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        keys.append(it->key);
    return keys;
}
} // namespace

void tst_HeadroomChartView::emptyChartSaysWhy()
{
    HeadroomChartView view;
    QVERIFY(view.isEmpty());
    for (auto side : {HeadroomChartView::Training, HeadroomChartView::Inference})
        for (Status s : {Status::Ok, Status::Tight, Status::Over})
            QVERIFY(view.bars(side, s)->data()->isEmpty());
    QVERIFY(view.emptyMessage().contains(QStringLiteral("No workloads assigned")));

    HeadroomChartView::Data data;
    data.training[HeadroomChartView::Power] = entry(10e3, 40e3);
    view.setData(data);
    QVERIFY(!view.isEmpty());
    QVERIFY(view.emptyMessage().isEmpty());
}

void tst_HeadroomChartView::showsEveryDimension()
{
    HeadroomChartView view;
    QCPAxis *names = view.panel(HeadroomChartView::Training)->axis(QCPAxis::atLeft);
    auto ticker = names->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(),
             (QStringList {HeadroomDimensions::displayName(HeadroomDimension::Compute),
                           HeadroomDimensions::displayName(HeadroomDimension::Memory),
                           HeadroomDimensions::displayName(HeadroomDimension::Storage),
                           HeadroomDimensions::displayName(HeadroomDimension::StorageBandwidth),
                           HeadroomDimensions::displayName(HeadroomDimension::Network),
                           HeadroomDimensions::displayName(HeadroomDimension::Power),
                           HeadroomDimensions::displayName(HeadroomDimension::Latency)}));
    QCOMPARE(ticker->ticks().first(), QStringLiteral("Compute"));
    QVERIFY(names->rangeReversed()); // compute on top
    // Horizontal bars: the dimension is the key axis.
    QCOMPARE(view.bars(HeadroomChartView::Training, Status::Ok)->keyAxis(), names);
}

void tst_HeadroomChartView::status_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<Status>("expected");
    QTest::newRow("all left") << 1.0 << Status::Ok;
    QTest::newRow("exactly 20% left is not tight") << 0.2 << Status::Ok;
    QTest::newRow("19% left") << 0.19 << Status::Tight;
    QTest::newRow("nothing left") << 0.0 << Status::Tight;
    QTest::newRow("1% over") << -0.01 << Status::Over;
    QTest::newRow("three times over") << -2.0 << Status::Over;
}

void tst_HeadroomChartView::status()
{
    QFETCH(double, fraction);
    QFETCH(Status, expected);
    QCOMPARE(HeadroomChartView::statusOf(fraction), expected);
}

void tst_HeadroomChartView::barsGoToTheirStatus_data()
{
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<Status>("status");
    QTest::addColumn<double>("drawnPercent");
    QTest::newRow("a quarter used") << 25.0 << 100.0 << Status::Ok << 75.0;
    QTest::newRow("85% used") << 85.0 << 100.0 << Status::Tight << 15.0;
    QTest::newRow("half again over") << 150.0 << 100.0 << Status::Over << -50.0;
    // Bars stop at -100 %; the tooltip tells the real figure.
    QTest::newRow("five times over") << 500.0 << 100.0 << Status::Over << -100.0;
}

void tst_HeadroomChartView::barsGoToTheirStatus()
{
    QFETCH(double, demand);
    QFETCH(double, capacity);
    QFETCH(Status, status);
    QFETCH(double, drawnPercent);
    HeadroomChartView view;
    HeadroomChartView::Data data;
    data.inference[HeadroomChartView::Memory] = entry(demand, capacity);
    view.setData(data);
    QCPBars *bars = view.bars(HeadroomChartView::Inference, status);
    QCOMPARE(bars->data()->size(), 1);
    QCOMPARE(bars->data()->constBegin()->key, 2.0); // memory is the second dimension
    QCOMPARE(bars->data()->constBegin()->value, drawnPercent);
    for (Status other : {Status::Ok, Status::Tight, Status::Over}) {
        if (other != status)
            QVERIFY(view.bars(HeadroomChartView::Inference, other)->data()->isEmpty());
    }
    for (Status any : {Status::Ok, Status::Tight, Status::Over})
        QVERIFY(view.bars(HeadroomChartView::Training, any)->data()->isEmpty());
    // The axis reaches far enough left to show the worst bar.
    QVERIFY(view.panel(HeadroomChartView::Inference)->axis(QCPAxis::atBottom)->range().lower
            < std::min(0.0, drawnPercent));
}

void tst_HeadroomChartView::trainingAndInferenceSideBySide()
{
    HeadroomChartView view;
    HeadroomChartView::Data data;
    data.training[HeadroomChartView::Compute] = entry(9.0, 10.0); // 10 % left: tight
    data.training[HeadroomChartView::Network] = entry(1.0, 10.0);
    data.inference[HeadroomChartView::Latency] = entry(1.5, 1.0); // over the target
    view.setData(data);
    QCOMPARE(keysOf(view.bars(HeadroomChartView::Training, Status::Tight)), QVector<double> {1});
    QCOMPARE(keysOf(view.bars(HeadroomChartView::Training, Status::Ok)), QVector<double> {5});
    QCOMPARE(keysOf(view.bars(HeadroomChartView::Inference, Status::Over)), QVector<double> {7});
    QVERIFY(view.panel(HeadroomChartView::Training) != view.panel(HeadroomChartView::Inference));
    // The panels sit in one row: same top, training left of inference.
    view.resize(700, 400);
    view.plot()->replot();
    const QRect left = view.panel(HeadroomChartView::Training)->rect();
    const QRect right = view.panel(HeadroomChartView::Inference)->rect();
    QCOMPARE(left.top(), right.top());
    QVERIFY(left.right() < right.left());
}

void tst_HeadroomChartView::toolTipGivesNumbersRangeAndAssumptions()
{
    HeadroomChartView view;
    HeadroomChartView::Data data;
    data.training[HeadroomChartView::Power] =
        entry(30000.0, 40000.0, QStringLiteral("GPUs at 80% of their TDP"));
    view.setData(data);
    const QString tip = view.entryToolTip(HeadroomChartView::Training, HeadroomChartView::Power);
    QVERIFY2(tip.contains(QStringLiteral("30 kW")) && tip.contains(QStringLiteral("40 kW")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("25%")), qPrintable(tip)); // a quarter left
    QVERIFY2(tip.contains(QStringLiteral("20%")) && tip.contains(QStringLiteral("30%")),
             qPrintable(tip)); // the range
    QVERIFY2(tip.contains(QStringLiteral("GPUs at 80% of their TDP")), qPrintable(tip));

    // Hovering the bar's row finds the same text.
    view.resize(700, 400);
    view.plot()->replot();
    QCPAxisRect *panel = view.panel(HeadroomChartView::Training);
    const double y = panel->axis(QCPAxis::atLeft)->coordToPixel(6.0); // power
    const double x = panel->axis(QCPAxis::atBottom)->coordToPixel(10.0);
    QCOMPARE(view.toolTipAt(QPointF(x, y)), tip);
    // Between two rows there is nothing to tell.
    const double between = panel->axis(QCPAxis::atLeft)->coordToPixel(5.5);
    QVERIFY(view.toolTipAt(QPointF(x, between)).isEmpty());
}

void tst_HeadroomChartView::previewKeepsRangesAndDropsAntialiasing()
{
    HeadroomChartView view;
    HeadroomChartView::Data data;
    data.training[HeadroomChartView::Compute] = entry(50.0, 100.0);
    view.setData(data);
    QVERIFY(view.plot()->antialiasedElements() & QCP::aePlottables);
    const QCPRange before =
        view.panel(HeadroomChartView::Training)->axis(QCPAxis::atBottom)->range();
    view.setPreviewing(true);
    QVERIFY(!(view.plot()->antialiasedElements() & QCP::aePlottables));
    data.training[HeadroomChartView::Compute] = entry(400.0, 100.0); // 300 % over
    view.setData(data);
    QCOMPARE(view.panel(HeadroomChartView::Training)->axis(QCPAxis::atBottom)->range(), before);
    QCOMPARE(view.bars(HeadroomChartView::Training, Status::Over)->data()->size(), 1);
    view.setPreviewing(false); // the drop: ranges follow the data again
    QVERIFY(view.panel(HeadroomChartView::Training)->axis(QCPAxis::atBottom)->range().lower
            < -99.0);
    QVERIFY(view.plot()->antialiasedElements() & QCP::aePlottables);
    QCOMPARE(view.dataLayer()->mode(), QCPLayer::lmBuffered);
    QCOMPARE(view.bars(HeadroomChartView::Training, Status::Over)->layer(), view.dataLayer());
}

void tst_HeadroomChartView::rendersWithoutData()
{
    HeadroomChartView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.plot()->toPixmap(600, 400).toImage();
    QVERIFY(!image.isNull());
    // The axes and the message are drawn: the image is not a single flat colour.
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != corner;
    QVERIFY(varied);
}

void tst_HeadroomChartView::legendNamesTheColoursOnce()
{
    HeadroomChartView view;
    view.resize(460, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot();
    QCPLegend *legend = view.plot()->legend;
    QCOMPARE(legend->itemCount(), 3);
    QCOMPARE(legend->item(0)->objectName(), QString());
    QVERIFY(legend->hasItemWithPlottable(view.bars(HeadroomChartView::Training, Status::Ok)));
    QVERIFY(!legend->hasItemWithPlottable(view.bars(HeadroomChartView::Inference, Status::Ok)));
    // Below both panels, tall enough for a line of text.
    QVERIFY2(legend->outerRect().height() >= 12,
             qPrintable(QStringLiteral("%1").arg(legend->outerRect().height())));
    QVERIFY(legend->outerRect().top()
            >= view.panel(HeadroomChartView::Training)->outerRect().bottom());
    // And painted: each entry's colour swatch shows inside its legend item (the legend's
    // white fill once covered them).
    const QImage image =
        view.plot()->toPixmap(view.plot()->width(), view.plot()->height(), 1.0).toImage();
    for (Status status : {Status::Ok, Status::Tight, Status::Over}) {
        QCPBars *bars = view.bars(HeadroomChartView::Training, status);
        const QColor colour = bars->brush().color();
        QCPAbstractLegendItem *item = legend->itemWithPlottable(bars);
        QVERIFY(item);
        const QRect rect = item->outerRect().intersected(image.rect());
        bool found = false;
        for (int y = rect.top(); y <= rect.bottom() && !found; ++y) {
            for (int x = rect.left(); x <= rect.right() && !found; ++x)
                found = image.pixelColor(x, y).rgb() == colour.rgb();
        }
        QVERIFY2(found, qPrintable(bars->name()));
    }
}

void tst_HeadroomChartView::panelsGiveBothSidesTheSameWidth()
{
    // The dimension names take room left of the training panel only; a narrow dock must
    // still give training's bars as much width as inference's.
    HeadroomChartView view;
    view.resize(320, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot();
    const QRect training = view.panel(HeadroomChartView::Training)->rect();
    const QRect inference = view.panel(HeadroomChartView::Inference)->rect();
    QVERIFY2(std::abs(training.width() - inference.width()) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(training.width()).arg(inference.width())));
    QVERIFY(training.left() > view.panel(HeadroomChartView::Training)->outerRect().left() + 40);
}

QTEST_MAIN(tst_HeadroomChartView)
#include "tst_headroomchartview.moc"
