#pragma once

#include "model/catalog/catalogitem.h"

#include <QColor>

// The colours the rack elevations use, in one place so every item and the drop preview
// agree. Kinds get distinct hues; gauges go amber near a limit and red past it.
class ItemPalette
{
public:
    static QColor fill(ItemKind kind);
    static QColor border(ItemKind kind) { return fill(kind).darker(160); }
    static QColor label() { return Qt::white; }
    // Green below 80 % of a limit, amber up to it, red past it.
    static QColor gauge(double fraction);

    static QColor frame() { return QColor(0x2b, 0x30, 0x37); }
    static QColor frameOverLimit() { return QColor(0x8e, 0x24, 0x22); }
    static QColor slot() { return QColor(0xe8, 0xeb, 0xef); }
    static QColor slotLine() { return QColor(0xd0, 0xd5, 0xdb); }
    static QColor shadow() { return QColor(0xc4, 0xca, 0xd2); } // the far face of a deep item
    static QColor gaugeTrack() { return QColor(0xdd, 0xe1, 0xe6); }
    static QColor selection() { return QColor(0x1e, 0x88, 0xe5); }
    static QColor fits() { return QColor(0x2e, 0x9e, 0x44); }
    static QColor refused() { return QColor(0xd6, 0x33, 0x2f); }
    static QColor warning() { return QColor(0xf0, 0xa2, 0x02); }
};
