#include "views/layout/rackgeometry.h"

#include <QTest>

class tst_RackGeometry : public QObject
{
    Q_OBJECT

private slots:
    void spanRectPutsU1AtTheBottom_data();
    void spanRectPutsU1AtTheBottom();
    void unitAtInvertsSpanRect_data();
    void unitAtInvertsSpanRect();
    void faceAt_data();
    void faceAt();
    void bottomForPointer_data();
    void bottomForPointer();
    void facesAreDrawnToScale();
};

void tst_RackGeometry::spanRectPutsU1AtTheBottom_data()
{
    QTest::addColumn<int>("bottomU");
    QTest::addColumn<int>("units");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("height");
    const double body = RackGeometry::kHeaderHeight;
    const double u = RackGeometry::kUnitHeight;
    QTest::newRow("U1 is the lowest slot") << 1 << 1 << body + 41 * u << u;
    QTest::newRow("U42 is the highest slot") << 42 << 1 << body << u;
    QTest::newRow("8U from U1 ends at U8") << 1 << 8 << body + 34 * u << 8 * u;
    QTest::newRow("2U at U41 fills the top") << 41 << 2 << body << 2 * u;
}

void tst_RackGeometry::spanRectPutsU1AtTheBottom()
{
    QFETCH(int, bottomU);
    QFETCH(int, units);
    QFETCH(double, top);
    QFETCH(double, height);
    const RackGeometry g(42);
    const QRectF r = g.spanRect(bottomU, units, RackFace::Front);
    QCOMPARE(r.top(), top);
    QCOMPARE(r.height(), height);
    QCOMPARE(r.left(), RackGeometry::kGutterWidth);
    QCOMPARE(r.bottom() <= g.bodyBottom(), true);
}

void tst_RackGeometry::unitAtInvertsSpanRect_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("u");
    QTest::newRow("bottom of 42U") << 42 << 1;
    QTest::newRow("middle of 42U") << 42 << 21;
    QTest::newRow("top of 42U") << 42 << 42;
    QTest::newRow("top of 48U") << 48 << 48;
}

void tst_RackGeometry::unitAtInvertsSpanRect()
{
    QFETCH(int, units);
    QFETCH(int, u);
    const RackGeometry g(units);
    const QRectF slot = g.spanRect(u, 1, RackFace::Rear);
    QCOMPARE(g.unitAt(slot.center().y()), u);
    QCOMPARE(g.unitAt(slot.top() + 0.1), u);
    QCOMPARE(g.unitAt(slot.bottom() - 0.1), u);
}

void tst_RackGeometry::faceAt_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("face"); // -1: none
    const double front = RackGeometry::faceLeft(RackFace::Front);
    const double rear = RackGeometry::faceLeft(RackFace::Rear);
    QTest::newRow("over the U numbers") << front - 5 << -1;
    QTest::newRow("front face") << front + 10 << int(RackFace::Front);
    QTest::newRow("gap, nearer the front")
        << front + RackGeometry::kFaceWidth + 2 << int(RackFace::Front);
    QTest::newRow("gap, nearer the rear") << rear - 2 << int(RackFace::Rear);
    QTest::newRow("rear face") << rear + 10 << int(RackFace::Rear);
    QTest::newRow("right of the rack") << RackGeometry::kWidth + 1 << -1;
}

void tst_RackGeometry::faceAt()
{
    QFETCH(double, x);
    QFETCH(int, face);
    const std::optional<RackFace> found = RackGeometry::faceAt(x);
    QCOMPARE(found ? int(*found) : -1, face);
}

void tst_RackGeometry::bottomForPointer_data()
{
    QTest::addColumn<int>("pointerU");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("bottomU");
    QTest::newRow("1U under the pointer") << 10 << 1 << 10;
    QTest::newRow("4U centred on the pointer") << 10 << 4 << 9;
    QTest::newRow("8U near the top is pushed down") << 41 << 8 << 35;
    QTest::newRow("8U near the bottom is pushed up") << 2 << 8 << 1;
    QTest::newRow("taller than the rack starts at U1") << 20 << 50 << 1;
}

void tst_RackGeometry::bottomForPointer()
{
    QFETCH(int, pointerU);
    QFETCH(int, units);
    QFETCH(int, bottomU);
    QCOMPARE(RackGeometry(42).bottomForPointer(pointerU, units), bottomU);
}

void tst_RackGeometry::facesAreDrawnToScale()
{
    // EIA-310: 1U = 44.45 mm, 19 in = 482.6 mm between the rails.
    const double ratio = RackGeometry::kFaceWidth / RackGeometry::kUnitHeight;
    QVERIFY(qAbs(ratio - 482.6 / 44.45) < 0.1);
}

QTEST_MAIN(tst_RackGeometry)
#include "tst_rackgeometry.moc"
