#include "app/cli/subcommandregistry.h"

#include "app/bench/benchcommand.h"
#include "app/cli/catalogcommand.h"
#include "app/cli/estimatecommand.h"
#include "app/cli/exportpdfcommand.h"
#include "app/cli/projectcommand.h"
#include "app/cli/quotecommand.h"
#include "app/cli/samplecommand.h"
#include "app/cli/validatecommand.h"

std::vector<std::unique_ptr<Subcommand>> createSubcommands()
{
    std::vector<std::unique_ptr<Subcommand>> commands;
    // The order `headroom --help` lists them: what a planner does first comes first.
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<EstimateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<SampleCommand>());
    commands.push_back(std::make_unique<ProjectCommand>());
    commands.push_back(std::make_unique<QuoteCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}
