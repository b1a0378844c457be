#include "model/catalog/catalogitemmime.h"

#include <QMimeData>
#include <QTest>

#include <memory>

class tst_CatalogItemMime : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void otherDataCarriesNoItems();
};

void tst_CatalogItemMime::roundTrip()
{
    const QStringList ids {QStringLiteral("nvidia-dgx-h100"), QStringLiteral("apc-ap8888")};
    std::unique_ptr<QMimeData> data(CatalogItemMime::create(ids));
    QCOMPARE(CatalogItemMime::mimeType(), QStringLiteral("application/x-headroom-catalog-item"));
    QVERIFY(data->hasFormat(CatalogItemMime::mimeType()));
    QCOMPARE(data->data(CatalogItemMime::mimeType()),
             QByteArray(R"(["nvidia-dgx-h100","apc-ap8888"])"));
    QCOMPARE(data->text(), QStringLiteral("nvidia-dgx-h100\napc-ap8888"));
    QCOMPARE(CatalogItemMime::ids(data.get()), ids);
}

void tst_CatalogItemMime::otherDataCarriesNoItems()
{
    QMimeData text;
    text.setText(QStringLiteral("nvidia-dgx-h100"));
    QVERIFY(CatalogItemMime::ids(&text).isEmpty());
    QVERIFY(CatalogItemMime::ids(nullptr).isEmpty());
    QMimeData broken;
    broken.setData(CatalogItemMime::mimeType(), "not json");
    QVERIFY(CatalogItemMime::ids(&broken).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CatalogItemMime)
#include "tst_catalogitemmime.moc"
