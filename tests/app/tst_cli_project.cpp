#include "support/headroomprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `headroom sample` and `headroom project info` through the real executable, as a
// user's script would run them: exit codes, stdout, stderr and the JSON's keys.
class tst_CliProject : public QObject
{
    Q_OBJECT

private slots:
    void sampleThenInfo();
    void jsonHasTheDocumentedKeys();
    void brokenLimitsAreListed();
    void itemsWithoutPowerAreCounted();
    void workloadsAndHeadroomAreListed();
    void usageAndFailures_data();
    void usageAndFailures();

private:
    static HeadroomTest::ProcessResult headroom(const QStringList &arguments)
    {
        return HeadroomTest::runHeadroom(arguments);
    }
    QTemporaryDir m_dir;
};

void tst_CliProject::sampleThenInfo()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.headroom"));
    HeadroomTest::ProcessResult r = headroom({QStringLiteral("sample"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    QVERIFY(r.out.contains(QStringLiteral("sample.headroom")));

    // A second run would overwrite: refused unless asked.
    r = headroom({QStringLiteral("sample"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    r = headroom({QStringLiteral("sample"), path, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);

    r = headroom({QStringLiteral("project"), QStringLiteral("info"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("sample.headroom: 4 racks in 2 rows\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("  Training 1 (Row A): 32 of 42 U, 30 kW typical / "
                                           "40.8 kW maximum")),
             qPrintable(r.out));
}

void tst_CliProject::jsonHasTheDocumentedKeys()
{
    const QString path = m_dir.filePath(QStringLiteral("keys.headroom"));
    QCOMPARE(headroom({QStringLiteral("sample"), path}).exitCode, 0);
    const HeadroomTest::ProcessResult r = headroom(
        {QStringLiteral("project"), QStringLiteral("info"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 3);
    const QJsonArray racks = json.value(QStringLiteral("racks")).toArray();
    QCOMPARE(racks.size(), 4);
    for (const QJsonValue &value : racks) {
        const QJsonObject rack = value.toObject();
        for (const char *key : {"name", "rack_type", "u_total", "u_used", "power_typical_w",
                                "power_max_w", "power_budget_w", "weight_kg", "weight_limit_kg",
                                "cooling", "placements", "broken_limits"})
            QVERIFY2(rack.contains(QLatin1String(key)), key);
        QVERIFY(rack.value(QStringLiteral("broken_limits")).toArray().isEmpty());
    }
    // The first rack, worked out from the catalog rows: 4 x DGX H100 (8U, 7.5 kW typical,
    // 10.2 kW max, 130.45 kg) in an APC AR3300 (42U, 1,701 kg) on rear-door cooling, two
    // 415 V 60 A circuits per feed, A and B: 0.8 x 2 x 2 x 43.13 kW = 138.0 kW.
    const QJsonObject first = racks.first().toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Training 1"));
    QCOMPARE(first.value(QStringLiteral("rack_type")).toString(),
             QStringLiteral("apc-netshelter-sx-ar3300"));
    QCOMPARE(first.value(QStringLiteral("u_total")).toInt(), 42);
    QCOMPARE(first.value(QStringLiteral("u_used")).toInt(), 32);
    QCOMPARE(first.value(QStringLiteral("power_typical_w")).toDouble(), 30000.0);
    QCOMPARE(first.value(QStringLiteral("power_max_w")).toDouble(), 40800.0);
    QCOMPARE(qRound(first.value(QStringLiteral("power_budget_w")).toDouble()), 138010);
    QCOMPARE(first.value(QStringLiteral("weight_kg")).toDouble(), 521.8);
    QCOMPARE(first.value(QStringLiteral("weight_limit_kg")).toDouble(), 1701.0);
    QCOMPARE(first.value(QStringLiteral("cooling")).toString(), QStringLiteral("rear_door"));
    // The four side PDUs (APDU11450ME) have no weight in the catalog: said, not hidden.
    QCOMPARE(first.value(QStringLiteral("weight_unknown_items")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("power_unknown_items")).toInt(), 0);
    // Training 2's four HPE XD670 have no published weight either.
    QCOMPARE(racks.at(1).toObject().value(QStringLiteral("weight_unknown_items")).toInt(), 8);
    const QJsonObject placement =
        first.value(QStringLiteral("placements")).toArray().first().toObject();
    QCOMPARE(placement.value(QStringLiteral("item")).toString(), QStringLiteral("nvidia-dgx-h100"));
    QCOMPARE(placement.value(QStringLiteral("position_u")).toInt(), 3);
    QCOMPARE(placement.value(QStringLiteral("face")).toString(), QStringLiteral("front"));
    QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("racks")).toInt(),
             4);
}

void tst_CliProject::workloadsAndHeadroomAreListed()
{
    const QString path = m_dir.filePath(QStringLiteral("headroom.headroom"));
    QCOMPARE(headroom({QStringLiteral("sample"), path, QStringLiteral("--force")}).exitCode, 0);
    HeadroomTest::ProcessResult r = headroom(
        {QStringLiteral("project"), QStringLiteral("info"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();

    // The sample's fine-tuning job on both training racks, its chat service on the L40S rack.
    const QJsonArray workloads = json.value(QStringLiteral("workloads")).toArray();
    QCOMPARE(workloads.size(), 2);
    const QJsonObject training = workloads.at(0).toObject();
    QCOMPARE(training.value(QStringLiteral("kind")).toString(), QStringLiteral("training"));
    QCOMPARE(training.value(QStringLiteral("model")).toString(), QStringLiteral("Llama 3.1 70B"));
    QCOMPARE(training.value(QStringLiteral("gpus")).toInt(), 64);
    QCOMPARE(training.value(QStringLiteral("servers")).toInt(), 8);
    QCOMPARE(training.value(QStringLiteral("accelerator")).toString(),
             QStringLiteral("nvidia-h100-sxm5-80gb"));
    QCOMPARE(training.value(QStringLiteral("training"))
                 .toObject()
                 .value(QStringLiteral("tokens"))
                 .toDouble(),
             20e9);
    const QJsonObject inference = workloads.at(1).toObject();
    QCOMPARE(inference.value(QStringLiteral("kind")).toString(), QStringLiteral("inference"));
    QCOMPARE(inference.value(QStringLiteral("gpus")).toInt(), 32);
    QCOMPARE(inference.value(QStringLiteral("accelerator")).toString(),
             QStringLiteral("nvidia-l40s"));
    QVERIFY(inference.value(QStringLiteral("gpus_needed")).toDouble() > 0.0);
    // The sample's chat service is asked for 40 req/s and its 32 L40S carry more than that
    // within its targets (TTFT 500 ms, TPOT 50 ms).
    QVERIFY(inference.value(QStringLiteral("requests_per_second_within_targets")).toDouble()
            > 40.0);
    QVERIFY(!training.contains(QStringLiteral("requests_per_second_within_targets")));

    const QJsonArray assignments = json.value(QStringLiteral("assignments")).toArray();
    QCOMPARE(assignments.size(), 16);
    for (const QJsonValue &value : assignments) {
        const QJsonObject a = value.toObject();
        for (const char *key : {"workload", "workload_name", "placement", "item", "rack", "row",
                                "position_u", "gpus"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        const bool trains =
            a.value(QStringLiteral("workload")) == training.value(QStringLiteral("id"));
        QCOMPARE(a.value(QStringLiteral("row")).toString(),
                 trains ? QStringLiteral("Row A") : QStringLiteral("Row B"));
    }

    // The keys, each {demand, capacity, headroom_fraction}.
    const QJsonObject hall = json.value(QStringLiteral("headroom")).toObject();
    for (const char *kind : {"training", "inference"}) {
        const QJsonObject entries = hall.value(QLatin1String(kind)).toObject();
        for (const char *key : {"compute", "memory", "storage", "network", "power", "latency"}) {
            const QJsonObject e = entries.value(QLatin1String(key)).toObject();
            QVERIFY2(e.contains(QStringLiteral("demand")) && e.contains(QStringLiteral("capacity"))
                         && e.contains(QStringLiteral("headroom_fraction")),
                     key);
            const double demand = e.value(QStringLiteral("demand")).toDouble();
            const double capacity = e.value(QStringLiteral("capacity")).toDouble();
            QVERIFY2(capacity > 0.0, key);
            QVERIFY2(qAbs(e.value(QStringLiteral("headroom_fraction")).toDouble()
                          - (1.0 - demand / capacity))
                         < 1e-9,
                     key);
        }
    }
    auto value = [&hall](const char *kind, const char *key, const char *field) {
        return hall.value(QLatin1String(kind))
            .toObject()
            .value(QLatin1String(key))
            .toObject()
            .value(QLatin1String(field))
            .toDouble();
    };
    // 64 H100 SXM5 at 989.4 TFLOP/s dense BF16, 80 GB each; 32 L40S at 362.05 TFLOP/s, 48 GB.
    QCOMPARE(value("training", "compute", "capacity"), 64 * 989.4e12);
    QCOMPARE(value("inference", "compute", "capacity"), 32 * 362.05e12);
    QCOMPARE(value("training", "memory", "capacity"), 64 * 80e9);
    QCOMPARE(value("inference", "memory", "capacity"), 32 * 48e9);
    // The deadline: 7 days.
    QCOMPARE(value("training", "latency", "capacity"), 7 * 86400.0);
    // The training servers draw 4 x 7.5 kW (DGX H100) + 4 x 8 kW (XD670) typical. Power left
    // to training: Training 1's 60 kW rear-door ceiling (below its 138 kW budget), Training
    // 2's 120 kW of direct liquid, and what the air-cooled racks of row B (30 kW each) have
    // left after the inference servers and the storage and network gear.
    QCOMPARE(value("training", "power", "demand"), 62000.0);
    const QJsonArray racks = json.value(QStringLiteral("racks")).toArray();
    const double storageRack =
        racks.at(3).toObject().value(QStringLiteral("power_typical_w")).toDouble();
    QCOMPARE(value("training", "power", "capacity"),
             60000.0 + 120000.0 + (30000.0 - 8 * 2000.0) + (30000.0 - storageRack));
    QCOMPARE(value("inference", "power", "demand"), 8 * 2000.0);
    // Every rack and row says its own.
    QVERIFY(racks.at(0)
                .toObject()
                .value(QStringLiteral("headroom"))
                .toObject()
                .contains(QStringLiteral("training")));
    QVERIFY(json.value(QStringLiteral("rows"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("headroom"))
                .toObject()
                .contains(QStringLiteral("inference")));

    r = headroom({QStringLiteral("project"), QStringLiteral("info"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("\n2 workloads:\n  Fine-tune Llama 3.1 70B on 20B "
                                           "tokens in 7 days (Training job, Llama 3.1 70B, 20B "
                                           "tokens in 7 days): 64 GPUs, Latency ")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\nHeadroom in the hall:\n  Compute: training ")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n  Power and cooling: training 62 kW of ")),
             qPrintable(r.out));
}

void tst_CliProject::itemsWithoutPowerAreCounted()
{
    // One switch without power figures: the text says the power above leaves it out.
    const QString fixture = QFINDTESTDATA("fixtures/project-unknown-power.headroom");
    QVERIFY(!fixture.isEmpty());
    HeadroomTest::ProcessResult r =
        headroom({QStringLiteral("project"), QStringLiteral("info"), fixture});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("    1 item without a power figure in the catalog\n")),
             qPrintable(r.out));
}

void tst_CliProject::brokenLimitsAreListed()
{
    // A rack on one 20 kW feed (16 kW after the 80 % derating) with two 10.2 kW servers
    // and a 1.7 kW switch: 22.1 kW, 38 % over its power budget.
    const QString fixture = QFINDTESTDATA("fixtures/project-over-limit.headroom");
    QVERIFY(!fixture.isEmpty());
    HeadroomTest::ProcessResult r = headroom(
        {QStringLiteral("project"), QStringLiteral("info"), fixture, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 1);
    const QJsonObject rack = json.value(QStringLiteral("racks")).toArray().first().toObject();
    QCOMPARE(rack.value(QStringLiteral("power_budget_w")).toDouble(), 16000.0);
    QCOMPARE(rack.value(QStringLiteral("power_max_w")).toDouble(), 22100.0);
    const QJsonArray broken = rack.value(QStringLiteral("broken_limits")).toArray();
    QCOMPARE(broken.size(), 1);
    const QJsonObject limit = broken.first().toObject();
    QCOMPARE(limit.value(QStringLiteral("limit")).toString(), QStringLiteral("power"));
    QCOMPARE(limit.value(QStringLiteral("value")).toDouble(), 22100.0);
    QCOMPARE(limit.value(QStringLiteral("allowed")).toDouble(), 16000.0);
    QCOMPARE(limit.value(QStringLiteral("message")).toString(),
             QStringLiteral("exceeds rack power: 22.1 kW of 16 kW"));
    QCOMPARE(json.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("racks_over_limit"))
                 .toInt(),
             1);

    r = headroom({QStringLiteral("project"), QStringLiteral("info"), fixture});
    QVERIFY2(r.out.contains(QStringLiteral("\n    ! exceeds rack power: 22.1 kW of 16 kW\n")),
             qPrintable(r.out));
}

void tst_CliProject::usageAndFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern");
    QTest::addColumn<QString>("stderrPattern");
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.headroom"));
    QFile file(damaged);
    if (file.open(QIODevice::WriteOnly))
        file.write("SQLite format 3\0 and then nothing useful", 40);

    QTest::newRow("help lists the new subcommands")
        << QStringList {QStringLiteral("--help")} << 0
        << QStringLiteral("(?s)Subcommands:\\n.*\\n  sample .*\\n  project .*\\n  bench ")
        << QStringLiteral("^$");
    QTest::newRow("project help documents the JSON")
        << QStringList {QStringLiteral("project"), QStringLiteral("--help")} << 0
        << QStringLiteral("(?s)^Usage: headroom project .*power_budget_w.*broken_limits")
        << QStringLiteral("^$");
    QTest::newRow("project help documents the headroom JSON")
        << QStringList {QStringLiteral("project"), QStringLiteral("--help")} << 0
        << QStringLiteral("(?s)\"workloads\".*\"assignments\".*\"headroom\".*\"training\".*"
                          "\"inference\".*\"compute\".*\"memory\".*\"storage\".*"
                          "\"network\".*\"power\".*\"latency\".*demand, capacity,\\s+"
                          "headroom_fraction")
        << QStringLiteral("^$");
    QTest::newRow("sample help") << QStringList {QStringLiteral("sample"), QStringLiteral("--help")}
                                 << 0 << QStringLiteral("(?s)^Usage: headroom sample .*--force")
                                 << QStringLiteral("^$");
    QTest::newRow("sample without a file")
        << QStringList {QStringLiteral("sample")} << 2 << QStringLiteral("^$")
        << QStringLiteral("exactly one file");
    QTest::newRow("project without an action")
        << QStringList {QStringLiteral("project")} << 2 << QStringLiteral("^$")
        << QStringLiteral("headroom project info");
    QTest::newRow("unknown action")
        << QStringList {QStringLiteral("project"), QStringLiteral("grow"), damaged} << 2
        << QStringLiteral("^$") << QStringLiteral("headroom project info");
    QTest::newRow("missing file") << QStringList {QStringLiteral("project"), QStringLiteral("info"),
                                                  m_dir.filePath(QStringLiteral("none.headroom"))}
                                  << 1 << QStringLiteral("^$")
                                  << QStringLiteral(
                                         "Cannot open none.headroom: the file does not exist.");
    QTest::newRow("damaged file") << QStringList {QStringLiteral("project"), QStringLiteral("info"),
                                                  damaged, QStringLiteral("--json")}
                                  << 1 << QStringLiteral("^$")
                                  << QStringLiteral(
                                         "Cannot open damaged.headroom: the file is damaged");
    QTest::newRow("bench lists layout")
        << QStringList {QStringLiteral("bench"), QStringLiteral("--list")} << 0
        << QStringLiteral("(?m)^layout\\t") << QStringLiteral("^$");
}

void tst_CliProject::usageAndFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    QFETCH(QString, stderrPattern);
    const HeadroomTest::ProcessResult result = headroom(arguments);
    QVERIFY2(
        result.exitCode == exitCode,
        qPrintable(QStringLiteral("exit %1, stderr: %2").arg(result.exitCode).arg(result.err)));
    QVERIFY2(QRegularExpression(stdoutPattern).match(result.out).hasMatch(),
             qPrintable(result.out));
    QVERIFY2(QRegularExpression(stderrPattern).match(result.err).hasMatch(),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CliProject)
#include "tst_cli_project.moc"
