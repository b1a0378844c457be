#include "support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `headroom validate` through the real executable, on the public reference runs copied
// under tests/fixtures/reference, and on files it must refuse.
class tst_CliValidate : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void trainingTable();
    void inferenceJson();
    void badFiles_data();
    void badFiles();
};

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(HEADROOM_FIXTURES_DIR "/reference/") + QLatin1String(name);
}
} // namespace

void tst_CliValidate::help()
{
    const auto r =
        HeadroomTest::runHeadroom({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: headroom validate")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("reported_gpu_hours")));
    QVERIFY(r.out.contains(QStringLiteral("--json")));
}

void tst_CliValidate::trainingTable()
{
    const auto r =
        HeadroomTest::runHeadroom({QStringLiteral("validate"), fixture("training_runs.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    // One line per published figure, then the medians against the targets.
    QVERIFY(r.out.startsWith(QStringLiteral("id ")));
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("\\nT05-70B +Llama 2 70B +NVIDIA A100 SXM4 80GB +gpu_hours "))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression(
        QStringLiteral("\\n  gpu_hours +[0-9.]+% over 10 rows  target 15%: met"))));
}

void tst_CliValidate::inferenceJson()
{
    const auto r = HeadroomTest::runHeadroom(
        {QStringLiteral("validate"), QStringLiteral("--json"), fixture("inference_runs.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 25);
    const QJsonObject medians = json.value(QStringLiteral("medians")).toObject();
    for (const char *metric : {"output_tokens_per_s", "ttft_ms", "tpot_ms"}) {
        const QJsonObject m = medians.value(QLatin1String(metric)).toObject();
        QVERIFY2(m.value(QStringLiteral("met")).toBool(), metric);
        QCOMPARE(m.value(QStringLiteral("target")).toDouble(), 0.25);
    }
    // The MLPerf rows state a dataset, not a prompt length: skipped, with the field named.
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("I01"));
    QVERIFY(first.value(QStringLiteral("skipped"))
                .toString()
                .startsWith(QStringLiteral("input_tokens")));
}

void tst_CliValidate::badFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content"); // written to a file appended to the arguments
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList {QStringLiteral("validate")} << QByteArray() << 2
                             << QStringLiteral("needs one CSV file");
    QTest::newRow("missing file") << QStringList {QStringLiteral("validate"),
                                                  QStringLiteral("/nonexistent/runs.csv")}
                                  << QByteArray() << 1
                                  << QStringLiteral("Could not read '/nonexistent/runs.csv'");
    QTest::newRow("not a runs table")
        << QStringList {QStringLiteral("validate")} << QByteArray("name,price\nx,1\n") << 1
        << QStringLiteral("Line 1: the header has neither");
    QTest::newRow("broken quote keeps earlier rows")
        << QStringList {QStringLiteral("validate")}
        << QByteArray("id,model,params_total_B,tokens_B,gpu_type,reported_gpu_hours,precision\n"
                      "x,Llama 2 7B,,2000,A100 SXM4 80GB,184320,BF16\n"
                      "y,\"Llama 2 13B,,2000\n")
        << 1 << QStringLiteral("Line 3:");
}

void tst_CliValidate::badFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (!content.isEmpty()) {
        QFile file(dir.filePath(QStringLiteral("runs.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        arguments << file.fileName();
    }
    const auto r = HeadroomTest::runHeadroom(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliValidate)
#include "tst_cli_validate.moc"
