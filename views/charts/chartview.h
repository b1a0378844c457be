#pragma once

#include "views/charts/chartexport.h"

#include <QWidget>

class QCustomPlot;
class QCPLayer;
class QMenu;

// What the four headroom charts share: a QCustomPlot behind our own class, one export
// function (context menu: Export chart…), hover tooltips that each chart words itself,
// and a preview mode for live drags. While previewing, antialiasing is off and only the
// data layer (lmBuffered) is redrawn; the axes keep their ranges so that the bars move
// against a still frame and the replot stays inside a frame (performance.md).
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    QCustomPlot *plot() const { return m_plot; }
    // The layer the chart's data sits on (buffered, replotted alone while previewing).
    QCPLayer *dataLayer() const { return m_dataLayer; }
    virtual QString title() const = 0;

    bool isPreviewing() const { return m_previewing; }
    // On while a drag hovers: no antialiasing, fixed ranges. Off replots with both.
    void setPreviewing(bool previewing);

    // Writes the chart as it stands (PNG, SVG or PDF by suffix).
    ChartExport::Result exportTo(const QString &filePath, QSize size = {}) const;
    // Asks for a file and exports; reports through exportFinished.
    void exportWithDialog();

    // The tooltip for a point in plot (widget) coordinates, empty over nothing.
    virtual QString toolTipAt(const QPointF &pos) const = 0;

signals:
    void exportFinished(const ChartExport::Result &result, const QString &filePath);

protected:
    // After new data: the whole plot when not previewing (ranges may follow the data),
    // only the data layer while previewing.
    void refresh();
    // Subclasses set their ranges from the data here; not called while previewing.
    virtual void rescale() { }
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() { }
    // Sentence for an empty chart, drawn in the middle of the axis rect.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

private:
    void showToolTip(QMouseEvent *event);
    void showContextMenu(const QPoint &pos);
    void applyAntialiasing();
    void wrapEmptyText();

    QCustomPlot *m_plot;
    QCPLayer *m_dataLayer = nullptr;
    class QCPItemText *m_emptyLabel = nullptr;
    bool m_previewing = false;
    QString m_emptyText;
    QString m_lastToolTip;
};
