#include "support/headroomprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `headroom` executable as a user's script would: exit codes, stdout and
// stderr. No display: DISPLAY is unset and QT_QPA_PLATFORM asks for xcb, so a subcommand
// that did not pick the offscreen platform itself would fail here.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void benchWritesJson();

private:
    static HeadroomTest::ProcessResult headroom(const QStringList &arguments)
    {
        return HeadroomTest::runHeadroom(arguments);
    }
};

void tst_Cli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern");
    QTest::addColumn<QString>("stderrPattern");

    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0
                             << QStringLiteral("^Headroom \\d+\\.\\d+\\.\\d+\\n$")
                             << QStringLiteral("^$");
    QTest::newRow("help lists subcommands")
        << QStringList {QStringLiteral("--help")} << 0
        << QStringLiteral("(?s)^Usage: headroom .*--catalog <path>.*Subcommands:\\n  catalog .*\\n "
                          " bench .*Exit codes: 0 ")
        << QStringLiteral("^$");
    QTest::newRow("mistyped subcommand")
        << QStringList {QStringLiteral("bnech")} << 2 << QStringLiteral("^$")
        << QStringLiteral("Unknown subcommand 'bnech'");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")} << 2
                                    << QStringLiteral("^$") << QStringLiteral("bogus");
    QTest::newRow("subcommand help")
        << QStringList {QStringLiteral("bench"), QStringLiteral("--help")} << 0
        << QStringLiteral("^Usage: headroom bench \\[options\\]") << QStringLiteral("^$");
    QTest::newRow("bench list") << QStringList {QStringLiteral("bench"), QStringLiteral("--list")}
                                << 0 << QStringLiteral("(?m)^startup\\t") << QStringLiteral("^$");
    QTest::newRow("unknown benchmark")
        << QStringList {QStringLiteral("bench"), QStringLiteral("nosuch")} << 2
        << QStringLiteral("^$") << QStringLiteral("Unknown benchmark 'nosuch'");
    QTest::newRow("bad runs") << QStringList {QStringLiteral("bench"), QStringLiteral("--runs"),
                                              QStringLiteral("zero")}
                              << 2 << QStringLiteral("^$") << QStringLiteral("--runs");
    QTest::newRow("unknown subcommand option")
        << QStringList {QStringLiteral("bench"), QStringLiteral("--frobnicate")} << 2
        << QStringLiteral("^$") << QStringLiteral("headroom bench --help");
}

void tst_Cli::run()
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

void tst_Cli::benchWritesJson()
{
    const HeadroomTest::ProcessResult result =
        headroom({QStringLiteral("bench"), QStringLiteral("startup"), QStringLiteral("--runs"),
                  QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray benchmarks = json.object().value(QStringLiteral("benchmarks")).toArray();
    QCOMPARE(benchmarks.size(), 1);
    const QJsonObject startup = benchmarks.first().toObject();
    QCOMPARE(startup.value(QStringLiteral("name")).toString(), QStringLiteral("startup"));
    const QJsonObject paint =
        startup.value(QStringLiteral("measurements")).toArray().first().toObject();
    QCOMPARE(paint.value(QStringLiteral("name")).toString(), QStringLiteral("window_first_paint"));
    QCOMPARE(paint.value(QStringLiteral("runs")).toInt(), 2);
    QVERIFY(paint.value(QStringLiteral("median")).toDouble() > 0.0);
    QVERIFY(paint.value(QStringLiteral("min")).toDouble()
            <= paint.value(QStringLiteral("max")).toDouble());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
