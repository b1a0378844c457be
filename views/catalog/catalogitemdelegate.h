#pragma once

#include <QStyledItemDelegate>

// Paints catalog rows as usual, with an amber tint under unverified ones (the model's
// VerifiedRole), so they stand out in a long table without hiding anything.
class CatalogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
