#include "app/bench/headroombenchmark.h"

#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/workload/headroomview.h"
#include "model/workload/modelpresets.h"

#include <QElapsedTimer>

#include <cmath>
#include <map>
#include <memory>

namespace {
const QString kTrainingServer = QStringLiteral("hpe-cray-xd670"); // 5U, 8 x H100 SXM5
const QString kInferenceServer = QStringLiteral("dell-poweredge-r760xa"); // 2U, 4 x L40S

CatalogItem catalogRow(const QList<CatalogItem> &rows, const QString &id)
{
    for (const CatalogItem &row : rows) {
        if (row.id == id)
            return row;
    }
    return {};
}

// `racks` racks of `perRack` servers (at most eight) in rows of 20: four in five racks train (XD670
// on direct liquid cooling), the fifth serves (R760xa with L40S, air). Built straight into the
// documents (no checks, no undo history), with `workloads` workloads assigned: half
// training jobs on a whole training rack each, half inference services on two servers
// each.
struct BenchProject
{
    std::unique_ptr<Project> project = std::make_unique<Project>();
    std::vector<RackId> trainingRacks;
    std::vector<RackId> inferenceRacks;
    std::vector<WorkloadId> trainingJobs;
    std::vector<WorkloadId> services;

    BenchProject(int racks, int perRack, int workloads)
    {
        const QList<CatalogItem> catalog = SampleProject::catalogRows();
        const CatalogItem trainingServer = catalogRow(catalog, kTrainingServer);
        const CatalogItem inferenceServer = catalogRow(catalog, kInferenceServer);
        ServerConfiguration l40s = LayoutEditor::defaultConfiguration(inferenceServer);
        l40s.acceleratorId = QStringLiteral("nvidia-l40s");
        // One 415 V 60 A three-phase circuit: 43.1 kW (catalog pdu_rule row), two per feed.
        const double circuitWatts = std::sqrt(3.0) * 415.0 * 60.0;
        quint32 id = 1;
        std::vector<RowSnapshot> rows;
        std::map<RackId, std::vector<PlacementId>> serversOf;
        for (int r = 0; r < racks; ++r) {
            if (r % 20 == 0)
                rows.push_back({{id++, QStringLiteral("Row %1").arg(rows.size() + 1)}, {}});
            const bool serving = r % 5 == 4;
            RackSnapshot rack;
            rack.rack = {
                id++,
                QStringLiteral("R%1").arg(r + 1),
                QStringLiteral("apc-netshelter-sx-ar3300"),
                {2 * circuitWatts, 2, PowerPhase::Three},
                RackCooling::ofType(serving ? CoolingType::Air : CoolingType::DirectLiquid),
                {}};
            for (int s = 0; s < perRack; ++s) {
                if (serving)
                    rack.placements.push_back(
                        {id++, inferenceServer.id, 3 + 2 * s, RackFace::Front, l40s});
                else
                    rack.placements.push_back({id++, trainingServer.id, 1 + 5 * s, RackFace::Front,
                                               LayoutEditor::defaultConfiguration(trainingServer)});
            }
            (serving ? inferenceRacks : trainingRacks).push_back(rack.rack.id);
            for (const Placement &p : rack.placements)
                serversOf[rack.rack.id].push_back(p.id); // ascending: ids grow

            rows.back().racks.push_back(rack);
        }

        std::vector<WorkloadSnapshot> snapshots;
        const char *trainingModels[] = {"Llama 3.1 8B", "Llama 2 7B", "Mistral 7B", "Llama 2 13B"};
        const char *servedModels[] = {"Llama 3.1 8B", "Llama 2 7B", "Mistral 7B"};
        WorkloadId next = 1;
        for (int i = 0; i < workloads; ++i) {
            Workload w;
            w.id = next++;
            if (i % 2 == 0) {
                const int n = i / 2;
                w.name = QStringLiteral("Training %1").arg(n + 1);
                w.kind = WorkloadKind::Training;
                w.model = *ModelPresets::find(QLatin1String(trainingModels[n % 4]));
                w.training.tokens = 20e9 * (1 + n % 5);
                w.training.deadlineSeconds = 14 * 86400.0;
                snapshots.push_back(
                    {w, serversOf.at(trainingRacks.at(size_t(n) % trainingRacks.size()))});
                trainingJobs.push_back(w.id);
            } else {
                const int n = i / 2;
                w.name = QStringLiteral("Service %1").arg(n + 1);
                w.kind = WorkloadKind::Inference;
                w.model = *ModelPresets::find(QLatin1String(servedModels[n % 3]));
                w.inference.requestRatePerSecond = 2.0 + n % 7;
                w.inference.inputTokens = 1024;
                w.inference.outputTokens = 256;
                w.inference.ttftTargetSeconds = 1.0;
                w.inference.tpotTargetSeconds = 0.05;
                // Two servers of an inference rack, pair by pair.
                const auto &ids =
                    serversOf.at(inferenceRacks.at(size_t(n) % inferenceRacks.size()));
                const size_t pairs = std::max<size_t>(1, size_t(perRack) / 2);
                const size_t first = 2 * ((size_t(n) / inferenceRacks.size()) % pairs);
                snapshots.push_back({w, {ids.at(first), ids.at(first + 1)}});
                services.push_back(w.id);
            }
        }
        project->load(rows, catalog, snapshots, QString());
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

QString HeadroomBenchmark::description() const
{
    return tr("Drag-hover preview on 100 racks, 800 servers and 200 workloads: assignment "
              "check, what-if headroom (new and same target), chart series, an applied "
              "assignment and a full recompute; the what-if and the full recompute again on "
              "3,000 racks, 12,000 servers and 1,000 workloads.");
}

QList<Measurement> HeadroomBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement check {QStringLiteral("assignment_check_rack")};
    Measurement whatIfNew {QStringLiteral("what_if_new_target")};
    Measurement whatIfSame {QStringLiteral("what_if_same_target")};
    Measurement series {QStringLiteral("chart_series_hall")};
    Measurement apply {QStringLiteral("apply_assignment")};
    Measurement full {QStringLiteral("full_recompute")};
    Measurement whatIfLarge {QStringLiteral("what_if_new_target_3000_racks")};
    Measurement fullLarge {QStringLiteral("full_recompute_3000_racks")};

    BenchProject bench(100, 8, 200);
    Project &project = *bench.project;
    const HeadroomTracker &tracker = *project.headroom();
    const HeadroomScope hall = HeadroomScope::hall();

    // The preview of one drag over a rack: what the drop target asks on every mouse move.
    auto preview = [&](WorkloadId workload, RackId rack, Measurement *checkTime) {
        QElapsedTimer timer;
        timer.start();
        const AssignmentCheck verdict =
            project.workloadEditor().checkAssignment(workload, AssignmentTarget::rack(rack));
        if (checkTime)
            checkTime->samples.push_back(msSince(timer));
        const HeadroomView view = tracker.whatIf({workload, verdict.adding, verdict.removing});
        const ScopeHeadroom headroom = view.headroom(hall);
        const ScopeHeadroom there = view.headroom(HeadroomScope::rack(rack));
        Q_UNUSED(headroom);
        Q_UNUSED(there);
        return msSince(timer);
    };

    // A different training job over a different rack each time: its estimate runs.
    for (int i = 0; i < runs; ++i) {
        const WorkloadId job = bench.trainingJobs.at(size_t(i) % bench.trainingJobs.size());
        const RackId rack = bench.trainingRacks.at(size_t(i * 7 + 3) % bench.trainingRacks.size());
        whatIfNew.samples.push_back(preview(job, rack, &check));
    }
    // The mouse keeps moving over the same rack: the estimate is remembered.
    const WorkloadId job = bench.trainingJobs.front();
    const RackId target = bench.trainingRacks.at(5);
    preview(job, target, nullptr);
    for (int i = 0; i < runs; ++i)
        whatIfSame.samples.push_back(preview(job, target, nullptr));

    // What the four charts plot for the hall, from the current state.
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const HeadroomView view = tracker.current();
        const ScopeHeadroom headroom = view.headroom(hall);
        const PowerSeries power = view.powerSeries(hall);
        const auto latency = view.tightestWorkload(hall, WorkloadKind::Inference);
        const auto training = view.tightestWorkload(hall, WorkloadKind::Training);
        if (latency)
            view.latencySeries(*latency);
        if (training)
            view.trainingTimeSeries(*training);
        Q_UNUSED(headroom);
        Q_UNUSED(power);
        series.samples.push_back(msSince(timer));
    }

