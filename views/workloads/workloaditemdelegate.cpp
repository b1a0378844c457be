#include "views/workloads/workloaditemdelegate.h"

#include "model/workload/workloadlistmodel.h"
#include "views/workloads/workloadpalette.h"

#include <QPainter>

void WorkloadItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() != WorkloadListModel::NameColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto kind = static_cast<WorkloadKind>(index.data(WorkloadListModel::KindRole).toInt());
    QStyleOptionViewItem shifted = option;
    shifted.rect.adjust(kStripeWidth + 4, 0, 0, 0);
    if (!index.data(WorkloadListModel::ValidRole).toBool())
        shifted.font.setItalic(true); // not estimable until its fields are fixed
    QStyledItemDelegate::paint(painter, shifted, index);

    const QRect stripe(option.rect.left() + 2, option.rect.top() + 2, kStripeWidth,
                       option.rect.height() - 4);
    painter->save();
    painter->fillRect(stripe, WorkloadPalette::kind(kind));
    painter->setPen(Qt::white);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    //: One-letter marks for a workload's kind in the Workloads list: Training, Inference
    const QString letter = kind == WorkloadKind::Training ? tr("T") : tr("I");
    painter->drawText(stripe, Qt::AlignCenter, letter);
    painter->restore();
}

QSize WorkloadItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == WorkloadListModel::NameColumn)
        size.rwidth() += kStripeWidth + 4;
    return size;
}
