#include "model/workload/headroomentry.h"

#include "model/capacity/assumptions.h"

#include <limits>

std::optional<double> HeadroomEntry::fractionAt(double value) const
{
    if (capacity > 0.0)
        return 1.0 - value / capacity;
    if (value > 0.0)
        return -std::numeric_limits<double>::infinity();
    return std::nullopt;
}

HeadroomStatus HeadroomEntry::status() const
{
    const auto fraction = headroomFraction();
    if (!fraction)
        return HeadroomStatus::NotApplicable;
    if (*fraction < 0.0)
        return HeadroomStatus::Over;
    return *fraction < kTightFraction ? HeadroomStatus::Tight : HeadroomStatus::Ok;
}

QStringList HeadroomEntry::assumptions() const
{
    QStringList names;
    for (int i = 0; i < kAssumptionCount; ++i) {
        if (assumptionMask & (1u << i))
            names << Assumptions::name(AssumptionId(i));
    }
    return names;
}

quint32 HeadroomEntry::maskOf(const QStringList &assumptionNames)
{
    quint32 mask = 0;
    for (const QString &name : assumptionNames) {
        if (const auto id = Assumptions::fromName(name))
            mask |= 1u << int(*id);
    }
    return mask;
}

HeadroomEntry HeadroomEntry::fromFigure(const Figure &demand, double capacity)
{
    return {demand.value, demand.low, demand.high, capacity, maskOf(demand.drivers)};
}

HeadroomEntry HeadroomEntry::scaled(double factor) const
{
    HeadroomEntry e = *this;
    e.demand *= factor;
    e.demandLow *= factor;
    e.demandHigh *= factor;
    return e;
}

HeadroomEntry &HeadroomEntry::operator+=(const HeadroomEntry &other)
{
    demand += other.demand;
    demandLow += other.demandLow;
    demandHigh += other.demandHigh;
    capacity += other.capacity;
    assumptionMask |= other.assumptionMask;
    return *this;
}

const HeadroomEntry &HeadroomEntry::tighter(const HeadroomEntry &a, const HeadroomEntry &b)
{
    const auto fa = a.headroomFraction();
    const auto fb = b.headroomFraction();
    if (!fb)
        return a;
    if (!fa)
        return b;
    return *fb < *fa ? b : a;
}

ScopeHeadroom &ScopeHeadroom::operator+=(const ScopeHeadroom &other)
{
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference}) {
        ClassHeadroom &mine = of(kind);
        const ClassHeadroom &theirs = other.of(kind);
        for (int d = 0; d < kHeadroomDimensionCount; ++d) {
            if (d == int(HeadroomDimension::Latency))
                mine[d] = HeadroomEntry::tighter(mine[d], theirs[d]);
            else
                mine[d] += theirs[d];
        }
    }
    return *this;
}
