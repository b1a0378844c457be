#include "model/catalog/catalogedits.h"

#include "model/catalog/addcatalogitemcommand.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogvalidator.h"
#include "model/catalog/editcatalogitemcommand.h"
#include "model/catalog/importcatalogitemscommand.h"
#include "model/catalog/removecatalogitemcommand.h"

namespace {
CatalogEdit failure(const QString &key, const QString &message)
{
    CatalogEdit edit;
    edit.errors.append({key, message});
    return edit;
}
} // namespace

CatalogEdit CatalogEdits::add(CatalogDatabase *db, const CatalogItem &item)
{
    if (!item.id.isEmpty() && db->contains(item.id))
        return failure(QStringLiteral("id"), tr("'%1' is already in the catalog").arg(item.id));
    CatalogEdit edit;
    edit.errors = CatalogValidator(*db).validate(item);
    if (edit.isValid())
        edit.command =
            std::make_unique<AddCatalogItemCommand>(db, item, tr("Add %1").arg(item.displayName()));
    return edit;
}

CatalogEdit CatalogEdits::edit(CatalogDatabase *db, const CatalogItem &changed)
{
    const std::optional<CatalogItem> before = db->item(changed.id);
    if (!before)
        return failure(QStringLiteral("id"), tr("there is no item '%1'").arg(changed.id));
    CatalogEdit edit;
    edit.errors = CatalogValidator(*db).validate(changed);
    if (edit.isValid() && *before != changed)
        edit.command = std::make_unique<EditCatalogItemCommand>(
            db, *before, changed, tr("Edit %1").arg(changed.displayName()));
    return edit;
}

CatalogEdit CatalogEdits::duplicate(CatalogDatabase *db, const QString &id)
{
    const std::optional<CatalogItem> original = db->item(id);
    if (!original)
        return failure(QStringLiteral("id"), tr("there is no item '%1'").arg(id));
    CatalogItem copy = *original;
    // Ids are at most 120 characters; keep room for the suffix.
    copy.id = unusedId(*db, original->id.left(100) + QStringLiteral("-copy"));
    //: The model name of a duplicated catalog item
    copy.model = tr("%1 (copy)").arg(original->model);
    copy.accelerator.model = copy.kind == ItemKind::Accelerator ? copy.model : QString();
    CatalogEdit edit;
    edit.errors = CatalogValidator(*db).validate(copy);
    if (edit.isValid())
        edit.command = std::make_unique<AddCatalogItemCommand>(
            db, copy, tr("Duplicate %1").arg(original->displayName()));
    return edit;
}

CatalogEdit CatalogEdits::remove(CatalogDatabase *db, const QString &id)
{
    const std::optional<CatalogItem> item = db->item(id);
    if (!item)
        return failure(QStringLiteral("id"), tr("there is no item '%1'").arg(id));
    const QStringList servers = db->serversOffering(id);
    if (!servers.isEmpty())
        return failure(QStringLiteral("id"),
                       tr("%n server(s) list %1 as an accelerator option (%2); remove it "
                          "there first",
                          nullptr, static_cast<int>(servers.size()))
                           .arg(item->displayName(), servers.join(QLatin1String(", "))));
    CatalogEdit edit;
    edit.command = std::make_unique<RemoveCatalogItemCommand>(
        db, *item, tr("Delete %1").arg(item->displayName()));
    return edit;
}

CatalogEdit CatalogEdits::import(CatalogDatabase *db, const CatalogImportPreview &preview)
{
    if (!preview.isClean())
        return failure(QString(), tr("Nothing can be imported while rows are rejected."));
    QList<CatalogItem> items;
    QList<CatalogItem> replaced;
    for (const CatalogImportRow &row : preview.accepted) {
        if (row.action == CatalogImportRow::Action::Unchanged)
            continue;
        if (row.action == CatalogImportRow::Action::Replace) {
            const std::optional<CatalogItem> current = db->item(row.item.id);
            if (!current)
                return failure(
                    QStringLiteral("id"),
                    tr("'%1' left the catalog since the preview; preview again").arg(row.item.id));
            replaced.append(*current);
        } else if (db->contains(row.item.id)) {
            return failure(
                QStringLiteral("id"),
                tr("'%1' joined the catalog since the preview; preview again").arg(row.item.id));
        }
        items.append(row.item);
    }
    CatalogEdit edit;
    if (!items.isEmpty())
        edit.command = std::make_unique<ImportCatalogItemsCommand>(
            db, items, replaced, tr("Import %n item(s)", nullptr, static_cast<int>(items.size())));
    return edit;
}

QString CatalogEdits::unusedId(const CatalogDatabase &db, const QString &base)
{
    QString id = base;
    for (int n = 2; db.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}
