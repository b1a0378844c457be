#include "support/testenvironment.h"
#include "views/charts/chartexport.h"
#include "views/charts/headroomchartview.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

class tst_ChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void formatFromSuffix_data();
    void formatFromSuffix();
    void writesValidFiles_data();
    void writesValidFiles();
    void refusesUnknownSuffix();
    void reportsUnwritablePath();
    void svgIsTitledByTheChart();
};

namespace {
HeadroomChartView::Data someHeadroom()
{
    HeadroomChartView::Data data;
    HeadroomChartView::Entry e;
    e.present = true;
    e.demand = 30e3;
    e.capacity = 40e3;
    e.headroomFraction = 0.25;
    data.training[HeadroomChartView::Power] = e;
    e.headroomFraction = -0.3;
    data.inference[HeadroomChartView::Latency] = e;
    return data;
}
} // namespace

void tst_ChartExport::formatFromSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << QStringLiteral("/tmp/a.png") << int(ChartExport::Format::Png);
    QTest::newRow("upper-case SVG") << QStringLiteral("chart.SVG") << int(ChartExport::Format::Svg);
    QTest::newRow("pdf") << QStringLiteral("x/y.z.pdf") << int(ChartExport::Format::Pdf);
    QTest::newRow("jpeg is not offered") << QStringLiteral("a.jpg") << -1;
    QTest::newRow("no suffix") << QStringLiteral("chart") << -1;
}

void tst_ChartExport::formatFromSuffix()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ChartExport::Format> found = ChartExport::formatFor(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void tst_ChartExport::writesValidFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void tst_ChartExport::writesValidFiles()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    HeadroomChartView view;
    view.setData(someHeadroom());
    const QString path = dir.filePath(QStringLiteral("headroom.") + suffix);
    const ChartExport::Result result = view.exportTo(path, QSize(640, 400));
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(640, 400));
    } else if (suffix == QLatin1String("svg")) {
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 640, 400));
        // Vectors with the chart's words as text, not a bitmap.
        QVERIFY(bytes.contains("Compute"));
        QVERIFY(!bytes.contains("<image"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
}

void tst_ChartExport::refusesUnknownSuffix()
{
    QTemporaryDir dir;
    QCustomPlot plot;
    const QString path = dir.filePath(QStringLiteral("chart.bmp"));
    const ChartExport::Result result = ChartExport::save(&plot, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("chart.bmp"))
                 && result.error.contains(QStringLiteral(".svg")),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

void tst_ChartExport::reportsUnwritablePath()
{
    QTemporaryDir dir;
    QCustomPlot plot;
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path =
            dir.filePath(QStringLiteral("missing/folder/chart.") + QLatin1String(suffix));
        const ChartExport::Result result = ChartExport::save(&plot, path, QSize(100, 100));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("chart.") + QLatin1String(suffix)),
                 qPrintable(result.error));
    }
}

void tst_ChartExport::svgIsTitledByTheChart()
{
    // The document title is the chart's title for people, not the widget's object name.
    QTemporaryDir dir;
    QCustomPlot plot;
    plot.setObjectName(QStringLiteral("rackPowerPlot"));
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(ChartExport::save(&plot, path, QSize(100, 100), QStringLiteral("Power per rack")).ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<title>Power per rack</title>"));
    QVERIFY(!svg.contains("rackPowerPlot"));
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
