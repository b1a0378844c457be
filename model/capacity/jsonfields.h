#pragma once

#include "model/capacity/precision.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

// Reads the fields of one JSON object the way users' request files need: each read names
// the field by its full path ("inference.input_tokens") in the error it records, the
// first error wins, null counts as not given, and rejectUnknown() reports every field
// nobody read, so that a misspelt key is an error instead of a silent default.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(const QJsonObject &object, QString prefix, QString *error);

    QString path(const QString &key) const { return m_prefix + key; }
    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &message);

    // Present and not null.
    bool has(const char *key);
    QJsonValue value(const char *key);
    // The field's value when it is given; a required one that is not is an error.
    std::optional<QJsonValue> present(const char *key, bool required);

    std::optional<double> number(const char *key, bool required, double minimum,
                                 bool exclusiveMinimum);
    std::optional<int> wholeNumber(const char *key, bool required, int minimum);
    std::optional<QString> text(const char *key, bool required);
    // A precision name ("bf16"); `fallback` when not given.
    std::optional<Precision> precision(const char *key, Precision fallback);

    // Every field this object holds must have been read.
    void rejectUnknown();

    // A value as a message shows it: "\"8\"", 2.5, null, "an object".
    static QString describe(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_prefix;
    QString *m_error;
    QSet<QString> m_used;
};
