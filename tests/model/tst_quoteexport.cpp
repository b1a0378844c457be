#include "model/quote/quoteexport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
Quote sampleQuote()
{
    Quote quote;
    quote.header.customer = QStringLiteral("Acme AI");
    quote.header.quoteNumber = QStringLiteral("Q-2026-0142");
    quote.header.revision = 2;
    quote.header.date = QDate(2026, 11, 23);
    quote.header.validityDays = 30;
    QuoteLine server;
    server.sku = QStringLiteral("dell-poweredge-xe9680");
    server.description = QStringLiteral("Dell PowerEdge XE9680, 8× H100 SXM5");
    server.quantity = 4;
    server.listUnitPriceMinor = 25574000;
    server.discountBasisPoints = 1000;
    QuoteLine cable;
    cable.sku = QStringLiteral("dac-400g");
    cable.description = QStringLiteral("DAC cable, 400G, \"3 m\", passive");
    cable.quantity = 32;
    cable.listUnitPriceMinor = 15050;
    quote.lines = {server, cable};
    quote.quoteDiscountBasisPoints = 200;
    quote.taxBasisPoints = 825;
    return quote;
}

QByteArray unzipEntry(const QString &archive, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}
} // namespace

class tst_QuoteExport : public QObject
{
    Q_OBJECT

private slots:
    void csvIsExactAndQuoted();
    void csvFileIsWritten();
    void xlsxHoldsHeaderLinesAndTotals();
    void missingFolderIsAnError();
    void unpricedLineHasNoAmounts();

private:
    QTemporaryDir m_dir;
};

void tst_QuoteExport::csvIsExactAndQuoted()
{
    // Lines: 4 × 255,740.00 − 10 % = 920,664.00; 32 × 150.50 = 4,816.00.
    // Subtotal 925,480.00; 2 % = 18,509.60; taxable 906,970.40; 8.25 % tax = 74,825.06
    // (74,825.058 rounds up); total 981,795.46.
    const QByteArray expected =
        "sku,description,quantity,unit_price,discount_percent,total,currency\r\n"
        "dell-poweredge-xe9680,\"Dell PowerEdge XE9680, 8\xC3\x97 H100 SXM5\",4,255740.00,10.00,"
        "920664.00,USD\r\n"
        "dac-400g,\"DAC cable, 400G, \"\"3 m\"\", passive\",32,150.50,0.00,4816.00,USD\r\n"
        ",subtotal,,,,925480.00,USD\r\n"
        ",quote_discount,,,,-18509.60,USD\r\n"
        ",tax,,,,74825.06,USD\r\n"
        ",total,,,,981795.46,USD\r\n";
    QCOMPARE(QuoteExport::toCsv(sampleQuote()), expected);
}

void tst_QuoteExport::csvFileIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("quote.csv"));
    QString error;
    QVERIFY2(QuoteExport::writeCsv(sampleQuote(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QuoteExport::toCsv(sampleQuote()));
}

void tst_QuoteExport::xlsxHoldsHeaderLinesAndTotals()
{
    const QString path = m_dir.filePath(QStringLiteral("quote.xlsx"));
    QString error;
    QVERIFY2(QuoteExport::writeXlsx(sampleQuote(), path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const QString strings =
        QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const char *expected : {"Acme AI", "Q-2026-0142", "2026-11-23", "2026-12-23",
                                 "Dell PowerEdge XE9680, 8× H100 SXM5", "Subtotal", "Total"})
        QVERIFY2(strings.contains(QString::fromUtf8(expected)), expected);
    const QString sheet =
        QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    for (const char *value : {"<v>255740</v>", "<v>920664</v>", "<v>4816</v>", "<v>981795.46</v>",
                              "<v>-18509.6</v>", "<v>0.1</v>"})
        QVERIFY2(sheet.contains(QLatin1String(value)), value);
}

void tst_QuoteExport::missingFolderIsAnError()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("missing/quote.xlsx"));
    QVERIFY(!QuoteExport::writeXlsx(sampleQuote(), path, &error));
    QVERIFY(error.contains(QStringLiteral("missing/quote.xlsx")));
    QVERIFY(!QuoteExport::writeCsv(sampleQuote(), path, &error));
    QVERIFY(!QFile::exists(path));
}

void tst_QuoteExport::unpricedLineHasNoAmounts()
{
    // A program reading the CSV must not take a line without a price for a free one.
    Quote quote;
    QuoteLine rack;
    rack.sku = QStringLiteral("apc-ar3300");
    rack.description = QStringLiteral("Rack");
    rack.quantity = 4;
    rack.listPriceKnown = false;
    quote.lines = {rack};
    const QByteArray csv = QuoteExport::toCsv(quote);
    QVERIFY2(csv.contains("apc-ar3300,Rack,4,,0.00,,USD\r\n"), csv.constData());
    QVERIFY(csv.contains(",total,,,,0.00,USD\r\n"));
}

QTEST_GUILESS_MAIN(tst_QuoteExport)
#include "tst_quoteexport.moc"
