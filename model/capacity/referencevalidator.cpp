#include "model/capacity/referencevalidator.h"

#include "model/capacity/acceleratormatcher.h"
#include "model/capacity/inferenceestimator.h"
#include "model/capacity/referencefields.h"
#include "model/capacity/trainingestimator.h"
#include "model/catalog/csvreader.h"
#include "model/workload/modelpresets.h"

#include <QHash>

#include <cmath>

namespace {

// Cells of one record by column name.
class Row
{
public:
    Row(const QStringList &header, const CsvRecord &record)
        : m_line(record.line)
    {
        for (int i = 0; i < header.size() && i < record.cells.size(); ++i)
            m_cells.insert(header.at(i).trimmed().toLower(), record.cells.at(i).trimmed());
    }
    QString text(const char *column) const
    {
        return m_cells.value(QString::fromLatin1(column).toLower());
    }
    std::optional<double> number(const char *column) const
    {
        return ReferenceFields::leadingNumber(text(column));
    }
    int line() const { return m_line; }

private:
    QHash<QString, QString> m_cells;
    int m_line = 0;
};

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// The row's model: a preset named in the model cell, else a dense shape of the stated
// size. Sets *error when neither is possible.
std::optional<ModelArchitecture> modelOf(const Row &row, const char *paramsColumn,
                                         ReferenceResult &result)
{
    const QString name = row.text("model");
    if (auto preset = ModelPresets::findInText(name)) {
        result.model = preset->name;
        return preset;
    }
    const auto billions = row.number(paramsColumn);
    if (!billions || *billions <= 0.0) {
        result.skipReason =
            ReferenceValidator::tr("model %1 is not a preset and %2 gives no parameter count.")
                .arg(quoted(name), QLatin1String(paramsColumn));
        return std::nullopt;
    }
    ModelArchitecture shape = ModelArchitecture::approximateDense(name, *billions * 1e9);
    if (const auto active = row.number("params_active_B"); active && *active > 0.0)
        shape.activeParameters = std::min(*active * 1e9, shape.totalParameters);
    result.model = name;
    result.notes << ReferenceValidator::tr("model %1 is not a preset: shape estimated from %2 "
                                           "billion parameters.")
                        .arg(quoted(name))
                        .arg(*billions);
    return shape;
}

std::optional<Accelerator> acceleratorOf(const Row &row, const QList<Accelerator> &accelerators,
                                         ReferenceResult &result)
{
    const QString name = row.text("gpu_type");
    const AcceleratorMatch match = AcceleratorMatcher::match(
        name, accelerators, AcceleratorMatcher::Ambiguity::PreferBaseboard);
    if (!match.ok()) {
        result.skipReason = QStringLiteral("gpu_type: ") + match.errorText;
        return std::nullopt;
    }
    const Accelerator &a = accelerators.at(match.index);
    result.accelerator = a.displayName();
    return a;
}

Precision precisionOf(const Row &row, ReferenceResult &result)
{
    if (const auto p = ReferenceFields::precision(row.text("precision")))
        return *p;
    result.notes << ReferenceValidator::tr("precision %1 names no format; bf16 assumed.")
                        .arg(quoted(row.text("precision")));
    return Precision::Bf16;
}

// What every row states: the model, the accelerator, the precision and the GPU count.
struct Basics
{
    ModelArchitecture model;
    Accelerator accelerator;
    Precision precision = Precision::Bf16;
    int gpus = 1;
    bool gpusGiven = false;
};

std::optional<Basics> basicsOf(const Row &row, const char *paramsColumn,
                               const QList<Accelerator> &accelerators, ReferenceResult &result)
{
    const auto model = modelOf(row, paramsColumn, result);
    if (!model)
        return std::nullopt;
    const auto accelerator = acceleratorOf(row, accelerators, result);
    if (!accelerator)
        return std::nullopt;
    Basics basics {*model, *accelerator, precisionOf(row, result)};
    const auto gpus = row.number("gpu_count");
    basics.gpusGiven = gpus && *gpus >= 1.0;
    basics.gpus = basics.gpusGiven ? int(*gpus) : 1;
    return basics;
}

void validateTraining(const Row &row, const QList<Accelerator> &accelerators,
                      const Assumptions &assumptions, ReferenceResult &result)
{
    result.kind = QStringLiteral("training");
    const auto basics = basicsOf(row, "params_total_B", accelerators, result);
    if (!basics)
        return;
    TrainingRequest request;
    request.model = basics->model;
    request.accelerator = basics->accelerator;
    request.precision = basics->precision;
    // Without a published GPU count the run is taken to be small enough (at most 1,024)
    // for the scale efficiency not to apply.
    request.gpus = basics->gpus;
    const auto tokens = row.number("tokens_B");
    request.tokens = tokens && *tokens > 0.0 ? *tokens * 1e9 : 1e9;

    const TrainingEstimate estimate = TrainingEstimator::estimate(request, assumptions);
    if (!estimate.ok()) {
        result.skipReason = estimate.errorText;
        return;
    }
    if (const auto published = row.number("reported_gpu_hours")) {
        if (tokens && *tokens > 0.0)
            result.comparisons << ReferenceComparison {QStringLiteral("gpu_hours"), *published,
                                                       estimate.gpuHours.value};
        else
            result.notes << ReferenceValidator::tr("reported_gpu_hours not compared: tokens_B "
                                                   "is empty.");
    }
    const QString throughput = row.text("reported_throughput");
    if (const auto published = ReferenceFields::leadingNumber(throughput)) {
        const QString unit = ReferenceFields::unitAfterNumber(throughput);
        if (unit.startsWith(QLatin1String("tokens/s"))) {
            result.comparisons << ReferenceComparison {QStringLiteral("tokens_per_s_per_gpu"),
                                                       *published,
                                                       estimate.tokensPerSecondPerGpu.value};
        } else if (unit.startsWith(QLatin1String("tflop"))) {
            result.comparisons << ReferenceComparison {QStringLiteral("tflops_per_gpu"), *published,
                                                       estimate.modelFlopsPerSecondPerGpu.value
                                                           / 1e12};
        } else {
            result.notes << ReferenceValidator::tr("reported_throughput %1: unit not understood.")
                                .arg(quoted(throughput));
        }
    }
    if (result.comparisons.isEmpty() && result.skipReason.isEmpty())
        result.skipReason = ReferenceValidator::tr("no published GPU-hours or throughput to "
                                                   "compare.");
}

void validateInference(const Row &row, const QList<Accelerator> &accelerators,
                       const Assumptions &assumptions, ReferenceResult &result)
{
    result.kind = QStringLiteral("inference");
    const auto input = row.number("input_tokens");
    if (!input || *input < 1.0) {
        result.skipReason = ReferenceValidator::tr("input_tokens %1 is not a number of tokens.")
                                .arg(quoted(row.text("input_tokens")));
        return;
    }
    const auto basics = basicsOf(row, "params_B", accelerators, result);
    if (!basics)
        return;
    InferenceRequest request;
    request.model = basics->model;
    request.accelerator = basics->accelerator;
    request.precision = basics->precision;
    request.gpus = basics->gpus;
    if (!basics->gpusGiven)
        result.notes << ReferenceValidator::tr("gpu_count is empty; one GPU assumed.");
    request.tensorParallel = ReferenceFields::tensorParallel(row.text("parallelism"));
    request.inputTokens = int(std::lround(*input));
    const auto output = row.number("output_tokens");
    request.outputTokens = output && *output >= 1.0 ? int(std::lround(*output)) : 1;

    const QString scenario = row.text("scenario").toLower();
    const bool server =
        scenario.contains(QLatin1String("server")) || scenario.contains(QLatin1String("poisson"));
    const auto rate = row.number("requests_per_s");
    if (const auto batch = row.number("batch_or_concurrency"); batch && *batch >= 1.0) {
        request.concurrency = int(std::lround(*batch));
        // Fixed-batch benchmark tables start the whole batch together.
        request.arrivals = server ? ArrivalPattern::Continuous : ArrivalPattern::Batch;
    } else if (server && rate) {
        request.requestRatePerSecond = *rate;
    }

    const InferenceEstimate estimate = InferenceEstimator::estimate(request, assumptions);
    if (!estimate.ok()) {
        result.skipReason = estimate.errorText;
        return;
    }
    if (!estimate.fits) {
        result.skipReason = estimate.warnings.join(QLatin1Char(' '));
        return;
    }
    auto throughput = row.number("throughput_out_tokens_per_s_system");
    if (!throughput) {
        if (const auto perGpu = row.number("throughput_out_tokens_per_s_per_gpu"))
            throughput = *perGpu * request.gpus;
    }
    if (throughput) {
        if (output)
            result.comparisons << ReferenceComparison {QStringLiteral("output_tokens_per_s"),
                                                       *throughput,
                                                       estimate.outputTokensPerSecond.value};
        else
            result.notes << ReferenceValidator::tr("throughput not compared: output_tokens %1 "
                                                   "is not a number.")
                                .arg(quoted(row.text("output_tokens")));
    }
    if (rate && !server && output)
        result.comparisons << ReferenceComparison {QStringLiteral("requests_per_s"), *rate,
                                                   estimate.requestsPerSecond.value};
    if (const auto ttft = row.number("ttft_ms"))
        result.comparisons << ReferenceComparison {QStringLiteral("ttft_ms"), *ttft,
                                                   estimate.ttftSeconds.value * 1000.0};
    if (const auto tpot = row.number("tpot_or_itl_ms"))
        result.comparisons << ReferenceComparison {QStringLiteral("tpot_ms"), *tpot,
                                                   estimate.tpotSeconds.value * 1000.0};
    if (result.comparisons.isEmpty())
        result.skipReason = ReferenceValidator::tr("no published throughput, TTFT or TPOT to "
                                                   "compare.");
}

} // namespace

