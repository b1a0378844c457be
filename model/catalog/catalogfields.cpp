#include "model/catalog/catalogfields.h"

#include "model/core/money.h"
#include "model/core/unitformat.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

using Type = CatalogFieldType;
using Unit = CatalogUnit;
using Table = CatalogTable;

template<typename Member>
CatalogField member(const char *key, Type type, Unit unit, Table table, Member CatalogItem::*m,
                    bool required = false)
{
    CatalogField field;
    field.key = QLatin1String(key);
    field.type = type;
    field.unit = unit;
    field.table = table;
    field.required = required;
    field.get = [m](const CatalogItem &item) { return QVariant::fromValue(item.*m); };
    field.set = [m](CatalogItem &item, const QVariant &value) { item.*m = value.value<Member>(); };
    return field;
}

CatalogField custom(const char *key, Type type, Unit unit, Table table,
                    std::function<QVariant(const CatalogItem &)> get,
                    std::function<void(CatalogItem &, const QVariant &)> set, bool required = false)
{
    CatalogField field;
    field.key = QLatin1String(key);
    field.type = type;
    field.unit = unit;
    field.table = table;
    field.required = required;
    field.get = std::move(get);
    field.set = std::move(set);
    return field;
}

template<typename Member>
CatalogField acceleratorMember(const char *key, Type type, Unit unit, Member Accelerator::*m)
{
    return custom(
        key, type, unit, Table::AcceleratorSpecs,
        [m](const CatalogItem &item) { return QVariant::fromValue(item.accelerator.*m); },
        [m](CatalogItem &item, const QVariant &value) {
            item.accelerator.*m = value.value<Member>();
        });
}

// An accelerator's Accelerator value names it as the item does, so the capacity engine's
// results can say which GPU they are about. Other kinds leave it empty.
void mirrorIntoAccelerator(CatalogItem &item)
{
    if (item.kind != ItemKind::Accelerator)
        return;
    item.accelerator.vendor = item.vendor;
    item.accelerator.model = item.model;
}

