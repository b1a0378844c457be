#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/quotetables.h"
#include "model/quote/networkparts.h"
#include "support/filehash.h"
#include "support/quotefixtures.h"

#include <QTemporaryDir>
#include <QTest>

// The quote in the project file (schema version 3): everything saved comes back equal,
// older files open with a fresh quote and stay untouched, and damaged quote rows are
// refused with table, row and column.
class tst_QuoteTables : public QObject
{
    Q_OBJECT

private slots:
    void saveThenOpenKeepsTheQuote();
    void networkPartsAreFrozenIntoTheFile();
    void olderFilesOpenWithAFreshQuote_data();
    void olderFilesOpenWithAFreshQuote();
    void damagedQuoteNamesTheField_data();
    void damagedQuoteNamesTheField();

private:
    QTemporaryDir m_dir;
};

void tst_QuoteTables::saveThenOpenKeepsTheQuote()
{
    Project project;
    project.load(QuoteFixtures::content(), QString());
    QuoteEditor editor = project.quoteEditor();
    QVERIFY(editor.setLinePrice(QStringLiteral("mgmt-switch"), 450000).applied());
    QVERIFY(editor.setLineDiscount(QStringLiteral("oem-server"), 1250).applied());
    QVERIFY(editor.setTax(825).applied());
    QVERIFY(editor.setLineCost(QStringLiteral("oem-server"), 21000000).applied());
    QVERIFY(editor.newRevision(QDate(2026, 3, 9)).applied()); // unpriced lines frozen too
    QVERIFY(editor.setQuoteDiscount(300).applied());
    QVERIFY(editor.setCustomer(QStringLiteral("Acme AI, Inc. — \"Lab\"")).applied());
    QVERIFY(editor.newRevision(QDate(2026, 3, 16)).applied());
    QVERIFY(editor.setLinePrice(QStringLiteral("mgmt-switch"), std::nullopt).applied());

    const QString path = m_dir.filePath(QStringLiteral("quote.headroom"));
    QString error;
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path);
    QVERIFY2(loaded.content, qPrintable(loaded.error));
    QCOMPARE(loaded.content->schemaVersion, 3);
    const QuoteState &state = loaded.content->quote;
    QCOMPARE(state.terms, project.quote()->terms());
    QCOMPARE(state.revisions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QuoteRevision &saved = project.quote()->revisions().at(i);
        const QuoteRevision &read = state.revisions.at(i);
        QCOMPARE(read.quote, saved.quote);
        QVERIFY(!saved.figures.headroomJson().isEmpty()); // the power left, at least
        QCOMPARE(read.figures, saved.figures);
        // ISO dates keep seconds, not milliseconds.
        QCOMPARE(read.createdAt.toSecsSinceEpoch(), saved.createdAt.toSecsSinceEpoch());
    }
    // Unpriced lines stay unpriced (NULL), never become free.
    bool sawUnpriced = false;
    for (const QuoteLine &line : state.revisions.first().quote.lines) {
        if (!line.listPriceKnown)
            sawUnpriced = true;
    }
    QVERIFY(sawUnpriced);

    // Opened again, the draft prices exactly as before.
    Project reopened;
    reopened.load(*loaded.content, path);
    QCOMPARE(reopened.quote()->currentQuote(*reopened.hall()),
             project.quote()->currentQuote(*project.hall()));
}

void tst_QuoteTables::networkPartsAreFrozenIntoTheFile()
{
    // A project that froze no parts gets the shipped ones on load, and keeps them when saved.
    Project project;
    ProjectContent content = QuoteFixtures::content();
    content.catalog = QuoteFixtures::catalog();
    project.load(content, QString());
    QList<CatalogItem> shipped = NetworkParts::shipped();
    // A file lists its catalog rows by id.
    std::sort(shipped.begin(), shipped.end(),
              [](const CatalogItem &a, const CatalogItem &b) { return a.id < b.id; });
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(project.quote()->networkParts().items().size(), shipped.size());

    const QString path = m_dir.filePath(QStringLiteral("parts.headroom"));
    QString error;
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path);
    QVERIFY(loaded.content);
    QStringList saved;
    for (const CatalogItem &item : NetworkParts::partsIn(loaded.content->catalog))
        saved.append(item.id);
    QStringList expected;
    for (const CatalogItem &item : shipped)
        expected.append(item.id);
    QCOMPARE(saved, expected);
}

void tst_QuoteTables::olderFilesOpenWithAFreshQuote_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::newRow("version 1") << QStringLiteral("project-v1.headroom") << 1;
    QTest::newRow("version 2") << QStringLiteral("project-v2.headroom") << 2;
}

void tst_QuoteTables::olderFilesOpenWithAFreshQuote()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString path = m_dir.filePath(fixture);
    QVERIFY(QFile::copy(QFINDTESTDATA(QStringLiteral("fixtures/") + fixture), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = HeadroomTest::sha256(path);

    const auto loaded = ProjectFile::load(path);
    QVERIFY2(loaded.content, qPrintable(loaded.error));
    QCOMPARE(loaded.content->schemaVersion, version);
    const QuoteState &state = loaded.content->quote;
    QCOMPARE(state.terms.header.revision, 1);
    QVERIFY(state.terms.header.customer.isEmpty());
    QCOMPARE(state.terms.currency, QStringLiteral("USD"));
    QVERIFY(state.terms.adjustments.isEmpty());
    QVERIFY(state.revisions.isEmpty());
    QCOMPARE(HeadroomTest::sha256(path), before);

    // Its quote is the layout's: two fixture servers at the catalog's $270,000.
    Project project;
    project.load(*loaded.content, path);
    const Quote quote = project.quote()->currentQuote(*project.hall());
    QCOMPARE(quote.lines.first().sku, QStringLiteral("fx-server"));
    QCOMPARE(quote.lines.first().quantity, 2);
    QCOMPARE(quote.lines.first().unitPriceMinor(), qint64(27000000));
}

void tst_QuoteTables::damagedQuoteNamesTheField_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("tax of 200 %")
        << QStringLiteral("project-v3-bad-tax.headroom")
        << QStringLiteral("table quote, row 1, column tax_bp: must be 0 to 10000 (basis points)");
    QTest::newRow("line of no known category")
        << QStringLiteral("project-v3-bad-line.headroom")
        << QStringLiteral(
               "table quote_revision_lines, row 1/0, column category: unknown value 'spaceship'");
}

void tst_QuoteTables::damagedQuoteNamesTheField()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString path = QFINDTESTDATA(QStringLiteral("fixtures/") + fixture);
    QVERIFY(!path.isEmpty());
    const QByteArray before = HeadroomTest::sha256(path);
    const auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.content);
    QVERIFY2(loaded.error.contains(message), qPrintable(loaded.error));
    QCOMPARE(HeadroomTest::sha256(path), before);
}

QTEST_GUILESS_MAIN(tst_QuoteTables)
#include "tst_quotetables.moc"
