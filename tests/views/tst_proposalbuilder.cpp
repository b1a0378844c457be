#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/quote/quotecalculator.h"
#include "support/pdftext.h"
#include "support/quotefixtures.h"
#include "support/testenvironment.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalrenderer.h"
#include "views/proposal/rackelevations.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using HeadroomTest::dollars;

// The proposal a customer reads, checked through its text as pdftotext extracts it:
// every section on pages of its own, the customer, every bill-of-materials line and the
// total, page numbers and title blocks, embedded fonts.
class tst_ProposalBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sectionsStartOnTheirOwnPages();
    void customerEveryLineAndTheTotalAreInTheText();
    void elevationPages_data();
    void elevationPages();
    void fontsAreEmbeddedAndTextSelectable();
    void companyAndLogoOnTheCover();

private:
    QString render(const Project &project, const QString &name, const CompanyProfile &company = {},
                   int *pageCount = nullptr);
    QTemporaryDir m_dir;
};

void tst_ProposalBuilder::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (qEnvironmentVariableIsSet("HEADROOM_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
}

QString tst_ProposalBuilder::render(const Project &project, const QString &name,
                                    const CompanyProfile &company, int *pageCount)
{
    const QString path = m_dir.filePath(name);
    const auto result = ProposalRenderer::renderToFile(ProposalBuilder::build(project, company),
                                                       path, {QPageSize(QPageSize::A4), 300});
    if (!result.ok)
        return {};
    if (pageCount)
        *pageCount = result.pageCount;
    return path;
}

void tst_ProposalBuilder::sectionsStartOnTheirOwnPages()
{
    Project project;
    project.load(SampleProject::content(), QString());
    int pageCount = 0;
    const QString path = render(project, QStringLiteral("sample.pdf"), {}, &pageCount);
    QVERIFY(!path.isEmpty());
    const QStringList pages = HeadroomTest::pdfPages(path);
    QCOMPARE(pages.size(), pageCount);
    QVERIFY2(HeadroomTest::pdfTool(QStringLiteral("pdfinfo"), path)
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pageCount))),
             "pdfinfo counts the pages the renderer reports");

    // The cover, then each section from the top of a page of its own, in order.
    QVERIFY(pages.first().contains(QStringLiteral("Prepared for Example AI Lab")));
    int previous = 0;
    for (const QString &title : ProposalBuilder::sectionTitles()) {
        int found = -1;
        for (int p = previous + 1; p < pages.size() && found < 0; ++p) {
            const QStringList lines = pages.at(p).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            // Line 0 is the title block; the section heading comes next.
            if (lines.size() > 1 && lines.at(1).trimmed() == title)
                found = p;
        }
        QVERIFY2(found > previous, qPrintable(title));
        previous = found;
    }
    // Every page: a title block (but the cover), "Page x of n", and something to read.
    for (int p = 0; p < pages.size(); ++p) {
        const QString &page = pages.at(p);
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())),
                 qPrintable(page));
        QCOMPARE(page.contains(QStringLiteral("Example AI Lab · Quote")), p > 0);
        const int lines = int(page.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
        QVERIFY2(lines >= 4, qPrintable(QStringLiteral("page %1 is empty").arg(p + 1)));
    }
}

