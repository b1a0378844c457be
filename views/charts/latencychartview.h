#pragma once

#include "views/charts/chartview.h"

#include <QString>
#include <QVector>

class QCPGraph;
class QCPItemStraightLine;
class QCPTextElement;

// Chart 2: an inference service's latency against load. Time to first token (left axis)
// and time per output token (right axis) as the request rate grows, each target as a
// dashed line on its axis, the rate the service is assigned marked on both curves.
class LatencyChartView : public ChartView
{
    Q_OBJECT

public:
    struct Point
    {
        double requestsPerSecond = 0.0;
        double ttftSeconds = 0.0;
        double tpotSeconds = 0.0;
    };
    struct Data
    {
        QString workloadName; // empty: no inference service to show
        QVector<Point> curve; // by rising request rate
        double ttftTargetSeconds = 0.0; // 0: no target
        double tpotTargetSeconds = 0.0;
        // The assigned load and what the estimate says of it, with its range.
        bool hasOperatingPoint = false;
        Point operatingPoint;
        Point operatingLow; // the assumptions' optimistic end
        Point operatingHigh; // and their pessimistic end
        QString assumptions; // one line each
    };

    explicit LatencyChartView(QWidget *parent = nullptr);

    QString title() const override;
    void setData(const Data &data);
    const Data &data() const { return m_data; }

    QCPGraph *ttftGraph() const { return m_ttft; }
    QCPGraph *tpotGraph() const { return m_tpot; }
    QCPGraph *operatingTtft() const { return m_pointTtft; }
    QCPGraph *operatingTpot() const { return m_pointTpot; }
    QCPItemStraightLine *ttftTarget() const { return m_ttftTarget; }
    QCPItemStraightLine *tpotTarget() const { return m_tpotTarget; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void retranslateUi() override;
    void rescale() override;

private:
    void fill();

    QCPGraph *m_ttft;
    QCPGraph *m_tpot;
    QCPGraph *m_pointTtft;
    QCPGraph *m_pointTpot;
    QCPItemStraightLine *m_ttftTarget;
    QCPItemStraightLine *m_tpotTarget;
    QCPItemStraightLine *m_operatingLine;
    QCPTextElement *m_title;
    Data m_data;
};
