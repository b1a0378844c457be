#pragma once

#include "views/layout/rackitem.h"

#include <QGraphicsItem>

// A placement drawn as an item of its own, a child of its RackItem: it exists only while
// the rack is shown past RackGeometry::kDetailLevel, so that it can be selected, dragged
// and nudged. The scene creates and drops these as the view zooms and scrolls; the
// document never knows about them.
class PlacementItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 102 };

    PlacementItem(const RackItem::Mounted &mounted, const RackGeometry &geometry,
                  QGraphicsItem *parent);

    int type() const override { return Type; }
    PlacementId placementId() const { return m_mounted.id; }
    const RackItem::Mounted &mounted() const { return m_mounted; }
    // Takes a changed position, face, height or label (the rack's geometry is the parent's).
    void setMounted(const RackItem::Mounted &mounted, const RackGeometry &geometry);

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    RackItem::Mounted m_mounted;
    QRectF m_rect;
};
