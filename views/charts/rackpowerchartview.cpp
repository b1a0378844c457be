#include "views/charts/rackpowerchartview.h"

#include "model/core/unitformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {
constexpr double kKilo = 1000.0; // the axis counts kilowatts

// The first stack (no workload) is grey; workloads take distinct hues in turn.
QColor stackColor(int index)
{
    static const QColor colors[] = {QColor(0xb8, 0xbf, 0xc7), QColor(0x3b, 0x6e, 0xa8),
                                    QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x9e, 0x44),
                                    QColor(0x8e, 0x4c, 0x9c), QColor(0x1a, 0x9c, 0xb0),
                                    QColor(0xc2, 0x5b, 0x12), QColor(0x7a, 0x85, 0x90)};
    return colors[index % int(std::size(colors))];
}
} // namespace

RackPowerChartView::RackPowerChartView(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->setObjectName(QStringLiteral("rackPowerPlot"));
    QCPBars *below = nullptr;
    for (int s = 0; s < kMaxStacks; ++s) {
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setBrush(stackColor(s));
        bars->setPen(Qt::NoPen); // outlines double the polygons drawn
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.8);
        bars->setLayer(dataLayer());
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_stacks.push_back(bars);
    }
    m_budget = p->addGraph();
    m_budget->setLineStyle(QCPGraph::lsStepCenter);
    m_budget->setPen(QPen(QColor(0xd6, 0x33, 0x2f), 2));
    m_budget->setLayer(dataLayer());
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setTickLabelRotation(60);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    retranslateUi();
    fill();
    refresh();
}

QString RackPowerChartView::title() const
{
    return tr("Power per rack");
}

RackPowerChartView::Data RackPowerChartView::aggregate(const Data &data, int maxBars, int maxStacks,
                                                       int *groupSize)
{
    const int n = int(data.categories.size());
    const int group = n > maxBars ? (n + maxBars - 1) / maxBars : 1;
    if (groupSize)
        *groupSize = group;
    const int groups = (n + group - 1) / group;
    const int stacks = std::min(int(data.stackNames.size()), maxStacks);
    Data out;
    out.assumptions = data.assumptions;
    out.stackNames = data.stackNames.mid(0, stacks);
    if (int(data.stackNames.size()) > maxStacks)
        out.stackNames[stacks - 1] = tr("Other workloads");
    out.stackWatts.assign(size_t(stacks), QVector<double>(groups, 0.0));
    out.budgetWatts.fill(0.0, groups);
    for (int g = 0; g < groups; ++g) {
        const int first = g * group;
        const int last = std::min(n, first + group) - 1;
        out.categories.append(
            first == last ? data.categories[first]
                          : tr("%1 – %2").arg(data.categories[first], data.categories[last]));
    }
    for (int c = 0; c < n; ++c) {
        const int g = c / group;
        if (c < data.budgetWatts.size())
            out.budgetWatts[g] += data.budgetWatts[c];
        for (size_t s = 0; s < data.stackWatts.size(); ++s) {
            if (c < data.stackWatts[s].size())
                out.stackWatts[std::min(s, size_t(stacks - 1))][g] += data.stackWatts[s][c];
        }
    }
    return out;
}

void RackPowerChartView::setData(const Data &data)
{
    m_shown = aggregate(data, kMaxBars, kMaxStacks, &m_groupSize);
    fill();
    refresh();
}

void RackPowerChartView::fill()
{
    const int n = int(m_shown.categories.size());
    QVector<double> keys(n);
    for (int c = 0; c < n; ++c)
        keys[c] = c + 1;
    for (int s = 0; s < kMaxStacks; ++s) {
        QCPBars *bars = m_stacks[size_t(s)];
        if (s < int(m_shown.stackWatts.size())) {
            QVector<double> kw = m_shown.stackWatts[size_t(s)];
            for (double &w : kw)
                w /= kKilo;
            bars->setData(keys, kw, true);
            bars->setName(m_shown.stackNames.value(s));
            bars->addToLegend();
        } else {
            bars->data()->clear();
            bars->removeFromLegend();
        }
    }
    QVector<double> budget = m_shown.budgetWatts;
    for (double &w : budget)
        w /= kKilo;
    m_budget->setData(keys, budget, true);

    // Every label when they fit, else every k-th so that about 24 stay readable.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, (n + 23) / 24);
    for (int c = 0; c < n; c += step)
        ticker->addTick(c + 1, m_shown.categories[c]);
    plot()->xAxis->setTicker(ticker);
    setEmptyText(n == 0 ? tr("No racks in this selection.") : QString());
}

void RackPowerChartView::rescale()
{
    QCustomPlot *p = plot();
    const int n = int(m_shown.categories.size());
    p->xAxis->setRange(0.4, std::max(1, n) + 0.6);
    double top = 1.0;
    for (int c = 0; c < n; ++c) {
        double sum = 0.0;
        for (const QVector<double> &stack : m_shown.stackWatts)
            sum += stack.value(c);
        top = std::max({top, sum / kKilo, m_shown.budgetWatts.value(c) / kKilo});
    }
    p->yAxis->setRange(0, top * 1.1);
}

QString RackPowerChartView::toolTipAt(const QPointF &pos) const
{
    const int n = int(m_shown.categories.size());
    if (n == 0 || !plot()->axisRect()->rect().contains(pos.toPoint()))
        return {};
    const int c = int(std::lround(plot()->xAxis->pixelToCoord(pos.x()))) - 1;
    if (c < 0 || c >= n)
        return {};
    const UnitFormat format;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_shown.categories[c].toHtmlEscaped());
    if (m_groupSize > 1)
        lines << tr("%n racks summed in this bar", nullptr, m_groupSize).toHtmlEscaped();
    double total = 0.0;
    for (size_t s = 0; s < m_shown.stackWatts.size(); ++s) {
        const double w = m_shown.stackWatts[s].value(c);
        total += w;
        if (w > 0.0)
            lines << tr("%1: %2")
                         .arg(m_shown.stackNames.value(int(s)), format.power(w))
                         .toHtmlEscaped();
    }
    const double budget = m_shown.budgetWatts.value(c);
    lines << tr("Total %1 of a %2 budget (%3 left)")
                 .arg(format.power(total), format.power(budget),
                      format.percent(budget > 0.0 ? 1.0 - total / budget : 0.0))
                 .toHtmlEscaped();
    if (!m_shown.assumptions.isEmpty())
        lines << tr("Assumptions: %1").arg(m_shown.assumptions).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void RackPowerChartView::retranslateUi()
{
    QCustomPlot *p = plot();
    p->xAxis->setLabel(m_groupSize > 1 ? tr("Racks (summed in groups)") : tr("Racks"));
    p->yAxis->setLabel(tr("Power (kW)"));
    m_budget->setName(tr("Budget"));
}
