#include "app/cli/validatecommand.h"

#include "app/cli/commandcatalog.h"
#include "model/capacity/referencevalidator.h"
#include "model/catalog/catalogdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

QString ValidateCommand::summary() const
{
    return tr("Compare estimates with published (or your own measured) training and inference "
              "runs.");
}

QString ValidateCommand::helpDescription() const
{
    return summary() + QLatin1String("\n\n")
        + tr("FILE.csv has the columns of Headroom's reference runs. Training runs: id, model, "
             "params_total_B, params_active_B, tokens_B, gpu_type, gpu_count, precision, "
             "reported_gpu_hours, reported_throughput. Inference runs: id, model, params_B, "
             "precision, gpu_type, gpu_count, parallelism, scenario, input_tokens, "
             "output_tokens, batch_or_concurrency, throughput_out_tokens_per_s_system, "
             "throughput_out_tokens_per_s_per_gpu, requests_per_s, ttft_ms, tpot_or_itl_ms. "
             "gpu_type is looked up in the catalog; other columns are ignored.\n\n"
             "Prints one line per published figure (published, predicted, error) and the "
             "median absolute error per metric; rows that cannot be rebuilt are listed with "
             "the field that stopped them. --json writes rows, comparisons and medians as "
             "JSON.");
}

int ValidateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write JSON to stdout."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(tr("file"), tr("A CSV file of training or inference runs."),
                                 tr("FILE.csv"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.err << tr("headroom validate needs one CSV file.") << '\n';
        return ExitUsage;
    }
    QFile in(files.first());
    if (!in.open(QIODevice::ReadOnly)) {
        context.err << tr("Could not read '%1': %2").arg(files.first(), in.errorString()) << '\n';
        return ExitFailure;
    }

    CatalogDatabase catalog;
    const CatalogResult opened = openCommandCatalog(&catalog, context.globals);
    if (!opened.ok()) {
        context.err << opened.errorText << '\n';
        return ExitFailure;
    }
    const ValidationReport report =
        ReferenceValidator::validate(in.readAll(), catalog.accelerators());
    if (!report.errorText.isEmpty())
        context.err << files.first() << ": " << report.errorText << '\n';
    if (parser.isSet(jsonOption))
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else if (!report.rows.isEmpty())
        context.out << report.toText();
    // A file that could not be read (or only partly) failed; missed accuracy targets are
    // findings, shown in the table, not failures of the command.
    return report.errorText.isEmpty() ? ExitOk : ExitFailure;
}
