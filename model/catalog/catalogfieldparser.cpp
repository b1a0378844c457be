#include "model/catalog/catalogfieldparser.h"

#include "model/core/money.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

QString CatalogFieldParser::fromText(const CatalogField &field, const QString &rawText,
                                     CatalogItem *item)
{
    const QString text = field.type == CatalogFieldType::Text ? rawText : rawText.trimmed();
    if (text.isEmpty()) {
        switch (field.type) {
        case CatalogFieldType::Integer:
            field.set(*item, field.key == QLatin1String("scale_up_domain_size") ? 1 : 0);
            break;
        case CatalogFieldType::Real:
            field.set(*item, 0.0);
            break;
        case CatalogFieldType::Boolean:
            field.set(*item, true);
            break;
        case CatalogFieldType::Price:
            field.set(*item, QVariant());
            break;
        case CatalogFieldType::Date:
            field.set(*item, QDate());
            break;
        case CatalogFieldType::IdList:
            field.set(*item, QStringList());
            break;
        case CatalogFieldType::Id:
        case CatalogFieldType::Kind:
        case CatalogFieldType::Confidence:
        case CatalogFieldType::Text:
        case CatalogFieldType::Currency:
            field.set(*item, QString());
            break;
        }
        return {};
    }
    switch (field.type) {
    case CatalogFieldType::Integer: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return tr("'%1' is not a number").arg(text);
        if (number != std::floor(number) || std::fabs(number) > 2147483647.0)
            return tr("'%1' is not a whole number").arg(text);
        field.set(*item, static_cast<int>(number));
        return {};
    }
    case CatalogFieldType::Real: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return tr("'%1' is not a number").arg(text);
        field.set(*item, number);
        return {};
    }
    case CatalogFieldType::Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes")
            || lower == QLatin1String("1")) {
            field.set(*item, true);
            return {};
        }
        if (lower == QLatin1String("false") || lower == QLatin1String("no")
            || lower == QLatin1String("0")) {
            field.set(*item, false);
            return {};
        }
        return tr("'%1' is not true or false").arg(text);
    }
    case CatalogFieldType::IdList: {
        QStringList ids;
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!CatalogFields::isValidId(id))
                return tr("'%1' is not an item id").arg(id);
            ids.append(id);
        }
        field.set(*item, ids);
        return {};
    }
    case CatalogFieldType::Price: {
        const QString currency = item->price ? item->price->currency : Money().currency;
        qint64 minor = 0;
        if (!MoneyFormat::parseMajor(text, currency, &minor))
            return tr("'%1' is not an amount in %2").arg(text, currency);
        field.set(*item, minor);
        return {};
    }
    case CatalogFieldType::Currency: {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(text).hasMatch())
            return tr("'%1' is not a three-letter currency code such as USD").arg(text);
        field.set(*item, text);
        return {};
    }
    case CatalogFieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return tr("'%1' is not a date written as YYYY-MM-DD").arg(text);
        field.set(*item, date);
        return {};
    }
    case CatalogFieldType::Kind:
        if (!CatalogItem::kindFromKey(text))
            return tr("unknown kind '%1'").arg(text);
        field.set(*item, text);
        return {};
    case CatalogFieldType::Confidence:
        if (!CatalogItem::confidenceFromKey(text))
            return tr("unknown confidence '%1' (high, medium or low)").arg(text);
        field.set(*item, text);
        return {};
    case CatalogFieldType::Id:
        if (!CatalogFields::isValidId(text))
            return tr("'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'")
                .arg(text);
        field.set(*item, text);
        return {};
    case CatalogFieldType::Text: {
        // One line break everywhere: files saved on Windows, spreadsheets and JSON all
        // read back to the same text, so an export and its import compare equal.
        QString normalized = text;
        normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        field.set(*item, normalized);
        return {};
    }
    }
    return {};
}

