#include "model/quote/quotecomparison.h"

#include <QTest>

namespace {
QuoteLine line(const char *sku, qint64 quantity, qint64 unitMinor, int discountBp = 0)
{
    QuoteLine l;
    l.sku = QLatin1String(sku);
    l.description = QLatin1String(sku);
    l.quantity = quantity;
    l.listUnitPriceMinor = unitMinor;
    l.discountBasisPoints = discountBp;
    return l;
}
} // namespace

class tst_QuoteComparison : public QObject
{
    Q_OBJECT

private slots:
    void identicalRevisionsHaveNoChanges();
    void addedRemovedAndChanged();
};

void tst_QuoteComparison::identicalRevisionsHaveNoChanges()
{
    Quote a;
    a.lines = {line("xe9680", 4, 25574000), line("qm9700", 2, 3000000)};
    QVERIFY(compareQuotes(a, a).isEmpty());
}

void tst_QuoteComparison::addedRemovedAndChanged()
{
    Quote r1;
    r1.header.revision = 1;
    r1.lines = {line("xe9680", 4, 25574000), line("qm9700", 2, 3000000), line("ar3100", 2, 150000)};
    Quote r2 = r1;
    r2.header.revision = 2;
    r2.lines = {line("xe9680", 6, 25574000, 500), line("ar3100", 2, 150000),
                line("sn5600", 1, 4500000)};

    const QuoteComparison diff = compareQuotes(r1, r2);
    QCOMPARE(diff.changes.size(), 3);
    const QuoteLineChange &changed = diff.changes.at(0);
    QCOMPARE(changed.sku, QStringLiteral("xe9680"));
    QCOMPARE(changed.kind, QuoteLineChange::Kind::Changed);
    QCOMPARE(changed.quantityBefore, qint64(4));
    QCOMPARE(changed.quantityAfter, qint64(6));
    QCOMPARE(changed.totalBeforeMinor, qint64(102296000));
    QCOMPARE(changed.totalAfterMinor, qint64(145771800)); // 6 × 255,740 × 0.95
    QCOMPARE(diff.changes.at(1).sku, QStringLiteral("sn5600"));
    QCOMPARE(diff.changes.at(1).kind, QuoteLineChange::Kind::Added);
    QCOMPARE(diff.changes.at(2).sku, QStringLiteral("qm9700"));
    QCOMPARE(diff.changes.at(2).kind, QuoteLineChange::Kind::Removed);
    QCOMPARE(diff.changes.at(2).totalDeltaMinor(), qint64(-6000000));
    // (145,771,800 + 300,000 + 4,500,000) − (102,296,000 + 6,000,000 + 300,000)
    //   = 150,571,800 − 108,596,000
    QCOMPARE(diff.totalDeltaMinor(), qint64(41975800));
}

QTEST_GUILESS_MAIN(tst_QuoteComparison)
#include "tst_quotecomparison.moc"
