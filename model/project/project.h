#pragma once

#include "model/layout/datahall.h"
#include "model/project/layouteditor.h"
#include "model/project/quoteeditor.h"
#include "model/quote/quotedocument.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

// The project document: everything a planner saves in one file. It holds the data hall
// (layout and its frozen catalog rows), the undo stack that every edit goes through and
// the file it belongs to; workloads and the quote join it as they land. The window title's
// unsaved-changes marker follows the undo stack's clean state, never a hand-kept flag.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    DataHall *hall() { return &m_hall; }
    const DataHall *hall() const { return &m_hall; }
    // How views and commands change the layout: checked, undoable edits.
    LayoutEditor layoutEditor() { return LayoutEditor(&m_hall, &m_undoStack); }

    QuoteDocument *quote() { return &m_quote; }
    const QuoteDocument *quote() const { return &m_quote; }
    // How views change the quote, on the same undo stack as the layout.
    QuoteEditor quoteEditor() { return QuoteEditor(&m_quote, &m_hall, &m_undoStack); }

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
    // The same for everything a project file holds: the layout and the quote. The quote's
    // network parts are the file's adapter and optic rows, or (for a file that froze none)
    // the ones Headroom ships, frozen into the project from then on.
    void load(const struct ProjectContent &content, const QString &filePath);
    // After recovering autosaved work: the content is not what any file on disk holds.
    void markModified() { m_undoStack.resetClean(); }

signals:
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    DataHall m_hall;
    QuoteDocument m_quote;
    QUndoStack m_undoStack;
    QString m_filePath;
};
