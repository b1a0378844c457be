#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// Integer money arithmetic for quotes. Amounts are minor units (cents); rates are basis
// points (1 bp = 0.01 %), so a 12.5 % discount is 1250 bp and no step needs a double.
namespace Pricing {

inline constexpr int kBasisPointsPerWhole = 10000;

// amount × basisPoints / 10000, rounded half away from zero ("commercial rounding",
// DIN 1333): 0.5 cent rounds up for charges and down (more negative) for credits, so a
// discount and the charge it reduces round symmetrically.
qint64 applyBasisPoints(qint64 amountMinor, int basisPoints);

// part / whole in basis points, rounded half away from zero; 0 when whole is 0.
int ratioBasisPoints(qint64 part, qint64 whole);

// quantity × unit price, or nothing when the product does not fit in 64 bits.
std::optional<qint64> multiply(qint64 unitMinor, qint64 quantity);

// Parses a percentage such as "12.5" or "7" into basis points (at most two decimals).
std::optional<int> basisPointsFromPercentText(const QString &text);
double percentFromBasisPoints(int basisPoints);

} // namespace Pricing
