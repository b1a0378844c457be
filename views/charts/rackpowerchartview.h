#pragma once

#include "views/charts/chartview.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

class QCPBars;
class QCPGraph;

// Chart 4: power per rack, stacked by the workloads that draw it, against each rack's
// budget (a step line). The first stack is the equipment no workload runs on. At hall
// scale the racks are summed in groups so that at most kMaxBars bars are drawn
// (QCPBars issues one polygon per bar: performance.md's 1,000-bar budget).
class RackPowerChartView : public ChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxBars = 1000;
    static constexpr int kMaxStacks = 8;

    struct Data
    {
        QStringList categories; // rack names (the hall's order)
        QStringList stackNames; // first: not running a workload; then workloads
        std::vector<QVector<double>> stackWatts; // [stack][category]
        QVector<double> budgetWatts; // per category
        QString assumptions; // what the watts rest on
    };

    explicit RackPowerChartView(QWidget *parent = nullptr);

    QString title() const override;
    void setData(const Data &data);
    // What is drawn: the data summed into groups of adjacent racks when there are more than
    // kMaxBars, and stacks past kMaxStacks folded into the last one.
    const Data &shown() const { return m_shown; }
    int groupSize() const { return m_groupSize; }
    static Data aggregate(const Data &data, int maxBars, int maxStacks, int *groupSize = nullptr);

    QCPBars *stack(int index) const { return m_stacks.at(size_t(index)); }
    int stackCount() const { return int(m_shown.stackNames.size()); }
    QCPGraph *budgetGraph() const { return m_budget; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void retranslateUi() override;
    void rescale() override;

private:
    void fill();

    std::vector<QCPBars *> m_stacks; // kMaxStacks, the unused ones empty and out of the legend
    QCPGraph *m_budget;
    Data m_shown;
    int m_groupSize = 1;
};
