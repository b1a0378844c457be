#pragma once

#include "model/layout/datahall.h"
#include "model/project/layouteditor.h"
#include "model/project/projectfile.h"
#include "model/project/quoteeditor.h"
#include "model/project/workloadeditor.h"
#include "model/quote/quotedocument.h"
#include "model/workload/headroomtracker.h"
#include "model/workload/workloadset.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

// The project document: everything a planner saves in one file. It holds the data hall
// (layout and its frozen catalog rows), the undo stack that every edit goes through and
// the file it belongs to, the workloads with the servers they run on, and the quote with
// its revisions. The window title's unsaved-changes marker follows the undo stack's clean state,
// never a hand-kept flag.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    DataHall *hall() { return &m_hall; }
    const DataHall *hall() const { return &m_hall; }
    // How views and commands change the layout: checked, undoable edits. Removing servers
    // that run workloads takes their assignments off in the same undo step.
    LayoutEditor layoutEditor() { return LayoutEditor(&m_hall, &m_undoStack, &m_workloads); }

    WorkloadSet *workloads() { return &m_workloads; }
    const WorkloadSet *workloads() const { return &m_workloads; }
    // How views and commands change workloads and assignments.
    WorkloadEditor workloadEditor() { return WorkloadEditor(&m_workloads, &m_hall, &m_undoStack); }
    // Headroom per server, rack, row and hall, kept up to date with both documents; ask
    // it through HeadroomView (headroomview.h): current() and whatIf().
    const HeadroomTracker *headroom() const { return &m_headroom; }

    QuoteDocument *quote() { return &m_quote; }
    const QuoteDocument *quote() const { return &m_quote; }
    // How views change the quote, on the same undo stack as the layout.
    QuoteEditor quoteEditor() { return QuoteEditor(&m_quote, &m_hall, &m_undoStack, &m_headroom); }

    QUndoStack *undoStack() { return &m_undoStack; }
    const QUndoStack *undoStack() const { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath);

    // The name people see: the file's name, or "Untitled" before the first save.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    // Back to an empty, unmodified, untitled project.
    void clear();
    // Replaces the layout with one read from a file (or the sample): no undo history,
    // clean, with the given path (empty for an untitled project).
    void load(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog,
              const QString &filePath);
    // The same with the workloads and their assignments (the sample).
    void load(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog,
              const std::vector<WorkloadSnapshot> &workloads, const QString &filePath);
    // Everything a project file holds: the layout, the workloads and the quote. The
    // quote's network parts are the file's adapter and optic rows, or (for a file that
    // froze none) the ones Headroom ships, frozen into the project from then on.
    void load(const ProjectContent &content, const QString &filePath);
    // After recovering autosaved work: the content is not what any file on disk holds.
    void markModified() { m_undoStack.resetClean(); }

signals:
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    DataHall m_hall;
    WorkloadSet m_workloads;
    HeadroomTracker m_headroom {&m_hall, &m_workloads};
    QuoteDocument m_quote;
    QUndoStack m_undoStack;
    QString m_filePath;
};
