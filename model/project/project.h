#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

// The project document: everything a planner saves in one file. Today it holds the undo
// stack that every edit goes through and the file it belongs to; the layout, workloads
// and quote join it as they land. The window title's unsaved-changes marker follows the
// undo stack's clean state, never a hand-kept flag.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    QUndoStack *undoStack() { return &m_undoStack; }
    const QUndoStack *undoStack() const { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath);

    // The name people see: the file's name, or "Untitled" before the first save.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    // Back to an empty, unmodified, untitled project.
    void clear();

signals:
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    QUndoStack m_undoStack;
    QString m_filePath;
};
