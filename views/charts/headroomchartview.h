#pragma once

#include "views/charts/chartview.h"

#include <QString>

#include <array>

class QCPAxisRect;
class QCPBars;
class QCPLayoutGrid;

// Chart 1: headroom per dimension (compute, memory, storage, checkpoint writes, network,
// power, latency),
// training and inference side by side in two panels that share the dimension names.
// Each bar is the share of capacity left, coloured OK, tight (under 20 % left) or over
// (below zero). Until workloads are assigned it shows the axes and says why the bars are
// missing; it never draws invented numbers.
class HeadroomChartView : public ChartView
{
    Q_OBJECT

public:
    // The model's dimensions (HeadroomDimension), in its order.
    enum Dimension {
        Compute,
        Memory,
        Storage,
        StorageBandwidth,
        Network,
        Power,
        Latency,
        DimensionCount
    };
    enum Side { Training, Inference, SideCount };
    enum class Status { Ok, Tight, Over };

    // Headroom of one dimension on one side, in the dimension's SI unit (FLOP/s, bytes,
    // bytes per second, watts, seconds: HeadroomDimension).
    struct Entry
    {
        bool present = false; // false: nothing of this side demands this dimension here
        double demand = 0.0;
        double capacity = 0.0;
        double headroomFraction = 0.0; // 1 - demand / capacity; negative when over
        double lowFraction = 0.0; // the range the estimate's assumptions allow
        double highFraction = 0.0;
        QString assumptions; // what the numbers rest on, one line each
    };
    using Entries = std::array<Entry, DimensionCount>;
    struct Data
    {
        Entries training;
        Entries inference;
        const Entries &side(Side s) const { return s == Training ? training : inference; }
    };

    // Below this share left a dimension is tight (issue 6).
    static constexpr double kTightFraction = 0.2;
    static Status statusOf(double headroomFraction);

    explicit HeadroomChartView(QWidget *parent = nullptr);

    QString title() const override;
    void setData(const Data &data);
    const Data &data() const { return m_data; }
    bool isEmpty() const;
    QString emptyMessage() const { return emptyText(); }

    QCPAxisRect *panel(Side side) const { return m_panels[side].rect; }
    QCPBars *bars(Side side, Status status) const
    {
        return m_panels[side].bars[static_cast<int>(status)];
    }

    static QString dimensionName(Dimension dimension);
    static QString sideName(Side side);
    // "1.2 PFLOP/s", "80 GB", "12.5 kW": the dimension's unit, as the model formats it.
    static QString formatAmount(Dimension dimension, double amount);

    QString toolTipAt(const QPointF &pos) const override;
    QString entryToolTip(Side side, Dimension dimension) const;

protected:
    void retranslateUi() override;
    void rescale() override;

private:
    struct Panel
    {
        QCPAxisRect *rect = nullptr;
        std::array<QCPBars *, 3> bars {};
    };
    void fillBars();
    void balancePanels();

    std::array<Panel, SideCount> m_panels;
    QCPLayoutGrid *m_panelGrid = nullptr;
    Data m_data;
};
