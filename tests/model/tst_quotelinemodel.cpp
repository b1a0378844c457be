#include "model/project/project.h"
#include "model/quote/quotelinemodel.h"
#include "support/quotefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The Quote tab's table: the derived bill of materials with the terms applied, edits of
// price and discount as undo commands, and a new derivation after layout changes.
class tst_QuoteLineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheDerivedLines();
    void edit_data();
    void edit();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void typingTheCatalogPriceIsNoOverride();
    void layoutBurstIsOneRederivation();
    void termsRepriceWithoutRederiving();

private:
    int row(const QString &sku) const { return m_model->rowOf(sku); }
    Project *m_project = nullptr;
    QuoteLineModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_QuoteLineModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = new Project;
    m_project->load(QuoteFixtures::content(), QString());
    m_model = new QuoteLineModel(m_project->quote(), m_project->hall(), m_project->undoStack());
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_QuoteLineModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_project;
}

void tst_QuoteLineModel::showsTheDerivedLines()
{
    QCOMPARE(m_model->rowCount(), 14);
    QCOMPARE(m_model->columnCount(), int(QuoteLineModel::ColumnCount));
    const int oem = row(QStringLiteral("oem-server"));
    QVERIFY(oem >= 0);
    auto text = [this](int r, int column) { return m_model->index(r, column).data().toString(); };
    QCOMPARE(text(oem, QuoteLineModel::CategoryColumn), QStringLiteral("Servers"));
    QCOMPARE(text(oem, QuoteLineModel::QuantityColumn), QStringLiteral("2"));
    QCOMPARE(text(oem, QuoteLineModel::UnitPriceColumn), QStringLiteral("$200,000.00"));
    QCOMPARE(text(oem, QuoteLineModel::TotalColumn), QStringLiteral("$400,000.00"));
    const int mgmt = row(QStringLiteral("mgmt-switch"));
    QCOMPARE(text(mgmt, QuoteLineModel::UnitPriceColumn), QStringLiteral("no price"));
    QCOMPARE(text(mgmt, QuoteLineModel::TotalColumn), QStringLiteral("no price"));
    QCOMPARE(m_model->index(mgmt, 0).data(QuoteLineModel::PricedRole).toBool(), false);
    QVERIFY(m_model->flags(m_model->index(mgmt, QuoteLineModel::UnitPriceColumn))
            & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(mgmt, QuoteLineModel::QuantityColumn))
              & Qt::ItemIsEditable));
}

void tst_QuoteLineModel::edit_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("total");
    // Hand-worked: 2 x $200,000 = $400,000; at 12.5 % off, $350,000.
    QTest::newRow("negotiated price")
        << QStringLiteral("oem-server") << int(QuoteLineModel::UnitPriceColumn)
        << QStringLiteral("185,000") << QStringLiteral("$185,000.00")
        << QStringLiteral("$370,000.00");
    QTest::newRow("discount") << QStringLiteral("oem-server") << int(QuoteLineModel::DiscountColumn)
                              << QStringLiteral("12.5") << QStringLiteral("$200,000.00")
                              << QStringLiteral("$350,000.00");
    QTest::newRow("price for an unpriced line")
        << QStringLiteral("mgmt-switch") << int(QuoteLineModel::UnitPriceColumn)
        << QStringLiteral("4500.50") << QStringLiteral("$4,500.50") << QStringLiteral("$4,500.50");
}

