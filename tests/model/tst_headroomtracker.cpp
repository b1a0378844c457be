#include "model/workload/headroomview.h"
#include "support/headroomhall.h"
#include "support/sampleworkloads.h"
#include "support/workloadfixtures.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace WorkloadFixtures;

namespace {
// A training job on the round model: 1e12 tokens at BF16 in 20 days.
Workload roundTraining()
{
    Workload w;
    w.name = QStringLiteral("Round training");
    w.kind = WorkloadKind::Training;
    w.model = HeadroomHall::roundModel();
    w.precision = Precision::Bf16;
    w.training.tokens = 1e12;
    w.training.deadlineSeconds = 20 * 86400.0;
    return w;
}

// An inference service on the round model: 10 req/s of 1,000 tokens in and 200 out.
Workload roundService()
{
    Workload w;
    w.name = QStringLiteral("Round service");
    w.kind = WorkloadKind::Inference;
    w.model = HeadroomHall::roundModel();
    w.precision = Precision::Bf16;
    w.inference.requestRatePerSecond = 10.0;
    w.inference.inputTokens = 1000;
    w.inference.outputTokens = 200;
    w.inference.ttftTargetSeconds = 1.0;
    w.inference.tpotTargetSeconds = 0.05;
    w.inference.nPlusOne = false;
    return w;
}

const HeadroomEntry &entry(const ScopeHeadroom &h, WorkloadKind kind, HeadroomDimension d)
{
    return h.entry(kind, d);
}
} // namespace

// Headroom per server, rack, row and hall: numbers worked out by hand on a small hall, the
// incremental state equal to a full recompute after random edits, and the drag preview
// equal to the edit it previews without changing anything.
class tst_HeadroomTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void idleHallOffersEverything();
    void handCheckedTraining_data();
    void handCheckedTraining();
    void handCheckedInference();
    void serversRunOneKind();
    void incrementalEqualsFullRecompute_data();
    void incrementalEqualsFullRecompute();
    void anEditRecomputesOnlyWhatItTouches();
    void whatIfEqualsTheEditWithoutMakingIt();
    void undoOfEveryAssignmentRestoresHeadroom();
    void seriesForTheCharts();
    void powerSeriesAggregatesRowsAtHallScale();
    void statusFollowsTheIssuesColours_data();
    void statusFollowsTheIssuesColours();
};

void tst_HeadroomTracker::idleHallOffersEverything()
{
    HeadroomHall::Hall h = HeadroomHall::build();
    const ScopeHeadroom hall = h.project->headroom()->current().headroom(HeadroomScope::hall());
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference}) {
        // Three idle servers of 8 GPUs at 1 PFLOP/s and 80 GB offer themselves to both kinds.
        QCOMPARE(entry(hall, kind, HeadroomDimension::Compute).capacity, 24e15);
        QCOMPARE(entry(hall, kind, HeadroomDimension::Memory).capacity, 1920e9);
        QCOMPARE(entry(hall, kind, HeadroomDimension::Storage).capacity, 96e12);
        // 8 drives x 3 GB/s each (the slowest NVMe of the catalog) per server.
        QCOMPARE(entry(hall, kind, HeadroomDimension::StorageBandwidth).capacity, 72e9);
        QCOMPARE(entry(hall, kind, HeadroomDimension::Compute).demand, 0.0);
        QCOMPARE(entry(hall, kind, HeadroomDimension::Compute).headroomFraction(),
                 std::optional<double>(1.0));
        // Rack A: 30 kW usable less 12 kW of idle servers; rack B: 30 less 6.
        QCOMPARE(entry(hall, kind, HeadroomDimension::Power).capacity, 42000.0);
        QVERIFY(!entry(hall, kind, HeadroomDimension::Latency).isApplicable());
    }
    // Training talks over the scale-out fabric (400 Gb/s per GPU), inference over the
    // front end (100 GbE per server).
    QCOMPARE(entry(hall, WorkloadKind::Training, HeadroomDimension::Network).capacity, 3 * 400e9);
    QCOMPARE(entry(hall, WorkloadKind::Inference, HeadroomDimension::Network).capacity, 3 * 12.5e9);
}

