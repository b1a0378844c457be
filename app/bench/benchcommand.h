#pragma once

#include "app/cli/subcommand.h"

// `headroom bench [--runs N] [--json] [NAME...]`: runs named benchmarks headless and
// prints the median, minimum and maximum of every measurement.
class BenchCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    ApplicationKind applicationKind() const override { return ApplicationKind::Widgets; }
    int run(const QStringList &arguments, CommandContext &context) override;
};
