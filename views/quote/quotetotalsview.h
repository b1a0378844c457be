#pragma once

#include <QWidget>

class QLabel;
class QuoteLineModel;

// The quote's totals (gross, line discounts, subtotal, quote discount, tax, total) and
// what needs attention: discounts above the ceiling, lines without a price, prices that
// are estimates, too few switch ports. Follows the line model, so it updates as the
// layout and the terms change.
class QuoteTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteTotalsView(QuoteLineModel *model, QWidget *parent = nullptr);

    QString totalText() const;
    QString marginText() const;
    QStringList warningTexts() const { return m_warningTexts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QuoteLineModel *m_model;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QLabel *m_warnings;
    QStringList m_warningTexts;
};
