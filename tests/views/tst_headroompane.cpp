#include "support/testenvironment.h"
#include "views/charts/headroomchartview.h"
#include "views/charts/headroompane.h"
#include "views/charts/latencychartview.h"
#include "views/charts/rackpowerchartview.h"
#include "views/charts/trainingtimechartview.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <qcustomplot.h>

class tst_HeadroomPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void fourChartsInTabs();
    void previewReachesEveryChart();
    void scope();
};

void tst_HeadroomPane::fourChartsInTabs()
{
    HeadroomPane pane;
    auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("headroomTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), int(HeadroomPane::ChartCount));
    const QStringList titles = {tabs->tabText(0), tabs->tabText(1), tabs->tabText(2),
                                tabs->tabText(3)};
    QCOMPARE(
        titles,
        (QStringList {QStringLiteral("Headroom"), QStringLiteral("Latency vs load"),
                      QStringLiteral("Training time vs GPUs"), QStringLiteral("Power per rack")}));
    QCOMPARE(pane.chart(HeadroomPane::Latency), pane.latencyChart());
    pane.setCurrentChart(HeadroomPane::RackPower);
    QCOMPARE(pane.currentChart(), pane.rackPowerChart());
    QVERIFY(!pane.exportAction()->text().isEmpty());
}

void tst_HeadroomPane::previewReachesEveryChart()
{
    HeadroomPane pane;
    pane.setPreviewing(true);
    for (int c = 0; c < HeadroomPane::ChartCount; ++c) {
        ChartView *chart = pane.chart(HeadroomPane::Chart(c));
        QVERIFY(chart->isPreviewing());
        QVERIFY(!(chart->plot()->antialiasedElements() & QCP::aePlottables));
    }
    pane.setPreviewing(false);
    for (int c = 0; c < HeadroomPane::ChartCount; ++c)
        QVERIFY(!pane.chart(HeadroomPane::Chart(c))->isPreviewing());
}

void tst_HeadroomPane::scope()
{
    HeadroomPane pane;
    pane.setScope(QStringLiteral("Rack R1-2"));
    QCOMPARE(pane.scope(), QStringLiteral("Rack R1-2"));
}

QTEST_MAIN(tst_HeadroomPane)
#include "tst_headroompane.moc"
