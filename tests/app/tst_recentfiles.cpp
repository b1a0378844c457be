#include "app/recentfiles.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_RecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void init() { RecentFiles().clear(); }
    void mostRecentFirstWithoutDuplicates();
    void keepsAtMostTen();
    void hidesFilesThatWereDeleted();
    void removeAndClear();

private:
    QString touch(const QString &name);
    QTemporaryDir m_dir;
};

QString tst_RecentFiles::touch(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

void tst_RecentFiles::mostRecentFirstWithoutDuplicates()
{
    RecentFiles recent;
    QSignalSpy spy(&recent, &RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.headroom"));
    const QString b = touch(QStringLiteral("b.headroom"));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    QCOMPARE(recent.files(), (QStringList {a, b}));
    QCOMPARE(spy.count(), 3);
}

void tst_RecentFiles::keepsAtMostTen()
{
    RecentFiles recent;
    for (int i = 0; i < 12; ++i)
        recent.add(touch(QStringLiteral("%1.headroom").arg(i)));
    const QStringList files = recent.files();
    QCOMPARE(files.size(), RecentFiles::kMaximum);
    QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("11.headroom")));
    QVERIFY(!files.contains(m_dir.filePath(QStringLiteral("1.headroom"))));
}

void tst_RecentFiles::hidesFilesThatWereDeleted()
{
    RecentFiles recent;
    const QString gone = touch(QStringLiteral("gone.headroom"));
    const QString kept = touch(QStringLiteral("kept.headroom"));
    recent.add(gone);
    recent.add(kept);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.files(), QStringList {kept});
}

void tst_RecentFiles::removeAndClear()
{
    RecentFiles recent;
    const QString a = touch(QStringLiteral("a.headroom"));
    const QString b = touch(QStringLiteral("b.headroom"));
    recent.add(a);
    recent.add(b);
    recent.remove(a);
    QCOMPARE(recent.files(), QStringList {b});
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecentFiles)
#include "tst_recentfiles.moc"
