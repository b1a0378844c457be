#include "model/quote/hallfigures.h"
#include "model/workload/headroomentry.h"

#include <QTest>

#include <limits>

class tst_HallFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void setHeadroomTakesEachFraction();
    void jsonRoundTrip();
    void jsonIgnoresWhatItDoesNotKnow();
    void describesWhatMoved_data();
    void describesWhatMoved();
};

namespace {
constexpr int kTraining = 0;
constexpr int kInference = 1;

HallFigures::HeadroomFractions &fractions(HallFigures &f, int kind)
{
    return f.headroomFraction[size_t(kind)];
}
} // namespace

void tst_HallFigures::setHeadroomTakesEachFraction()
{
    ScopeHeadroom hall;
    // Training compute: 3 of 4 used, 25 % left; inference memory over by half.
    hall.training[int(HeadroomDimension::Compute)].capacity = 4.0;
    hall.training[int(HeadroomDimension::Compute)].demand = 3.0;
    hall.inference[int(HeadroomDimension::Memory)].capacity = 2.0;
    hall.inference[int(HeadroomDimension::Memory)].demand = 3.0;
    hall.inference[int(HeadroomDimension::Network)].demand = 1.0; // of nothing
    HallFigures figures;
    figures.setHeadroom(hall);
    QCOMPARE(fractions(figures, kTraining)[int(HeadroomDimension::Compute)], 0.25);
    QCOMPARE(fractions(figures, kInference)[int(HeadroomDimension::Memory)], -0.5);
    QVERIFY(std::isinf(*fractions(figures, kInference)[int(HeadroomDimension::Network)]));
    QVERIFY(!fractions(figures, kTraining)[int(HeadroomDimension::Latency)]);
}

void tst_HallFigures::jsonRoundTrip()
{
    HallFigures figures;
    fractions(figures, kTraining)[int(HeadroomDimension::Compute)] = 0.25;
    fractions(figures, kTraining)[int(HeadroomDimension::Power)] = 1.0;
    fractions(figures, kInference)[int(HeadroomDimension::Latency)] = -0.125;
    fractions(figures, kInference)[int(HeadroomDimension::Network)] =
        -std::numeric_limits<double>::infinity();
    const QJsonObject json = figures.headroomJson();
    QCOMPARE(json.value(QStringLiteral("training")).toObject().value(QStringLiteral("compute")),
             QJsonValue(0.25));
    QCOMPARE(json.value(QStringLiteral("inference")).toObject().value(QStringLiteral("network")),
             QJsonValue(QStringLiteral("-inf")));
    QVERIFY(!json.value(QStringLiteral("training")).toObject().contains(QStringLiteral("memory")));
    HallFigures back;
    back.setHeadroomJson(json);
    QVERIFY(back == figures);
}

void tst_HallFigures::jsonIgnoresWhatItDoesNotKnow()
{
    HallFigures figures;
    figures.setHeadroomJson(QJsonObject {
        {QStringLiteral("training"),
         QJsonObject {{QStringLiteral("compute"), 0.5}, {QStringLiteral("teleport"), 0.1}}},
        {QStringLiteral("quantum"), QJsonObject {{QStringLiteral("compute"), 0.2}}},
    });
    HallFigures expected;
    fractions(expected, kTraining)[int(HeadroomDimension::Compute)] = 0.5;
    QVERIFY(figures == expected);
}

void tst_HallFigures::describesWhatMoved_data()
{
    QTest::addColumn<std::optional<double>>("before");
    QTest::addColumn<std::optional<double>>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no headroom on either side")
        << std::optional<double>() << std::optional<double>() << QString();
    QTest::newRow("a quarter of a point is no change")
        << std::optional<double>(0.45) << std::optional<double>(0.4525)
        << QStringLiteral("Headroom left unchanged.");
    QTest::newRow("compute used up")
        << std::optional<double>(0.45) << std::optional<double>(0.30)
        << QStringLiteral("Headroom left: Compute (training) 45 % → 30 %.");
    QTest::newRow("compute appears")
        << std::optional<double>() << std::optional<double>(1.0)
        << QStringLiteral("Headroom left: Compute (training) none → 100 %.");
    QTest::newRow("demanded of nothing")
        << std::optional<double>(0.5)
        << std::optional<double>(-std::numeric_limits<double>::infinity())
        << QStringLiteral("Headroom left: Compute (training) 50 % → no capacity.");
}

void tst_HallFigures::describesWhatMoved()
{
    QFETCH(std::optional<double>, before);
    QFETCH(std::optional<double>, after);
    QFETCH(QString, expected);
    HallFigures a;
    HallFigures b;
    fractions(a, kTraining)[int(HeadroomDimension::Compute)] = before;
    fractions(b, kTraining)[int(HeadroomDimension::Compute)] = after;
    QCOMPARE(HallFigures::describeHeadroomChange(a, b), expected);
}

QTEST_MAIN(tst_HallFigures)
#include "tst_hallfigures.moc"
