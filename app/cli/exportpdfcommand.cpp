#include "app/cli/exportpdfcommand.h"

#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalrenderer.h"

#include <QCommandLineParser>
#include <QImageReader>
#include <QPageSize>

QString ExportPdfCommand::summary() const
{
    return tr("Write a project's proposal as PDF: cover, summary of the workloads, headroom "
              "charts, rack elevations, bill of materials, power and space, method and sources, "
              "terms.");
}

QString ExportPdfCommand::helpDescription() const
{
    return summary() + QLatin1String("\n\n")
        + tr("The company name, logo and contact line come from the settings the Quote tab's "
             "Company… dialog writes, unless given here. Paper is Letter where the locale "
             "measures in US units and A4 elsewhere, unless --paper says. Prints the number of "
             "pages written.");
}

int ExportPdfCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption companyOption(QStringLiteral("company"),
                                           tr("The company name on the proposal."), tr("name"));
    const QCommandLineOption logoOption(QStringLiteral("logo"),
                                        tr("The company logo (SVG, PNG or JPEG)."), tr("file"));
    const QCommandLineOption contactOption(QStringLiteral("contact"),
                                           tr("The contact line on the cover."), tr("text"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("a4 or letter."), tr("size"));
    parser.addOptions({companyOption, logoOption, contactOption, paperOption});
    parser.addPositionalArgument(tr("file"), tr("The project file (.headroom)."), tr("<file>"));
    parser.addPositionalArgument(tr("out"), tr("The PDF to write."), tr("<out.pdf>"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        context.err << tr("Usage: headroom export-pdf <file> <out.pdf>") << '\n';
        return ExitUsage;
    }
    ProposalRenderer::Options options = ProposalRenderer::defaultOptions();
    if (parser.isSet(paperOption)) {
        const QString paper = parser.value(paperOption).toLower();
        if (paper == QLatin1String("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (paper == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else {
            context.err << tr("--paper is a4 or letter, not '%1'.").arg(parser.value(paperOption))
                        << '\n';
            return ExitUsage;
        }
    }
    // A logo that cannot be read would leave the cover without one and say nothing.
    if (parser.isSet(logoOption) && QImageReader(parser.value(logoOption)).size().isEmpty()) {
        context.err << tr("--logo: cannot read an image from '%1'.").arg(parser.value(logoOption))
                    << '\n';
        return ExitUsage;
    }
    const auto loaded = ProjectFile::load(positional.at(0));
    if (!loaded.content) {
        context.err << loaded.error << '\n';
        return ExitFailure;
    }
    Project project;
    project.load(*loaded.content, positional.at(0));
    CompanyProfile company = CompanyProfile::fromSettings();
    if (parser.isSet(companyOption))
        company.name = parser.value(companyOption);
    if (parser.isSet(logoOption))
        company.logoPath = parser.value(logoOption);
    if (parser.isSet(contactOption))
        company.contact = parser.value(contactOption);

    const ProposalRenderer::Result result = ProposalRenderer::renderToFile(
        ProposalBuilder::build(project, company), positional.at(1), options);
    if (!result.ok) {
        context.err << result.error << '\n';
        return ExitFailure;
    }
    context.out << tr("Wrote %n page(s) to %1.", nullptr, result.pageCount).arg(positional.at(1))
                << '\n';
    return ExitOk;
}
