#pragma once

#include "model/workload/workload.h"

#include <QColor>

#include <algorithm>

// The colours that tell training from inference everywhere a workload appears: the
// Workloads dock's list, the badges on servers in the rack layout, and the charts.
class WorkloadPalette
{
public:
    static QColor kind(WorkloadKind kind)
    {
        return kind == WorkloadKind::Training ? QColor(0x7b, 0x3f, 0xb5) : QColor(0x10, 0x8a, 0x8f);
    }
    // A server's tint by load: none when idle, then stronger towards full and red past it.
    static QColor load(double fraction)
    {
        if (fraction > 1.0)
            return QColor(0xd6, 0x33, 0x2f, 170);
        const int alpha = 40 + int(130 * std::clamp(fraction, 0.0, 1.0));
        return QColor(0xf0, 0xa2, 0x02, alpha);
    }
};
