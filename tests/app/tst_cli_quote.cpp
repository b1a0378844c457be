#include "support/headroomprocess.h"
#include "support/pdftext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using HeadroomTest::dollars;

// `headroom quote` and `headroom export-pdf` through the real executable, as a script
// would run them: the documented JSON, its identities, and a PDF whose text carries the
// customer, every line of the quote and the same total.
class tst_CliQuote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quoteJsonHasTheDocumentedKeys();
    void exportPdfAgreesWithQuote();
    void helpDocumentsTheInterface_data();
    void helpDocumentsTheInterface();
    void failures_data();
    void failures();

private:
    QJsonObject quoteJson();
    QTemporaryDir m_dir;
    QString m_sample;
};

void tst_CliQuote::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.headroom"));
    const auto r = HeadroomTest::runHeadroom({QStringLiteral("sample"), m_sample});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QJsonObject tst_CliQuote::quoteJson()
{
    const auto r =
        HeadroomTest::runHeadroom({QStringLiteral("quote"), m_sample, QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void tst_CliQuote::quoteJsonHasTheDocumentedKeys()
{
    const QJsonObject json = quoteJson();
    QVERIFY(!json.isEmpty());
    for (const char *key : {"currency", "subtotal_minor", "discount_minor", "tax_minor",
                            "total_minor", "lines", "customer", "quote_number", "revision"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(json.value(QStringLiteral("customer")).toString(), QStringLiteral("Example AI Lab"));
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QVERIFY(lines.size() >= 10);
    qint64 sum = 0;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        for (const char *key : {"sku", "description", "quantity", "unit_price_minor",
                                "discount_percent", "total_minor"})
            QVERIFY2(line.contains(QLatin1String(key)), key);
        if (!line.value(QStringLiteral("total_minor")).isNull())
            sum += line.value(QStringLiteral("total_minor")).toInteger();
        else
            QVERIFY(line.value(QStringLiteral("unit_price_minor")).isNull());
    }
    // The sample's servers, from their catalog rows: 4 x DGX H100 at $270,000.
    bool sawDgx = false;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        if (line.value(QStringLiteral("sku")).toString() == QLatin1String("nvidia-dgx-h100")) {
            sawDgx = true;
            QCOMPARE(line.value(QStringLiteral("quantity")).toInteger(), 4);
            QCOMPARE(line.value(QStringLiteral("unit_price_minor")).toInteger(), 27000000);
        }
    }
    QVERIFY(sawDgx);
    QCOMPARE(json.value(QStringLiteral("subtotal_minor")).toInteger(), sum);
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(),
             sum - json.value(QStringLiteral("discount_minor")).toInteger()
                 + json.value(QStringLiteral("tax_minor")).toInteger());
}

void tst_CliQuote::exportPdfAgreesWithQuote()
{
    const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
    const auto r = HeadroomTest::runHeadroom({QStringLiteral("export-pdf"), m_sample, pdf,
                                              QStringLiteral("--company"),
                                              QStringLiteral("Northwind Compute")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList pages = HeadroomTest::pdfPages(pdf);
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 page").arg(pages.size())), qPrintable(r.out));
    QVERIFY(pages.size() >= 7);
    const QString squeezed =
        HeadroomTest::squeezed(HeadroomTest::pdfPages(pdf, false).join(QLatin1Char('\n')));
    QVERIFY(pages.first().contains(QStringLiteral("Example AI Lab")));
    QVERIFY(pages.first().contains(QStringLiteral("Northwind Compute")));

    const QJsonObject json = quoteJson();
    for (const QJsonValue &value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QString sku = line.value(QStringLiteral("sku")).toString();
        QVERIFY2(squeezed.contains(HeadroomTest::squeezed(sku)), qPrintable(sku));
        if (!line.value(QStringLiteral("total_minor")).isNull()) {
            const QString total = dollars(line.value(QStringLiteral("total_minor")).toInteger());
            QVERIFY2(squeezed.contains(total), qPrintable(total));
        }
    }
    const QString total = dollars(json.value(QStringLiteral("total_minor")).toInteger());
    QVERIFY2(squeezed.contains(QStringLiteral("Total") + total), qPrintable(total));
    // Letter when asked.
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(HeadroomTest::runHeadroom({QStringLiteral("export-pdf"), m_sample, letter,
                                        QStringLiteral("--paper"), QStringLiteral("letter")})
                 .exitCode,
             0);
    QVERIFY(HeadroomTest::pdfTool(QStringLiteral("pdfinfo"), letter)
                .contains(QStringLiteral("(letter)")));
}

void tst_CliQuote::helpDocumentsTheInterface_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("quote") << QStringLiteral("quote")
                           << QStringList {
                                  QStringLiteral("--json"), QStringLiteral("unit_price_minor"),
                                  QStringLiteral("total_minor"), QStringLiteral("discount_minor"),
                                  QStringLiteral("null")};
    QTest::newRow("export-pdf") << QStringLiteral("export-pdf")
                                << QStringList {QStringLiteral("--company"),
                                                QStringLiteral("--logo"), QStringLiteral("--paper"),
                                                QStringLiteral("<out.pdf>")};
}

void tst_CliQuote::helpDocumentsTheInterface()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const auto r = HeadroomTest::runHeadroom({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &mention : mentions)
        QVERIFY2(r.out.contains(mention), qPrintable(mention));
    const auto overview = HeadroomTest::runHeadroom({QStringLiteral("--help")});
    QVERIFY2(overview.out.contains(command), qPrintable(overview.out));
}

void tst_CliQuote::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote of a missing file")
        << QStringList {QStringLiteral("quote"), QStringLiteral("/nonexistent/x.headroom")} << 1
        << QStringLiteral("does not exist");
    QTest::newRow("quote without a file")
        << QStringList {QStringLiteral("quote")} << 2 << QStringLiteral("Usage: headroom quote");
    QTest::newRow("export-pdf without an output")
        << QStringList {QStringLiteral("export-pdf"), QStringLiteral("x.headroom")} << 2
        << QStringLiteral("Usage: headroom export-pdf");
    QTest::newRow("export-pdf on odd paper")
        << QStringList {QStringLiteral("export-pdf"), QStringLiteral("x.headroom"),
                        QStringLiteral("x.pdf"), QStringLiteral("--paper"), QStringLiteral("A3")}
        << 2 << QStringLiteral("a4 or letter");
    QTest::newRow("export-pdf with a logo that is no image")
        << QStringList {QStringLiteral("export-pdf"), QStringLiteral("x.headroom"),
                        QStringLiteral("x.pdf"), QStringLiteral("--logo"),
                        QStringLiteral("/nonexistent/logo.png")}
        << 2 << QStringLiteral("cannot read an image");
}

void tst_CliQuote::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = HeadroomTest::runHeadroom(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliQuote)
#include "tst_cli_quote.moc"
