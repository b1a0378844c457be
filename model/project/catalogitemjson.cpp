#include "model/project/catalogitemjson.h"

#include <QJsonArray>

namespace {
QString precisionKey(int i)
{
    return PrecisionInfo::name(static_cast<Precision>(i));
}
} // namespace

QJsonObject CatalogItemJson::toJson(const CatalogItem &item)
{
    QJsonObject o;
    o[QStringLiteral("id")] = item.id;
    o[QStringLiteral("kind")] = CatalogItem::kindKey(item.kind);
    o[QStringLiteral("vendor")] = item.vendor;
    o[QStringLiteral("model")] = item.model;
    o[QStringLiteral("category")] = item.category;
    o[QStringLiteral("rack_units")] = item.rackUnits;
    o[QStringLiteral("width_mm")] = item.widthMm;
    o[QStringLiteral("depth_mm")] = item.depthMm;
    o[QStringLiteral("height_mm")] = item.heightMm;
    o[QStringLiteral("weight_kg")] = item.weightKg;
    o[QStringLiteral("power_typical_w")] = item.powerTypicalWatts;
    o[QStringLiteral("power_max_w")] = item.powerMaxWatts;
    o[QStringLiteral("psu_count")] = item.psuCount;
    o[QStringLiteral("psu_rating_w")] = item.psuRatingWatts;
    o[QStringLiteral("cooling")] = item.cooling;
    o[QStringLiteral("accelerator_count")] = item.acceleratorCount;
    o[QStringLiteral("accelerator_options")] = QJsonArray::fromStringList(item.acceleratorOptions);
    o[QStringLiteral("cpu_sockets")] = item.cpuSockets;
    o[QStringLiteral("max_memory_bytes")] = item.maxMemoryBytes;
    o[QStringLiteral("drive_bays")] = item.driveBays;
    o[QStringLiteral("max_raw_storage_bytes")] = item.maxRawStorageBytes;

    const Accelerator &a = item.accelerator;
    QJsonObject accelerator {
        {QStringLiteral("vendor"), a.vendor},
        {QStringLiteral("model"), a.model},
        {QStringLiteral("generation"), a.generation},
        {QStringLiteral("memory_bytes"), a.memoryBytes},
        {QStringLiteral("memory_bandwidth_bytes_per_s"), a.memoryBandwidthBytesPerSecond},
        {QStringLiteral("tdp_w"), a.tdpWatts},
        {QStringLiteral("scale_up_bandwidth_bytes_per_s"), a.scaleUpBandwidthBytesPerSecond},
        {QStringLiteral("scale_up_domain_size"), a.scaleUpDomainSize},
    };
    QJsonObject peaks;
    for (int i = 0; i < kPrecisionCount; ++i) {
        if (a.densePeakFlopsPerSecond[i] > 0.0)
            peaks[precisionKey(i)] = a.densePeakFlopsPerSecond[i];
    }
    accelerator[QStringLiteral("dense_peak_flops_per_s")] = peaks;
    o[QStringLiteral("accelerator")] = accelerator;

    o[QStringLiteral("capacity_bytes")] = item.capacityBytes;
    o[QStringLiteral("read_bandwidth_bytes_per_s")] = item.readBandwidthBytesPerSecond;
    o[QStringLiteral("write_bandwidth_bytes_per_s")] = item.writeBandwidthBytesPerSecond;
    o[QStringLiteral("port_count")] = item.portCount;
    o[QStringLiteral("port_speed_bits_per_s")] = item.portSpeedBitsPerSecond;
    o[QStringLiteral("switching_capacity_bits_per_s")] = item.switchingCapacityBitsPerSecond;
    o[QStringLiteral("max_load_kg")] = item.maxLoadKg;
    o[QStringLiteral("power_capacity_w")] = item.powerCapacityWatts;
    o[QStringLiteral("outlet_count")] = item.outletCount;
    o[QStringLiteral("electrical")] = item.electrical;
    if (item.price) {
        // Minor units as a string: JSON numbers are doubles and must not round money.
        o[QStringLiteral("price_minor_units")] = QString::number(item.price->minorUnits);
        o[QStringLiteral("price_currency")] = item.price->currency;
    }
    o[QStringLiteral("price_date")] = item.priceDate.toString(Qt::ISODate);
    o[QStringLiteral("price_is_estimate")] = item.priceIsEstimate;
    o[QStringLiteral("source")] = item.source;
    o[QStringLiteral("confidence")] = CatalogItem::confidenceKey(item.confidence);
    o[QStringLiteral("notes")] = item.notes;
    return o;
}

