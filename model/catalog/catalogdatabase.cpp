#include "model/catalog/catalogdatabase.h"

#include "model/catalog/catalogitemstore.h"
#include "model/catalog/cataloglisting.h"
#include "model/catalog/catalogschema.h"
#include "model/catalog/sqltransaction.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("headroom-catalog-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

CatalogDatabase::CatalogDatabase(QObject *parent)
    : QObject(parent)
{ }

CatalogDatabase::~CatalogDatabase()
{
    close();
}

CatalogResult CatalogDatabase::open(const QString &filePath)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        close();
        return CatalogResult::failure(
            tr("Could not open the catalog '%1': %2").arg(filePath, error));
    }
    const CatalogResult upgraded = CatalogSchema::upgrade(m_db);
    if (!upgraded.ok()) {
        close();
        return upgraded;
    }
    QString error;
    if (!CatalogListing::ensureComplete(m_db, &error)) {
        close();
        return CatalogResult::failure(
            tr("Could not open the catalog '%1': %2").arg(filePath, error));
    }
    m_filePath = filePath;
    emit catalogReset();
    return CatalogResult::success();
}

void CatalogDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_filePath.clear();
}

bool CatalogDatabase::isOpen() const
{
    return m_db.isOpen();
}

QList<CatalogItem> CatalogDatabase::items() const
{
    return CatalogItemStore(m_db).read();
}

QList<CatalogItem> CatalogDatabase::items(ItemKind kind) const
{
    return CatalogItemStore(m_db).read(QStringLiteral("i.kind = ?"), {CatalogItem::kindKey(kind)});
}

std::optional<CatalogItem> CatalogDatabase::item(const QString &id) const
{
    const QList<CatalogItem> found = CatalogItemStore(m_db).read(QStringLiteral("i.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool CatalogDatabase::contains(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

QHash<QString, ItemKind> CatalogDatabase::itemKinds() const
{
    QHash<QString, ItemKind> kinds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, kind FROM items")))
        return kinds;
    while (query.next()) {
        if (const auto kind = CatalogItem::kindFromKey(query.value(1).toString()))
            kinds.insert(query.value(0).toString(), *kind);
    }
    return kinds;
}

int CatalogDatabase::itemCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM items")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList CatalogDatabase::serversOffering(const QString &acceleratorId) const
{
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT server_id FROM server_accelerator_options "
                                 "WHERE accelerator_id = ? ORDER BY server_id"));
    query.addBindValue(acceleratorId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

QList<CatalogRow> CatalogDatabase::rows() const
{
    return CatalogListing::read(m_db);
}

std::optional<CatalogRow> CatalogDatabase::row(const QString &id) const
{
    const QList<CatalogRow> found = CatalogListing::read(m_db, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CatalogDatabase::VendorCount> CatalogDatabase::vendorCounts() const
{
    // Grouped by SQLite over the listing table: a few milliseconds for 100,000 items.
    QList<VendorCount> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind_position, vendor, count(*) FROM item_listings "
                                   "GROUP BY kind_position, vendor "
                                   "ORDER BY kind_position, vendor COLLATE NOCASE")))
        return counts;
    while (query.next()) {
        const int kind = query.value(0).toInt();
        if (kind >= 0 && kind < static_cast<int>(ItemKind::Count))
            counts.append(
                {static_cast<ItemKind>(kind), query.value(1).toString(), query.value(2).toInt()});
    }
    return counts;
}

QList<Accelerator> CatalogDatabase::accelerators() const
{
    QList<Accelerator> result;
    for (const CatalogItem &item : items(ItemKind::Accelerator))
        result.append(item.accelerator);
    return result;
}

QStringList CatalogDatabase::acceleratorIds() const
{
    QStringList ids;
    for (const CatalogItem &item : items(ItemKind::Accelerator))
        ids.append(item.id);
    return ids;
}

QList<std::pair<QString, QString>> CatalogDatabase::acceleratorNames() const
{
    QList<std::pair<QString, QString>> names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT item_id, vendor || ' ' || model FROM item_listings "
                                 "WHERE kind_position = ? ORDER BY vendor COLLATE NOCASE, "
                                 "model COLLATE NOCASE"));
    query.addBindValue(static_cast<int>(ItemKind::Accelerator));
    if (query.exec()) {
        while (query.next())
            names.append({query.value(0).toString(), query.value(1).toString()});
    }
    return names;
}

QList<CatalogReferenceFigure> CatalogDatabase::referenceFigures() const
{
    QList<CatalogReferenceFigure> figures;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT id, category, name, power_watts, power_low_watts, power_high_watts, "
            "weight_kg, rule, source, confidence, notes FROM reference_figures "
            "ORDER BY category, id")))
        return figures;
    while (query.next()) {
        CatalogReferenceFigure figure;
        figure.id = query.value(0).toString();
        figure.category = query.value(1).toString();
        figure.name = query.value(2).toString();
        figure.powerWatts = query.value(3).toDouble();
        figure.powerLowWatts = query.value(4).toDouble();
        figure.powerHighWatts = query.value(5).toDouble();
        figure.weightKg = query.value(6).toDouble();
        figure.rule = query.value(7).toString();
        figure.source = query.value(8).toString();
        figure.confidence =
            CatalogItem::confidenceFromKey(query.value(9).toString()).value_or(Confidence::Low);
        figure.notes = query.value(10).toString();
        figures.append(figure);
    }
    return figures;
}

