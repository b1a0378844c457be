#include "views/layout/layouttooltips.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "model/layout/layoutrules.h"

#include <QStringList>

namespace {
QString heading(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}
} // namespace

QString LayoutToolTips::placement(const DataHall &hall, PlacementId id)
{
    const Placement *p = hall.placement(id);
    if (!p)
        return {};
    const CatalogItem *item = hall.catalog().item(p->itemId);
    const int units = item ? std::max(1, item->rackUnits) : 1;
    const LayoutLoad load = hall.placementLoad(id);
    const UnitFormat format;
    QStringList lines;
    lines << heading(item ? item->displayName() : p->itemId);
    lines << tr("U%1–U%2, %3")
                 .arg(p->positionU)
                 .arg(p->positionU + units - 1)
                 .arg(Placement::faceDisplayName(p->face).toLower());
    lines << tr("Power: %1 typical, %2 maximum")
                 .arg(format.power(load.powerTypicalMilliwatts / 1000.0),
                      format.power(load.powerMaxMilliwatts / 1000.0));
    lines << tr("Weight: %1").arg(format.mass(load.massGrams / 1000.0));
    if (p->configuration.acceleratorCount > 0) {
        const CatalogItem *accelerator = hall.catalog().item(p->configuration.acceleratorId);
        lines << tr("%1 × %2")
                     .arg(p->configuration.acceleratorCount)
                     .arg(accelerator ? accelerator->displayName() : p->configuration.acceleratorId)
                     .toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

QString LayoutToolTips::rack(const DataHall &hall, RackId id)
{
    const Rack *r = hall.rack(id);
    if (!r)
        return {};
    const LayoutTotals &t = hall.rackTotals(id);
    const CatalogItem *type = hall.catalog().item(r->rackTypeId);
    const UnitFormat format;
    QStringList lines;
    lines << heading(r->name)
            + (type ? QStringLiteral(" — %1").arg(type->displayName().toHtmlEscaped()) : QString());
    lines << tr("Space: %1 of %2 U used").arg(t.unitsUsed).arg(t.unitsTotal);
    lines << tr("Power: %1 maximum of %2 budget")
                 .arg(format.power(t.powerMaxWatts()), format.power(t.powerBudgetWatts()));
    lines << tr("Cooling: %1 of %2 (%3)")
                 .arg(format.power(t.powerTypicalWatts()), format.power(t.coolingCeilingWatts()),
                      RackCooling::typeDisplayName(r->cooling.type).toLower());
    lines << tr("Weight: %1 of %2").arg(format.mass(t.weightKg()), format.mass(t.weightLimitKg()));
    if (const auto nearest = t.nearestLimit())
        lines << tr("Nearest limit: %1 at %2")
                     .arg(LimitKinds::displayName(nearest->limit),
                          format.percent(nearest->fraction));
    const RuleCheck broken = LayoutRules::brokenLimits(*r, t);
    for (const LimitViolation &v : broken.violations)
        lines << QStringLiteral("<span style='color:#d6332f'>%1</span>")
                     .arg(v.message.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString LayoutToolTips::row(const DataHall &hall, RowId id)
{
    const HallRow *r = hall.row(id);
    if (!r)
        return {};
    const LayoutTotals &t = hall.rowTotals(id);
    const UnitFormat format;
    QStringList lines;
    lines << heading(r->name);
    lines << tr("%n rack(s), %1 of %2 U used", nullptr, t.rackCount)
                 .arg(t.unitsUsed)
                 .arg(t.unitsTotal);
    lines << tr("Power: %1 maximum of %2 budget")
                 .arg(format.power(t.powerMaxWatts()), format.power(t.powerBudgetWatts()));
    lines << tr("Heat: %1 BTU/h").arg(format.number(t.heatBtuPerHour()));
    lines << tr("Weight: %1").arg(format.mass(t.weightKg()));
    if (t.racksOverLimit > 0)
        lines << tr("%n rack(s) over a limit", nullptr, t.racksOverLimit);
    return lines.join(QStringLiteral("<br>"));
}
