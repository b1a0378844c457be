#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes RFC 4180 CSV: UTF-8 without a byte-order mark (scripts read it as is), CRLF
// record ends, and quotes around every cell that holds a separator, a quote, a line break
// or surrounding spaces, so CsvReader reads back exactly what was written.
class CsvWriter
{
public:
    static QString escaped(const QString &cell);
    static QByteArray write(const QList<QStringList> &records);
};
