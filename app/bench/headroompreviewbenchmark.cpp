#include "app/bench/headroompreviewbenchmark.h"

#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/workload/headroomview.h"
#include "model/workload/workloadtemplates.h"
#include "views/charts/headroomchartfeed.h"
#include "views/charts/headroomchartview.h"
#include "views/charts/headroompane.h"
#include "views/charts/latencychartview.h"
#include "views/charts/rackpowerchartview.h"
#include "views/charts/trainingtimechartview.h"

#include <QElapsedTimer>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

namespace {
constexpr int kRacks = 100;
constexpr int kWorkloads = 200;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Numbers of the shape the feed produces for a hall of 100 racks: every rack's power
// stacked over the eight stacks the chart keeps, 64-point latency and 12-point scaling
// curves. `step` moves them as a hover from target to target would.
struct Frame
{
    HeadroomChartView::Data headroom;
    LatencyChartView::Data latency;
    TrainingTimeChartView::Data training;
    RackPowerChartView::Data power;
};

// The hall: 100 racks of eight HPE Cray XD670 (8 x H100 SXM5 each; 5U, so eight
// fill U1-U40) in five rows of 20, with 200 workloads (training and inference in turn,
// from the templates) on four servers each. Built straight into the documents: no undo
// history, generous power so nothing but the workloads varies.
void buildHall(Project &project)
{
    const QList<CatalogItem> catalog = SampleProject::catalogRows();
    CatalogItem server;
    for (const CatalogItem &item : catalog) {
        if (item.id == QLatin1String("hpe-cray-xd670"))
            server = item;
    }
    const ServerConfiguration config = LayoutEditor::defaultConfiguration(server);
    quint32 id = 1;
    std::vector<RowSnapshot> rows;
    std::vector<PlacementId> servers;
    for (int r = 0; r < 5; ++r) {
        RowSnapshot row {{id++, QStringLiteral("Row %1").arg(r + 1)}, {}};
        for (int k = 0; k < kRacks / 5; ++k) {
            RackSnapshot rack;
            rack.rack = {id++,
                         QStringLiteral("R%1-%2").arg(r + 1).arg(k + 1),
                         QStringLiteral("apc-netshelter-sx-ar3300"),
                         {200000.0, 2, PowerPhase::Three},
                         RackCooling::ofType(CoolingType::DirectLiquid),
                         {}};
            for (int s = 0; s < 8; ++s) {
                rack.placements.push_back({id, server.id, 1 + 5 * s, RackFace::Front, config});
                servers.push_back(id++);
            }
            row.racks.push_back(rack);
        }
        rows.push_back(row);
    }
    const QStringList keys = {
        QStringLiteral("pretrain-70b-2t-30d"), QStringLiteral("chat-llama-3.1-70b-50rps"),
        QStringLiteral("finetune-8b-10b-2d"), QStringLiteral("code-llama-3.1-8b-200rps")};
    std::vector<WorkloadSnapshot> workloads;
    for (int w = 0; w < kWorkloads; ++w) {
        WorkloadSnapshot snapshot;
        snapshot.workload = *WorkloadTemplates::create(keys[w % keys.size()]);
        snapshot.workload.id = id++;
        snapshot.workload.name += QStringLiteral(" #%1").arg(w + 1);
        for (int s = 0; s < 4; ++s)
            snapshot.servers.push_back(servers[size_t(4 * w + s)]);
        workloads.push_back(snapshot);
    }
    project.load(rows, catalog, workloads, QString());
}

Frame frame(int step)
{
    Frame f;
    const double shift = 0.05 * (step % 4);
    for (int d = 0; d < HeadroomChartView::DimensionCount; ++d) {
        for (HeadroomChartView::Entries *side : {&f.headroom.training, &f.headroom.inference}) {
            HeadroomChartView::Entry &e = (*side)[size_t(d)];
            e.present = true;
            e.capacity = 100.0;
            e.demand = 30.0 + 12.0 * d + 100.0 * shift;
            e.headroomFraction = 1.0 - e.demand / e.capacity;
            e.lowFraction = e.headroomFraction - 0.05;
            e.highFraction = e.headroomFraction + 0.05;
        }
    }
    f.latency.workloadName = QStringLiteral("Chat service");
    f.latency.ttftTargetSeconds = 1.0;
    f.latency.tpotTargetSeconds = 0.05;
    for (int i = 1; i <= 64; ++i)
        f.latency.curve.append(
            {i * (1.0 + shift), 0.2 + 0.002 * i * i, 0.02 + 0.0005 * i * (1.0 + shift)});
    f.latency.hasOperatingPoint = true;
    f.latency.operatingPoint = {50.0, 0.6 + shift, 0.04};
    f.training.workloadName = QStringLiteral("Pre-train");
    f.training.deadlineSeconds = 30 * 86400.0;
    for (int k = 0; k < 12; ++k)
        f.training.curve.append(
            {std::pow(2.0, k + 3), 86400.0 * 400.0 / std::pow(2.0, k) * (1 + shift)});
    f.training.assignedGpus = 256 << (step % 3);
    f.training.assignedWallSeconds = 86400.0 * 12.0;
    f.power.stackNames << QStringLiteral("Not running a workload");
    for (int w = 0; w < kWorkloads; ++w)
        f.power.stackNames << QStringLiteral("Workload %1").arg(w + 1);
    f.power.stackWatts.assign(size_t(f.power.stackNames.size()), QVector<double>(kRacks, 0.0));
    for (int r = 0; r < kRacks; ++r) {
        f.power.categories << QStringLiteral("R%1").arg(r + 1);
        f.power.budgetWatts << 80000.0;
        f.power.stackWatts[0][r] = 8000.0;
        // Two workloads per rack, the hovered rack gaining the dragged one.
        f.power.stackWatts[size_t(1 + (2 * r) % kWorkloads)][r] = 40000.0;
        f.power.stackWatts[size_t(1 + (2 * r + 1) % kWorkloads)][r] = 20000.0;
        if (r == step % kRacks)
            f.power.stackWatts[1][r] += 10000.0;
    }
    return f;
}
} // namespace

