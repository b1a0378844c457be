#include "views/charts/trainingtimechartview.h"

#include "model/core/unitformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {
constexpr double kDay = 86400.0; // the time axis counts days
const QColor kCurveColor(0x6a, 0x4c, 0x9c);
const QColor kDeadlineColor(0xd6, 0x33, 0x2f);
} // namespace

TrainingTimeChartView::TrainingTimeChartView(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->setObjectName(QStringLiteral("trainingTimePlot"));
    p->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(p, QString(), QFont(font().family(), -1, QFont::Bold));
    p->plotLayout()->addElement(0, 0, m_title);

    // Counts double along the curve and times halve: both axes are logarithmic.
    auto gpuTicker = QSharedPointer<QCPAxisTickerLog>::create();
    gpuTicker->setLogBase(2);
    p->xAxis->setScaleType(QCPAxis::stLogarithmic);
    p->xAxis->setTicker(gpuTicker);
    p->yAxis->setScaleType(QCPAxis::stLogarithmic);
    p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    p->yAxis->setNumberFormat(QStringLiteral("gb"));

    m_curve = p->addGraph();
    m_curve->setPen(QPen(kCurveColor, 2));
    m_curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_assigned = p->addGraph();
    m_assigned->setLineStyle(QCPGraph::lsNone);
    m_assigned->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 2), kCurveColor, 12));
    m_deadline = new QCPItemStraightLine(p);
    m_deadline->setPen(QPen(kDeadlineColor, 1.5, Qt::DashLine));
    m_assignedLine = new QCPItemStraightLine(p);
    m_assignedLine->setPen(QPen(QColor(0x55, 0x5d, 0x66), 1, Qt::DotLine));
    for (QCPLayerable *l :
         std::initializer_list<QCPLayerable *> {m_curve, m_assigned, m_deadline, m_assignedLine})
        l->setLayer(dataLayer());
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    retranslateUi();
    fill();
    refresh();
}

QString TrainingTimeChartView::title() const
{
    return tr("Training time vs GPUs");
}

void TrainingTimeChartView::setData(const Data &data)
{
    m_data = data;
    fill();
    refresh();
}

void TrainingTimeChartView::fill()
{
    const qsizetype n = m_data.curve.size();
    QVector<double> gpus, days;
    gpus.reserve(n);
    days.reserve(n);
    for (const Point &pt : std::as_const(m_data.curve)) {
        // A log axis cannot show zero or infinity: such points are left out, not faked.
        if (pt.gpus > 0.0 && pt.wallSeconds > 0.0 && std::isfinite(pt.wallSeconds)) {
            gpus.append(pt.gpus);
            days.append(pt.wallSeconds / kDay);
        }
    }
    m_curve->setData(gpus, days, true);
    m_assigned->data()->clear();
    const bool assigned = m_data.assignedGpus > 0 && m_data.assignedWallSeconds > 0.0;
    if (assigned)
        m_assigned->addData(m_data.assignedGpus, m_data.assignedWallSeconds / kDay);
    m_assignedLine->setVisible(m_data.assignedGpus > 0);
    QCustomPlot *p = plot();
    for (QCPItemPosition *pos : {m_assignedLine->point1, m_assignedLine->point2})
        pos->setAxes(p->xAxis, p->yAxis);
    m_assignedLine->point1->setCoords(std::max(1, m_data.assignedGpus), 1);
    m_assignedLine->point2->setCoords(std::max(1, m_data.assignedGpus), 10);
    m_deadline->setVisible(m_data.deadlineSeconds > 0.0);
    const double deadlineDays = std::max(m_data.deadlineSeconds / kDay, 1e-6);
    m_deadline->point1->setCoords(1, deadlineDays);
    m_deadline->point2->setCoords(2, deadlineDays);
    m_title->setText(m_data.workloadName);
    setEmptyText(m_data.curve.isEmpty()
                     ? tr("No training job here. Select one in the Workloads dock or a server "
                          "that runs one to see its time against GPU count.")
                     : QString());
}

void TrainingTimeChartView::rescale()
{
    QCustomPlot *p = plot();
    if (m_curve->data()->isEmpty()) {
        p->xAxis->setRange(1, 1024);
        p->yAxis->setRange(0.1, 1000);
        return;
    }
    bool found = false;
    const QCPRange keys = m_curve->data()->keyRange(found);
    const QCPRange values = m_curve->data()->valueRange(found);
    double low = values.lower, high = values.upper;
    if (m_data.deadlineSeconds > 0.0) {
        low = std::min(low, m_data.deadlineSeconds / kDay);
        high = std::max(high, m_data.deadlineSeconds / kDay);
    }
    double first = keys.lower, last = keys.upper;
    if (m_data.assignedGpus > 0) {
        first = std::min(first, double(m_data.assignedGpus));
        last = std::max(last, double(m_data.assignedGpus));
    }
    // Half a doubling of margin on each side of both logarithmic axes.
    p->xAxis->setRange(first / 1.5, last * 1.5);
    p->yAxis->setRange(low / 1.5, high * 1.5);
}

QString TrainingTimeChartView::toolTipAt(const QPointF &pos) const
{
    if (m_data.curve.isEmpty() || !plot()->axisRect()->rect().contains(pos.toPoint()))
        return {};
    const UnitFormat format;
    const double gpus = plot()->xAxis->pixelToCoord(pos.x());
    const Point *nearest = &m_data.curve.front();
    // Nearest on the logarithmic axis, where the points are evenly spaced.
    for (const Point &pt : m_data.curve) {
        if (pt.gpus > 0.0 && gpus > 0.0
            && std::abs(std::log(pt.gpus / gpus)) < std::abs(std::log(nearest->gpus / gpus)))
            nearest = &pt;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_data.workloadName.toHtmlEscaped());
    lines << tr("%n GPU(s): %1", nullptr, int(nearest->gpus))
                 .arg(format.duration(nearest->wallSeconds))
                 .toHtmlEscaped();
    if (m_data.deadlineSeconds > 0.0)
        lines << tr("Deadline: %1").arg(format.duration(m_data.deadlineSeconds)).toHtmlEscaped();
    if (m_data.assignedGpus > 0) {
        lines << tr("Assigned %n GPU(s): %1 (%2 to %3)", nullptr, m_data.assignedGpus)
                     .arg(format.duration(m_data.assignedWallSeconds),
                          format.duration(m_data.assignedLowSeconds),
                          format.duration(m_data.assignedHighSeconds))
                     .toHtmlEscaped();
    }
    if (m_data.minimumGpus > 0)
        lines << tr("Fits in %n GPU(s) at the fewest", nullptr, m_data.minimumGpus).toHtmlEscaped();
    if (!m_data.assumptions.isEmpty())
        lines << tr("Assumptions: %1").arg(m_data.assumptions).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void TrainingTimeChartView::retranslateUi()
{
    QCustomPlot *p = plot();
    p->xAxis->setLabel(tr("GPUs"));
    p->yAxis->setLabel(tr("Time to train (days)"));
    m_curve->setName(tr("Estimated time"));
    m_assigned->setName(tr("Assigned"));
    fill();
}
