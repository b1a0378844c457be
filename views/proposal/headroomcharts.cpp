#include "views/proposal/headroomcharts.h"

#include "model/project/project.h"
#include "model/workload/headroomview.h"
#include "views/charts/chartview.h"
#include "views/charts/headroomchartfeed.h"
#include "views/charts/headroompane.h"

#include <QPainter>
#include <QPicture>
#include <qcustomplot.h>

#include <algorithm>
#include <memory>

namespace {

// The chart as drawing commands, replayed into the PDF at any scale.
ProposalDocument::Drawing record(ChartView *chart, const QString &caption)
{
    auto picture = std::make_shared<QPicture>();
    QCPPainter painter;
    if (painter.begin(picture.get())) {
        chart->plot()->toPainter(&painter, HeadroomCharts::kWidthPixels,
                                 HeadroomCharts::kHeightPixels);
        painter.end();
    }
    ProposalDocument::Drawing drawing;
    drawing.heightMm = HeadroomCharts::kHeightMm;
    //: A chart's caption: its title, then what it shows
    drawing.caption = HeadroomCharts::tr("%1: %2").arg(chart->title(), caption);
    drawing.paint = [picture](QPainter *painter, const QRectF &target) {
        const double scale = std::min(target.width() / HeadroomCharts::kWidthPixels,
                                      target.height() / HeadroomCharts::kHeightPixels);
        // QPicture::play scales by the device's dpi over the picture's own, as if the
        // painter drew in points; the target is already in device pixels, so undo that.
        const QPaintDevice *device = painter->device();
        const double dpiX = double(picture->logicalDpiX()) / device->logicalDpiX();
        const double dpiY = double(picture->logicalDpiY()) / device->logicalDpiY();
        painter->save();
        painter->translate(target.topLeft());
        painter->scale(scale * dpiX, scale * dpiY);
        painter->drawPicture(0, 0, *picture);
        painter->restore();
    };
    return drawing;
}

} // namespace

void HeadroomCharts::add(ProposalDocument &document, const Project &project, const QString &title)
{
    document.addHeading(title);
    document.addParagraph(tr("The Headroom charts for the whole hall, as the planner sees them "
                             "in Headroom: what is left per dimension, latency against load, "
                             "time to train against GPU count, and power per rack."));

    // The dock's own charts and feed, offscreen: the drawings show what the dock shows for
    // the hall, with no second copy of how the model's series become chart data.
    HeadroomPane pane;
    pane.resize(kWidthPixels, kHeightPixels);
    const HeadroomChartFeed feed(project.headroom(), project.hall(), project.workloads(), &pane);

    const HeadroomView view = project.headroom()->current();
    const HeadroomScope hall = HeadroomScope::hall();
    auto name = [&project](std::optional<WorkloadId> id) {
        const Workload *w = id ? project.workloads()->workload(*id) : nullptr;
        return w ? w->name : QString();
    };
    const std::optional<WorkloadId> service = view.tightestWorkload(hall, WorkloadKind::Inference);
    const std::optional<WorkloadId> job = view.tightestWorkload(hall, WorkloadKind::Training);
    const bool serviceRuns = service && view.latencySeries(*service);
    const bool jobRuns = job && view.trainingTimeSeries(*job);

    if (view.workloadsIn(hall).empty()) {
        document.addParagraph(tr("No workload runs in the hall yet: nothing is demanded, so "
                                 "there is no headroom chart."));
    } else {
        document.addDrawing(record(
            pane.chart(HeadroomPane::Headroom),
            tr("the share of each dimension's capacity left, training and inference side by "
               "side: green when there is enough, amber when under %1 % is left, red when more "
               "is demanded than there is.")
                .arg(HeadroomEntry::kTightFraction * 100.0)));
    }
    if (!serviceRuns) {
        document.addParagraph(tr("No inference service runs in the hall, so there is no "
                                 "latency chart."));
    } else {
        document.addDrawing(record(
            pane.chart(HeadroomPane::Latency),
            tr("%1, the service with the least latency headroom: TTFT and TPOT as the request "
               "rate grows, the targets as lines and its load marked.")
                .arg(name(service))));
    }
    if (!jobRuns) {
        document.addParagraph(tr("No training job runs in the hall, so there is no "
                                 "training-time chart."));
    } else {
        document.addDrawing(
            record(pane.chart(HeadroomPane::TrainingTime),
                   tr("%1, the job with the least time to spare: time to train against the GPUs it "
                      "is given, the deadline as a line and its assigned count marked.")
                       .arg(name(job))));
    }
    if (project.hall()->totals().rackCount == 0) {
        document.addParagraph(tr("The hall has no racks yet, so there is no power chart."));
    } else {
        document.addDrawing(record(pane.chart(HeadroomPane::RackPower),
                                   tr("typical power per rack, stacked by workload, against each "
                                      "rack's budget (its power feeds or its cooling, whichever "
                                      "is lower).")));
    }
    document.addPageBreak();
}
