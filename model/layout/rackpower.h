#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

enum class PowerPhase { Single, Three };

// The power a rack is given: one circuit per feed (A, or A and B), each rated feedWatts
// at its breaker, on one or three phases.
struct RackPower
{
    Q_DECLARE_TR_FUNCTIONS(RackPower)

public:
    // A continuous load may use 80 % of a circuit's rating (NEC 210.19(A)/210.20(A); the
    // catalog's pdu_rule row: 415 V x 48 A of a 60 A breaker x 1.732 = 34.5 kW).
    static constexpr double kCircuitDerating = 0.8;

    double feedWatts = 0.0; // breaker rating of one feed
    int feedCount = 2; // 1 = A only, 2 = A and B (redundant)
    PowerPhase phase = PowerPhase::Three;

    // What the rack may draw with every feed in service.
    double budgetWatts() const { return feedWatts * kCircuitDerating * feedCount; }
    // What one feed may carry on its own: with A and B, the load must fit here for the
    // rack to survive losing a feed.
    double oneFeedWatts() const { return feedWatts * kCircuitDerating; }
    bool isRedundant() const { return feedCount >= 2; }

    static QString phaseKey(PowerPhase phase); // "single", "three"
    static std::optional<PowerPhase> phaseFromKey(const QString &key);
    static QString phaseDisplayName(PowerPhase phase);

    friend bool operator==(const RackPower &, const RackPower &) = default;
};
