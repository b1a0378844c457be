#include "model/workload/headroomview.h"
#include "support/testenvironment.h"
#include "support/workloadhall.h"
#include "views/charts/headroomchartfeed.h"
#include "views/charts/headroomchartview.h"
#include "views/charts/headroompane.h"
#include "views/charts/latencychartview.h"
#include "views/charts/rackpowerchartview.h"
#include "views/charts/trainingtimechartview.h"

#include <QTest>
#include <qcustomplot.h>

class tst_HeadroomChartFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void nothingAssignedDrawsNoCurves();
    void seriesFollowEdits();
    void headroomBarsAreTheTrackers();
    void powerStacksByWorkload();
    void previewShowsTheDropAndSettles();
    void scopeFollowsTheSelection_data();
    void scopeFollowsTheSelection();
};

namespace {
struct Feed
{
    WorkloadHall::Hall h;
    HeadroomPane pane;
    HeadroomChartFeed feed {h.project.headroom(), h.hall(), &h.workloads, &pane};
};
} // namespace

void tst_HeadroomChartFeed::nothingAssignedDrawsNoCurves()
{
    Feed f;
    f.h.add(WorkloadHall::pretrain70b());
    f.h.add(WorkloadHall::chat70b());
    f.feed.refresh();
    QVERIFY(f.pane.trainingTimeChart()->data().curve.isEmpty());
    QVERIFY(f.pane.latencyChart()->data().curve.isEmpty());
    QVERIFY(f.pane.headroomChart()->isEmpty() == false
            || f.pane.headroomChart()->emptyMessage().contains(QStringLiteral("No workloads")));
    // The sample's four racks, nothing running.
    const RackPowerChartView::Data &p = f.pane.rackPowerChart()->shown();
    QCOMPARE(p.categories.size(), 4);
    QCOMPARE(p.stackNames.size(), 1);
}

void tst_HeadroomChartFeed::seriesFollowEdits()
{
    Feed f;
    const WorkloadId training = f.h.add(WorkloadHall::pretrain70b());
    const WorkloadId chat = f.h.add(WorkloadHall::chat70b());
    QVERIFY(f.h.editor()
                .assign(training, AssignmentTarget::rack(f.h.rack(QStringLiteral("Training 1"))))
                .applied());
    QVERIFY(f.h.editor()
                .assign(chat, AssignmentTarget::rack(f.h.rack(QStringLiteral("Training 2"))))
                .applied());
    f.feed.refresh();
    const TrainingTimeChartView::Data &t = f.pane.trainingTimeChart()->data();
    QCOMPARE(t.workloadName, f.h.workloads.workload(training)->name);
    QVERIFY(!t.curve.isEmpty());
    QCOMPARE(t.assignedGpus, 32); // four DGX H100 of eight
    QCOMPARE(t.deadlineSeconds, f.h.workloads.workload(training)->training.deadlineSeconds);
    QVERIFY(t.assignedLowSeconds <= t.assignedWallSeconds
            && t.assignedWallSeconds <= t.assignedHighSeconds);
    const LatencyChartView::Data &l = f.pane.latencyChart()->data();
    QCOMPARE(l.workloadName, f.h.workloads.workload(chat)->name);
    QVERIFY(!l.curve.isEmpty());
    QVERIFY(l.hasOperatingPoint);
    QCOMPARE(l.operatingPoint.requestsPerSecond,
             f.h.workloads.workload(chat)->inference.requestRatePerSecond);
    QCOMPARE(l.ttftTargetSeconds, f.h.workloads.workload(chat)->inference.ttftTargetSeconds);

    // An edit reaches the chart when the event loop turns (one refresh for the burst).
    Workload slower = *f.h.workloads.workload(chat);
    slower.inference.requestRatePerSecond = 10.0;
    QVERIFY(f.h.editor().editWorkload(slower).applied());
    QTRY_COMPARE(f.pane.latencyChart()->data().operatingPoint.requestsPerSecond, 10.0);
    // Undo the edit and the assignment: the curve goes.
    f.h.stack()->undo();
    f.h.stack()->undo();
    QTRY_VERIFY(f.pane.latencyChart()->data().curve.isEmpty());
}

void tst_HeadroomChartFeed::headroomBarsAreTheTrackers()
{
    Feed f;
    const WorkloadId training = f.h.add(WorkloadHall::pretrain70b());
    const RackId rack = f.h.rack(QStringLiteral("Training 1"));
    QVERIFY(f.h.editor().assign(training, AssignmentTarget::rack(rack)).applied());
    f.feed.setScope(AssignmentTarget::rack(rack));
    f.feed.refresh();
    const ScopeHeadroom expected =
        f.h.project.headroom()->current().headroom(AssignmentTarget::rack(rack));
    const HeadroomChartView::Data &shown = f.pane.headroomChart()->data();
    for (int d = 0; d < HeadroomChartView::DimensionCount; ++d) {
        const HeadroomEntry &e = expected.training[size_t(d)];
        const HeadroomChartView::Entry &s = shown.training[size_t(d)];
        QCOMPARE(s.present, e.isApplicable());
        if (!s.present)
            continue;
        QCOMPARE(s.demand, e.demand);
        QCOMPARE(s.capacity, e.capacity);
        if (e.headroomFraction() && std::isfinite(*e.headroomFraction()))
            QCOMPARE(s.headroomFraction, *e.headroomFraction());
    }
    QVERIFY(shown.training[HeadroomChartView::Compute].present);
    QVERIFY(!f.pane.headroomChart()->isEmpty());
}

