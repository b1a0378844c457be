#include "views/layout/rowheaderitem.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "views/layout/itempalette.h"
#include "views/layout/rackgeometry.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

RowHeaderItem::RowHeaderItem(RowId id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
}

void RowHeaderItem::refresh(const DataHall &hall)
{
    const HallRow *row = hall.row(m_id);
    m_name = row ? row->name : QString();
    const LayoutTotals &t = hall.rowTotals(m_id);
    const UnitFormat format;
    m_summary = tr("%n rack(s)", nullptr, t.rackCount) + QLatin1Char('\n')
        + tr("%1 of %2").arg(format.power(t.powerMaxWatts()), format.power(t.powerBudgetWatts()));
    if (t.racksOverLimit > 0)
        m_summary += QLatin1Char('\n') + tr("%n rack(s) over a limit", nullptr, t.racksOverLimit);
    update();
}

void RowHeaderItem::setHeight(double height)
{
    if (qFuzzyCompare(height, m_height))
        return;
    prepareGeometryChange();
    m_height = height;
}

void RowHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(widget);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r = boundingRect().adjusted(0, 0, -12, 0);
    painter->fillRect(r, QColor(0xf1, 0xf3, 0xf5));
    painter->fillRect(QRectF(r.right() - 4, r.top(), 4, r.height()), ItemPalette::frame());
    if (isSelected()) {
        QPen pen(ItemPalette::selection(), 3.0);
        pen.setCosmetic(lod < 0.3);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
    }
    if (!RackGeometry::legible(22, lod))
        return;
    QFont font = painter->font();
    font.setPixelSize(22);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(ItemPalette::frame());
    const QRectF nameRect(r.left() + 10, r.top() + 10, r.width() - 24, 30);
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignTop,
        painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(nameRect.width())));
    if (!RackGeometry::legible(16, lod))
        return;
    font.setPixelSize(16);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x4a, 0x52, 0x5c));
    painter->drawText(QRectF(r.left() + 10, r.top() + 44, r.width() - 24, r.height() - 50),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_summary);
}
