#pragma once

#include "model/layout/layoutids.h"

#include <QCoreApplication>
#include <QString>

class DataHall;

// The texts the rack layout shows on hover, built when a tooltip is asked for (never on
// a paint or drag path): an item's name, U span, power and weight; a rack's or a row's
// totals against their limits.
class LayoutToolTips
{
    Q_DECLARE_TR_FUNCTIONS(LayoutToolTips)

public:
    static QString placement(const DataHall &hall, PlacementId id);
    static QString rack(const DataHall &hall, RackId id);
    static QString row(const DataHall &hall, RowId id);
};
