#pragma once

#include <QStyledItemDelegate>

// Draws a workload row with a coloured stripe and a letter for its kind (T for training,
// I for inference, in WorkloadPalette's colours), so the two kinds are told apart at a
// glance in the Workloads dock, and marks workloads that do not validate.
class WorkloadItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kStripeWidth = 18;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
