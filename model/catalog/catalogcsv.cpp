#include "model/catalog/catalogcsv.h"

#include "model/catalog/catalogfieldparser.h"
#include "model/catalog/csvreader.h"
#include "model/catalog/csvwriter.h"

#include <QHash>
#include <QSet>

CatalogFileRows CatalogCsv::read(const QByteArray &data)
{
    CatalogFileRows result;
    const CsvReader::Result csv = CsvReader::read(data);
    if (!csv.ok()) {
        result.fileError = csv.errorText;
        return result;
    }
    if (csv.records.isEmpty()) {
        result.fileError = tr("The file is empty: it needs a header row of column names.");
        return result;
    }

    const QStringList header = csv.records.first().cells;
    QSet<QString> seen;
    for (const QString &cell : header) {
        const QString key = cell.trimmed().toLower();
        if (key.isEmpty())
            result.headerErrors.append({cell, tr("a column has no name")});
        else if (!CatalogFields::find(key))
            result.headerErrors.append({cell.trimmed(), tr("is not a catalog column")});
        else if (seen.contains(key))
            result.headerErrors.append({key, tr("appears twice")});
        seen.insert(key);
    }
    // Without ids no row can be matched or added; other required columns are needed for
    // new items only, which the importer checks row by row.
    if (!seen.contains(QStringLiteral("id")))
        result.headerErrors.append({QStringLiteral("id"), tr("required column is missing")});
    if (!result.headerErrors.isEmpty())
        return result;

    QStringList keys;
    for (const QString &cell : header)
        keys.append(cell.trimmed().toLower());
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvRecord &record = csv.records.at(r);
        CatalogFileRow row;
        row.row = static_cast<int>(r) + 1;
        row.line = record.line;
        if (record.cells.size() != keys.size()) {
            row.errors.append({QString(),
                               tr("has %1 cells but the header has %2 columns")
                                   .arg(record.cells.size())
                                   .arg(keys.size())});
        } else {
            QHash<QString, QString> cells;
            for (qsizetype c = 0; c < keys.size(); ++c)
                cells.insert(keys.at(c), record.cells.at(c));
            row.errors = CatalogFieldParser::fromCells(cells, &row.item);
            row.keys = QSet<QString>(keys.begin(), keys.end());
        }
        result.rows.append(std::move(row));
    }
    return result;
}

QByteArray CatalogCsv::write(const QList<CatalogItem> &items)
{
    QList<QStringList> records;
    records.reserve(items.size() + 1);
    QStringList header;
    for (const CatalogField &field : CatalogFields::all())
        header.append(field.key);
    records.append(header);
    for (const CatalogItem &item : items) {
        QStringList cells;
        cells.reserve(header.size());
        for (const CatalogField &field : CatalogFields::all())
            cells.append(CatalogFields::toText(field, item));
        records.append(cells);
    }
    return CsvWriter::write(records);
}
