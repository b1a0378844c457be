#include "model/catalog/catalogitemstore.h"

#include "model/catalog/catalogfields.h"
#include "model/catalog/cataloglisting.h"

#include <QDate>
#include <QSqlError>
#include <QStringList>

namespace {

const QString kVendor = QStringLiteral("vendor");
const QString kPrice = QStringLiteral("price");
const QString kCurrency = QStringLiteral("price_currency");
const QString kOptions = QStringLiteral("accelerator_options");
const QString kDomain = QStringLiteral("scale_up_domain_size");

QString alias(CatalogTable table)
{
    switch (table) {
    case CatalogTable::Items:
        return QStringLiteral("i");
    case CatalogTable::Prices:
        return QStringLiteral("p");
    case CatalogTable::ServerSpecs:
        return QStringLiteral("s");
    case CatalogTable::ServerAcceleratorOptions:
        return QStringLiteral("o");
    case CatalogTable::AcceleratorSpecs:
        return QStringLiteral("a");
    case CatalogTable::StorageSpecs:
        return QStringLiteral("st");
    case CatalogTable::NetworkSpecs:
        return QStringLiteral("n");
    case CatalogTable::RackSpecs:
        return QStringLiteral("r");
    case CatalogTable::PduSpecs:
        return QStringLiteral("pd");
    }
    return {};
}

// The column a field is stored in (its key, except where the table says otherwise).
QString column(const CatalogField &field)
{
    if (field.key == kVendor)
        return QStringLiteral("vendor_id");
    if (field.key == kPrice)
        return QStringLiteral("price_minor_units");
    return field.key;
}

// NULL stands for "not known": zero quantities and empty text are stored as NULL.
QVariant toSql(const CatalogField &field, const CatalogItem &item)
{
    const QVariant value = field.get(item);
    switch (field.type) {
    case CatalogFieldType::Integer:
        if (field.key == kDomain)
            return value.toInt();
        return value.toInt() == 0 ? QVariant() : value;
    case CatalogFieldType::Real:
        return value.toDouble() == 0.0 ? QVariant() : value;
    case CatalogFieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case CatalogFieldType::Date:
        return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate))
                                        : QVariant();
    case CatalogFieldType::Price:
        return value;
    case CatalogFieldType::IdList:
        return {};
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        return value.toString().isEmpty() ? QVariant() : value;
    }
    return {};
}

void fromSql(const CatalogField &field, const QVariant &value, CatalogItem *item)
{
    switch (field.type) {
    case CatalogFieldType::Integer:
        field.set(*item, value.isNull() ? (field.key == kDomain ? 1 : 0) : value.toInt());
        return;
    case CatalogFieldType::Real:
        field.set(*item, value.isNull() ? 0.0 : value.toDouble());
        return;
    case CatalogFieldType::Boolean:
        field.set(*item, value.isNull() ? true : value.toInt() != 0);
        return;
    case CatalogFieldType::Date:
        field.set(*item, QDate::fromString(value.toString(), Qt::ISODate));
        return;
    case CatalogFieldType::Price:
    case CatalogFieldType::IdList:
        return; // read with their companions in read()
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        field.set(*item, value.isNull() ? QString() : value.toString());
        return;
    }
}

bool isStored(const CatalogField &field, CatalogTable table)
{
    return field.table == table && field.key != kOptions;
}

} // namespace

QString CatalogItemStore::tableName(CatalogTable table)
{
    switch (table) {
    case CatalogTable::Items:
        return QStringLiteral("items");
    case CatalogTable::Prices:
        return QStringLiteral("prices");
    case CatalogTable::ServerSpecs:
        return QStringLiteral("server_specs");
    case CatalogTable::ServerAcceleratorOptions:
        return QStringLiteral("server_accelerator_options");
    case CatalogTable::AcceleratorSpecs:
        return QStringLiteral("accelerator_specs");
    case CatalogTable::StorageSpecs:
        return QStringLiteral("storage_specs");
    case CatalogTable::NetworkSpecs:
        return QStringLiteral("network_specs");
    case CatalogTable::RackSpecs:
        return QStringLiteral("rack_specs");
    case CatalogTable::PduSpecs:
        return QStringLiteral("pdu_specs");
    }
    return {};
}

CatalogItemStore::CatalogItemStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

CatalogItemStore::~CatalogItemStore() = default;