void tst_HeadroomTracker::handCheckedTraining_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<int>("scope"); // 0 hall, 1 rack A, 2 server A1
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("capacity");

    // The job on rack A's 16 GPUs: 1e12 tokens x 6.12288e9 FLOPs = 6.12288e21 FLOPs at
    // 16 x 1e15 x MFU 0.50 x all-in 0.90 = 7.2e15 FLOP/s: 850,400 s to train of a
    // 1,728,000 s deadline, so its GPUs are busy 0.492130 of the time.
    const double share = 850400.0 / 1728000.0;
    const int compute = int(HeadroomDimension::Compute);
    QTest::newRow("compute, server") << compute << 2 << share * 8e15 << 8e15;
    QTest::newRow("compute, rack") << compute << 1 << share * 16e15 << 16e15;
    // The idle server in rack B offers its 8 PFLOP/s too.
    QTest::newRow("compute, hall") << compute << 0 << share * 16e15 << 24e15;
    // Pure data parallelism over 16 GPUs with ZeRO-1: 2 GB weights + 2 GB gradients +
    // 12 GB / 16 of Adam states + 10 layers x 34 x 1,000 x 1,024 bytes of activations =
    // 5.09816 GB, plus the 10 % reserve of 80 GB: 13.09816 GB per GPU.
    const int memory = int(HeadroomDimension::Memory);
    QTest::newRow("memory, server") << memory << 2 << 8 * 13.09816e9 << 640e9;
    QTest::newRow("memory, hall") << memory << 0 << 16 * 13.09816e9 << 1920e9;
    // 1e12 tokens x 4 bytes of dataset and 5 retained checkpoints of 1e9 x (2 + 12) bytes:
    // 4.07e12 bytes, half on each server.
    const int storage = int(HeadroomDimension::Storage);
    QTest::newRow("storage, server") << storage << 2 << 2.035e12 << 32e12;
    // A 14 GB checkpoint within 3.5 % of its 2 h interval (252 s): 55.6 MB/s.
    const int writes = int(HeadroomDimension::StorageBandwidth);
    QTest::newRow("checkpoint writes, rack") << writes << 1 << 14e9 / 252.0 << 48e9;
    // Ring all-reduce of 2 GB of gradients over 16 ranks: 2 x 15/16 x 2e9 = 3.75e9 bytes
    // per GPU and step; a 4,194,304-token step at 16 x 81,661.5 tokens/s (1e15 x 0.5 /
    // 6.12288e9 per GPU) takes 3.2101 s: 1.16818e9 B/s per GPU.
    const double stepsPerSecond = 16 * (1e15 * 0.5 / 6.12288e9) / 4194304.0;
    const int network = int(HeadroomDimension::Network);
    QTest::newRow("network, server") << network << 2 << 8 * 3.75e9 * stepsPerSecond << 3200e9 / 8;
    // Rack A's two 6 kW servers run the job: 12 kW of the 30 kW usable (air cooling).
    const int power = int(HeadroomDimension::Power);
    QTest::newRow("power, rack") << power << 1 << 12000.0 << 30000.0;
    // Rack B's idle server draws 6 kW that training cannot have: 12 of 30 + 24 kW.
    QTest::newRow("power, hall") << power << 0 << 12000.0 << 54000.0;
    // A server: its own 6 kW against 6 kW plus the 18 kW its rack has left.
    QTest::newRow("power, server") << power << 2 << 6000.0 << 24000.0;
    const int latency = int(HeadroomDimension::Latency);
    QTest::newRow("latency, hall") << latency << 0 << 850400.0 << 1728000.0;
}

void tst_HeadroomTracker::handCheckedTraining()
{
    QFETCH(int, dimension);
    QFETCH(int, scope);
    QFETCH(double, demand);
    QFETCH(double, capacity);
    HeadroomHall::Hall h = HeadroomHall::build();
    WorkloadEditor e = h.project->workloadEditor();
    const WorkloadId job = e.addWorkload(roundTraining()).createdIds.value(0);
    QVERIFY(e.assign(job, AssignmentTarget::rack(h.rackA)).applied());
    const HeadroomScope scopes[] = {HeadroomScope::hall(), HeadroomScope::rack(h.rackA),
                                    HeadroomScope::server(h.a1)};
    const HeadroomEntry got = h.project->headroom()
                                  ->current()
                                  .headroom(scopes[scope])
                                  .entry(WorkloadKind::Training, HeadroomDimension(dimension));
    QVERIFY2(qAbs(got.demand - demand) <= 1e-6 * demand,
             qPrintable(QStringLiteral("demand %1, expected %2").arg(got.demand).arg(demand)));
    QCOMPARE(got.capacity, capacity);
    QVERIFY(got.demandLow <= got.demand && got.demand <= got.demandHigh);
    QVERIFY(qAbs(*got.headroomFraction() - (1.0 - demand / capacity)) < 1e-6);
}

