#pragma once

#include "model/quote/quotecomparison.h"

#include <QAbstractTableModel>

// What changed between two revisions, one row per added, removed or changed line, for
// the Quote tab's comparison. Amounts read "before → after".
class QuoteComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChangeColumn,
        SkuColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        TotalColumn,
        DifferenceColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // QuoteLineChange::Kind as int
        DifferenceMinorRole, // qint64
    };

    explicit QuoteComparisonModel(QObject *parent = nullptr);

    void setComparison(const QuoteComparison &comparison, const QString &currency);
    const QuoteComparison &comparison() const { return m_comparison; }

    static QString kindName(QuoteLineChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QuoteComparison m_comparison;
    QString m_currency = QStringLiteral("USD");
};