ValidationReport ReferenceValidator::validate(const QByteArray &csv,
                                              const QList<Accelerator> &accelerators,
                                              const Assumptions &assumptions)
{
    ValidationReport report;
    // The catalog's reader: RFC 4180 as spreadsheets write it; on a structural error it
    // keeps the records before it and names the line.
    const CsvReader::Result read = CsvReader::read(csv);
    const QList<CsvRecord> &records = read.records;
    const QString &csvError = read.errorText;
    if (records.isEmpty()) {
        report.errorText = csvError.isEmpty() ? tr("The file holds no rows.") : csvError;
        return report;
    }
    QStringList header;
    for (const QString &cell : records.first().cells)
        header << cell.trimmed().toLower();
    const bool training = header.contains(QLatin1String("tokens_b"));
    const bool inference = header.contains(QLatin1String("input_tokens"));
    if (training == inference || !header.contains(QLatin1String("id"))) {
        report.errorText =
            tr("Line 1: the header has neither the columns of training runs (id, "
               "tokens_B, ...) nor those of inference runs (id, input_tokens, ...).");
        return report;
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Row row(header, records.at(i));
        ReferenceResult result;
        result.line = row.line();
        result.id = row.text("id");
        if (result.id.isEmpty())
            result.id = tr("line %1").arg(row.line());
        if (records.at(i).cells.size() != header.size())
            result.notes << tr("line %1 has %2 cells where the header has %3.")
                                .arg(row.line())
                                .arg(records.at(i).cells.size())
                                .arg(header.size());
        if (training)
            validateTraining(row, accelerators, assumptions, result);
        else
            validateInference(row, accelerators, assumptions, result);
        report.rows << result;
    }
    if (!csvError.isEmpty())
        report.errorText = csvError;
    return report;
}
