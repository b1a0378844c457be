#include "model/catalog/usercatalog.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString UserCatalog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/catalog.sqlite");
}

CatalogResult UserCatalog::open(CatalogDatabase *db, const QString &filePath, bool *created)
{
    const QString path = filePath.isEmpty() ? defaultFilePath() : filePath;
    if (created)
        *created = false;
    if (path != QLatin1String(":memory:") && !QFileInfo::exists(path)) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return CatalogResult::failure(
                tr("Could not create the folder '%1' for the catalog.").arg(info.absolutePath()));
        // Built under a name of this process's own: two Headroom processes started together
        // on a first run (a script running several commands) must not write one file.
        const QString building =
            path + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
        QFile::remove(building);
        {
            CatalogDatabase fresh;
            CatalogResult result = fresh.open(building);
            if (result.ok())
                result = fresh.replaceAll(CatalogSeed::items(), CatalogSeed::referenceFigures());
            fresh.close();
            if (!result.ok()) {
                QFile::remove(building);
                return CatalogResult::failure(
                    tr("Could not create the catalog '%1': %2").arg(path, result.errorText));
            }
        }
        if (QFile::rename(building, path)) {
            if (created)
                *created = true;
        } else {
            QFile::remove(building);
            // Another process put its catalog in place first: that one is as good.
            if (!QFileInfo::exists(path))
                return CatalogResult::failure(
                    tr("Could not create the catalog '%1': the file could not be put in place.")
                        .arg(path));
        }
    }
    return db->open(path);
}

CatalogResult UserCatalog::resetToDefaults(CatalogDatabase *db, QString *backupPath)
{
    if (!db->isOpen())
        return CatalogResult::failure(tr("No catalog is open."));
    const QString path = db->filePath();
    QString backup;
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
            + QStringLiteral("-backup-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        backup = stem + QStringLiteral(".sqlite");
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = stem + QStringLiteral("-%1.sqlite").arg(n);
        const CatalogResult copied = db->backupTo(backup);
        if (!copied.ok())
            return CatalogResult::failure(
                tr("The catalog was not reset because no backup could be made: %1")
                    .arg(copied.errorText));
    }
    const CatalogResult result =
        db->replaceAll(CatalogSeed::items(), CatalogSeed::referenceFigures());
    if (!result.ok())
        return result;
    if (backupPath)
        *backupPath = backup;
    return CatalogResult::success();
}
