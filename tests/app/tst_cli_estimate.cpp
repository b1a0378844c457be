#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogitem.h"
#include "support/acceleratorfixture.h"
#include "support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `headroom estimate` through the real executable: the issue's example, standard input,
// every catalog accelerator by name, --catalog, and bad input that must exit 1 with a
// message naming the field.
class tst_CliEstimate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void issueExample();
    void standardInput();
    void everyAcceleratorCanBeNamed_data();
    void everyAcceleratorCanBeNamed();
    void badInput_data();
    void badInput();
    void catalogOption();

private:
    QTemporaryDir m_dir;
};

// The example input of issue 3, verbatim.
static QString issueExamplePath()
{
    return QStringLiteral(HEADROOM_FIXTURES_DIR "/estimate/issue-example.json");
}

void tst_CliEstimate::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CliEstimate::help()
{
    const auto r =
        HeadroomTest::runHeadroom({QStringLiteral("estimate"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: headroom estimate")), qPrintable(r.out));
    for (const char *documented : {"ttft_slo_ms", "tpot_slo_ms", "concurrency", "gpus_needed",
                                   "memory_per_gpu_bytes", "energy_mwh", "assumptions"})
        QVERIFY2(r.out.contains(QLatin1String(documented)), documented);
    const auto top = HeadroomTest::runHeadroom({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QStringLiteral("\n  estimate ")));
    QVERIFY(top.out.contains(QStringLiteral("\n  validate ")));
}

void tst_CliEstimate::issueExample()
{
    const auto r = HeadroomTest::runHeadroom({QStringLiteral("estimate"), issueExamplePath()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject training = out.value(QStringLiteral("training")).toObject();
    const QJsonObject gpuHours = training.value(QStringLiteral("gpu_hours")).toObject();
    QVERIFY(gpuHours.value(QStringLiteral("low")).toDouble()
            < gpuHours.value(QStringLiteral("value")).toDouble());
    QVERIFY(gpuHours.value(QStringLiteral("value")).toDouble()
            < gpuHours.value(QStringLiteral("high")).toDouble());
    // 8 GPUs cannot hold Llama 2 70B's 16 bytes per parameter of training state under
    // ZeRO-1: it says so, and how many would.
    QCOMPARE(training.value(QStringLiteral("fits")).toBool(), false);
    QVERIFY(training.value(QStringLiteral("min_gpus")).toInt() > 8);
    const QJsonObject inference = out.value(QStringLiteral("inference")).toObject();
    QCOMPARE(inference.value(QStringLiteral("fits")).toBool(), true);
    QVERIFY(inference.value(QStringLiteral("tpot_ms"))
                .toObject()
                .value(QStringLiteral("value"))
                .toDouble()
            <= 200.0);
    QVERIFY(inference.value(QStringLiteral("gpus_needed")).toInt() >= 1);
    QCOMPARE(out.value(QStringLiteral("assumptions"))
                 .toObject()
                 .value(QStringLiteral("mfu"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             0.4);
}

void tst_CliEstimate::standardInput()
{
    const auto r = HeadroomTest::runHeadroom(
        {QStringLiteral("estimate"), QStringLiteral("-"), QStringLiteral("--compact")},
        HeadroomTest::fixtureFile(QStringLiteral("estimate/issue-example.json")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("inference")));
}

void tst_CliEstimate::everyAcceleratorCanBeNamed_data()
{
    // Every accelerator of the shared GPU tables (catalog_gpus.csv and gpu_specs.csv), V100
    // and H800 included, by the short names people use.
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("resolved");
    const auto row = [](const char *gpu, const char *resolved) {
        QTest::newRow(gpu) << QString::fromUtf8(gpu) << QString::fromUtf8(resolved);
    };
    row("V100", "NVIDIA V100 SXM2 32GB");
    row("A100 SXM4 40GB", "NVIDIA A100 SXM4 40GB");
    row("A100 SXM4 80GB", "NVIDIA A100 SXM4 80GB");
    row("A100 PCIe 40GB", "NVIDIA A100 PCIe 40GB");
    row("A100 PCIe 80GB", "NVIDIA A100 PCIe 80GB");
    row("A10", "NVIDIA A10");
    row("H100 SXM", "NVIDIA H100 SXM5 80GB");
    row("H100 PCIe", "NVIDIA H100 PCIe 80GB");
    row("H100 NVL", "NVIDIA H100 NVL 94GB");
    row("H200 SXM", "NVIDIA H200 SXM 141GB");
    row("H200 NVL", "NVIDIA H200 NVL 141GB");
    row("H800", "NVIDIA H800 SXM5 80GB");
    row("L40S", "NVIDIA L40S");
    row("L40", "NVIDIA L40");
    row("L4", "NVIDIA L4");
    row("B200", "NVIDIA B200 (HGX/DGX, per GPU)");
    row("GB200", "NVIDIA GB200 (per Blackwell GPU in NVL72)");
    row("MI300X", "AMD Instinct MI300X");
    row("MI325X", "AMD Instinct MI325X");
    row("Gaudi 3", "Intel Gaudi 3 (HL-325L OAM)");
}

void tst_CliEstimate::everyAcceleratorCanBeNamed()
{
    QFETCH(QString, gpu);
    QFETCH(QString, resolved);
    const QByteArray request = QStringLiteral(R"({"gpu": "%1", "gpus": 1, "model": "Llama 2 7B",
        "inference": {"precision": "fp16", "input_tokens": 512, "output_tokens": 128}})")
                                   .arg(gpu)
                                   .toUtf8();
    const auto r =
        HeadroomTest::runHeadroom({QStringLiteral("estimate"), QStringLiteral("-")}, request);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("gpu")).toString(), resolved);
    QVERIFY(
        out.value(QStringLiteral("inference")).toObject().value(QStringLiteral("fits")).toBool());
}

void tst_CliEstimate::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList fromStdin {QStringLiteral("estimate"), QStringLiteral("-")};
    QTest::newRow("no request") << QStringList {QStringLiteral("estimate")} << QByteArray() << 2
                                << QStringLiteral("needs one request file");
    QTest::newRow("missing file") << QStringList {QStringLiteral("estimate"),
                                                  QStringLiteral("/nonexistent/request.json")}
                                  << QByteArray() << 1
                                  << QStringLiteral("Could not read '/nonexistent/request.json'");
    QTest::newRow("not JSON") << fromStdin << QByteArray("gpu: H100") << 1
                              << QStringLiteral("The input is not valid JSON");
    QTest::newRow("ambiguous gpu")
        << fromStdin << QByteArray(R"({"gpu": "H100", "gpus": 8, "model": "Llama 2 70B",
                      "inference": {"input_tokens": 10, "output_tokens": 10}})")
        << 1 << QStringLiteral("gpu: The accelerator name 'H100' matches");
    QTest::newRow("field out of range")
        << fromStdin << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8, "model": "Llama 2 70B",
                      "inference": {"input_tokens": -5, "output_tokens": 10}})")
        << 1 << QStringLiteral("inference.input_tokens must be a whole number of at least 1");
    QTest::newRow("impossible parallelism")
        << fromStdin << QByteArray(R"({"gpu": "H100 SXM", "gpus": 16, "model": "Llama 2 70B",
                      "inference": {"input_tokens": 10, "output_tokens": 10, "tensor_parallel": 16}})")
        << 1
        << QStringLiteral("inference.tensor_parallel (16) must stay inside one scale-up domain");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("estimate"), QStringLiteral("--pretty"), QStringLiteral("-")}
        << QByteArray() << 2 << QStringLiteral("headroom estimate --help");
}

