#include "views/proposal/workloadsummary.h"

#include "model/core/unitformat.h"
#include "model/project/project.h"
#include "model/workload/headroomview.h"

#include <cmath>

namespace {

using Table = ProposalDocument::Table;
using Column = ProposalDocument::TableColumn;

QString range(const UnitFormat &format, double low, double high)
{
    //: A range of two durations, e.g. "2.9 days – 3.6 days"
    return WorkloadSummary::tr("%1 – %2").arg(format.duration(low), format.duration(high));
}

QString gpusCell(const QLocale &locale, const WorkloadResult &result)
{
    //: GPUs a workload runs on, e.g. "64 × NVIDIA H100 SXM"
    return WorkloadSummary::tr("%1 × %2").arg(locale.toString(result.hardware.gpus),
                                              result.hardware.accelerator.displayName());
}

// "3.2 days (2.9 days – 3.6 days)": the estimate with the range its assumptions allow.
QString withRange(const UnitFormat &format, const Figure &figure)
{
    if (figure.low == figure.high)
        return format.duration(figure.value);
    return WorkloadSummary::tr("%1 (%2)").arg(format.duration(figure.value),
                                              range(format, figure.low, figure.high));
}

QString trainingVerdict(const UnitFormat &format, const HeadroomEntry &latency)
{
    switch (latency.status()) {
    case HeadroomStatus::Ok:
        return WorkloadSummary::tr("On time, %1 to spare")
            .arg(format.duration(latency.capacity - latency.demand));
    case HeadroomStatus::Tight:
        return WorkloadSummary::tr("On time, under %1 to spare")
            .arg(format.percent(HeadroomEntry::kTightFraction));
    case HeadroomStatus::Over:
        return WorkloadSummary::tr("Late by %1")
            .arg(format.duration(latency.demand - latency.capacity));
    case HeadroomStatus::NotApplicable:
        break;
    }
    return WorkloadSummary::tr("No deadline");
}

// "212 ms (180 ms – 250 ms), target 500 ms"
QString latencyCell(const UnitFormat &format, const Figure &figure, double targetSeconds)
{
    const QString value = withRange(format, figure);
    if (targetSeconds <= 0.0)
        return WorkloadSummary::tr("%1, no target").arg(value);
    return WorkloadSummary::tr("%1, target %2").arg(value, format.duration(targetSeconds));
}

// "1.2 PFLOP/s of 15.8 PFLOP/s"; empty where the dimension does not apply.
QString demandCell(HeadroomDimension dimension, const HeadroomEntry &entry)
{
    if (!entry.isApplicable())
        return {};
    const QString demand = std::isfinite(entry.demand)
        ? HeadroomDimensions::format(dimension, entry.demand)
        : WorkloadSummary::tr("more than any GPU count gives");
    return WorkloadSummary::tr("%1 of %2")
        .arg(demand, HeadroomDimensions::format(dimension, entry.capacity));
}

QString leftCell(const UnitFormat &format, const HeadroomEntry &entry)
{
    const auto fraction = entry.headroomFraction();
    if (!fraction)
        return WorkloadSummary::tr("—");
    if (!std::isfinite(*fraction))
        return WorkloadSummary::tr("none");
    switch (entry.status()) {
    case HeadroomStatus::Over:
        return WorkloadSummary::tr("over by %1").arg(format.percent(-*fraction));
    case HeadroomStatus::Tight:
        return WorkloadSummary::tr("%1, tight").arg(format.percent(*fraction));
    default:
        return format.percent(*fraction);
    }
}

} // namespace

