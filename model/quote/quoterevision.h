#pragma once

#include "model/quote/hallfigures.h"
#include "model/quote/quote.h"

#include <QDateTime>

// A revision handed to a customer, frozen: its lines and prices as they were, and what
// the hall held, whatever the layout and the catalog say later.
struct QuoteRevision
{
    Quote quote;
    HallFigures figures;
    QDateTime createdAt; // UTC

    int number() const { return quote.header.revision; }
    friend bool operator==(const QuoteRevision &, const QuoteRevision &) = default;
};
