#include "views/catalog/catalogitemdelegate.h"

#include "model/catalog/catalogtablemodel.h"

#include <QPainter>

void CatalogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant verified = index.data(CatalogTableModel::VerifiedRole);
    if (verified.isValid() && !verified.toBool() && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, QColor(0xff, 0xe0, 0x8a, 0x90));
    QStyledItemDelegate::paint(painter, option, index);
}
