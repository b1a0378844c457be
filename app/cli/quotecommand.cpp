#include "app/cli/quotecommand.h"

#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/quote/quotecalculator.h"
#include "model/quote/quoteformat.h"
#include "model/quote/quotejson.h"

#include <QCommandLineParser>
#include <QJsonDocument>

QString QuoteCommand::summary() const
{
    return tr("Print a project's quote: the bill of materials derived from its layout, with "
              "prices, discounts, tax and totals.");
}

QString QuoteCommand::helpDescription() const
{
    return summary() + QLatin1String("\n\n")
        + tr("With --json, one object: \"lines\" (each with sku, description, category, "
             "quantity, unit_price_minor, list_unit_price_minor, price_overridden, "
             "price_is_estimate, discount_percent, total_minor, note), \"currency\" (ISO 4217), "
             "\"customer\", \"quote_number\", \"revision\", \"date\", \"valid_until\", "
             "\"gross_minor\", \"line_discount_minor\", \"subtotal_minor\" (the lines' totals "
             "after their own discounts), \"discount_percent\" and \"discount_minor\" (the "
             "quote discount on the subtotal), \"tax_percent\", \"tax_minor\", \"total_minor\" "
             "(= subtotal_minor - discount_minor + tax_minor), \"unpriced_lines\" and "
             "\"warnings\". Amounts are integers in the currency's minor unit (cents). A line "
             "without a price has null unit_price_minor and total_minor and is left out of "
             "the totals.");
}

int QuoteCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Write the quote as JSON to stdout."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(tr("file"), tr("The project file (.headroom)."), tr("<file>"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, context, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << tr("Usage: headroom quote <file> [--json]") << '\n';
        return ExitUsage;
    }
    const auto loaded = ProjectFile::load(positional.first());
    if (!loaded.content) {
        context.err << loaded.error << '\n';
        return ExitFailure;
    }
    Project project;
    project.load(*loaded.content, positional.first());
    // One derivation: its lines priced, and what it found wrong (as the Quote tab shows).
    const Bom bom = project.quote()->bom(*project.hall());
    const Quote quote = project.quote()->currentQuote(bom);
    if (parser.isSet(jsonOption)) {
        context.out << QJsonDocument(QuoteJson::toJson(quote, bom.warnings))
                           .toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QuoteTotals totals = QuoteCalculator::compute(quote);
    const QuoteFormat format;
    context.out << tr("Quote %1 revision %2 for %3, %4")
                       .arg(quote.header.quoteNumber)
                       .arg(quote.header.revision)
                       .arg(quote.header.customer.isEmpty() ? tr("(no customer)")
                                                            : quote.header.customer,
                            quote.currency)
                << '\n';
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines.at(i);
        const LineTotals &lineTotals = totals.lines.at(i);
        QString text =
            QStringLiteral("  %1 × %2: %3")
                .arg(line.quantity)
                .arg(line.description,
                     lineTotals.priced ? format.money(lineTotals.netMinor, quote.currency)
                                       : QuoteFormat::noPrice());
        if (line.discountBasisPoints > 0)
            text += QStringLiteral(" (-%1)").arg(format.percent(line.discountBasisPoints));
        context.out << text << '\n';
    }
    context.out << tr("Subtotal %1, discount %2, tax %3, total %4")
                       .arg(format.money(totals.subtotalMinor, quote.currency),
                            format.money(-totals.quoteDiscountMinor, quote.currency),
                            format.money(totals.taxMinor, quote.currency),
                            format.money(totals.totalMinor, quote.currency))
                << '\n';
    for (const QString &warning : totals.warnings + bom.warnings)
        context.out << QStringLiteral("  ! ") << warning << '\n';
    return ExitOk;
}
