#pragma once

#include <QtGlobal>

#include <cmath>

// Power and weight as whole milliwatts and grams. Totals are running sums updated by
// every edit; integers make "add then remove" return to exactly zero, so an undo leaves
// the totals bit-for-bit as they were and no drift accumulates over a long session.
struct LayoutLoad
{
    qint64 powerTypicalMilliwatts = 0;
    qint64 powerMaxMilliwatts = 0;
    qint64 massGrams = 0;
    // Items whose catalog row has no weight or no power figure: the sums above leave
    // them out, and a planner must be told so rather than shown a total that looks whole.
    int unknownWeightCount = 0;
    int unknownPowerCount = 0;

    static qint64 milli(double value) { return std::llround(value * 1000.0); }

    LayoutLoad &operator+=(const LayoutLoad &other)
    {
        powerTypicalMilliwatts += other.powerTypicalMilliwatts;
        powerMaxMilliwatts += other.powerMaxMilliwatts;
        massGrams += other.massGrams;
        unknownWeightCount += other.unknownWeightCount;
        unknownPowerCount += other.unknownPowerCount;
        return *this;
    }
    LayoutLoad &operator-=(const LayoutLoad &other)
    {
        powerTypicalMilliwatts -= other.powerTypicalMilliwatts;
        powerMaxMilliwatts -= other.powerMaxMilliwatts;
        massGrams -= other.massGrams;
        unknownWeightCount -= other.unknownWeightCount;
        unknownPowerCount -= other.unknownPowerCount;
        return *this;
    }
    friend bool operator==(const LayoutLoad &, const LayoutLoad &) = default;
};
