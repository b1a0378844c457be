#include "model/catalog/catalogseed.h"

#include "model/catalog/catalogcsv.h"
#include "model/catalog/csvreader.h"

#include <QFile>

namespace {
QByteArray resource(const char *path)
{
    QFile file {QString::fromLatin1(path)};
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The catalog seed %s is missing from the build", path);
    return file.readAll();
}
} // namespace

QList<CatalogItem> CatalogSeed::items()
{
    // The seed is tested (tst_catalogseed) to read without a single error; a row that did
    // not would be a build defect, so it is reported loudly rather than skipped.
    const CatalogFileRows rows = CatalogCsv::read(resource(":/catalog/seed.csv"));
    if (!rows.readable())
        qFatal("The catalog seed cannot be read: %s", qPrintable(rows.fileError));
    QList<CatalogItem> items;
    items.reserve(rows.rows.size());
    for (const CatalogFileRow &row : rows.rows) {
        if (!row.errors.isEmpty())
            qWarning("Catalog seed row %d (%s): %s: %s", row.row, qPrintable(row.item.id),
                     qPrintable(row.errors.first().key), qPrintable(row.errors.first().message));
        items.append(row.item);
    }
    return items;
}

QList<CatalogReferenceFigure> CatalogSeed::referenceFigures()
{
    const CsvReader::Result csv = CsvReader::read(resource(":/catalog/reference-figures.csv"));
    QList<CatalogReferenceFigure> figures;
    if (!csv.ok() || csv.records.isEmpty())
        return figures;
    const QStringList header = csv.records.first().cells;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const QStringList &cells = csv.records.at(r).cells;
        auto cell = [&](const char *key) {
            const qsizetype column = header.indexOf(QLatin1String(key));
            return column >= 0 && column < cells.size() ? cells.at(column) : QString();
        };
        CatalogReferenceFigure figure;
        figure.id = cell("id");
        figure.category = cell("category");
        figure.name = cell("name");
        figure.powerWatts = cell("power_watts").toDouble();
        figure.powerLowWatts = cell("power_low_watts").toDouble();
        figure.powerHighWatts = cell("power_high_watts").toDouble();
        figure.weightKg = cell("weight_kg").toDouble();
        figure.rule = cell("rule");
        figure.source = cell("source");
        figure.confidence =
            CatalogItem::confidenceFromKey(cell("confidence")).value_or(Confidence::Low);
        figure.notes = cell("notes");
        figures.append(figure);
    }
    return figures;
}
