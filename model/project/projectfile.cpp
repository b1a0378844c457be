#include "model/project/projectfile.h"

#include "model/layout/datahall.h"
#include "model/project/catalogitemjson.h"
#include "model/project/project.h"
#include "model/project/quotetables.h"
#include "model/quote/quotedocument.h"
#include "model/workload/workloadjson.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <map>

namespace {

// --- statement text, all in one place ---

// Schema version 1: the layout without server configurations, side PDUs or per-rack
// cooling ceilings. New files are created as version 1 and migrated, so the migration
// path runs on every save.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE catalog_items (id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE hall_rows (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
    "name TEXT NOT NULL)",
    "CREATE TABLE racks (id INTEGER PRIMARY KEY, "
    "row_id INTEGER NOT NULL REFERENCES hall_rows(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, name TEXT NOT NULL, "
    "rack_type_id TEXT NOT NULL REFERENCES catalog_items(id), feed_w REAL NOT NULL, "
    "feed_count INTEGER NOT NULL, phase TEXT NOT NULL, cooling TEXT NOT NULL)",
    "CREATE TABLE placements (id INTEGER PRIMARY KEY, "
    "rack_id INTEGER NOT NULL REFERENCES racks(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, item_id TEXT NOT NULL REFERENCES catalog_items(id), "
    "position_u INTEGER NOT NULL, face TEXT NOT NULL)",
};

// Version 2: server configurations (filled with each server's catalog build), 0U side
// PDUs and a cooling ceiling per rack (filled with the default of its cooling type).
const char *const kMigrationTo2[] = {
    "ALTER TABLE racks ADD COLUMN cooling_ceiling_w REAL NOT NULL DEFAULT 0",
    "UPDATE racks SET cooling_ceiling_w = CASE cooling WHEN 'rear_door' THEN 60000 "
    "WHEN 'direct_liquid' THEN 120000 ELSE 30000 END",
    "CREATE TABLE rack_pdus (rack_id INTEGER NOT NULL REFERENCES racks(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, item_id TEXT NOT NULL REFERENCES catalog_items(id), "
    "PRIMARY KEY (rack_id, position))",
    "ALTER TABLE placements ADD COLUMN accelerator_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE placements ADD COLUMN accelerator_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE placements ADD COLUMN drive_count INTEGER NOT NULL DEFAULT 0",
    "UPDATE placements SET "
    "accelerator_id = COALESCE((SELECT json_extract(c.data, '$.accelerator_options[0]') "
    "FROM catalog_items c WHERE c.id = item_id AND c.kind = 'gpu_server'), ''), "
    "accelerator_count = COALESCE((SELECT json_extract(c.data, '$.accelerator_count') "
    "FROM catalog_items c WHERE c.id = item_id AND c.kind = 'gpu_server'), 0), "
    "drive_count = COALESCE((SELECT json_extract(c.data, '$.drive_bays') "
    "FROM catalog_items c WHERE c.id = item_id AND c.kind = 'gpu_server'), 0)",
};

// Version 3: workloads (one JSON object each, as WorkloadJson writes it, so that new
// workload fields need no schema step) and the server placements each one runs on. Its
// own step, kept apart from any other version-3 change.
const char *const kMigrationTo3Workloads[] = {
    "CREATE TABLE workloads (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
    "data TEXT NOT NULL)",
    "CREATE TABLE assignments ("
    "workload_id INTEGER NOT NULL REFERENCES workloads(id) ON DELETE CASCADE, "
    "placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE, "
    "PRIMARY KEY (workload_id, placement_id))",
};

const QString kSelectCatalog = QStringLiteral("SELECT id, kind, data FROM catalog_items");
const QString kSelectMeta = QStringLiteral("SELECT key, value FROM meta");
const QString kSelectRows = QStringLiteral("SELECT id, name FROM hall_rows ORDER BY position, id");
const QString kSelectRacks =
    QStringLiteral("SELECT id, row_id, name, rack_type_id, feed_w, feed_count, phase, cooling, "
                   "cooling_ceiling_w FROM racks ORDER BY row_id, position, id");
const QString kSelectPdus =
    QStringLiteral("SELECT rack_id, item_id FROM rack_pdus ORDER BY rack_id, position");
const QString kSelectPlacements = QStringLiteral(
    "SELECT id, rack_id, item_id, position_u, face, accelerator_id, accelerator_count, "
    "drive_count FROM placements ORDER BY rack_id, position, id");
const QString kSelectWorkloads =
    QStringLiteral("SELECT id, data FROM workloads ORDER BY position, id");
