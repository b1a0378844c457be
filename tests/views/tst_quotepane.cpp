#include "model/project/project.h"
#include "model/quote/quotecomparisonmodel.h"
#include "model/quote/quoteformat.h"
#include "model/quote/quotelinemodel.h"
#include "support/quotefixtures.h"
#include "support/testenvironment.h"
#include "views/quote/quoteheaderform.h"
#include "views/quote/quotepane.h"
#include "views/quote/quoterevisionspanel.h"
#include "views/quote/quotetotalsview.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The Quote tab as a user drives it: fields and table cells become undo commands and
// follow undo; totals follow the layout; exports write where the user says; revisions
// freeze and compare.
class tst_QuotePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerFieldIsOneUndoStep();
    void refusedFieldShowsTheDocument();
    void tableEditAndDeleteKey();
    void totalsFollowTheLayout();
    void marginFromTypedCosts();
    void exports_data();
    void exports();
    void freezeAndCompare();

private:
    Project *m_project = nullptr;
    QuotePane *m_pane = nullptr;
    QTemporaryDir m_dir;
};

void tst_QuotePane::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_QuotePane::init()
{
    m_project = new Project;
    m_project->load(QuoteFixtures::content(), QString());
    m_pane = new QuotePane(m_project);
    m_pane->resize(1200, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void tst_QuotePane::cleanup()
{
    delete m_pane;
    delete m_project;
}

void tst_QuotePane::headerFieldIsOneUndoStep()
{
    QLineEdit *customer = m_pane->headerForm()->customerEdit();
    QCOMPARE(customer->text(), QStringLiteral("Acme AI"));
    customer->setFocus();
    customer->selectAll();
    QTest::keyClicks(customer, QStringLiteral("Globex"));
    QCOMPARE(m_project->undoStack()->count(), 0); // not one command per keystroke
    QTest::keyClick(customer, Qt::Key_Return);
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->quote()->terms().header.customer, QStringLiteral("Globex"));
    m_project->undoStack()->undo();
    QCOMPARE(customer->text(), QStringLiteral("Acme AI"));
    m_project->undoStack()->redo();
    QCOMPARE(customer->text(), QStringLiteral("Globex"));

    QDoubleSpinBox *tax = m_pane->headerForm()->taxEdit();
    tax->setFocus();
    tax->selectAll();
    QTest::keyClicks(tax, QStringLiteral("8.25"));
    QTest::keyClick(tax, Qt::Key_Return);
    QCOMPARE(m_project->quote()->terms().taxBasisPoints, 825);
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void tst_QuotePane::refusedFieldShowsTheDocument()
{
    QSignalSpy status(m_pane, &QuotePane::statusMessage);
    QComboBox *currency = m_pane->headerForm()->currencyEdit();
    currency->setFocus();
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), QStringLiteral("euros"));
    QTest::keyClick(currency->lineEdit(), Qt::Key_Return);
    QVERIFY(status.count() >= 1);
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("ISO 4217")),
             qPrintable(status.last().first().toString()));
    QCOMPARE(currency->currentText(), QStringLiteral("USD"));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_QuotePane::tableEditAndDeleteKey()
{
    QTableView *table = m_pane->table();
    QuoteLineModel *model = m_pane->lineModel();
    const QModelIndex price =
        model->index(model->rowOf(QStringLiteral("mgmt-switch")), QuoteLineModel::UnitPriceColumn);
    table->setFocus();
    table->setCurrentIndex(price);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("4500"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(price.data().toString(), QStringLiteral("$4,500.00"));
    QCOMPARE(m_project->undoStack()->count(), 1);

    // Delete on the cell: back to the catalog (which has no price), one more undo step.
    table->setFocus();
    table->setCurrentIndex(price);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(price.data().toString(), QStringLiteral("no price"));
    QCOMPARE(m_project->undoStack()->count(), 2);
    // On a cell with nothing negotiated, Delete changes nothing and pushes nothing.
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(price.data().toString(), QStringLiteral("$4,500.00"));
}

void tst_QuotePane::marginFromTypedCosts()
{
    QuoteTotalsView *totals = m_pane->totalsView();
    QuoteLineModel *model = m_pane->lineModel();
    QCOMPARE(totals->marginText(), QStringLiteral("enter your unit costs"));
    // $1,000.00 a unit typed into the cost cell of every priced line, one undo step each.
    qint64 costMinor = 0;
    int priced = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(QuoteLineModel::PricedRole).toBool())
            continue;
        ++priced;
        const QModelIndex cost = model->index(row, QuoteLineModel::UnitCostColumn);
        QVERIFY(cost.flags() & Qt::ItemIsEditable);
        QVERIFY(model->setData(cost, QStringLiteral("1000")));
        costMinor += 100000 * model->quote().lines.at(row).quantity;
        if (priced == 1)
            QCOMPARE(totals->marginText().contains(QStringLiteral("without a cost")),
                     model->totals().pricedLineCount > 1);
    }
    QCOMPARE(m_project->undoStack()->count(), priced);
    const qint64 expected = model->totals().taxableMinor - costMinor;
    QVERIFY2(totals->marginText().startsWith(QuoteFormat().money(expected, QStringLiteral("USD"))),
             qPrintable(totals->marginText()));
    // The cell shows what was typed as money; undo takes one cost back.
    QCOMPARE(model->index(0, QuoteLineModel::UnitCostColumn).data().toString(),
             QStringLiteral("$1,000.00"));
    m_project->undoStack()->undo();
    QVERIFY(totals->marginText().contains(QStringLiteral("without a cost")));
}

