#pragma once

#include <QString>
#include <QStringList>

#include <utility>

// One estimated quantity with the range its assumptions allow and the names of the
// assumptions that move it most (largest effect first), so the UI can say why. SI units.
struct Figure
{
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    QStringList drivers;

    static Figure exact(double v) { return {v, v, v, {}}; }
    Figure scaled(double factor) const
    {
        Figure f = *this;
        f.value *= factor;
        f.low *= factor;
        f.high *= factor;
        if (factor < 0.0)
            std::swap(f.low, f.high);
        return f;
    }

    friend bool operator==(const Figure &, const Figure &) = default;
};
