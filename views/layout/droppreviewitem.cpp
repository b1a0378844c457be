#include "views/layout/droppreviewitem.h"

#include "views/layout/itempalette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

// The reason, in screen pixels whatever the zoom. A single item with
// ItemIgnoresTransformations is cheap; thousands of them would not be (performance.md).
class PreviewLabelItem : public QGraphicsItem
{
public:
    explicit PreviewLabelItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setFlag(ItemIgnoresTransformations);
    }

    void setContent(const QString &text, const QColor &color)
    {
        if (text == m_text && color == m_color)
            return;
        prepareGeometryChange();
        m_text = text;
        m_color = color;
        QFont font;
        font.setPixelSize(13);
        font.setBold(true);
        m_font = font;
        // Long reasons wrap rather than run off the view.
        const QRectF wrapped = QFontMetricsF(m_font).boundingRect(QRectF(0, 0, kMaxTextWidth, 1000),
                                                                  Qt::TextWordWrap, m_text);
        m_rect = QRectF(0, 0, wrapped.width() + 16, wrapped.height() + 8);
        update();
    }
    const QString &text() const { return m_text; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawRoundedRect(m_rect, 4, 4);
        painter->setFont(m_font);
        painter->setPen(Qt::white);
        painter->drawText(m_rect.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::TextWordWrap, m_text);
    }

private:
    static constexpr double kMaxTextWidth = 380.0;

    QString m_text;
    QColor m_color;
    QFont m_font;
    QRectF m_rect;
};

namespace {
QColor colorOf(DropPreviewItem::Verdict verdict)
{
    switch (verdict) {
    case DropPreviewItem::Verdict::Fits:
        return ItemPalette::fits();
    case DropPreviewItem::Verdict::OverBudget:
        return ItemPalette::warning();
    case DropPreviewItem::Verdict::Refused:
        break;
    }
    return ItemPalette::refused();
}
} // namespace

DropPreviewItem::DropPreviewItem()
    : m_label(new PreviewLabelItem(this))
{
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    m_label->setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

DropPreviewItem::~DropPreviewItem() = default;

void DropPreviewItem::showPreview(const QList<QRectF> &rects, Verdict verdict,
                                  const QString &message)
{
    QRectF bounds;
    for (const QRectF &r : rects)
        bounds |= r;
    const QRectF margin = bounds.adjusted(-3, -3, 3, 3);
    if (margin != m_bounds) {
        prepareGeometryChange();
        m_bounds = margin;
    }
    m_rects = rects;
    m_verdict = verdict;
    const QColor color = colorOf(verdict);
    m_label->setContent(message, color);
    m_label->setVisible(!message.isEmpty());
    m_spans = bounds;
    m_label->setPos(bounds.right() + 6, bounds.top());
    setVisible(true);
    update();
}

void DropPreviewItem::clearPreview()
{
    m_rects.clear();
    setVisible(false);
}

void DropPreviewItem::fitLabel(const QRectF &visible, double zoom)
{
    if (zoom <= 0.0 || !m_label->isVisible())
        return;
    // The label is drawn in pixels; in scene units it is as large as it is on screen.
    const QSizeF size = m_label->boundingRect().size() / zoom;
    const double gap = 6.0 / zoom;
    QPointF pos(m_spans.right() + gap, m_spans.top());
    if (pos.x() + size.width() > visible.right())
        pos.setX(m_spans.left() - gap - size.width()); // left of the spans
    if (pos.x() < visible.left()) {
        // No room beside them: above (or below) them, inside the view.
        pos.setX(std::clamp(m_spans.left(), visible.left() + gap,
                            std::max(visible.left() + gap, visible.right() - size.width() - gap)));
        pos.setY(m_spans.top() - size.height() - gap);
        if (pos.y() < visible.top())
            pos.setY(m_spans.bottom() + gap);
    }
    pos.setY(std::clamp(pos.y(), visible.top() + gap,
                        std::max(visible.top() + gap, visible.bottom() - size.height() - gap)));
    m_label->setPos(pos);
}

const QGraphicsItem *DropPreviewItem::label() const
{
    return m_label;
}

QString DropPreviewItem::message() const
{
    return isVisible() && m_label->isVisible() ? m_label->text() : QString();
}

void DropPreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    QColor color = colorOf(m_verdict);
    QPen pen(color, 2.0);
    pen.setCosmetic(true);
    color.setAlpha(110);
    painter->setPen(pen);
    painter->setBrush(color);
    for (const QRectF &r : m_rects)
        painter->drawRect(r);
}