void tst_HeadroomChartFeed::powerStacksByWorkload()
{
    Feed f;
    const WorkloadId training = f.h.add(WorkloadHall::pretrain70b());
    QVERIFY(f.h.editor()
                .assign(training, AssignmentTarget::rack(f.h.rack(QStringLiteral("Training 1"))))
                .applied());
    f.feed.refresh();
    const PowerSeries series =
        f.h.project.headroom()->current().powerSeries(AssignmentTarget::hall(), 1000, 7);
    const RackPowerChartView::Data &p = f.pane.rackPowerChart()->shown();
    QCOMPARE(p.categories, series.bars);
    QCOMPARE(p.stackNames.size(), qsizetype(series.stacks.size() + 1));
    QCOMPARE(p.stackNames[1], f.h.workloads.workload(training)->name);
    const int column = int(p.categories.indexOf(QStringLiteral("Training 1")));
    QVERIFY(column >= 0);
    QVERIFY(p.stackWatts[1][column] > 0.0);
    QCOMPARE(p.stackWatts[1][column], series.stacks.front().watts[size_t(column)]);
    QCOMPARE(p.stackWatts[0][column], series.otherWatts[size_t(column)]);
    QCOMPARE(p.budgetWatts[column], series.budgetWatts[size_t(column)]);
}

void tst_HeadroomChartFeed::previewShowsTheDropAndSettles()
{
    Feed f;
    const WorkloadId chat = f.h.add(WorkloadHall::chat70b());
    const RackId rack = f.h.rack(QStringLiteral("Training 2"));
    const AssignmentCheck check = f.h.editor().checkAssignment(chat, AssignmentTarget::rack(rack));
    QVERIFY(check.fits());
    f.feed.refresh();
    QVERIFY(f.pane.latencyChart()->data().curve.isEmpty());

    f.feed.setPreview({chat, check.adding, check.removing});
    QVERIFY(f.pane.latencyChart()->isPreviewing());
    QVERIFY(f.pane.rackPowerChart()->isPreviewing());
    QVERIFY(!f.pane.latencyChart()->data().curve.isEmpty()); // as if dropped
    QVERIFY(f.pane.scope().contains(f.h.workloads.workload(chat)->name));
    const RackPowerChartView::Data &p = f.pane.rackPowerChart()->shown();
    const int column = int(p.categories.indexOf(QStringLiteral("Training 2")));
    QCOMPARE(p.stackNames.size(), 2);
    QVERIFY(p.stackWatts[1][column] > 0.0);
    QVERIFY(f.h.workloads.servers(chat).empty()); // the documents are untouched
    QCOMPARE(f.h.stack()->count(), 0);

    // Over a target that refuses it: the hall as it is, still in preview mode.
    f.feed.setPreview({chat, {}, {}});
    QVERIFY(f.pane.latencyChart()->isPreviewing());
    QVERIFY(f.pane.latencyChart()->data().curve.isEmpty());
    QVERIFY(!f.pane.scope().contains(f.h.workloads.workload(chat)->name));
    QCOMPARE(f.pane.rackPowerChart()->shown().stackNames.size(), 1);

    f.feed.clearPreview();
    QVERIFY(!f.pane.latencyChart()->isPreviewing());
    QVERIFY(f.pane.latencyChart()->data().curve.isEmpty());
    QCOMPARE(f.pane.rackPowerChart()->shown().stackNames.size(), 1);
}

void tst_HeadroomChartFeed::scopeFollowsTheSelection_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("racks");
    QTest::newRow("hall") << int(AssignmentTarget::Kind::Hall)
                          << QStringList {QStringLiteral("Training 1"),
                                          QStringLiteral("Training 2"),
                                          QStringLiteral("Inference 1"),
                                          QStringLiteral("Storage and network")};
    QTest::newRow("row B") << int(AssignmentTarget::Kind::Row)
                           << QStringList {QStringLiteral("Inference 1"),
                                           QStringLiteral("Storage and network")};
    QTest::newRow("rack") << int(AssignmentTarget::Kind::Rack)
                          << QStringList {QStringLiteral("Inference 1")};
    QTest::newRow("server") << int(AssignmentTarget::Kind::Server)
                            << QStringList {QStringLiteral("Inference 1")};
}

void tst_HeadroomChartFeed::scopeFollowsTheSelection()
{
    QFETCH(int, kind);
    QFETCH(QStringList, racks);
    Feed f;
    const RackId inference = f.h.rack(QStringLiteral("Inference 1"));
    AssignmentTarget scope = AssignmentTarget::hall();
    switch (AssignmentTarget::Kind(kind)) {
    case AssignmentTarget::Kind::Hall:
        break;
    case AssignmentTarget::Kind::Row:
        scope = AssignmentTarget::row(f.h.hall()->rowOf(inference));
        break;
    case AssignmentTarget::Kind::Rack:
        scope = AssignmentTarget::rack(inference);
        break;
    case AssignmentTarget::Kind::Server:
        scope = AssignmentTarget::server(f.h.firstServer(QStringLiteral("Inference 1")));
        break;
    }
    f.feed.setScope(scope);
    QCOMPARE(f.pane.rackPowerChart()->shown().categories, racks);
    QCOMPARE(f.pane.scope(), f.feed.scopeText());
    if (AssignmentTarget::Kind(kind) == AssignmentTarget::Kind::Hall)
        QCOMPARE(f.pane.scope(), QStringLiteral("The whole hall"));
    else if (AssignmentTarget::Kind(kind) == AssignmentTarget::Kind::Rack)
        QCOMPARE(f.pane.scope(), QStringLiteral("Inference 1"));
}

QTEST_MAIN(tst_HeadroomChartFeed)
#include "tst_headroomchartfeed.moc"
