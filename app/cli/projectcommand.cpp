#include "app/cli/projectcommand.h"

#include "model/core/unitformat.h"
#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/projectsummary.h"
#include "model/workload/headroomview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

QString ProjectCommand::summary() const
{
    return tr("Show what a project file holds: racks, space, power, weight, cooling, broken "
              "limits, workloads and the headroom left for training and inference.");
}

int ProjectCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Write JSON to stdout: \"racks\" (name, row, rack_type, u_total, u_used, "
           "power_typical_w, power_max_w, power_budget_w, weight_kg, weight_limit_kg, cooling, "
           "placements, broken_limits, headroom, ...), \"rows\", \"totals\", \"workloads\" "
           "(id, name, kind, model, precision, training or inference, servers, gpus, "
           "accelerator, latency, requests_per_second_within_targets), \"assignments\" (workload, "
           "placement, rack, row, "
           "position_u) and \"headroom\": \"training\" and \"inference\", each with "
           "\"compute\" (FLOP/s at the dense BF16 peak), \"memory\" (bytes), \"storage\" "
           "(bytes), \"storage_bandwidth\" (checkpoint writes, bytes/s), \"network\" "
           "(bytes/s), \"power\" (watts) and \"latency\" (seconds) entries of the form "
           "{demand, capacity, headroom_fraction}."));
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
    QJsonObject json = ProjectSummary::toJson(project);
    if (parser.isSet(jsonOption)) {
        json[QStringLiteral("file")] = positional.at(1);
        json[QStringLiteral("schema_version")] = loaded.content->schemaVersion;
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const UnitFormat format;
    const LayoutTotals &totals = project.hall()->totals();
    //: "<file>: <n racks> in <n rows>", e.g. "hall.headroom: 4 racks in 2 rows"
    context.out << tr("%1: %2 in %3")
                       .arg(project.displayName(), tr("%n rack(s)", nullptr, totals.rackCount),
                            tr("%n row(s)", nullptr, int(project.hall()->rowIds().size())))
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
        // The power and weight above leave these out: say how many.
        const int unknownPower = rack.value(QStringLiteral("power_unknown_items")).toInt();
        if (unknownPower > 0)
            context.out << QStringLiteral("    ")
                        << tr("%n item(s) without a power figure in the catalog", nullptr,
                              unknownPower)
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
    writeWorkloads(project, context);
    return ExitOk;
}

void ProjectCommand::writeWorkloads(const Project &project, CommandContext &context) const
{
    const WorkloadSet &workloads = *project.workloads();
    if (workloads.isEmpty())
        return;
    const UnitFormat format;
    const HeadroomView view = project.headroom()->current();
    auto entryText = [&format](HeadroomDimension d, const HeadroomEntry &e) {
        const auto fraction = e.headroomFraction();
        if (!fraction)
            return tr("none");
        if (!std::isfinite(*fraction))
            return tr("%1 demanded of nothing").arg(HeadroomDimensions::format(d, e.demand));
        //: "41.2 kW of 60 kW (31% left)"
        return tr("%1 of %2 (%3 left)")
            .arg(HeadroomDimensions::format(d, e.demand), HeadroomDimensions::format(d, e.capacity),
                 format.percent(*fraction));
    };
    context.out << tr("%n workload(s):", nullptr, workloads.count()) << '\n';
    for (WorkloadId id : workloads.workloadIds()) {
        const Workload &w = *workloads.workload(id);
        const auto result = view.result(id);
        const int gpus = result ? result->hardware.gpus : 0;
        //: "  Chat (inference service, Llama 3.1 8B, 40 req/s): 32 GPU(s) on 8 server(s)"
        context.out << tr("  %1 (%2, %3): %n GPU(s)", nullptr, gpus)
                           .arg(w.name, Workload::kindDisplayName(w.kind), w.summary());
        if (result && result->isRunning())
            context.out << QStringLiteral(", ")
                        << HeadroomDimensions::displayName(HeadroomDimension::Latency)
                        << QStringLiteral(" ")
                        << entryText(HeadroomDimension::Latency, result->latency);
        else if (result && !result->errorText.isEmpty())
            context.out << QStringLiteral(" — ") << result->errorText;
        context.out << '\n';
    }
    const ScopeHeadroom hall = view.headroom(HeadroomScope::hall());
    context.out << tr("Headroom in the hall:") << '\n';
    for (int d = 0; d < kHeadroomDimensionCount; ++d) {
        const auto dimension = HeadroomDimension(d);
        //: "  Compute: training 12.8 of 63.3 PFLOP/s (80% left); inference none"
        context.out << tr("  %1: training %2; inference %3")
                           .arg(
                               HeadroomDimensions::displayName(dimension),
                               entryText(dimension, hall.entry(WorkloadKind::Training, dimension)),
                               entryText(dimension, hall.entry(WorkloadKind::Inference, dimension)))
                    << '\n';
    }
}