void tst_HeadroomTracker::handCheckedInference()
{
    HeadroomHall::Hall h = HeadroomHall::build();
    WorkloadEditor e = h.project->workloadEditor();
    const WorkloadId service = e.addWorkload(roundService()).createdIds.value(0);
    QVERIFY(e.assign(service, AssignmentTarget::server(h.b1)).applied());
    const HeadroomView view = h.project->headroom()->current();
    const ScopeHeadroom server = view.headroom(HeadroomScope::server(h.b1));
    auto inference = [&server](HeadroomDimension d) {
        return server.entry(WorkloadKind::Inference, d);
    };
    // 10 req/s x 1,200 tokens x 4 bytes of text: 48 kB/s through the 12.5 GB/s front end.
    QCOMPARE(inference(HeadroomDimension::Network).demand, 48000.0);
    QCOMPARE(inference(HeadroomDimension::Network).capacity, 12.5e9);
    // The server keeps one copy of the weights: 1e9 x 2 bytes.
    QCOMPARE(inference(HeadroomDimension::Storage).demand, 2e9);
    // Nothing is written while serving.
    QCOMPARE(inference(HeadroomDimension::StorageBandwidth).demand, 0.0);
    // At least the weights and the reserve of every GPU holding a replica.
    const auto result = view.result(service);
    QVERIFY(result && result->isRunning());
    const int replicaGpus = result->inference->deployedReplicas * result->inference->tensorParallel;
    QVERIFY(inference(HeadroomDimension::Memory).demand
            >= replicaGpus * (2e9 / result->inference->tensorParallel + 8e9) - 1.0);
    // The latency entry is TTFT or TPOT against its target, whichever leaves less.
    const HeadroomEntry latency = inference(HeadroomDimension::Latency);
    const double ttftLeft = 1.0 - result->inference->ttftSeconds.value / 1.0;
    const double tpotLeft = 1.0 - result->inference->tpotSeconds.value / 0.05;
    QCOMPARE(*latency.headroomFraction(), std::min(ttftLeft, tpotLeft));
    // Compute: the GPUs the rate needs under the targets, of the 8 it has.
    QCOMPARE(inference(HeadroomDimension::Compute).demand,
             double(result->inference->gpusNeeded) / 8.0 * 8e15);
    // Rack B now runs inference only: its 6 kW against 30 kW usable.
    const ScopeHeadroom rackB = view.headroom(HeadroomScope::rack(h.rackB));
    QCOMPARE(rackB.entry(WorkloadKind::Inference, HeadroomDimension::Power).demand, 6000.0);
    QCOMPARE(rackB.entry(WorkloadKind::Inference, HeadroomDimension::Power).capacity, 30000.0);
}

