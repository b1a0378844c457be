#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Project;
class QLockFile;

// Autosave and crash recovery. While a session runs it holds a lock file and, every
// interval (60 s unless configured), writes the project to its own recovery file when
// it changed since the last autosave. A clean exit calls finish(), which removes both.
// A recovery file whose lock is not held by a live process was left by a session that
// ended uncleanly: findOrphans() lists those for the window to offer back.
class ProjectRecovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalSeconds = 60;

    struct Candidate
    {
        QString recoveryPath;
        QString originalPath; // the project file the work belonged to, empty if untitled
        QDateTime savedAt;
    };

    ProjectRecovery(Project *project, QString directory, QObject *parent = nullptr);
    // Leaves the recovery file in place, as a crash would: only finish() removes it.
    ~ProjectRecovery() override;

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_timer.interval() / 1000; }

    // Takes this session's lock and starts the timer. False when the folder is unusable.
    bool start();
    // Writes the recovery file now if the project changed since the last autosave;
    // removes it when the project has no unsaved changes. True when it wrote.
    bool autosave();
    // A clean end: this session's recovery file and lock go away.
    void finish();
    QString recoveryFilePath() const;

    static QList<Candidate> findOrphans(const QString &directory);
    static void discard(const Candidate &candidate);

signals:
    void autosaveFailed(const QString &message);

private:
    void removeRecoveryFile();

    Project *m_project;
    QString m_directory;
    QString m_session;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_changedSinceAutosave = true; // nothing written yet
};
