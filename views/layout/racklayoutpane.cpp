#include "views/layout/racklayoutpane.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "views/layout/layoutactions.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"
#include "views/layout/workloadassignmentactions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

RackLayoutPane::RackLayoutPane(DataHall *hall, QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_scene(new RackLayoutScene(hall, this))
    , m_view(new RackLayoutView(m_scene, stack, this))
    , m_actions(new LayoutActions(m_view, stack, this))
    , m_undoStack(stack)
    , m_status(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("rackLayoutStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(100);
    m_zoomLabel->setObjectName(QStringLiteral("rackLayoutZoom"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 8, 2);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_zoomLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);

    connect(m_view, &RackLayoutView::statusMessage, this, &RackLayoutPane::showStatus);
    connect(m_actions, &LayoutActions::statusMessage, this, &RackLayoutPane::showStatus);
    connect(m_view, &RackLayoutView::zoomChanged, this, &RackLayoutPane::updateZoomLabel);
    // A new or opened project is shown whole, once the scene has been rebuilt.
    connect(hall, &DataHall::hallReset, this, [this] {
        m_fitPending = true;
        if (isVisible())
            QTimer::singleShot(0, m_view, [this] {
                m_fitPending = false;
                m_view->zoomToFit();
            });
    });
    updateZoomLabel(m_view->zoom());
}

RackLayoutPane::~RackLayoutPane()
{
    // The view (and the actions it owns) goes before the scene it shows: a scene that is
    // destroyed first detaches from its view, which then scrolls and would ask the
    // half-destroyed scene for its level of detail.
    delete m_view;
}

void RackLayoutPane::setCatalogLookup(CatalogLookup lookup)
{
    m_view->setCatalogLookup(std::move(lookup));
}

void RackLayoutPane::setWorkloads(WorkloadSet *workloads, const HeadroomTracker *headroom)
{
    m_view->setWorkloads(workloads);
    m_scene->setWorkloads(workloads, headroom);
    if (m_workloadActions || !workloads)
        return;
    m_workloadActions = new WorkloadAssignmentActions(m_view, workloads, m_undoStack, this);
    m_actions->setExtraContextActions([this] { return m_workloadActions->contextActions(); });
    connect(m_workloadActions, &WorkloadAssignmentActions::statusMessage, this,
            &RackLayoutPane::showStatus);
}

QAction *RackLayoutPane::unassignWorkloadsAction() const
{
    return m_workloadActions ? m_workloadActions->unassignAction() : nullptr;
}

QString RackLayoutPane::statusText() const
{
    return m_status->text();
}

void RackLayoutPane::showStatus(const QString &message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

void RackLayoutPane::updateZoomLabel(double zoom)
{
    m_zoomLabel->setText(UnitFormat().percent(zoom));
}

void RackLayoutPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        // After the layout has given the view its size.
        QTimer::singleShot(0, m_view, &RackLayoutView::zoomToFit);
    }
}

void RackLayoutPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate();
        if (m_workloadActions)
            m_workloadActions->retranslate();
        m_scene->retranslate();
        updateZoomLabel(m_view->zoom());
    }
    QWidget::changeEvent(event);
}
