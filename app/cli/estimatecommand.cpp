#include "app/cli/estimatecommand.h"

#include "app/cli/commandcatalog.h"
#include "model/capacity/assumptions.h"
#include "model/capacity/estimatejson.h"
#include "model/catalog/catalogdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

QString EstimateCommand::summary() const
{
    return tr("Estimate training and inference capacity for a model on an accelerator (JSON "
              "in, JSON out).");
}

QString EstimateCommand::helpDescription() const
{
    return summary() + QLatin1String("\n\n")
        + tr("Input, one JSON object:\n"
             "  gpu          accelerator name from the catalog: all of it or a unique part, "
             "with or without the vendor (\"H100 SXM\", \"MI300X\")\n"
             "  gpus         number of accelerators\n"
             "  gpus_per_server, server_overhead_watts   optional, for power (8, 2000)\n"
             "  model        a preset name (\"Llama 2 70B\") or an object with params, "
             "active_params, layers, hidden, heads, kv_heads, head_dim, vocab and optionally "
             "context_length, sliding_window, kv_lora_rank, qk_rope_head_dim, experts, "
             "experts_per_token\n"
             "  training     {tokens, precision, zero_stage (0-3, default 1), recompute "
             "(none, selective, full), micro_batch, sequence_length, tensor_parallel, "
             "pipeline_parallel}\n"
             "  inference    {precision, kv_cache_precision, input_tokens, output_tokens, "
             "concurrency (a number or \"max\"), request_rate, ttft_slo_ms, tpot_slo_ms, "
             "tensor_parallel}\n"
             "  assumptions  overrides by name: a number, or {value, low, high}\n"
             "At least one of training and inference. Precisions: fp32, tf32, bf16, fp16, "
             "fp8, int8, int4 (= fp4). null means not given.\n\n"
             "Output, one JSON object; every figure is {value, low, high, drivers}: the range "
             "its assumptions allow and the assumptions that move it most.\n"
             "  training     flops, gpu_hours, wall_hours, mfu, memory_per_gpu_bytes, fits, "
             "min_gpus, checkpoint_bytes, energy_mwh, and more: layout, "
             "memory_breakdown_bytes, time_to_train\n"
             "  inference    ttft_ms, tpot_ms, output_tokens_per_s (whole system), "
             "requests_per_s, max_concurrency, replicas, gpus_needed, memory_per_gpu_bytes, "
             "fits, and more: tensor_parallel, tokens_per_kwh, latency_curve\n"
             "  assumptions  every value used, with its range and source\n\n"
             "A bad input exits with 1 and a message that names the field.")
        + QLatin1String("\n\n")
        + tr("Assumptions that can be overridden: %1.")
              .arg(Assumptions::names().join(QStringLiteral(", ")));
}

int EstimateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption compactOption(QStringLiteral("compact"),
                                           tr("Write the JSON on one line."));
    parser.addOption(compactOption);
    parser.addPositionalArgument(tr("file"), tr("The request as JSON; - reads standard input."),
                                 tr("FILE|-"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.err << tr("headroom estimate needs one request file, or - for standard input.")
                    << '\n';
        return ExitUsage;
    }

    QByteArray json;
    if (files.first() == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.err << tr("Could not read standard input.") << '\n';
            return ExitFailure;
        }
        json = in.readAll();
    } else {
        QFile in(files.first());
        if (!in.open(QIODevice::ReadOnly)) {
            context.err << tr("Could not read '%1': %2").arg(files.first(), in.errorString())
                        << '\n';
            return ExitFailure;
        }
        json = in.readAll();
    }

    CatalogDatabase catalog;
    const CatalogResult opened = openCommandCatalog(&catalog, context.globals);
    if (!opened.ok()) {
        context.err << opened.errorText << '\n';
        return ExitFailure;
    }
    const EstimateJson::Result result = EstimateJson::run(json, catalog.accelerators());
    if (!result.ok()) {
        context.err << result.errorText << '\n';
        return ExitFailure;
    }
    context.out << QJsonDocument(result.output)
                       .toJson(parser.isSet(compactOption) ? QJsonDocument::Compact
                                                           : QJsonDocument::Indented);
    if (parser.isSet(compactOption))
        context.out << '\n';
    return ExitOk;
}