std::optional<CatalogItem> CatalogItemJson::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CatalogItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    if (item.id.isEmpty())
        return fail(tr("field 'id' is missing or empty"));
    const QString kindKey = o.value(QStringLiteral("kind")).toString();
    const auto kind = CatalogItem::kindFromKey(kindKey);
    if (!kind)
        return fail(tr("item '%1': field 'kind' has unknown value '%2'").arg(item.id, kindKey));
    item.kind = *kind;
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    auto number = [&o](const char *key) { return o.value(QLatin1String(key)).toDouble(); };
    auto integer = [&o](const char *key) { return o.value(QLatin1String(key)).toInt(); };
    item.vendor = text("vendor");
    item.model = text("model");
    item.category = text("category");
    item.rackUnits = integer("rack_units");
    item.widthMm = number("width_mm");
    item.depthMm = number("depth_mm");
    item.heightMm = number("height_mm");
    item.weightKg = number("weight_kg");
    item.powerTypicalWatts = number("power_typical_w");
    item.powerMaxWatts = number("power_max_w");
    item.psuCount = integer("psu_count");
    item.psuRatingWatts = number("psu_rating_w");
    item.cooling = text("cooling");
    item.acceleratorCount = integer("accelerator_count");
    for (const QJsonValue &v : o.value(QStringLiteral("accelerator_options")).toArray())
        item.acceleratorOptions.append(v.toString());
    item.cpuSockets = integer("cpu_sockets");
    item.maxMemoryBytes = number("max_memory_bytes");
    item.driveBays = integer("drive_bays");
    item.maxRawStorageBytes = number("max_raw_storage_bytes");

    const QJsonObject a = o.value(QStringLiteral("accelerator")).toObject();
    Accelerator &acc = item.accelerator;
    acc.vendor = a.value(QStringLiteral("vendor")).toString();
    acc.model = a.value(QStringLiteral("model")).toString();
    acc.generation = a.value(QStringLiteral("generation")).toString();
    acc.memoryBytes = a.value(QStringLiteral("memory_bytes")).toDouble();
    acc.memoryBandwidthBytesPerSecond =
        a.value(QStringLiteral("memory_bandwidth_bytes_per_s")).toDouble();
    acc.tdpWatts = a.value(QStringLiteral("tdp_w")).toDouble();
    acc.scaleUpBandwidthBytesPerSecond =
        a.value(QStringLiteral("scale_up_bandwidth_bytes_per_s")).toDouble();
    acc.scaleUpDomainSize = a.value(QStringLiteral("scale_up_domain_size")).toInt(1);
    const QJsonObject peaks = a.value(QStringLiteral("dense_peak_flops_per_s")).toObject();
    for (int i = 0; i < kPrecisionCount; ++i)
        acc.densePeakFlopsPerSecond[i] = peaks.value(precisionKey(i)).toDouble();

    item.capacityBytes = number("capacity_bytes");
    item.readBandwidthBytesPerSecond = number("read_bandwidth_bytes_per_s");
    item.writeBandwidthBytesPerSecond = number("write_bandwidth_bytes_per_s");
    item.portCount = integer("port_count");
    item.portSpeedBitsPerSecond = number("port_speed_bits_per_s");
    item.switchingCapacityBitsPerSecond = number("switching_capacity_bits_per_s");
    item.maxLoadKg = number("max_load_kg");
    item.powerCapacityWatts = number("power_capacity_w");
    item.outletCount = integer("outlet_count");
    item.electrical = text("electrical");
    if (o.contains(QStringLiteral("price_minor_units"))) {
        bool ok = false;
        const qint64 minor = text("price_minor_units").toLongLong(&ok);
        if (!ok)
            return fail(
                tr("item '%1': field 'price_minor_units' is not a whole number").arg(item.id));
        item.price = Money {minor, text("price_currency")};
    }
    item.priceDate = QDate::fromString(text("price_date"), Qt::ISODate);
    item.priceIsEstimate = o.value(QStringLiteral("price_is_estimate")).toBool(true);
    item.source = text("source");
    const QString confidence = text("confidence");
    if (const auto c = CatalogItem::confidenceFromKey(confidence))
        item.confidence = *c;
    else if (!confidence.isEmpty())
        return fail(
            tr("item '%1': field 'confidence' has unknown value '%2'").arg(item.id, confidence));
    item.notes = text("notes");
    return item;
}
