#pragma once

#include "app/cli/subcommand.h"

class CatalogDatabase;

// `headroom catalog list|import|export`: the hardware catalog from scripts. Reads and
// writes the user's catalog, or the one --catalog names (before the subcommand or after
// it); a catalog that does not exist yet is created from the shipped data first.
class CatalogCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    static int list(const CatalogDatabase &db, const QString &kind, bool json,
                    CommandContext &context);
    static int import(CatalogDatabase &db, const QString &file, bool dryRun,
                      CommandContext &context);
    static int exportTo(const CatalogDatabase &db, const QString &file, CommandContext &context);
};
