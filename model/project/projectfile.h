#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/rack.h"
#include "model/quote/quotestate.h"
#include "model/workload/workloadset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class DataHall;
class Project;
class QuoteDocument;

// What a project file holds, as values.
struct ProjectContent
{
    std::vector<RowSnapshot> rows;
    QList<CatalogItem> catalog; // the frozen rows the layout and the quote use
    std::vector<WorkloadSnapshot> workloads; // with the servers each runs on
    QuoteState quote;
    QString originalPath; // recovery files: the project file the work belongs to
    int schemaVersion = 0; // of the file as it was on disk
};

// The `.headroom` project file: an SQLite database (application_id marks it as ours,
// user_version is its schema version) holding the layout, the workloads and the servers
// they run on, and the quote, plus a frozen snapshot of every catalog row they use.
//
// Opening never changes the file: it is read read-only, and a file of an older schema is
// migrated step by step in a temporary copy. A corrupt, foreign or newer file is refused
// with a message that says which and where. Saving builds the whole database aside and
// hands its bytes to QSaveFile, which writes a temporary file beside the target and
// renames it over the target only when everything is on disk: a crash or kill -9 at any
// moment leaves the previous file as it was.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    // 3: workloads and their assignments; the quote and its revisions.
    static constexpr int kSchemaVersion = 3;
    static constexpr int kApplicationId = 0x48524d31; // "HRM1"

    static QString suffix() { return QStringLiteral("headroom"); }

    struct LoadResult
    {
        std::optional<ProjectContent> content;
        QString error; // when content is empty: what is wrong and where
    };
    static LoadResult load(const QString &path);

    // Writes the project: the hall, the workloads and their assignments, the quote, and
    // only the catalog rows they use. On failure returns false with *error set, and the
    // file at path is as it was.
    static bool save(const Project &project, const QString &path, QString *error,
                     const QString &originalPath = QString());
    // The hall alone, without workloads and with a fresh quote.
    static bool save(const DataHall &hall, const QString &path, QString *error,
                     const QString &originalPath = QString());

private:
    static bool write(const DataHall &hall, const QList<CatalogItem> &catalog,
                      const WorkloadSet *workloads, const QuoteState &quote, const QString &path,
                      QString *error, const QString &originalPath);

public:
    // The catalog rows a hall refers to: rack types, PDUs, placed items, the accelerators
    // their configurations use or offer.
    static QList<CatalogItem> usedCatalogItems(const DataHall &hall);
    // ... and the network parts the quote counts with (adapters, optics, cables).
    static QList<CatalogItem> usedCatalogItems(const DataHall &hall, const QuoteDocument &quote);
};