void tst_HeadroomTracker::serversRunOneKind()
{
    HeadroomHall::Hall h = HeadroomHall::build();
    WorkloadEditor e = h.project->workloadEditor();
    const WorkloadId job = e.addWorkload(roundTraining()).createdIds.value(0);
    QVERIFY(e.assign(job, AssignmentTarget::rack(h.rackA)).applied());
    const WorkloadId service = e.addWorkload(roundService()).createdIds.value(0);
    QVERIFY(e.assign(service, AssignmentTarget::server(h.b1)).applied());
    const HeadroomView view = h.project->headroom()->current();
    const ScopeHeadroom hall = view.headroom(HeadroomScope::hall());
    // Training nodes are dedicated: only rack A's 16 PFLOP/s are training's, only rack
    // B's 8 inference's.
    QCOMPARE(hall.entry(WorkloadKind::Training, HeadroomDimension::Compute).capacity, 16e15);
    QCOMPARE(hall.entry(WorkloadKind::Inference, HeadroomDimension::Compute).capacity, 8e15);
    // Power is the rack's: 12 kW of training in A (30 usable) and rack B's 24 kW left
    // after its 6 kW inference server; inference has A's 18 and B's 30.
    QCOMPARE(hall.entry(WorkloadKind::Training, HeadroomDimension::Power).capacity, 54000.0);
    QCOMPARE(hall.entry(WorkloadKind::Inference, HeadroomDimension::Power).capacity, 48000.0);
    QCOMPARE(hall.entry(WorkloadKind::Inference, HeadroomDimension::Power).demand, 6000.0);

    // Sharing a server (allowed, with a warning) splits what it has: inference on A1 gets
    // what training leaves.
    QVERIFY(e.assign(service, AssignmentTarget::server(h.a1)).applied());
    const ScopeHeadroom a1 = h.project->headroom()->current().headroom(HeadroomScope::server(h.a1));
    const HeadroomEntry trainingMemory =
        a1.entry(WorkloadKind::Training, HeadroomDimension::Memory);
    const HeadroomEntry inferenceMemory =
        a1.entry(WorkloadKind::Inference, HeadroomDimension::Memory);
    QCOMPARE(inferenceMemory.capacity, 640e9 - trainingMemory.demand);
    QCOMPARE(trainingMemory.capacity, 640e9 - inferenceMemory.demand);
}

void tst_HeadroomTracker::incrementalEqualsFullRecompute_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void tst_HeadroomTracker::incrementalEqualsFullRecompute()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    auto project = SampleWorkloads::emptyHall();
    const DataHall &hall = *project->hall();
    WorkloadEditor e = project->workloadEditor();
    QList<WorkloadId> workloads;
    for (const Workload &w : {trainingJob(), trainingJob("Llama 3.1 8B", 1e11, 3),
                              inferenceService(), inferenceService("Mistral 7B", 40.0),
                              inferenceService("Llama 3.1 70B", 10.0, Precision::Fp8)})
        workloads << e.addWorkload(w).createdIds.value(0);

    auto anyTarget = [&]() {
        const std::vector<PlacementId> servers =
            AssignmentRules::serversIn(hall, AssignmentTarget::hall());
        switch (random.bounded(3)) {
        case 0:
            return AssignmentTarget::server(servers.at(random.bounded(int(servers.size()))));
        case 1:
            return AssignmentTarget::rack(
                hall.rackOf(servers.at(random.bounded(int(servers.size())))));
        default:
            return AssignmentTarget::row(
                hall.rowIds().at(random.bounded(int(hall.rowIds().size()))));
        }
    };
    auto anyWorkload = [&]() {
        const auto &ids = project->workloads()->workloadIds();
        return ids.empty() ? WorkloadId(0) : ids.at(random.bounded(int(ids.size())));
    };
    QStringList log;
    int changes = 0;
    int mostAssignments = 0;
    for (int step = 0; step < 60; ++step) {
        const int action = random.bounded(12);
        log << QString::number(action);
        switch (action) {
        case 0:
        case 1:
        case 2:
            changes += e.assign(anyWorkload(), anyTarget()).applied();
            break;
        case 3:
            changes += e.unassign(anyWorkload(), anyTarget()).applied();
            break;
        case 4:
            changes += e.moveAssignment(anyWorkload(), anyTarget(), anyTarget()).applied();
            break;
        case 5:
            if (const Workload *w = project->workloads()->workload(anyWorkload())) {
                Workload changed = *w;
                if (changed.isTraining())
                    changed.training.deadlineSeconds *= 0.5 + random.generateDouble();
                else
                    changed.inference.requestRatePerSecond *= 0.5 + random.generateDouble();
                changes += e.editWorkload(changed).applied();
            }
            break;
        case 6:
            changes += e.duplicateWorkloads({anyWorkload()}).applied();
            break;
        case 7:
            changes += e.removeWorkloads({anyWorkload()}).applied();
            break;
        case 8: {
            const auto servers = AssignmentRules::serversIn(hall, AssignmentTarget::hall());
            if (!servers.empty())
                project->layoutEditor().removePlacements(
                    {servers.at(random.bounded(int(servers.size())))});
            break;
        }
        case 9: {
            const auto servers = AssignmentRules::serversIn(hall, AssignmentTarget::hall());
            if (!servers.empty()) {
                const PlacementId p = servers.at(random.bounded(int(servers.size())));
                ServerConfiguration c = hall.placement(p)->configuration;
                c.acceleratorCount = std::max(1, c.acceleratorCount / 2);
                project->layoutEditor().setConfiguration(p, c, BudgetPolicy::Allow);
            }
            break;
        }
        case 10:
            if (project->undoStack()->canUndo())
                project->undoStack()->undo();
            break;
        default:
            if (project->undoStack()->canRedo())
                project->undoStack()->redo();
            break;
        }
        const HeadroomTracker fresh(project->hall(), project->workloads());
        QString difference;
        QVERIFY2(
            project->headroom()->sameAs(fresh, &difference),
            qPrintable(
                QStringLiteral("after steps %1: %2").arg(log.join(QLatin1Char(' ')), difference)));
        mostAssignments = std::max(mostAssignments, project->workloads()->assignmentCount());
    }
    // The sequence did edit: it is not a test of nothing happening.
    QVERIFY2(changes >= 15, qPrintable(QString::number(changes)));
    QVERIFY(mostAssignments >= 8);
}

