#pragma once

#include "model/quote/quote.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// How quote amounts read for people, in one place for the Quote tab, the revision
// comparison and the proposal: the locale's money format, "no price" for an unpriced
// line (never "$0.00"), percentages from basis points, and the reverse for what people
// type in the table.
class QuoteFormat
{
    Q_DECLARE_TR_FUNCTIONS(QuoteFormat)

public:
    // The C locale (a script's LANG=C) would write "$" after the amount; amounts then read
    // as in US English, the language Headroom's own texts are written in.
    explicit QuoteFormat(const QLocale &locale = QLocale())
        : m_locale(locale.language() == QLocale::C
                       ? QLocale(QLocale::English, QLocale::UnitedStates)
                       : locale)
    { }

    QString money(qint64 minor, const QString &currency) const;
    QString signedMoney(qint64 minor, const QString &currency) const; // "+$1.00", "-$1.00"
    QString unitPrice(const QuoteLine &line, const QString &currency) const;
    QString percent(int basisPoints) const; // "12.5 %"
    static QString noPrice();

    // "255,740.00", "255740", the locale's own "255.740,00": minor units, or nothing.
    std::optional<qint64> parseMoney(const QString &text, const QString &currency) const;
    // What an editor starts with: the plain number in this locale ("255740,00" in German,
    // no grouping), which parseMoney and parsePercent read back as the same amount.
    QString editMoney(qint64 minorUnits, const QString &currency) const;
    QString editPercent(int basisPoints) const;
    // "12.5", "12,5 %": basis points, or nothing.
    std::optional<int> parsePercent(const QString &text) const;

private:
    QString normalized(const QString &text) const;
    QLocale m_locale;
};
