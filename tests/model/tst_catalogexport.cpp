#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogexport.h"
#include "model/catalog/catalogjson.h"
#include "model/catalog/catalogseed.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_CatalogExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesByExtension_data();
    void writesByExtension();
    void unknownExtensionWritesNothing();
    void unwritablePathSaysWhy();

private:
    CatalogDatabase m_db;
    QTemporaryDir m_dir;
};

void tst_CatalogExport::initTestCase()
{
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogExport::writesByExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("csv") << "out.csv" << QByteArray("id,kind,vendor,model,");
    QTest::newRow("CSV in capitals") << "OUT.CSV" << QByteArray("id,kind,vendor,model,");
    QTest::newRow("json") << "out.json" << QByteArray("{\n    \"format\": \"headroom-catalog\"");
}

void tst_CatalogExport::writesByExtension()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, starts);
    const QString path = m_dir.filePath(name);
    int count = 0;
    const CatalogResult result = CatalogExport::toFile(m_db, path, &count);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(count, m_db.itemCount());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith(starts));
    const CatalogFileRows rows = name.endsWith(QLatin1String("json"), Qt::CaseInsensitive)
        ? CatalogJson::read(data)
        : CatalogCsv::read(data);
    QVERIFY(rows.readable());
    QCOMPARE(rows.rows.size(), count);
}

void tst_CatalogExport::unknownExtensionWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("out.xlsx"));
    const CatalogResult result = CatalogExport::toFile(m_db, path);
    QVERIFY(!result.ok());
    QVERIFY(result.errorText.contains(QStringLiteral(".csv or .json")));
    QVERIFY(!QFile::exists(path));
}

void tst_CatalogExport::unwritablePathSaysWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const CatalogResult result = CatalogExport::toFile(m_db, path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(path), qPrintable(result.errorText));
}

QTEST_GUILESS_MAIN(tst_CatalogExport)
#include "tst_catalogexport.moc"
