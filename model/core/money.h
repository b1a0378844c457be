#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

// An amount of money: an integer count of the currency's minor units (cents for USD,
// yen for JPY) and its ISO 4217 code. Never a double: sums and discounts must be exact.
struct Money
{
    qint64 minorUnits = 0;
    QString currency = QStringLiteral("USD");

    friend bool operator==(const Money &, const Money &) = default;
};

namespace MoneyFormat {
// Number of minor-unit digits of an ISO 4217 currency (2 for USD and EUR, 0 for JPY).
int minorUnitDigits(const QString &currency);

// The currency's symbol where one is unambiguous ("$", "€"), otherwise its ISO code.
QString symbol(const QString &currency);

// "$255,740.00", "255.740,00 $", "¥27,500": the locale's grouping and symbol placement,
// the currency's number of digits.
QString format(const Money &money, const QLocale &locale = QLocale());

// The exact amount in major units, C locale, no grouping or symbol: "255740.00", "-0.05",
// "27500" for JPY. For files that programs read (CSV, JSON); people get format().
QString plainMajor(qint64 minorUnits, const QString &currency);

// Parses a major-unit amount such as "255740", "255740.5" or "1,234.56" (C locale,
// commas as group separators) into minor units. Returns false on anything else,
// including more decimals than the currency has.
bool parseMajor(const QString &text, const QString &currency, qint64 *minorUnits);
} // namespace MoneyFormat
