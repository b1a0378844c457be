#include "model/quote/quotecomparisonmodel.h"

#include "model/quote/quoteformat.h"

#include <QLocale>

QuoteComparisonModel::QuoteComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuoteComparisonModel::setComparison(const QuoteComparison &comparison, const QString &currency)
{
    beginResetModel();
    m_comparison = comparison;
    m_currency = currency;
    endResetModel();
}

QString QuoteComparisonModel::kindName(QuoteLineChange::Kind kind)
{
    switch (kind) {
    case QuoteLineChange::Kind::Added:
        return tr("Added");
    case QuoteLineChange::Kind::Removed:
        return tr("Removed");
    case QuoteLineChange::Kind::Changed:
        break;
    }
    return tr("Changed");
}

int QuoteComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.changes.size());
}

int QuoteComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteLineChange &change = m_comparison.changes.at(index.row());
    const QuoteFormat format;
    const bool added = change.kind == QuoteLineChange::Kind::Added;
    const bool removed = change.kind == QuoteLineChange::Kind::Removed;
    // "before → after", or one side alone for lines that exist in one revision only.
    auto span = [&](const QString &before, const QString &after) {
        if (added)
            return after;
        if (removed)
            return before;
        return before == after ? after : tr("%1 → %2").arg(before, after);
    };
    auto price = [&](qint64 minor, bool priced) {
        return priced ? format.money(minor, m_currency) : QuoteFormat::noPrice();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChangeColumn:
            return kindName(change.kind);
        case SkuColumn:
            return change.sku;
        case DescriptionColumn:
            return change.description;
        case QuantityColumn:
            return span(QLocale().toString(change.quantityBefore),
                        QLocale().toString(change.quantityAfter));
        case UnitPriceColumn:
            return span(price(change.unitPriceBeforeMinor, change.pricedBefore),
                        price(change.unitPriceAfterMinor, change.pricedAfter));
        case TotalColumn:
            return span(price(change.totalBeforeMinor, change.pricedBefore),
                        price(change.totalAfterMinor, change.pricedAfter));
        case DifferenceColumn:
            return format.signedMoney(change.totalDeltaMinor(), m_currency);
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((index.column() >= QuantityColumn ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    } else if (role == KindRole) {
        return int(change.kind);
    } else if (role == DifferenceMinorRole) {
        return qlonglong(change.totalDeltaMinor());
    }
    return {};
}

QVariant QuoteComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case SkuColumn:
        return tr("SKU");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Total");
    case DifferenceColumn:
        return tr("Difference");
    }
    return {};
}
