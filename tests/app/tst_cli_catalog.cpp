#include "support/filehash.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `headroom catalog list|import|export` driven through the real executable, as a user's
// script would: exit codes, stdout, stderr and what happens to the catalog file. Every
// run gets its own data and config folders, so the user's catalog is never touched.
class tst_CliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void firstRunCreatesTheUserCatalog();
    void listShowsEveryItem();
    void listFiltersByKind();
    void listJsonHasEveryField();
    void usageErrors_data();
    void usageErrors();
    void helpDocumentsTheActions();
    void exportThenImportIsLossless_data();
    void exportThenImportIsLossless();
    void rejectedImportReportsRowsAndChangesNothing();
    void dryRunShowsActionsAndChangesNothing();
    void importAddsAndReplaces();
    void catalogOptionAfterTheSubcommand();
    void catalogBenchmarkIsListed();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result headroom(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QJsonArray listJson(const QString &catalog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

tst_CliCatalog::Result tst_CliCatalog::headroom(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray tst_CliCatalog::listJson(const QString &catalog) const
{
    const Result result = headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.out.toUtf8())
        .object()
        .value(QStringLiteral("items"))
        .toArray();
}

void tst_CliCatalog::firstRunCreatesTheUserCatalog()
{
    const Result first = headroom({QStringLiteral("catalog"), QStringLiteral("list")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("Created the catalog")), qPrintable(first.err));
    const QString file = path(QStringLiteral("data/Headroom/Headroom/catalog.sqlite"));
    QVERIFY2(QFile::exists(file),
             qPrintable(QDir(path(QStringLiteral("data"))).entryList().join(QLatin1Char(','))));
    const Result second = headroom({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.err, QString());
    QCOMPARE(second.out, first.out);
}

void tst_CliCatalog::listShowsEveryItem()
{
    const Result result = headroom({QStringLiteral("--catalog"), path(QStringLiteral("c.sqlite")),
                                    QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 80, qPrintable(result.out));
    auto line = [&](const QString &id) {
        for (const QString &l : lines) {
            if (l.startsWith(id + QLatin1Char(' ')))
                return l;
        }
        return QString();
    };
    QVERIFY(
        QRegularExpression(QStringLiteral("^nvidia-h100-sxm5-80gb +accelerator +NVIDIA H100 SXM5 "
                                          "80GB +Memory 80 GB, Memory bandwidth 3.35 TB/s, Dense "
                                          "BF16 peak 989 TFLOP/s, TDP 700 W$"))
            .match(line(QStringLiteral("nvidia-h100-sxm5-80gb")))
            .hasMatch());
    QVERIFY(
        line(QStringLiteral("nvidia-dgx-h100")).contains(QStringLiteral("Maximum power 10.2 kW")));
    QVERIFY(line(QStringLiteral("aivres-kr4268v2")).contains(QStringLiteral("[unverified]")));
    QVERIFY(!line(QStringLiteral("nvidia-v100-sxm2-32gb")).isEmpty());
    QVERIFY(!line(QStringLiteral("nvidia-h800-sxm5-80gb")).isEmpty());
}

void tst_CliCatalog::listFiltersByKind()
{
    const Result result = headroom({QStringLiteral("--catalog"), path(QStringLiteral("c.sqlite")),
                                    QStringLiteral("catalog"), QStringLiteral("list"),
                                    QStringLiteral("--kind"), QStringLiteral("pdu")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const QString &line : lines)
        QVERIFY2(line.contains(QStringLiteral(" pdu ")), qPrintable(line));
}

void tst_CliCatalog::listJsonHasEveryField()
{
    const QJsonArray items = listJson(path(QStringLiteral("c.sqlite")));
    QVERIFY(items.size() >= 80);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        for (const char *key : {"id", "kind", "vendor", "model", "source", "confidence"})
            QVERIFY2(!item.value(QLatin1String(key)).toString().isEmpty(),
                     qPrintable(item.value(QStringLiteral("id")).toString() + QLatin1Char(' ')
                                + QLatin1String(key)));
        if (item.value(QStringLiteral("id")).toString() == QLatin1String("nvidia-h100-sxm5-80gb")) {
            QCOMPARE(item.value(QStringLiteral("memory_bytes")).toDouble(), 80e9);
            QCOMPARE(item.value(QStringLiteral("dense_bf16_flops_per_second")).toDouble(),
                     989.4e12);
            QCOMPARE(item.value(QStringLiteral("scale_up_domain_size")).toInt(), 8);
            QCOMPARE(item.value(QStringLiteral("price")).toString(), QStringLiteral("27500.00"));
        }
    }
}

void tst_CliCatalog::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrPattern");
    QTest::newRow("no action") << QStringList {QStringLiteral("catalog")} << "Name an action";
    QTest::newRow("unknown action")
        << QStringList {QStringLiteral("catalog"), QStringLiteral("lst")} << "Unknown action 'lst'";
    QTest::newRow("unknown kind") << QStringList {
        QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--kind"),
        QStringLiteral("toaster")} << "Unknown kind 'toaster': use one of gpu_server, accelerator";
    QTest::newRow("import without a file")
        << QStringList {QStringLiteral("catalog"), QStringLiteral("import")} << "exactly one file";
    QTest::newRow("dry run with list")
        << QStringList {QStringLiteral("catalog"), QStringLiteral("list"),
                        QStringLiteral("--dry-run")}
        << "--dry-run goes with 'import'";
    QTest::newRow("export to an unknown format")
        << QStringList {QStringLiteral("catalog"), QStringLiteral("export"),
                        QStringLiteral("x.xlsx")}
        << "name it .csv or .json";
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("catalog"), QStringLiteral("--bogus")}
        << "headroom catalog --help";
}

void tst_CliCatalog::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrPattern);
    const Result result = headroom(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(stderrPattern), qPrintable(result.err));
    // A command line that is wrong never creates a catalog.
    QVERIFY(!QFile::exists(path(QStringLiteral("data/Headroom/Headroom/catalog.sqlite"))));
}