QString HeadroomPreviewBenchmark::description() const
{
    return tr("The four headroom charts fed and replotted as a workload drag hovers over a "
              "hall of 100 racks with 200 workloads.");
}

QList<Measurement> HeadroomPreviewBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement preview {QStringLiteral("replot_four_charts_preview")};
    Measurement atRest {QStringLiteral("replot_four_charts_at_rest")};

    HeadroomPane pane;
    pane.resize(1400, 800 + 60);
    pane.show();
    QCoreApplication::processEvents();
    std::vector<Frame> frames;
    for (int i = 0; i < 8; ++i)
        frames.push_back(frame(i));

    auto feed = [&](const Frame &f) {
        pane.headroomChart()->setData(f.headroom);
        pane.latencyChart()->setData(f.latency);
        pane.trainingTimeChart()->setData(f.training);
        pane.rackPowerChart()->setData(f.power);
        pane.currentChart()->plot()->repaint(); // the one on show reaches the screen
    };
    for (HeadroomPane::Chart shown : {HeadroomPane::Headroom, HeadroomPane::RackPower}) {
        pane.setCurrentChart(shown);
        QCoreApplication::processEvents();
        pane.setPreviewing(true);
        feed(frames[0]); // warm-up
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            feed(frames[size_t(i) % frames.size()]);
            preview.samples.push_back(msSince(timer));
        }
        pane.setPreviewing(false);
        for (int i = 0; i < runs / 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            feed(frames[size_t(i) % frames.size()]);
            atRest.samples.push_back(msSince(timer));
        }
    }

    // The real thing: a chat service dragged over the racks of the hall. Each hover asks the
    // assignment rules, then the tracker's what-if, and replots all four charts.
    Measurement hover {QStringLiteral("drag_hover_whatif_and_replot_100_racks")};
    Measurement whatIfOnly {QStringLiteral("whatif_headroom_and_series_100_racks")};
    Measurement drop {QStringLiteral("drop_and_settle_100_racks")};
    {
        Project project;
        buildHall(project);
        const WorkloadId dragged = project.workloadEditor()
                                       .addFromTemplate(QStringLiteral("chat-llama-3.1-70b-50rps"))
                                       .createdIds.value(0);
        HeadroomPane charts;
        charts.resize(1400, 860);
        charts.show();
        HeadroomChartFeed feed(project.headroom(), project.hall(), project.workloads(), &charts);
        feed.setScope(AssignmentTarget::hall());
        std::vector<RackId> racks;
        for (RowId row : project.hall()->rowIds())
            for (RackId rack : project.hall()->rackIds(row))
                racks.push_back(rack);
        QCoreApplication::processEvents();
        auto hoverOnce = [&](int i) {
            const AssignmentCheck check = project.workloadEditor().checkAssignment(
                dragged, AssignmentTarget::rack(racks[size_t(i) % racks.size()]));
            feed.setPreview({dragged, check.adding, check.removing});
            charts.currentChart()->plot()->repaint();
        };
        hoverOnce(0); // warm-up: the first estimate on this hardware
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            hoverOnce(i + 1);
            hover.samples.push_back(msSince(timer));
        }
        for (int i = 0; i < runs; ++i) {
            const AssignmentCheck check = project.workloadEditor().checkAssignment(
                dragged, AssignmentTarget::rack(racks[size_t(i) % racks.size()]));
            QElapsedTimer timer;
            timer.start();
            const HeadroomView view =
                project.headroom()->whatIf({dragged, check.adding, check.removing});
            const ScopeHeadroom h = view.headroom(AssignmentTarget::hall());
            const PowerSeries p = view.powerSeries(AssignmentTarget::hall(), 1000, 7);
            const std::optional<LatencySeries> l = view.latencySeries(dragged);
            whatIfOnly.samples.push_back(msSince(timer));
            if (h.inference[0].capacity < 0 || p.bars.isEmpty() || !l)
                qWarning("headroom-preview: the what-if answered nothing");
        }
        feed.clearPreview();
        // The drop: the assignment, the tracker's update and the settled charts.
        for (int i = 0; i < std::max(3, runs / 5); ++i) {
            QElapsedTimer timer;
            timer.start();
            project.workloadEditor().assign(
                dragged, AssignmentTarget::rack(racks[size_t(i) % racks.size()]));
            feed.refresh();
            charts.currentChart()->plot()->repaint();
            drop.samples.push_back(msSince(timer));
            project.undoStack()->undo();
        }
    }
    return {hover, whatIfOnly, drop, preview, atRest};
}
