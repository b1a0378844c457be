#include "model/catalog/catalogimport.h"

#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogjson.h"
#include "model/catalog/catalogvalidator.h"

#include <QFile>
#include <QFileInfo>

int CatalogImportPreview::count(CatalogImportRow::Action action) const
{
    return static_cast<int>(
        std::count_if(accepted.begin(), accepted.end(),
                      [action](const auto &row) { return row.action == action; }));
}

std::optional<CatalogFileFormat> CatalogImport::formatOf(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return CatalogFileFormat::Csv;
    if (suffix == QLatin1String("json"))
        return CatalogFileFormat::Json;
    return std::nullopt;
}

CatalogImportPreview CatalogImport::preview(const QByteArray &data, CatalogFileFormat format,
                                            const CatalogDatabase &db)
{
    CatalogImportPreview preview;
    preview.format = format;
    const CatalogFileRows file =
        format == CatalogFileFormat::Csv ? CatalogCsv::read(data) : CatalogJson::read(data);
    if (!file.fileError.isEmpty()) {
        preview.rejected.append({0, 0, QString(), file.fileError});
        return preview;
    }
    for (const CatalogFieldError &error : file.headerErrors)
        preview.rejected.append({1, 1, error.key, error.message});
    if (!file.headerErrors.isEmpty())
        return preview;
    if (file.rows.isEmpty()) {
        preview.rejected.append({0, 0, QString(), tr("The file holds no items.")});
        return preview;
    }

    // A row for an id the catalog has updates that item: the fields the file has replace
    // the item's, the rest keep their values. A row for a new id must have every required
    // field.
    struct Candidate
    {
        CatalogItem item;
        std::optional<CatalogItem> existing;
        QSet<QString> missingRequired;
    };
    QList<Candidate> candidates;
    candidates.reserve(file.rows.size());
    for (const CatalogFileRow &row : file.rows) {
        Candidate candidate;
        candidate.item = row.item;
        if (!row.item.id.isEmpty())
            candidate.existing = db.item(row.item.id);
        if (candidate.existing) {
            candidate.item = *candidate.existing;
            const bool pricePresent = row.keys.contains(QStringLiteral("price"))
                || row.keys.contains(QStringLiteral("price_currency"));
            for (const CatalogField &field : CatalogFields::all()) {
                if (field.type == CatalogFieldType::Price
                    || field.type == CatalogFieldType::Currency)
                    continue;
                if (row.keys.contains(field.key))
                    field.set(candidate.item, field.get(row.item));
            }
            if (pricePresent)
                candidate.item.price = row.item.price;
        } else {
            for (const CatalogField &field : CatalogFields::all()) {
                if (field.required && !row.keys.contains(field.key))
                    candidate.missingRequired.insert(field.key);
            }
        }
        candidates.append(std::move(candidate));
    }

    // Every row's id and kind count for references between rows, even a row rejected for
    // another reason: one mistake should be reported once, not again on every server
    // that names it.
    CatalogValidator validator(db);
    for (const Candidate &candidate : std::as_const(candidates))
        validator.addPending(candidate.item);

    QHash<QString, int> firstRowOfId;
    for (qsizetype i = 0; i < file.rows.size(); ++i) {
        const CatalogFileRow &row = file.rows.at(i);
        const Candidate &candidate = candidates.at(i);
        QList<CatalogFieldError> errors = row.errors;
        for (const QString &key : candidate.missingRequired)
            errors.append({key, tr("required column is missing")});
        if (row.errors.isEmpty()) {
            for (const CatalogFieldError &error : validator.validate(candidate.item)) {
                if (!candidate.missingRequired.contains(error.key))
                    errors.append(error);
            }
        }
        if (!row.item.id.isEmpty()) {
            const auto first = firstRowOfId.constFind(row.item.id);
            if (first != firstRowOfId.constEnd())
                errors.append(
                    {QStringLiteral("id"),
                     tr("duplicate id '%1': row %2 has it already").arg(row.item.id).arg(*first)});
            else
                firstRowOfId.insert(row.item.id, row.row);
        }
        if (!errors.isEmpty()) {
            for (const CatalogFieldError &error : std::as_const(errors))
                preview.rejected.append({row.row, row.line, error.key, error.message});
            continue;
        }
        CatalogImportRow accepted;
        accepted.row = row.row;
        accepted.item = candidate.item;
        accepted.action = !candidate.existing       ? CatalogImportRow::Action::Add
            : *candidate.existing == candidate.item ? CatalogImportRow::Action::Unchanged
                                                    : CatalogImportRow::Action::Replace;
        preview.accepted.append(std::move(accepted));
    }
    return preview;
}

CatalogImportPreview CatalogImport::previewFile(const QString &filePath, const CatalogDatabase &db)
{
    const std::optional<CatalogFileFormat> format = formatOf(filePath);
    CatalogImportPreview preview;
    if (!format) {
        preview.rejected.append(
            {0, 0, QString(),
             tr("'%1' is neither a .csv nor a .json file.").arg(QFileInfo(filePath).fileName())});
        return preview;
    }
    preview.format = *format;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.rejected.append(
            {0, 0, QString(), tr("Could not read '%1': %2").arg(filePath, file.errorString())});
        return preview;
    }
    return CatalogImport::preview(file.readAll(), *format, db);
}

CatalogResult CatalogImport::apply(const CatalogImportPreview &preview, CatalogDatabase *db)
{
    if (!preview.isClean())
        return CatalogResult::failure(tr("Nothing was imported: %n row(s) were rejected.", nullptr,
                                         static_cast<int>(preview.rejected.size())));
    QList<CatalogItem> changed;
    for (const CatalogImportRow &row : preview.accepted) {
        if (row.action != CatalogImportRow::Action::Unchanged)
            changed.append(row.item);
    }
    if (changed.isEmpty())
        return CatalogResult::success();
    return db->upsertItems(changed);
}

QString CatalogImport::describe(const CatalogImportIssue &issue, CatalogFileFormat format)
{
    QString where;
    if (issue.row == 0)
        return issue.reason;
    if (format == CatalogFileFormat::Json)
        where = tr("item %1").arg(issue.row);
    else if (issue.line != issue.row && issue.line > 0)
        where = tr("row %1 (line %2)").arg(issue.row).arg(issue.line);
    else
        where = tr("row %1").arg(issue.row);
    if (issue.column.isEmpty())
        return tr("%1: %2").arg(where, issue.reason);
    return tr("%1, column %2: %3").arg(where, issue.column, issue.reason);
}

QString CatalogImport::describe(const CatalogImportRow &row, CatalogFileFormat format)
{
    QString action;
    switch (row.action) {
    case CatalogImportRow::Action::Add:
        action = tr("add");
        break;
    case CatalogImportRow::Action::Replace:
        action = tr("replace");
        break;
    case CatalogImportRow::Action::Unchanged:
        action = tr("unchanged");
        break;
    }
    const QString where =
        format == CatalogFileFormat::Json ? tr("item %1").arg(row.row) : tr("row %1").arg(row.row);
    //: An accepted import row: "row 2: add acme-r1"
    return tr("%1: %2 %3").arg(where, action, row.item.id);
}
