#pragma once

#include "app/cli/subcommand.h"

// `headroom estimate FILE|-`: one JSON request in (a file, or standard input with "-"),
// one JSON estimate out, through EstimateJson. The accelerator is looked up in the
// catalog by name.
class EstimateCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(EstimateCommand)

public:
    QString name() const override { return QStringLiteral("estimate"); }
    QString summary() const override;
    QString helpDescription() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};
