#include "model/core/statistics.h"

#include <QTest>

class tst_Statistics : public QObject
{
    Q_OBJECT

private slots:
    void median_data();
    void median();
    void quantile();
};

void tst_Statistics::median_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("odd, unsorted") << std::vector<double> {5, 1, 3} << 3.0;
    QTest::newRow("even averages the middle pair") << std::vector<double> {4, 1, 3, 2} << 2.5;
    QTest::newRow("one") << std::vector<double> {7} << 7.0;
    QTest::newRow("outlier does not move it") << std::vector<double> {10, 11, 12, 13, 5000} << 12.0;
}

void tst_Statistics::median()
{
    QFETCH(std::vector<double>, values);
    QFETCH(double, expected);
    QCOMPARE(Statistics::median(values), expected);
}

void tst_Statistics::quantile()
{
    const std::vector<double> values {0, 10, 20, 30, 40};
    QCOMPARE(Statistics::quantile(values, 0.0), 0.0);
    QCOMPARE(Statistics::quantile(values, 1.0), 40.0);
    QCOMPARE(Statistics::quantile(values, 0.9), 36.0);
    QVERIFY(std::isnan(Statistics::median({})));
}

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
