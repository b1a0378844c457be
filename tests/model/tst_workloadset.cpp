#include "model/workload/workloadset.h"
#include "support/workloadfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace WorkloadFixtures;

// The workloads document: order, ids, assignments in both directions, and a signal after
// every change.
class tst_WorkloadSet : public QObject
{
    Q_OBJECT

private slots:
    void insertsAndTakesWithAssignments();
    void assignAndUnassignAnnounceOnlyChanges();
    void setWorkloadAnnouncesOnlyChanges();
    void resetReplacesEverythingAndKeepsIdsFresh();

private:
    static Workload named(WorkloadId id, const char *name)
    {
        Workload w = trainingJob();
        w.id = id;
        w.name = QLatin1String(name);
        return w;
    }
};

void tst_WorkloadSet::insertsAndTakesWithAssignments()
{
    WorkloadSet set;
    QSignalSpy inserted(&set, &WorkloadSet::workloadInserted);
    QSignalSpy removed(&set, &WorkloadSet::workloadRemoved);
    QSignalSpy assignments(&set, &WorkloadSet::assignmentsChanged);
    set.insertWorkload(-1, named(1, "a"));
    set.insertWorkload(0, named(2, "b"), {30, 10, 20});
    QCOMPARE(set.workloadIds(), (std::vector<WorkloadId> {2, 1}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.at(0).at(1).value<QList<PlacementId>>(),
             (QList<PlacementId> {10, 20, 30}));
    QCOMPARE(set.servers(2), (std::vector<PlacementId> {10, 20, 30}));
    QCOMPARE(set.workloadsOn(20), std::vector<WorkloadId> {2});
    QCOMPARE(set.assignmentCount(), 3);
    QVERIFY(set.isAssigned(2, 30));
    QVERIFY(!set.isAssigned(1, 30));

    const WorkloadSnapshot taken = set.takeWorkload(2);
    QCOMPARE(taken.workload.name, QStringLiteral("b"));
    QCOMPARE(taken.servers, (std::vector<PlacementId> {10, 20, 30}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    // The assignments leave before the workload does, so followers can still read it.
    QCOMPARE(assignments.size(), 2);
    QVERIFY(set.workloadsOn(20).empty());
    QCOMPARE(set.assignmentCount(), 0);
    QCOMPARE(set.count(), 1);
    QVERIFY(!set.workload(2));
}

void tst_WorkloadSet::assignAndUnassignAnnounceOnlyChanges()
{
    WorkloadSet set;
    set.insertWorkload(-1, named(1, "a"), {5});
    QSignalSpy assignments(&set, &WorkloadSet::assignmentsChanged);
    set.assign(1, {5, 7, 6});
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.at(0).at(1).value<QList<PlacementId>>(), (QList<PlacementId> {6, 7}));
    set.assign(1, {5, 6});
    set.unassign(1, {99});
    set.assign(42, {1}); // no such workload
    QCOMPARE(assignments.size(), 1);
    set.unassign(1, {7, 5});
    QCOMPARE(assignments.size(), 2);
    QCOMPARE(assignments.at(1).at(1).value<QList<PlacementId>>(), (QList<PlacementId> {5, 7}));
    QCOMPARE(set.servers(1), std::vector<PlacementId> {6});
    QCOMPARE(set.assignments(), (std::vector<Assignment> {{1, 6}}));
}

void tst_WorkloadSet::setWorkloadAnnouncesOnlyChanges()
{
    WorkloadSet set;
    set.insertWorkload(-1, named(1, "a"));
    QSignalSpy changed(&set, &WorkloadSet::workloadChanged);
    set.setWorkload(named(1, "a"));
    QCOMPARE(changed.size(), 0);
    set.setWorkload(named(1, "renamed"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(set.workload(1)->name, QStringLiteral("renamed"));
}

void tst_WorkloadSet::resetReplacesEverythingAndKeepsIdsFresh()
{
    WorkloadSet set;
    set.insertWorkload(-1, named(1, "old"), {3});
    QSignalSpy reset(&set, &WorkloadSet::workloadsReset);
    set.reset({{named(7, "x"), {4, 5}}, {named(3, "y"), {}}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(set.workloadIds(), (std::vector<WorkloadId> {7, 3}));
    QCOMPARE(set.workloadsOn(5), std::vector<WorkloadId> {7});
    QVERIFY(set.workloadsOn(3).empty());
    QCOMPARE(set.allocateId(), WorkloadId(8));
    QCOMPARE(set.snapshot().size(), size_t(2));
    QCOMPARE(set.snapshot().at(0).servers, (std::vector<PlacementId> {4, 5}));
}

QTEST_GUILESS_MAIN(tst_WorkloadSet)
#include "tst_workloadset.moc"
