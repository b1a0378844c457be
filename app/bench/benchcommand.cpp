#include "app/bench/benchcommand.h"

#include "app/bench/benchmark.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

QString BenchCommand::summary() const
{
    return tr("Measure how fast Headroom is (medians over repeated runs).");
}

int BenchCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        tr("Repeat each measurement <n> times."), tr("n"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write JSON to stdout."));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the benchmarks."));
    parser.addOptions({runsOption, jsonOption, listOption});
    parser.addPositionalArgument(tr("name"), tr("Benchmarks to run (default: all)."),
                                 tr("[name...]"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;

    // Benchmarks build windows and data of their own; they must never read or write the
    // user's settings, catalog or recovery files.
    QStandardPaths::setTestModeEnabled(true);

    const auto benchmarks = createBenchmarks();
    if (parser.isSet(listOption)) {
        for (const auto &benchmark : benchmarks)
            context.out << benchmark->name() << '\t' << benchmark->description() << '\n';
        return ExitOk;
    }

    BenchOptions options;
    options.globals = context.globals;
    if (parser.isSet(runsOption)) {
        bool ok = false;
        options.runs = parser.value(runsOption).toInt(&ok);
        if (!ok || options.runs < 1) {
            context.err << tr("--runs needs a whole number of at least 1, not '%1'.")
                               .arg(parser.value(runsOption))
                        << '\n';
            return ExitUsage;
        }
    }

    QStringList names = parser.positionalArguments();
    for (const QString &wanted : std::as_const(names)) {
        const bool known = std::any_of(benchmarks.begin(), benchmarks.end(),
                                       [&](const auto &b) { return b->name() == wanted; });
        if (!known) {
            context.err << tr("Unknown benchmark '%1'. Run 'headroom bench --list'.").arg(wanted)
                        << '\n';
            return ExitUsage;
        }
    }

    QJsonArray jsonBenchmarks;
    for (const auto &benchmark : benchmarks) {
        if (!names.isEmpty() && !names.contains(benchmark->name()))
            continue;
        const QList<Measurement> measurements = benchmark->run(options);
        QJsonArray jsonMeasurements;
        for (const Measurement &m : measurements) {
            if (parser.isSet(jsonOption)) {
                jsonMeasurements.append(QJsonObject {
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("unit"), m.unit},
                    {QStringLiteral("runs"), static_cast<int>(m.samples.size())},
                    {QStringLiteral("median"), m.median()},
                    {QStringLiteral("min"), m.min()},
                    {QStringLiteral("max"), m.max()},
                });
            } else {
                context.out << QStringLiteral("%1  %2  median %3 %4  (min %5, max %6, runs %7)\n")
                                   .arg(benchmark->name(), m.name)
                                   .arg(m.median(), 0, 'f', 3)
                                   .arg(m.unit)
                                   .arg(m.min(), 0, 'f', 3)
                                   .arg(m.max(), 0, 'f', 3)
                                   .arg(m.samples.size());
                context.out.flush();
            }
        }
        jsonBenchmarks.append(QJsonObject {{QStringLiteral("name"), benchmark->name()},
                                           {QStringLiteral("measurements"), jsonMeasurements}});
    }
    if (parser.isSet(jsonOption)) {
        context.out << QJsonDocument(QJsonObject {{QStringLiteral("benchmarks"), jsonBenchmarks}})
                           .toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}
