#pragma once

#include "model/catalog/catalogitem.h"
#include "model/catalog/catalogresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class CatalogDatabase;

enum class CatalogFileFormat { Csv, Json };

// A rejected row: where (row and, for CSV, the line it starts on; column) and why. Row 0
// is the file as a whole, row 1 of a CSV file its header.
struct CatalogImportIssue
{
    int row = 0;
    int line = 0;
    QString column;
    QString reason;
};

// An accepted row and what applying it will do.
struct CatalogImportRow
{
    enum class Action { Add, Replace, Unchanged };
    int row = 0;
    CatalogItem item;
    Action action = Action::Add;
};

// What an import would do, before it does it: every accepted row with its action and every
// rejected row with its reasons. A dry run shows it; apply() only applies a preview
// without rejections, in one transaction.
struct CatalogImportPreview
{
    CatalogFileFormat format = CatalogFileFormat::Csv;
    QList<CatalogImportRow> accepted;
    QList<CatalogImportIssue> rejected;

    bool isClean() const { return rejected.isEmpty(); }
    int count(CatalogImportRow::Action action) const;
};

// CSV and JSON import: reads a file, checks every row on its own and against the catalog
// (CatalogValidator), and applies all rows or none. New ids are added and need every
// required field; a row for an existing id updates that item, changing the fields the file
// has (an empty cell or a JSON null clears one) and keeping the others, so a file with a
// few columns corrects a few specs. An id twice in one file is rejected.
class CatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)

public:
    // By extension: ".csv" or ".json" (any letter case).
    static std::optional<CatalogFileFormat> formatOf(const QString &filePath);

    static CatalogImportPreview preview(const QByteArray &data, CatalogFileFormat format,
                                        const CatalogDatabase &db);
    // Reads the file first; a file that cannot be read is a rejection of row 0.
    static CatalogImportPreview previewFile(const QString &filePath, const CatalogDatabase &db);

    // Applies a clean preview in one transaction; refuses one with rejections. After a
    // failure the catalog is exactly as it was.
    static CatalogResult apply(const CatalogImportPreview &preview, CatalogDatabase *db);

    // "row 5, column power_max_watts: power must not be negative" (CSV) or "item 4, field
    // ..." (JSON), for stderr and the preview dialog.
    static QString describe(const CatalogImportIssue &issue, CatalogFileFormat format);
    // "row 2: add acme-r1", what a dry run and the preview dialog list for an accepted row.
    static QString describe(const CatalogImportRow &row, CatalogFileFormat format);
};
