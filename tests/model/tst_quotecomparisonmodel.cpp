#include "model/quote/quotecomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
QuoteLine line(const char *sku, qint64 quantity, std::optional<qint64> unitMinor)
{
    QuoteLine l;
    l.sku = QLatin1String(sku);
    l.description = QLatin1String(sku);
    l.quantity = quantity;
    l.listPriceKnown = unitMinor.has_value();
    l.listUnitPriceMinor = unitMinor.value_or(0);
    return l;
}
} // namespace

// The revision comparison as a table: one row per change, "before → after" where both
// exist, "no price" for unpriced lines, the difference signed.
class tst_QuoteComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rows_data();
    void rows();
    void passesTheModelTester();
};

void tst_QuoteComparisonModel::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    // Before: 4 x server at $1,000, 2 x switch at $500, 1 x cable unpriced.
    // After:  6 x server at $1,000, cable now $20, optic added at $90.
    QTest::newRow("more servers") << 0 << QStringList {QStringLiteral("Changed"),
                                                       QStringLiteral("server"),
                                                       QStringLiteral("server"),
                                                       QStringLiteral("4 → 6"),
                                                       QStringLiteral("$1,000.00"),
                                                       QStringLiteral("$4,000.00 → $6,000.00"),
                                                       QStringLiteral("+$2,000.00")};
    QTest::newRow("cable priced at last") << 1
                                          << QStringList {QStringLiteral("Changed"),
                                                          QStringLiteral("cable"),
                                                          QStringLiteral("cable"),
                                                          QStringLiteral("1"),
                                                          QStringLiteral("no price → $20.00"),
                                                          QStringLiteral("no price → $20.00"),
                                                          QStringLiteral("+$20.00")};
    QTest::newRow("optic added") << 2
                                 << QStringList {
                                        QStringLiteral("Added"),   QStringLiteral("optic"),
                                        QStringLiteral("optic"),   QStringLiteral("2"),
                                        QStringLiteral("$90.00"),  QStringLiteral("$180.00"),
                                        QStringLiteral("+$180.00")};
    QTest::newRow("switch removed")
        << 3 << QStringList {QStringLiteral("Removed"),   QStringLiteral("switch"),
                             QStringLiteral("switch"),    QStringLiteral("2"),
                             QStringLiteral("$500.00"),   QStringLiteral("$1,000.00"),
                             QStringLiteral("-$1,000.00")};
}

void tst_QuoteComparisonModel::rows()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    Quote before;
    before.lines = {line("server", 4, 100000), line("switch", 2, 50000), line("cable", 1, {})};
    Quote after;
    after.lines = {line("server", 6, 100000), line("cable", 1, 2000), line("optic", 2, 9000)};
    QuoteComparisonModel model;
    model.setComparison(compareQuotes(before, after), QStringLiteral("USD"));
    QCOMPARE(model.rowCount(), 4);
    for (int column = 0; column < QuoteComparisonModel::ColumnCount; ++column)
        QCOMPARE(model.index(row, column).data().toString(), cells.at(column));
}

void tst_QuoteComparisonModel::passesTheModelTester()
{
    QuoteComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Quote a;
    a.lines = {line("x", 1, 100)};
    Quote b;
    model.setComparison(compareQuotes(a, b), QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(QuoteComparisonModel::KindRole).toInt(),
             int(QuoteLineChange::Kind::Removed));
    model.setComparison({}, QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_QuoteComparisonModel)
#include "tst_quotecomparisonmodel.moc"
