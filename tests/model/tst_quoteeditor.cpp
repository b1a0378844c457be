#include "model/project/project.h"
#include "model/project/quoteeditor.h"
#include "model/project/sampleproject.h"
#include "model/workload/headroomview.h"
#include "support/quotefixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

Q_DECLARE_METATYPE(std::function<EditOutcome(QuoteEditor &)>)
Q_DECLARE_METATYPE(std::function<bool(const QuoteTerms &)>)

// Every quote edit is one undo command: do, check, undo, check the terms are as before,
// redo, check again. Edits that change nothing push nothing; edits that make no sense are
// refused with a reason and change nothing.
class tst_QuoteEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void unchangedPushesNothing_data();
    void unchangedPushesNothing();
    void refused_data();
    void refused();
    void currencyChangeClearsOverridesAndUndoBringsThemBack();
    void newRevisionFreezesAndDraftsTheNext();
    void frozenRevisionIgnoresLaterEdits();
    void revisionRemembersTheHeadroomLeft();

private:
    Project m_project;
};

using Edit = std::function<EditOutcome(QuoteEditor &)>;
using Check = std::function<bool(const QuoteTerms &)>;

void tst_QuoteEditor::init()
{
    m_project.load(QuoteFixtures::content(), QString());
}

void tst_QuoteEditor::roundTrip_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Check>("applied");
    const QString sku = QStringLiteral("oem-server");
    QTest::newRow("customer") << Edit([](QuoteEditor &e) {
        return e.setCustomer(QStringLiteral("  Globex  "));
    }) << Check([](const QuoteTerms &t) { return t.header.customer == QLatin1String("Globex"); });
    QTest::newRow("quote number") << Edit([](QuoteEditor &e) {
        return e.setQuoteNumber(QStringLiteral("Q-9"));
    }) << Check([](const QuoteTerms &t) { return t.header.quoteNumber == QLatin1String("Q-9"); });
    QTest::newRow("date") << Edit([](QuoteEditor &e) {
        return e.setDate(QDate(2026, 5, 1));
    }) << Check([](const QuoteTerms &t) { return t.header.date == QDate(2026, 5, 1); });
    QTest::newRow("validity") << Edit([](QuoteEditor &e) {
        return e.setValidityDays(60);
    }) << Check([](const QuoteTerms &t) { return t.header.validityDays == 60; });
    QTest::newRow("quote discount")
        << Edit([](QuoteEditor &e) { return e.setQuoteDiscount(250); })
        << Check([](const QuoteTerms &t) { return t.quoteDiscountBasisPoints == 250; });
    QTest::newRow("discount ceiling")
        << Edit([](QuoteEditor &e) { return e.setMaxDiscount(1000); })
        << Check([](const QuoteTerms &t) { return t.maxDiscountBasisPoints == 1000; });
    QTest::newRow("tax") << Edit([](QuoteEditor &e) { return e.setTax(1900); })
                         << Check([](const QuoteTerms &t) { return t.taxBasisPoints == 1900; });
    QTest::newRow("line price") << Edit([sku](QuoteEditor &e) {
        return e.setLinePrice(sku, 18000000);
    }) << Check([sku](const QuoteTerms &t) {
        return t.adjustments.value(sku).unitPriceOverrideMinor == 18000000;
    });
    QTest::newRow("line discount")
        << Edit([sku](QuoteEditor &e) { return e.setLineDiscount(sku, 1250); })
        << Check([sku](const QuoteTerms &t) {
               return t.adjustments.value(sku).discountBasisPoints == 1250;
           });
    QTest::newRow("line cost") << Edit([sku](QuoteEditor &e) {
        return e.setLineCost(sku, 21000000);
    }) << Check([sku](const QuoteTerms &t) {
        return t.adjustments.value(sku).unitCostMinor == 21000000;
    });
    QTest::newRow("price of an unpriced line") << Edit([](QuoteEditor &e) {
        return e.setLinePrice(QStringLiteral("mgmt-switch"), 450000);
    }) << Check([](const QuoteTerms &t) {
        return t.adjustments.value(QStringLiteral("mgmt-switch")).unitPriceOverrideMinor == 450000;
    });
}

