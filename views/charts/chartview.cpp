#include "views/charts/chartview.h"

#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    m_plot->setMinimumSize(240, 200);
    // The data gets a paint buffer of its own, so a preview redraws the bars or curves and
    // not the axes, grid and legend around them.
    m_plot->addLayer(QStringLiteral("data"), m_plot->layer(QStringLiteral("main")),
                     QCustomPlot::limAbove);
    m_dataLayer = m_plot->layer(QStringLiteral("data"));
    m_dataLayer->setMode(QCPLayer::lmBuffered);
    m_plot->setCurrentLayer(m_dataLayer);
    // Replots ask for the data's own pixels; nothing in these charts benefits from GL.
    m_plot->setPlottingHint(QCP::phCacheLabels, true);

    m_emptyLabel = new QCPItemText(m_plot);
    m_emptyLabel->setLayer(QStringLiteral("overlay"));
    m_emptyLabel->setPositionAlignment(Qt::AlignCenter);
    // Centred on the whole chart, not one axis rect: the headroom chart has two panels.
    m_emptyLabel->position->setType(QCPItemPosition::ptViewportRatio);
    m_emptyLabel->position->setCoords(0.5, 0.5);
    m_emptyLabel->setColor(palette().color(QPalette::PlaceholderText));
    m_emptyLabel->setBrush(palette().color(QPalette::Base)); // readable over grid lines
    m_emptyLabel->setPadding(QMargins(6, 4, 6, 4));
    m_emptyLabel->setClipToAxisRect(false);
    m_emptyLabel->setVisible(false);
    m_plot->setCurrentLayer(m_dataLayer);

    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartView::showContextMenu);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::showToolTip);
    // Runs inside every replot, once the axis rect has its final size and before drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartView::wrapEmptyText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyAntialiasing();
}

ChartView::~ChartView() = default;

void ChartView::setPreviewing(bool previewing)
{
    if (previewing == m_previewing)
        return;
    m_previewing = previewing;
    applyAntialiasing();
    if (!previewing)
        refresh(); // ranges may follow the data again, with antialiasing back
}

void ChartView::applyAntialiasing()
{
    // Antialiased bars cost about twice as much to draw (performance.md); while a drag
    // hovers nothing is antialiased, at rest the curves and markers are.
    // QCustomPlot 2.1 keeps the two sets apart only when the one being emptied is set
    // first, so each branch clears before it fills.
    if (m_previewing) {
        m_plot->setAntialiasedElements(QCP::aeNone);
        m_plot->setNotAntialiasedElements(QCP::aeAll);
    } else {
        m_plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes | QCP::aeLegend);
        m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeScatters);
    }
}

void ChartView::refresh()
{
    if (m_previewing) {
        // Ranges stay put, so only the data's buffer changes.
        m_dataLayer->replot();
        return;
    }
    rescale();
    m_plot->replot();
}

void ChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    wrapEmptyText();
}

void ChartView::wrapEmptyText()
{
    const QString &text = m_emptyText;
    if (text.isEmpty()) {
        m_emptyLabel->setVisible(false);
        return;
    }
    // QCPItemText does not wrap: break the sentence into lines that fit the chart.
    // Words break at spaces; text without spaces (Chinese, Japanese) between characters.
    const QFontMetrics metrics(m_emptyLabel->font());
    const int width = std::max(120, m_plot->viewport().width() - 48);
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
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
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
    m_emptyLabel->setVisible(true);
}

ChartExport::Result ChartView::exportTo(const QString &filePath, QSize size) const
{
    return ChartExport::save(m_plot, filePath, size, title());
}

void ChartView::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    // The chart's own (translated) title, minus what a file name cannot hold.
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString suggested = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    const QString filePath = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                                          ChartExport::fileFilter());
    if (filePath.isEmpty())
        return;
    emit exportFinished(exportTo(filePath), filePath);
}

void ChartView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("Export chart…"));
    connect(exportAction, &QAction::triggered, this, &ChartView::exportWithDialog);
    menu.exec(m_plot->mapToGlobal(pos));
}

void ChartView::showToolTip(QMouseEvent *event)
{
    const QString text = toolTipAt(event->position());
    if (text == m_lastToolTip)
        return;
    m_lastToolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}
