#pragma once

#include "model/catalog/catalogitem.h"
#include "model/core/money.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// What the catalog table shows of one item: a narrow copy that 100,000 of can be read in a
// fraction of a second. The detail pane reads the full CatalogItem by id when it needs it.
struct CatalogRow
{
    QString id;
    ItemKind kind = ItemKind::GpuServer;
    QString vendor;
    QString model;
    Confidence confidence = Confidence::Medium;
    int rackUnits = 0;
    // The power to plan with: maximum, else typical, else an accelerator's TDP.
    double powerWatts = 0.0;
    double weightKg = 0.0;
    int acceleratorCount = 0;
    double memoryBytes = 0.0; // an accelerator's memory or a drive's capacity
    double bandwidthBytesPerSecond = 0.0; // memory or read bandwidth
    int portCount = 0;
    double portSpeedBitsPerSecond = 0.0;
    double bf16FlopsPerSecond = 0.0;
    std::optional<Money> price;
    QStringList acceleratorOptions;
    QByteArray searchText; // lower case UTF-8, see CatalogSearchText

    static CatalogRow from(const CatalogItem &item);
};
