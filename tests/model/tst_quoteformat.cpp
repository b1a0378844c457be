#include "model/quote/quoteformat.h"

#include <QTest>

// Amounts and percentages as people read and type them, per locale.
class tst_QuoteFormat : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void parsesMoney_data();
    void parsesMoney();
    void parsesPercent_data();
    void parsesPercent();
    void unpricedLineSaysSo();
    void editTextReadsBackTheSame_data();
    void editTextReadsBackTheSame();
};

void tst_QuoteFormat::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("signedMoney");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("US dollars") << us << qint64(25574000) << QStringLiteral("USD")
                                << QStringLiteral("$255,740.00") << QStringLiteral("+$255,740.00");
    QTest::newRow("a credit") << us << qint64(-1999) << QStringLiteral("USD")
                              << QStringLiteral("-$19.99") << QStringLiteral("-$19.99");
    QTest::newRow("yen have no minor unit")
        << us << qint64(27500) << QStringLiteral("JPY") << QStringLiteral("¥27,500")
        << QStringLiteral("+¥27,500");
    // The C locale of a script would put "$" last; amounts read as in US English instead.
    QTest::newRow("C locale") << QLocale::c() << qint64(100) << QStringLiteral("USD")
                              << QStringLiteral("$1.00") << QStringLiteral("+$1.00");
}

void tst_QuoteFormat::formats()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, money);
    QFETCH(QString, signedMoney);
    const QuoteFormat format(locale);
    QCOMPARE(format.money(minor, currency), money);
    QCOMPARE(format.signedMoney(minor, currency), signedMoney);
}

void tst_QuoteFormat::parsesMoney_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("plain") << us << QStringLiteral("255740") << QStringLiteral("USD")
                           << qint64(25574000);
    QTest::newRow("grouped with cents")
        << us << QStringLiteral("1,234.5") << QStringLiteral("USD") << qint64(123450);
    QTest::newRow("with the symbol")
        << us << QStringLiteral("$ 99.99") << QStringLiteral("USD") << qint64(9999);
    QTest::newRow("German grouping")
        << de << QStringLiteral("1.234,56") << QStringLiteral("EUR") << qint64(123456);
    QTest::newRow("euro sign") << de << QStringLiteral("12,50 €") << QStringLiteral("EUR")
                               << qint64(1250);
    QTest::newRow("yen with decimals")
        << us << QStringLiteral("100.5") << QStringLiteral("JPY") << qint64(-1);
    QTest::newRow("words") << us << QStringLiteral("lots") << QStringLiteral("USD") << qint64(-1);
}

void tst_QuoteFormat::parsesMoney()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const std::optional<qint64> parsed = QuoteFormat(locale).parseMoney(text, currency);
    if (minor < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-1), minor);
}

void tst_QuoteFormat::parsesPercent_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints"); // -1: refused
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("whole") << us << QStringLiteral("7") << 700;
    QTest::newRow("with a sign") << us << QStringLiteral("12.5 %") << 1250;
    QTest::newRow("German decimal comma") << de << QStringLiteral("12,25") << 1225;
    QTest::newRow("three decimals") << us << QStringLiteral("1.125") << -1;
}

void tst_QuoteFormat::parsesPercent()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(int, basisPoints);
    const std::optional<int> parsed = QuoteFormat(locale).parsePercent(text);
    if (basisPoints < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-1), basisPoints);
}

void tst_QuoteFormat::editTextReadsBackTheSame_data()
{
    // Opening a cell and pressing Return must not change the amount: in German the editor
    // once offered "255740.00", which the parser read as 25,574,000.00.
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expectedMoney");
    QTest::addColumn<QString>("expectedPercent");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringLiteral("255740.05") << QStringLiteral("12.5");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("255740,05") << QStringLiteral("12,5");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                            << QStringLiteral("255740,05") << QStringLiteral("12,5");
}

void tst_QuoteFormat::editTextReadsBackTheSame()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expectedMoney);
    QFETCH(QString, expectedPercent);
    const QuoteFormat format(locale);
    const QString money = format.editMoney(25574005, QStringLiteral("USD"));
    QCOMPARE(money, expectedMoney);
    QCOMPARE(format.parseMoney(money, QStringLiteral("USD")).value_or(-1), qint64(25574005));
    const QString percent = format.editPercent(1250);
    QCOMPARE(percent, expectedPercent);
    QCOMPARE(format.parsePercent(percent).value_or(-1), 1250);
}

void tst_QuoteFormat::unpricedLineSaysSo()
{
    QuoteLine line;
    line.listPriceKnown = false;
    const QuoteFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format.unitPrice(line, QStringLiteral("USD")), QStringLiteral("no price"));
    line.unitPriceOverrideMinor = 500;
    QCOMPARE(format.unitPrice(line, QStringLiteral("USD")), QStringLiteral("$5.00"));
    QCOMPARE(format.percent(1250), QStringLiteral("12.5 %"));
    QCOMPARE(format.percent(2500), QStringLiteral("25 %"));
    QCOMPARE(format.percent(825), QStringLiteral("8.25 %"));
}

QTEST_GUILESS_MAIN(tst_QuoteFormat)
#include "tst_quoteformat.moc"
