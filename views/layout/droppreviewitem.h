#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QString>

class PreviewLabelItem;

// What a drag would do, drawn over the hall: the target U spans (or the gap a rack would
// go into) in green when the rules allow it, in red when they do not (amber when Shift
// overrides a budget), with the reason in a label that stays legible at any zoom. One item for the
// whole scene, reused for every mouse move: a drag allocates nothing per move.
class DropPreviewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 104 };
    enum class Verdict { Fits, OverBudget, Refused };

    DropPreviewItem();
    ~DropPreviewItem() override;

    int type() const override { return Type; }
    // Rects in scene coordinates; an empty message shows no label.
    void showPreview(const QList<QRectF> &rects, Verdict verdict, const QString &message);
    void clearPreview();
    // Moves the reason so that it stays inside `visible` (scene coordinates) at `zoom`:
    // beside the spans when there is room, else above or below them.
    void fitLabel(const QRectF &visible, double zoom);

    Verdict verdict() const { return m_verdict; }
    QString message() const;
    const QGraphicsItem *label() const;
    const QList<QRectF> &rects() const { return m_rects; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QList<QRectF> m_rects;
    QRectF m_bounds;
    QRectF m_spans;
    Verdict m_verdict = Verdict::Fits;
    PreviewLabelItem *m_label;
};
