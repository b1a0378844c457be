#pragma once

#include "model/project/projectrecovery.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class Project;
class RecentFiles;
class QWidget;

// File ▸ New, Open, Open Recent, Save and Save As, the unsaved-changes question, the
// first-run sample and crash recovery: everything between the project and files on disk
// that the window needs, so MainWindow only wires actions to it. The questions it asks
// (file dialogs, message boxes) are virtual so tests can answer them.
class ProjectFileController : public QObject
{
    Q_OBJECT

public:
    enum class UnsavedAnswer { Save, Discard, Cancel };

    ProjectFileController(Project *project, RecentFiles *recentFiles, QWidget *window,
                          QObject *parent = nullptr);
    ~ProjectFileController() override;

    void newProject();
    bool open(); // asks for a file
    bool openFile(const QString &path);
    bool save(); // Save As when untitled
    bool saveAs();
    bool saveTo(const QString &path);
    // Before the project is replaced or the window closes: true when it is fine to go on
    // (saved, discarded, or nothing unsaved); false when the user cancelled.
    bool maybeSave();

    // Start-up: begins autosaving, offers work left by a session that did not end
    // cleanly, otherwise opens the files given, or the sample project on the very first
    // run. Call once the window is shown.
    void startSession(const QStringList &files);
    // A clean end: the recovery file goes away.
    void finishSession();
    ProjectRecovery *recovery() const { return m_recovery.get(); }

    void loadSample();

    static QString recoveryDirectory();
    static int autosaveIntervalSeconds(); // setting "project/autosaveIntervalSeconds", 60

signals:
    void statusMessage(const QString &text);

protected:
    virtual UnsavedAnswer askUnsavedChanges();
    virtual QString chooseOpenPath();
    virtual QString chooseSavePath();
    virtual bool askRecover(const ProjectRecovery::Candidate &candidate);
    virtual void showError(const QString &title, const QString &message);

private:
    bool offerRecovery();
    QString fileFilter() const;

    Project *m_project;
    RecentFiles *m_recentFiles;
    QWidget *m_window;
    std::unique_ptr<ProjectRecovery> m_recovery;
};
