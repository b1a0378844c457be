#pragma once

#include "model/quote/bomderivation.h"
#include "model/quote/quote.h"
#include "model/quote/quotecalculator.h"

#include <QAbstractTableModel>
#include <QTimer>

class DataHall;
class QuoteDocument;
class QUndoStack;

// The current quote as a table: the bill of materials derived from the layout, with the
// quote's terms applied, one row per line. The unit price and discount columns are
// editable; an edit goes through QuoteEditor as an undo command, never into the model.
//
// Layout changes arrive in bursts (a paste of forty servers is forty signals), so the
// model derives the bill of materials again once the burst is over (a zero-time timer),
// not once per signal; a change of terms only reprices the lines it has.
class QuoteLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CategoryColumn,
        SkuColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TotalColumn,
        UnitCostColumn, // the seller's own cost, for the margin; not on the proposal
        ColumnCount
    };
    enum Role {
        SkuRole = Qt::UserRole + 1, // the line's SKU, its id
        PricedRole, // bool: false for a line without a price
        EstimateRole, // bool: priced from an estimate
        OverriddenRole, // bool: a negotiated unit price replaces the catalog's
        NoteRole, // how the line was counted or priced
    };

    QuoteLineModel(QuoteDocument *document, DataHall *hall, QUndoStack *stack,
                   QObject *parent = nullptr);

    const Bom &bom() const { return m_bom; }
    const Quote &quote() const { return m_quote; }
    const QuoteTotals &totals() const { return m_totals; }
    int rowOf(const QString &sku) const; // -1 when the quote has no such line
    // Derives everything again now rather than when the current burst of changes ends.
    void refresh();
    bool isRefreshPending() const { return m_refreshTimer.isActive(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Lines, prices or totals changed.
    void quoteChanged();
    // An edit was not taken, and why.
    void editRefused(const QString &message);

private:
    void scheduleRefresh();
    void applyTerms();
    void setQuote(Quote quote);

    QuoteDocument *m_document;
    DataHall *m_hall;
    QUndoStack *m_stack;
    Bom m_bom;
    Quote m_quote;
    QuoteTotals m_totals;
    QTimer m_refreshTimer;
};
