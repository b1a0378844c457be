#include "model/layout/rackpower.h"

QString RackPower::phaseKey(PowerPhase phase)
{
    return phase == PowerPhase::Single ? QStringLiteral("single") : QStringLiteral("three");
}

std::optional<PowerPhase> RackPower::phaseFromKey(const QString &key)
{
    if (key == QLatin1String("single"))
        return PowerPhase::Single;
    if (key == QLatin1String("three"))
        return PowerPhase::Three;
    return std::nullopt;
}

QString RackPower::phaseDisplayName(PowerPhase phase)
{
    return phase == PowerPhase::Single ? tr("Single phase") : tr("Three phase");
}
