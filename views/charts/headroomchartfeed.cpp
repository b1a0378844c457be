#include "views/charts/headroomchartfeed.h"

#include "model/capacity/assumptions.h"
#include "model/layout/datahall.h"
#include "model/workload/assignmentrules.h"
#include "model/workload/headroomview.h"
#include "model/workload/workloadset.h"
#include "views/charts/headroomchartview.h"
#include "views/charts/headroompane.h"
#include "views/charts/latencychartview.h"
#include "views/charts/rackpowerchartview.h"
#include "views/charts/trainingtimechartview.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
// Assumption keys ("mfu") as people read them ("model FLOPs utilisation …").
QString describe(const QStringList &names)
{
    QStringList lines;
    for (const QString &name : names) {
        const std::optional<AssumptionId> id = Assumptions::fromName(name);
        lines << (id ? Assumptions::description(*id) : name);
    }
    return lines.join(QStringLiteral("; "));
}

HeadroomChartView::Entry entryOf(const HeadroomEntry &e)
{
    HeadroomChartView::Entry out;
    out.present = e.isApplicable();
    if (!out.present)
        return out;
    out.demand = e.demand;
    out.capacity = e.capacity;
    // Demand where there is nothing (minus infinity) is drawn as far over as bars go.
    auto finite = [](std::optional<double> f) {
        const double v = f.value_or(0.0);
        return std::isfinite(v) ? v : -1e9;
    };
    out.headroomFraction = finite(e.headroomFraction());
    out.lowFraction = finite(e.headroomFractionLow());
    out.highFraction = finite(e.headroomFractionHigh());
    out.assumptions = describe(e.assumptions());
    return out;
}
} // namespace

HeadroomChartFeed::HeadroomChartFeed(const HeadroomTracker *tracker, const DataHall *hall,
                                     const WorkloadSet *workloads, HeadroomPane *pane,
                                     QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_hall(hall)
    , m_workloads(workloads)
    , m_pane(pane)
{
    connect(tracker, &HeadroomTracker::changed, this, &HeadroomChartFeed::scheduleRefresh);
    // Names show in titles and legends; renames do not change headroom.
    connect(workloads, &WorkloadSet::workloadChanged, this, &HeadroomChartFeed::scheduleRefresh);
    connect(hall, &DataHall::rackChanged, this, &HeadroomChartFeed::scheduleRefresh);
    connect(hall, &DataHall::rowRenamed, this, &HeadroomChartFeed::scheduleRefresh);
    connect(workloads, &WorkloadSet::workloadRemoved, this, [this](WorkloadId id) {
        if (id == m_focus)
            m_focus = 0;
    });
    // A scope whose rack or row went away falls back to the hall.
    auto forget = [this](quint32 id) {
        if (m_scope.kind != AssignmentTarget::Kind::Hall && m_scope.id == id)
            m_scope = AssignmentTarget::hall();
        scheduleRefresh();
    };
    connect(hall, &DataHall::rackRemoved, this, [forget](RackId rack) { forget(rack); });
    connect(hall, &DataHall::rowRemoved, this, [forget](RowId row) { forget(row); });
    connect(hall, &DataHall::placementRemoved, this, [forget](PlacementId p) { forget(p); });
    connect(hall, &DataHall::hallReset, this, [this] {
        m_scope = AssignmentTarget::hall();
        m_focus = 0;
        scheduleRefresh();
    });
    refresh();
}

void HeadroomChartFeed::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void HeadroomChartFeed::setScope(const AssignmentTarget &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refresh();
}

void HeadroomChartFeed::setFocusWorkload(WorkloadId id)
{
    if (id == m_focus)
        return;
    m_focus = id;
    refresh();
}

void HeadroomChartFeed::setPreview(const HeadroomProposal &proposal)
{
    const bool starting = !m_preview;
    m_preview = proposal;
    if (starting)
        m_pane->setPreviewing(true);
    refresh();
}

bool HeadroomChartFeed::previewChanges() const
{
    return m_preview && (!m_preview->adding.empty() || !m_preview->removing.empty());
}

void HeadroomChartFeed::clearPreview()
{
    if (!m_preview)
        return;
    m_preview.reset();
    refresh();
    m_pane->setPreviewing(false); // once more with antialiasing and ranges fitted
}

std::optional<WorkloadId> HeadroomChartFeed::focusOf(const HeadroomView &view,
                                                     WorkloadKind kind) const
{
    auto ofKind = [this, kind](WorkloadId id) {
        const Workload *w = m_workloads->workload(id);
        return w && w->kind == kind;
    };
    // The dragged workload first: the charts are about what the drop would do.
    if (m_preview && ofKind(m_preview->workload))
        return m_preview->workload;
    if (m_focus && ofKind(m_focus))
        return m_focus;
    return view.tightestWorkload(m_scope, kind);
}

void HeadroomChartFeed::feedHeadroom(const HeadroomView &view)
{
    const ScopeHeadroom headroom = view.headroom(m_scope);
    HeadroomChartView::Data data;
    for (int d = 0; d < HeadroomChartView::DimensionCount; ++d) {
        data.training[size_t(d)] = entryOf(headroom.training[size_t(d)]);
        data.inference[size_t(d)] = entryOf(headroom.inference[size_t(d)]);
    }
    m_pane->headroomChart()->setData(data);
}

void HeadroomChartFeed::feedLatency(const HeadroomView &view)
{
    LatencyChartView::Data data;
    const std::optional<WorkloadId> id = focusOf(view, WorkloadKind::Inference);
    const std::optional<LatencySeries> series = id ? view.latencySeries(*id) : std::nullopt;
    if (series) {
        data.workloadName = series->name;
        const size_t n = std::min({series->requestsPerSecond.size(), series->ttftSeconds.size(),
                                   series->tpotSeconds.size()});
        data.curve.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i)
            data.curve.append(
                {series->requestsPerSecond[i], series->ttftSeconds[i], series->tpotSeconds[i]});
        data.ttftTargetSeconds = series->ttftTargetSeconds;
        data.tpotTargetSeconds = series->tpotTargetSeconds;
        data.hasOperatingPoint = series->operatingRequestsPerSecond > 0.0;
        const double rate = series->operatingRequestsPerSecond;
        const Figure &ttft = series->operatingTtftSeconds;
        const Figure &tpot = series->operatingTpotSeconds;
        data.operatingPoint = {rate, ttft.value, tpot.value};
        data.operatingLow = {rate, ttft.low, tpot.low};
        data.operatingHigh = {rate, ttft.high, tpot.high};
        data.assumptions = describe(series->assumptions);
    } else if (id) {
        // Not on any GPU yet: the chart names it and says why there is no curve.
        if (const Workload *w = m_workloads->workload(*id))
            data.workloadName = w->name;
    }
    m_pane->latencyChart()->setData(data);
}