void tst_HeadroomTracker::anEditRecomputesOnlyWhatItTouches()
{
    auto project = SampleWorkloads::emptyHall();
    const DataHall &hall = *project->hall();
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId job = e.addWorkload(trainingJob()).createdIds.value(0);
    const WorkloadId chat = e.addWorkload(inferenceService()).createdIds.value(0);
    QVERIFY(e.assign(job,
                     AssignmentTarget::rack(
                         SampleWorkloads::rackNamed(hall, QStringLiteral("Training 1"))))
                .applied());
    QVERIFY(e.assign(chat,
                     AssignmentTarget::rack(
                         SampleWorkloads::rackNamed(hall, QStringLiteral("Inference 1"))))
                .applied());
    const int before = project->headroom()->estimatesRun();
    Workload w = *project->workloads()->workload(chat);
    w.inference.requestRatePerSecond = 35.0;
    QSignalSpy changed(project->headroom(), &HeadroomTracker::changed);
    QVERIFY(e.editWorkload(w).applied());
    // One workload changed: one estimate, and the training job's is not redone.
    QCOMPARE(project->headroom()->estimatesRun() - before, 1);
    QCOMPARE(changed.size(), 1);
    // Undo finds its estimate again without running it.
    project->undoStack()->undo();
    QCOMPARE(project->headroom()->estimatesRun() - before, 1);
}

void tst_HeadroomTracker::whatIfEqualsTheEditWithoutMakingIt()
{
    auto project = SampleWorkloads::emptyHall();
    const DataHall &hall = *project->hall();
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId job = e.addWorkload(trainingJob()).createdIds.value(0);
    const RackId t1 = SampleWorkloads::rackNamed(hall, QStringLiteral("Training 1"));
    const RackId t2 = SampleWorkloads::rackNamed(hall, QStringLiteral("Training 2"));
    QVERIFY(e.assign(job, AssignmentTarget::rack(t1)).applied());
    const ScopeHeadroom before = project->headroom()->current().headroom(HeadroomScope::hall());

    for (const auto &[from, to] : {std::pair<std::optional<AssignmentTarget>, AssignmentTarget>(
                                       std::nullopt, AssignmentTarget::rack(t2)),
                                   {AssignmentTarget::rack(t1), AssignmentTarget::rack(t2)}}) {
        const AssignmentCheck check = e.checkAssignment(job, to, from);
        QVERIFY(check.fits());
        const HeadroomView preview =
            project->headroom()->whatIf({job, check.adding, check.removing});
        QVERIFY(preview.isPreview());
        const ScopeHeadroom previewed = preview.headroom(HeadroomScope::hall());
        const ScopeHeadroom previewedRack = preview.headroom(HeadroomScope::rack(t2));
        // The document is untouched.
        QVERIFY(project->headroom()->current().headroom(HeadroomScope::hall()) == before);
        QVERIFY(!(previewed == before));
        QVERIFY(from ? e.moveAssignment(job, *from, to).applied() : e.assign(job, to).applied());
        QVERIFY(project->headroom()->current().headroom(HeadroomScope::hall()) == previewed);
        QVERIFY(project->headroom()->current().headroom(HeadroomScope::rack(t2)) == previewedRack);
        project->undoStack()->undo();
    }
}