void tst_CliCatalog::helpDocumentsTheActions()
{
    const Result result = headroom({QStringLiteral("catalog"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *text :
         {"Usage: headroom catalog [options] list | import FILE | export FILE", "--kind <kind>",
          "--json", "--dry-run", "--catalog <path>", "all or nothing", "reported on stderr"})
        QVERIFY2(result.out.contains(QLatin1String(text)), text);
    const Result top = headroom({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QStringLiteral("\n  catalog ")));
}

void tst_CliCatalog::exportThenImportIsLossless_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("CSV") << "catalog.csv";
    QTest::newRow("JSON") << "catalog.json";
}

void tst_CliCatalog::exportThenImportIsLossless()
{
    QFETCH(QString, file);
    const QString source = path(QStringLiteral("source.sqlite"));
    const Result exported =
        headroom({QStringLiteral("--catalog"), source, QStringLiteral("catalog"),
                  QStringLiteral("export"), path(file)});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QStringLiteral("Exported 81 item")));

    // Into a catalog without those items: a new, empty one made by importing into a copy
    // whose items are all replaced is not empty, so build one with nothing in it first.
    const QString target = path(QStringLiteral("target.sqlite"));
    const Result imported =
        headroom({QStringLiteral("--catalog"), target, QStringLiteral("catalog"),
                  QStringLiteral("import"), path(file)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("81 unchanged")), qPrintable(imported.out));
    QCOMPARE(listJson(target), listJson(source));

    const Result again =
        headroom({QStringLiteral("--catalog"), target, QStringLiteral("catalog"),
                  QStringLiteral("export"), path(QStringLiteral("again-") + file)});
    QCOMPARE(again.exitCode, 0);
    QFile a(path(file));
    QFile b(path(QStringLiteral("again-") + file));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void tst_CliCatalog::rejectedImportReportsRowsAndChangesNothing()
{
    const QString catalog = path(QStringLiteral("c.sqlite"));
    QCOMPARE(headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                       QStringLiteral("list")})
                 .exitCode,
             0);
    const QByteArray before = HeadroomTest::sha256(catalog);
    QFile file(path(QStringLiteral("bad.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,kind,vendor,model,power_max_watts,source,confidence\n"
               "ok-rack,rack,Acme,R1,,sheet,high\n"
               "bad-server,gpu_server,Acme,S1,-300,sheet,high\n"
               "bad-kind,toaster,Acme,T1,,sheet,high\n");
    file.close();
    const Result result = headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                                    QStringLiteral("import"), file.fileName()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(
                 QStringLiteral("row 3, column power_max_watts: power must not be negative")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("row 4, column kind: unknown kind 'toaster'")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Nothing was imported: 2 problem")));
    QCOMPARE(HeadroomTest::sha256(catalog), before);
}

void tst_CliCatalog::dryRunShowsActionsAndChangesNothing()
{
    const QString catalog = path(QStringLiteral("c.sqlite"));
    QCOMPARE(headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                       QStringLiteral("list")})
                 .exitCode,
             0);
    const QByteArray before = HeadroomTest::sha256(catalog);
    QFile file(path(QStringLiteral("new.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"id": "acme-r1", "kind": "rack", "vendor": "Acme", "model": "R1",
                    "rack_units": 48, "max_load_kg": 1500, "source": "sheet", "confidence": "high"}])");
    file.close();
    const Result result =
        headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                  QStringLiteral("import"), file.fileName(), QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("item 1: add acme-r1")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("the catalog was not changed")));
    QCOMPARE(HeadroomTest::sha256(catalog), before);
}

