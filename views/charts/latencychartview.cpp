#include "views/charts/latencychartview.h"

#include "model/core/unitformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {
const QColor kTtftColor(0x2f, 0x6f, 0xb3);
const QColor kTpotColor(0xc2, 0x5b, 0x12);
constexpr double kMs = 1000.0; // seconds are drawn as milliseconds

void horizontal(QCPItemStraightLine *line, QCPAxis *x, QCPAxis *y, double value)
{
    line->point1->setAxes(x, y);
    line->point2->setAxes(x, y);
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
}
} // namespace

LatencyChartView::LatencyChartView(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->setObjectName(QStringLiteral("latencyPlot"));
    p->yAxis2->setVisible(true);
    p->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(p, QString(), QFont(font().family(), -1, QFont::Bold));
    p->plotLayout()->addElement(0, 0, m_title);

    m_ttft = p->addGraph(p->xAxis, p->yAxis);
    m_ttft->setPen(QPen(kTtftColor, 2));
    m_tpot = p->addGraph(p->xAxis, p->yAxis2);
    m_tpot->setPen(QPen(kTpotColor, 2));
    m_pointTtft = p->addGraph(p->xAxis, p->yAxis);
    m_pointTpot = p->addGraph(p->xAxis, p->yAxis2);
    for (QCPGraph *point : {m_pointTtft, m_pointTpot}) {
        point->setLineStyle(QCPGraph::lsNone);
        const QColor c = point == m_pointTtft ? kTtftColor : kTpotColor;
        point->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, 2), Qt::white, 9));
        point->removeFromLegend();
    }
    for (QCPGraph *graph : {m_ttft, m_tpot, m_pointTtft, m_pointTpot})
        graph->setLayer(dataLayer());

    m_ttftTarget = new QCPItemStraightLine(p);
    m_ttftTarget->setPen(QPen(kTtftColor, 1, Qt::DashLine));
    m_tpotTarget = new QCPItemStraightLine(p);
    m_tpotTarget->setPen(QPen(kTpotColor, 1, Qt::DashLine));
    m_operatingLine = new QCPItemStraightLine(p);
    m_operatingLine->setPen(QPen(QColor(0x55, 0x5d, 0x66), 1, Qt::DotLine));
    m_operatingLine->point1->setCoords(0, 0);
    m_operatingLine->point2->setCoords(0, 1);
    for (QCPItemStraightLine *line : {m_ttftTarget, m_tpotTarget, m_operatingLine})
        line->setLayer(dataLayer());

    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    retranslateUi();
    fill();
    refresh();
}

QString LatencyChartView::title() const
{
    return tr("Latency vs load");
}

void LatencyChartView::setData(const Data &data)
{
    m_data = data;
    fill();
    refresh();
}

void LatencyChartView::fill()
{
    const qsizetype n = m_data.curve.size();
    QVector<double> rate(n), ttft(n), tpot(n);
    for (qsizetype i = 0; i < n; ++i) {
        rate[i] = m_data.curve[i].requestsPerSecond;
        ttft[i] = m_data.curve[i].ttftSeconds * kMs;
        tpot[i] = m_data.curve[i].tpotSeconds * kMs;
    }
    m_ttft->setData(rate, ttft, true);
    m_tpot->setData(rate, tpot, true);

    const Point &op = m_data.operatingPoint;
    m_pointTtft->data()->clear();
    m_pointTpot->data()->clear();
    if (m_data.hasOperatingPoint) {
        m_pointTtft->addData(op.requestsPerSecond, op.ttftSeconds * kMs);
        m_pointTpot->addData(op.requestsPerSecond, op.tpotSeconds * kMs);
    }
    m_operatingLine->setVisible(m_data.hasOperatingPoint);
    m_operatingLine->point1->setCoords(op.requestsPerSecond, 0);
    m_operatingLine->point2->setCoords(op.requestsPerSecond, 1);

    QCustomPlot *p = plot();
    horizontal(m_ttftTarget, p->xAxis, p->yAxis, m_data.ttftTargetSeconds * kMs);
    horizontal(m_tpotTarget, p->xAxis, p->yAxis2, m_data.tpotTargetSeconds * kMs);
    m_ttftTarget->setVisible(m_data.ttftTargetSeconds > 0.0);
    m_tpotTarget->setVisible(m_data.tpotTargetSeconds > 0.0);

    setEmptyText(m_data.curve.isEmpty()
                     ? tr("No inference service here. Select one in the Workloads dock or a "
                          "server that runs one to see its latency against load.")
                     : QString());
    m_title->setText(m_data.workloadName);
}

