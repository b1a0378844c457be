#pragma once

#include "model/workload/headroomdimension.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <array>
#include <optional>

struct ScopeHeadroom;

// What a quote revision remembers about the hall it priced, so two revisions can be
// compared by what the hardware is and what it leaves for the workloads, as well as by
// what it costs.
struct HallFigures
{
    Q_DECLARE_TR_FUNCTIONS(HallFigures)

public:
    int rackCount = 0;
    int serverCount = 0;
    int acceleratorCount = 0;
    double powerTypicalWatts = 0.0;
    double powerMaxWatts = 0.0;

    // The headroom left in the whole hall, for training [0] and inference [1], per
    // dimension, as a fraction of capacity (1 idle, 0 full, below 0 over, minus infinity
    // when something is demanded of nothing); nothing where neither demand nor capacity is.
    using HeadroomFractions = std::array<std::optional<double>, kHeadroomDimensionCount>;
    std::array<HeadroomFractions, 2> headroomFraction {};

    void setHeadroom(const ScopeHeadroom &hall);
    // As stored in a project file: {"training": {"compute": 0.42, ...}, "inference": ...},
    // minus infinity as the string "-inf". Reading ignores what it does not know.
    QJsonObject headroomJson() const;
    void setHeadroomJson(const QJsonObject &json);

    // "Headroom: training compute 45 % → 30 %, inference latency 20 % → 5 %." naming the
    // dimensions that moved by half a point or more; empty when neither side has any.
    static QString describeHeadroomChange(const HallFigures &before, const HallFigures &after,
                                          const QLocale &locale = QLocale());

    friend bool operator==(const HallFigures &, const HallFigures &) = default;
};
