#pragma once

#include "views/charts/chartview.h"

#include <QString>
#include <QVector>

class QCPGraph;
class QCPItemStraightLine;
class QCPTextElement;

// Chart 3: a training job's wall time against the number of GPUs it is given (both axes
// logarithmic, as the estimate's scaling curve doubles the count), the deadline as a
// dashed line and the count it is assigned marked on the curve.
class TrainingTimeChartView : public ChartView
{
    Q_OBJECT

public:
    struct Point
    {
        double gpus = 0.0;
        double wallSeconds = 0.0;
    };
    struct Data
    {
        QString workloadName; // empty: no training job to show
        QVector<Point> curve; // by rising GPU count
        double deadlineSeconds = 0.0; // 0: no deadline
        int assignedGpus = 0; // 0: not assigned
        double assignedWallSeconds = 0.0; // the estimate at the assigned count
        double assignedLowSeconds = 0.0; // and the range its assumptions allow
        double assignedHighSeconds = 0.0;
        int minimumGpus = 0; // fewest GPUs the job fits in, 0 when unknown
        QString assumptions;
    };

    explicit TrainingTimeChartView(QWidget *parent = nullptr);

    QString title() const override;
    void setData(const Data &data);
    const Data &data() const { return m_data; }

    QCPGraph *curveGraph() const { return m_curve; }
    QCPGraph *assignedGraph() const { return m_assigned; }
    QCPItemStraightLine *deadlineLine() const { return m_deadline; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void retranslateUi() override;
    void rescale() override;

private:
    void fill();

    QCPGraph *m_curve;
    QCPGraph *m_assigned;
    QCPItemStraightLine *m_deadline;
    QCPItemStraightLine *m_assignedLine;
    QCPTextElement *m_title;
    Data m_data;
};
