#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One published figure next to the estimator's prediction for it.
struct ReferenceComparison
{
    QString metric; // stable key: "gpu_hours", "output_tokens_per_s", "ttft_ms", ...
    double published = 0.0;
    double predicted = 0.0;
    double error() const { return published != 0.0 ? predicted / published - 1.0 : 0.0; }
};

// What became of one row of a reference file.
struct ReferenceResult
{
    QString id;
    int line = 0; // in the file, 1-based
    QString kind; // "training" or "inference"
    QString model; // the preset used, or the row's own name when approximated
    QString accelerator; // display name of the catalog match
    QList<ReferenceComparison> comparisons;
    QStringList notes; // assumptions the row forced and metrics it could not compare
    QString skipReason; // set when nothing could be predicted for the row
};

// Median absolute error of one metric over the rows that published it.
struct MetricSummary
{
    QString metric;
    int rows = 0;
    double medianAbsoluteError = 0.0;
    double target = 0.0; // 0: no target for this metric
};

// The result of checking predictions against a file of published runs.
struct ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValidationReport)

public:
    QString errorText; // the file could not be read at all
    QList<ReferenceResult> rows;

    QList<MetricSummary> summaries() const;
    const ReferenceResult *row(const QString &id) const;

    // Issue 3's targets: training GPU-hours within 15%, inference throughput, TTFT and TPOT
    // within 25% (median absolute error); 0 for metrics without one.
    static double target(const QString &metric);

    QString toText() const; // the table `headroom validate` prints
    QJsonObject toJson() const;
};