void tst_HeadroomTracker::undoOfEveryAssignmentRestoresHeadroom()
{
    auto project = SampleWorkloads::emptyHall();
    const DataHall &hall = *project->hall();
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId job = e.addWorkload(trainingJob()).createdIds.value(0);
    const WorkloadId chat = e.addWorkload(inferenceService()).createdIds.value(0);
    project->undoStack()->clear();
    QList<ScopeHeadroom> states {project->headroom()->current().headroom(HeadroomScope::hall())};
    const RackId t1 = SampleWorkloads::rackNamed(hall, QStringLiteral("Training 1"));
    const RackId i1 = SampleWorkloads::rackNamed(hall, QStringLiteral("Inference 1"));
    QVERIFY(e.assign(job, AssignmentTarget::rack(t1)).applied());
    states << project->headroom()->current().headroom(HeadroomScope::hall());
    QVERIFY(e.assign(chat, AssignmentTarget::rack(i1)).applied());
    states << project->headroom()->current().headroom(HeadroomScope::hall());
    QVERIFY(e.moveAssignment(job, AssignmentTarget::rack(t1), AssignmentTarget::row(hall.rowOf(t1)))
                .applied());
    states << project->headroom()->current().headroom(HeadroomScope::hall());
    QVERIFY(e.unassign(chat, AssignmentTarget::server(hall.placementIds(i1).at(0))).applied());
    states << project->headroom()->current().headroom(HeadroomScope::hall());
    QVERIFY(project->layoutEditor().removeRacks({t1}).applied());
    states << project->headroom()->current().headroom(HeadroomScope::hall());
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        project->undoStack()->undo();
        QVERIFY2(project->headroom()->current().headroom(HeadroomScope::hall()) == states.at(i),
                 qPrintable(QString::number(i)));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        project->undoStack()->redo();
        QVERIFY2(project->headroom()->current().headroom(HeadroomScope::hall()) == states.at(i),
                 qPrintable(QString::number(i)));
    }
}

