#pragma once

#include <memory>
#include <vector>

class Subcommand;

// Every headless subcommand, in the order `headroom --help` lists them. A new subcommand
// is one line in subcommandregistry.cpp.
std::vector<std::unique_ptr<Subcommand>> createSubcommands();
