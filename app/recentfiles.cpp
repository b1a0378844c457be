#include "app/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kRecentFilesKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentFiles::files() const
{
    QStringList result;
    const QStringList stored = QSettings().value(kRecentFilesKey).toStringList();
    for (const QString &file : stored) {
        if (QFileInfo::exists(file))
            result.append(file);
    }
    return result;
}

void RecentFiles::add(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    QStringList list = QSettings().value(kRecentFilesKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &filePath)
{
    QStringList list = QSettings().value(kRecentFilesKey).toStringList();
    if (list.removeAll(QFileInfo(filePath).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(kRecentFilesKey, files);
    emit changed();
}
