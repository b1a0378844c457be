#include "model/quote/hallfigures.h"

#include "model/workload/headroomentry.h"

#include <cmath>
#include <limits>

namespace {
const char *const kKindKeys[2] = {"training", "inference"};
constexpr double kMovedFraction = 0.005; // half a percentage point

QString percent(const std::optional<double> &fraction, const QLocale &locale)
{
    if (!fraction)
        return HallFigures::tr("none");
    if (std::isinf(*fraction))
        //: Headroom where something is demanded but the hall offers none of it
        return HallFigures::tr("no capacity");
    //: A headroom percentage: "45 %"
    return HallFigures::tr("%1 %").arg(locale.toString(*fraction * 100.0, 'f', 0));
}
} // namespace

void HallFigures::setHeadroom(const ScopeHeadroom &hall)
{
    for (int kind = 0; kind < 2; ++kind) {
        const ClassHeadroom &of = kind == 0 ? hall.training : hall.inference;
        for (int d = 0; d < kHeadroomDimensionCount; ++d)
            headroomFraction[size_t(kind)][size_t(d)] = of[d].headroomFraction();
    }
}

QJsonObject HallFigures::headroomJson() const
{
    QJsonObject json;
    for (int kind = 0; kind < 2; ++kind) {
        QJsonObject dimensions;
        for (int d = 0; d < kHeadroomDimensionCount; ++d) {
            const std::optional<double> &fraction = headroomFraction[size_t(kind)][size_t(d)];
            if (!fraction)
                continue;
            const QString key = HeadroomDimensions::key(HeadroomDimension(d));
            // JSON has no infinity.
            dimensions[key] =
                std::isinf(*fraction) ? QJsonValue(QStringLiteral("-inf")) : QJsonValue(*fraction);
        }
        if (!dimensions.isEmpty())
            json[QLatin1String(kKindKeys[kind])] = dimensions;
    }
    return json;
}

void HallFigures::setHeadroomJson(const QJsonObject &json)
{
    headroomFraction = {};
    for (int kind = 0; kind < 2; ++kind) {
        const QJsonObject dimensions = json.value(QLatin1String(kKindKeys[kind])).toObject();
        for (auto it = dimensions.begin(); it != dimensions.end(); ++it) {
            const std::optional<HeadroomDimension> d = HeadroomDimensions::fromKey(it.key());
            if (!d)
                continue;
            std::optional<double> &fraction = headroomFraction[size_t(kind)][size_t(*d)];
            if (it.value().isDouble())
                fraction = it.value().toDouble();
            else if (it.value().toString() == QLatin1String("-inf"))
                fraction = -std::numeric_limits<double>::infinity();
        }
    }
}

QString HallFigures::describeHeadroomChange(const HallFigures &before, const HallFigures &after,
                                            const QLocale &locale)
{
    QStringList moved;
    bool any = false;
    for (int kind = 0; kind < 2; ++kind) {
        for (int d = 0; d < kHeadroomDimensionCount; ++d) {
            const std::optional<double> &was = before.headroomFraction[size_t(kind)][size_t(d)];
            const std::optional<double> &now = after.headroomFraction[size_t(kind)][size_t(d)];
            any = any || was || now;
            const bool same = (!was && !now)
                || (was && now
                    && (*was == *now
                        || (std::isfinite(*was) && std::isfinite(*now)
                            && std::abs(*was - *now) < kMovedFraction)));
            if (same)
                continue;
            //: "Compute (training) 45 % → 30 %"
            moved << tr("%1 (%2) %3 → %4")
                         .arg(HeadroomDimensions::displayName(HeadroomDimension(d)),
                              kind == 0 ? tr("training") : tr("inference"), percent(was, locale),
                              percent(now, locale));
        }
    }
    if (!any)
        return QString();
    if (moved.isEmpty())
        return tr("Headroom left unchanged.");
    return tr("Headroom left: %1.").arg(moved.join(QStringLiteral("; ")));
}
