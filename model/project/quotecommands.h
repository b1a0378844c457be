#pragma once

#include "model/quote/quoterevision.h"
#include "model/quote/quoteterms.h"

#include <QUndoCommand>

class QuoteDocument;

// Undo commands that edit the quote. Every edit of the terms (header fields, rates, a
// line's price or discount) is one whole-terms swap: redo() and undo() exchange the
// document's terms with the ones the command holds, so one template serves them all.
class SetQuoteTermsCommand : public QUndoCommand
{
public:
    SetQuoteTermsCommand(QuoteDocument *document, QuoteTerms terms, const QString &text);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    QuoteDocument *m_document;
    QuoteTerms m_terms; // the terms to set next
};

// Freezes the quote as it stands into a revision and starts drafting the next one. The
// revision lives in the document while done, in this command while undone.
class AddQuoteRevisionCommand : public QUndoCommand
{
public:
    AddQuoteRevisionCommand(QuoteDocument *document, QuoteRevision revision, QuoteTerms nextTerms,
                            const QString &text);
    void redo() override;
    void undo() override;

private:
    QuoteDocument *m_document;
    QuoteRevision m_revision;
    QuoteTerms m_terms; // swapped with the document's, as in SetQuoteTermsCommand
};
