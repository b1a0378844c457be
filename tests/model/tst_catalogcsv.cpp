#include "model/catalog/catalogcsv.h"

#include <QTest>

class tst_CatalogCsv : public QObject
{
    Q_OBJECT

private slots:
    void headerProblems_data();
    void headerProblems();
    void headerIsCaseInsensitive();
    void rowsKnowTheirNumbersAndColumns();
    void writesEveryColumnInOrder();
};

void tst_CatalogCsv::headerProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column") << QByteArray("id,colour\nx,red\n") << "colour"
                                    << "is not a catalog column";
    QTest::newRow("repeated column") << QByteArray("id,model,model\nx,a,b\n") << "model"
                                     << "appears twice";
    QTest::newRow("unnamed column") << QByteArray("id,,model\nx,,a\n") << ""
                                    << "has no name";
    QTest::newRow("no id column") << QByteArray("model\na\n") << "id"
                                  << "required column is missing";
}

void tst_CatalogCsv::headerProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const CatalogFileRows rows = CatalogCsv::read(data);
    QVERIFY(!rows.readable());
    QVERIFY(rows.rows.isEmpty());
    const bool found = std::any_of(
        rows.headerErrors.begin(), rows.headerErrors.end(),
        [&](const CatalogFieldError &e) { return e.key == column && e.message.contains(message); });
    QVERIFY(found);
}

void tst_CatalogCsv::headerIsCaseInsensitive()
{
    const CatalogFileRows rows = CatalogCsv::read(" ID , Kind ,MODEL\nx,rack,AR3100\n");
    QVERIFY(rows.readable());
    QCOMPARE(rows.rows.first().item.model, QStringLiteral("AR3100"));
    QCOMPARE(rows.rows.first().item.kind, ItemKind::Rack);
}

void tst_CatalogCsv::rowsKnowTheirNumbersAndColumns()
{
    const CatalogFileRows rows =
        CatalogCsv::read("id,model,notes\na,M1,\"two\nlines\"\nb,M2,\nc,M3\n");
    QVERIFY(rows.readable());
    QCOMPARE(rows.rows.size(), 3);
    QCOMPARE(rows.rows.at(0).row, 2);
    QCOMPARE(rows.rows.at(1).row, 3);
    QCOMPARE(rows.rows.at(1).line, 4);
    QCOMPARE(
        rows.rows.at(0).keys,
        (QSet<QString> {QStringLiteral("id"), QStringLiteral("model"), QStringLiteral("notes")}));
    QCOMPARE(rows.rows.at(2).errors.size(), 1);
    QVERIFY(rows.rows.at(2).errors.first().message.contains(QStringLiteral("2 cells")));
}

void tst_CatalogCsv::writesEveryColumnInOrder()
{
    const QByteArray data = CatalogCsv::write({});
    QStringList keys;
    for (const CatalogField &field : CatalogFields::all())
        keys.append(field.key);
    QCOMPARE(QString::fromUtf8(data), keys.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
}

QTEST_GUILESS_MAIN(tst_CatalogCsv)
#include "tst_catalogcsv.moc"
