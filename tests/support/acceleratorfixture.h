#pragma once

#include "model/capacity/accelerator.h"
#include "model/catalog/csvreader.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

namespace HeadroomTest {

// The accelerators the public reference rows name, copied with their sources from the
// shared hardware data (tests/fixtures/reference/README.md), in the catalog's column
// names. Tests use these instead of a catalog database.
inline QList<Accelerator> fixtureAccelerators()
{
    QFile file(QStringLiteral(HEADROOM_FIXTURES_DIR "/reference/accelerators.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const CsvReader::Result read = CsvReader::read(file.readAll());
    const QList<CsvRecord> &records = read.records;
    if (records.isEmpty() || !read.ok())
        return {};
    const QStringList header = records.first().cells;
    QList<Accelerator> list;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QHash<QString, QString> cell;
        for (int c = 0; c < header.size() && c < records.at(i).cells.size(); ++c)
            cell.insert(header.at(c), records.at(i).cells.at(c));
        const auto number = [&](const char *column) {
            return cell.value(QLatin1String(column)).toDouble();
        };
        Accelerator a;
        a.vendor = cell.value(QStringLiteral("vendor"));
        a.model = cell.value(QStringLiteral("model"));
        a.generation = cell.value(QStringLiteral("generation"));
        a.memoryBytes = number("memory_bytes");
        a.memoryBandwidthBytesPerSecond = number("memory_bandwidth_bytes_per_second");
        const std::array<const char *, kPrecisionCount> peaks = {
            "dense_fp32_flops_per_second", "dense_tf32_flops_per_second",
            "dense_bf16_flops_per_second", "dense_fp16_flops_per_second",
            "dense_fp8_flops_per_second",  "dense_int8_flops_per_second",
            "dense_fp4_flops_per_second"};
        for (int p = 0; p < kPrecisionCount; ++p)
            a.densePeakFlopsPerSecond[p] = number(peaks[p]);
        a.tdpWatts = number("tdp_watts");
        a.scaleUpBandwidthBytesPerSecond = number("scale_up_bandwidth_bytes_per_second");
        a.scaleUpDomainSize = cell.value(QStringLiteral("scale_up_domain_size")).toInt();
        list << a;
    }
    return list;
}

inline QByteArray fixtureFile(const QString &relativePath)
{
    QFile file(QStringLiteral(HEADROOM_FIXTURES_DIR "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace HeadroomTest
