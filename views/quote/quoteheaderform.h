#pragma once

#include <QWidget>

class Project;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The quote's header and rates: customer, quote number, date, validity, currency, quote
// discount, discount ceiling and tax. An edit becomes one undo command when the field is
// left (editingFinished), not one per keystroke; the fields follow undo and redo.
class QuoteHeaderForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteHeaderForm(Project *project, QWidget *parent = nullptr);

    QLineEdit *customerEdit() const { return m_customer; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *validityEdit() const { return m_validity; }
    QComboBox *currencyEdit() const { return m_currency; }
    QDoubleSpinBox *discountEdit() const { return m_discount; }
    QDoubleSpinBox *maxDiscountEdit() const { return m_maxDiscount; }
    QDoubleSpinBox *taxEdit() const { return m_tax; }

signals:
    // An edit was refused, and why.
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh(); // from the document
    void retranslateUi();
    void report(const struct EditOutcome &outcome);

    Project *m_project;
    QLineEdit *m_customer;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QSpinBox *m_validity;
    QComboBox *m_currency;
    QDoubleSpinBox *m_discount;
    QDoubleSpinBox *m_maxDiscount;
    QDoubleSpinBox *m_tax;
    QLabel *m_revision;
    QList<QLabel *> m_labels;
};
