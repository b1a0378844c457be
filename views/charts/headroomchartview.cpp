#include "views/charts/headroomchartview.h"

#include "model/core/unitformat.h"
#include "model/workload/headroomdimension.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {
// Bars are drawn between these percentages; the tooltip tells the true number of a bar
// that goes past either end.
constexpr double kMostLeftPercent = 100.0;
constexpr double kMostOverPercent = -100.0;

QColor statusColor(HeadroomChartView::Status status)
{
    switch (status) {
    case HeadroomChartView::Status::Ok:
        return QColor(0x2e, 0x9e, 0x44);
    case HeadroomChartView::Status::Tight:
        return QColor(0xf0, 0xa2, 0x02);
    case HeadroomChartView::Status::Over:
        return QColor(0xd6, 0x33, 0x2f);
    }
    return Qt::gray;
}
} // namespace

HeadroomChartView::HeadroomChartView(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->setObjectName(QStringLiteral("headroomPlot"));

    // Row 0: training's axis rect beside inference's, each titled on its top axis; row 1:
    // the legend of the colours, across the bottom where a narrow dock has room for it.
    QCPLayoutGrid *layout = p->plotLayout();
    m_panels[Training].rect = p->axisRect();
    m_panels[Inference].rect = new QCPAxisRect(p);
    layout->take(m_panels[Training].rect);
    layout->simplify();
    auto *panels = new QCPLayoutGrid;
    layout->addElement(0, 0, panels);
    panels->addElement(0, 0, m_panels[Training].rect);
    panels->addElement(0, 1, m_panels[Inference].rect);
    panels->setColumnSpacing(8);
    auto *margins = new QCPMarginGroup(p);
    for (int s = 0; s < SideCount; ++s) {
        Panel &panel = m_panels[size_t(s)];
        panel.rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
        QCPAxis *title = panel.rect->axis(QCPAxis::atTop);
        title->setVisible(true);
        title->setTicks(false);
        title->setTickLabels(false);
        title->setBasePen(Qt::NoPen);
        title->setLabelFont(QFont(font().family(), -1, QFont::Bold));
        QCPAxis *dimensions = panel.rect->axis(QCPAxis::atLeft);
        QCPAxis *percent = panel.rect->axis(QCPAxis::atBottom);
        dimensions->setRange(0.4, double(DimensionCount) + 0.6);
        dimensions->setRangeReversed(true); // compute at the top, latency at the bottom
        dimensions->grid()->setVisible(false);
        dimensions->setTickLength(0, 0);
        dimensions->setTickLabels(s == Training); // the names once, left of both panels
        percent->setRange(kMostOverPercent / 4, kMostLeftPercent);
        percent->ticker()->setTickCount(3); // a narrow panel reads 0, 50, 100
        percent->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40)));

        for (Status status : {Status::Ok, Status::Tight, Status::Over}) {
            // Horizontal bars: long translated names have room on the left.
            auto *bars = new QCPBars(dimensions, percent);
            bars->setBrush(statusColor(status));
            bars->setPen(Qt::NoPen);
            bars->setWidth(0.6);
            bars->setLayer(dataLayer());
            if (s == Inference)
                bars->removeFromLegend(); // the legend names the colours once
            panel.bars[size_t(status)] = bars;
        }
        // Where tight begins: 20 % left.
        auto *tight = new QCPItemStraightLine(p);
        tight->setLayer(QStringLiteral("main"));
        tight->setClipAxisRect(panel.rect);
        for (QCPItemPosition *point : {tight->point1, tight->point2}) {
            point->setAxisRect(panel.rect);
            point->setAxes(percent, dimensions);
        }
        tight->point1->setCoords(kTightFraction * 100, 0);
        tight->point2->setCoords(kTightFraction * 100, 1);
        tight->setPen(QPen(statusColor(Status::Tight), 1, Qt::DashLine));
    }
    m_panels[Training].rect->insetLayout()->take(p->legend);
    layout->addElement(1, 0, p->legend);
    layout->setRowStretchFactor(1, 0.001);
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    p->legend->setBorderPen(Qt::NoPen);
    p->legend->setMargins(QMargins(4, 0, 4, 2));
    p->legend->setVisible(true);
    // The legend is on the "legend" layer already. Setting it again would move it after its
    // own items there, and its white fill would then cover them.

    retranslateUi();
    fillBars();
    refresh();
}

HeadroomChartView::Status HeadroomChartView::statusOf(double headroomFraction)
{
    if (headroomFraction < 0.0)
        return Status::Over;
    if (headroomFraction < kTightFraction)
        return Status::Tight;
    return Status::Ok;
}

QString HeadroomChartView::title() const
{
    return tr("Headroom");
}

bool HeadroomChartView::isEmpty() const
{
    for (Side side : {Training, Inference}) {
        for (const Entry &e : m_data.side(side)) {
            if (e.present)
                return false;
        }
    }
    return true;
}