void LatencyChartView::rescale()
{
    QCustomPlot *p = plot();
    if (m_data.curve.isEmpty()) {
        p->xAxis->setRange(0, 100);
        p->yAxis->setRange(0, 1000);
        p->yAxis2->setRange(0, 100);
        return;
    }
    double maxRate = 0.0, maxTtft = m_data.ttftTargetSeconds, maxTpot = m_data.tpotTargetSeconds;
    for (const Point &pt : std::as_const(m_data.curve)) {
        maxRate = std::max(maxRate, pt.requestsPerSecond);
        maxTtft = std::max(maxTtft, pt.ttftSeconds);
        maxTpot = std::max(maxTpot, pt.tpotSeconds);
    }
    maxRate = std::max(maxRate, m_data.operatingPoint.requestsPerSecond);
    // Room above the highest curve and target, so the lines never sit on the frame.
    p->xAxis->setRange(0, maxRate > 0.0 ? maxRate * 1.05 : 1.0);
    p->yAxis->setRange(0, maxTtft > 0.0 ? maxTtft * kMs * 1.15 : 1.0);
    p->yAxis2->setRange(0, maxTpot > 0.0 ? maxTpot * kMs * 1.15 : 1.0);
}

QString LatencyChartView::toolTipAt(const QPointF &pos) const
{
    if (m_data.curve.isEmpty() || !plot()->axisRect()->rect().contains(pos.toPoint()))
        return {};
    const UnitFormat format;
    const double rate = plot()->xAxis->pixelToCoord(pos.x());
    // The nearest computed point: the tooltip never interpolates a number we did not compute.
    const Point *nearest = &m_data.curve.front();
    for (const Point &pt : m_data.curve) {
        if (std::abs(pt.requestsPerSecond - rate) < std::abs(nearest->requestsPerSecond - rate))
            nearest = &pt;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_data.workloadName.toHtmlEscaped());
    lines << tr("At %1 requests/s: time to first token %2, time per output token %3")
                 .arg(format.number(nearest->requestsPerSecond),
                      format.duration(nearest->ttftSeconds), format.duration(nearest->tpotSeconds))
                 .toHtmlEscaped();
    if (m_data.ttftTargetSeconds > 0.0 || m_data.tpotTargetSeconds > 0.0) {
        lines << tr("Targets: time to first token %1, time per output token %2")
                     .arg(m_data.ttftTargetSeconds > 0.0 ? format.duration(m_data.ttftTargetSeconds)
                                                         : tr("none"),
                          m_data.tpotTargetSeconds > 0.0 ? format.duration(m_data.tpotTargetSeconds)
                                                         : tr("none"))
                     .toHtmlEscaped();
    }
    if (m_data.hasOperatingPoint) {
        const Point &op = m_data.operatingPoint;
        lines << tr("Assigned load %1 requests/s: time to first token %2 (%3 to %4), time per "
                    "output token %5 (%6 to %7)")
                     .arg(format.number(op.requestsPerSecond), format.duration(op.ttftSeconds),
                          format.duration(m_data.operatingLow.ttftSeconds),
                          format.duration(m_data.operatingHigh.ttftSeconds),
                          format.duration(op.tpotSeconds),
                          format.duration(m_data.operatingLow.tpotSeconds),
                          format.duration(m_data.operatingHigh.tpotSeconds))
                     .toHtmlEscaped();
    }
    if (!m_data.assumptions.isEmpty())
        lines << tr("Assumptions: %1").arg(m_data.assumptions).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void LatencyChartView::retranslateUi()
{
    QCustomPlot *p = plot();
    p->xAxis->setLabel(tr("Request rate (requests/s)"));
    p->yAxis->setLabel(tr("Time to first token (ms)"));
    p->yAxis2->setLabel(tr("Time per output token (ms)"));
    m_ttft->setName(tr("Time to first token"));
    m_tpot->setName(tr("Time per output token"));
    fill();
}
