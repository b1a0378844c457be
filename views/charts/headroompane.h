#pragma once

#include <QWidget>

#include <array>

class ChartView;
class HeadroomChartView;
class LatencyChartView;
class QAction;
class QLabel;
class QTabWidget;
class RackPowerChartView;
class TrainingTimeChartView;

// The Headroom dock: what the charts are about (hall, row, rack or server) above four
// charts in tabs, so each has the dock's whole width. The export action saves the chart
// on show; each chart's context menu offers the same.
class HeadroomPane : public QWidget
{
    Q_OBJECT

public:
    enum Chart { Headroom, Latency, TrainingTime, RackPower, ChartCount };

    explicit HeadroomPane(QWidget *parent = nullptr);

    HeadroomChartView *headroomChart() const { return m_headroom; }
    LatencyChartView *latencyChart() const { return m_latency; }
    TrainingTimeChartView *trainingTimeChart() const { return m_training; }
    RackPowerChartView *rackPowerChart() const { return m_power; }
    ChartView *chart(Chart chart) const { return m_charts[size_t(chart)]; }
    ChartView *currentChart() const;
    void setCurrentChart(Chart chart);

    // "Rack R1-2", "Hall", with what is being previewed when a drag hovers.
    void setScope(const QString &scope);
    QString scope() const;
    // Every chart at once: see ChartView::setPreviewing.
    void setPreviewing(bool previewing);

    QAction *exportAction() const { return m_export; }

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_scope;
    QTabWidget *m_tabs;
    HeadroomChartView *m_headroom;
    LatencyChartView *m_latency;
    TrainingTimeChartView *m_training;
    RackPowerChartView *m_power;
    std::array<ChartView *, ChartCount> m_charts;
    QAction *m_export;
};
