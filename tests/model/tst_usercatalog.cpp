#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/usercatalog.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
QList<CatalogItem> sortedById(QList<CatalogItem> items)
{
    std::sort(items.begin(), items.end(),
              [](const CatalogItem &a, const CatalogItem &b) { return a.id < b.id; });
    return items;
}
} // namespace

class tst_UserCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HeadroomTest::useHermeticEnvironment();
        // A folder of its own: other tests running at the same time use the test-mode
        // application data folder too, and this test deletes the catalog there.
        QCoreApplication::setApplicationName(QStringLiteral("HeadroomUserCatalogTest"));
    }

    void defaultPathIsInAppData();
    void firstOpenCreatesTheCatalogFromTheSeed();
    void laterOpensKeepTheUsersChanges();
    void anotherFileCanBeChosen();
    void anUnreadableFileIsNeverReplaced();
    void resetRestoresTheSeedAndKeepsABackup();
    void resetOfAnInMemoryCatalogNeedsNoBackup();
};

void tst_UserCatalog::defaultPathIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    QCOMPARE(UserCatalog::defaultFilePath(), appData + QStringLiteral("/catalog.sqlite"));
}

void tst_UserCatalog::firstOpenCreatesTheCatalogFromTheSeed()
{
    QFile::remove(UserCatalog::defaultFilePath());
    CatalogDatabase db;
    bool created = false;
    const CatalogResult result = UserCatalog::open(&db, QString(), &created);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QVERIFY(created);
    QCOMPARE(db.filePath(), UserCatalog::defaultFilePath());
    QCOMPARE(db.itemCount(), CatalogSeed::items().size());
    QCOMPARE(db.referenceFigures().size(), CatalogSeed::referenceFigures().size());
    QVERIFY(!QFile::exists(UserCatalog::defaultFilePath() + QStringLiteral(".new")));
}

void tst_UserCatalog::laterOpensKeepTheUsersChanges()
{
    const QString id = QStringLiteral("nvidia-dgx-h100");
    {
        CatalogDatabase db;
        QVERIFY(UserCatalog::open(&db).ok());
        CatalogItem dgx = *db.item(id);
        dgx.notes = QStringLiteral("Checked with the customer's quote.");
        QVERIFY(db.updateItem(dgx).ok());
    }
    CatalogDatabase db;
    bool created = true;
    QVERIFY(UserCatalog::open(&db, QString(), &created).ok());
    QVERIFY(!created);
    QCOMPARE(db.item(id)->notes, QStringLiteral("Checked with the customer's quote."));
}

void tst_UserCatalog::anotherFileCanBeChosen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/team.sqlite"));
    CatalogDatabase db;
    bool created = false;
    QVERIFY(UserCatalog::open(&db, path, &created).ok());
    QVERIFY(created);
    QCOMPARE(db.filePath(), path);
    QVERIFY(QFile::exists(path));
    QVERIFY(db.item(QStringLiteral("nvidia-v100-sxm2-32gb")));
}

void tst_UserCatalog::anUnreadableFileIsNeverReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    const QByteArray text("not a database, but the user's notes that must survive\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.repeated(100));
    }
    CatalogDatabase db;
    bool created = true;
    const CatalogResult result = UserCatalog::open(&db, path, &created);
    QVERIFY(!result.ok());
    QVERIFY(!created);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text.repeated(100));
}

void tst_UserCatalog::resetRestoresTheSeedAndKeepsABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    CatalogDatabase db;
    QVERIFY(UserCatalog::open(&db, path).ok());
    CatalogItem mine = *db.item(QStringLiteral("nvidia-h100-sxm5-80gb"));
    mine.id = QStringLiteral("my-h100-quote");
    mine.price = Money {2400000, QStringLiteral("USD")};
    QVERIFY(db.addItem(mine).ok());
    QVERIFY(db.removeItem(QStringLiteral("aivres-kr4268v2")).ok());

    QSignalSpy reset(&db, &CatalogDatabase::catalogReset);
    QString backup;
    const CatalogResult result = UserCatalog::resetToDefaults(&db, &backup);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(sortedById(db.items()), sortedById(CatalogSeed::items()));
    QVERIFY(!db.contains(QStringLiteral("my-h100-quote")));

    QVERIFY(backup.startsWith(dir.filePath(QStringLiteral("catalog-backup-"))));
    QVERIFY(backup.endsWith(QStringLiteral(".sqlite")));
    CatalogDatabase saved;
    QVERIFY(saved.open(backup).ok());
    QCOMPARE(*saved.item(QStringLiteral("my-h100-quote")), mine);
    QVERIFY(!saved.contains(QStringLiteral("aivres-kr4268v2")));

    // A second reset in the same second does not overwrite the first backup.
    QString second;
    QVERIFY(UserCatalog::resetToDefaults(&db, &second).ok());
    QVERIFY(second != backup);
    QVERIFY(QFile::exists(backup));
}

void tst_UserCatalog::resetOfAnInMemoryCatalogNeedsNoBackup()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QString backup = QStringLiteral("unchanged");
    QVERIFY(UserCatalog::resetToDefaults(&db, &backup).ok());
    QVERIFY(backup.isEmpty());
    QCOMPARE(db.itemCount(), CatalogSeed::items().size());
}

QTEST_GUILESS_MAIN(tst_UserCatalog)
#include "tst_usercatalog.moc"
