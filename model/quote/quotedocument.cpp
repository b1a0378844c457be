#include "model/quote/quotedocument.h"

#include "model/layout/datahall.h"

QuoteDocument::QuoteDocument(QObject *parent)
    : QObject(parent)
{ }

const QuoteRevision *QuoteDocument::revision(int number) const
{
    for (const QuoteRevision &revision : m_state.revisions) {
        if (revision.number() == number)
            return &revision;
    }
    return nullptr;
}

Bom QuoteDocument::bom(const DataHall &hall) const
{
    return BomDerivation::derive(hall, m_parts, m_state.terms.currency);
}

Quote QuoteDocument::currentQuote(const DataHall &hall) const
{
    return currentQuote(bom(hall));
}

void QuoteDocument::setTerms(const QuoteTerms &terms)
{
    if (terms == m_state.terms)
        return;
    m_state.terms = terms;
    emit termsChanged();
}

void QuoteDocument::freezeRevision(const QuoteRevision &revision, const QuoteTerms &nextTerms)
{
    m_state.revisions.append(revision);
    const bool termsChange = nextTerms != m_state.terms;
    m_state.terms = nextTerms;
    emit revisionsChanged();
    if (termsChange)
        emit termsChanged();
}

QuoteRevision QuoteDocument::unfreezeRevision(const QuoteTerms &previousTerms)
{
    QuoteRevision revision =
        m_state.revisions.isEmpty() ? QuoteRevision {} : m_state.revisions.takeLast();
    const bool termsChange = previousTerms != m_state.terms;
    m_state.terms = previousTerms;
    emit revisionsChanged();
    if (termsChange)
        emit termsChanged();
    return revision;
}

void QuoteDocument::reset(const QuoteState &state, const NetworkParts &parts)
{
    m_state = state;
    m_parts = parts;
    emit quoteReset();
}
