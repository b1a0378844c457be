#include "model/catalog/catalogfilter.h"
#include "model/catalog/catalogsearchtext.h"

#include <QTest>

namespace {
CatalogRow row()
{
    CatalogRow r;
    r.id = QStringLiteral("dell-poweredge-xe9680");
    r.kind = ItemKind::GpuServer;
    r.vendor = QStringLiteral("Dell");
    r.model = QStringLiteral("PowerEdge XE9680");
    r.powerWatts = 11000;
    r.acceleratorOptions = {QStringLiteral("nvidia-h100-sxm5-80gb")};
    r.searchText = "dell-poweredge-xe9680 dell poweredge xe9680 gpu_server 6u 11 kw";
    return r;
}
} // namespace

class tst_CatalogFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void narrows_data();
    void narrows();
};

void tst_CatalogFilter::matches_data()
{
    QTest::addColumn<CatalogFilter>("filter");
    QTest::addColumn<bool>("match");
    auto make = [](auto setup) {
        CatalogFilter f;
        setup(f);
        return f;
    };
    QTest::newRow("empty") << CatalogFilter() << true;
    QTest::newRow("words in any order")
        << make([](CatalogFilter &f) { f.text = QStringLiteral("XE9680 dell"); }) << true;
    QTest::newRow("one word missing")
        << make([](CatalogFilter &f) { f.text = QStringLiteral("dell h200"); }) << false;
    QTest::newRow("kind") << make([](CatalogFilter &f) { f.kind = ItemKind::Rack; }) << false;
    QTest::newRow("vendor") << make([](CatalogFilter &f) { f.vendor = QStringLiteral("Dell"); })
                            << true;
    QTest::newRow("other vendor") << make([](CatalogFilter &f) {
        f.vendor = QStringLiteral("HPE");
    }) << false;
    QTest::newRow("carries the H100")
        << make([](CatalogFilter &f) { f.acceleratorId = QStringLiteral("nvidia-h100-sxm5-80gb"); })
        << true;
    QTest::newRow("does not carry the L4")
        << make([](CatalogFilter &f) { f.acceleratorId = QStringLiteral("nvidia-l4"); }) << false;
    QTest::newRow("within the power range") << make([](CatalogFilter &f) {
        f.minPowerWatts = 10000;
        f.maxPowerWatts = 12000;
    }) << true;
    QTest::newRow("above the range")
        << make([](CatalogFilter &f) { f.maxPowerWatts = 10000; }) << false;
}

void tst_CatalogFilter::matches()
{
    QFETCH(CatalogFilter, filter);
    QFETCH(bool, match);
    QCOMPARE(filter.matches(row(), CatalogSearchText::words(filter.text)), match);
}

void tst_CatalogFilter::narrows_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("narrows");
    QTest::newRow("a letter more") << "h10"
                                   << "h100" << true;
    QTest::newRow("a word more") << "nvidia"
                                 << "nvidia h100" << true;
    QTest::newRow("from nothing") << ""
                                  << "h" << true;
    QTest::newRow("a letter less") << "h100"
                                   << "h10" << false;
    QTest::newRow("another word") << "h100"
                                  << "a100" << false;
}

void tst_CatalogFilter::narrows()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, narrows);
    CatalogFilter wider;
    wider.text = before;
    CatalogFilter next = wider;
    next.text = after;
    QCOMPARE(next.narrows(wider), narrows);
    // Any other criterion changing means starting over.
    next.kind = ItemKind::Rack;
    QVERIFY(!next.narrows(wider));
}

QTEST_GUILESS_MAIN(tst_CatalogFilter)
#include "tst_catalogfilter.moc"
