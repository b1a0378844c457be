#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogtablemodel.h"
#include "views/catalog/catalogitemdelegate.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class tst_CatalogItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void unverifiedRowsAreTinted_data();
    void unverifiedRowsAreTinted();
};

void tst_CatalogItemDelegate::unverifiedRowsAreTinted_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("tinted");
    QTest::newRow("placeholder") << "aivres-kr4268v2" << true;
    QTest::newRow("vendor document") << "nvidia-dgx-b200" << false;
}

void tst_CatalogItemDelegate::unverifiedRowsAreTinted()
{
    QFETCH(QString, id);
    QFETCH(bool, tinted);
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.replaceAll(CatalogSeed::items(), {}).ok());
    CatalogTableModel model;
    model.setDatabase(&db);
    // An empty cell of the row, painted onto white: only the tint can colour it.
    const QModelIndex index = model.index(model.rowOfId(id), CatalogTableModel::BandwidthColumn);
    QVERIFY(index.data().toString().isEmpty());
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    CatalogItemDelegate delegate;
    delegate.paint(&painter, option, index);
    painter.end();
    const QColor centre = image.pixelColor(20, 10);
    QCOMPARE(centre != QColor(Qt::white), tinted);
    if (tinted)
        QVERIFY(centre.blue() < centre.red()); // amber, not grey
}

QTEST_MAIN(tst_CatalogItemDelegate)
#include "tst_catalogitemdelegate.moc"
