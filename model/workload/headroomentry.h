#pragma once

#include "model/capacity/figure.h"
#include "model/workload/headroomdimension.h"
#include "model/workload/workload.h"

#include <QStringList>

#include <array>
#include <optional>

// How a headroom entry looks to a planner: the colours for chart 1.
enum class HeadroomStatus {
    NotApplicable, // nothing demanded and nothing offered
    Ok,
    Tight, // under 20 % left
    Over, // more demanded than there is
};

// One dimension of headroom somewhere: what the workloads demand, what there is, and what
// is left as a share of what there is. The demand carries the range its assumptions allow
// and which assumptions those are (as a bit mask of AssumptionId, so that summing entries
// over a hall allocates nothing); capacities are hardware facts without a range.
struct HeadroomEntry
{
    static constexpr double kTightFraction = 0.2; // the issue: "tight (under 20 % left)"

    double demand = 0.0;
    double demandLow = 0.0;
    double demandHigh = 0.0;
    double capacity = 0.0;
    quint32 assumptionMask = 0; // bit (1 << AssumptionId)

    bool isApplicable() const { return demand > 0.0 || capacity > 0.0; }
    // 1 - demand / capacity: 1 idle, 0 full, below 0 over. Nothing when neither is there;
    // minus infinity when something is demanded where there is nothing.
    std::optional<double> headroomFraction() const { return fractionAt(demand); }
    // The range: the low end comes from the high demand.
    std::optional<double> headroomFractionLow() const { return fractionAt(demandHigh); }
    std::optional<double> headroomFractionHigh() const { return fractionAt(demandLow); }
    HeadroomStatus status() const;

    // The names of the assumptions behind the demand ("mfu", "pue"), in AssumptionId order.
    QStringList assumptions() const;
    static quint32 maskOf(const QStringList &assumptionNames);

    static HeadroomEntry fromFigure(const Figure &demand, double capacity);
    // This entry's demand times `factor` (a server's share of a workload).
    HeadroomEntry scaled(double factor) const;
    // Additive dimensions: demands and capacities add up.
    HeadroomEntry &operator+=(const HeadroomEntry &other);
    // Latency does not add up: a scope is as tight as its tightest workload.
    static const HeadroomEntry &tighter(const HeadroomEntry &a, const HeadroomEntry &b);

    friend bool operator==(const HeadroomEntry &, const HeadroomEntry &) = default;

private:
    std::optional<double> fractionAt(double value) const;
};

using ClassHeadroom = std::array<HeadroomEntry, kHeadroomDimensionCount>;

// Headroom for training and for inference, side by side, in one place of the hall.
struct ScopeHeadroom
{
    ClassHeadroom training {};
    ClassHeadroom inference {};

    const ClassHeadroom &of(WorkloadKind kind) const
    {
        return kind == WorkloadKind::Training ? training : inference;
    }
    ClassHeadroom &of(WorkloadKind kind)
    {
        return kind == WorkloadKind::Training ? training : inference;
    }
    const HeadroomEntry &entry(WorkloadKind kind, HeadroomDimension dimension) const
    {
        return of(kind)[int(dimension)];
    }
    // Adds every dimension but latency, which takes the tighter of the two.
    ScopeHeadroom &operator+=(const ScopeHeadroom &other);

    friend bool operator==(const ScopeHeadroom &, const ScopeHeadroom &) = default;
};
