#include "model/catalog/catalogvalidator.h"

#include "model/catalog/catalogdatabase.h"

CatalogValidator::CatalogValidator(const CatalogDatabase &db)
    : m_db(db)
    , m_kinds(db.itemKinds())
{ }

void CatalogValidator::addPending(const CatalogItem &item)
{
    if (item.id.isEmpty())
        return;
    m_kinds.insert(item.id, item.kind);
    if (item.kind == ItemKind::GpuServer)
        m_pendingOptions.insert(item.id, item.acceleratorOptions);
    else
        m_pendingOptions.insert(item.id, {});
}

QList<CatalogFieldError> CatalogValidator::validate(const CatalogItem &item) const
{
    QList<CatalogFieldError> errors = CatalogFields::validate(item);
    const QString options = QStringLiteral("accelerator_options");
    if (item.kind == ItemKind::GpuServer) {
        for (const QString &option : item.acceleratorOptions) {
            if (!CatalogFields::isValidId(option) || option == item.id)
                continue; // reported by CatalogFields::validate()
            const auto kind = m_kinds.constFind(option);
            if (kind == m_kinds.constEnd())
                errors.append(
                    {options, tr("there is no accelerator '%1' in the catalog").arg(option)});
            else if (*kind != ItemKind::Accelerator)
                errors.append({options,
                               tr("'%1' is of kind '%2', not an accelerator")
                                   .arg(option, CatalogItem::kindDisplayName(*kind))});
        }
    }
    if (item.kind != ItemKind::Accelerator && m_db.contains(item.id)) {
        QStringList servers;
        for (const QString &server : m_db.serversOffering(item.id)) {
            // A server rewritten by the same import counts with its new options.
            const auto pending = m_pendingOptions.constFind(server);
            if (pending == m_pendingOptions.constEnd() || pending->contains(item.id))
                servers.append(server);
        }
        if (!servers.isEmpty())
            errors.append({QStringLiteral("kind"),
                           tr("%n server(s) list this item as an accelerator (%1), so it must "
                              "stay an accelerator",
                              nullptr, servers.size())
                               .arg(servers.join(QLatin1String(", ")))});
    }
    return errors;
}
