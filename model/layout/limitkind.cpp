#include "model/layout/limitkind.h"

QString LimitKinds::key(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Space:
        return QStringLiteral("space");
    case LimitKind::Depth:
        return QStringLiteral("depth");
    case LimitKind::Mounting:
        return QStringLiteral("mounting");
    case LimitKind::Configuration:
        return QStringLiteral("configuration");
    case LimitKind::Power:
        return QStringLiteral("power");
    case LimitKind::Redundancy:
        return QStringLiteral("redundancy");
    case LimitKind::Weight:
        return QStringLiteral("weight");
    case LimitKind::Cooling:
        return QStringLiteral("cooling");
    }
    return {};
}

QString LimitKinds::displayName(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Space:
        return tr("Rack space");
    case LimitKind::Depth:
        return tr("Rack depth");
    case LimitKind::Mounting:
        return tr("Mounting");
    case LimitKind::Configuration:
        return tr("Configuration");
    case LimitKind::Power:
        return tr("Rack power");
    case LimitKind::Redundancy:
        return tr("A/B redundancy");
    case LimitKind::Weight:
        return tr("Rack load");
    case LimitKind::Cooling:
        return tr("Cooling");
    }
    return {};
}
