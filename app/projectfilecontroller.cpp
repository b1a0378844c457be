#include "app/projectfilecontroller.h"

#include "app/recentfiles.h"
#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/sampleproject.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kAutosaveKey = QStringLiteral("project/autosaveIntervalSeconds");
const QString kSampleShownKey = QStringLiteral("project/sampleShown");
const QString kLastFolderKey = QStringLiteral("project/lastFolder");
} // namespace

ProjectFileController::ProjectFileController(Project *project, RecentFiles *recentFiles,
                                             QWidget *window, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_recentFiles(recentFiles)
    , m_window(window)
{ }

ProjectFileController::~ProjectFileController() = default;

QString ProjectFileController::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/recovery");
}

int ProjectFileController::autosaveIntervalSeconds()
{
    const int seconds =
        QSettings().value(kAutosaveKey, ProjectRecovery::kDefaultIntervalSeconds).toInt();
    return seconds > 0 ? seconds : ProjectRecovery::kDefaultIntervalSeconds;
}

QString ProjectFileController::fileFilter() const
{
    return tr("Headroom projects (*.headroom)");
}

void ProjectFileController::newProject()
{
    if (!maybeSave())
        return;
    m_project->clear();
    emit statusMessage(tr("New project"));
}

bool ProjectFileController::open()
{
    if (!maybeSave())
        return false;
    const QString path = chooseOpenPath();
    return !path.isEmpty() && openFile(path);
}

bool ProjectFileController::openFile(const QString &path)
{
    const auto loaded = ProjectFile::load(path);
    if (!loaded.content) {
        showError(tr("Open project"), loaded.error);
        return false;
    }
    m_project->load(*loaded.content, QFileInfo(path).absoluteFilePath());
    m_recentFiles->add(path);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProjectFileController::save()
{
    if (m_project->filePath().isEmpty())
        return saveAs();
    return saveTo(m_project->filePath());
}

bool ProjectFileController::saveAs()
{
    QString path = chooseSavePath();
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ProjectFile::suffix();
    return saveTo(path);
}

bool ProjectFileController::saveTo(const QString &path)
{
    QString error;
    if (!ProjectFile::save(*m_project, path, &error)) {
        showError(tr("Save project"), error);
        return false;
    }
    m_project->setFilePath(QFileInfo(path).absoluteFilePath());
    m_project->undoStack()->setClean();
    m_recentFiles->add(path);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    if (m_recovery)
        m_recovery->autosave(); // clean now: the recovery file has nothing left to keep
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProjectFileController::maybeSave()
{
    if (!m_project->isModified())
        return true;
    switch (askUnsavedChanges()) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void ProjectFileController::loadSample()
{
    const ProjectContent content = SampleProject::content();
    m_project->load(content, QString());
    emit statusMessage(tr("This is a sample project: change it freely, or start with File ▸ New."));
}

void ProjectFileController::startSession(const QStringList &files)
{
    m_recovery = std::make_unique<ProjectRecovery>(m_project, recoveryDirectory());
    m_recovery->setIntervalSeconds(autosaveIntervalSeconds());
    connect(m_recovery.get(), &ProjectRecovery::autosaveFailed, this,
            &ProjectFileController::statusMessage);
    // Look for work left behind before this session's own lock exists.
    const bool recovered = offerRecovery();
    m_recovery->start();
    if (recovered)
        return;
    bool opened = false;
    for (const QString &file : files)
        opened = openFile(file) || opened;
    QSettings settings;
    if (!opened && files.isEmpty() && !settings.value(kSampleShownKey, false).toBool()) {
        loadSample();
        settings.setValue(kSampleShownKey, true);
    }
}

void ProjectFileController::finishSession()
{
    if (m_recovery)
        m_recovery->finish();
}

bool ProjectFileController::offerRecovery()
{
    bool recovered = false;
    for (const ProjectRecovery::Candidate &candidate :
         ProjectRecovery::findOrphans(recoveryDirectory())) {
        if (recovered)
            break; // one project per window: the others are offered at the next start
        if (askRecover(candidate)) {
            const auto loaded = ProjectFile::load(candidate.recoveryPath);
            if (!loaded.content) {
                showError(tr("Recover project"), loaded.error);
                continue; // left in place: nothing is deleted that could not be read
            }
            m_project->load(*loaded.content, candidate.originalPath);
            m_project->markModified(); // what was recovered is in no file yet
            recovered = true;
            emit statusMessage(tr("Recovered unsaved changes; save them to keep them."));
        }
        ProjectRecovery::discard(candidate);
    }
    return recovered;
}

ProjectFileController::UnsavedAnswer ProjectFileController::askUnsavedChanges()
{
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before going on?").arg(m_project->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedAnswer::Save;
    if (answer == QMessageBox::Discard)
        return UnsavedAnswer::Discard;
    return UnsavedAnswer::Cancel;
}

QString ProjectFileController::chooseOpenPath()
{
    return QFileDialog::getOpenFileName(
        m_window, tr("Open project"),
        QSettings().value(kLastFolderKey, QDir::homePath()).toString(), fileFilter());
}

QString ProjectFileController::chooseSavePath()
{
    const QString folder = QSettings().value(kLastFolderKey, QDir::homePath()).toString();
    const QString name = m_project->filePath().isEmpty()
        ? QDir(folder).filePath(tr("Untitled") + QStringLiteral(".headroom"))
        : m_project->filePath();
    return QFileDialog::getSaveFileName(m_window, tr("Save project"), name, fileFilter());
}

bool ProjectFileController::askRecover(const ProjectRecovery::Candidate &candidate)
{
    const QString what = candidate.originalPath.isEmpty()
        ? tr("an untitled project")
        : QFileInfo(candidate.originalPath).fileName();
    const auto answer = QMessageBox::question(
        m_window, tr("Recover unsaved changes"),
        tr("Headroom did not close properly. Unsaved changes to %1 were kept at %2. Recover "
           "them?")
            .arg(what, QLocale().toString(candidate.savedAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

void ProjectFileController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}
