#include "model/core/money.h"

#include <QTest>

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void minorUnitDigits_data();
    void minorUnitDigits();
    void format_data();
    void format();
    void formatIsExactForLargeAmounts();
    void plainMajor();
    void parseMajor_data();
    void parseMajor();
};

void tst_Money::minorUnitDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("USD") << QStringLiteral("USD") << 2;
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("lower case") << QStringLiteral("jpy") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
}

void tst_Money::minorUnitDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(MoneyFormat::minorUnitDigits(currency), digits);
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("XE9680 in USD") << qint64(25574000) << QStringLiteral("USD")
                                   << QStringLiteral("en_US") << QStringLiteral("$255,740.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("USD") << QStringLiteral("en_US")
                           << QStringLiteral("$0.05");
    QTest::newRow("negative") << qint64(-1999) << QStringLiteral("USD") << QStringLiteral("en_US")
                              << QStringLiteral("-$19.99");
    QTest::newRow("yen has no minor digits")
        << qint64(27500) << QStringLiteral("JPY") << QStringLiteral("en_US")
        << QStringLiteral("¥27,500");
    QTest::newRow("euro in Germany")
        << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("de_DE")
        << QStringLiteral("1.234,56\u00A0€");
}

void tst_Money::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(MoneyFormat::format(Money {minor, currency}, QLocale(locale)), expected);
}

void tst_Money::formatIsExactForLargeAmounts()
{
    // A 100,000-GPU hall at list prices: billions of dollars, still to the cent.
    const Money hall {412345678901LL, QStringLiteral("USD")};
    QCOMPARE(MoneyFormat::format(hall, QLocale(QStringLiteral("en_US"))),
             QStringLiteral("$4,123,456,789.01"));
}

void tst_Money::plainMajor()
{
    QCOMPARE(MoneyFormat::plainMajor(25574000, QStringLiteral("USD")), QStringLiteral("255740.00"));
    QCOMPARE(MoneyFormat::plainMajor(-5, QStringLiteral("USD")), QStringLiteral("-0.05"));
    QCOMPARE(MoneyFormat::plainMajor(27500, QStringLiteral("JPY")), QStringLiteral("27500"));
    QCOMPARE(MoneyFormat::plainMajor(1234567, QStringLiteral("KWD")), QStringLiteral("1234.567"));
    QCOMPARE(MoneyFormat::plainMajor(std::numeric_limits<qint64>::min(), QStringLiteral("JPY")),
             QStringLiteral("-9223372036854775808"));
    // parseMajor reads back what plainMajor writes.
    qint64 back = 0;
    QVERIFY(MoneyFormat::parseMajor(MoneyFormat::plainMajor(-123456, QStringLiteral("EUR")),
                                    QStringLiteral("EUR"), &back));
    QCOMPARE(back, qint64(-123456));
}

void tst_Money::parseMajor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("integer") << QStringLiteral("255740") << QStringLiteral("USD") << true
                             << qint64(25574000);
    QTest::newRow("one decimal") << QStringLiteral("19.5") << QStringLiteral("USD") << true
                                 << qint64(1950);
    QTest::newRow("grouped") << QStringLiteral("1,234.56") << QStringLiteral("USD") << true
                             << qint64(123456);
    QTest::newRow("negative") << QStringLiteral("-3.10") << QStringLiteral("EUR") << true
                              << qint64(-310);
    QTest::newRow("yen") << QStringLiteral("27500") << QStringLiteral("JPY") << true
                         << qint64(27500);
    QTest::newRow("too many decimals")
        << QStringLiteral("1.234") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("yen decimals") << QStringLiteral("1.5") << QStringLiteral("JPY") << false
                                  << qint64(0);
    QTest::newRow("words") << QStringLiteral("about 5") << QStringLiteral("USD") << false
                           << qint64(0);
    QTest::newRow("bad grouping") << QStringLiteral("12,34") << QStringLiteral("USD") << false
                                  << qint64(0);
    QTest::newRow("empty") << QString() << QStringLiteral("USD") << false << qint64(0);
}

void tst_Money::parseMajor()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    qint64 parsed = -42;
    QCOMPARE(MoneyFormat::parseMajor(text, currency, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, minor);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
