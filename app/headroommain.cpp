#include "app/headroommain.h"

#include "app/cli/commandline.h"
#include "app/cli/subcommand.h"
#include "app/cli/subcommandregistry.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

void setHeadroomApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("headroom.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
}

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Headless runs are scripted: stderr carries our diagnostics, not platform chatter that a
// server without a desktop session always produces. Everything else passes through.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg
        && (text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || text.startsWith(QLatin1String("This plugin does not support"))))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

std::unique_ptr<QCoreApplication> createApplication(ApplicationKind kind, int &argc, char **argv)
{
    switch (kind) {
    case ApplicationKind::Core:
        return std::make_unique<QCoreApplication>(argc, argv);
    case ApplicationKind::Gui:
        return std::make_unique<QGuiApplication>(argc, argv);
    case ApplicationKind::Widgets:
        break;
    }
    return std::make_unique<QApplication>(argc, argv);
}

int runWindow(const CommandLine &commandLine, int &argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("headroom"));
    LanguageManager languages;
    languages.apply(commandLine.globals.language.isEmpty() ? languages.savedLanguage()
                                                           : commandLine.globals.language);
    MainWindow window(&languages);
    window.setCatalogPath(commandLine.globals.catalogPath);
    window.show();
    window.startSession(commandLine.files);
    return QApplication::exec();
}

} // namespace

int headroomMain(int argc, char *argv[])
{
    setHeadroomApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const auto subcommands = createSubcommands();
    QStringList names;
    for (const auto &subcommand : subcommands)
        names.append(subcommand->name());
    const CommandLine commandLine = CommandLine::parse(arguments, names);

    if (commandLine.mode == CommandLine::Mode::Window)
        return runWindow(commandLine, argc, argv);

    // Everything else is headless: no display needed, whatever QT_QPA_PLATFORM says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(headlessMessageHandler);
    Subcommand *subcommand = nullptr;
    for (const auto &candidate : subcommands) {
        if (candidate->name() == commandLine.subcommand)
            subcommand = candidate.get();
    }
    const ApplicationKind kind = subcommand ? subcommand->applicationKind() : ApplicationKind::Core;
    const auto app = createApplication(kind, argc, argv);
    LanguageManager languages;
    languages.apply(commandLine.globals.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help: {
        QList<std::pair<QString, QString>> summaries;
        for (const auto &s : subcommands)
            summaries.append({s->name(), s->summary()});
        out << CommandLine::helpText(summaries);
        return ExitOk;
    }
    case CommandLine::Mode::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return ExitOk;
    case CommandLine::Mode::Error:
        err << commandLine.errorText << '\n';
        return ExitUsage;
    case CommandLine::Mode::Subcommand: {
        CommandContext context {commandLine.globals, out, err};
        const int code = subcommand->run(commandLine.subcommandArguments, context);
        out.flush();
        err.flush();
        return code;
    }
    case CommandLine::Mode::Window:
        break;
    }
    return ExitFailure;
}
