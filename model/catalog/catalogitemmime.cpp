#include "model/catalog/catalogitemmime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

QString CatalogItemMime::mimeType()
{
    return QStringLiteral("application/x-headroom-catalog-item");
}

QMimeData *CatalogItemMime::create(const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(mimeType(),
                  QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    data->setText(ids.join(QLatin1Char('\n')));
    return data;
}

QStringList CatalogItemMime::ids(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()));
    QStringList ids;
    for (const QJsonValue &value : document.array()) {
        if (value.isString())
            ids.append(value.toString());
    }
    return ids;
}
