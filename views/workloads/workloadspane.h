#pragma once

#include "model/workload/workloadids.h"

#include <QList>
#include <QWidget>

class DataHall;
class QAction;
class QMenu;
class QTableView;
class QToolButton;
class QUndoStack;
class WorkloadForm;
class WorkloadListModel;
class WorkloadSet;

// The Workloads dock: the project's training jobs and inference services in a list (the
// kinds told apart by colour and letter), new ones from templates, duplicate and delete,
// and the form that edits the current one. Rows drag onto the rack layout as
// application/x-headroom-workload. Every change goes through WorkloadEditor, so each is
// one undo command on the project's stack.
class WorkloadsPane : public QWidget
{
    Q_OBJECT

public:
    WorkloadsPane(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack,
                  QWidget *parent = nullptr);

    QTableView *list() const { return m_list; }
    WorkloadListModel *model() const { return m_model; }
    WorkloadForm *form() const { return m_form; }
    QMenu *templateMenu() const { return m_templates; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }

    QList<WorkloadId> selectedIds() const;
    WorkloadId currentId() const;
    void select(const QList<WorkloadId> &ids);

    // Adds a workload from a template (WorkloadTemplates key) after the current one.
    bool addFromTemplate(const QString &key);
    void duplicateSelected();
    void removeSelected();

signals:
    void currentWorkloadChanged(WorkloadId id);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTemplateMenu();
    void retranslateUi();
    void updateActions();

    WorkloadSet *m_workloads;
    const DataHall *m_hall;
    QUndoStack *m_stack;
    WorkloadListModel *m_model;
    QTableView *m_list;
    WorkloadForm *m_form;
    QToolButton *m_newButton;
    QMenu *m_templates;
    QAction *m_duplicate;
    QAction *m_delete;
};
