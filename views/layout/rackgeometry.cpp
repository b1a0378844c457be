#include "views/layout/rackgeometry.h"

#include <algorithm>
#include <cmath>

int RackGeometry::unitAt(double y) const
{
    if (m_unitsTotal <= 0)
        return 0;
    const int fromTop = int(std::floor((y - bodyTop()) / kUnitHeight));
    return std::clamp(m_unitsTotal - fromTop, 1, m_unitsTotal);
}

std::optional<RackFace> RackGeometry::faceAt(double x)
{
    if (x >= faceLeft(RackFace::Front) && x < faceLeft(RackFace::Front) + kFaceWidth)
        return RackFace::Front;
    // The gap between the faces belongs to the nearer one.
    if (x >= faceLeft(RackFace::Front) + kFaceWidth && x < faceLeft(RackFace::Rear))
        return x < faceLeft(RackFace::Rear) - kFaceGap / 2 ? RackFace::Front : RackFace::Rear;
    if (x >= faceLeft(RackFace::Rear) && x < faceLeft(RackFace::Rear) + kFaceWidth)
        return RackFace::Rear;
    return std::nullopt;
}

int RackGeometry::bottomForPointer(int pointerU, int units) const
{
    const int bottom = pointerU - (units - 1) / 2;
    if (units >= m_unitsTotal)
        return 1;
    return std::clamp(bottom, 1, m_unitsTotal - units + 1);
}
