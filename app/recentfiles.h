#pragma once

#include <QObject>
#include <QStringList>

// The File ▸ Open Recent list, most recent first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const; // only files that still exist
    void add(const QString &filePath);
    void remove(const QString &filePath);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};
