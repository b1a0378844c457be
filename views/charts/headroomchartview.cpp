#include "views/charts/headroomchartview.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

HeadroomChartView::HeadroomChartView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    m_plot->setObjectName(QStringLiteral("headroomPlot"));
    m_plot->setMinimumSize(240, 200);
    // Antialiasing off keeps replots cheap while dragging (performance.md: bars cost twice as much
    // with AA).
    m_plot->setNotAntialiasedElements(QCP::aePlottables | QCP::aeGrid | QCP::aeAxes);

    // Horizontal bars: dimension names sit on the left where long translations
    // ("Rechenleistung") have room, and headroom reads left to right.
    m_training = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_training->setBrush(QColor(0x2f, 0x6f, 0xb3));
    m_training->setPen(Qt::NoPen);
    m_training->setWidth(0.35);
    m_inference = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_inference->setBrush(QColor(0xe0, 0x8a, 0x1e));
    m_inference->setPen(Qt::NoPen);
    m_inference->setWidth(0.35);

    m_plot->yAxis->setRange(0.4, static_cast<double>(DimensionCount) + 0.6);
    m_plot->yAxis->setRangeReversed(true); // compute at the top, latency at the bottom
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->xAxis->setRange(0, 100);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_emptyLabel = new QCPItemText(m_plot);
    m_emptyLabel->setPositionAlignment(Qt::AlignCenter);
    m_emptyLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyLabel->position->setCoords(0.5, 0.5);
    m_emptyLabel->setColor(palette().color(QPalette::PlaceholderText));
    m_emptyLabel->setClipToAxisRect(true);

    // Runs inside every replot, after the axis rect has its final size and before drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, &HeadroomChartView::wrapEmptyMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    retranslateUi();
}

bool HeadroomChartView::isEmpty() const
{
    return m_training->data()->isEmpty() && m_inference->data()->isEmpty();
}

QString HeadroomChartView::emptyMessage() const
{
    return m_emptyText;
}

QString HeadroomChartView::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Compute:
        return tr("Compute");
    case Memory:
        return tr("Memory");
    case Storage:
        return tr("Storage");
    case Network:
        return tr("Network");
    case Power:
        return tr("Power");
    case Latency:
        return tr("Latency");
    case DimensionCount:
        break;
    }
    return {};
}

void HeadroomChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HeadroomChartView::retranslateUi()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int d = 0; d < DimensionCount; ++d)
        ticker->addTick(d + 1, dimensionName(static_cast<Dimension>(d)));
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Headroom left (%)"));
    m_training->setName(tr("Training"));
    m_inference->setName(tr("Inference"));
    m_emptyText = tr("No workloads assigned yet. Drag a workload onto a server to see its "
                     "headroom.");
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HeadroomChartView::wrapEmptyMessage()
{
    // QCPItemText does not wrap; break the message into lines that fit the axis rect.
    const QFontMetrics metrics(m_emptyLabel->font());
    const int width = std::max(120, m_plot->axisRect()->width() - 24);
    // Words break at spaces; text without spaces (Chinese, Japanese) breaks between characters.
    QStringList lines;
    QString line;
    auto place = [&](const QString &piece, const QString &separator) {
        const QString candidate = line.isEmpty() ? piece : line + separator + piece;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = piece;
        } else {
            line = candidate;
        }
    };
    for (const QString &word : m_emptyText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) <= width) {
            place(word, QStringLiteral(" "));
            continue;
        }
        for (qsizetype i = 0; i < word.size(); ++i)
            place(QString(word.at(i)), i == 0 ? QStringLiteral(" ") : QString());
    }
    if (!line.isEmpty())
        lines.append(line);
    m_emptyLabel->setText(lines.join(QLatin1Char('\n')));
    m_emptyLabel->setVisible(isEmpty());
}