void tst_CliCatalog::importAddsAndReplaces()
{
    const QString catalog = path(QStringLiteral("c.sqlite"));
    QFile file(path(QStringLiteral("update.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "\xef\xbb\xbfid,kind,vendor,model,rack_units,max_load_kg,source,confidence\r\n"
        "acme-r1,rack,Acme,\"R1, 48U\",48,1500,sheet,high\r\n"
        "apc-netshelter-sx-ar3100,rack,APC,NetShelter SX AR3100,42,1650,re-measured,medium\r\n");
    file.close();
    const Result result = headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                                    QStringLiteral("import"), file.fileName()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("1 new, 1 replaced, 0 unchanged")),
             qPrintable(result.out));
    const Result racks =
        headroom({QStringLiteral("--catalog"), catalog, QStringLiteral("catalog"),
                  QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("rack")});
    QVERIFY(racks.out.contains(QStringLiteral("Acme R1, 48U")));
    // Untouched columns keep their values; the C locale may or may not group digits.
    QVERIFY2(QRegularExpression(QStringLiteral("apc-netshelter-sx-ar3100 .*42U, Width 600 mm, "
                                               "Depth 1.?070 mm, Maximum load 1.?650 kg"))
                 .match(racks.out)
                 .hasMatch(),
             qPrintable(racks.out));
}

void tst_CliCatalog::catalogOptionAfterTheSubcommand()
{
    const QString catalog = path(QStringLiteral("after.sqlite"));
    const Result result = headroom(
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--catalog"), catalog});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(catalog));
    QVERIFY(!QFile::exists(path(QStringLiteral("data/Headroom/Headroom/catalog.sqlite"))));
}

void tst_CliCatalog::catalogBenchmarkIsListed()
{
    // Running it takes tens of seconds (100,000 items); its figures are in the report,
    // made with `headroom bench catalog`.
    const Result result = headroom({QStringLiteral("bench"), QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains(QStringLiteral("\ncatalog\tOpens a generated 100,000-item catalog")),
        qPrintable(result.out));
}

QTEST_GUILESS_MAIN(tst_CliCatalog)
#include "tst_cli_catalog.moc"
