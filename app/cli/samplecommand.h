#pragma once

#include "app/cli/subcommand.h"

// `headroom sample OUT.headroom [--force]`: writes the sample project (the hall a
// newcomer sees on first run) to a file.
class SampleCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};
