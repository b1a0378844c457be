#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file that is not ours, or one with a given version and our id.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}
} // namespace

class tst_CatalogSchema : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsTheCurrentSchema();
    void refusedFilesAreLeftUnchanged_data();
    void refusedFilesAreLeftUnchanged();
    void reopeningTheCurrentVersionWritesNothing();
    void foreignKeysAreOn();
};

void tst_CatalogSchema::newFileGetsTheCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(CatalogSchema::version(db.connection()), CatalogSchema::kCurrentVersion);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), CatalogSchema::kApplicationId);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM item_kinds")) && query.next());
    QCOMPARE(query.value(0).toInt(), static_cast<int>(ItemKind::Count));
}

void tst_CatalogSchema::refusedFilesAreLeftUnchanged_data()
{
    QTest::addColumn<QByteArray>("garbage"); // raw bytes, or empty to use statements
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");
    const QString ours =
        QStringLiteral("PRAGMA application_id = %1").arg(CatalogSchema::kApplicationId);
    QTest::newRow("newer catalog")
        << QByteArray()
        << QStringList {ours, QStringLiteral("CREATE TABLE items (id TEXT)"),
                        QStringLiteral("PRAGMA user_version = %1")
                            .arg(CatalogSchema::kCurrentVersion + 1)}
        << QStringLiteral("newer version of Headroom");
    QTest::newRow("someone else's database")
        << QByteArray() << QStringList {QStringLiteral("CREATE TABLE songs (title TEXT)")}
        << QStringLiteral("not a Headroom catalog");
    QTest::newRow("other application id")
        << QByteArray()
        << QStringList {QStringLiteral("PRAGMA application_id = 42"),
                        QStringLiteral("PRAGMA user_version = 1"),
                        QStringLiteral("CREATE TABLE items (id TEXT)")}
        << QStringLiteral("not a Headroom catalog");
    QTest::newRow("not a database")
        << QByteArray("id,kind,vendor\nthis is a CSV file, not a database\n").repeated(200)
        << QStringList() << QStringLiteral("not a catalog database, or it is damaged");
}

void tst_CatalogSchema::refusedFilesAreLeftUnchanged()
{
    QFETCH(QByteArray, garbage);
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    if (garbage.isEmpty()) {
        makeSqliteFile(path, statements);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());

    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(message), qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(path), qPrintable(result.errorText));
    QVERIFY(!db.isOpen());
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("catalog.sqlite")});
}

void tst_CatalogSchema::reopeningTheCurrentVersionWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        CatalogDatabase db;
        QVERIFY(db.open(path).ok());
    }
    const QByteArray before = sha256(path);
    CatalogDatabase db;
    QVERIFY(db.open(path).ok());
    (void)db.items();
    db.close();
    QCOMPARE(sha256(path), before);
}

void tst_CatalogSchema::foreignKeysAreOn()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // An item of a kind the catalog does not know is refused by the database itself.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO vendors (id, name) VALUES (1, 'x')")));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO items (id, kind, vendor_id, model, source, confidence) "
                       "VALUES ('a', 'rack', 1, 'm', 's', 'high')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO items (id, kind, vendor_id, model, source, confidence) "
                       "VALUES ('b', 'toaster', 1, 'm', 's', 'high')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO items (id, kind, vendor_id, model, source, confidence) "
                       "VALUES ('c', 'rack', 99, 'm', 's', 'high')")));
}

QTEST_GUILESS_MAIN(tst_CatalogSchema)
#include "tst_catalogschema.moc"
