#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>

class QCommandLineParser;

// Options that apply to the window and to every subcommand alike.
struct GlobalOptions
{
    QString catalogPath; // --catalog: a catalog database other than the user's own
    QString language; // --language: overrides the saved language for this run only
};

// The top level of the command line: global options, then either a subcommand with its
// own arguments (headless) or files to open in the window. Parsing needs no application
// object, so the caller can pick the application type (and the offscreen platform) from
// the result before creating one.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Window, Subcommand, Help, Version, Error };

    static CommandLine parse(const QStringList &arguments, const QStringList &subcommandNames);

    // "Usage: headroom [options] [file | subcommand ...]" with the global options and one
    // line per subcommand. Needs a QCoreApplication (for the program name).
    static QString helpText(const QList<std::pair<QString, QString>> &subcommandSummaries);

    Mode mode = Mode::Window;
    GlobalOptions globals;
    QString subcommand;
    // The subcommand's own arguments; the first is "headroom <subcommand>", as a
    // QCommandLineParser expects a program name there.
    QStringList subcommandArguments;
    QStringList files;
    QString errorText;

    // QCommandLineParser names the program after argv[0] ("./build/release/app/headroom");
    // help reads better, and can be copied, with the name people type.
    static QString withProgramName(const QString &helpText, const QString &program);

private:
    static void configure(QCommandLineParser &parser);
};
