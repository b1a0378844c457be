#pragma once

#include "app/cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

// Exit codes shared by every subcommand, documented in `headroom --help`.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the work failed: bad input file, impossible request, I/O error
    ExitUsage = 2, // the command line itself was wrong
};

// What a subcommand needs from the process: plain QtCore, a GUI application (fonts,
// painting, PDF) or widgets. Headless either way: the offscreen platform is forced.
enum class ApplicationKind { Core, Gui, Widgets };

struct CommandContext
{
    GlobalOptions globals;
    QTextStream &out;
    QTextStream &err;
};

// One headless subcommand (`headroom estimate`, `headroom catalog`, ...). Subcommands are
// public interfaces that users script against: output on stdout, diagnostics on stderr,
// a non-zero exit code on failure, and `--help` that documents everything.
class Subcommand
{
public:
    virtual ~Subcommand();

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `headroom --help`
    // What `headroom <name> --help` says above the options; the summary unless a
    // subcommand has more to document (an input format, its output fields).
    virtual QString helpDescription() const { return summary(); }
    virtual ApplicationKind applicationKind() const { return ApplicationKind::Core; }
    virtual int run(const QStringList &arguments, CommandContext &context) = 0;

protected:
    // Adds --help, parses, and handles the outcome every subcommand shares: on --help it
    // prints the help text and sets *exitCode to ExitOk, on a parse error it prints the
    // error and sets ExitUsage. Returns true when the subcommand should go on.
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                        CommandContext &context, int *exitCode) const;
};
