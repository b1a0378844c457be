#include "support/pdftext.h"
#include "support/testenvironment.h"
#include "views/proposal/proposalrenderer.h"

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using HeadroomTest::pdfPages;

QString pdfInfo(const QString &path)
{
    return HeadroomTest::pdfTool(QStringLiteral("pdfinfo"), path);
}

ProposalDocument sampleDocument(int rows)
{
    ProposalDocument document;
    document.title = QStringLiteral("Capacity proposal");
    document.subtitle = QStringLiteral("Acme AI · Q-0001 rev. 1");
    document.footer = QStringLiteral("Headroom test");
    document.addHeading(QStringLiteral("Cover title"), 0);
    document.addParagraph(QStringLiteral("Prepared for Acme AI."));
    document.addPageBreak();
    document.addHeading(QStringLiteral("Bill of materials"));
    ProposalDocument::Table table;
    table.columns = {{QStringLiteral("SKU"), 2.0, Qt::AlignLeft},
                     {QStringLiteral("Qty"), 1.0, Qt::AlignRight},
                     {QStringLiteral("Total"), 1.5, Qt::AlignRight}};
    for (int i = 1; i <= rows; ++i)
        table.rows.append({{QStringLiteral("ROW-%1").arg(i, 3, 10, QLatin1Char('0')),
                            QString::number(i), QStringLiteral("$%1.00").arg(i * 100)},
                           false});
    table.rows.append({{QStringLiteral("Total"), QString(), QStringLiteral("$9,999.00")}, true});
    document.addTable(table);
    ProposalDocument::Drawing drawing;
    drawing.heightMm = 60.0;
    drawing.caption = QStringLiteral("Figure 1: a rack");
    drawing.paint = [](QPainter *painter, const QRectF &target) {
        painter->drawRect(target.adjusted(0, 0, -1, -1));
        painter->drawText(target, Qt::AlignCenter, QStringLiteral("DRAWINGMARK"));
    };
    document.addDrawing(drawing);
    return document;
}
} // namespace

class tst_ProposalRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HeadroomTest::useHermeticEnvironment();
        // HEADROOM_KEEP_TEST_OUTPUT=1 keeps the PDFs so a person can look at the pages.
        if (qEnvironmentVariableIsSet("HEADROOM_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
    }
    void paperFollowsLocale();
    void tableContinuesAcrossPages();
    void everyPageHasTitleBlockAndNumber();
    void drawingIsVectorTextAndNotSplit();
    void letterPaper();
    void cancelKeepsTheOldFile();
    void unwritablePathIsAnError();

private:
    QTemporaryDir m_dir;
};

void tst_ProposalRenderer::paperFollowsLocale()
{
    QCOMPARE(
        ProposalRenderer::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
        QPageSize::Letter);
    QCOMPARE(ProposalRenderer::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(),
             QPageSize::A4);
    QCOMPARE(ProposalRenderer::defaultPageSize(QLocale(QLocale::Japanese, QLocale::Japan)).id(),
             QPageSize::A4);
}

void tst_ProposalRenderer::tableContinuesAcrossPages()
{
    const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
    ProposalRenderer::Options options {QPageSize(QPageSize::A4), 300};
    const auto result = ProposalRenderer::renderToFile(sampleDocument(150), path, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList pages = pdfPages(path);
    QCOMPARE(pages.size(), result.pageCount);
    QVERIFY2(result.pageCount >= 4, "150 rows cannot fit on one page after the cover");

    // Every row appears exactly once, in order; the header repeats on every table page.
    const QString all = pages.join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (int i = 1; i <= 150; ++i) {
        const QString row = QStringLiteral("ROW-%1").arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(all.count(row), 1);
        const qsizetype next = all.indexOf(row, at);
        QVERIFY2(next >= at, qPrintable(row + QStringLiteral(" out of order")));
        at = next;
    }
    int tablePages = 0;
    for (int p = 1; p < pages.size(); ++p) {
        if (pages.at(p).contains(QStringLiteral("ROW-"))) {
            ++tablePages;
            QVERIFY2(QRegularExpression(QStringLiteral("SKU\\s+Qty\\s+Total"))
                         .match(pages.at(p))
                         .hasMatch(),
                     qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
        }
    }
    QVERIFY(tablePages >= 3);
    QVERIFY(all.contains(QStringLiteral("$9,999.00")));
}

void tst_ProposalRenderer::everyPageHasTitleBlockAndNumber()
{
    const QString path = m_dir.filePath(QStringLiteral("numbers.pdf"));
    const auto result = ProposalRenderer::renderToFile(
        sampleDocument(150), path, ProposalRenderer::Options {QPageSize(QPageSize::A4), 300});
    QVERIFY(result.ok);
    const QStringList pages = pdfPages(path);
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())),
                 qPrintable(pages.at(p)));
        QVERIFY(pages.at(p).contains(QStringLiteral("Headroom test")));
        // The cover carries no title block; every other page does.
        QCOMPARE(pages.at(p).contains(QStringLiteral("Acme AI · Q-0001 rev. 1")), p > 0);
    }
    QVERIFY2(QRegularExpression(QStringLiteral("Title: +Capacity proposal"))
                 .match(pdfInfo(path))
                 .hasMatch(),
             qPrintable(pdfInfo(path)));
}

void tst_ProposalRenderer::drawingIsVectorTextAndNotSplit()
{
    const QString path = m_dir.filePath(QStringLiteral("drawing.pdf"));
    const auto result = ProposalRenderer::renderToFile(
        sampleDocument(10), path, ProposalRenderer::Options {QPageSize(QPageSize::A4), 300});
    QVERIFY(result.ok);
    const QStringList pages = pdfPages(path);
    int withDrawing = 0;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("DRAWINGMARK"))) {
            ++withDrawing;
            QVERIFY(page.contains(QStringLiteral("Figure 1: a rack")));
        }
    }
    QCOMPARE(withDrawing, 1); // text inside the drawing stays text: vectors, not a bitmap
}

void tst_ProposalRenderer::letterPaper()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    const auto result = ProposalRenderer::renderToFile(
        sampleDocument(5), path, ProposalRenderer::Options {QPageSize(QPageSize::Letter), 300});
    QVERIFY(result.ok);
    QVERIFY2(pdfInfo(path).contains(QStringLiteral("612 x 792 pts (letter)")),
             qPrintable(pdfInfo(path)));
}

void tst_ProposalRenderer::cancelKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous proposal");
    }
    int calls = 0;
    const auto result = ProposalRenderer::renderToFile(
        sampleDocument(150), path, ProposalRenderer::Options {QPageSize(QPageSize::A4), 300},
        [&calls](int done, int count) {
            ++calls;
            return !(done == 2 && count > 2);
        });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 2);
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous proposal"));
}

void tst_ProposalRenderer::unwritablePathIsAnError()
{
    const auto result = ProposalRenderer::renderToFile(
        sampleDocument(1), m_dir.filePath(QStringLiteral("no/such/folder/out.pdf")));
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("no/such/folder/out.pdf")));
}

QTEST_MAIN(tst_ProposalRenderer)
#include "tst_proposalrenderer.moc"
