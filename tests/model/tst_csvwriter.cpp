#include "model/catalog/csvreader.h"
#include "model/catalog/csvwriter.h"

#include <QTest>

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void readsBackWhatItWrote();
};

void tst_CsvWriter::escapes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "H100"
                           << "H100";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "GX8, liquid"
                           << "\"GX8, liquid\"";
    QTest::newRow("quote") << "19\" rack"
                           << "\"19\"\" rack\"";
    QTest::newRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::newRow("leading space") << " a"
                                   << "\" a\"";
}

void tst_CsvWriter::escapes()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escaped(cell), written);
}

void tst_CsvWriter::readsBackWhatItWrote()
{
    const QList<QStringList> records {
        {QStringLiteral("id"), QStringLiteral("notes")},
        {QStringLiteral("a"), QStringLiteral("x, \"y\"\nz ")},
        {QStringLiteral("b"), QString()},
        {QStringLiteral("c"), QStringLiteral("日本語")},
    };
    const QByteArray data = CsvWriter::write(records);
    QVERIFY(data.startsWith("id,notes\r\n"));
    QVERIFY(!data.startsWith("\xef\xbb\xbf"));
    const CsvReader::Result read = CsvReader::read(data);
    QVERIFY(read.ok());
    QCOMPARE(read.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(read.records.at(i).cells, records.at(i));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
