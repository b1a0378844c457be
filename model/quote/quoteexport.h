#pragma once

#include "model/quote/quote.h"

#include <QCoreApplication>
#include <QString>

// Writes a quote's bill of materials for spreadsheets. CSV is for programs: stable
// English column keys, exact decimal amounts in major units, C locale. XLSX is for
// people: translated headings, currency number formats, the quote header and totals.
// Both recompute the totals with QuoteCalculator, so they always agree with the quote
// view and `headroom quote`.
class QuoteExport
{
    Q_DECLARE_TR_FUNCTIONS(QuoteExport)

public:
    static bool writeCsv(const Quote &quote, const QString &path, QString *error);
    static bool writeXlsx(const Quote &quote, const QString &path, QString *error);
    static QByteArray toCsv(const Quote &quote);
};