CatalogResult CatalogDatabase::write(const QString &what,
                                     const std::function<bool(QString *)> &work)
{
    if (!isOpen())
        return CatalogResult::failure(tr("%1: no catalog is open.").arg(what));
    SqlTransaction transaction(m_db);
    QString error;
    if (!transaction.isActive())
        error = m_db.lastError().text();
    else if (work(&error) && transaction.commit())
        return CatalogResult::success();
    if (error.isEmpty())
        error = m_db.lastError().text();
    return CatalogResult::failure(
        tr("%1 failed; the catalog was not changed: %2").arg(what, error));
}

CatalogResult CatalogDatabase::addItem(const CatalogItem &item)
{
    const CatalogResult result = write(tr("Adding '%1'").arg(item.id), [&](QString *error) {
        return CatalogItemStore(m_db).insert(item, error);
    });
    if (result.ok())
        emit itemAdded(item.id);
    return result;
}

CatalogResult CatalogDatabase::updateItem(const CatalogItem &item)
{
    const CatalogResult result = write(tr("Changing '%1'").arg(item.id), [&](QString *error) {
        if (!contains(item.id)) {
            *error = tr("there is no item '%1'").arg(item.id);
            return false;
        }
        // Replacing the row keeps the code to one insert path; the options that point at
        // this item are checked at commit, when the row is back.
        CatalogItemStore store(m_db);
        return store.remove(item.id, error) && store.insert(item, error)
            && store.removeUnusedVendors(error);
    });
    if (result.ok())
        emit itemChanged(item.id);
    return result;
}

CatalogResult CatalogDatabase::removeItem(const QString &id)
{
    const CatalogResult result = write(tr("Deleting '%1'").arg(id), [&](QString *error) {
        if (!contains(id)) {
            *error = tr("there is no item '%1'").arg(id);
            return false;
        }
        const QStringList servers = serversOffering(id);
        if (!servers.isEmpty()) {
            *error = tr("%n server(s) list it as an accelerator option (%1); remove it there first",
                        nullptr, servers.size())
                         .arg(servers.join(QLatin1String(", ")));
            return false;
        }
        CatalogItemStore store(m_db);
        return store.remove(id, error) && store.removeUnusedVendors(error);
    });
    if (result.ok())
        emit itemRemoved(id);
    return result;
}

CatalogResult CatalogDatabase::upsertItems(const QList<CatalogItem> &items)
{
    return applyChanges({}, items);
}

CatalogResult CatalogDatabase::applyChanges(const QStringList &removedIds,
                                            const QList<CatalogItem> &items)
{
    const CatalogResult result =
        write(tr("Importing %n item(s)", nullptr, items.size()), [&](QString *error) {
            CatalogItemStore store(m_db);
            for (const QString &id : removedIds) {
                if (!store.remove(id, error))
                    return false;
            }
            for (const CatalogItem &item : items) {
                if (contains(item.id) && !store.remove(item.id, error))
                    return false;
                if (!store.insert(item, error)) {
                    *error = QStringLiteral("%1: %2").arg(item.id, *error);
                    return false;
                }
            }
            return store.removeUnusedVendors(error);
        });
    if (result.ok())
        emit catalogReset();
    return result;
}

CatalogResult CatalogDatabase::replaceAll(const QList<CatalogItem> &items,
                                          const QList<CatalogReferenceFigure> &figures)
{
    const CatalogResult result = write(tr("Filling the catalog"), [&](QString *error) {
        QSqlQuery clear(m_db);
        for (const char *statement : {"DELETE FROM server_accelerator_options", "DELETE FROM items",
                                      "DELETE FROM vendors", "DELETE FROM reference_figures"}) {
            if (!clear.exec(QLatin1String(statement))) {
                *error = clear.lastError().text();
                return false;
            }
        }
        CatalogItemStore store(m_db);
        for (const CatalogItem &item : items) {
            if (!store.insert(item, error)) {
                *error = QStringLiteral("%1: %2").arg(item.id, *error);
                return false;
            }
        }
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO reference_figures (id, category, name, power_watts, power_low_watts, "
            "power_high_watts, weight_kg, rule, source, confidence, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        auto nullIfZero = [](double v) { return v == 0.0 ? QVariant() : QVariant(v); };
        for (const CatalogReferenceFigure &figure : figures) {
            insert.bindValue(0, figure.id);
            insert.bindValue(1, figure.category);
            insert.bindValue(2, figure.name);
            insert.bindValue(3, nullIfZero(figure.powerWatts));
            insert.bindValue(4, nullIfZero(figure.powerLowWatts));
            insert.bindValue(5, nullIfZero(figure.powerHighWatts));
            insert.bindValue(6, nullIfZero(figure.weightKg));
            insert.bindValue(7, figure.rule);
            insert.bindValue(8, figure.source);
            insert.bindValue(9, CatalogItem::confidenceKey(figure.confidence));
            insert.bindValue(10, figure.notes);
            if (!insert.exec()) {
                *error = QStringLiteral("%1: %2").arg(figure.id, insert.lastError().text());
                return false;
            }
        }
        return true;
    });
    if (result.ok())
        emit catalogReset();
    return result;
}

CatalogResult CatalogDatabase::backupTo(const QString &filePath) const
{
    if (!isOpen())
        return CatalogResult::failure(tr("%1: no catalog is open.").arg(tr("Backing up")));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(filePath);
    if (!query.exec())
        return CatalogResult::failure(
            tr("Could not copy the catalog to '%1': %2").arg(filePath, query.lastError().text()));
    return CatalogResult::success();
}
