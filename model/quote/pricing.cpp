#include "model/quote/pricing.h"

#include <QRegularExpression>
#include <QString>

namespace Pricing {

namespace {
// GCC and Clang provide 128-bit integers; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator;
    const Int128 remainder = numerator % denominator;
    const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
    const Int128 absDenominator = denominator < 0 ? -denominator : denominator;
    if (2 * absRemainder >= absDenominator)
        quotient += (numerator < 0) != (denominator < 0) ? -1 : 1;
    return quotient;
}
} // namespace

qint64 applyBasisPoints(qint64 amountMinor, int basisPoints)
{
    // 128-bit intermediate: a billion-dollar hall (1e11 cents) times 10,000 bp would
    // overflow 64 bits before the division.
    return static_cast<qint64>(
        divideRounded(static_cast<Int128>(amountMinor) * basisPoints, kBasisPointsPerWhole));
}

int ratioBasisPoints(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    return static_cast<int>(divideRounded(static_cast<Int128>(part) * kBasisPointsPerWhole, whole));
}

std::optional<qint64> multiply(qint64 unitMinor, qint64 quantity)
{
    qint64 result = 0;
    if (qMulOverflow(unitMinor, quantity, &result))
        return std::nullopt;
    return result;
}

std::optional<int> basisPointsFromPercentText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?)(\\d{1,5})(?:\\.(\\d{1,2}))?\\s*%?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int value = match.captured(2).toInt() * 100;
    const QString fraction = match.captured(3);
    if (!fraction.isEmpty())
        value += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    return match.captured(1).isEmpty() ? value : -value;
}

double percentFromBasisPoints(int basisPoints)
{
    return basisPoints / 100.0;
}

} // namespace Pricing