QList<CatalogItem> CatalogItemStore::read(const QString &where, const QVariantList &values,
                                          QString *error) const
{
    static const QString select = [] {
        QStringList columns;
        for (const CatalogField &field : CatalogFields::all()) {
            if (field.key == kOptions)
                continue;
            if (field.key == kVendor)
                columns << QStringLiteral("v.name");
            else
                columns << alias(field.table) + QLatin1Char('.') + column(field);
        }
        QString sql = QStringLiteral("SELECT ") + columns.join(QLatin1String(", "))
            + QStringLiteral(" FROM items i JOIN vendors v ON v.id = i.vendor_id"
                             " JOIN item_kinds k ON k.key = i.kind");
        for (CatalogTable table :
             {CatalogTable::Prices, CatalogTable::ServerSpecs, CatalogTable::AcceleratorSpecs,
              CatalogTable::StorageSpecs, CatalogTable::NetworkSpecs, CatalogTable::RackSpecs,
              CatalogTable::PduSpecs}) {
            sql += QStringLiteral(" LEFT JOIN %1 %2 ON %2.item_id = i.id")
                       .arg(tableName(table), alias(table));
        }
        return sql;
    }();
    QString sql = select;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY k.position, v.name, i.model, i.id");

    QList<CatalogItem> items;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return items;
    }
    QHash<QString, qsizetype> rowOfId;
    while (query.next()) {
        CatalogItem item;
        int index = 0;
        QVariant price;
        QString currency;
        for (const CatalogField &field : CatalogFields::all()) {
            if (field.key == kOptions)
                continue;
            const QVariant value = query.value(index++);
            if (field.key == kPrice)
                price = value;
            else if (field.key == kCurrency)
                currency = value.toString();
            else
                fromSql(field, value, &item);
        }
        if (!price.isNull())
            item.price = Money {price.toLongLong(), currency};
        rowOfId.insert(item.id, items.size());
        items.append(std::move(item));
    }

    // Accelerator options in the order the server lists them.
    QSqlQuery options(m_db);
    options.setForwardOnly(true);
    QString optionsSql =
        QStringLiteral("SELECT server_id, accelerator_id FROM server_accelerator_options");
    if (items.size() == 1)
        optionsSql += QStringLiteral(" WHERE server_id = ?");
    options.prepare(optionsSql + QStringLiteral(" ORDER BY server_id, position"));
    if (items.size() == 1)
        options.addBindValue(items.first().id);
    if (!options.exec()) {
        if (error)
            *error = options.lastError().text();
        return {};
    }
    while (options.next()) {
        const auto row = rowOfId.constFind(options.value(0).toString());
        if (row != rowOfId.constEnd())
            items[*row].acceleratorOptions.append(options.value(1).toString());
    }
    return items;
}

bool CatalogItemStore::prepare(CatalogTable table, QString *error)
{
    if (m_inserts.count(table))
        return true;
    QStringList columns;
    if (table != CatalogTable::Items)
        columns << QStringLiteral("item_id");
    if (table == CatalogTable::ServerAcceleratorOptions)
        columns = {QStringLiteral("server_id"), QStringLiteral("accelerator_id"),
                   QStringLiteral("position")};
    for (const CatalogField &field : CatalogFields::all()) {
        if (isStored(field, table))
            columns << column(field);
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(tableName(table), columns.join(QLatin1String(", ")),
                                placeholders.join(QLatin1String(", "))))) {
        *error = query.lastError().text();
        return false;
    }
    m_inserts.emplace(table, std::move(query));
    return true;
}

qint64 CatalogItemStore::vendorId(const QString &name, QString *error)
{
    const auto cached = m_vendorIds.constFind(name);
    if (cached != m_vendorIds.constEnd())
        return *cached;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO vendors (name) VALUES (?) "
                                  "ON CONFLICT (name) DO NOTHING"));
    insert.addBindValue(name);
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT id FROM vendors WHERE name = ?"));
    select.addBindValue(name);
    if (!insert.exec() || !select.exec() || !select.next()) {
        *error =
            insert.lastError().isValid() ? insert.lastError().text() : select.lastError().text();
        return -1;
    }
    const qint64 id = select.value(0).toLongLong();
    m_vendorIds.insert(name, id);
    return id;
}

bool CatalogItemStore::insert(const CatalogItem &item, QString *error)
{
    const qint64 vendor = vendorId(item.vendor, error);
    if (vendor < 0)
        return false;
    for (CatalogTable table :
         {CatalogTable::Items, CatalogTable::Prices, CatalogTable::ServerSpecs,
          CatalogTable::AcceleratorSpecs, CatalogTable::StorageSpecs, CatalogTable::NetworkSpecs,
          CatalogTable::RackSpecs, CatalogTable::PduSpecs}) {
        if (table == CatalogTable::Prices && !item.price)
            continue;
        bool applies = table == CatalogTable::Items || table == CatalogTable::Prices;
        for (const CatalogField &field : CatalogFields::all()) {
            if (field.table == table && field.appliesTo(item.kind))
                applies = true;
        }
        if (!applies)
            continue;
        if (!prepare(table, error))
            return false;
        QSqlQuery &query = m_inserts.at(table);
        int index = 0;
        if (table != CatalogTable::Items)
            query.bindValue(index++, item.id);
        for (const CatalogField &field : CatalogFields::all()) {
            if (!isStored(field, table))
                continue;
            query.bindValue(index++, field.key == kVendor ? QVariant(vendor) : toSql(field, item));
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!m_listing)
        m_listing = std::make_unique<CatalogListing>(m_db);
    if (!m_listing->insert(item, error))
        return false;
    if (item.kind == ItemKind::GpuServer && !item.acceleratorOptions.isEmpty()) {
        if (!prepare(CatalogTable::ServerAcceleratorOptions, error))
            return false;
        QSqlQuery &query = m_inserts.at(CatalogTable::ServerAcceleratorOptions);
        for (int position = 0; position < item.acceleratorOptions.size(); ++position) {
            query.bindValue(0, item.id);
            query.bindValue(1, item.acceleratorOptions.at(position));
            query.bindValue(2, position);
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
        }
    }
    return true;
}

bool CatalogItemStore::remove(const QString &id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM items WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool CatalogItemStore::removeUnusedVendors(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "DELETE FROM vendors WHERE id NOT IN (SELECT DISTINCT vendor_id FROM items)"))) {
        *error = query.lastError().text();
        return false;
    }
    m_vendorIds.clear();
    return true;
}
