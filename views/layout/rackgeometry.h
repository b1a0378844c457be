#pragma once

#include "model/layout/placement.h"

#include <QPointF>
#include <QRectF>

#include <optional>

// Where things sit inside one rack elevation, in scene units (one unit is one pixel at
// 100 % zoom). A rack item's origin is its top-left corner: the header with its name and
// the face labels, then the body of U slots (U1 at the bottom, as on the rails), then the
// gauges. Front and rear faces are drawn side by side, with the U numbers to their left.
// Every class that draws or hit-tests a rack asks here, so drawing and dropping agree.
class RackGeometry
{
public:
    // One rack unit is 44.45 mm and the rails are 19 in (482.6 mm) apart (EIA-310-E), so a
    // face 152 units wide at 14 units per U draws items to scale.
    static constexpr double kUnitHeight = 14.0;
    static constexpr double kFaceWidth = 152.0;
    static constexpr double kGutterWidth = 24.0;
    static constexpr double kFaceGap = 10.0;
    static constexpr double kPadding = 4.0;
    static constexpr double kHeaderHeight = 36.0;
    static constexpr int kGaugeCount = 4; // U, power, cooling, weight
    static constexpr double kGaugeHeight = 14.0;
    static constexpr double kGaugeSpacing = 3.0;
    static constexpr double kWidth = kGutterWidth + 2 * kFaceWidth + kFaceGap + kPadding;
    // Racks are drawn with their own contents below this level of detail (the 40000 Chips
    // example's tiers); above it placements become items of their own and text is legible.
    static constexpr double kDetailLevel = 0.45;
    // Text is drawn only where it can be read: at least this many pixels tall on screen.
    static constexpr double kMinTextPixels = 6.0;

    static bool legible(double pixelSize, double levelOfDetail)
    {
        return pixelSize * levelOfDetail >= kMinTextPixels;
    }
    // Names grow with the item, so a tall server stays named further out than a 1U switch.
    static int labelPixelSize(int units) { return units >= 3 ? 15 : units == 2 ? 13 : 10; }

    explicit RackGeometry(int unitsTotal = 0)
        : m_unitsTotal(unitsTotal > 0 ? unitsTotal : 0)
    { }

    int unitsTotal() const { return m_unitsTotal; }
    double bodyTop() const { return kHeaderHeight; }
    double bodyHeight() const { return m_unitsTotal * kUnitHeight; }
    double bodyBottom() const { return bodyTop() + bodyHeight(); }
    double gaugesTop() const { return bodyBottom() + 2 * kGaugeSpacing; }
    double height() const
    {
        return gaugesTop() + kGaugeCount * (kGaugeHeight + kGaugeSpacing) + kPadding;
    }
    QRectF bounds() const { return {0.0, 0.0, kWidth, height()}; }
    QRectF headerRect() const { return {0.0, 0.0, kWidth, kHeaderHeight}; }
    QRectF bodyRect() const { return {0.0, bodyTop(), kWidth, bodyHeight()}; }

    static double faceLeft(RackFace face)
    {
        return kGutterWidth + (face == RackFace::Rear ? kFaceWidth + kFaceGap : 0.0);
    }
    QRectF faceRect(RackFace face) const
    {
        return {faceLeft(face), bodyTop(), kFaceWidth, bodyHeight()};
    }
    // The slots a span covers, bottomU counted from 1 at the bottom.
    QRectF spanRect(int bottomU, int units, RackFace face) const
    {
        const double top = bodyTop() + (m_unitsTotal - (bottomU + units - 1)) * kUnitHeight;
        return {faceLeft(face), top, kFaceWidth, units * kUnitHeight};
    }
    QRectF gaugeRect(int index) const
    {
        return {kGutterWidth, gaugesTop() + index * (kGaugeHeight + kGaugeSpacing),
                2 * kFaceWidth + kFaceGap, kGaugeHeight};
    }

    // The U at a height inside the rack, clamped to 1..unitsTotal (0 for a rack without U).
    int unitAt(double y) const;
    // The face under an x, nullopt over the U numbers or outside the rack.
    static std::optional<RackFace> faceAt(double x);
    bool inHeader(const QPointF &p) const { return headerRect().contains(p); }
    bool inBody(const QPointF &p) const { return bodyRect().contains(p); }

    // Where a span of `units` goes when the pointer is over `pointerU`: centred on the
    // pointer and pushed inside the rack, so the top slots are reachable with tall items.
    int bottomForPointer(int pointerU, int units) const;

private:
    int m_unitsTotal;
};