QList<CatalogField> buildFields()
{
    QList<CatalogField> f;
    f << member("id", Type::Id, Unit::None, Table::Items, &CatalogItem::id, true)
      << custom(
             "kind", Type::Kind, Unit::None, Table::Items,
             [](const CatalogItem &item) { return QVariant(CatalogItem::kindKey(item.kind)); },
             [](CatalogItem &item, const QVariant &value) {
                 item.kind = CatalogItem::kindFromKey(value.toString()).value_or(item.kind);
                 mirrorIntoAccelerator(item);
             },
             true)
      << custom(
             "vendor", Type::Text, Unit::None, Table::Items,
             [](const CatalogItem &item) { return QVariant(item.vendor); },
             [](CatalogItem &item, const QVariant &value) {
                 item.vendor = value.toString();
                 mirrorIntoAccelerator(item);
             },
             true)
      << custom(
             "model", Type::Text, Unit::None, Table::Items,
             [](const CatalogItem &item) { return QVariant(item.model); },
             [](CatalogItem &item, const QVariant &value) {
                 item.model = value.toString();
                 mirrorIntoAccelerator(item);
             },
             true)
      << member("category", Type::Text, Unit::None, Table::Items, &CatalogItem::category)
      << member("rack_units", Type::Integer, Unit::RackUnits, Table::Items, &CatalogItem::rackUnits)
      << member("width_mm", Type::Real, Unit::Millimetres, Table::Items, &CatalogItem::widthMm)
      << member("depth_mm", Type::Real, Unit::Millimetres, Table::Items, &CatalogItem::depthMm)
      << member("height_mm", Type::Real, Unit::Millimetres, Table::Items, &CatalogItem::heightMm)
      << member("weight_kg", Type::Real, Unit::Kilograms, Table::Items, &CatalogItem::weightKg)
      << member("power_typical_watts", Type::Real, Unit::Watts, Table::Items,
                &CatalogItem::powerTypicalWatts)
      << member("power_max_watts", Type::Real, Unit::Watts, Table::Items,
                &CatalogItem::powerMaxWatts)
      << member("psu_count", Type::Integer, Unit::Count, Table::Items, &CatalogItem::psuCount)
      << member("psu_rating_watts", Type::Real, Unit::Watts, Table::Items,
                &CatalogItem::psuRatingWatts)
      << member("cooling", Type::Text, Unit::None, Table::Items, &CatalogItem::cooling)
      << member("form_factor", Type::Text, Unit::None, Table::Items, &CatalogItem::formFactor)
      << member("interfaces", Type::Text, Unit::None, Table::Items, &CatalogItem::interfaces)
      << member("electrical", Type::Text, Unit::None, Table::Items, &CatalogItem::electrical)
      << member("configuration", Type::Text, Unit::None, Table::Items, &CatalogItem::configuration);

    f << member("accelerator_count", Type::Integer, Unit::Count, Table::ServerSpecs,
                &CatalogItem::acceleratorCount)
      << member("accelerator_options", Type::IdList, Unit::None, Table::ServerAcceleratorOptions,
                &CatalogItem::acceleratorOptions)
      << member("cpu_sockets", Type::Integer, Unit::Count, Table::ServerSpecs,
                &CatalogItem::cpuSockets)
      << member("max_memory_bytes", Type::Real, Unit::Bytes, Table::ServerSpecs,
                &CatalogItem::maxMemoryBytes)
      << member("drive_bays", Type::Integer, Unit::Count, Table::ServerSpecs,
                &CatalogItem::driveBays)
      << member("max_raw_storage_bytes", Type::Real, Unit::Bytes, Table::ServerSpecs,
                &CatalogItem::maxRawStorageBytes);

    f << acceleratorMember("generation", Type::Text, Unit::None, &Accelerator::generation)
      << acceleratorMember("memory_bytes", Type::Real, Unit::Bytes, &Accelerator::memoryBytes)
      << member("memory_type", Type::Text, Unit::None, Table::AcceleratorSpecs,
                &CatalogItem::memoryType)
      << acceleratorMember("memory_bandwidth_bytes_per_second", Type::Real, Unit::BytesPerSecond,
                           &Accelerator::memoryBandwidthBytesPerSecond);
    for (int i = 0; i < kPrecisionCount; ++i) {
        const QByteArray key = "dense_" + PrecisionInfo::name(static_cast<Precision>(i)).toLatin1()
            + "_flops_per_second";
        f << custom(
            key.constData(), Type::Real, Unit::FlopsPerSecond, Table::AcceleratorSpecs,
            [i](const CatalogItem &item) {
                return QVariant(item.accelerator.densePeakFlopsPerSecond[i]);
            },
            [i](CatalogItem &item, const QVariant &value) {
                item.accelerator.densePeakFlopsPerSecond[i] = value.toDouble();
            });
    }
    f << acceleratorMember("tdp_watts", Type::Real, Unit::Watts, &Accelerator::tdpWatts)
      << acceleratorMember("scale_up_bandwidth_bytes_per_second", Type::Real, Unit::BytesPerSecond,
                           &Accelerator::scaleUpBandwidthBytesPerSecond)
      << acceleratorMember("scale_up_domain_size", Type::Integer, Unit::Count,
                           &Accelerator::scaleUpDomainSize);

    f << member("capacity_bytes", Type::Real, Unit::Bytes, Table::StorageSpecs,
                &CatalogItem::capacityBytes)
      << member("read_bandwidth_bytes_per_second", Type::Real, Unit::BytesPerSecond,
                Table::StorageSpecs, &CatalogItem::readBandwidthBytesPerSecond)
      << member("write_bandwidth_bytes_per_second", Type::Real, Unit::BytesPerSecond,
                Table::StorageSpecs, &CatalogItem::writeBandwidthBytesPerSecond)
      << member("read_iops", Type::Real, Unit::PerSecond, Table::StorageSpecs,
                &CatalogItem::readIops)
      << member("write_iops", Type::Real, Unit::PerSecond, Table::StorageSpecs,
                &CatalogItem::writeIops)
      << member("endurance_drive_writes_per_day", Type::Real, Unit::DriveWritesPerDay,
                Table::StorageSpecs, &CatalogItem::enduranceDriveWritesPerDay);

    f << member("port_count", Type::Integer, Unit::Count, Table::NetworkSpecs,
                &CatalogItem::portCount)
      << member("port_speed_bits_per_second", Type::Real, Unit::BitsPerSecond, Table::NetworkSpecs,
                &CatalogItem::portSpeedBitsPerSecond)
      << member("switching_capacity_bits_per_second", Type::Real, Unit::BitsPerSecond,
                Table::NetworkSpecs, &CatalogItem::switchingCapacityBitsPerSecond);

    f << member("max_load_kg", Type::Real, Unit::Kilograms, Table::RackSpecs,
                &CatalogItem::maxLoadKg);

    f << member("power_capacity_watts", Type::Real, Unit::Watts, Table::PduSpecs,
                &CatalogItem::powerCapacityWatts)
      << member("outlet_count", Type::Integer, Unit::Count, Table::PduSpecs,
                &CatalogItem::outletCount);

    // The currency comes before the price: a price is parsed in its currency's digits.
    f << custom(
        "price_currency", Type::Currency, Unit::None, Table::Prices,
        [](const CatalogItem &item) {
            return item.price ? QVariant(item.price->currency) : QVariant(QString());
        },
        [](CatalogItem &item, const QVariant &value) {
            if (item.price)
                item.price->currency = value.toString();
        })
      << custom(
             "price", Type::Price, Unit::None, Table::Prices,
             [](const CatalogItem &item) {
                 return item.price ? QVariant(item.price->minorUnits) : QVariant();
             },
             [](CatalogItem &item, const QVariant &value) {
                 if (!value.isValid()) {
                     item.price.reset();
                     return;
                 }
                 Money money = item.price.value_or(Money());
                 money.minorUnits = value.toLongLong();
                 item.price = money;
             })
      << member("price_date", Type::Date, Unit::None, Table::Prices, &CatalogItem::priceDate)
      << member("price_is_estimate", Type::Boolean, Unit::None, Table::Prices,
                &CatalogItem::priceIsEstimate);

    f << member("source", Type::Text, Unit::None, Table::Items, &CatalogItem::source, true)
      << custom(
             "confidence", Type::Confidence, Unit::None, Table::Items,
             [](const CatalogItem &item) {
                 return QVariant(CatalogItem::confidenceKey(item.confidence));
             },
             [](CatalogItem &item, const QVariant &value) {
                 item.confidence =
                     CatalogItem::confidenceFromKey(value.toString()).value_or(item.confidence);
             },
             true)
      << member("notes", Type::Text, Unit::None, Table::Items, &CatalogItem::notes);
    return f;
}

