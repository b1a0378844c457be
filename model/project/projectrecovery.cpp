#include "model/project/projectrecovery.h"

#include "model/project/project.h"
#include "model/project/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace {
const QString kPrefix = QStringLiteral("session-");

QString lockPathFor(const QString &recoveryPath)
{
    return recoveryPath.chopped(ProjectFile::suffix().size()) + QStringLiteral("lock");
}
} // namespace

ProjectRecovery::ProjectRecovery(Project *project, QString directory, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_directory(std::move(directory))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(kDefaultIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ProjectRecovery::autosave);
    connect(project->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_changedSinceAutosave = true; });
    connect(project->hall(), &DataHall::hallReset, this, [this] { m_changedSinceAutosave = true; });
}

ProjectRecovery::~ProjectRecovery() = default;

void ProjectRecovery::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(std::max(1, seconds) * 1000);
}

QString ProjectRecovery::recoveryFilePath() const
{
    return QDir(m_directory)
        .filePath(kPrefix + m_session + QLatin1Char('.') + ProjectFile::suffix());
}

bool ProjectRecovery::start()
{
    if (!QDir().mkpath(m_directory))
        return false;
    m_lock = std::make_unique<QLockFile>(lockPathFor(recoveryFilePath()));
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_timer.start();
    return true;
}

bool ProjectRecovery::autosave()
{
    if (!m_project->isModified()) {
        // Nothing unsaved: the project file (or nothing at all) is the truth.
        removeRecoveryFile();
        m_changedSinceAutosave = false;
        return false;
    }
    if (!m_changedSinceAutosave)
        return false;
    QString error;
    if (!ProjectFile::save(*m_project, recoveryFilePath(), &error, m_project->filePath())) {
        emit autosaveFailed(error);
        return false;
    }
    m_changedSinceAutosave = false;
    return true;
}

void ProjectRecovery::finish()
{
    m_timer.stop();
    removeRecoveryFile();
    m_lock.reset(); // unlocks and removes the lock file
}

void ProjectRecovery::removeRecoveryFile()
{
    QFile::remove(recoveryFilePath());
}

QList<ProjectRecovery::Candidate> ProjectRecovery::findOrphans(const QString &directory)
{
    QList<Candidate> orphans;
    const QFileInfoList files = QDir(directory).entryInfoList(
        {kPrefix + QStringLiteral("*.") + ProjectFile::suffix()}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        // A lock we can take belongs to no live session (QLockFile treats the lock of a
        // process that is gone as stale); a live session's lock stays out of reach.
        QLockFile lock(lockPathFor(file.absoluteFilePath()));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        const auto loaded = ProjectFile::load(file.absoluteFilePath());
        Candidate candidate;
        candidate.recoveryPath = file.absoluteFilePath();
        candidate.originalPath = loaded.content ? loaded.content->originalPath : QString();
        candidate.savedAt = file.lastModified();
        orphans.append(candidate);
    }
    return orphans;
}

void ProjectRecovery::discard(const Candidate &candidate)
{
    QFile::remove(candidate.recoveryPath);
    QFile::remove(lockPathFor(candidate.recoveryPath));
}