void tst_HeadroomTracker::seriesForTheCharts()
{
    HeadroomHall::Hall h = HeadroomHall::build();
    WorkloadEditor e = h.project->workloadEditor();
    const WorkloadId job = e.addWorkload(roundTraining()).createdIds.value(0);
    QVERIFY(e.assign(job, AssignmentTarget::rack(h.rackA)).applied());
    const WorkloadId service = e.addWorkload(roundService()).createdIds.value(0);
    QVERIFY(e.assign(service, AssignmentTarget::server(h.b1)).applied());
    const HeadroomView view = h.project->headroom()->current();

    const auto time = view.trainingTimeSeries(job);
    QVERIFY(time);
    QCOMPARE(time->deadlineSeconds, 1728000.0);
    QCOMPARE(time->assignedGpus, 16);
    QVERIFY(qAbs(time->assignedWallSeconds.value - 850400.0) < 1.0);
    QVERIFY(!time->gpus.empty());
    QCOMPARE(time->gpus.size(), time->wallSeconds.size());
    // Twice the GPUs, about half the time (MFU holds below 1,024 GPUs).
    const auto at16 = std::find(time->gpus.begin(), time->gpus.end(), 16.0);
    QVERIFY(at16 != time->gpus.end() && at16 + 1 != time->gpus.end());
    const size_t i = size_t(at16 - time->gpus.begin());
    QVERIFY(qAbs(time->wallSeconds[i] - 850400.0) < 1.0);
    QVERIFY(qAbs(time->wallSeconds[i + 1] - 425200.0) < 1.0);
    QVERIFY(time->assumptions.contains(QStringLiteral("mfu")));
    QVERIFY(!view.latencySeries(job));

    const auto latency = view.latencySeries(service);
    QVERIFY(latency);
    QCOMPARE(latency->ttftTargetSeconds, 1.0);
    QCOMPARE(latency->tpotTargetSeconds, 0.05);
    QVERIFY(latency->requestsPerSecond.size() >= 2);
    QVERIFY(std::is_sorted(latency->requestsPerSecond.begin(), latency->requestsPerSecond.end()));
    // Latency grows with the load.
    QVERIFY(latency->tpotSeconds.back() > latency->tpotSeconds.front());
    QVERIFY(qAbs(latency->operatingRequestsPerSecond - 10.0) < 1.0);
    QVERIFY(!view.trainingTimeSeries(service));

    // Power per rack: the job's 12 kW in rack A, the service's 6 kW in rack B, nothing
    // else drawing; 30 kW usable each.
    const PowerSeries power = view.powerSeries(HeadroomScope::hall());
    QCOMPARE(power.bars, (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(!power.aggregated);
    QCOMPARE(power.budgetWatts, (std::vector<double> {30000.0, 30000.0}));
    QCOMPARE(power.otherWatts, (std::vector<double> {0.0, 0.0}));
    QCOMPARE(power.stacks.size(), size_t(2));
    QCOMPARE(power.stacks.at(0).workload, job);
    QCOMPARE(power.stacks.at(0).watts, (std::vector<double> {12000.0, 0.0}));
    QCOMPARE(power.stacks.at(1).workload, service);
    QCOMPARE(power.stacks.at(1).kind, WorkloadKind::Inference);
    QCOMPARE(power.stacks.at(1).watts, (std::vector<double> {0.0, 6000.0}));
    // Fewer stacks than workloads: the rest are one.
    const PowerSeries one = view.powerSeries(HeadroomScope::hall(), 1000, 1);
    QCOMPARE(one.stacks.size(), size_t(2));
    QCOMPARE(one.stacks.at(1).workload, WorkloadId(0));
    QCOMPARE(one.stacks.at(1).name, QStringLiteral("Other workloads"));

    QCOMPARE(view.workloadsIn(HeadroomScope::rack(h.rackA)), std::vector<WorkloadId> {job});
    QCOMPARE(view.workloadsIn(HeadroomScope::hall()), (std::vector<WorkloadId> {job, service}));
    QCOMPARE(view.tightestWorkload(HeadroomScope::hall(), WorkloadKind::Inference),
             std::optional<WorkloadId>(service));
}

void tst_HeadroomTracker::powerSeriesAggregatesRowsAtHallScale()
{
    HeadroomHall::Hall h = HeadroomHall::build();
    LayoutEditor e = h.project->layoutEditor();
    QVERIFY(e.duplicateRow(h.row).applied());
    const PowerSeries power =
        h.project->headroom()->current().powerSeries(HeadroomScope::hall(), 3);
    // Four racks, three bars allowed: a bar per row.
    QVERIFY(power.aggregated);
    QCOMPARE(power.bars, (QStringList {QStringLiteral("Row 1"), QStringLiteral("Row 1 copy")}));
    QCOMPARE(power.budgetWatts, (std::vector<double> {60000.0, 60000.0}));
    // Three idle 6 kW servers per row.
    QCOMPARE(power.otherWatts, (std::vector<double> {18000.0, 18000.0}));
}

void tst_HeadroomTracker::statusFollowsTheIssuesColours_data()
{
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<int>("status");
    QTest::newRow("idle") << 0.0 << 10.0 << int(HeadroomStatus::Ok);
    QTest::newRow("81 % used") << 8.1 << 10.0 << int(HeadroomStatus::Tight);
    QTest::newRow("exactly full") << 10.0 << 10.0 << int(HeadroomStatus::Tight);
    QTest::newRow("over") << 12.0 << 10.0 << int(HeadroomStatus::Over);
    QTest::newRow("demand with nothing there") << 1.0 << 0.0 << int(HeadroomStatus::Over);
    QTest::newRow("nothing at all") << 0.0 << 0.0 << int(HeadroomStatus::NotApplicable);
}

void tst_HeadroomTracker::statusFollowsTheIssuesColours()
{
    QFETCH(double, demand);
    QFETCH(double, capacity);
    QFETCH(int, status);
    const HeadroomEntry e {demand, demand, demand, capacity, 0u};
    QCOMPARE(int(e.status()), status);
}

QTEST_GUILESS_MAIN(tst_HeadroomTracker)
#include "tst_headroomtracker.moc"