struct Label
{
    const char *key;
    const char *text;
};

// Labels for people; the precision peaks are labelled by label() from their key.
constexpr Label kLabels[] = {
    {"id", QT_TRANSLATE_NOOP("CatalogFields", "Id")},
    {"kind", QT_TRANSLATE_NOOP("CatalogFields", "Kind")},
    {"vendor", QT_TRANSLATE_NOOP("CatalogFields", "Vendor")},
    {"model", QT_TRANSLATE_NOOP("CatalogFields", "Model")},
    {"category", QT_TRANSLATE_NOOP("CatalogFields", "Category")},
    {"rack_units", QT_TRANSLATE_NOOP("CatalogFields", "Height in rack units")},
    {"width_mm", QT_TRANSLATE_NOOP("CatalogFields", "Width")},
    {"depth_mm", QT_TRANSLATE_NOOP("CatalogFields", "Depth")},
    {"height_mm", QT_TRANSLATE_NOOP("CatalogFields", "Height")},
    {"weight_kg", QT_TRANSLATE_NOOP("CatalogFields", "Weight")},
    {"power_typical_watts", QT_TRANSLATE_NOOP("CatalogFields", "Typical power")},
    {"power_max_watts", QT_TRANSLATE_NOOP("CatalogFields", "Maximum power")},
    {"psu_count", QT_TRANSLATE_NOOP("CatalogFields", "Power supplies")},
    {"psu_rating_watts", QT_TRANSLATE_NOOP("CatalogFields", "Power supply rating")},
    {"cooling", QT_TRANSLATE_NOOP("CatalogFields", "Cooling")},
    {"form_factor", QT_TRANSLATE_NOOP("CatalogFields", "Form factor")},
    {"interfaces", QT_TRANSLATE_NOOP("CatalogFields", "Interfaces")},
    {"electrical", QT_TRANSLATE_NOOP("CatalogFields", "Electrical")},
    {"configuration", QT_TRANSLATE_NOOP("CatalogFields", "Configuration")},
    {"accelerator_count", QT_TRANSLATE_NOOP("CatalogFields", "Accelerators")},
    {"accelerator_options", QT_TRANSLATE_NOOP("CatalogFields", "Accelerator options")},
    {"cpu_sockets", QT_TRANSLATE_NOOP("CatalogFields", "CPU sockets")},
    {"max_memory_bytes", QT_TRANSLATE_NOOP("CatalogFields", "Maximum memory")},
    {"drive_bays", QT_TRANSLATE_NOOP("CatalogFields", "Drive bays")},
    {"max_raw_storage_bytes", QT_TRANSLATE_NOOP("CatalogFields", "Maximum raw storage")},
    {"generation", QT_TRANSLATE_NOOP("CatalogFields", "Generation")},
    {"memory_bytes", QT_TRANSLATE_NOOP("CatalogFields", "Memory")},
    {"memory_type", QT_TRANSLATE_NOOP("CatalogFields", "Memory type")},
    {"memory_bandwidth_bytes_per_second", QT_TRANSLATE_NOOP("CatalogFields", "Memory bandwidth")},
    {"tdp_watts", QT_TRANSLATE_NOOP("CatalogFields", "TDP")},
    {"scale_up_bandwidth_bytes_per_second",
     QT_TRANSLATE_NOOP("CatalogFields", "Scale-up bandwidth")},
    {"scale_up_domain_size", QT_TRANSLATE_NOOP("CatalogFields", "Scale-up domain size")},
    {"capacity_bytes", QT_TRANSLATE_NOOP("CatalogFields", "Capacity")},
    {"read_bandwidth_bytes_per_second", QT_TRANSLATE_NOOP("CatalogFields", "Read bandwidth")},
    {"write_bandwidth_bytes_per_second", QT_TRANSLATE_NOOP("CatalogFields", "Write bandwidth")},
    {"read_iops", QT_TRANSLATE_NOOP("CatalogFields", "Random reads")},
    {"write_iops", QT_TRANSLATE_NOOP("CatalogFields", "Random writes")},
    {"endurance_drive_writes_per_day", QT_TRANSLATE_NOOP("CatalogFields", "Endurance")},
    {"port_count", QT_TRANSLATE_NOOP("CatalogFields", "Ports")},
    {"port_speed_bits_per_second", QT_TRANSLATE_NOOP("CatalogFields", "Port speed")},
    {"switching_capacity_bits_per_second",
     QT_TRANSLATE_NOOP("CatalogFields", "Switching capacity")},
    {"max_load_kg", QT_TRANSLATE_NOOP("CatalogFields", "Maximum load")},
    {"power_capacity_watts", QT_TRANSLATE_NOOP("CatalogFields", "Power capacity")},
    {"outlet_count", QT_TRANSLATE_NOOP("CatalogFields", "Outlets")},
    {"price_currency", QT_TRANSLATE_NOOP("CatalogFields", "Currency")},
    {"price", QT_TRANSLATE_NOOP("CatalogFields", "Price")},
    {"price_date", QT_TRANSLATE_NOOP("CatalogFields", "Price date")},
    {"price_is_estimate", QT_TRANSLATE_NOOP("CatalogFields", "Price is an estimate")},
    {"source", QT_TRANSLATE_NOOP("CatalogFields", "Source")},
    {"confidence", QT_TRANSLATE_NOOP("CatalogFields", "Confidence")},
    {"notes", QT_TRANSLATE_NOOP("CatalogFields", "Notes")},
};

} // namespace

