#include "model/capacity/jsonfields.h"

#include <cmath>
#include <limits>

JsonFields::JsonFields(const QJsonObject &object, QString prefix, QString *error)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_error(error)
{ }

void JsonFields::fail(const QString &message)
{
    if (m_error->isEmpty())
        *m_error = message;
}

bool JsonFields::has(const char *key)
{
    const QString k = QString::fromLatin1(key);
    m_used.insert(k);
    // Null means "not given": the issue's own example writes "request_rate": null.
    return m_object.contains(k) && !m_object.value(k).isNull();
}

QJsonValue JsonFields::value(const char *key)
{
    m_used.insert(QString::fromLatin1(key));
    return m_object.value(QString::fromLatin1(key));
}

std::optional<QJsonValue> JsonFields::present(const char *key, bool required)
{
    if (has(key))
        return value(key);
    if (required)
        fail(tr("%1 is missing.").arg(path(QString::fromLatin1(key))));
    return std::nullopt;
}

std::optional<double> JsonFields::number(const char *key, bool required, double minimum,
                                         bool exclusiveMinimum)
{
    const QString p = path(QString::fromLatin1(key));
    const auto given = present(key, required);
    if (!given)
        return std::nullopt;
    const QJsonValue v = *given;
    if (!v.isDouble()) {
        fail(tr("%1 must be a number, not %2.").arg(p, describe(v)));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (exclusiveMinimum ? !(d > minimum) : !(d >= minimum)) {
        fail(exclusiveMinimum
                 ? tr("%1 must be greater than %2, not %3.").arg(p).arg(minimum).arg(describe(v))
                 : tr("%1 must be at least %2, not %3.").arg(p).arg(minimum).arg(describe(v)));
        return std::nullopt;
    }
    return d;
}

std::optional<int> JsonFields::wholeNumber(const char *key, bool required, int minimum)
{
    const QString p = path(QString::fromLatin1(key));
    const auto given = present(key, required);
    if (!given)
        return std::nullopt;
    const QJsonValue v = *given;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != std::floor(d) || d < minimum || d > 1e9) {
        fail(tr("%1 must be a whole number of at least %2, not %3.")
                 .arg(p)
                 .arg(minimum)
                 .arg(describe(v)));
        return std::nullopt;
    }
    return int(d);
}

std::optional<QString> JsonFields::text(const char *key, bool required)
{
    const QString p = path(QString::fromLatin1(key));
    const auto given = present(key, required);
    if (!given)
        return std::nullopt;
    if (!given->isString()) {
        fail(tr("%1 must be a text, not %2.").arg(p, describe(*given)));
        return std::nullopt;
    }
    return given->toString();
}

std::optional<Precision> JsonFields::precision(const char *key, Precision fallback)
{
    const auto name = text(key, false);
    if (!name)
        return failed() ? std::nullopt : std::optional<Precision>(fallback);
    const auto p = PrecisionInfo::fromName(*name);
    if (!p)
        fail(tr("%1: unknown precision '%2'; use fp32, tf32, bf16, fp16, fp8, int8, int4 or fp4.")
                 .arg(path(QString::fromLatin1(key)), *name));
    return p;
}

void JsonFields::rejectUnknown()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_used.contains(it.key())) {
            fail(tr("Unknown field '%1'.").arg(path(it.key())));
            return;
        }
    }
}

QString JsonFields::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}
