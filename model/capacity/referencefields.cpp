#include "model/capacity/referencefields.h"

#include <QRegularExpression>

namespace ReferenceFields {

std::optional<double> leadingNumber(const QString &cell)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:\\s|~|≈|<=|≤|>=|≥|ttft|tpot|itl|mean|avg|average|:)+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(
        QStringLiteral("^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(?![\\w.])"));
    QString text = cell.trimmed();
    text.remove(prefix);
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = m.captured(1).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString unitAfterNumber(const QString &cell)
{
    static const QRegularExpression unit(
        QStringLiteral("^[^\\d.+-]*[+-]?[\\d.]+(?:[eE][+-]?\\d+)?\\s*([A-Za-z][A-Za-z/ ]*)"));
    const QRegularExpressionMatch m = unit.match(cell.trimmed());
    if (!m.hasMatch())
        return {};
    QString u = m.captured(1).toLower();
    u.remove(QLatin1Char(' '));
    return u;
}

std::optional<Precision> precision(const QString &cell)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+\\d+"));
    auto it = word.globalMatch(cell);
    while (it.hasNext()) {
        if (const auto p = PrecisionInfo::fromName(it.next().captured(0)))
            return p;
    }
    return std::nullopt;
}

int tensorParallel(const QString &cell)
{
    static const QRegularExpression tp(QStringLiteral("\\bTP\\s*=?\\s*(\\d+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = tp.match(cell);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace ReferenceFields
