#include "model/core/unitformat.h"

#include <QTest>

#include <limits>

class tst_UnitFormat : public QObject
{
    Q_OBJECT

private slots:
    void power_data();
    void power();
    void bytes_data();
    void bytes();
    void otherUnits();
    void duration_data();
    void duration();
    void followsLocale();
    void nonFinite();
};

void tst_UnitFormat::power_data()
{
    QTest::addColumn<double>("watts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0 W");
    QTest::newRow("GPU TDP") << 700.0 << QStringLiteral("700 W");
    QTest::newRow("XE9680 max") << 11000.0 << QStringLiteral("11 kW");
    QTest::newRow("three significant digits") << 10240.0 << QStringLiteral("10.2 kW");
    QTest::newRow("rounds up into the next prefix") << 999700.0 << QStringLiteral("1 MW");
    QTest::newRow("just below a prefix") << 999.4 << QStringLiteral("999 W");
    QTest::newRow("fraction") << 12.345 << QStringLiteral("12.3 W");
    QTest::newRow("negative") << -1500.0 << QStringLiteral("-1.5 kW");
    QTest::newRow("hall") << 1.234e8 << QStringLiteral("123 MW");
}

void tst_UnitFormat::power()
{
    QFETCH(double, watts);
    QFETCH(QString, expected);
    QCOMPARE(UnitFormat(QLocale::c()).power(watts), expected);
}

void tst_UnitFormat::bytes_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("H100 memory") << 80e9 << QStringLiteral("80 GB");
    QTest::newRow("H200 memory") << 141e9 << QStringLiteral("141 GB");
    QTest::newRow("drive") << 15.36e12 << QStringLiteral("15.4 TB");
    QTest::newRow("small") << 512.0 << QStringLiteral("512 B");
    QTest::newRow("checkpoint") << 2.1e12 << QStringLiteral("2.1 TB");
}

void tst_UnitFormat::bytes()
{
    QFETCH(double, bytes);
    QFETCH(QString, expected);
    QCOMPARE(UnitFormat(QLocale::c()).bytes(bytes), expected);
}

void tst_UnitFormat::otherUnits()
{
    const UnitFormat f(QLocale::c());
    QCOMPARE(f.bandwidth(3.35e12), QStringLiteral("3.35 TB/s"));
    QCOMPARE(f.bandwidth(900e9), QStringLiteral("900 GB/s"));
    QCOMPARE(f.bitRate(400e9), QStringLiteral("400 Gb/s"));
    QCOMPARE(f.flops(989.4e12), QStringLiteral("989 TFLOP/s"));
    QCOMPARE(f.flops(1978.9e12), QStringLiteral("1.98 PFLOP/s"));
    QCOMPARE(f.mass(114.05), QStringLiteral("114 kg"));
    QCOMPARE(f.mass(25000.0), QStringLiteral("25 t"));
    QCOMPARE(f.length(1.07), QStringLiteral("1070 mm")); // the C locale does not group digits
    QCOMPARE(f.energy(3.6e9), QStringLiteral("1 MWh"));
    QCOMPARE(f.energy(433196.0 * 3.6e6), QStringLiteral("433 MWh"));
    QCOMPARE(f.percent(0.452), QStringLiteral("45%"));
    QCOMPARE(f.number(12500.0), QStringLiteral("12500"));
    const UnitFormat english {QLocale(QLocale::English, QLocale::UnitedStates)};
    QCOMPARE(english.number(12500.0), QStringLiteral("12,500"));
    QCOMPARE(english.length(1.07), QStringLiteral("1,070 mm"));
    QCOMPARE(f.number(0.0123), QStringLiteral("0.0123"));
    QCOMPARE(f.rackUnits(6), QStringLiteral("6U"));
    QCOMPARE(f.rackUnits(0), QStringLiteral("0U"));
}

void tst_UnitFormat::duration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("TPOT") << 0.155 << QStringLiteral("155 ms");
    QTest::newRow("seconds") << 2.5 << QStringLiteral("2.5 s");
    QTest::newRow("minutes") << 750.0 << QStringLiteral("12.5 min");
    QTest::newRow("hours") << 3.2 * 3600 << QStringLiteral("3.2 h");
    QTest::newRow("GPT-3 on V100s") << 14.8 * 86400 << QStringLiteral("14.8 days");
}

void tst_UnitFormat::duration()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(UnitFormat(QLocale::c()).duration(seconds), expected);
}

void tst_UnitFormat::followsLocale()
{
    const UnitFormat german {QLocale(QLocale::German, QLocale::Germany)};
    QCOMPARE(german.power(10240.0), QStringLiteral("10,2 kW"));
    QCOMPARE(german.bandwidth(3.35e12), QStringLiteral("3,35 TB/s"));
    QCOMPARE(german.number(12500.0), QStringLiteral("12.500"));
}

void tst_UnitFormat::nonFinite()
{
    const UnitFormat f(QLocale::c());
    QCOMPARE(f.power(std::numeric_limits<double>::infinity()), QStringLiteral("∞ W"));
    QCOMPARE(f.duration(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("–"));
}

QTEST_GUILESS_MAIN(tst_UnitFormat)
#include "tst_unitformat.moc"