    // The drop: check, command, incremental update; undone untimed.
    for (int i = 0; i < runs; ++i) {
        const WorkloadId workload = bench.trainingJobs.at(size_t(i) % bench.trainingJobs.size());
        const RackId rack = bench.trainingRacks.at(size_t(i * 11 + 1) % bench.trainingRacks.size());
        QElapsedTimer timer;
        timer.start();
        const bool applied =
            project.workloadEditor().assign(workload, AssignmentTarget::rack(rack)).applied();
        apply.samples.push_back(msSince(timer));
        if (applied)
            project.undoStack()->undo();
    }

    for (int i = 0; i < std::max(1, runs / 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        const HeadroomTracker fresh(project.hall(), project.workloads());
        full.samples.push_back(msSince(timer));
    }

    {
        BenchProject large(3000, 4, 1000);
        Project &big = *large.project;
        for (int i = 0; i < runs; ++i) {
            const WorkloadId workload =
                large.trainingJobs.at(size_t(i) % large.trainingJobs.size());
            const RackId rack =
                large.trainingRacks.at(size_t(i * 7 + 3) % large.trainingRacks.size());
            QElapsedTimer timer;
            timer.start();
            const AssignmentCheck verdict =
                big.workloadEditor().checkAssignment(workload, AssignmentTarget::rack(rack));
            const HeadroomView view =
                big.headroom()->whatIf({workload, verdict.adding, verdict.removing});
            const ScopeHeadroom headroom = view.headroom(hall);
            Q_UNUSED(headroom);
            whatIfLarge.samples.push_back(msSince(timer));
        }
        // What opening such a project costs the tracker.
        for (int i = 0; i < std::max(1, runs / 10); ++i) {
            QElapsedTimer timer;
            timer.start();
            const HeadroomTracker fresh(big.hall(), big.workloads());
            fullLarge.samples.push_back(msSince(timer));
        }
    }
    return {check, whatIfNew, whatIfSame, series, apply, full, whatIfLarge, fullLarge};
}
