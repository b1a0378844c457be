#include "model/core/unitformat.h"

#include <cmath>
#include <iterator>

namespace {
constexpr int kSignificantDigits = 3;

// Rounds to three significant digits, so 999.7 becomes 1000 and can be rescaled.
double roundSignificant(double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const double factor = std::pow(10.0, kSignificantDigits - 1 - magnitude);
    return std::round(value * factor) / factor;
}
} // namespace

QString UnitFormat::significant(double value) const
{
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("∞")
                         : (value < 0 ? QStringLiteral("-∞") : QStringLiteral("–"));
    const double rounded = roundSignificant(value);
    // Integers of four or more digits keep all digits (with group separators): "12,500".
    if (std::fabs(rounded) >= 1000.0)
        return m_locale.toString(std::round(value), 'f', 0);
    return m_locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString UnitFormat::scaled(double value, const char *const units[], int unitCount,
                           double step) const
{
    if (!std::isfinite(value))
        return significant(value) + QLatin1Char(' ') + QLatin1String(units[0]);
    int index = 0;
    double v = value;
    while (index + 1 < unitCount && std::fabs(roundSignificant(v)) >= step) {
        v /= step;
        ++index;
    }
    return significant(v) + QLatin1Char(' ') + QLatin1String(units[index]);
}

QString UnitFormat::power(double watts) const
{
    static const char *const units[] = {"W", "kW", "MW", "GW"};
    return scaled(watts, units, std::size(units), 1000.0);
}

QString UnitFormat::energy(double joules) const
{
    static const char *const units[] = {"Wh", "kWh", "MWh", "GWh", "TWh"};
    return scaled(joules / 3600.0, units, std::size(units), 1000.0);
}

QString UnitFormat::bytes(double bytes) const
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    return scaled(bytes, units, std::size(units), 1000.0);
}

QString UnitFormat::bandwidth(double bytesPerSecond) const
{
    static const char *const units[] = {"B/s", "kB/s", "MB/s", "GB/s", "TB/s", "PB/s"};
    return scaled(bytesPerSecond, units, std::size(units), 1000.0);
}

QString UnitFormat::bitRate(double bitsPerSecond) const
{
    static const char *const units[] = {"b/s", "kb/s", "Mb/s", "Gb/s", "Tb/s", "Pb/s"};
    return scaled(bitsPerSecond, units, std::size(units), 1000.0);
}

QString UnitFormat::flops(double flopsPerSecond) const
{
    static const char *const units[] = {"FLOP/s",  "kFLOP/s", "MFLOP/s", "GFLOP/s",
                                        "TFLOP/s", "PFLOP/s", "EFLOP/s"};
    return scaled(flopsPerSecond, units, std::size(units), 1000.0);
}

QString UnitFormat::mass(double kilograms) const
{
    if (std::fabs(roundSignificant(kilograms)) >= 10000.0)
        return significant(kilograms / 1000.0) + QStringLiteral(" t");
    return significant(kilograms) + QStringLiteral(" kg");
}

QString UnitFormat::length(double metres) const
{
    return m_locale.toString(std::round(metres * 1000.0), 'f', 0) + QStringLiteral(" mm");
}

QString UnitFormat::duration(double seconds) const
{
    if (!std::isfinite(seconds))
        return significant(seconds);
    const double abs = std::fabs(seconds);
    if (abs < 1.0)
        return significant(seconds * 1000.0) + QStringLiteral(" ms");
    if (abs < 60.0)
        return significant(seconds) + QStringLiteral(" s");
    if (abs < 3600.0)
        return significant(seconds / 60.0) + QStringLiteral(" min");
    if (abs < 48.0 * 3600.0)
        return significant(seconds / 3600.0) + QStringLiteral(" h");
    //: Duration in days with up to three significant digits, e.g. "14.8 days"
    return tr("%1 days").arg(significant(seconds / 86400.0));
}

QString UnitFormat::percent(double fraction) const
{
    return m_locale.toString(std::round(fraction * 100.0), 'f', 0) + m_locale.percent();
}

QString UnitFormat::number(double value) const
{
    return significant(value);
}

QString UnitFormat::count(double value) const
{
    if (!std::isfinite(value))
        return significant(value);
    static const char *const suffixes[] = {"", "k", "M", "B", "T", "Q"};
    int index = 0;
    double v = value;
    while (index + 1 < int(std::size(suffixes)) && std::fabs(roundSignificant(v)) >= 1000.0) {
        v /= 1000.0;
        ++index;
    }
    return significant(v) + QLatin1String(suffixes[index]);
}

QString UnitFormat::rackUnits(int units) const
{
    //: Height in rack units (1U = 44.45 mm), e.g. "6U"
    return tr("%1U").arg(m_locale.toString(units));
}
