#include "model/catalog/catalogschema.h"

#include "model/catalog/catalogitem.h"
#include "model/catalog/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text() + QStringLiteral(" [") + statement.simplified().left(80)
        + QLatin1Char(']');
    return false;
}

int pragma(const QSqlDatabase &db, const char *name, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

// Version 1: items with their per-kind specs, vendors, prices, the accelerators a server
// can carry, and the reference figures (rack budgets, cooling limits) the layout reads.
// Quantities are SI with the unit in the column name; NULL means not known.
const char *const kVersion1[] = {
    R"(CREATE TABLE item_kinds (
        key TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE))",
    R"(CREATE TABLE vendors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL REFERENCES item_kinds(key),
        vendor_id INTEGER NOT NULL REFERENCES vendors(id),
        model TEXT NOT NULL CHECK (model <> ''),
        category TEXT,
        rack_units INTEGER CHECK (rack_units >= 0),
        width_mm REAL CHECK (width_mm >= 0),
        depth_mm REAL CHECK (depth_mm >= 0),
        height_mm REAL CHECK (height_mm >= 0),
        weight_kg REAL CHECK (weight_kg >= 0),
        power_typical_watts REAL CHECK (power_typical_watts >= 0),
        power_max_watts REAL CHECK (power_max_watts >= 0),
        psu_count INTEGER CHECK (psu_count >= 0),
        psu_rating_watts REAL CHECK (psu_rating_watts >= 0),
        cooling TEXT,
        form_factor TEXT,
        interfaces TEXT,
        electrical TEXT,
        configuration TEXT,
        source TEXT NOT NULL CHECK (source <> ''),
        confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
        notes TEXT))",
    "CREATE INDEX items_by_kind ON items(kind)",
    "CREATE INDEX items_by_vendor ON items(vendor_id)",
    R"(CREATE TABLE prices (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        price_currency TEXT NOT NULL CHECK (length(price_currency) = 3),
        price_minor_units INTEGER NOT NULL CHECK (price_minor_units >= 0),
        price_date TEXT,
        price_is_estimate INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE server_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        accelerator_count INTEGER CHECK (accelerator_count >= 0),
        cpu_sockets INTEGER CHECK (cpu_sockets >= 0),
        max_memory_bytes REAL CHECK (max_memory_bytes >= 0),
        drive_bays INTEGER CHECK (drive_bays >= 0),
        max_raw_storage_bytes REAL CHECK (max_raw_storage_bytes >= 0)))",
    // An accelerator that servers list cannot go while they do; the check waits for the
    // end of the transaction so that an edit may replace the row it points at.
    R"(CREATE TABLE server_accelerator_options (
        server_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        accelerator_id TEXT NOT NULL REFERENCES items(id) DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        PRIMARY KEY (server_id, accelerator_id)))",
    "CREATE INDEX server_accelerator_options_by_accelerator "
    "ON server_accelerator_options(accelerator_id)",
    R"(CREATE TABLE accelerator_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        generation TEXT,
        memory_bytes REAL CHECK (memory_bytes >= 0),
        memory_type TEXT,
        memory_bandwidth_bytes_per_second REAL CHECK (memory_bandwidth_bytes_per_second >= 0),
        dense_fp32_flops_per_second REAL CHECK (dense_fp32_flops_per_second >= 0),
        dense_tf32_flops_per_second REAL CHECK (dense_tf32_flops_per_second >= 0),
        dense_bf16_flops_per_second REAL CHECK (dense_bf16_flops_per_second >= 0),
        dense_fp16_flops_per_second REAL CHECK (dense_fp16_flops_per_second >= 0),
        dense_fp8_flops_per_second REAL CHECK (dense_fp8_flops_per_second >= 0),
        dense_int8_flops_per_second REAL CHECK (dense_int8_flops_per_second >= 0),
        dense_fp4_flops_per_second REAL CHECK (dense_fp4_flops_per_second >= 0),
        tdp_watts REAL CHECK (tdp_watts >= 0),
        scale_up_bandwidth_bytes_per_second REAL
            CHECK (scale_up_bandwidth_bytes_per_second >= 0),
        scale_up_domain_size INTEGER NOT NULL DEFAULT 1 CHECK (scale_up_domain_size >= 1)))",
    R"(CREATE TABLE storage_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        capacity_bytes REAL CHECK (capacity_bytes >= 0),
        read_bandwidth_bytes_per_second REAL CHECK (read_bandwidth_bytes_per_second >= 0),
        write_bandwidth_bytes_per_second REAL CHECK (write_bandwidth_bytes_per_second >= 0),
        read_iops REAL CHECK (read_iops >= 0),
        write_iops REAL CHECK (write_iops >= 0),
        endurance_drive_writes_per_day REAL CHECK (endurance_drive_writes_per_day >= 0)))",
    R"(CREATE TABLE network_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        port_count INTEGER CHECK (port_count >= 0),
        port_speed_bits_per_second REAL CHECK (port_speed_bits_per_second >= 0),
        switching_capacity_bits_per_second REAL
            CHECK (switching_capacity_bits_per_second >= 0)))",
    R"(CREATE TABLE rack_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        max_load_kg REAL CHECK (max_load_kg >= 0)))",
    R"(CREATE TABLE pdu_specs (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        power_capacity_watts REAL CHECK (power_capacity_watts >= 0),
        outlet_count INTEGER CHECK (outlet_count >= 0)))",
    R"(CREATE TABLE reference_figures (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        power_watts REAL,
        power_low_watts REAL,
        power_high_watts REAL,
        weight_kg REAL,
        rule TEXT,
        source TEXT NOT NULL,
        confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
        notes TEXT))",
    "CREATE INDEX reference_figures_by_category ON reference_figures(category)",
};

} // namespace

