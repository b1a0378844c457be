#include "app/cli/projectcommand.h"

#include "model/core/unitformat.h"
#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/projectsummary.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

QString ProjectCommand::summary() const
{
    return tr("Show what a project file holds: racks, space, power, weight, cooling and broken "
              "limits.");
}

int ProjectCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Write JSON to stdout: \"racks\" (name, row, rack_type, u_total, u_used, "
           "power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, "
           "placements, broken_limits, ...), \"rows\" and \"totals\"."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(tr("action"), tr("What to do; only 'info' for now."), tr("info"));
    parser.addPositionalArgument(tr("file"), tr("The project file (.headroom)."), tr("<file>"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("info")) {
        context.err << tr("Usage: headroom project info <file> [--json]") << '\n';
        return ExitUsage;
    }
    const auto loaded = ProjectFile::load(positional.at(1));
    if (!loaded.content) {
        context.err << loaded.error << '\n';
        return ExitFailure;
    }
    Project project;
    project.load(*loaded.content, positional.at(1));
    QJsonObject json = ProjectSummary::toJson(*project.hall());
    if (parser.isSet(jsonOption)) {
        json[QStringLiteral("file")] = positional.at(1);
        json[QStringLiteral("schema_version")] = loaded.content->schemaVersion;
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const UnitFormat format;
    const LayoutTotals &totals = project.hall()->totals();
    context.out << tr("%1: %n rack(s) in %2 row(s)", nullptr, totals.rackCount)
                       .arg(project.displayName())
                       .arg(project.hall()->rowIds().size())
                << '\n';
    for (const QJsonValue &value : json.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject rack = value.toObject();
        context.out
            << tr("  %1 (%2): %3 of %4 U, %5 typical / %6 maximum of %7, %8 of %9, %10")
                   .arg(rack.value(QStringLiteral("name")).toString(),
                        rack.value(QStringLiteral("row")).toString())
                   .arg(rack.value(QStringLiteral("u_used")).toInt())
                   .arg(rack.value(QStringLiteral("u_total")).toInt())
                   .arg(format.power(rack.value(QStringLiteral("power_typical_w")).toDouble()),
                        format.power(rack.value(QStringLiteral("power_max_w")).toDouble()),
                        format.power(rack.value(QStringLiteral("power_budget_w")).toDouble()),
                        format.mass(rack.value(QStringLiteral("weight_kg")).toDouble()),
                        format.mass(rack.value(QStringLiteral("weight_limit_kg")).toDouble()),
                        RackCooling::typeDisplayName(
                            RackCooling::typeFromKey(
                                rack.value(QStringLiteral("cooling")).toString())
                                .value_or(CoolingType::Air)))
            << '\n';
        const int unknownWeight = rack.value(QStringLiteral("weight_unknown_items")).toInt();
        if (unknownWeight > 0)
            context.out << QStringLiteral("    ")
                        << tr("%n item(s) without a weight in the catalog", nullptr, unknownWeight)
                        << '\n';
        for (const QJsonValue &limit : rack.value(QStringLiteral("broken_limits")).toArray())
            context.out << QStringLiteral("    ! ")
                        << limit.toObject().value(QStringLiteral("message")).toString() << '\n';
    }
    return ExitOk;
}
