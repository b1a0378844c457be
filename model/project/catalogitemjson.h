#pragma once

#include "model/catalog/catalogitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// A CatalogItem as a JSON object, every field with its unit in the key
// ("power_max_w", "weight_kg"). This is how a project file freezes its catalog rows, how
// copied placements travel on the clipboard and how the sample project's rows are
// shipped; unknown keys are ignored so that older files keep opening as the item grows.
class CatalogItemJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogItemJson)

public:
    static QJsonObject toJson(const CatalogItem &item);
    // nullopt with *error saying which field is wrong when the object is not an item.
    static std::optional<CatalogItem> fromJson(const QJsonObject &object, QString *error);
};
