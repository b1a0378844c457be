#include "model/catalog/catalogsearchindex.h"

#include <QTest>

class tst_CatalogSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void marksEveryRowContainingAWord_data();
    void marksEveryRowContainingAWord();
    void appendedRowsAreSearched();
    void containsAll();
};

namespace {
QList<CatalogRow> rows(std::initializer_list<const char *> texts)
{
    QList<CatalogRow> list;
    for (const char *text : texts) {
        CatalogRow row;
        row.searchText = text;
        list.append(row);
    }
    return list;
}
} // namespace

void tst_CatalogSearchIndex::marksEveryRowContainingAWord_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QList<int>>("hits");
    QTest::newRow("several in one row count once") << QByteArray("h") << QList<int> {0, 1, 3};
    QTest::newRow("a word") << QByteArray("h100") << QList<int> {0, 3};
    QTest::newRow("across words") << QByteArray("80 gb") << QList<int> {0};
    QTest::newRow("never across rows") << QByteArray("gb\nnv") << QList<int> {};
    QTest::newRow("last row") << QByteArray("rack") << QList<int> {2};
    QTest::newRow("UTF-8") << QByteArray("日本") << QList<int> {3};
    QTest::newRow("nowhere") << QByteArray("zzz") << QList<int> {};
}

void tst_CatalogSearchIndex::marksEveryRowContainingAWord()
{
    QFETCH(QByteArray, word);
    QFETCH(QList<int>, hits);
    CatalogSearchIndex index;
    index.rebuild(rows({"nvidia h100 80 gb hbm3", "nvidia h200", "apc rack", "h100 日本"}));
    QCOMPARE(index.size(), 4);
    std::vector<char> marked(4, 0);
    index.markRowsContaining(word, &marked);
    QList<int> found;
    for (int i = 0; i < 4; ++i) {
        if (marked[static_cast<size_t>(i)])
            found.append(i);
    }
    QCOMPARE(found, hits);
}

void tst_CatalogSearchIndex::appendedRowsAreSearched()
{
    CatalogSearchIndex index;
    index.rebuild(rows({"a", "b"}));
    index.append("mi300x");
    std::vector<char> marked(3, 0);
    index.markRowsContaining("mi300", &marked);
    QCOMPARE(marked, (std::vector<char> {0, 0, 1}));
}

void tst_CatalogSearchIndex::containsAll()
{
    QVERIFY(CatalogSearchIndex::containsAll("nvidia h100 sxm5", {"h100", "nvid"}));
    QVERIFY(!CatalogSearchIndex::containsAll("nvidia h100 sxm5", {"h100", "amd"}));
    QVERIFY(CatalogSearchIndex::containsAll("anything", {}));
}

QTEST_GUILESS_MAIN(tst_CatalogSearchIndex)
#include "tst_catalogsearchindex.moc"
