#include "model/core/money.h"

#include <QRegularExpression>

#include <array>

namespace MoneyFormat {

int minorUnitDigits(const QString &currency)
{
    // ISO 4217 exponents for the currencies that differ from two.
    static constexpr std::array<std::pair<const char *, int>, 12> exceptions = {{
        {"JPY", 0},
        {"KRW", 0},
        {"CLP", 0},
        {"ISK", 0},
        {"VND", 0},
        {"HUF", 2},
        {"BHD", 3},
        {"JOD", 3},
        {"KWD", 3},
        {"OMR", 3},
        {"TND", 3},
        {"IQD", 3},
    }};
    for (const auto &[code, digits] : exceptions) {
        if (currency.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return digits;
    }
    return 2;
}

QString symbol(const QString &currency)
{
    static constexpr std::array<std::pair<const char *, const char16_t *>, 5> symbols = {{
        {"USD", u"$"},
        {"EUR", u"\u20AC"},
        {"GBP", u"\u00A3"},
        {"JPY", u"\u00A5"},
        {"CNY", u"CN\u00A5"},
    }};
    for (const auto &[code, sym] : symbols) {
        if (currency.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(sym);
    }
    return currency.toUpper();
}

QString format(const Money &money, const QLocale &locale)
{
    const int digits = minorUnitDigits(money.currency);
    double scale = 1.0;
    for (int i = 0; i < digits; ++i)
        scale *= 10.0;
    // Doubles hold integers exactly up to 2^53 minor units (about 9e13 dollars), far above
    // any quote; toCurrencyString then rounds to the currency's digits, never beyond them.
    // The sign goes in front ("-$19.99"): some locales would write "($19.99)", which reads
    // as an accounting convention rather than a credit on a customer's quote.
    const qint64 magnitude = money.minorUnits < 0 ? -money.minorUnits : money.minorUnits;
    const QString text = locale.toCurrencyString(static_cast<double>(magnitude) / scale,
                                                 symbol(money.currency), digits);
    return money.minorUnits < 0 ? locale.negativeSign() + text : text;
}

QString plainMajor(qint64 minorUnits, const QString &currency)
{
    const int digits = minorUnitDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Work on the magnitude as unsigned so that the most negative qint64 cannot overflow.
    const bool negative = minorUnits < 0;
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(minorUnits) : static_cast<quint64>(minorUnits);
    QString text = QString::number(magnitude / static_cast<quint64>(scale));
    if (digits > 0)
        text += QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % static_cast<quint64>(scale), digits, 10,
                                       QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

bool parseMajor(const QString &text, const QString &currency, qint64 *minorUnits)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int digits = minorUnitDigits(currency);
    const QString fraction = match.captured(3);
    if (fraction.size() > digits)
        return false;
    QString integerPart = match.captured(2);
    integerPart.remove(QLatin1Char(','));
    if (integerPart.size() > 15)
        return false; // keeps the minor-unit count far from qint64 overflow
    qint64 value = integerPart.toLongLong();
    for (int i = 0; i < digits; ++i)
        value *= 10;
    if (!fraction.isEmpty()) {
        qint64 frac = fraction.toLongLong();
        for (int i = static_cast<int>(fraction.size()); i < digits; ++i)
            frac *= 10;
        value += frac;
    }
    if (minorUnits)
        *minorUnits = match.captured(1).isEmpty() ? value : -value;
    return true;
}

} // namespace MoneyFormat