QString CatalogFields::numberText(double value)
{
    // Whole numbers below 2^53 are exact in a double and read best without an exponent.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool CatalogField::appliesTo(ItemKind kind) const
{
    switch (table) {
    case CatalogTable::Items:
    case CatalogTable::Prices:
        return true;
    case CatalogTable::ServerSpecs:
    case CatalogTable::ServerAcceleratorOptions:
        return kind == ItemKind::GpuServer;
    case CatalogTable::AcceleratorSpecs:
        return kind == ItemKind::Accelerator;
    case CatalogTable::StorageSpecs:
        return kind == ItemKind::StorageDrive || kind == ItemKind::StorageAppliance;
    case CatalogTable::NetworkSpecs:
        return kind == ItemKind::Switch || kind == ItemKind::Nic || kind == ItemKind::Optic;
    case CatalogTable::RackSpecs:
        return kind == ItemKind::Rack;
    case CatalogTable::PduSpecs:
        return kind == ItemKind::Pdu;
    }
    return false;
}

const QList<CatalogField> &CatalogFields::all()
{
    static const QList<CatalogField> fields = buildFields();
    return fields;
}

const CatalogField *CatalogFields::find(const QString &key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < all().size(); ++i)
            h.insert(all().at(i).key, i);
        return h;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QString CatalogFields::label(const CatalogField &field)
{
    for (const Label &label : kLabels) {
        if (field.key == QLatin1String(label.key))
            return QCoreApplication::translate("CatalogFields", label.text);
    }
    if (field.unit == CatalogUnit::FlopsPerSecond) {
        // "dense_bf16_flops_per_second" -> "Dense BF16 peak"
        const QString precision = field.key.section(QLatin1Char('_'), 1, 1).toUpper();
        //: %1 is a number format such as BF16 or FP8
        return tr("Dense %1 peak").arg(precision);
    }
    return field.key;
}

bool CatalogFields::isSet(const CatalogField &field, const CatalogItem &item)
{
    const QVariant value = field.get(item);
    switch (field.type) {
    case CatalogFieldType::Integer:
        // An accelerator always belongs to a domain of at least itself.
        if (field.key == QLatin1String("scale_up_domain_size"))
            return value.toInt() > 1;
        return value.toInt() != 0;
    case CatalogFieldType::Real:
        return value.toDouble() != 0.0;
    case CatalogFieldType::Boolean:
        // Prices are estimates unless a row says otherwise.
        return !value.toBool();
    case CatalogFieldType::IdList:
        return !value.toStringList().isEmpty();
    case CatalogFieldType::Price:
        return value.isValid();
    case CatalogFieldType::Date:
        return value.toDate().isValid();
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        return !value.toString().isEmpty();
    }
    return false;
}

QString CatalogFields::toText(const CatalogField &field, const CatalogItem &item)
{
    if (!field.appliesTo(item.kind))
        return {};
    const QVariant value = field.get(item);
    switch (field.type) {
    case CatalogFieldType::Integer:
        if (field.key == QLatin1String("scale_up_domain_size"))
            return QString::number(value.toInt());
        return value.toInt() == 0 ? QString() : QString::number(value.toInt());
    case CatalogFieldType::Real:
        return value.toDouble() == 0.0 ? QString() : numberText(value.toDouble());
    case CatalogFieldType::Boolean:
        if (!item.price)
            return {};
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case CatalogFieldType::IdList:
        return value.toStringList().join(QLatin1Char(';'));
    case CatalogFieldType::Price: {
        if (!item.price)
            return {};
        const int digits = MoneyFormat::minorUnitDigits(item.price->currency);
        qint64 scale = 1;
        for (int i = 0; i < digits; ++i)
            scale *= 10;
        const qint64 minor = item.price->minorUnits;
        const qint64 whole = minor / scale;
        QString text = QString::number(whole);
        if (digits > 0)
            text += QLatin1Char('.')
                + QStringLiteral("%1").arg(minor % scale, digits, 10, QLatin1Char('0'));
        return text;
    }
    case CatalogFieldType::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        return value.toString();
    }
    return {};
}

QJsonValue CatalogFields::toJson(const CatalogField &field, const CatalogItem &item)
{
    if (!field.appliesTo(item.kind))
        return QJsonValue::Undefined;
    // Every field of the item's kind is written, unset ones as null: importing the file
    // then sets each of them, clearing what the file does not have.
    const bool keep = field.required || isSet(field, item)
        || field.key == QLatin1String("scale_up_domain_size")
        || (field.type == CatalogFieldType::Boolean && item.price);
    if (!keep)
        return QJsonValue::Null;
    const QVariant value = field.get(item);
    switch (field.type) {
    case CatalogFieldType::Integer:
        return value.toInt();
    case CatalogFieldType::Real:
        return value.toDouble();
    case CatalogFieldType::Boolean:
        return value.toBool();
    case CatalogFieldType::IdList:
        return QJsonArray::fromStringList(value.toStringList());
    case CatalogFieldType::Price:
    case CatalogFieldType::Date:
    case CatalogFieldType::Id:
    case CatalogFieldType::Kind:
    case CatalogFieldType::Confidence:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        // Prices stay decimal text: a JSON number is a double and would round.
        return toText(field, item);
    }
    return QJsonValue::Undefined;
}

QString CatalogFields::displayText(const CatalogField &field, const CatalogItem &item,
                                   const UnitFormat &format)
{
    if (!field.appliesTo(item.kind) || (!isSet(field, item) && !field.required))
        return {};
    const QVariant value = field.get(item);
    switch (field.type) {
    case CatalogFieldType::Kind:
        return CatalogItem::kindDisplayName(item.kind);
    case CatalogFieldType::Confidence:
        return CatalogItem::confidenceDisplayName(item.confidence);
    case CatalogFieldType::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case CatalogFieldType::Price:
        return item.price ? MoneyFormat::format(*item.price) : QString();
    case CatalogFieldType::Date:
        return QLocale().toString(value.toDate(), QLocale::ShortFormat);
    case CatalogFieldType::IdList:
        return value.toStringList().join(QLatin1String(", "));
    case CatalogFieldType::Id:
    case CatalogFieldType::Text:
    case CatalogFieldType::Currency:
        return value.toString();
    case CatalogFieldType::Integer:
    case CatalogFieldType::Real:
        break;
    }
    const double number = value.toDouble();
    switch (field.unit) {
    case CatalogUnit::RackUnits:
        return format.rackUnits(static_cast<int>(number));
    case CatalogUnit::Millimetres:
        return format.length(number / 1000.0);
    case CatalogUnit::Kilograms:
        return format.mass(number);
    case CatalogUnit::Watts:
        return format.power(number);
    case CatalogUnit::Bytes:
        return format.bytes(number);
    case CatalogUnit::BytesPerSecond:
        return format.bandwidth(number);
    case CatalogUnit::BitsPerSecond:
        return format.bitRate(number);
    case CatalogUnit::FlopsPerSecond:
        return format.flops(number);
    case CatalogUnit::PerSecond:
        //: Storage speed: random input/output operations per second
        return tr("%1 IOPS").arg(format.number(number));
    case CatalogUnit::DriveWritesPerDay:
        //: Storage endurance in drive writes per day
        return tr("%1 DWPD").arg(format.number(number));
    case CatalogUnit::Count:
    case CatalogUnit::None:
        break;
    }
    return format.number(number);
}

bool CatalogFields::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,119}$"));
    return pattern.match(id).hasMatch();
}

