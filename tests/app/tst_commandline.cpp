#include "app/cli/commandline.h"

#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Mode)

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void helpListsSubcommands();
};

void tst_CommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Mode>("mode");
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<QStringList>("subcommandArguments");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<QString>("language");

    using M = CommandLine::Mode;
    const QString exe = QStringLiteral("headroom");
    QTest::newRow("no arguments opens the window")
        << QStringList {exe} << M::Window << QString() << QStringList() << QStringList()
        << QString() << QString();
    QTest::newRow("a file opens in the window")
        << QStringList {exe, QStringLiteral("hall.headroom")} << M::Window << QString()
        << QStringList() << QStringList {QStringLiteral("hall.headroom")} << QString() << QString();
    QTest::newRow("version") << QStringList {exe, QStringLiteral("--version")} << M::Version
                             << QString() << QStringList() << QStringList() << QString()
                             << QString();
    QTest::newRow("help") << QStringList {exe, QStringLiteral("-h")} << M::Help << QString()
                          << QStringList() << QStringList() << QString() << QString();
    QTest::newRow("subcommand keeps its own options")
        << QStringList {exe, QStringLiteral("bench"), QStringLiteral("--runs"), QStringLiteral("3")}
        << M::Subcommand << QStringLiteral("bench")
        << QStringList {QStringLiteral("headroom bench"), QStringLiteral("--runs"),
                        QStringLiteral("3")}
        << QStringList() << QString() << QString();
    QTest::newRow("subcommand help goes to the subcommand")
        << QStringList {exe, QStringLiteral("bench"), QStringLiteral("--help")} << M::Subcommand
        << QStringLiteral("bench")
        << QStringList {QStringLiteral("headroom bench"), QStringLiteral("--help")} << QStringList()
        << QString() << QString();
    QTest::newRow("help before a subcommand asks for its help")
        << QStringList {exe, QStringLiteral("--help"), QStringLiteral("bench")} << M::Subcommand
        << QStringLiteral("bench")
        << QStringList {QStringLiteral("headroom bench"), QStringLiteral("--help")} << QStringList()
        << QString() << QString();
    QTest::newRow("global options before the subcommand")
        << QStringList {exe, QStringLiteral("--catalog"), QStringLiteral("/data/lab.db"),
                        QStringLiteral("--language=de"), QStringLiteral("bench")}
        << M::Subcommand << QStringLiteral("bench")
        << QStringList {QStringLiteral("headroom bench")} << QStringList()
        << QStringLiteral("/data/lab.db") << QStringLiteral("de");
    QTest::newRow("mistyped subcommand")
        << QStringList {exe, QStringLiteral("bnech")} << M::Error << QString() << QStringList()
        << QStringList() << QString() << QString();
    QTest::newRow("unknown option")
        << QStringList {exe, QStringLiteral("--bogus")} << M::Error << QString() << QStringList()
        << QStringList() << QString() << QString();
    QTest::newRow("missing option value")
        << QStringList {exe, QStringLiteral("--catalog")} << M::Error << QString() << QStringList()
        << QStringList() << QString() << QString();
}

void tst_CommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Mode, mode);
    QFETCH(QString, subcommand);
    QFETCH(QStringList, subcommandArguments);
    QFETCH(QStringList, files);
    QFETCH(QString, catalog);
    QFETCH(QString, language);

    const CommandLine parsed = CommandLine::parse(arguments, {QStringLiteral("bench")});
    QCOMPARE(parsed.mode, mode);
    QCOMPARE(parsed.subcommand, subcommand);
    QCOMPARE(parsed.subcommandArguments, subcommandArguments);
    QCOMPARE(parsed.files, files);
    QCOMPARE(parsed.globals.catalogPath, catalog);
    QCOMPARE(parsed.globals.language, language);
    if (mode == CommandLine::Mode::Error)
        QVERIFY2(!parsed.errorText.isEmpty(), "an error must say what went wrong");
}

void tst_CommandLine::helpListsSubcommands()
{
    const QString help =
        CommandLine::helpText({{QStringLiteral("bench"), QStringLiteral("Measure")},
                               {QStringLiteral("estimate"), QStringLiteral("Size")}});
    QVERIFY(help.startsWith(QStringLiteral("Usage: headroom ")));
    QVERIFY(help.contains(QStringLiteral("--catalog <path>")));
    QVERIFY(help.contains(QStringLiteral("--language <language>")));
    QVERIFY(help.contains(QStringLiteral("  bench     Measure\n")));
    QVERIFY(help.contains(QStringLiteral("  estimate  Size\n")));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
