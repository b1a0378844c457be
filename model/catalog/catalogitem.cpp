#include "model/catalog/catalogitem.h"

#include <array>

namespace {
constexpr std::array<const char *, static_cast<int>(ItemKind::Count)> kKindKeys = {
    "gpu_server", "accelerator", "storage_drive", "storage_appliance", "switch", "nic", "optic",
    "rack",       "pdu"};
constexpr std::array<const char *, 3> kConfidenceKeys = {"high", "medium", "low"};
} // namespace

QString CatalogItem::kindKey(ItemKind kind)
{
    const int index = static_cast<int>(kind);
    return index >= 0 && index < static_cast<int>(kKindKeys.size())
        ? QString::fromLatin1(kKindKeys[index])
        : QString();
}

std::optional<ItemKind> CatalogItem::kindFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    for (int i = 0; i < static_cast<int>(kKindKeys.size()); ++i) {
        if (lower == QLatin1String(kKindKeys[i]))
            return static_cast<ItemKind>(i);
    }
    return std::nullopt;
}

QString CatalogItem::kindDisplayName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::GpuServer:
        return tr("GPU server");
    case ItemKind::Accelerator:
        return tr("Accelerator");
    case ItemKind::StorageDrive:
        return tr("Storage drive");
    case ItemKind::StorageAppliance:
        return tr("Storage appliance");
    case ItemKind::Switch:
        return tr("Switch");
    case ItemKind::Nic:
        return tr("NIC / DPU");
    case ItemKind::Optic:
        return tr("Optic");
    case ItemKind::Rack:
        return tr("Rack");
    case ItemKind::Pdu:
        return tr("PDU");
    case ItemKind::Count:
        break;
    }
    return {};
}

QString CatalogItem::confidenceKey(Confidence confidence)
{
    return QString::fromLatin1(kConfidenceKeys[static_cast<int>(confidence)]);
}

std::optional<Confidence> CatalogItem::confidenceFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    for (int i = 0; i < static_cast<int>(kConfidenceKeys.size()); ++i) {
        if (lower == QLatin1String(kConfidenceKeys[i]))
            return static_cast<Confidence>(i);
    }
    return std::nullopt;
}

QString CatalogItem::confidenceDisplayName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return tr("High");
    case Confidence::Medium:
        return tr("Medium");
    case Confidence::Low:
        return tr("Unverified");
    }
    return {};
}
