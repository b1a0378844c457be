#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its cells and the line it starts on (1-based), so that a
// message can point at the line a user sees in an editor even when quoted cells span lines.
struct CsvRecord
{
    QStringList cells;
    int line = 0;
};

// Reads RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a byte-order mark,
// CRLF or LF line ends, quoted cells holding commas, quotes ("") and line breaks. Blank
// lines are skipped. Structural errors (an unterminated quote, text after a closing quote,
// bytes that are not UTF-8) stop the read with a message naming the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Result
    {
        QList<CsvRecord> records;
        QString errorText; // empty when the whole file was read
        bool ok() const { return errorText.isEmpty(); }
    };

    static Result read(const QByteArray &data);
};
