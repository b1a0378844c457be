#include "model/quote/quoteexport.h"

#include "model/core/money.h"
#include "model/quote/pricing.h"
#include "model/quote/quotecalculator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>
#include <xlsxwriter.h>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString percentText(int basisPoints)
{
    return QString::number(Pricing::percentFromBasisPoints(basisPoints), 'f', 2);
}

// Excel number format for a currency: symbol and the currency's decimals.
QByteArray excelMoneyFormat(const QString &currency)
{
    const int digits = MoneyFormat::minorUnitDigits(currency);
    QString format = QStringLiteral("\"%1\" #,##0").arg(MoneyFormat::symbol(currency));
    if (digits > 0)
        format += QLatin1Char('.') + QString(digits, QLatin1Char('0'));
    return format.toUtf8();
}

double majorUnits(qint64 minor, const QString &currency)
{
    double scale = 1.0;
    for (int i = 0; i < MoneyFormat::minorUnitDigits(currency); ++i)
        scale *= 10.0;
    return static_cast<double>(minor) / scale;
}

} // namespace

QByteArray QuoteExport::toCsv(const Quote &quote)
{
    const QuoteTotals totals = QuoteCalculator::compute(quote);
    const QString &currency = quote.currency;
    QStringList lines;
    lines.append(
        QStringLiteral("sku,description,quantity,unit_price,discount_percent,total,currency"));
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines.at(i);
        // An unpriced line leaves its amounts empty: a program must not read it as free.
        const bool priced = line.isPriced();
        lines.append(QStringList {
            csvField(line.sku), csvField(line.description), QString::number(line.quantity),
            priced ? MoneyFormat::plainMajor(line.unitPriceMinor(), currency) : QString(),
            percentText(line.discountBasisPoints),
            priced ? MoneyFormat::plainMajor(totals.lines.value(i).netMinor, currency) : QString(),
            currency}
                         .join(QLatin1Char(',')));
    }
    // Summary rows carry no SKU: a reader that wants only the lines filters on it.
    const auto summary = [&](const char *key, qint64 minor) {
        lines.append(
            QStringLiteral(",%1,,,,%2,%3")
                .arg(QLatin1String(key), MoneyFormat::plainMajor(minor, currency), currency));
    };
    summary("subtotal", totals.subtotalMinor);
    summary("quote_discount", -totals.quoteDiscountMinor);
    summary("tax", totals.taxMinor);
    summary("total", totals.totalMinor);
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool QuoteExport::writeCsv(const Quote &quote, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(quote)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool QuoteExport::writeXlsx(const Quote &quote, const QString &path, QString *error)
{
    const QuoteTotals totals = QuoteCalculator::compute(quote);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        if (error)
            *error = tr("Cannot write %1: the folder does not exist.").arg(path);
        return false;
    }
    // libxlsxwriter writes to a file name; write beside the target and rename over it so
    // a failure never leaves half a workbook where the previous one was.
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Quote").toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xE6EAEF);
    const QByteArray moneyPattern = excelMoneyFormat(quote.currency);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, moneyPattern.constData());
    lxw_format *moneyBold = workbook_add_format(workbook);
    format_set_num_format(moneyBold, moneyPattern.constData());
    format_set_bold(moneyBold);
    format_set_top(moneyBold, LXW_BORDER_THIN);
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.00%");

    auto text = [&](int row, int column, const QString &value, lxw_format *format = nullptr) {
        worksheet_write_string(sheet, row, column, value.toUtf8().constData(), format);
    };
    int row = 0;
    const QList<std::pair<QString, QString>> header = {
        {tr("Customer"), quote.header.customer},
        {tr("Quote number"), quote.header.quoteNumber},
        {tr("Revision"), QString::number(quote.header.revision)},
        {tr("Date"), quote.header.date.toString(Qt::ISODate)},
        {tr("Valid until"), quote.header.validUntil().toString(Qt::ISODate)},
        {tr("Currency"), quote.currency}};
    for (const auto &[label, value] : header) {
        text(row, 0, label, bold);
        text(row, 1, value);
        ++row;
    }
    ++row;
    const QStringList columns = {tr("SKU"),        tr("Description"), tr("Quantity"),
                                 tr("Unit price"), tr("Discount"),    tr("Total")};
    for (int c = 0; c < columns.size(); ++c)
        text(row, c, columns.at(c), heading);
    ++row;
    for (int i = 0; i < quote.lines.size(); ++i, ++row) {
        const QuoteLine &line = quote.lines.at(i);
        text(row, 0, line.sku);
        text(row, 1, line.description);
        worksheet_write_number(sheet, row, 2, static_cast<double>(line.quantity), nullptr);
        worksheet_write_number(sheet, row, 4, line.discountBasisPoints / 10000.0, percent);
        if (line.isPriced()) {
            worksheet_write_number(sheet, row, 3, majorUnits(line.unitPriceMinor(), quote.currency),
                                   money);
            worksheet_write_number(
                sheet, row, 5, majorUnits(totals.lines.value(i).netMinor, quote.currency), money);
        } else {
            text(row, 3, tr("no price"));
            text(row, 5, tr("no price"));
        }
    }
    const QList<std::pair<QString, qint64>> summary = {
        {tr("Subtotal"), totals.subtotalMinor},
        {tr("Quote discount"), -totals.quoteDiscountMinor},
        {tr("Tax"), totals.taxMinor},
        {tr("Total"), totals.totalMinor}};
    for (const auto &[label, minor] : summary) {
        text(row, 4, label, bold);
        worksheet_write_number(sheet, row, 5, majorUnits(minor, quote.currency), moneyBold);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 1, 48, nullptr);
    worksheet_set_column(sheet, 2, 2, 10, nullptr);
    worksheet_set_column(sheet, 3, 5, 18, nullptr);

    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        QFile::remove(temporary);
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    // rename(2) replaces the target atomically on POSIX file systems.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        QFile::remove(temporary);
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
