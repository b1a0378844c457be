#pragma once

#include <QString>

#include <array>
#include <optional>

// Numeric formats for weights, activations and math. Dense peak throughput differs per
// format, so an accelerator carries one peak per entry (see Accelerator).
enum class Precision { Fp32, Tf32, Bf16, Fp16, Fp8, Int8, Fp4, Count };

inline constexpr int kPrecisionCount = static_cast<int>(Precision::Count);

namespace PrecisionInfo {

// Bytes to store one parameter (TF32 is a math mode on FP32 storage; FP4/INT4 pack two
// values per byte).
constexpr double bytesPerParameter(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
    case Precision::Tf32:
        return 4.0;
    case Precision::Bf16:
    case Precision::Fp16:
        return 2.0;
    case Precision::Fp8:
    case Precision::Int8:
        return 1.0;
    case Precision::Fp4:
        return 0.5;
    case Precision::Count:
        break;
    }
    return 0.0;
}

// Stable lower-case names used in JSON and CSV: "fp32", "tf32", "bf16", "fp16", "fp8",
// "int8", "fp4".
inline QString name(Precision precision)
{
    static const std::array<const char *, kPrecisionCount> names = {"fp32", "tf32", "bf16", "fp16",
                                                                    "fp8",  "int8", "fp4"};
    const int index = static_cast<int>(precision);
    return index >= 0 && index < kPrecisionCount ? QString::fromLatin1(names[index]) : QString();
}

// Parses a name case-insensitively; "int4" is accepted as an alias of "fp4".
inline std::optional<Precision> fromName(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("int4"))
        return Precision::Fp4;
    for (int i = 0; i < kPrecisionCount; ++i) {
        if (lower == name(static_cast<Precision>(i)))
            return static_cast<Precision>(i);
    }
    return std::nullopt;
}

} // namespace PrecisionInfo
