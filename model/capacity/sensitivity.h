#pragma once

#include "model/capacity/assumptions.h"
#include "model/capacity/figure.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

// Runs a pure estimate once with the assumptions' values and once more with each
// assumption at its low and at its high end, so that every output figure can carry a
// range and the names of the assumptions that move it. The range combines the single
// swings as independent errors (root sum of squares on each side), so two uncertain
// inputs do not simply add their worst cases.
template<class Raw> class Sensitivity
{
public:
    template<class Compute>
    Sensitivity(const QList<Assumption> &resolved, const AssumptionValues &nominalValues,
                Compute compute)
        : m_nominal(compute(nominalValues))
    {
        for (const Assumption &a : resolved) {
            if (a.low == a.value && a.high == a.value)
                continue;
            AssumptionValues low = nominalValues;
            low[a.id] = a.low;
            AssumptionValues high = nominalValues;
            high[a.id] = a.high;
            m_swings.push_back({a.id, compute(low), compute(high)});
        }
    }

    const Raw &nominal() const { return m_nominal; }

    template<class Get> Figure figure(Get get) const
    {
        Figure f;
        f.value = get(m_nominal);
        if (!std::isfinite(f.value)) {
            f.low = f.high = f.value;
            return f;
        }
        double down = 0.0;
        double up = 0.0;
        std::vector<std::pair<double, AssumptionId>> effects;
        for (const Swing &s : m_swings) {
            const double a = get(s.low);
            const double b = get(s.high);
            if (!std::isfinite(a) || !std::isfinite(b))
                continue;
            const double d = std::max(0.0, f.value - std::min(a, b));
            const double u = std::max(0.0, std::max(a, b) - f.value);
            down += d * d;
            up += u * u;
            const double effect = std::max(d, u);
            // Below 0.1% an assumption does not drive the figure, it only touches it.
            if (effect > 1e-3 * std::abs(f.value) && effect > 0.0)
                effects.emplace_back(effect, s.id);
        }
        std::stable_sort(effects.begin(), effects.end(),
                         [](const auto &x, const auto &y) { return x.first > y.first; });
        for (const auto &e : effects)
            f.drivers << Assumptions::name(e.second);
        f.low = f.value - std::sqrt(down);
        f.high = f.value + std::sqrt(up);
        if (f.value >= 0.0)
            f.low = std::max(0.0, f.low);
        return f;
    }

    Figure figure(double Raw::*member) const
    {
        return figure([member](const Raw &raw) { return raw.*member; });
    }

private:
    struct Swing
    {
        AssumptionId id;
        Raw low;
        Raw high;
    };
    Raw m_nominal;
    std::vector<Swing> m_swings;
};
