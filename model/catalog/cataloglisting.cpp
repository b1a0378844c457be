#include "model/catalog/cataloglisting.h"

#include "model/catalog/catalogitemstore.h"
#include "model/catalog/sqltransaction.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

const char *const kColumns =
    "item_id, kind_position, vendor, model, confidence, rack_units, power_watts, weight_kg, "
    "accelerator_count, memory_bytes, bandwidth_bytes_per_second, port_count, "
    "port_speed_bits_per_second, bf16_flops_per_second, price_minor_units, price_currency, "
    "accelerator_options, search_text";

QVariant nullIfZero(double value)
{
    return value == 0.0 ? QVariant() : QVariant(value);
}

class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_statement,
                               nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

QByteArrayView bytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(bytes(statement, column));
}

} // namespace

CatalogListing::CatalogListing(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
{ }

bool CatalogListing::insert(const CatalogItem &item, QString *error)
{
    if (!m_prepared) {
        m_prepared = m_insert.prepare(
            QStringLiteral("INSERT INTO item_listings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(QLatin1String(kColumns)));
        if (!m_prepared) {
            *error = m_insert.lastError().text();
            return false;
        }
    }
    const CatalogRow row = CatalogRow::from(item);
    int i = 0;
    m_insert.bindValue(i++, row.id);
    m_insert.bindValue(i++, static_cast<int>(row.kind));
    m_insert.bindValue(i++, row.vendor);
    m_insert.bindValue(i++, row.model);
    m_insert.bindValue(i++, CatalogItem::confidenceKey(row.confidence));
    m_insert.bindValue(i++, row.rackUnits == 0 ? QVariant() : QVariant(row.rackUnits));
    m_insert.bindValue(i++, nullIfZero(row.powerWatts));
    m_insert.bindValue(i++, nullIfZero(row.weightKg));
    m_insert.bindValue(i++,
                       row.acceleratorCount == 0 ? QVariant() : QVariant(row.acceleratorCount));
    m_insert.bindValue(i++, nullIfZero(row.memoryBytes));
    m_insert.bindValue(i++, nullIfZero(row.bandwidthBytesPerSecond));
    m_insert.bindValue(i++, row.portCount == 0 ? QVariant() : QVariant(row.portCount));
    m_insert.bindValue(i++, nullIfZero(row.portSpeedBitsPerSecond));
    m_insert.bindValue(i++, nullIfZero(row.bf16FlopsPerSecond));
    m_insert.bindValue(i++, row.price ? QVariant(row.price->minorUnits) : QVariant());
    m_insert.bindValue(i++, row.price ? QVariant(row.price->currency) : QVariant());
    m_insert.bindValue(i++,
                       row.acceleratorOptions.isEmpty()
                           ? QVariant()
                           : QVariant(row.acceleratorOptions.join(QLatin1Char(';'))));
    m_insert.bindValue(i++, QString::fromUtf8(row.searchText));
    if (!m_insert.exec()) {
        *error = m_insert.lastError().text();
        return false;
    }
    return true;
}

QList<CatalogRow> CatalogListing::read(const QSqlDatabase &db, const QString &id)
{
    QList<CatalogRow> rows;
    QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM item_listings";
    // In the order the items were added (the table's natural order, so free).
    sql += id.isEmpty() ? QByteArray(" ORDER BY rowid") : QByteArray(" WHERE item_id = ?");
    const Statement statement(handleOf(db), sql);
    sqlite3_stmt *s = statement.get();
    if (!s)
        return rows;
    const QByteArray idUtf8 = id.toUtf8();
    if (!id.isEmpty())
        sqlite3_bind_text(s, 1, idUtf8.constData(), static_cast<int>(idUtf8.size()), SQLITE_STATIC);

    // Vendor names repeat thousands of times: one shared string per vendor.
    QHash<QByteArray, QString> vendors;
    while (sqlite3_step(s) == SQLITE_ROW) {
        CatalogRow row;
        row.id = text(s, 0);
        const int kind = sqlite3_column_int(s, 1);
        row.kind = kind >= 0 && kind < static_cast<int>(ItemKind::Count)
            ? static_cast<ItemKind>(kind)
            : ItemKind::GpuServer;
        const QByteArrayView vendor = bytes(s, 2);
        auto shared = vendors.constFind(QByteArray::fromRawData(vendor.data(), vendor.size()));
        if (shared == vendors.constEnd())
            shared = vendors.insert(vendor.toByteArray(), QString::fromUtf8(vendor));
        row.vendor = *shared;
        row.model = text(s, 3);
        row.confidence = CatalogItem::confidenceFromKey(QString::fromLatin1(bytes(s, 4)))
                             .value_or(Confidence::Low);
        row.rackUnits = sqlite3_column_int(s, 5);
        row.powerWatts = sqlite3_column_double(s, 6);
        row.weightKg = sqlite3_column_double(s, 7);
        row.acceleratorCount = sqlite3_column_int(s, 8);
        row.memoryBytes = sqlite3_column_double(s, 9);
        row.bandwidthBytesPerSecond = sqlite3_column_double(s, 10);
        row.portCount = sqlite3_column_int(s, 11);
        row.portSpeedBitsPerSecond = sqlite3_column_double(s, 12);
        row.bf16FlopsPerSecond = sqlite3_column_double(s, 13);
        if (sqlite3_column_type(s, 14) != SQLITE_NULL)
            row.price = Money {sqlite3_column_int64(s, 14), text(s, 15)};
        if (sqlite3_column_type(s, 16) != SQLITE_NULL)
            row.acceleratorOptions = text(s, 16).split(QLatin1Char(';'));
        row.searchText = bytes(s, 17).toByteArray();
        rows.append(std::move(row));
    }
    return rows;
}

bool CatalogListing::ensureComplete(const QSqlDatabase &db, QString *error)
{
    QSqlQuery counts(db);
    if (!counts.exec(QStringLiteral("SELECT (SELECT count(*) FROM items), "
                                    "(SELECT count(*) FROM item_listings)"))
        || !counts.next()) {
        *error = counts.lastError().text();
        return false;
    }
    if (counts.value(0).toLongLong() == counts.value(1).toLongLong())
        return true;
    SqlTransaction transaction(db);
    QSqlQuery clear(db);
    if (!transaction.isActive() || !clear.exec(QStringLiteral("DELETE FROM item_listings"))) {
        *error = clear.lastError().text();
        return false;
    }
    CatalogListing listing(db);
    for (const CatalogItem &item : CatalogItemStore(db).read(QString(), {}, error)) {
        if (!listing.insert(item, error))
            return false;
    }
    if (!error->isEmpty())
        return false;
    return transaction.commit();
}