void tst_ProposalBuilder::customerEveryLineAndTheTotalAreInTheText()
{
    Project project;
    project.load(QuoteFixtures::content(), QString());
    QVERIFY(project.quoteEditor().setTax(1000).applied());
    const QString path = render(project, QStringLiteral("fixture.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = HeadroomTest::pdfPages(path, false).join(QLatin1Char('\n'));
    const QString squeezed = HeadroomTest::squeezed(text);
    QVERIFY(text.contains(QStringLiteral("Acme AI")));
    QVERIFY(text.contains(QStringLiteral("Q-TEST-1")));
    const Quote quote = project.quote()->currentQuote(*project.hall());
    QCOMPARE(quote.lines.size(), 14);
    for (const QuoteLine &line : quote.lines)
        QVERIFY2(squeezed.contains(HeadroomTest::squeezed(line.sku)), qPrintable(line.sku));
    // tst_quotelinemodel's hand-worked total: $1,089,700.00 plus 10 % tax.
    QCOMPARE(QuoteCalculator::compute(quote).totalMinor, qint64(119867000));
    QVERIFY2(squeezed.contains(QStringLiteral("Total") + dollars(119867000)),
             qPrintable(dollars(119867000)));
    // Unpriced lines say so, and are counted out of the total in words.
    QVERIFY(text.contains(QStringLiteral("no price")));
    QVERIFY2(squeezed.contains(HeadroomTest::squeezed(QStringLiteral("are not in the total"))),
             qPrintable(text));
}

void tst_ProposalBuilder::elevationPages_data()
{
    QTest::addColumn<int>("designs");
    QTest::addColumn<int>("copies");
    QTest::addColumn<int>("pages");
    // Three racks to a drawing, two drawings to a page; identical racks are drawn once.
    QTest::newRow("one design of one rack") << 1 << 1 << 1;
    QTest::newRow("two designs of ten racks each") << 2 << 10 << 1;
    QTest::newRow("six designs fill a page") << 6 << 1 << 1;
    QTest::newRow("seven designs need a second") << 7 << 2 << 2;
    QTest::newRow("thirteen designs, three pages") << 13 << 1 << 3;
}

void tst_ProposalBuilder::elevationPages()
{
    QFETCH(int, designs);
    QFETCH(int, copies);
    QFETCH(int, pages);
    // Designs differ by how many switches they hold; copies are the same design again.
    const QList<CatalogItem> catalog = QuoteFixtures::catalog();
    ProjectContent content;
    content.catalog = catalog;
    RowSnapshot row {{1, QStringLiteral("Row 1")}, {}};
    quint32 id = 2;
    for (int design = 0; design < designs; ++design) {
        for (int copy = 0; copy < copies; ++copy) {
            RackSnapshot rack {{id++,
                                QStringLiteral("D%1-%2").arg(design).arg(copy),
                                QStringLiteral("rack-42u"),
                                {86000.0, 2, PowerPhase::Three},
                                RackCooling::ofType(CoolingType::Air),
                                {}},
                               {}};
            for (int s = 0; s <= design; ++s)
                rack.placements.push_back(
                    {id++, QStringLiteral("ib-switch"), 1 + s, RackFace::Front, {}});
            row.racks.push_back(rack);
        }
    }
    content.rows = {row};
    content.quote = QuoteState::fresh(QDate(2026, 1, 1));
    Project project;
    project.load(content, QString());
    QCOMPARE(RackElevations::group(*project.hall()).size(), designs);

    const QString path = render(project, QStringLiteral("elevations-%1.pdf").arg(designs));
    const QStringList text = HeadroomTest::pdfPages(path);
    auto pageOf = [&text](const QString &heading) {
        for (int p = 0; p < text.size(); ++p) {
            const QStringList lines = text.at(p).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (lines.size() > 1 && lines.at(1).trimmed() == heading)
                return p;
        }
        return -1;
    };
    const QStringList titles = ProposalBuilder::sectionTitles();
    QCOMPARE(pageOf(titles.at(3)) - pageOf(titles.at(2)), pages);
    const QString all = text.join(QLatin1Char('\n'));
    QCOMPARE(int(all.count(QRegularExpression(QStringLiteral("×\\s*%1\\b").arg(copies)))), designs);
}

void tst_ProposalBuilder::fontsAreEmbeddedAndTextSelectable()
{
    Project project;
    project.load(QuoteFixtures::content(), QString());
    const QString path = render(project, QStringLiteral("fonts.pdf"));
    const QStringList fonts = HeadroomTest::pdfTool(QStringLiteral("pdffonts"), path)
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2); // two header lines, then one per font
    for (const QString &font : fonts.mid(2)) {
        // name, type..., then the "emb" column: yes.
        QVERIFY2(font.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s"))),
                 qPrintable(font));
    }
}

void tst_ProposalBuilder::companyAndLogoOnTheCover()
{
    // A logo the tests write themselves: an SVG square.
    const QString logo = m_dir.filePath(QStringLiteral("logo.svg"));
    {
        QFile file(logo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
                   "<rect width='40' height='20' fill='#1f6feb'/></svg>");
    }
    Project project;
    project.load(QuoteFixtures::content(), QString());
    const CompanyProfile company {QStringLiteral("Northwind Compute"), logo,
                                  QStringLiteral("sales@northwind.example")};
    const ProposalDocument withLogo = ProposalBuilder::build(project, company);
    const ProposalDocument without = ProposalBuilder::build(
        project, {company.name, m_dir.filePath(QStringLiteral("missing.svg")), company.contact});
    // The logo is one more drawing; a logo that cannot be read is simply left out.
    QCOMPARE(withLogo.blocks().size(), without.blocks().size() + 1);
    QVERIFY(std::holds_alternative<ProposalDocument::Drawing>(withLogo.blocks().at(1)));

    const QString path = render(project, QStringLiteral("company.pdf"), company);
    const QStringList pages = HeadroomTest::pdfPages(path);
    QVERIFY(pages.first().contains(QStringLiteral("Northwind Compute")));
    QVERIFY(pages.first().contains(QStringLiteral("sales@northwind.example")));
    for (const QString &page : pages)
        QVERIFY(page.contains(QStringLiteral("Northwind Compute ·")));
}

QTEST_MAIN(tst_ProposalBuilder)
#include "tst_proposalbuilder.moc"
