#include "app/cli/samplecommand.h"

#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/sampleproject.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString SampleCommand::summary() const
{
    return tr("Write the sample project (two training racks, an inference rack, a storage and "
              "network rack) to a file.");
}

int SampleCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Overwrite <file> if it exists."));
    parser.addOption(forceOption);
    parser.addPositionalArgument(tr("file"), tr("The project file to write (.headroom)."),
                                 tr("<file>"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << tr("Give exactly one file to write, for example: headroom sample "
                          "hall.headroom")
                    << '\n';
        return ExitUsage;
    }
    const QString path = positional.first();
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        context.err << tr("%1 already exists; add --force to overwrite it.").arg(path) << '\n';
        return ExitFailure;
    }
    const ProjectContent content = SampleProject::content();
    Project project;
    project.load(content, path);
    QString error;
    if (!ProjectFile::save(project, path, &error)) {
        context.err << error << '\n';
        return ExitFailure;
    }
    context.out << tr("Wrote the sample project to %1 (%n rack(s)).", nullptr,
                      project.hall()->totals().rackCount)
                       .arg(path)
                << '\n';
    return ExitOk;
}
