#include "model/project/quoteeditor.h"

#include "model/project/quotecommands.h"
#include "model/quote/pricing.h"
#include "model/quote/quotedocument.h"
#include "model/quote/quoteformat.h"
#include "model/workload/headroomview.h"

#include <QRegularExpression>
#include <QUndoStack>

#include <functional>

namespace {
// A validity of ten years is already far beyond any hardware quote.
constexpr int kMaxValidityDays = 3650;
} // namespace

QuoteEditor::QuoteEditor(QuoteDocument *document, const DataHall *hall, QUndoStack *stack,
                         const HeadroomTracker *headroom)
    : m_document(document)
    , m_hall(hall)
    , m_stack(stack)
    , m_headroom(headroom)
{ }

EditOutcome QuoteEditor::refused(const QString &message) const
{
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Refused;
    outcome.message = message;
    return outcome;
}

EditOutcome QuoteEditor::pushTerms(const QuoteTerms &terms, const QString &text)
{
    if (terms == m_document->terms())
        return {};
    m_stack->push(new SetQuoteTermsCommand(m_document, terms, text));
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    return outcome;
}

EditOutcome QuoteEditor::setCustomer(const QString &customer)
{
    QuoteTerms terms = m_document->terms();
    terms.header.customer = customer.trimmed();
    return pushTerms(terms, tr("Set customer"));
}

EditOutcome QuoteEditor::setQuoteNumber(const QString &number)
{
    QuoteTerms terms = m_document->terms();
    terms.header.quoteNumber = number.trimmed();
    return pushTerms(terms, tr("Set quote number"));
}

EditOutcome QuoteEditor::setDate(const QDate &date)
{
    if (!date.isValid())
        return refused(tr("A quote needs a valid date."));
    QuoteTerms terms = m_document->terms();
    terms.header.date = date;
    return pushTerms(terms, tr("Set quote date"));
}

EditOutcome QuoteEditor::setValidityDays(int days)
{
    if (days < 1 || days > kMaxValidityDays)
        return refused(tr("A quote is valid for 1 to %1 days.").arg(kMaxValidityDays));
    QuoteTerms terms = m_document->terms();
    terms.header.validityDays = days;
    return pushTerms(terms, tr("Set validity"));
}

EditOutcome QuoteEditor::setCurrency(const QString &currency)
{
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    const QString code = currency.trimmed().toUpper();
    if (!isoCode.match(code).hasMatch())
        return refused(tr("'%1' is not an ISO 4217 currency code (three letters, such as USD).")
                           .arg(currency));
    QuoteTerms terms = m_document->terms();
    if (code == terms.currency)
        return {};
    terms.currency = code;
    int cleared = 0;
    for (auto it = terms.adjustments.begin(); it != terms.adjustments.end();) {
        // Prices and costs typed in the old currency mean nothing in the new one.
        if (it->unitPriceOverrideMinor || it->unitCostMinor) {
            it->unitPriceOverrideMinor.reset();
            it->unitCostMinor.reset();
            ++cleared;
        }
        it = it->isEmpty() ? terms.adjustments.erase(it) : std::next(it);
    }
    return pushTerms(
        terms,
        cleared == 0
            ? tr("Change currency to %1").arg(code)
            : tr("Change currency to %1 (clears %n price(s))", nullptr, cleared).arg(code));
}

EditOutcome QuoteEditor::setQuoteDiscount(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > Pricing::kBasisPointsPerWhole)
        return refused(tr("A discount is between 0 and 100 %."));
    QuoteTerms terms = m_document->terms();
    terms.quoteDiscountBasisPoints = basisPoints;
    return pushTerms(terms, tr("Set quote discount"));
}

EditOutcome QuoteEditor::setMaxDiscount(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > Pricing::kBasisPointsPerWhole)
        return refused(tr("A discount is between 0 and 100 %."));
    QuoteTerms terms = m_document->terms();
    terms.maxDiscountBasisPoints = basisPoints;
    return pushTerms(terms, tr("Set discount ceiling"));
}

EditOutcome QuoteEditor::setTax(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > Pricing::kBasisPointsPerWhole)
        return refused(tr("A tax rate is between 0 and 100 %."));
    QuoteTerms terms = m_document->terms();
    terms.taxBasisPoints = basisPoints;
    return pushTerms(terms, tr("Set tax rate"));
}

EditOutcome QuoteEditor::adjustLine(const QString &sku,
                                    const std::function<void(QuoteLineAdjustment &)> &change,
                                    const QString &text)
{
    QuoteTerms terms = m_document->terms();
    QuoteLineAdjustment adjustment = terms.adjustments.value(sku);
    change(adjustment);
    // An adjustment back to nothing is no adjustment: the line follows the catalog again.
    if (adjustment.isEmpty())
        terms.adjustments.remove(sku);
    else
        terms.adjustments.insert(sku, adjustment);
    return pushTerms(terms, text);
}

EditOutcome QuoteEditor::setLineCost(const QString &sku, std::optional<qint64> unitCostMinor)
{
    if (sku.isEmpty())
        return refused(tr("There is no such line."));
    if (unitCostMinor && *unitCostMinor < 0)
        return refused(tr("A cost cannot be negative."));
    const QString currency = m_document->terms().currency;
    return adjustLine(
        sku, [&](QuoteLineAdjustment &a) { a.unitCostMinor = unitCostMinor; },
        unitCostMinor
            ? tr("Set cost of %1 to %2").arg(sku, QuoteFormat().money(*unitCostMinor, currency))
            : tr("Clear the cost of %1").arg(sku));
}

EditOutcome QuoteEditor::setLinePrice(const QString &sku, std::optional<qint64> unitPriceMinor)
{
    if (sku.isEmpty())
        return refused(tr("There is no such line."));
    if (unitPriceMinor && *unitPriceMinor < 0)
        return refused(tr("A price cannot be negative."));
    const QString currency = m_document->terms().currency;
    return adjustLine(
        sku, [&](QuoteLineAdjustment &a) { a.unitPriceOverrideMinor = unitPriceMinor; },
        unitPriceMinor
            ? tr("Set price of %1 to %2").arg(sku, QuoteFormat().money(*unitPriceMinor, currency))
            : tr("Use the catalog price of %1").arg(sku));
}

EditOutcome QuoteEditor::setLineDiscount(const QString &sku, int basisPoints)
{
    if (sku.isEmpty())
        return refused(tr("There is no such line."));
    if (basisPoints < 0 || basisPoints > Pricing::kBasisPointsPerWhole)
        return refused(tr("A discount is between 0 and 100 %."));
    return adjustLine(
        sku, [&](QuoteLineAdjustment &a) { a.discountBasisPoints = basisPoints; },
        tr("Set discount of %1").arg(sku));
}

EditOutcome QuoteEditor::newRevision(const QDate &today)
{
    const Bom bom = m_document->bom(*m_hall);
    QuoteRevision revision;
    revision.quote = m_document->currentQuote(bom);
    revision.figures = bom.figures;
    if (m_headroom)
        revision.figures.setHeadroom(m_headroom->current().headroom(HeadroomScope::hall()));
    revision.createdAt = QDateTime::currentDateTimeUtc();
    QuoteTerms next = m_document->terms();
    next.header.revision += 1;
    if (today.isValid())
        next.header.date = today;
    const int number = revision.number();
    m_stack->push(new AddQuoteRevisionCommand(m_document, std::move(revision), std::move(next),
                                              tr("Freeze revision %1").arg(number)));
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    return outcome;
}
