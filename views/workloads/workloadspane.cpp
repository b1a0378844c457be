#include "views/workloads/workloadspane.h"

#include "model/project/workloadeditor.h"
#include "model/workload/workloadlistmodel.h"
#include "model/workload/workloadset.h"
#include "model/workload/workloadtemplates.h"
#include "views/workloads/workloadform.h"
#include "views/workloads/workloaditemdelegate.h"
#include "views/workloads/workloadpalette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

WorkloadsPane::WorkloadsPane(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack,
                             QWidget *parent)
    : QWidget(parent)
    , m_workloads(workloads)
    , m_hall(hall)
    , m_stack(stack)
    , m_model(new WorkloadListModel(workloads, hall, this))
    , m_list(new QTableView)
    , m_form(new WorkloadForm(workloads, hall, stack))
    , m_newButton(new QToolButton)
    , m_templates(new QMenu(this))
    , m_duplicate(new QAction(this))
    , m_delete(new QAction(this))
{
    setObjectName(QStringLiteral("workloadsPane"));
    m_list->setObjectName(QStringLiteral("workloadList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new WorkloadItemDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    // The stripe says the kind and the form shows the model: the narrow dock keeps the name,
    // the one-line summary and where it runs.
    m_list->setColumnHidden(WorkloadListModel::KindColumn, true);
    m_list->setColumnHidden(WorkloadListModel::ModelColumn, true);
    m_list->horizontalHeader()->setSectionResizeMode(WorkloadListModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(WorkloadListModel::NameColumn,
                                                     QHeaderView::ResizeToContents);

    m_newButton->setObjectName(QStringLiteral("newWorkloadButton"));
    m_newButton->setMenu(m_templates);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildTemplateMenu();

    m_duplicate->setObjectName(QStringLiteral("actionDuplicateWorkload"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setObjectName(QStringLiteral("actionDeleteWorkload"));
    m_delete->setShortcuts(QKeySequence::Delete);
    // The keys act while the dock has the focus; Delete in the rack layout stays its own.
    for (QAction *action : {m_duplicate, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_duplicate, &QAction::triggered, this, &WorkloadsPane::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &WorkloadsPane::removeSelected);
    auto *duplicateButton = new QToolButton;
    duplicateButton->setDefaultAction(m_duplicate);
    auto *deleteButton = new QToolButton;
    deleteButton->setDefaultAction(m_delete);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 4, 4, 0);
    buttons->addWidget(m_newButton);
    buttons->addWidget(duplicateButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const WorkloadId id = m_model->workloadAt(current.row());
                m_form->setWorkload(id);
                emit currentWorkloadChanged(id);
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkloadsPane::updateActions);
    connect(m_form, &WorkloadForm::statusMessage, this, &WorkloadsPane::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_form->setWorkload(0);
        emit currentWorkloadChanged(0);
    });
    retranslateUi();
    updateActions();
}

void WorkloadsPane::buildTemplateMenu()
{
    m_templates->clear();
    const QList<WorkloadTemplate> templates = WorkloadTemplates::all();
    std::optional<WorkloadKind> section;
    for (const WorkloadTemplate &t : templates) {
        if (section != t.workload.kind) {
            section = t.workload.kind;
            m_templates->addSection(Workload::kindDisplayName(t.workload.kind));
        }
        QAction *action = m_templates->addAction(t.workload.name);
        action->setObjectName(QStringLiteral("template_") + t.key);
        action->setStatusTip(t.workload.summary());
        action->setToolTip(t.source);
        QPixmap swatch(12, 12);
        swatch.fill(WorkloadPalette::kind(t.workload.kind));
        action->setIcon(QIcon(swatch));
        const QString key = t.key;
        connect(action, &QAction::triggered, this, [this, key] { addFromTemplate(key); });
    }
}

QList<WorkloadId> WorkloadsPane::selectedIds() const
{
    QList<WorkloadId> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.append(m_model->workloadAt(index.row()));
    std::sort(ids.begin(), ids.end(), [this](WorkloadId a, WorkloadId b) {
        return m_workloads->workloadIndex(a) < m_workloads->workloadIndex(b);
    });
    return ids;
}

WorkloadId WorkloadsPane::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->workloadAt(current.row()) : 0;
}

void WorkloadsPane::select(const QList<WorkloadId> &ids)
{
    QItemSelection selection;
    for (WorkloadId id : ids) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid())
            selection.select(index, index);
    }
    auto *model = m_list->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!ids.isEmpty())
        model->setCurrentIndex(m_model->indexOf(ids.first()), QItemSelectionModel::NoUpdate);
}

bool WorkloadsPane::addFromTemplate(const QString &key)
{
    const WorkloadId current = currentId();
    const int index = current ? m_workloads->workloadIndex(current) + 1 : -1;
    const WorkloadEditOutcome outcome =
        WorkloadEditor(m_workloads, m_hall, m_stack).addFromTemplate(key, index);
    emit statusMessage(outcome.applied() ? QString() : outcome.message);
    if (outcome.applied())
        select(outcome.createdIds);
    return outcome.applied();
}

void WorkloadsPane::duplicateSelected()
{
    const WorkloadEditOutcome outcome =
        WorkloadEditor(m_workloads, m_hall, m_stack).duplicateWorkloads(selectedIds());
    emit statusMessage(outcome.status == WorkloadEditOutcome::Status::Refused ? outcome.message
                                                                              : QString());
    if (outcome.applied())
        select(outcome.createdIds);
}

void WorkloadsPane::removeSelected()
{
    const QList<WorkloadId> ids = selectedIds();
    const int first = ids.isEmpty() ? -1 : m_workloads->workloadIndex(ids.first());
    const WorkloadEditOutcome outcome =
        WorkloadEditor(m_workloads, m_hall, m_stack).removeWorkloads(ids);
    emit statusMessage(outcome.status == WorkloadEditOutcome::Status::Refused ? outcome.message
                                                                              : QString());
    // The one after the removed ones (or the new last) is what Delete works on next.
    if (outcome.applied() && m_workloads->count() > 0) {
        const int next = std::min(first, m_workloads->count() - 1);
        select({m_workloads->workloadIds()[size_t(std::max(0, next))]});
    }
}

void WorkloadsPane::updateActions()
{
    const bool any = m_list->selectionModel()->hasSelection();
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
}

void WorkloadsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        buildTemplateMenu();
    }
    QWidget::changeEvent(event);
}

void WorkloadsPane::retranslateUi()
{
    m_newButton->setText(tr("New from template"));
    m_newButton->setToolTip(tr("Create a training job or an inference service from a template"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Duplicate the selected workloads (%1)")
                                .arg(m_duplicate->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected workloads and their assignments (%1)")
                             .arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    m_list->setToolTip(tr("Drag a workload onto a server, a rack or a row to assign it."));
}