void tst_QuoteLineModel::edit()
{
    QFETCH(QString, sku);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, unitPrice);
    QFETCH(QString, total);
    const int r = row(sku);
    const QString priceBefore =
        m_model->index(r, QuoteLineModel::UnitPriceColumn).data().toString();
    const QString totalBefore = m_model->index(r, QuoteLineModel::TotalColumn).data().toString();
    const qint64 quoteTotalBefore = m_model->totals().totalMinor;
    QSignalSpy changed(m_model, &QuoteLineModel::quoteChanged);

    QVERIFY(m_model->setData(m_model->index(r, column), typed));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(r, QuoteLineModel::UnitPriceColumn).data().toString(), unitPrice);
    QCOMPARE(m_model->index(r, QuoteLineModel::TotalColumn).data().toString(), total);
    QVERIFY(m_model->totals().totalMinor != quoteTotalBefore);

    m_project->undoStack()->undo();
    QCOMPARE(m_model->index(r, QuoteLineModel::UnitPriceColumn).data().toString(), priceBefore);
    QCOMPARE(m_model->index(r, QuoteLineModel::TotalColumn).data().toString(), totalBefore);
    QCOMPARE(m_model->totals().totalMinor, quoteTotalBefore);
    m_project->undoStack()->redo();
    QCOMPARE(m_model->index(r, QuoteLineModel::TotalColumn).data().toString(), total);

    // An empty cell goes back to the catalog (and is one more undo step).
    QVERIFY(m_model->setData(m_model->index(r, column), QString()));
    QCOMPARE(m_model->index(r, QuoteLineModel::TotalColumn).data().toString(), totalBefore);
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void tst_QuoteLineModel::badInputIsRefused_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("words for a price") << int(QuoteLineModel::UnitPriceColumn)
                                       << QStringLiteral("cheap") << QStringLiteral("amount");
    QTest::newRow("too many decimals") << int(QuoteLineModel::UnitPriceColumn)
                                       << QStringLiteral("1.234") << QStringLiteral("amount");
    QTest::newRow("negative price") << int(QuoteLineModel::UnitPriceColumn) << QStringLiteral("-5")
                                    << QStringLiteral("negative");
    QTest::newRow("discount over 100")
        << int(QuoteLineModel::DiscountColumn) << QStringLiteral("150") << QStringLiteral("100 %");
    QTest::newRow("words for a discount")
        << int(QuoteLineModel::DiscountColumn) << QStringLiteral("a lot")
        << QStringLiteral("percentage");
}

void tst_QuoteLineModel::badInputIsRefused()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QSignalSpy refused(m_model, &QuoteLineModel::editRefused);
    QVERIFY(!m_model->setData(m_model->index(row(QStringLiteral("oem-server")), column), typed));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(reason),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_QuoteLineModel::typingTheCatalogPriceIsNoOverride()
{
    const int r = row(QStringLiteral("oem-server"));
    QVERIFY(m_model->setData(m_model->index(r, QuoteLineModel::UnitPriceColumn),
                             QStringLiteral("200000.00")));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(!m_model->index(r, 0).data(QuoteLineModel::OverriddenRole).toBool());
}

void tst_QuoteLineModel::layoutBurstIsOneRederivation()
{
    QSignalSpy changed(m_model, &QuoteLineModel::quoteChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    // Two servers go in one command's worth of signals, then a third.
    LayoutEditor layout = m_project->layoutEditor();
    QVERIFY(layout.removePlacements({11, 12}).applied());
    QVERIFY(layout.removePlacements({13}).applied());
    QVERIFY(m_model->isRefreshPending());
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 1); // the OEM lines and their adapters are gone
    QCOMPARE(row(QStringLiteral("oem-server")), -1);
    QCOMPARE(row(QStringLiteral("nic-1x400")), -1);
    // The DGX keeps its ports: 8 compute links, 16 transceivers.
    QCOMPARE(m_model->quote().lines.at(row(QStringLiteral("optic-400"))).quantity, 16);

    m_project->undoStack()->undo(); // the third server comes back alone
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(row(QStringLiteral("oem-server")), -1);
    QCOMPARE(
        m_model->quote().lines.at(row(QStringLiteral("oem-server+8x-gpu-b+4-drives"))).quantity, 1);
}

void tst_QuoteLineModel::termsRepriceWithoutRederiving()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_project->quoteEditor().setTax(1000).applied());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dataChanged.count(), 1);
    // The priced lines, by hand: servers 400,000 + 240,000 + 300,000; switch 30,000;
    // adapters 24 x 2,000 + 3 x 2,500; transceivers 64 x 900; racks 2 x 1,500; PDUs 4 x 900
    //   = $1,089,700.00, and 10 % tax on it $108,970.00.
    QCOMPARE(m_model->totals().subtotalMinor, qint64(108970000));
    QCOMPARE(m_model->totals().taxMinor, qint64(10897000));
    QCOMPARE(m_model->totals().totalMinor, qint64(119867000));
}

QTEST_GUILESS_MAIN(tst_QuoteLineModel)
#include "tst_quotelinemodel.moc"
