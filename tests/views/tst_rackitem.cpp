#include "model/layout/datahall.h"
#include "support/rackviewhall.h"
#include "views/layout/rackitem.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace RackViewHall;

class tst_RackItem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_hall = make(); }
    void cleanup() { m_hall.reset(); }

    void readsPlacementsAndHeight();
    void gaugesShowTotalsAgainstLimits_data();
    void gaugesShowTotalsAgainstLimits();
    void overLimitFollowsTotals();
    void mountedAtFindsTheItemUnderAPoint_data();
    void mountedAtFindsTheItemUnderAPoint();
    void shallowItemsLeaveTheFarFaceFree();
    void paintsItsPlacementsOnlyWhenNotDetailed();

private:
    std::unique_ptr<Hall> m_hall;
};

void tst_RackItem::readsPlacementsAndHeight()
{
    RackItem item(m_hall->a1);
    item.refresh(*m_hall->hall());
    QCOMPARE(item.name(), QStringLiteral("A1"));
    QCOMPARE(item.geometry().unitsTotal(), 42);
    QCOMPARE(item.boundingRect(), RackGeometry(42).bounds());
    QCOMPARE(item.mounted().size(), size_t(7));
    const RackItem::Mounted *first = item.find(m_hall->a1Servers.first());
    QVERIFY(first);
    QCOMPARE(first->bottomU, 1);
    QCOMPARE(first->units, 4);
    QCOMPARE(first->face, RackFace::Front);
    QCOMPARE(first->kind, ItemKind::GpuServer);
    QCOMPARE(first->label, server().displayName());
}

void tst_RackItem::gaugesShowTotalsAgainstLimits_data()
{
    QTest::addColumn<int>("gauge");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("value");
    // Seven 4U test servers: 28 of 42 U, 35 of 40 kW maximum, 28 of 120 kW typical on
    // liquid cooling, 350 of 1,000 kg.
    QTest::newRow("space") << 0 << 28.0 / 42.0 << QStringLiteral("28 of 42 U");
    QTest::newRow("power") << 1 << 35.0 / 40.0 << QStringLiteral("35 kW of 40 kW");
    QTest::newRow("cooling") << 2 << 28.0 / 120.0 << QStringLiteral("28 kW of 120 kW");
    QTest::newRow("weight") << 3 << 350.0 / 1000.0 << QStringLiteral("350 kg of 1,000 kg");
}

void tst_RackItem::gaugesShowTotalsAgainstLimits()
{
    QFETCH(int, gauge);
    QFETCH(double, fraction);
    QFETCH(QString, value);
    RackItem item(m_hall->a1);
    item.refresh(*m_hall->hall());
    const RackItem::Gauge &g = item.gauges().at(size_t(gauge));
    QVERIFY2(qAbs(g.fraction - fraction) < 1e-9, qPrintable(QString::number(g.fraction)));
    QCOMPARE(g.value, value);
    QVERIFY(!g.label.isEmpty());
}

void tst_RackItem::overLimitFollowsTotals()
{
    RackItem item(m_hall->a1);
    item.refresh(*m_hall->hall());
    QVERIFY(!item.isOverLimit());
    m_hall->editor().placeItem(m_hall->a1, heavyServer(), 33, RackFace::Front, {},
                               BudgetPolicy::Allow);
    item.refreshTotals(*m_hall->hall());
    QVERIFY(item.isOverLimit());
    QVERIFY(item.gauges().at(1).fraction > 1.0);
}

void tst_RackItem::mountedAtFindsTheItemUnderAPoint_data()
{
    QTest::addColumn<int>("u");
    QTest::addColumn<int>("face");
    QTest::addColumn<int>("serverIndex"); // -1: nothing there
    QTest::newRow("bottom server, front") << 1 << int(RackFace::Front) << 0;
    QTest::newRow("top U of the bottom server") << 4 << int(RackFace::Front) << 0;
    QTest::newRow("second server") << 5 << int(RackFace::Front) << 1;
    QTest::newRow("rear of a server is its own face") << 1 << int(RackFace::Rear) << -1;
    QTest::newRow("empty slot above the servers") << 30 << int(RackFace::Front) << -1;
}

void tst_RackItem::mountedAtFindsTheItemUnderAPoint()
{
    QFETCH(int, u);
    QFETCH(int, face);
    QFETCH(int, serverIndex);
    RackItem item(m_hall->a1);
    item.refresh(*m_hall->hall());
    const QPointF p = item.geometry().spanRect(u, 1, RackFace(face)).center();
    const RackItem::Mounted *m = item.mountedAt(p);
    if (serverIndex < 0) {
        QCOMPARE(m, nullptr);
    } else {
        QVERIFY(m);
        QCOMPARE(m->id, m_hall->a1Servers.at(serverIndex));
    }
    QCOMPARE(item.mountedAt(item.geometry().headerRect().center()), nullptr);
}

void tst_RackItem::shallowItemsLeaveTheFarFaceFree()
{
    // A 400 mm switch in a 1,200 mm rack leaves the far face free; a 900 mm server does not.
    const PlacementId sw = m_hall->editor()
                               .placeItem(m_hall->a2, switchItem(), 40, RackFace::Rear)
                               .createdIds.value(0);
    const PlacementId srv =
        m_hall->editor().placeItem(m_hall->a2, server(), 1, RackFace::Front).createdIds.value(0);
    RackItem item(m_hall->a2);
    item.refresh(*m_hall->hall());
    QVERIFY(!item.find(sw)->blocksOtherFace);
    QVERIFY(item.find(srv)->blocksOtherFace);
}

void tst_RackItem::paintsItsPlacementsOnlyWhenNotDetailed()
{
    RackItem item(m_hall->a1);
    item.refresh(*m_hall->hall());
    auto render = [&item] {
        QImage image(item.boundingRect().size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionGraphicsItem option;
        option.exposedRect = item.boundingRect();
        item.paint(&painter, &option);
        return image;
    };
    const QPoint inServer =
        item.geometry().spanRect(1, 4, RackFace::Front).center().toPoint() + QPoint(60, 4);
    const QPoint emptySlot =
        item.geometry().spanRect(40, 1, RackFace::Front).center().toPoint() + QPoint(60, 0);
    const QImage summary = render();
    QVERIFY(summary.pixelColor(inServer) != summary.pixelColor(emptySlot));
    item.setDetailed(true); // children would draw the placements now
    const QImage frame = render();
    QCOMPARE(frame.pixelColor(inServer), frame.pixelColor(emptySlot));
}

QTEST_MAIN(tst_RackItem)
#include "tst_rackitem.moc"