QList<CatalogFieldError> CatalogFields::validate(const CatalogItem &item)
{
    QList<CatalogFieldError> errors;
    auto add = [&errors](const char *key, const QString &message) {
        errors.append({QLatin1String(key), message});
    };
    for (const CatalogField &field : all()) {
        if (field.required && !isSet(field, item)) {
            errors.append({field.key, tr("is required")});
            continue;
        }
        if (!field.appliesTo(item.kind)) {
            if (isSet(field, item))
                errors.append({field.key,
                               tr("does not apply to the kind '%1'")
                                   .arg(CatalogItem::kindDisplayName(item.kind))});
            continue;
        }
        if (field.isNumeric()) {
            const double number = field.get(item).toDouble();
            if (number < 0.0)
                errors.append({field.key,
                               field.unit == CatalogUnit::Watts ? tr("power must not be negative")
                                                                : tr("must not be negative")});
        }
    }
    if (!item.id.isEmpty() && !isValidId(item.id))
        add("id",
            tr("'%1' is not a valid id: use lower-case letters, digits, '-', '_' and '.'")
                .arg(item.id));
    if (item.kind == ItemKind::Accelerator && item.accelerator.scaleUpDomainSize < 1)
        add("scale_up_domain_size", tr("must be at least 1"));
    if (item.powerTypicalWatts > 0.0 && item.powerMaxWatts > 0.0
        && item.powerTypicalWatts > item.powerMaxWatts)
        add("power_typical_watts", tr("typical power is above the maximum power"));
    QSet<QString> seen;
    for (const QString &option : item.acceleratorOptions) {
        if (!isValidId(option))
            add("accelerator_options", tr("'%1' is not an item id").arg(option));
        else if (option == item.id)
            add("accelerator_options", tr("an item cannot be its own accelerator"));
        else if (seen.contains(option))
            add("accelerator_options", tr("'%1' is listed twice").arg(option));
        seen.insert(option);
    }
    if (!item.price) {
        if (!item.priceIsEstimate)
            add("price_is_estimate",
                tr("says the price is not an estimate, but there is no price"));
        if (item.priceDate.isValid())
            add("price_date", tr("has a date but there is no price"));
    } else {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(item.price->currency).hasMatch())
            add("price_currency",
                tr("'%1' is not a three-letter currency code such as USD")
                    .arg(item.price->currency));
        if (item.price->minorUnits < 0)
            add("price", tr("must not be negative"));
    }
    return errors;
}
