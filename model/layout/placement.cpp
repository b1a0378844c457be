#include "model/layout/placement.h"

QString Placement::faceKey(RackFace face)
{
    return face == RackFace::Rear ? QStringLiteral("rear") : QStringLiteral("front");
}

std::optional<RackFace> Placement::faceFromKey(const QString &key)
{
    if (key == QLatin1String("front"))
        return RackFace::Front;
    if (key == QLatin1String("rear"))
        return RackFace::Rear;
    return std::nullopt;
}

QString Placement::faceDisplayName(RackFace face)
{
    return face == RackFace::Rear ? tr("Rear") : tr("Front");
}
