#include "model/catalog/csvreader.h"
#include "support/stringlist.h"

#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void recordsKnowTheirLine();
    void structuralErrors_data();
    void structuralErrors();
};

void tst_CsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("records");
    const QList<QStringList> simple {HeadroomTest::stringList({"a", "b"}),
                                     HeadroomTest::stringList({"1", "2"})};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << simple;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << simple;
    QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << simple;
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << simple;
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf"
                                                   "a,b\n1,2\n")
                                     << simple;
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << simple;
    QTest::newRow("quoted comma") << QByteArray("\"x, y\",z\n")
                                  << QList<QStringList> {HeadroomTest::stringList({"x, y", "z"})};
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",z\n")
        << QList<QStringList> {HeadroomTest::stringList({"say \"hi\"", "z"})};
    QTest::newRow("line break in a quoted cell")
        << QByteArray("\"one\ntwo\",z\r\n")
        << QList<QStringList> {HeadroomTest::stringList({"one\ntwo", "z"})};
    QTest::newRow("CRLF in a quoted cell is one break")
        << QByteArray("\"one\r\ntwo\",z\r\n")
        << QList<QStringList> {HeadroomTest::stringList({"one\ntwo", "z"})};
    QTest::newRow("empty cells") << QByteArray(",,\n")
                                 << QList<QStringList> {HeadroomTest::stringList({"", "", ""})};
    QTest::newRow("quoted empty cell")
        << QByteArray("\"\",x\n") << QList<QStringList> {HeadroomTest::stringList({"", "x"})};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n")
                                 << QList<QStringList> {HeadroomTest::stringList({" a ", " b "})};
    QTest::newRow("quote inside an unquoted cell is text")
        << QByteArray("19\" rack,x\n")
        << QList<QStringList> {HeadroomTest::stringList({"19\" rack", "x"})};
    QTest::newRow("UTF-8 text") << QByteArray(
        "モデル,型号\n") << QList<QStringList> {HeadroomTest::stringList({"モデル", "型号"})};
}

void tst_CsvReader::reads()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, records);
    const CsvReader::Result result = CsvReader::read(data);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(result.records.at(i).cells, records.at(i));
}

void tst_CsvReader::recordsKnowTheirLine()
{
    const CsvReader::Result result =
        CsvReader::read("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records.at(0).line, 1);
    QCOMPARE(result.records.at(1).line, 2);
    QCOMPARE(result.records.at(2).line, 5);
}

void tst_CsvReader::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,\"open\n2,3\n") << "Line 2: a quoted cell is never closed";
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << "Line 2: unexpected text after a closing quote";
    QTest::newRow("Latin-1 bytes") << QByteArray("a,b\nS\xe9rie,2\n") << "not UTF-8";
}

void tst_CsvReader::structuralErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const CsvReader::Result result = CsvReader::read(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(message), qPrintable(result.errorText));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