void HeadroomChartView::setData(const Data &data)
{
    m_data = data;
    fillBars();
    refresh();
}

void HeadroomChartView::fillBars()
{
    for (Side side : {Training, Inference}) {
        Panel &panel = m_panels[side];
        // Rebuilt in place: six bars at most per status, no allocation past the first fill.
        std::array<QVector<double>, 3> keys;
        std::array<QVector<double>, 3> values;
        const Entries &entries = m_data.side(side);
        for (int d = 0; d < DimensionCount; ++d) {
            const Entry &e = entries[size_t(d)];
            if (!e.present)
                continue;
            const auto s = size_t(statusOf(e.headroomFraction));
            keys[s].append(d + 1);
            values[s].append(
                std::clamp(e.headroomFraction * 100.0, kMostOverPercent, kMostLeftPercent));
        }
        for (size_t s = 0; s < 3; ++s)
            panel.bars[s]->setData(keys[s], values[s], true);
    }
    setEmptyText(isEmpty() ? tr("No workloads assigned yet. Drag a workload onto a server to "
                                "see its headroom.")
                           : QString());
}

void HeadroomChartView::rescale()
{
    // Zero to 100 % left, and as far below zero as the worst dimension goes (a quarter of
    // the width at least, so "over" always has room to show).
    double lowest = kMostOverPercent / 4;
    for (Side side : {Training, Inference}) {
        for (const Entry &e : m_data.side(side)) {
            if (e.present)
                lowest = std::min(lowest, e.headroomFraction * 100.0 - 10.0);
        }
    }
    lowest = std::max(lowest, kMostOverPercent - 10.0);
    for (const Panel &panel : m_panels)
        panel.rect->axis(QCPAxis::atBottom)->setRange(lowest, kMostLeftPercent + 5.0);
}

static_assert(HeadroomChartView::DimensionCount == kHeadroomDimensionCount,
              "the chart shows every dimension the model measures, in its order");

QString HeadroomChartView::dimensionName(Dimension dimension)
{
    return HeadroomDimensions::displayName(static_cast<HeadroomDimension>(dimension));
}

QString HeadroomChartView::sideName(Side side)
{
    return side == Training ? tr("Training") : tr("Inference");
}

QString HeadroomChartView::formatAmount(Dimension dimension, double amount)
{
    return HeadroomDimensions::format(static_cast<HeadroomDimension>(dimension), amount);
}

QString HeadroomChartView::entryToolTip(Side side, Dimension dimension) const
{
    const Entry &e = m_data.side(side)[size_t(dimension)];
    const QString heading = tr("%1 · %2").arg(sideName(side), dimensionName(dimension));
    if (!e.present)
        return tr("%1: nothing assigned here needs it.").arg(heading);
    const UnitFormat format;
    QString status;
    switch (statusOf(e.headroomFraction)) {
    case Status::Ok:
        status = tr("OK");
        break;
    case Status::Tight:
        status = tr("tight");
        break;
    case Status::Over:
        status = tr("over");
        break;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    lines << tr("Needs %1 of %2")
                 .arg(formatAmount(dimension, e.demand), formatAmount(dimension, e.capacity))
                 .toHtmlEscaped();
    lines << tr("Headroom %1 (%2), range %3 to %4")
                 .arg(format.percent(e.headroomFraction), status, format.percent(e.lowFraction),
                      format.percent(e.highFraction))
                 .toHtmlEscaped();
    if (!e.assumptions.isEmpty())
        lines << tr("Assumptions: %1").arg(e.assumptions).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString HeadroomChartView::toolTipAt(const QPointF &pos) const
{
    for (Side side : {Training, Inference}) {
        const QCPAxisRect *rect = m_panels[side].rect;
        if (!rect->rect().contains(pos.toPoint()))
            continue;
        const double key = rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y());
        const int d = int(std::lround(key)) - 1;
        if (d < 0 || d >= DimensionCount || std::abs(key - (d + 1)) > 0.35)
            return {};
        return entryToolTip(side, static_cast<Dimension>(d));
    }
    return {};
}

void HeadroomChartView::retranslateUi()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int d = 0; d < DimensionCount; ++d)
        ticker->addTick(d + 1, dimensionName(static_cast<Dimension>(d)));
    for (Side side : {Training, Inference}) {
        Panel &panel = m_panels[side];
        panel.rect->axis(QCPAxis::atLeft)->setTicker(ticker);
        panel.rect->axis(QCPAxis::atBottom)->setLabel(tr("Left (%)"));
        panel.rect->axis(QCPAxis::atTop)->setLabel(sideName(side));
        panel.bars[size_t(Status::Ok)]->setName(tr("OK"));
        panel.bars[size_t(Status::Tight)]->setName(tr("Tight (under 20% left)"));
        panel.bars[size_t(Status::Over)]->setName(tr("Over"));
    }
    fillBars();
}
