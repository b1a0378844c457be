#include "views/charts/headroompane.h"

#include "views/charts/headroomchartview.h"
#include "views/charts/latencychartview.h"
#include "views/charts/rackpowerchartview.h"
#include "views/charts/trainingtimechartview.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

HeadroomPane::HeadroomPane(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_headroom(new HeadroomChartView)
    , m_latency(new LatencyChartView)
    , m_training(new TrainingTimeChartView)
    , m_power(new RackPowerChartView)
    , m_charts {m_headroom, m_latency, m_training, m_power}
    , m_export(new QAction(this))
{
    setObjectName(QStringLiteral("headroomPane"));
    m_scope->setObjectName(QStringLiteral("headroomScope"));
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    m_scope->setContentsMargins(6, 4, 6, 2);
    m_tabs->setObjectName(QStringLiteral("headroomTabs"));
    m_tabs->setDocumentMode(true);
    for (ChartView *chart : m_charts) {
        m_tabs->addTab(chart, QString());
        connect(
            chart, &ChartView::exportFinished, this,
            [this](const ChartExport::Result &result, const QString &filePath) {
                emit statusMessage(
                    result.ok
                        ? tr("Exported the chart to %1.").arg(QDir::toNativeSeparators(filePath))
                        : result.error);
            });
    }
    m_export->setObjectName(QStringLiteral("actionExportChart"));
    connect(m_export, &QAction::triggered, this, [this] { currentChart()->exportWithDialog(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scope);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

ChartView *HeadroomPane::currentChart() const
{
    return static_cast<ChartView *>(m_tabs->currentWidget());
}

void HeadroomPane::setCurrentChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

void HeadroomPane::setScope(const QString &scope)
{
    m_scope->setText(scope);
}

QString HeadroomPane::scope() const
{
    return m_scope->text();
}

void HeadroomPane::setPreviewing(bool previewing)
{
    for (ChartView *chart : m_charts)
        chart->setPreviewing(previewing);
}

void HeadroomPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HeadroomPane::retranslateUi()
{
    for (int c = 0; c < ChartCount; ++c)
        m_tabs->setTabText(c, m_charts[size_t(c)]->title());
    m_export->setText(tr("E&xport chart…"));
    m_export->setStatusTip(tr("Save the chart on show as a PNG, SVG or PDF file"));
}