QString CatalogFieldParser::fromJson(const CatalogField &field, const QJsonValue &value,
                                     CatalogItem *item)
{
    if (value.isNull() || value.isUndefined())
        return fromText(field, QString(), item);
    switch (field.type) {
    case CatalogFieldType::Integer:
    case CatalogFieldType::Real:
        if (!value.isDouble())
            return tr("expected a number");
        return fromText(field, CatalogFields::numberText(value.toDouble()), item);
    case CatalogFieldType::Boolean:
        if (!value.isBool())
            return tr("expected true or false");
        field.set(*item, value.toBool());
        return {};
    case CatalogFieldType::IdList: {
        if (!value.isArray())
            return tr("expected a list of item ids");
        QStringList parts;
        for (const QJsonValue &id : value.toArray()) {
            if (!id.isString())
                return tr("expected a list of item ids");
            parts.append(id.toString());
        }
        return fromText(field, parts.join(QLatin1Char(';')), item);
    }
    case CatalogFieldType::Price:
        if (value.isDouble())
            return fromText(field, QString::number(value.toDouble(), 'f', 2), item);
        if (!value.isString())
            return tr("expected an amount such as \"255740.00\"");
        return fromText(field, value.toString(), item);
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
    case CatalogFieldType::Date:
        if (!value.isString())
            return tr("expected text");
        return fromText(field, value.toString(), item);
    }
    return {};
}

namespace {
// Reads the price pair first (the amount is parsed in its currency's digits), then every
// field the row has. `has` says whether the row has the field at all (a CSV column, a JSON
// key), `filled` whether it has a value; a field the row lacks is left alone, so the
// importer can keep an existing item's value, while an empty one clears it.
template<typename Has, typename Filled, typename Parse>
QList<CatalogFieldError> parseRow(CatalogItem *item, Has has, Filled filled, Parse parse)
{
    QList<CatalogFieldError> errors;
    const QString priceKey = QStringLiteral("price");
    const QString currencyKey = QStringLiteral("price_currency");
    if (has(priceKey) || has(currencyKey)) {
        const bool hasPrice = filled(priceKey);
        const bool hasCurrency = filled(currencyKey);
        if (hasPrice && !hasCurrency) {
            errors.append({currencyKey, CatalogFieldParser::tr("is required with a price")});
        } else if (hasCurrency && !hasPrice) {
            errors.append({currencyKey, CatalogFieldParser::tr("is set but there is no price")});
        } else if (hasPrice) {
            item->price = Money();
            if (const QString error = parse(*CatalogFields::find(currencyKey)); !error.isEmpty())
                errors.append({currencyKey, error});
            else if (const QString error = parse(*CatalogFields::find(priceKey)); !error.isEmpty())
                errors.append({priceKey, error});
        }
        if (!hasPrice)
            item->price.reset();
    }
    for (const CatalogField &field : CatalogFields::all()) {
        if (field.key == priceKey || field.key == currencyKey || !has(field.key))
            continue;
        if (field.required && !filled(field.key)) {
            errors.append({field.key, CatalogFieldParser::tr("is required")});
            continue;
        }
        if (const QString error = parse(field); !error.isEmpty())
            errors.append({field.key, error});
    }
    return errors;
}
} // namespace

QList<CatalogFieldError> CatalogFieldParser::fromCells(const QHash<QString, QString> &cells,
                                                       CatalogItem *item)
{
    *item = CatalogItem();
    return parseRow(
        item, [&](const QString &key) { return cells.contains(key); },
        [&](const QString &key) { return !cells.value(key).trimmed().isEmpty(); },
        [&](const CatalogField &field) { return fromText(field, cells.value(field.key), item); });
}

QList<CatalogFieldError> CatalogFieldParser::fromJsonObject(const QJsonObject &object,
                                                            CatalogItem *item)
{
    *item = CatalogItem();
    QList<CatalogFieldError> errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!CatalogFields::find(it.key()))
            errors.append({it.key(), tr("is not a catalog field")});
    }
    errors += parseRow(
        item, [&](const QString &key) { return object.contains(key); },
        [&](const QString &key) {
            const QJsonValue value = object.value(key);
            return !(value.isUndefined() || value.isNull()
                     || (value.isString() && value.toString().trimmed().isEmpty()));
        },
        [&](const CatalogField &field) { return fromJson(field, object.value(field.key), item); });
    return errors;
}
