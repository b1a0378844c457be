#pragma once

#include "model/project/layouteditor.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

class DataHall;
class QuoteDocument;
class QUndoStack;

// The one way to change the quote: checks an edit, builds its undo command and pushes it
// on the project's stack; an edit that would change nothing pushes nothing, and one that
// makes no sense (a discount over 100 %, a negative price) is refused with a sentence
// saying why. The Quote tab and the tests come through here. Stateless apart from the
// pointers it is given.
class QuoteEditor
{
    Q_DECLARE_TR_FUNCTIONS(QuoteEditor)

public:
    // `headroom`, when given, is what a frozen revision remembers of the workloads' room.
    QuoteEditor(QuoteDocument *document, const DataHall *hall, QUndoStack *stack,
                const class HeadroomTracker *headroom = nullptr);

    // --- header ---
    EditOutcome setCustomer(const QString &customer);
    EditOutcome setQuoteNumber(const QString &number);
    EditOutcome setDate(const QDate &date);
    EditOutcome setValidityDays(int days);

    // --- money ---
    // An ISO 4217 code. Price overrides were typed in the old currency, so they go (the
    // undo brings them back); catalog prices in another currency show as unpriced.
    EditOutcome setCurrency(const QString &currency);
    EditOutcome setQuoteDiscount(int basisPoints);
    EditOutcome setMaxDiscount(int basisPoints);
    EditOutcome setTax(int basisPoints);

    // --- lines, by SKU ---
    // nullopt goes back to the catalog price.
    EditOutcome setLinePrice(const QString &sku, std::optional<qint64> unitPriceMinor);
    EditOutcome setLineDiscount(const QString &sku, int basisPoints);
    // What one unit of the line costs the seller (never shown to the customer); nothing
    // clears it. The margin is known once every priced line has a cost.
    EditOutcome setLineCost(const QString &sku, std::optional<qint64> unitCostMinor);

    // --- revisions ---
    // Freezes the quote as it stands (lines, prices, terms and what the hall holds) as
    // the current revision and starts drafting the next one, dated today.
    EditOutcome newRevision(const QDate &today = QDate::currentDate());

private:
    EditOutcome refused(const QString &message) const;
    EditOutcome pushTerms(const struct QuoteTerms &terms, const QString &text);
    // The line's adjustment changed by `change`, pushed as one undo step named `text`.
    EditOutcome adjustLine(const QString &sku,
                           const std::function<void(struct QuoteLineAdjustment &)> &change,
                           const QString &text);

    QuoteDocument *m_document;
    const DataHall *m_hall;
    QUndoStack *m_stack;
    const HeadroomTracker *m_headroom;
};
