#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

// Order statistics for benchmarks and validation tables. Medians, not means: one slow run
// on a noisy machine must not move the figure we quote.
namespace Statistics {

// Linear interpolation between closest ranks; q in [0, 1]. NaN for an empty sample.
inline double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const auto upper = static_cast<std::size_t>(std::ceil(position));
    const double fraction = position - static_cast<double>(lower);
    return values[lower] + (values[upper] - values[lower]) * fraction;
}

inline double median(const std::vector<double> &values)
{
    return quantile(values, 0.5);
}

} // namespace Statistics
