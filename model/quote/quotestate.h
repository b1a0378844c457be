#pragma once

#include "model/quote/quoterevision.h"
#include "model/quote/quoteterms.h"

#include <QDate>
#include <QList>

// The quote part of a project as values: what a project file holds and what loading
// hands to QuoteDocument. Revisions are in order, oldest first; the terms' header carries
// the number of the revision being drafted (one more than the last frozen one).
struct QuoteState
{
    QuoteTerms terms;
    QList<QuoteRevision> revisions;

    // A new project's quote: dated today, numbered after the date, revision 1.
    static QuoteState fresh(const QDate &today)
    {
        QuoteState state;
        state.terms.header.date = today;
        state.terms.header.quoteNumber =
            QStringLiteral("Q-") + today.toString(QStringLiteral("yyyyMMdd"));
        return state;
    }

    friend bool operator==(const QuoteState &, const QuoteState &) = default;
};
