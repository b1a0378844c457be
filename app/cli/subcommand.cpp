#include "app/cli/subcommand.h"

#include <QCommandLineParser>

Subcommand::~Subcommand() = default;

bool Subcommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                CommandContext &context, int *exitCode) const
{
    parser.setApplicationDescription(helpDescription());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << '\n'
                    << QCoreApplication::translate("Subcommand",
                                                   "Run 'headroom %1 --help' for its options.")
                           .arg(name())
                    << '\n';
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        const QString text =
            CommandLine::withProgramName(parser.helpText(), QStringLiteral("headroom ") + name());
        context.out << text;
        *exitCode = ExitOk;
        return false;
    }
    return true;
}
