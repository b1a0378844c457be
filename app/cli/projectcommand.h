#pragma once

#include "app/cli/subcommand.h"

class Project;

// `headroom project info FILE [--json]`: what a project file holds, rack by rack, then its
// workloads and the headroom left in the hall for training and for inference.
class ProjectCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)

public:
    QString name() const override { return QStringLiteral("project"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    void writeWorkloads(const Project &project, CommandContext &context) const;
};
