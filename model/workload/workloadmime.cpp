#include "model/workload/workloadmime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

QString WorkloadMime::mimeType()
{
    return QStringLiteral("application/x-headroom-workload");
}

QString WorkloadMime::sourceMimeType()
{
    return QStringLiteral("application/x-headroom-assignment-source");
}

QMimeData *WorkloadMime::create(const QList<WorkloadId> &ids, const QStringList &names,
                                std::optional<AssignmentTarget> from)
{
    QJsonArray array;
    for (WorkloadId id : ids)
        array.append(double(id));
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!names.isEmpty())
        data->setText(names.join(QLatin1Char('\n')));
    if (from) {
        const QJsonObject source {{QStringLiteral("kind"), AssignmentTarget::kindKey(from->kind)},
                                  {QStringLiteral("id"), double(from->id)}};
        data->setData(sourceMimeType(), QJsonDocument(source).toJson(QJsonDocument::Compact));
    }
    return data;
}

QList<WorkloadId> WorkloadMime::ids(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()));
    QList<WorkloadId> ids;
    for (const QJsonValue &value : document.array()) {
        const double id = value.toDouble(-1.0);
        if (value.isDouble() && id >= 1.0 && id <= 4294967295.0 && id == double(WorkloadId(id)))
            ids.append(WorkloadId(id));
    }
    return ids;
}

std::optional<AssignmentTarget> WorkloadMime::source(const QMimeData *data)
{
    if (!data || !data->hasFormat(sourceMimeType()))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(data->data(sourceMimeType())).object();
    const auto kind = AssignmentTarget::kindFromKey(o.value(QStringLiteral("kind")).toString());
    const double id = o.value(QStringLiteral("id")).toDouble(-1.0);
    if (!kind || id < 0.0 || id > 4294967295.0)
        return std::nullopt;
    return AssignmentTarget {*kind, quint32(id)};
}