void WorkloadSummary::add(ProposalDocument &document, const Project &project, const QLocale &locale)
{
    const WorkloadSet &workloads = *project.workloads();
    if (workloads.isEmpty())
        return;
    const UnitFormat format(locale);
    const HeadroomView view = project.headroom()->current();

    Table training;
    training.columns = {
        Column {tr("Training job"), 2.6, Qt::AlignLeft}, Column {tr("GPUs"), 1.5, Qt::AlignLeft},
        Column {tr("Time to train"), 2.6, Qt::AlignRight},
        Column {tr("Deadline"), 0.9, Qt::AlignRight}, Column {tr("Verdict"), 1.6, Qt::AlignLeft}};
    Table inference;
    inference.columns = {Column {tr("Inference service"), 2.6, Qt::AlignLeft},
                         Column {tr("GPUs"), 1.5, Qt::AlignLeft},
                         Column {tr("Load"), 0.9, Qt::AlignRight},
                         Column {tr("Within targets"), 1.1, Qt::AlignRight},
                         Column {tr("TTFT at load"), 1.6, Qt::AlignRight},
                         Column {tr("TPOT at load"), 1.6, Qt::AlignRight}};
    QStringList notPlaced;
    QStringList problems;
    for (WorkloadId id : workloads.workloadIds()) {
        const Workload &w = *workloads.workload(id);
        const auto result = view.result(id);
        if (!result || result->hardware.gpus <= 0) {
            notPlaced << w.name;
            continue;
        }
        if (!result->isRunning()) {
            problems << tr("%1 cannot be estimated on its %2: %3")
                            .arg(w.name, gpusCell(locale, *result), result->errorText);
            continue;
        }
        if (w.isTraining() && result->training) {
            const Figure wall = result->training->wallHours.scaled(3600.0);
            training.rows.append({{w.name, gpusCell(locale, *result), withRange(format, wall),
                                   format.duration(w.training.deadlineSeconds),
                                   trainingVerdict(format, result->latency)},
                                  false});
        } else if (result->inference) {
            const InferenceEstimate &e = *result->inference;
            // The rate it runs at: what it is asked for, or what its GPUs carry when less (as
            // the latency chart marks the operating point).
            const double load =
                std::min(w.inference.requestRatePerSecond, e.requestsPerSecond.value);
            inference.rows.append(
                {{w.name, gpusCell(locale, *result), tr("%1 req/s").arg(format.number(load)),
                  e.requestsPerSecondWithinTargets > 0.0
                      ? tr("%1 req/s").arg(format.number(e.requestsPerSecondWithinTargets))
                      : tr("none"),
                  latencyCell(format, e.ttftSeconds, w.inference.ttftTargetSeconds),
                  latencyCell(format, e.tpotSeconds, w.inference.tpotTargetSeconds)},
                 false});
        }
    }

    document.addHeading(tr("The workloads on this hardware"), 2);
    document.addParagraph(
        tr("%n workload(s) are part of the project. Each is estimated on the GPUs it is "
           "assigned to; ranges show how far the figures move within the assumptions' "
           "calibrated bounds.",
           nullptr, workloads.count()));
    if (!training.rows.isEmpty())
        document.addTable(training);
    if (!inference.rows.isEmpty()) {
        document.addTable(inference);
        document.addParagraph(
            tr("Load is the request rate a service is asked for; within targets is the most its "
               "GPUs serve while the first token (TTFT) and each further token (TPOT) arrive "
               "within their targets. Latencies are at the load, with their ranges."),
            true);
    }
    for (const QString &problem : problems)
        document.addParagraph(problem);
    if (!notPlaced.isEmpty())
        document.addParagraph(tr("Not yet placed on any server, so not estimated: %1.")
                                  .arg(locale.createSeparatedList(notPlaced)));

    document.addHeading(tr("Headroom left in the hall"), 2);
    const ScopeHeadroom headroom = view.headroom(HeadroomScope::hall());
    Table table;
    table.columns = {Column {tr("Dimension"), 1.5, Qt::AlignLeft},
                     Column {tr("Training: demand of capacity"), 2.3, Qt::AlignRight},
                     Column {tr("Left"), 0.9, Qt::AlignRight},
                     Column {tr("Inference: demand of capacity"), 2.3, Qt::AlignRight},
                     Column {tr("Left"), 0.9, Qt::AlignRight}};
    for (int d = 0; d < kHeadroomDimensionCount; ++d) {
        const auto dimension = HeadroomDimension(d);
        const HeadroomEntry &t = headroom.entry(WorkloadKind::Training, dimension);
        const HeadroomEntry &i = headroom.entry(WorkloadKind::Inference, dimension);
        table.rows.append({{HeadroomDimensions::displayName(dimension), demandCell(dimension, t),
                            leftCell(format, t), demandCell(dimension, i), leftCell(format, i)},
                           false});
    }
    document.addTable(table);
    document.addParagraph(
        tr("Left is what remains as a share of what there is; tight means under %1. Compute is "
           "GPU time at the dense BF16 peak; memory is accelerator memory; the network is the "
           "fabric for training's gradient exchange and the front end for inference; power is "
           "the racks' budget; latency is the tightest workload's time to train against its "
           "deadline, or its TTFT or TPOT against the target.")
            .arg(format.percent(HeadroomEntry::kTightFraction)),
        true);
}

QString WorkloadSummary::methodDescription()
{
    return tr("Each workload is estimated on the GPUs it is assigned to by the same capacity "
              "engine: training time from the model's FLOPs per token and a calibrated model "
              "FLOPs utilisation, inference latency from the prefill and decode rooflines with "
              "continuous batching. Demand is shared out over the workload's servers and set "
              "against each server's, rack's and the hall's capacity.");
}