void tst_QuoteEditor::roundTrip()
{
    QFETCH(Edit, edit);
    QFETCH(Check, applied);
    const QuoteTerms before = m_project.quote()->terms();
    QSignalSpy changed(m_project.quote(), &QuoteDocument::termsChanged);
    QuoteEditor editor = m_project.quoteEditor();
    QVERIFY(edit(editor).applied());
    QCOMPARE(m_project.undoStack()->count(), 1);
    QVERIFY(applied(m_project.quote()->terms()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_project.isModified());

    m_project.undoStack()->undo();
    QCOMPARE(m_project.quote()->terms(), before);
    QVERIFY(!m_project.isModified());
    m_project.undoStack()->redo();
    QVERIFY(applied(m_project.quote()->terms()));
    QCOMPARE(changed.count(), 3);
}

void tst_QuoteEditor::unchangedPushesNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("same customer")
        << Edit([](QuoteEditor &e) { return e.setCustomer(QStringLiteral("Acme AI ")); });
    QTest::newRow("same tax") << Edit([](QuoteEditor &e) { return e.setTax(0); });
    QTest::newRow("same currency, lower case")
        << Edit([](QuoteEditor &e) { return e.setCurrency(QStringLiteral("usd")); });
    QTest::newRow("catalog price again") << Edit(
        [](QuoteEditor &e) { return e.setLinePrice(QStringLiteral("oem-server"), std::nullopt); });
    QTest::newRow("no cost again")
        << Edit([](QuoteEditor &e) { return e.setLineCost(QStringLiteral("oem-server"), {}); });
    QTest::newRow("no discount again")
        << Edit([](QuoteEditor &e) { return e.setLineDiscount(QStringLiteral("oem-server"), 0); });
}

void tst_QuoteEditor::unchangedPushesNothing()
{
    QFETCH(Edit, edit);
    QuoteEditor editor = m_project.quoteEditor();
    QCOMPARE(edit(editor).status, EditOutcome::Status::Unchanged);
    QCOMPARE(m_project.undoStack()->count(), 0);
}

void tst_QuoteEditor::refused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("reason");
    QTest::newRow("discount over 100 %")
        << Edit([](QuoteEditor &e) { return e.setQuoteDiscount(10001); })
        << QStringLiteral("between 0 and 100");
    QTest::newRow("negative line discount")
        << Edit([](QuoteEditor &e) { return e.setLineDiscount(QStringLiteral("oem-server"), -5); })
        << QStringLiteral("between 0 and 100");
    QTest::newRow("negative price")
        << Edit([](QuoteEditor &e) { return e.setLinePrice(QStringLiteral("oem-server"), -1); })
        << QStringLiteral("negative");
    QTest::newRow("negative cost")
        << Edit([](QuoteEditor &e) { return e.setLineCost(QStringLiteral("oem-server"), -1); })
        << QStringLiteral("negative");
    QTest::newRow("not a currency")
        << Edit([](QuoteEditor &e) { return e.setCurrency(QStringLiteral("dollars")); })
        << QStringLiteral("ISO 4217");
    QTest::newRow("zero validity") << Edit([](QuoteEditor &e) { return e.setValidityDays(0); })
                                   << QStringLiteral("1 to 3650 days");
    QTest::newRow("invalid date") << Edit([](QuoteEditor &e) { return e.setDate(QDate()); })
                                  << QStringLiteral("valid date");
    QTest::newRow("tax over 100 %")
        << Edit([](QuoteEditor &e) { return e.setTax(20000); }) << QStringLiteral("tax rate");
}

void tst_QuoteEditor::refused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, reason);
    const QuoteTerms before = m_project.quote()->terms();
    QuoteEditor editor = m_project.quoteEditor();
    const EditOutcome outcome = edit(editor);
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
    QCOMPARE(m_project.undoStack()->count(), 0);
    QCOMPARE(m_project.quote()->terms(), before);
}

void tst_QuoteEditor::currencyChangeClearsOverridesAndUndoBringsThemBack()
{
    QuoteEditor editor = m_project.quoteEditor();
    QVERIFY(editor.setLinePrice(QStringLiteral("oem-server"), 18000000).applied());
    QVERIFY(editor.setLineDiscount(QStringLiteral("oem-server"), 500).applied());
    QVERIFY(editor.setLinePrice(QStringLiteral("pdu-a"), 80000).applied());
    QVERIFY(editor.setLineCost(QStringLiteral("oem-server"), 15000000).applied());
    const QuoteTerms dollars = m_project.quote()->terms();

    QVERIFY(editor.setCurrency(QStringLiteral("eur")).applied());
    const QuoteTerms &euros = m_project.quote()->terms();
    QCOMPARE(euros.currency, QStringLiteral("EUR"));
    // Prices typed in dollars go; the discount stays; an emptied adjustment is removed.
    QCOMPARE(euros.adjustments.size(), 1);
    QCOMPARE(euros.adjustments.value(QStringLiteral("oem-server")).discountBasisPoints, 500);
    QVERIFY(!euros.adjustments.value(QStringLiteral("oem-server")).unitPriceOverrideMinor);
    QVERIFY(!euros.adjustments.value(QStringLiteral("oem-server")).unitCostMinor);
    QVERIFY2(m_project.undoStack()->undoText().contains(QStringLiteral("EUR")),
             qPrintable(m_project.undoStack()->undoText()));

    m_project.undoStack()->undo();
    QCOMPARE(m_project.quote()->terms(), dollars);
}

