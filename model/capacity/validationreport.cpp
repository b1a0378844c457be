#include "model/capacity/validationreport.h"

#include "model/core/statistics.h"
#include "model/core/unitformat.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
const QStringList &metricOrder()
{
    static const QStringList order = {
        QStringLiteral("gpu_hours"),      QStringLiteral("tokens_per_s_per_gpu"),
        QStringLiteral("tflops_per_gpu"), QStringLiteral("output_tokens_per_s"),
        QStringLiteral("requests_per_s"), QStringLiteral("ttft_ms"),
        QStringLiteral("tpot_ms"),
    };
    return order;
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}
} // namespace

double ValidationReport::target(const QString &metric)
{
    if (metric == QLatin1String("gpu_hours"))
        return 0.15;
    if (metric == QLatin1String("output_tokens_per_s") || metric == QLatin1String("ttft_ms")
        || metric == QLatin1String("tpot_ms"))
        return 0.25;
    return 0.0;
}

const ReferenceResult *ValidationReport::row(const QString &id) const
{
    for (const ReferenceResult &r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<MetricSummary> ValidationReport::summaries() const
{
    QList<MetricSummary> list;
    QStringList metrics = metricOrder();
    for (const ReferenceResult &r : rows) {
        for (const ReferenceComparison &c : r.comparisons) {
            if (!metrics.contains(c.metric))
                metrics << c.metric;
        }
    }
    for (const QString &metric : std::as_const(metrics)) {
        std::vector<double> errors;
        for (const ReferenceResult &r : rows) {
            for (const ReferenceComparison &c : r.comparisons) {
                if (c.metric == metric)
                    errors.push_back(std::abs(c.error()));
            }
        }
        if (errors.empty())
            continue;
        list << MetricSummary {metric, int(errors.size()), Statistics::median(errors),
                               target(metric)};
    }
    return list;
}

QString ValidationReport::toText() const
{
    const UnitFormat format;
    const QLocale locale;
    QString out;
    if (!errorText.isEmpty())
        out += errorText + QLatin1Char('\n');
    if (rows.isEmpty())
        return out;

    // One line per published figure; columns as wide as their longest cell.
    QList<QStringList> table;
    table << QStringList {tr("id"),        tr("model"),     tr("accelerator"), tr("metric"),
                          tr("published"), tr("predicted"), tr("error")};
    for (const ReferenceResult &r : rows) {
        for (const ReferenceComparison &c : r.comparisons) {
            table << QStringList {r.id,
                                  r.model,
                                  r.accelerator,
                                  c.metric,
                                  format.number(c.published),
                                  format.number(c.predicted),
                                  locale.toString(100.0 * c.error(), 'f', 1) + QLatin1Char('%')};
        }
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    for (const QStringList &line : std::as_const(table)) {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? padded(line.at(i), int(widths.at(i)) + 2) : line.at(i);
        out += text + QLatin1Char('\n');
    }

    out += QLatin1Char('\n') + tr("Median absolute error") + QLatin1Char('\n');
    for (const MetricSummary &s : summaries()) {
        QString line = QStringLiteral("  ") + padded(s.metric, 22)
            + tr("%1% over %n row(s)", nullptr, s.rows)
                  .arg(locale.toString(100.0 * s.medianAbsoluteError, 'f', 1));
        if (s.target > 0.0) {
            line += QStringLiteral("  ")
                + (s.medianAbsoluteError <= s.target ? tr("target %1%: met")
                                                     : tr("target %1%: missed"))
                      .arg(locale.toString(100.0 * s.target, 'f', 0));
        }
        out += line + QLatin1Char('\n');
    }
    QStringList notes;
    for (const ReferenceResult &r : rows) {
        if (!r.skipReason.isEmpty())
            notes << QStringLiteral("  %1: %2").arg(r.id, r.skipReason);
        for (const QString &note : r.notes)
            notes << QStringLiteral("  %1: %2").arg(r.id, note);
    }
    if (!notes.isEmpty())
        out += QLatin1Char('\n') + tr("Not compared, or compared with a caveat") + QLatin1Char('\n')
            + notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray jsonRows;
    for (const ReferenceResult &r : rows) {
        QJsonArray comparisons;
        for (const ReferenceComparison &c : r.comparisons) {
            comparisons.append(QJsonObject {{QStringLiteral("metric"), c.metric},
                                            {QStringLiteral("published"), c.published},
                                            {QStringLiteral("predicted"), c.predicted},
                                            {QStringLiteral("error"), c.error()}});
        }
        QJsonObject row {{QStringLiteral("id"), r.id},
                         {QStringLiteral("line"), r.line},
                         {QStringLiteral("kind"), r.kind},
                         {QStringLiteral("model"), r.model},
                         {QStringLiteral("accelerator"), r.accelerator},
                         {QStringLiteral("comparisons"), comparisons},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
        if (!r.skipReason.isEmpty())
            row.insert(QStringLiteral("skipped"), r.skipReason);
        jsonRows.append(row);
    }
    QJsonObject medians;
    for (const MetricSummary &s : summaries()) {
        QJsonObject m {{QStringLiteral("rows"), s.rows},
                       {QStringLiteral("median_abs_error"), s.medianAbsoluteError}};
        if (s.target > 0.0) {
            m.insert(QStringLiteral("target"), s.target);
            m.insert(QStringLiteral("met"), s.medianAbsoluteError <= s.target);
        }
        medians.insert(s.metric, m);
    }
    QJsonObject json {{QStringLiteral("rows"), jsonRows}, {QStringLiteral("medians"), medians}};
    if (!errorText.isEmpty())
        json.insert(QStringLiteral("error"), errorText);
    return json;
}
