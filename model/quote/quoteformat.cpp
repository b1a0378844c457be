#include "model/quote/quoteformat.h"

#include "model/core/money.h"
#include "model/quote/pricing.h"

QString QuoteFormat::money(qint64 minor, const QString &currency) const
{
    return MoneyFormat::format({minor, currency}, m_locale);
}

QString QuoteFormat::signedMoney(qint64 minor, const QString &currency) const
{
    const QString text = money(minor, currency);
    return minor > 0 ? m_locale.positiveSign() + text : text;
}

QString QuoteFormat::noPrice()
{
    return tr("no price");
}

QString QuoteFormat::unitPrice(const QuoteLine &line, const QString &currency) const
{
    return line.isPriced() ? money(line.unitPriceMinor(), currency) : noPrice();
}

QString QuoteFormat::percent(int basisPoints) const
{
    return tr("%1 %").arg(
        m_locale.toString(Pricing::percentFromBasisPoints(basisPoints), 'f',
                          basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2)));
}

QString QuoteFormat::normalized(const QString &text) const
{
    // What people type in their locale ("1.234,56") becomes what the parsers read
    // ("1234.56"): group separators go, the decimal separator becomes a point.
    QString plain = text.trimmed();
    plain.remove(MoneyFormat::symbol(QStringLiteral("USD"))); // a pasted "$" is harmless
    if (m_locale.decimalPoint() != QStringLiteral(".")) {
        plain.remove(m_locale.groupSeparator());
        plain.replace(m_locale.decimalPoint(), QStringLiteral("."));
    }
    return plain.trimmed();
}

QString QuoteFormat::editMoney(qint64 minorUnits, const QString &currency) const
{
    QString text = MoneyFormat::plainMajor(minorUnits, currency);
    return text.replace(QLatin1Char('.'), m_locale.decimalPoint());
}

QString QuoteFormat::editPercent(int basisPoints) const
{
    QString text = QString::number(basisPoints / 100.0);
    return text.replace(QLatin1Char('.'), m_locale.decimalPoint());
}

std::optional<qint64> QuoteFormat::parseMoney(const QString &text, const QString &currency) const
{
    QString plain = normalized(text);
    plain.remove(MoneyFormat::symbol(currency));
    plain.remove(currency, Qt::CaseInsensitive);
    qint64 minor = 0;
    if (!MoneyFormat::parseMajor(plain.trimmed(), currency, &minor))
        return std::nullopt;
    return minor;
}

std::optional<int> QuoteFormat::parsePercent(const QString &text) const
{
    return Pricing::basisPointsFromPercentText(normalized(text));
}
