#include "model/project/placementclipboard.h"

#include "model/project/catalogitemjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray PlacementClipboard::toMimeData() const
{
    QJsonArray placements;
    for (const Entry &e : entries) {
        placements.append(QJsonObject {
            {QStringLiteral("item"), e.itemId},
            {QStringLiteral("offset_u"), e.offsetU},
            {QStringLiteral("face"), Placement::faceKey(e.face)},
            {QStringLiteral("accelerator"), e.configuration.acceleratorId},
            {QStringLiteral("accelerator_count"), e.configuration.acceleratorCount},
            {QStringLiteral("drive_count"), e.configuration.driveCount},
        });
    }
    QJsonArray items;
    for (const CatalogItem &item : catalogItems)
        items.append(CatalogItemJson::toJson(item));
    return QJsonDocument(QJsonObject {{QStringLiteral("placements"), placements},
                                      {QStringLiteral("catalog_items"), items}})
        .toJson(QJsonDocument::Compact);
}

std::optional<PlacementClipboard> PlacementClipboard::fromMimeData(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    PlacementClipboard clipboard;
    for (const QJsonValue &v : json.object().value(QStringLiteral("placements")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.itemId = o.value(QStringLiteral("item")).toString();
        e.offsetU = o.value(QStringLiteral("offset_u")).toInt();
        const auto face = Placement::faceFromKey(o.value(QStringLiteral("face")).toString());
        if (e.itemId.isEmpty() || !face || e.offsetU < 0)
            return std::nullopt;
        e.face = *face;
        e.configuration.acceleratorId = o.value(QStringLiteral("accelerator")).toString();
        e.configuration.acceleratorCount = o.value(QStringLiteral("accelerator_count")).toInt();
        e.configuration.driveCount = o.value(QStringLiteral("drive_count")).toInt();
        clipboard.entries.push_back(e);
    }
    for (const QJsonValue &v : json.object().value(QStringLiteral("catalog_items")).toArray()) {
        const auto item = CatalogItemJson::fromJson(v.toObject(), nullptr);
        if (!item)
            return std::nullopt;
        clipboard.catalogItems.append(*item);
    }
    return clipboard;
}
