#pragma once

#include "app/cli/subcommand.h"

// `headroom export-pdf FILE OUT.pdf`: writes the project's proposal headless, the same
// document File ▸ Export PDF… previews and saves.
class ExportPdfCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportPdfCommand)

public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    QString helpDescription() const override;
    // Fonts, painting and the rack elevations' graphics items.
    ApplicationKind applicationKind() const override { return ApplicationKind::Widgets; }
    int run(const QStringList &arguments, CommandContext &context) override;
};