const QString kSelectAssignments = QStringLiteral(
    "SELECT workload_id, placement_id FROM assignments ORDER BY workload_id, placement_id");
const QString kInsertWorkload =
    QStringLiteral("INSERT INTO workloads (id, position, data) VALUES (?, ?, ?)");
const QString kInsertAssignment =
    QStringLiteral("INSERT INTO assignments (workload_id, placement_id) VALUES (?, ?)");
const QString kInsertMeta = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
const QString kInsertCatalog =
    QStringLiteral("INSERT INTO catalog_items (id, kind, data) VALUES (?, ?, ?)");
const QString kInsertRow =
    QStringLiteral("INSERT INTO hall_rows (id, position, name) VALUES (?, ?, ?)");
const QString kInsertRack = QStringLiteral(
    "INSERT INTO racks (id, row_id, position, name, rack_type_id, feed_w, feed_count, phase, "
    "cooling, cooling_ceiling_w) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertPdu =
    QStringLiteral("INSERT INTO rack_pdus (rack_id, position, item_id) VALUES (?, ?, ?)");
const QString kInsertPlacement = QStringLiteral(
    "INSERT INTO placements (id, rack_id, position, item_id, position_u, face, accelerator_id, "
    "accelerator_count, drive_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

// One named connection that is closed and removed when it goes out of scope.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("headroom-project-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// Rolls back unless committed: an early return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

bool run(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

template<size_t N> bool runAll(QSqlDatabase db, const char *const (&statements)[N], QString *error)
{
    for (const char *statement : statements) {
        if (!run(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

std::optional<int> pragmaInt(QSqlDatabase db, const char *pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool migrateWorkloadsTo3(QSqlDatabase db, QString *error)
{
    return runAll(db, kMigrationTo3Workloads, error);
}

// One step per schema version, each in its own transaction.
bool migrate(QSqlDatabase db, int from, QString *error)
{
    for (int version = from + 1; version <= ProjectFile::kSchemaVersion; ++version) {
        Transaction transaction(db);
        bool ok = false;
        switch (version) {
        case 1:
            ok = runAll(db, kSchemaV1, error);
            break;
        case 2:
            ok = runAll(db, kMigrationTo2, error);
            break;
        case 3:
            // Workloads with their assignments, and the quote's tables (QuoteTables).
            // Files of version 2 had neither: they open with no workloads and a fresh quote.
            ok = migrateWorkloadsTo3(db, error) && QuoteTables::createV3(db, error);
            break;
        default:
            break;
        }
        if (!ok || !run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error)
            || !transaction.commit())
            return false;
    }
    return true;
}

// Reads a file of the current schema. Errors say table, row and column.
std::optional<ProjectContent> readContent(QSqlDatabase db, QString *error)
{
    ProjectContent content;
    auto where = [](const char *table, const QVariant &id, const char *column) {
        return ProjectFile::tr("table %1, row %2, column %3")
            .arg(QLatin1String(table), id.toString(), QLatin1String(column));
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);

    if (!q.exec(kSelectMeta)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("original_path"))
            content.originalPath = q.value(1).toString();
    }

    QHash<QString, ItemKind> kinds;
    if (!q.exec(kSelectCatalog)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QJsonDocument json = QJsonDocument::fromJson(q.value(2).toByteArray());
        QString itemError;
        const auto item =
            json.isObject() ? CatalogItemJson::fromJson(json.object(), &itemError) : std::nullopt;
        if (!item) {
            *error = ProjectFile::tr("%1: %2").arg(
                where("catalog_items", q.value(0), "data"),
                itemError.isEmpty() ? ProjectFile::tr("not a JSON object") : itemError);
            return std::nullopt;
        }
        kinds.insert(item->id, item->kind);
        content.catalog.append(*item);
    }

    std::map<RowId, size_t> rowIndex;
    if (!q.exec(kSelectRows)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        RowSnapshot row;
        row.row.id = q.value(0).toUInt();
        row.row.name = q.value(1).toString();
        rowIndex[row.row.id] = content.rows.size();
        content.rows.push_back(row);
    }

    std::map<RackId, std::pair<size_t, size_t>> rackIndex;
    if (!q.exec(kSelectRacks)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QVariant id = q.value(0);
        Rack rack;
        rack.id = id.toUInt();
        rack.name = q.value(2).toString();
        rack.rackTypeId = q.value(3).toString();
        rack.power.feedWatts = q.value(4).toDouble();
        rack.power.feedCount = q.value(5).toInt();
        const auto phase = RackPower::phaseFromKey(q.value(6).toString());
        const auto cooling = RackCooling::typeFromKey(q.value(7).toString());
        const auto row = rowIndex.find(q.value(1).toUInt());
        QString problem;
        if (row == rowIndex.end())
            problem = ProjectFile::tr("%1: no such row").arg(where("racks", id, "row_id"));
        else if (kinds.value(rack.rackTypeId, ItemKind::Count) != ItemKind::Rack)
            problem = ProjectFile::tr("%1: '%2' is not a rack in the file's catalog")
                          .arg(where("racks", id, "rack_type_id"), rack.rackTypeId);
        else if (rack.power.feedCount < 1 || rack.power.feedCount > 2)
            problem = ProjectFile::tr("%1: must be 1 or 2").arg(where("racks", id, "feed_count"));
        else if (!phase)
            problem = ProjectFile::tr("%1: unknown value '%2'")
                          .arg(where("racks", id, "phase"), q.value(6).toString());
        else if (!cooling)
            problem = ProjectFile::tr("%1: unknown value '%2'")
                          .arg(where("racks", id, "cooling"), q.value(7).toString());
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        rack.power.phase = *phase;
        rack.cooling = {*cooling, q.value(8).toDouble()};
        auto &racks = content.rows[row->second].racks;
        rackIndex[rack.id] = {row->second, racks.size()};
        racks.push_back({rack, {}});
    }

    if (!q.exec(kSelectPdus)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const auto rack = rackIndex.find(q.value(0).toUInt());
        const QString itemId = q.value(1).toString();
        if (rack == rackIndex.end() || kinds.value(itemId, ItemKind::Count) != ItemKind::Pdu) {
            *error = ProjectFile::tr("%1: '%2' is not a PDU of a rack in the file")
                         .arg(where("rack_pdus", q.value(0), "item_id"), itemId);
            return std::nullopt;
        }
        content.rows[rack->second.first].racks[rack->second.second].rack.pduIds.append(itemId);
    }

    QSet<PlacementId> placementIds;
    if (!q.exec(kSelectPlacements)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QVariant id = q.value(0);
        const auto rack = rackIndex.find(q.value(1).toUInt());
        Placement p;
        p.id = id.toUInt();
        p.itemId = q.value(2).toString();
        p.positionU = q.value(3).toInt();
        const auto face = Placement::faceFromKey(q.value(4).toString());
        p.configuration = {q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt()};
        QString problem;
        if (rack == rackIndex.end())
            problem = ProjectFile::tr("%1: no such rack").arg(where("placements", id, "rack_id"));
        else if (!kinds.contains(p.itemId))
            problem = ProjectFile::tr("%1: '%2' is not in the file's catalog")
                          .arg(where("placements", id, "item_id"), p.itemId);
        else if (!face)
            problem = ProjectFile::tr("%1: unknown value '%2'")
                          .arg(where("placements", id, "face"), q.value(4).toString());
        else if (p.positionU < 1)
            problem = ProjectFile::tr("%1: U positions start at 1")
                          .arg(where("placements", id, "position_u"));
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        p.face = *face;
        content.rows[rack->second.first].racks[rack->second.second].placements.push_back(p);
        placementIds.insert(p.id);
    }

    std::map<WorkloadId, size_t> workloadIndex;
    if (!q.exec(kSelectWorkloads)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QVariant id = q.value(0);
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(q.value(1).toByteArray(), &parse);
        QString problem;
        std::optional<Workload> workload;
        if (!json.isObject())
            problem = ProjectFile::tr("not a JSON object");
        else
            workload = WorkloadJson::fromJson(json.object(), &problem);
        if (!workload || id.toUInt() == 0) {
            *error = ProjectFile::tr("%1: %2").arg(
                where("workloads", id, "data"),
                problem.isEmpty() ? ProjectFile::tr("not a workload id") : problem);
            return std::nullopt;
        }
        workload->id = id.toUInt();
        workloadIndex[workload->id] = content.workloads.size();
        content.workloads.push_back({*workload, {}});
    }
    if (!q.exec(kSelectAssignments)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const auto workload = workloadIndex.find(q.value(0).toUInt());
        const PlacementId placement = q.value(1).toUInt();
        const QString pair =
            QStringLiteral("%1/%2").arg(q.value(0).toString(), q.value(1).toString());
        if (workload == workloadIndex.end()) {
            *error = ProjectFile::tr("%1: no such workload")
                         .arg(where("assignments", pair, "workload_id"));
            return std::nullopt;
        }
        if (!placementIds.contains(placement)) {
            *error = ProjectFile::tr("%1: no such placement")
                         .arg(where("assignments", pair, "placement_id"));
            return std::nullopt;
        }
        content.workloads[workload->second].servers.push_back(placement);
    }
    auto quote = QuoteTables::read(db, error);
    if (!quote)
        return std::nullopt;
    content.quote = std::move(*quote);
    return content;
}

bool writeContent(QSqlDatabase db, const DataHall &hall, const QList<CatalogItem> &catalog,
                  const WorkloadSet *workloads, const QuoteState &quote,
                  const QString &originalPath, QString *error)
{
    Transaction transaction(db);
    QSqlQuery q(db);
    auto exec = [&q, error](const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i) {
            // A null QString would bind as SQL NULL; the columns hold '' instead.
            const QVariant &v = values.at(i);
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };

    q.prepare(kInsertMeta);
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("format"), QStringLiteral("headroom-project")},
        {QStringLiteral("application_version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("original_path"), originalPath},
    };
    for (const auto &[key, value] : meta) {
        if (!value.isEmpty() && !exec({key, value}))
            return false;
    }

    q.prepare(kInsertCatalog);
    for (const CatalogItem &item : catalog) {
        const QByteArray json =
            QJsonDocument(CatalogItemJson::toJson(item)).toJson(QJsonDocument::Compact);
        if (!exec({item.id, CatalogItem::kindKey(item.kind), QString::fromUtf8(json)}))
            return false;
    }

    q.prepare(kInsertRow);
    int rowPosition = 0;
    for (RowId id : hall.rowIds()) {
        if (!exec({id, rowPosition++, hall.row(id)->name}))
            return false;
    }
    q.prepare(kInsertRack);
    for (RowId row : hall.rowIds()) {
        int position = 0;
        for (RackId id : hall.rackIds(row)) {
            const Rack *r = hall.rack(id);
            if (!exec({id, row, position++, r->name, r->rackTypeId, r->power.feedWatts,
                       r->power.feedCount, RackPower::phaseKey(r->power.phase),
                       RackCooling::typeKey(r->cooling.type), r->cooling.ceilingWatts}))
                return false;
        }
    }
    q.prepare(kInsertPdu);
    for (RowId row : hall.rowIds()) {
        for (RackId id : hall.rackIds(row)) {
            int position = 0;
            for (const QString &pdu : hall.rack(id)->pduIds) {
                if (!exec({id, position++, pdu}))
                    return false;
            }
        }
    }
    q.prepare(kInsertPlacement);
    for (RowId row : hall.rowIds()) {
        for (RackId rack : hall.rackIds(row)) {
            int position = 0;
            for (PlacementId id : hall.placementIds(rack)) {
                const Placement *p = hall.placement(id);
                if (!exec({id, rack, position++, p->itemId, p->positionU,
                           Placement::faceKey(p->face), p->configuration.acceleratorId,
                           p->configuration.acceleratorCount, p->configuration.driveCount}))
                    return false;
            }
        }
    }
    if (workloads) {
        q.prepare(kInsertWorkload);
        int position = 0;
        for (WorkloadId id : workloads->workloadIds()) {
            const QByteArray json = QJsonDocument(WorkloadJson::toJson(*workloads->workload(id)))
                                        .toJson(QJsonDocument::Compact);
            if (!exec({id, position++, QString::fromUtf8(json)}))
                return false;
        }
        q.prepare(kInsertAssignment);
        for (const Assignment &a : workloads->assignments()) {
            // The editors take assignments off a server before it leaves the hall; one that
            // names a missing server (a document changed behind their back) is not saved.
            if (hall.placement(a.server) && !exec({a.workload, a.server}))
                return false;
        }
    }
    if (!QuoteTables::write(db, quote, error))
        return false;
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QList<CatalogItem> ProjectFile::usedCatalogItems(const DataHall &hall)
{
    const CatalogSnapshot &catalog = hall.catalog();
    QSet<QString> ids;
    auto use = [&](const QString &id) {
        if (id.isEmpty() || ids.contains(id))
            return;
        ids.insert(id);
        if (const CatalogItem *item = catalog.item(id)) {
            for (const QString &option : item->acceleratorOptions) {
                if (catalog.contains(option))
                    ids.insert(option);
            }
        }
    };
    for (RowId row : hall.rowIds()) {
        for (RackId rackId : hall.rackIds(row)) {
            const Rack *rack = hall.rack(rackId);
            use(rack->rackTypeId);
            for (const QString &pdu : rack->pduIds)
                use(pdu);
            for (PlacementId id : hall.placementIds(rackId)) {
                const Placement *p = hall.placement(id);
                use(p->itemId);
                use(p->configuration.acceleratorId);
            }
        }
    }
    QList<CatalogItem> items;
    for (const CatalogItem &item : catalog.items()) {
        if (ids.contains(item.id))
            items.append(item);
    }
    return items;
}

QList<CatalogItem> ProjectFile::usedCatalogItems(const DataHall &hall, const QuoteDocument &quote)
{
    QList<CatalogItem> items = usedCatalogItems(hall);
    QSet<QString> ids;
    for (const CatalogItem &item : items)
        ids.insert(item.id);
    for (const CatalogItem &part : quote.networkParts().items()) {
        if (!ids.contains(part.id))
            items.append(part);
    }
    std::sort(items.begin(), items.end(),
              [](const CatalogItem &a, const CatalogItem &b) { return a.id < b.id; });
    return items;
}

ProjectFile::LoadResult ProjectFile::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto failed = [&name](const QString &why) {
        return LoadResult {std::nullopt, tr("Cannot open %1: %2").arg(name, why)};
    };
    QFile file(path);
    if (!file.exists())
        return failed(tr("the file does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    // An SQLite database starts with this 16-byte header (sqlite.org/fileformat.html, 1.3).
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return failed(tr("it is not a Headroom project (not an SQLite database)."));

    int version = 0;
    {
        Connection connection(path, true);
        if (!connection.isOpen())
            return failed(tr("the file is damaged (%1).").arg(connection.error()));
        QString error;
        const auto applicationId = pragmaInt(connection.db(), "application_id", &error);
        const auto userVersion = pragmaInt(connection.db(), "user_version", &error);
        if (!applicationId || !userVersion)
            return failed(tr("the file is damaged (%1).").arg(error));
        if (*applicationId != kApplicationId)
            return failed(tr("it is not a Headroom project (another program's database)."));
        version = *userVersion;
        if (version > kSchemaVersion)
            return failed(tr("it was saved by a newer Headroom (file format %1; this version "
                             "reads up to %2).")
                              .arg(version)
                              .arg(kSchemaVersion));
        if (version < 1)
            return failed(tr("it is not a Headroom project (no schema)."));
        QSqlQuery check(connection.db());
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok"))
            return failed(tr("the file is damaged (%1).")
                              .arg(check.lastError().isValid() ? check.lastError().text()
                                                               : check.value(0).toString()));
        if (version == kSchemaVersion) {
            QString readError;
            auto content = readContent(connection.db(), &readError);
            if (!content)
                return failed(tr("the file is damaged (%1).").arg(readError));
            content->schemaVersion = version;
            return {std::move(content), {}};
        }
    }

    // An older schema: migrate a temporary copy, so the file itself stays as it was
    // until the user saves it again.
    QTemporaryDir temporary;
    const QString copy = temporary.filePath(QStringLiteral("migrating.headroom"));
    if (!temporary.isValid() || !QFile::copy(path, copy))
        return failed(tr("no room to upgrade a copy of it."));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Connection connection(copy, false);
    QString error;
    if (!connection.isOpen() || !migrate(connection.db(), version, &error))
        return failed(tr("upgrading it from file format %1 failed (%2).").arg(version).arg(error));
    auto content = readContent(connection.db(), &error);
    if (!content)
        return failed(tr("the file is damaged (%1).").arg(error));
    content->schemaVersion = version;
    return {std::move(content), {}};
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error,
                       const QString &originalPath)
{
    return write(*project.hall(), usedCatalogItems(*project.hall(), *project.quote()),
                 project.workloads(), project.quote()->state(), path, error, originalPath);
}

bool ProjectFile::save(const DataHall &hall, const QString &path, QString *error,
                       const QString &originalPath)
{
    return write(hall, usedCatalogItems(hall), nullptr, QuoteState::fresh(QDate::currentDate()),
                 path, error, originalPath);
}

bool ProjectFile::write(const DataHall &hall, const QList<CatalogItem> &catalog,
                        const WorkloadSet *workloads, const QuoteState &quote, const QString &path,
                        QString *error, const QString &originalPath)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(name, why);
        return false;
    };
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(tr("no temporary folder (%1).").arg(temporary.errorString()));
    const QString built = temporary.filePath(QStringLiteral("project.headroom"));
    {
        Connection connection(built, false);
        QString why;
        if (!connection.isOpen())
            return fail(connection.error());
        QSqlDatabase db = connection.db();
        if (!run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), &why)
            || !run(db, QStringLiteral("PRAGMA foreign_keys = ON"), &why) || !migrate(db, 0, &why)
            || !writeContent(db, hall, catalog, workloads, quote, originalPath, &why))
            return fail(why);
    }
    QFile source(built);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return fail(target.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return fail(target.errorString());
        }
    }
    if (!target.commit())
        return fail(target.errorString());
    return true;
}
