#include "views/layout/placementitem.h"

#include "views/layout/itempalette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

PlacementItem::PlacementItem(const RackItem::Mounted &mounted, const RackGeometry &geometry,
                             QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIsSelectable);
    setMounted(mounted, geometry);
}

void PlacementItem::setMounted(const RackItem::Mounted &mounted, const RackGeometry &geometry)
{
    const QRectF span = geometry.spanRect(mounted.bottomU, mounted.units, mounted.face);
    const QRectF rect(0, 0, span.width(), span.height());
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    setPos(span.topLeft());
    m_mounted = mounted;
    update();
}

void PlacementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(widget);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r = m_rect.adjusted(1, 0.5, -1, -0.5);
    painter->setPen(ItemPalette::border(m_mounted.kind));
    painter->setBrush(ItemPalette::fill(m_mounted.kind));
    painter->drawRect(r);
    RackItem::paintWorkloads(painter, r, m_mounted, lod);

    const int pixels = RackGeometry::labelPixelSize(m_mounted.units);
    if (RackGeometry::legible(pixels, lod)) {
        QFont font = painter->font();
        font.setPixelSize(pixels);
        painter->setFont(font);
        painter->setPen(ItemPalette::label());
        const QRectF textRect = r.adjusted(5, 0, -5, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(m_mounted.label, Qt::ElideRight,
                                                            int(textRect.width())));
    }
    if (isSelected()) {
        QPen pen(ItemPalette::selection(), 2.5);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(1, 1, -1, -1));
    }
}
