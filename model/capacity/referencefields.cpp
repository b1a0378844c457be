#include "model/capacity/referencefields.h"

#include <QRegularExpression>

namespace ReferenceFields {

QList<Record> parseCsv(const QByteArray &data, QString *errorText)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Record> records;
    Record record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    record.line = line;
    const auto endCell = [&] {
        record.cells << cell;
        cell.clear();
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        const bool blank = record.cells.size() == 1 && record.cells.first().trimmed().isEmpty();
        if (!blank)
            records << record;
        record = Record {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        if (errorText)
            *errorText = QCoreApplication::translate("ReferenceFields",
                                                     "Line %1: a quoted cell is not closed.")
                             .arg(record.line);
        return records;
    }
    if (cellStarted || !record.cells.isEmpty())
        endRecord();
    return records;
}

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
