#include "app/cli/subcommandregistry.h"

#include "app/bench/benchcommand.h"
#include "app/cli/catalogcommand.h"

std::vector<std::unique_ptr<Subcommand>> createSubcommands()
{
    std::vector<std::unique_ptr<Subcommand>> commands;
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    return commands;
}
