#pragma once

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPItemText;

// Headroom per dimension (compute, memory, storage, network, power, latency), training and
// inference side by side. Until workloads are assigned it shows the axes and says why the
// bars are missing; it never draws invented numbers.
class HeadroomChartView : public QWidget
{
    Q_OBJECT

public:
    enum Dimension { Compute, Memory, Storage, Network, Power, Latency, DimensionCount };

    explicit HeadroomChartView(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QCPBars *trainingBars() const { return m_training; }
    QCPBars *inferenceBars() const { return m_inference; }
    bool isEmpty() const;
    QString emptyMessage() const;

    static QString dimensionName(Dimension dimension);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void wrapEmptyMessage();

    QCustomPlot *m_plot;
    QCPBars *m_training;
    QCPBars *m_inference;
    QCPItemText *m_emptyLabel;
    QString m_emptyText;
};