int CatalogSchema::version(const QSqlDatabase &db)
{
    return pragma(db, "user_version", nullptr);
}

CatalogResult CatalogSchema::upgrade(QSqlDatabase db)
{
    const QString file = db.databaseName();
    QString error;
    const int version = pragma(db, "user_version", &error);
    if (version < 0) {
        return CatalogResult::failure(
            tr("'%1' is not a catalog database, or it is damaged: %2").arg(file, error));
    }
    const int applicationId = pragma(db, "application_id", &error);
    if (version == 0 && applicationId == 0) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
            return CatalogResult::failure(tr("'%1' is not a catalog database, or it is damaged: %2")
                                              .arg(file, tables.lastError().text()));
        if (tables.value(0).toInt() != 0)
            return CatalogResult::failure(
                tr("'%1' is an SQLite database, but not a Headroom catalog. Nothing was changed.")
                    .arg(file));
    } else if (applicationId != kApplicationId) {
        return CatalogResult::failure(
            tr("'%1' is an SQLite database, but not a Headroom catalog. Nothing was changed.")
                .arg(file));
    }
    if (version > kCurrentVersion) {
        return CatalogResult::failure(
            tr("'%1' was written by a newer version of Headroom (catalog version %2; this "
               "version reads up to %3). Nothing was changed: update Headroom to use it.")
                .arg(file)
                .arg(version)
                .arg(kCurrentVersion));
    }
    // Foreign keys are off by default in SQLite and can only change outside a transaction.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error))
        return CatalogResult::failure(error);
    for (int next = version + 1; next <= kCurrentVersion; ++next) {
        const CatalogResult step = migrateTo(db, next);
        if (!step.ok())
            return step;
    }
    return CatalogResult::success();
}

CatalogResult CatalogSchema::migrateTo(QSqlDatabase &db, int version)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return CatalogResult::failure(
            tr("Could not start updating the catalog: %1").arg(db.lastError().text()));
    QString error;
    bool ok = false;
    switch (version) {
    case 1:
        ok = migrateTo1(db, &error);
        break;
    case 2:
        ok = migrateTo2(db, &error);
        break;
    default:
        error = QStringLiteral("no migration to version %1").arg(version);
        break;
    }
    if (ok)
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &error);
    if (!ok || !transaction.commit()) {
        return CatalogResult::failure(
            tr("Could not update the catalog '%1' to version %2; it was left as it was: %3")
                .arg(db.databaseName())
                .arg(version)
                .arg(error.isEmpty() ? db.lastError().text() : error));
    }
    return CatalogResult::success();
}

bool CatalogSchema::migrateTo1(QSqlDatabase &db, QString *error)
{
    // Version 0 is an empty file (upgrade() refused anything else), so there is nothing to
    // check before creating.
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error))
        return false;
    for (const char *statement : kVersion1) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    QSqlQuery kinds(db);
    kinds.prepare(QStringLiteral("INSERT INTO item_kinds (key, position) VALUES (?, ?)"));
    for (int i = 0; i < static_cast<int>(ItemKind::Count); ++i) {
        kinds.addBindValue(CatalogItem::kindKey(static_cast<ItemKind>(i)));
        kinds.addBindValue(i);
        if (!kinds.exec()) {
            *error = kinds.lastError().text();
            return false;
        }
    }
    return true;
}

bool CatalogSchema::migrateTo2(QSqlDatabase &db, QString *error)
{
    // Version 2 adds what the browser lists of each item, in one table it can read with a
    // single scan: opening 100,000 items through the joins of version 1 takes seconds,
    // one table a tenth of one (performance.md: search within a frame). The rows are
    // derived from the other tables and written with every item (CatalogListing); the
    // rows of a migrated catalog are filled when it is opened.
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'item_listings'"))
        || !tables.next()) {
        *error = tables.lastError().text();
        return false;
    }
    if (tables.value(0).toInt() > 0)
        return true;
    return exec(db, QStringLiteral(R"(CREATE TABLE item_listings (
        item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        kind_position INTEGER NOT NULL,
        vendor TEXT NOT NULL,
        model TEXT NOT NULL,
        confidence TEXT NOT NULL,
        rack_units INTEGER,
        power_watts REAL,
        weight_kg REAL,
        accelerator_count INTEGER,
        memory_bytes REAL,
        bandwidth_bytes_per_second REAL,
        port_count INTEGER,
        port_speed_bits_per_second REAL,
        bf16_flops_per_second REAL,
        price_minor_units INTEGER,
        price_currency TEXT,
        accelerator_options TEXT,
        search_text TEXT NOT NULL))"),
                error);
}
