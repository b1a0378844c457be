#pragma once

#include "app/cli/subcommand.h"

// `headroom project info FILE [--json]`: what a project file holds, rack by rack.
class ProjectCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)

public:
    QString name() const override { return QStringLiteral("project"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};
