#pragma once

#include "app/cli/subcommand.h"

// `headroom validate FILE.csv [--json]`: predicted against published figures for every
// row of a reference file (training or inference runs), with the median absolute error
// per metric, through ReferenceValidator.
class ValidateCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString helpDescription() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};