void HeadroomChartFeed::feedTraining(const HeadroomView &view)
{
    TrainingTimeChartView::Data data;
    const std::optional<WorkloadId> id = focusOf(view, WorkloadKind::Training);
    const std::optional<TrainingTimeSeries> series =
        id ? view.trainingTimeSeries(*id) : std::nullopt;
    if (series) {
        data.workloadName = series->name;
        const size_t n = std::min(series->gpus.size(), series->wallSeconds.size());
        data.curve.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i)
            data.curve.append({series->gpus[i], series->wallSeconds[i]});
        data.deadlineSeconds = series->deadlineSeconds;
        data.assignedGpus = series->assignedGpus;
        data.assignedWallSeconds = series->assignedWallSeconds.value;
        data.assignedLowSeconds = series->assignedWallSeconds.low;
        data.assignedHighSeconds = series->assignedWallSeconds.high;
        data.minimumGpus = series->gpus.empty() ? 0 : int(series->gpus.front());
        data.assumptions = describe(series->assumptions);
    } else if (id) {
        if (const Workload *w = m_workloads->workload(*id))
            data.workloadName = w->name;
    }
    m_pane->trainingTimeChart()->setData(data);
}

void HeadroomChartFeed::feedPower(const HeadroomView &view)
{
    // The chart keeps one stack for what runs no workload; the model folds workloads past
    // the rest into one.
    const PowerSeries series =
        view.powerSeries(m_scope, RackPowerChartView::kMaxBars, RackPowerChartView::kMaxStacks - 1);
    RackPowerChartView::Data data;
    data.categories = series.bars;
    data.budgetWatts = QVector<double>(series.budgetWatts.begin(), series.budgetWatts.end());
    data.stackNames << tr("Not running a workload");
    data.stackWatts.push_back(QVector<double>(series.otherWatts.begin(), series.otherWatts.end()));
    for (const PowerSeries::Stack &stack : series.stacks) {
        data.stackNames << stack.name;
        data.stackWatts.push_back(QVector<double>(stack.watts.begin(), stack.watts.end()));
    }
    data.assumptions = series.aggregated
        ? tr("typical draw of every item as the rack's gauges count it; racks summed per row; "
             "the budget is the rack's power or cooling, whichever is lower.")
        : tr("typical draw of every item as the rack's gauges count it; the budget is the "
             "rack's power or cooling, whichever is lower.");
    m_pane->rackPowerChart()->setData(data);
}

QString HeadroomChartFeed::scopeText() const
{
    const QString where = m_scope.kind == AssignmentTarget::Kind::Hall
        ? tr("The whole hall")
        : AssignmentRules::targetName(*m_hall, m_scope);
    if (previewChanges()) {
        const Workload *w = m_workloads->workload(m_preview->workload);
        return tr("%1, if %2 is dropped").arg(where, w ? w->name : QString());
    }
    return where;
}

void HeadroomChartFeed::refresh()
{
    m_refreshQueued = false;
    const HeadroomView view =
        previewChanges() ? m_tracker->whatIf(*m_preview) : m_tracker->current();
    feedHeadroom(view);
    feedLatency(view);
    feedTraining(view);
    feedPower(view);
    m_pane->setScope(scopeText());
}
