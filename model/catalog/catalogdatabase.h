#pragma once

#include "model/capacity/accelerator.h"
#include "model/catalog/catalogitem.h"
#include "model/catalog/catalogreferencefigure.h"
#include "model/catalog/catalogresult.h"
#include "model/catalog/catalogrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The hardware catalog: one SQLite database (QSQLITE) with foreign keys on, opened and
// migrated to the current schema (CatalogSchema), read as CatalogItem values. Every write
// is one transaction: it applies completely or not at all, and announces itself with the
// signals below so that item models follow without polling. ":memory:" opens a private
// in-memory catalog (tests, benchmarks).
class CatalogDatabase : public QObject
{
    Q_OBJECT

public:
    explicit CatalogDatabase(QObject *parent = nullptr);
    ~CatalogDatabase() override;

    // Opens a catalog file, creating an empty catalog when the file does not exist, and
    // brings it to the current schema version. Refuses (and leaves untouched) a file that
    // is damaged, not a catalog, or from a newer Headroom.
    CatalogResult open(const QString &filePath);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }

    // Reads. Items come in catalog order: by kind, then vendor, then model.
    QList<CatalogItem> items() const;
    QList<CatalogItem> items(ItemKind kind) const;
    std::optional<CatalogItem> item(const QString &id) const;
    bool contains(const QString &id) const;
    // Every id with its kind: what reference checks need, in one query.
    QHash<QString, ItemKind> itemKinds() const;
    int itemCount() const;
    // The ids of the servers that list an accelerator among their options.
    QStringList serversOffering(const QString &acceleratorId) const;

    // Every item as the catalog table shows it, in the order they were added: one scan of
    // the listing table, nothing formatted (see CatalogListing).
    QList<CatalogRow> rows() const;
    std::optional<CatalogRow> row(const QString &id) const;

    // How many items each vendor has of each kind, by kind and then vendor name.
    struct VendorCount
    {
        ItemKind kind;
        QString vendor;
        int count;
    };
    QList<VendorCount> vendorCounts() const;

    // Every accelerator, as the capacity engine takes it (SI units: FLOP/s, bytes, bytes/s,
    // W), in catalog order; acceleratorIds() gives the matching item ids.
    QList<Accelerator> accelerators() const;
    QStringList acceleratorIds() const;
    // Every accelerator's id and "vendor model", by name, for pickers: one query on the
    // listing, however large the catalog.
    QList<std::pair<QString, QString>> acceleratorNames() const;

    // Planning figures that are not products: rack power budgets, cooling limits, rules.
    QList<CatalogReferenceFigure> referenceFigures() const;

    // Writes, each in one transaction. Items must have passed validation: the database
    // refuses what breaks its constraints, but the messages are a user's only in
    // CatalogValidator.
    CatalogResult addItem(const CatalogItem &item);
    CatalogResult updateItem(const CatalogItem &item); // the item with item.id
    CatalogResult removeItem(const QString &id);
    // Adds new ids and replaces existing ones, all or nothing.
    CatalogResult upsertItems(const QList<CatalogItem> &items);
    // Deletes these ids, then adds or replaces these items, all or nothing (an import and
    // its undo). References between them are checked when everything is in place.
    CatalogResult applyChanges(const QStringList &removedIds, const QList<CatalogItem> &items);
    // Empties the catalog and fills it with these items and figures, all or nothing.
    CatalogResult replaceAll(const QList<CatalogItem> &items,
                             const QList<CatalogReferenceFigure> &figures);

    // A consistent copy of the whole catalog in a new file (SQLite's VACUUM INTO), taken
    // while the catalog stays open.
    CatalogResult backupTo(const QString &filePath) const;

    // The last error of the underlying connection, for diagnostics.
    QSqlDatabase connection() const { return m_db; }

signals:
    void itemAdded(const QString &id);
    void itemChanged(const QString &id);
    void itemRemoved(const QString &id);
    // Many items changed at once (import, reset, reopen): read everything again.
    void catalogReset();

private:
    CatalogResult write(const QString &what, const std::function<bool(QString *)> &work);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_filePath;
};
