#include "app/cli/subcommandregistry.h"

#include "app/bench/benchcommand.h"

std::vector<std::unique_ptr<Subcommand>> createSubcommands()
{
    std::vector<std::unique_ptr<Subcommand>> commands;
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}
