#include "app/cli/commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
const QString kCatalogOption = QStringLiteral("catalog");
const QString kLanguageOption = QStringLiteral("language");

// A first argument that is neither a subcommand nor anything that could be a file name
// is almost certainly a mistyped subcommand; saying so beats opening a window that then
// fails to open a file called "estmate".
bool looksLikeSubcommand(const QString &argument)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    return word.match(argument).hasMatch() && !QFileInfo::exists(argument);
}
} // namespace

void CommandLine::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Headroom plans AI data-center capacity: hardware, rack layouts, workloads, "
           "headroom and quotes.\nWithout a subcommand it opens the window; with one it "
           "runs headless and writes to standard output."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({kCatalogOption,
                      tr("Use the hardware catalog database at <path> instead of your own."),
                      tr("path")});
    parser.addOption({kLanguageOption,
                      tr("Use <language> (en, de, zh_CN, ja) for this run instead of the saved "
                         "choice or the system language."),
                      tr("language")});
    parser.addPositionalArgument(tr("subcommand"), tr("A subcommand to run headless (see below)."),
                                 tr("[subcommand [options]]"));
    parser.addPositionalArgument(tr("file"), tr("A project file to open in the window."),
                                 tr("| [file]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &subcommandNames)
{
    CommandLine result;
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.errorText = parser.errorText();
        return result;
    }
    result.globals.catalogPath = parser.value(kCatalogOption);
    result.globals.language = parser.value(kLanguageOption);

    const QStringList positional = parser.positionalArguments();
    const bool help = parser.isSet(QStringLiteral("help"));
    if (!positional.isEmpty() && subcommandNames.contains(positional.first())) {
        result.mode = Mode::Subcommand;
        result.subcommand = positional.first();
        result.subcommandArguments = positional;
        result.subcommandArguments.first() = QStringLiteral("headroom ") + result.subcommand;
        // "headroom --help bench" asks for bench's help, as "headroom bench --help" does.
        if (help && !result.subcommandArguments.contains(QStringLiteral("--help")))
            result.subcommandArguments.append(QStringLiteral("--help"));
        return result;
    }
    if (help) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.mode = Mode::Version;
        return result;
    }
    if (!positional.isEmpty() && looksLikeSubcommand(positional.first())) {
        result.mode = Mode::Error;
        result.errorText = tr("Unknown subcommand '%1'. Run 'headroom --help' to list them.")
                               .arg(positional.first());
        return result;
    }
    result.mode = Mode::Window;
    result.files = positional;
    return result;
}

QString CommandLine::helpText(const QList<std::pair<QString, QString>> &subcommandSummaries)
{
    QCommandLineParser parser;
    configure(parser);
    QString text = withProgramName(parser.helpText(), QStringLiteral("headroom"));
    text += QLatin1Char('\n') + tr("Subcommands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &entry : subcommandSummaries)
        width = std::max(width, entry.first.size());
    for (const auto &[name, summary] : subcommandSummaries)
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(width), summary);
    text += QLatin1Char('\n')
        + tr("Run 'headroom <subcommand> --help' for a subcommand's own options.")
        + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 success, 1 the work failed (bad input file, impossible request, "
             "I/O error), 2 the command line was wrong.")
        + QLatin1Char('\n');
    return text;
}

QString CommandLine::withProgramName(const QString &helpText, const QString &program)
{
    const QString argv0 = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = helpText.indexOf(QLatin1Char('\n'));
    const qsizetype at = argv0.isEmpty() ? -1 : helpText.indexOf(argv0);
    if (at < 0 || (lineEnd >= 0 && at > lineEnd))
        return helpText;
    QString text = helpText;
    text.replace(at, argv0.size(), program);
    return text;
}
