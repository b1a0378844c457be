#include "views/quote/quotetotalsview.h"

#include "model/quote/pricing.h"
#include "model/quote/quoteformat.h"
#include "model/quote/quotelinemodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
enum Figure { Gross, LineDiscounts, Subtotal, QuoteDiscount, Tax, Total, Margin, FigureCount };
} // namespace

QuoteTotalsView::QuoteTotalsView(QuoteLineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_warnings(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    for (int i = 0; i < FigureCount; ++i) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("totalsValue%1").arg(i));
        m_labels.append(label);
        m_values.append(value);
        form->addRow(label, value);
    }
    QFont bold = m_values[Total]->font();
    bold.setBold(true);
    m_values[Total]->setFont(bold);
    m_labels[Total]->setFont(bold);
    m_values[Total]->setObjectName(QStringLiteral("totalValue"));
    m_values[Margin]->setObjectName(QStringLiteral("marginValue"));
    layout->addLayout(form);
    m_warnings->setObjectName(QStringLiteral("quoteWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_warnings, 1);
    connect(model, &QuoteLineModel::quoteChanged, this, &QuoteTotalsView::refresh);
    refresh();
}

QString QuoteTotalsView::totalText() const
{
    return m_values[Total]->text();
}

QString QuoteTotalsView::marginText() const
{
    return m_values[Margin]->text();
}

void QuoteTotalsView::refresh()
{
    const QuoteTotals &t = m_model->totals();
    const Quote &quote = m_model->quote();
    const QuoteFormat format;
    m_labels[Gross]->setText(tr("List total:"));
    m_labels[LineDiscounts]->setText(tr("Line discounts:"));
    m_labels[Subtotal]->setText(tr("Subtotal:"));
    m_labels[QuoteDiscount]->setText(
        tr("Quote discount (%1):").arg(format.percent(quote.quoteDiscountBasisPoints)));
    m_labels[Tax]->setText(tr("Tax (%1):").arg(format.percent(quote.taxBasisPoints)));
    m_labels[Total]->setText(tr("Total:"));
    m_values[Gross]->setText(format.money(t.grossMinor, quote.currency));
    m_values[LineDiscounts]->setText(format.money(-t.lineDiscountMinor, quote.currency));
    m_values[Subtotal]->setText(format.money(t.subtotalMinor, quote.currency));
    m_values[QuoteDiscount]->setText(format.money(-t.quoteDiscountMinor, quote.currency));
    m_values[Tax]->setText(format.money(t.taxMinor, quote.currency));
    m_values[Total]->setText(format.money(t.totalMinor, quote.currency));
    // The seller's own figure: revenue before tax less the costs typed per line.
    m_labels[Margin]->setText(tr("Margin:"));
    if (t.marginKnown()) {
        // Of revenue before tax, in basis points as every rate in a quote is.
        const int share = Pricing::ratioBasisPoints(t.marginMinor, t.taxableMinor);
        m_values[Margin]->setText(
            tr("%1 (%2)").arg(format.money(t.marginMinor, quote.currency), format.percent(share)));
    } else if (t.costedLineCount == 0) {
        m_values[Margin]->setText(tr("enter your unit costs"));
    } else {
        m_values[Margin]->setText(
            tr("%n priced line(s) without a cost", nullptr, t.pricedLineCount - t.costedLineCount));
    }

    m_warningTexts = t.warnings;
    if (t.estimatedLineCount > 0)
        m_warningTexts.append(tr("%n line(s) are priced from estimates, not a price list.", nullptr,
                                 t.estimatedLineCount));
    m_warningTexts += m_model->bom().warnings;
    QStringList items;
    for (const QString &warning : std::as_const(m_warningTexts))
        items.append(QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped()));
    m_warnings->setText(
        items.isEmpty()
            ? tr("Nothing needs attention.")
            : QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())));
}

void QuoteTotalsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
