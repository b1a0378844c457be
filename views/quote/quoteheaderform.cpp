#include "views/quote/quoteheaderform.h"

#include "model/project/project.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {
QDoubleSpinBox *percentBox(QWidget *parent, const char *objectName)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0.0, 100.0);
    box->setDecimals(2); // basis points: 12.34 %
    box->setSuffix(QStringLiteral(" %"));
    box->setKeyboardTracking(false);
    return box;
}

int basisPoints(const QDoubleSpinBox *box)
{
    return qRound(box->value() * 100.0);
}
} // namespace

QuoteHeaderForm::QuoteHeaderForm(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_customer(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_validity(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_discount(percentBox(this, "quoteDiscountEdit"))
    , m_maxDiscount(percentBox(this, "maxDiscountEdit"))
    , m_tax(percentBox(this, "taxEdit"))
    , m_revision(new QLabel(this))
{
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_number->setObjectName(QStringLiteral("quoteNumberEdit"));
    m_date->setObjectName(QStringLiteral("quoteDateEdit"));
    m_date->setCalendarPopup(true);
    m_validity->setObjectName(QStringLiteral("validityEdit"));
    m_validity->setRange(1, 3650);
    m_validity->setKeyboardTracking(false);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CNY")});
    m_revision->setObjectName(QStringLiteral("revisionLabel"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto add = [&](int row, int column, QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    // Two fields to a row, so the tab fits beside the docks on a laptop screen.
    add(0, 0, m_customer);
    add(0, 1, m_number);
    add(1, 0, m_date);
    add(1, 1, m_validity);
    add(2, 0, m_currency);
    add(2, 1, m_discount);
    add(3, 0, m_maxDiscount);
    add(3, 1, m_tax);
    grid->addWidget(m_revision, 4, 0, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    connect(m_customer, &QLineEdit::editingFinished, this,
            [this] { report(m_project->quoteEditor().setCustomer(m_customer->text())); });
    connect(m_number, &QLineEdit::editingFinished, this,
            [this] { report(m_project->quoteEditor().setQuoteNumber(m_number->text())); });
    connect(m_date, &QDateEdit::editingFinished, this,
            [this] { report(m_project->quoteEditor().setDate(m_date->date())); });
    connect(m_validity, &QSpinBox::editingFinished, this,
            [this] { report(m_project->quoteEditor().setValidityDays(m_validity->value())); });
    connect(m_currency, &QComboBox::activated, this,
            [this] { report(m_project->quoteEditor().setCurrency(m_currency->currentText())); });
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { report(m_project->quoteEditor().setCurrency(m_currency->currentText())); });
    connect(m_discount, &QDoubleSpinBox::editingFinished, this,
            [this] { report(m_project->quoteEditor().setQuoteDiscount(basisPoints(m_discount))); });
    connect(m_maxDiscount, &QDoubleSpinBox::editingFinished, this, [this] {
        report(m_project->quoteEditor().setMaxDiscount(basisPoints(m_maxDiscount)));
    });
    connect(m_tax, &QDoubleSpinBox::editingFinished, this,
            [this] { report(m_project->quoteEditor().setTax(basisPoints(m_tax))); });

    connect(project->quote(), &QuoteDocument::termsChanged, this, &QuoteHeaderForm::refresh);
    connect(project->quote(), &QuoteDocument::quoteReset, this, &QuoteHeaderForm::refresh);
    retranslateUi();
    refresh();
}

void QuoteHeaderForm::report(const EditOutcome &outcome)
{
    if (outcome.status == EditOutcome::Status::Refused) {
        emit editRefused(outcome.message);
        refresh(); // show what the document holds, not the refused text
    }
}

void QuoteHeaderForm::refresh()
{
    const QuoteTerms &terms = m_project->quote()->terms();
    const QSignalBlocker b1(m_customer), b2(m_number), b3(m_date), b4(m_validity), b5(m_currency),
        b6(m_discount), b7(m_maxDiscount), b8(m_tax);
    if (m_customer->text() != terms.header.customer)
        m_customer->setText(terms.header.customer);
    if (m_number->text() != terms.header.quoteNumber)
        m_number->setText(terms.header.quoteNumber);
    m_date->setDate(terms.header.date.isValid() ? terms.header.date : QDate::currentDate());
    m_validity->setValue(terms.header.validityDays);
    m_currency->setCurrentText(terms.currency);
    m_discount->setValue(terms.quoteDiscountBasisPoints / 100.0);
    m_maxDiscount->setValue(terms.maxDiscountBasisPoints / 100.0);
    m_tax->setValue(terms.taxBasisPoints / 100.0);
    const int frozen = int(m_project->quote()->revisions().size());
    m_revision->setText(
        frozen == 0 ? tr("Revision %1, not yet sent").arg(terms.header.revision)
                    : tr("Revision %1 in draft; %n earlier revision(s) frozen", nullptr, frozen)
                          .arg(terms.header.revision));
}

void QuoteHeaderForm::retranslateUi()
{
    const QStringList texts = {
        tr("&Customer:"),         tr("Quote &number:"), tr("&Date:"),
        tr("&Valid for:"),        tr("Cu&rrency:"),     tr("Quote disc&ount:"),
        tr("Discount c&eiling:"), tr("&Tax:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(texts.value(i));
    m_validity->setSuffix(tr(" days"));
    m_maxDiscount->setToolTip(tr("Discounts above this need approval: the quote warns."));
    refresh();
}

void QuoteHeaderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