void tst_QuotePane::totalsFollowTheLayout()
{
    QuoteTotalsView *totals = m_pane->totalsView();
    // tst_quotelinemodel's hand-worked total, without tax.
    QCOMPARE(totals->totalText(), QStringLiteral("$1,089,700.00"));
    QVERIFY(totals->warningTexts().join(QLatin1Char(' ')).contains(QStringLiteral("OOB-48")));
    // One OEM build less, by hand: the server $200,000, its eight compute adapters
    // $16,000 and its front-end adapter $2,500, and the 16 transceivers of its eight
    // links $14,400: 1,089,700 - 232,900 = $856,800.00 (the cables have no price).
    QVERIFY(m_project->layoutEditor().removePlacements({11}).applied());
    QTRY_COMPARE(totals->totalText(), QStringLiteral("$856,800.00"));
    m_project->undoStack()->undo();
    QTRY_COMPARE(totals->totalText(), QStringLiteral("$1,089,700.00"));
}

void tst_QuotePane::exports_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("CSV") << QStringLiteral("actionExportCsv") << QStringLiteral("quote.csv")
                         << QByteArray("sku,description,quantity,unit_price");
    QTest::newRow("XLSX") << QStringLiteral("actionExportXlsx") << QStringLiteral("quote")
                          << QByteArray("PK"); // a zip: the suffix is added
}

void tst_QuotePane::exports()
{
    QFETCH(QString, action);
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    QString asked;
    m_pane->setPathChooser([&](const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return m_dir.filePath(file);
    });
    QAction *export_ = m_pane->findChild<QAction *>(action);
    QVERIFY(export_);
    export_->trigger();
    QVERIFY2(asked.contains(QStringLiteral("Q-TEST-1 rev 1")), qPrintable(asked));
    QString written = m_dir.filePath(file);
    if (!written.contains(QLatin1Char('.')))
        written += QStringLiteral(".xlsx");
    QFile out(written);
    QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(written));
    QVERIFY(out.readAll().startsWith(start));
    QCOMPARE(m_project->undoStack()->count(), 0); // an export is no edit
}

void tst_QuotePane::freezeAndCompare()
{
    QuoteRevisionsPanel *revisions = m_pane->revisionsPanel();
    QCOMPARE(revisions->beforeBox()->count(), 1); // only the draft
    m_pane->freezeRevisionAction()->trigger();
    QCOMPARE(m_project->quote()->revisions().size(), 1);
    QCOMPARE(revisions->beforeBox()->count(), 2);
    QCOMPARE(revisions->beforeBox()->currentData().toInt(), 1);
    QCOMPARE(revisions->afterBox()->currentData().toInt(), 0);
    QVERIFY2(revisions->summaryText().contains(QStringLiteral("No line changed")),
             qPrintable(revisions->summaryText()));

    // A discount on the draft: one changed line, a negative difference.
    QVERIFY(m_project->quoteEditor().setLineDiscount(QStringLiteral("oem-server"), 1000).applied());
    QuoteComparisonModel *comparison = revisions->comparisonModel();
    QCOMPARE(comparison->rowCount(), 1);
    QCOMPARE(comparison->index(0, QuoteComparisonModel::DifferenceColumn).data().toString(),
             QStringLiteral("-$40,000.00"));
    QVERIFY2(revisions->summaryText().contains(QStringLiteral("$1,089,700.00 → $1,049,700.00")),
             qPrintable(revisions->summaryText()));
    QVERIFY(revisions->summaryText().contains(QStringLiteral("Accelerators 32 → 32")));
}

QTEST_MAIN(tst_QuotePane)
#include "tst_quotepane.moc"
