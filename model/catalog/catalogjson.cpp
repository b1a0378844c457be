#include "model/catalog/catalogjson.h"

#include "model/catalog/catalogfieldparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
const QString kFormat = QStringLiteral("headroom-catalog");
}

CatalogFileRows CatalogJson::read(const QByteArray &data)
{
    CatalogFileRows result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in bytes; a line number is what people can find in an editor.
        const int line = static_cast<int>(data.left(error.offset).count('\n')) + 1;
        result.fileError =
            tr("The file is not valid JSON: %1 on line %2.").arg(error.errorString()).arg(line);
        return result;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        const QString format = root.value(QStringLiteral("format")).toString();
        if (!format.isEmpty() && format != kFormat) {
            result.fileError = tr("The file is a '%1' file, not a Headroom catalog.").arg(format);
            return result;
        }
        const int version = root.value(QStringLiteral("version")).toInt(kFormatVersion);
        if (version > kFormatVersion) {
            result.fileError = tr("The file was written by a newer Headroom (format version %1; "
                                  "this version reads up to %2).")
                                   .arg(version)
                                   .arg(kFormatVersion);
            return result;
        }
        if (!root.value(QStringLiteral("items")).isArray()) {
            result.fileError = tr("The file has no \"items\" list.");
            return result;
        }
        items = root.value(QStringLiteral("items")).toArray();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        CatalogFileRow row;
        row.row = static_cast<int>(i) + 1;
        if (!items.at(i).isObject())
            row.errors.append({QString(), tr("is not an object of catalog fields")});
        else
            row.errors = CatalogFieldParser::fromJsonObject(items.at(i).toObject(), &row.item);
        const QStringList keys = items.at(i).toObject().keys();
        row.keys = QSet<QString>(keys.begin(), keys.end());
        result.rows.append(std::move(row));
    }
    return result;
}

QJsonObject CatalogJson::toObject(const CatalogItem &item)
{
    QJsonObject object;
    for (const CatalogField &field : CatalogFields::all()) {
        const QJsonValue value = CatalogFields::toJson(field, item);
        if (!value.isUndefined())
            object.insert(field.key, value);
    }
    return object;
}

QByteArray CatalogJson::write(const QList<CatalogItem> &items)
{
    QJsonArray array;
    for (const CatalogItem &item : items)
        array.append(toObject(item));
    const QJsonObject root {{QStringLiteral("format"), kFormat},
                            {QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("items"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
