#include "model/catalog/csvreader.h"

#include <QStringDecoder>

CsvReader::Result CsvReader::read(const QByteArray &data)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.errorText = tr("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.");
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    CsvRecord record;
    QString cell;
    int line = 1;
    record.line = line;
    bool quoted = false; // inside a quoted cell
    bool afterQuote = false; // a quoted cell just closed: only a separator may follow
    int quoteLine = 0;

    auto endCell = [&] {
        record.cells.append(cell);
        cell.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endCell();
        // A blank line is one empty cell: not a record.
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
            result.records.append(record);
        record = CsvRecord();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // CRLF inside a quoted cell is one line break, as the spreadsheet meant it.
                if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (afterQuote) {
            result.errorText =
                tr("Line %1: unexpected text after a closing quote. Quotes inside a quoted "
                   "cell must be doubled (\"\").")
                    .arg(line);
            return result;
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        result.errorText =
            tr("Line %1: a quoted cell is never closed; the file ends inside it.").arg(quoteLine);
        return result;
    }
    if (!cell.isEmpty() || !record.cells.isEmpty() || afterQuote)
        endRecord();
    return result;
}