void tst_QuoteEditor::newRevisionFreezesAndDraftsTheNext()
{
    QuoteEditor editor = m_project.quoteEditor();
    QVERIFY(editor.setLineDiscount(QStringLiteral("oem-server"), 1000).applied());
    const Quote current = m_project.quote()->currentQuote(*m_project.hall());
    QSignalSpy revisions(m_project.quote(), &QuoteDocument::revisionsChanged);
    // Whoever hears of the revisions sees the draft already moved on (and back on undo):
    // the Revisions panel and the header read both.
    QList<std::pair<qsizetype, int>> seen; // revisions frozen, the draft's number
    QObject listener; // disconnects when this test ends: the project lives on
    connect(m_project.quote(), &QuoteDocument::revisionsChanged, &listener, [&] {
        seen.append(
            {m_project.quote()->revisions().size(), m_project.quote()->terms().header.revision});
    });

    QVERIFY(editor.newRevision(QDate(2026, 4, 1)).applied());
    QCOMPARE(revisions.count(), 1);
    QCOMPARE(m_project.quote()->revisions().size(), 1);
    const QuoteRevision &frozen = m_project.quote()->revisions().first();
    QCOMPARE(frozen.number(), 1);
    QCOMPARE(frozen.quote, current);
    QCOMPARE(frozen.figures.acceleratorCount, 32);
    QVERIFY(frozen.createdAt.isValid());
    QCOMPARE(m_project.quote()->terms().header.revision, 2);
    QCOMPARE(m_project.quote()->terms().header.date, QDate(2026, 4, 1));
    // The draft keeps its negotiations.
    QCOMPARE(m_project.quote()
                 ->terms()
                 .adjustments.value(QStringLiteral("oem-server"))
                 .discountBasisPoints,
             1000);

    m_project.undoStack()->undo();
    QVERIFY(m_project.quote()->revisions().isEmpty());
    QCOMPARE(m_project.quote()->terms().header.revision, 1);
    QCOMPARE(m_project.quote()->terms().header.date, QDate(2026, 3, 2));
    m_project.undoStack()->redo();
    QCOMPARE(m_project.quote()->revisions().size(), 1);
    QCOMPARE(m_project.quote()->revisions().first().quote, current);
    QCOMPARE(m_project.quote()->terms().header.revision, 2);
    const QList<std::pair<qsizetype, int>> expected = {{1, 2}, {0, 1}, {1, 2}};
    QCOMPARE(seen, expected);
}

void tst_QuoteEditor::frozenRevisionIgnoresLaterEdits()
{
    QuoteEditor editor = m_project.quoteEditor();
    QVERIFY(editor.newRevision().applied());
    const Quote frozen = m_project.quote()->revisions().first().quote;
    // Later: a discount, and a server less in the layout.
    QVERIFY(editor.setTax(800).applied());
    LayoutEditor layout = m_project.layoutEditor();
    QVERIFY(layout.removePlacements({11}).applied());
    QCOMPARE(m_project.quote()->revisions().first().quote, frozen);
    const Quote draft = m_project.quote()->currentQuote(*m_project.hall());
    QCOMPARE(draft.taxBasisPoints, 800);
    QCOMPARE(draft.lines.first().quantity, 1); // one OEM build left
    QCOMPARE(frozen.lines.first().quantity, 2);
}

void tst_QuoteEditor::revisionRemembersTheHeadroomLeft()
{
    // The sample runs a fine-tuning job and a chat service: freezing keeps the hall's
    // headroom as the tracker reports it, and taking the job off shows in a comparison.
    Project project;
    project.load(SampleProject::content(), QString());
    const ScopeHeadroom hall = project.headroom()->current().headroom(HeadroomScope::hall());
    QVERIFY(project.quoteEditor().newRevision().applied());
    const HallFigures frozen = project.quote()->revisions().first().figures;
    const std::optional<double> compute =
        frozen.headroomFraction[0][int(HeadroomDimension::Compute)];
    QVERIFY(compute);
    QCOMPARE(*compute, *hall.training[int(HeadroomDimension::Compute)].headroomFraction());
    QVERIFY(*compute < 0.99); // the job uses some of it
    for (int d = 0; d < kHeadroomDimensionCount; ++d)
        QCOMPARE(frozen.headroomFraction[1][size_t(d)], hall.inference[d].headroomFraction());

    const WorkloadId job = project.workloads()->workloadIds().front();
    QCOMPARE(project.workloads()->workload(job)->kind, WorkloadKind::Training);
    QVERIFY(project.workloadEditor().removeWorkloads({job}).applied());
    QVERIFY(project.quoteEditor().newRevision().applied());
    const HallFigures after = project.quote()->revisions().at(1).figures;
    QCOMPARE(*after.headroomFraction[0][int(HeadroomDimension::Compute)], 1.0);
    const QString change = HallFigures::describeHeadroomChange(frozen, after);
    QVERIFY2(change.contains(QStringLiteral("Compute (training)")), qPrintable(change));
    QVERIFY2(change.contains(QStringLiteral("→ 100 %")), qPrintable(change));
}

QTEST_GUILESS_MAIN(tst_QuoteEditor)
#include "tst_quoteeditor.moc"
