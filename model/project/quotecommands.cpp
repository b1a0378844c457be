#include "model/project/quotecommands.h"

#include "model/quote/quotedocument.h"

SetQuoteTermsCommand::SetQuoteTermsCommand(QuoteDocument *document, QuoteTerms terms,
                                           const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_terms(std::move(terms))
{ }

void SetQuoteTermsCommand::swap()
{
    QuoteTerms previous = m_document->terms();
    m_document->setTerms(m_terms);
    m_terms = std::move(previous);
}

AddQuoteRevisionCommand::AddQuoteRevisionCommand(QuoteDocument *document, QuoteRevision revision,
                                                 QuoteTerms nextTerms, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_revision(std::move(revision))
    , m_terms(std::move(nextTerms))
{ }

void AddQuoteRevisionCommand::redo()
{
    QuoteTerms previous = m_document->terms();
    m_document->freezeRevision(m_revision, m_terms);
    m_terms = std::move(previous);
}

void AddQuoteRevisionCommand::undo()
{
    QuoteTerms next = m_document->terms();
    m_revision = m_document->unfreezeRevision(m_terms);
    m_terms = std::move(next);
}
