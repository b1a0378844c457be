#pragma once

#include "app/cli/subcommand.h"

// `headroom quote FILE [--json]`: the project's quote as the Quote tab shows it: the bill
// of materials derived from the layout, priced from the project's frozen catalog rows
// with the quote's own prices, discounts and tax.
class QuoteCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCommand)

public:
    QString name() const override { return QStringLiteral("quote"); }
    QString summary() const override;
    QString helpDescription() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};