void tst_CliEstimate::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = HeadroomTest::runHeadroom(arguments, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void tst_CliEstimate::catalogOption()
{
    // A catalog holding one accelerator of its own.
    const QString path = m_dir.filePath(QStringLiteral("one.sqlite"));
    {
        CatalogDatabase db;
        QVERIFY(db.open(path).ok());
        CatalogItem item;
        item.id = QStringLiteral("acme-x1");
        item.kind = ItemKind::Accelerator;
        item.vendor = QStringLiteral("ACME");
        item.model = QStringLiteral("X1 96GB");
        item.accelerator.vendor = item.vendor;
        item.accelerator.model = item.model;
        item.accelerator.generation = QStringLiteral("Hopper");
        item.accelerator.memoryBytes = 96e9;
        item.accelerator.memoryBandwidthBytesPerSecond = 4e12;
        item.accelerator.densePeakFlopsPerSecond[int(Precision::Bf16)] = 1e15;
        item.accelerator.tdpWatts = 800;
        item.accelerator.scaleUpDomainSize = 8;
        item.source = QStringLiteral("test");
        const CatalogResult added = db.addItem(item);
        QVERIFY2(added.ok(), qPrintable(added.errorText));
    }
    const QByteArray request = R"({"gpu": "acme x1", "gpus": 1, "model": "Llama 2 7B",
        "inference": {"input_tokens": 100, "output_tokens": 100}})";
    const auto own = HeadroomTest::runHeadroom(
        {QStringLiteral("--catalog"), path, QStringLiteral("estimate"), QStringLiteral("-")},
        request);
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    QCOMPARE(
        QJsonDocument::fromJson(own.out.toUtf8()).object().value(QStringLiteral("gpu")).toString(),
        QStringLiteral("ACME X1 96GB"));

    // The shipped catalog does not know it; that catalog does not know the H100.
    const auto shipped =
        HeadroomTest::runHeadroom({QStringLiteral("estimate"), QStringLiteral("-")}, request);
    QCOMPARE(shipped.exitCode, 1);
    QVERIFY(shipped.err.contains(QStringLiteral("Unknown accelerator 'acme x1'")));
    const auto missing = HeadroomTest::runHeadroom(
        {QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("typo.sqlite")),
         QStringLiteral("estimate"), QStringLiteral("-")},
        request);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("typo.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_CliEstimate)
#include "tst_cli_estimate.moc"
