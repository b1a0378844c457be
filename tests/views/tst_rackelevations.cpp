#include "model/layout/datahall.h"
#include "support/quotefixtures.h"
#include "support/testenvironment.h"
#include "views/proposal/rackelevations.h"

#include <QPainter>
#include <QPicture>
#include <QTest>

// Identical racks are drawn once with "× N": which racks count as identical.
class tst_RackElevations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void grouping_data();
    void grouping();
    void labels_data();
    void labels();
    void drawingsPaintEveryRack();
};

namespace {
RackSnapshot rack(quint32 id, const char *name, std::vector<Placement> placements,
                  CoolingType cooling = CoolingType::Air)
{
    return {{id,
             QLatin1String(name),
             QStringLiteral("rack-42u"),
             {86000.0, 2, PowerPhase::Three},
             RackCooling::ofType(cooling),
             {}},
            std::move(placements)};
}
Placement at(quint32 id, const char *item, int u, ServerConfiguration c = {})
{
    return {id, QLatin1String(item), u, RackFace::Front, c};
}
} // namespace

void tst_RackElevations::grouping_data()
{
    QTest::addColumn<std::vector<RackSnapshot>>("racks");
    QTest::addColumn<QList<int>>("groupSizes");
    const ServerConfiguration a {QStringLiteral("gpu-a"), 8, 8};
    const ServerConfiguration b {QStringLiteral("gpu-b"), 8, 8};
    QTest::newRow("same items in the same slots, other names")
        << std::vector<RackSnapshot> {rack(1, "A", {at(11, "oem-server", 1, a)}),
                                      rack(2, "B", {at(21, "oem-server", 1, a)})}
        << QList<int> {2};
    QTest::newRow("placed in another order is still the same")
        << std::vector<RackSnapshot> {rack(1, "A",
                                           {at(11, "ib-switch", 30), at(12, "oem-server", 1, a)}),
                                      rack(2, "B",
                                           {at(21, "oem-server", 1, a), at(22, "ib-switch", 30)})}
        << QList<int> {2};
    QTest::newRow("another slot")
        << std::vector<RackSnapshot> {rack(1, "A", {at(11, "oem-server", 1, a)}),
                                      rack(2, "B", {at(21, "oem-server", 5, a)})}
        << QList<int> {1, 1};
    QTest::newRow("another configuration")
        << std::vector<RackSnapshot> {rack(1, "A", {at(11, "oem-server", 1, a)}),
                                      rack(2, "B", {at(21, "oem-server", 1, b)})}
        << QList<int> {1, 1};
    QTest::newRow("other cooling")
        << std::vector<RackSnapshot> {rack(1, "A", {}), rack(2, "B", {}, CoolingType::DirectLiquid),
                                      rack(3, "C", {})}
        << QList<int> {2, 1};
}

void tst_RackElevations::grouping()
{
    QFETCH(std::vector<RackSnapshot>, racks);
    QFETCH(QList<int>, groupSizes);
    DataHall hall;
    hall.reset({RowSnapshot {{100, QStringLiteral("Row")}, racks}}, QuoteFixtures::catalog());
    const QList<RackElevations::Group> groups = RackElevations::group(hall);
    QList<int> sizes;
    for (const auto &group : groups)
        sizes.append(int(group.names.size()));
    QCOMPARE(sizes, groupSizes);
    QCOMPARE(groups.first().representative, racks.front().rack.id);
}

void tst_RackElevations::labels_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("label");
    QTest::newRow("one") << QStringList {QStringLiteral("Training 1")}
                         << QStringLiteral("Training 1");
    QTest::newRow("two") << QStringList {QStringLiteral("A1"), QStringLiteral("A2")}
                         << QStringLiteral("A1, A2");
    QTest::newRow("many") << QStringList {QStringLiteral("A1"), QStringLiteral("A2"),
                                          QStringLiteral("A3"), QStringLiteral("A4")}
                          << QStringLiteral("A1 and 3 more");
}

void tst_RackElevations::labels()
{
    QFETCH(QStringList, names);
    QFETCH(QString, label);
    QCOMPARE(RackElevations::groupLabel({1, names}), label);
}

void tst_RackElevations::drawingsPaintEveryRack()
{
    // Four designs: two drawings (three racks, then one), each painting what it was given
    // even after the hall it came from is gone.
    ProposalDocument document;
    {
        DataHall hall;
        std::vector<RackSnapshot> racks;
        for (quint32 i = 0; i < 4; ++i)
            racks.push_back(rack(1 + i * 10, "R", {at(2 + i * 10, "ib-switch", 1 + int(i))}));
        hall.reset({RowSnapshot {{100, QStringLiteral("Row")}, racks}}, QuoteFixtures::catalog());
        RackElevations::addDrawings(document, hall, RackElevations::group(hall));
    }
    QCOMPARE(document.blocks().size(), 2);
    QPicture picture;
    QPainter painter(&picture);
    for (const auto &block : document.blocks()) {
        const auto &drawing = std::get<ProposalDocument::Drawing>(block);
        QCOMPARE(drawing.heightMm, RackElevations::kDrawingHeightMm);
        drawing.paint(&painter, QRectF(0, 0, 600, 400));
    }
    painter.end();
    QVERIFY(picture.size() > 0);
}

QTEST_MAIN(tst_RackElevations)
#include "tst_rackelevations.moc"
