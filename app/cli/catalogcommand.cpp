#include "app/cli/catalogcommand.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogexport.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogjson.h"
#include "model/catalog/catalogsummary.h"
#include "model/catalog/usercatalog.h"
#include "model/core/unitformat.h"

#include <QCommandLineParser>

namespace {
QStringList kindKeys()
{
    QStringList keys;
    for (int i = 0; i < static_cast<int>(ItemKind::Count); ++i)
        keys.append(CatalogItem::kindKey(static_cast<ItemKind>(i)));
    return keys;
}
} // namespace

QString CatalogCommand::summary() const
{
    return tr("List, import and export the hardware catalog.");
}

int CatalogCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("list: only items of <kind> (%1).").arg(kindKeys().join(QLatin1String(", "))),
        tr("kind"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("list: write JSON to stdout, in the format export writes (every field of every "
           "item, keyed by column name, SI units)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("import: check the file and show what it would add, replace or reject, without "
           "changing the catalog."));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), tr("Use the catalog database at <path> instead of your own."),
        tr("path"));
    parser.addOptions({kindOption, jsonOption, dryRunOption, catalogOption});
    parser.addPositionalArgument(
        tr("action"),
        tr("list: every item with its id, kind, vendor, model and key specs.\n"
           "import FILE: add the items of a .csv or .json file and replace those with the "
           "same id, all or nothing. Every rejected row is reported on stderr with its row, "
           "column and reason, and the exit code is 1.\n"
           "export FILE: write the whole catalog to FILE, as CSV or JSON by its extension; "
           "importing it again gives the same catalog."),
        tr("list | import FILE | export FILE"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;

    auto usage = [&](const QString &message) {
        context.err << message << '\n'
                    << tr("Run 'headroom catalog --help' for its options.") << '\n';
        return ExitUsage;
    };
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool takesFile = action == QLatin1String("import") || action == QLatin1String("export");
    if (action.isEmpty())
        return usage(tr("Name an action: list, import or export."));
    if (action != QLatin1String("list") && !takesFile)
        return usage(tr("Unknown action '%1': use list, import or export.").arg(action));
    if (takesFile && positional.size() != 2)
        return usage(tr("'%1' needs exactly one file.").arg(action));
    if (!takesFile && positional.size() != 1)
        return usage(tr("'list' takes no file."));
    if (action != QLatin1String("list") && (parser.isSet(kindOption) || parser.isSet(jsonOption)))
        return usage(tr("--kind and --json go with 'list'."));
    if (action != QLatin1String("import") && parser.isSet(dryRunOption))
        return usage(tr("--dry-run goes with 'import'."));
    if (parser.isSet(kindOption) && !CatalogItem::kindFromKey(parser.value(kindOption)))
        return usage(tr("Unknown kind '%1': use one of %2.")
                         .arg(parser.value(kindOption), kindKeys().join(QLatin1String(", "))));
    if (action == QLatin1String("export") && !CatalogImport::formatOf(positional.at(1)))
        return usage(
            tr("Cannot tell the format of '%1': name it .csv or .json.").arg(positional.at(1)));

    const QString path =
        parser.isSet(catalogOption) ? parser.value(catalogOption) : context.globals.catalogPath;
    CatalogDatabase db;
    bool created = false;
    const CatalogResult opened = UserCatalog::open(&db, path, &created);
    if (!opened.ok()) {
        context.err << opened.errorText << '\n';
        return ExitFailure;
    }
    if (created)
        context.err << tr("Created the catalog '%1' from the built-in data.").arg(db.filePath())
                    << '\n';

    if (action == QLatin1String("list"))
        return list(db, parser.value(kindOption), parser.isSet(jsonOption), context);
    if (action == QLatin1String("import"))
        return import(db, positional.at(1), parser.isSet(dryRunOption), context);
    return exportTo(db, positional.at(1), context);
}

int CatalogCommand::list(const CatalogDatabase &db, const QString &kind, bool json,
                         CommandContext &context)
{
    const QList<CatalogItem> items =
        kind.isEmpty() ? db.items() : db.items(*CatalogItem::kindFromKey(kind));
    if (json) {
        context.out << QString::fromUtf8(CatalogJson::write(items));
        return ExitOk;
    }
    // Aligned columns for people; scripts use --json.
    const UnitFormat format;
    qsizetype idWidth = 2;
    qsizetype kindWidth = 4;
    qsizetype nameWidth = 4;
    for (const CatalogItem &item : items) {
        idWidth = std::max(idWidth, item.id.size());
        kindWidth = std::max(kindWidth, CatalogItem::kindKey(item.kind).size());
        nameWidth = std::max(nameWidth, item.displayName().size());
    }
    for (const CatalogItem &item : items) {
        QString specs = CatalogSummary::keySpecs(item, format);
        if (!item.isVerified())
            specs = tr("[unverified] %1").arg(specs);
        context.out << item.id.leftJustified(idWidth) << "  "
                    << CatalogItem::kindKey(item.kind).leftJustified(kindWidth) << "  "
                    << item.displayName().leftJustified(nameWidth) << "  " << specs.trimmed()
                    << '\n';
    }
    return ExitOk;
}

int CatalogCommand::import(CatalogDatabase &db, const QString &file, bool dryRun,
                           CommandContext &context)
{
    const CatalogImportPreview preview = CatalogImport::previewFile(file, db);
    if (dryRun) {
        for (const CatalogImportRow &row : preview.accepted)
            context.out << CatalogImport::describe(row, preview.format) << '\n';
    }
    for (const CatalogImportIssue &issue : preview.rejected)
        context.err << CatalogImport::describe(issue, preview.format) << '\n';
    const int added = preview.count(CatalogImportRow::Action::Add);
    const int replaced = preview.count(CatalogImportRow::Action::Replace);
    const int unchanged = preview.count(CatalogImportRow::Action::Unchanged);
    if (!preview.isClean()) {
        context.err << tr("Nothing was imported: %n problem(s) found.", nullptr,
                          static_cast<int>(preview.rejected.size()))
                    << '\n';
        return ExitFailure;
    }
    const QString counts =
        tr("%1 new, %2 replaced, %3 unchanged").arg(added).arg(replaced).arg(unchanged);
    if (dryRun) {
        context.out
            << tr("Dry run: %n item(s) would be imported (%1); the catalog was not changed.",
                  nullptr, static_cast<int>(preview.accepted.size()))
                   .arg(counts)
            << '\n';
        return ExitOk;
    }
    const CatalogResult applied = CatalogImport::apply(preview, &db);
    if (!applied.ok()) {
        context.err << applied.errorText << '\n';
        return ExitFailure;
    }
    context.out << tr("Imported %n item(s) (%1) into %2.", nullptr,
                      static_cast<int>(preview.accepted.size()))
                       .arg(counts, db.filePath())
                << '\n';
    return ExitOk;
}

int CatalogCommand::exportTo(const CatalogDatabase &db, const QString &file,
                             CommandContext &context)
{
    int count = 0;
    const CatalogResult result = CatalogExport::toFile(db, file, &count);
    if (!result.ok()) {
        context.err << result.errorText << '\n';
        return ExitFailure;
    }
    context.out << tr("Exported %n item(s) to %1.", nullptr, count).arg(file) << '\n';
    return ExitOk;
}
