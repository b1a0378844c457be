#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogsearchtext.h"
#include "model/catalog/catalogseed.h"

#include <QTest>

class tst_CatalogSearchText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsNamesAndSpecs_data();
    void holdsNamesAndSpecs();
    void leavesOutLongTexts();
    void queryWords_data();
    void queryWords();

private:
    CatalogDatabase m_db;
};

void tst_CatalogSearchText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German)); // the search text is always C locale
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogSearchText::holdsNamesAndSpecs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("word");
    QTest::newRow("vendor") << "nvidia-h100-sxm5-80gb"
                            << "nvidia";
    QTest::newRow("model") << "nvidia-h100-sxm5-80gb"
                           << "h100 sxm5 80gb";
    QTest::newRow("id") << "nvidia-h100-sxm5-80gb"
                        << "nvidia-h100-sxm5-80gb";
    QTest::newRow("generation") << "nvidia-h100-sxm5-80gb"
                                << "hopper";
    QTest::newRow("memory type") << "nvidia-h100-sxm5-80gb"
                                 << "hbm3";
    QTest::newRow("an accelerator's interfaces") << "nvidia-h100-sxm5-80gb"
                                                 << "nvlink 4";
    QTest::newRow("bandwidth in C locale") << "nvidia-h100-sxm5-80gb"
                                           << "3.35 tb/s";
    QTest::newRow("rack units") << "nvidia-dgx-h100"
                                << "8u";
    QTest::newRow("power") << "nvidia-dgx-h100"
                           << "10.2 kw";
    QTest::newRow("kind key") << "apc-ap8888"
                              << "pdu";
    QTest::newRow("cooling") << "nvidia-gb200-nvl72"
                             << "liquid";
    QTest::newRow("port speed") << "nvidia-quantum-2-qm9700"
                                << "400 gb/s";
}

void tst_CatalogSearchText::holdsNamesAndSpecs()
{
    QFETCH(QString, id);
    QFETCH(QString, word);
    const QString text = CatalogSearchText::of(*m_db.item(id));
    QVERIFY2(text.contains(word), qPrintable(text));
    QCOMPARE(text, text.toLower());
}

void tst_CatalogSearchText::leavesOutLongTexts()
{
    const CatalogItem xe9680 = *m_db.item(QStringLiteral("dell-poweredge-xe9680"));
    const QString text = CatalogSearchText::of(xe9680);
    QVERIFY(!text.contains(QStringLiteral("storagereview"))); // source
    QVERIFY(!text.contains(QStringLiteral("idrac"))); // a server's interfaces
    QVERIFY(!text.contains(QStringLiteral("titanium"))); // configuration
}

void tst_CatalogSearchText::queryWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("spaces") << "  NVIDIA   H100 "
                            << QStringList {QStringLiteral("nvidia"), QStringLiteral("h100")};
    QTest::newRow("empty") << "   " << QStringList();
}

void tst_CatalogSearchText::queryWords()
{
    QFETCH(QString, query);
    QFETCH(QStringList, terms);
    QCOMPARE(CatalogSearchText::terms(query), terms);
    QCOMPARE(CatalogSearchText::words(query).size(), terms.size());
}

QTEST_GUILESS_MAIN(tst_CatalogSearchText)
#include "tst_catalogsearchtext.moc"
