#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogschema.h"
#include "support/filehash.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
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
// Runs an SQL script (sqlite3's .dump format) statement by statement: QSqlQuery takes one
// at a time, and a ';' inside a quoted string does not end one.
void runScript(const QString &path, const QString &script)
{
    QStringList statements;
    QString current;
    bool quoted = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!quoted && line.startsWith(QLatin1String("--")))
            continue;
        for (const QChar c : line) {
            current.append(c);
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            else if (c == QLatin1Char(';') && !quoted) {
                statements.append(current.trimmed());
                current.clear();
            }
        }
        current.append(QLatin1Char('\n'));
    }
    makeSqliteFile(path, statements);
}

QString fixture(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../fixtures/catalog/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(file.readAll());
}

QString searchTextOf(const CatalogDatabase &db, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT search_text FROM item_listings WHERE item_id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
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
    void migratesFromVersion1();
    void aFailedStepLeavesTheFileAsItWas();
    void aStepChecksBeforeItAlters();
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
    const QByteArray before = HeadroomTest::sha256(path);
    QVERIFY(!before.isEmpty());

    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(message), qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(path), qPrintable(result.errorText));
    QVERIFY(!db.isOpen());
    QCOMPARE(HeadroomTest::sha256(path), before);
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
    const QByteArray before = HeadroomTest::sha256(path);
    CatalogDatabase db;
    QVERIFY(db.open(path).ok());
    (void)db.items();
    db.close();
    QCOMPARE(HeadroomTest::sha256(path), before);
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

void tst_CatalogSchema::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    runScript(path, fixture("catalog-v1.sql"));
    {
        CatalogDatabase db;
        QVERIFY(db.open(QStringLiteral(":memory:")).ok()); // a second connection does no harm
    }
    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(CatalogSchema::version(db.connection()), CatalogSchema::kCurrentVersion);

    // Every item and figure of the version 1 file is still there, with its values.
    QCOMPARE(db.itemCount(), 7);
    QCOMPARE(db.referenceFigures().size(), 2);
    const CatalogItem dgx = *db.item(QStringLiteral("nvidia-dgx-h100"));
    QCOMPARE(dgx.powerMaxWatts, 10200.0);
    QCOMPARE(dgx.weightKg, 130.45);
    QCOMPARE(dgx.acceleratorOptions, QStringList {QStringLiteral("nvidia-h100-sxm5-80gb")});
    QVERIFY(dgx.price);
    QCOMPARE(dgx.price->minorUnits, qint64(27000000));
    QCOMPARE(db.item(QStringLiteral("aivres-kr4268v2"))->confidence, Confidence::Low);
    QCOMPARE(db.accelerators().size(), 1);
    QCOMPARE(db.accelerators().first().densePeak(Precision::Bf16), 989.4e12);

    // Version 2's listing was filled in for the old rows, search text included.
    QCOMPARE(db.rows().size(), 7);
    const QString h100 = searchTextOf(db, QStringLiteral("nvidia-h100-sxm5-80gb"));
    for (const char *word :
         {"nvidia", "h100 sxm5 80gb", "hopper", "hbm3", "80 gb", "3.35 tb/s", "nvlink 4"})
        QVERIFY2(h100.contains(QLatin1String(word)), qPrintable(h100));
    QVERIFY(searchTextOf(db, QStringLiteral("apc-ap8888")).contains(QStringLiteral("23 kw")));
    const CatalogRow listed = *db.row(QStringLiteral("nvidia-dgx-h100"));
    QCOMPARE(listed.powerWatts, 10200.0);
    QCOMPARE(listed.acceleratorOptions, QStringList {QStringLiteral("nvidia-h100-sxm5-80gb")});

    // And the migrated catalog takes new items like a new one.
    CatalogItem copy = dgx;
    copy.id = QStringLiteral("dgx-copy");
    QVERIFY(db.addItem(copy).ok());
}

void tst_CatalogSchema::aFailedStepLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    // A view under the name of version 2's new table makes that step fail.
    runScript(path, fixture("catalog-v1.sql"));
    makeSqliteFile(path, {QStringLiteral("CREATE VIEW item_listings AS SELECT id FROM items")});
    const QByteArray before = HeadroomTest::sha256(path);
    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText.contains(QStringLiteral("to version 2")),
             qPrintable(result.errorText));
    QVERIFY(result.errorText.contains(QStringLiteral("it was left as it was")));
    QCOMPARE(HeadroomTest::sha256(path), before);
}

void tst_CatalogSchema::aStepChecksBeforeItAlters()
{
    // A version 1 file that already has the table version 2 adds (a copy that was
    // half-migrated by hand) still migrates, and its listing is filled.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    runScript(path, fixture("catalog-v1.sql"));
    makeSqliteFile(
        path,
        {QStringLiteral("CREATE TABLE item_listings (item_id TEXT PRIMARY KEY, "
                        "kind_position INTEGER NOT NULL, vendor TEXT NOT NULL, "
                        "model TEXT NOT NULL, confidence TEXT NOT NULL, rack_units INTEGER, "
                        "power_watts REAL, weight_kg REAL, accelerator_count INTEGER, "
                        "memory_bytes REAL, bandwidth_bytes_per_second REAL, "
                        "port_count INTEGER, port_speed_bits_per_second REAL, "
                        "bf16_flops_per_second REAL, price_minor_units INTEGER, "
                        "price_currency TEXT, accelerator_options TEXT, "
                        "search_text TEXT NOT NULL)")});
    CatalogDatabase db;
    const CatalogResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(CatalogSchema::version(db.connection()), 2);
    QVERIFY(searchTextOf(db, QStringLiteral("nvidia-dgx-h100")).contains(QStringLiteral("8u")));
}

QTEST_GUILESS_MAIN(tst_CatalogSchema)
#include "tst_catalogschema.moc"
