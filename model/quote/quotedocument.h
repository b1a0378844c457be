#pragma once

#include "model/quote/bomderivation.h"
#include "model/quote/networkparts.h"
#include "model/quote/quotestate.h"

#include <QObject>

class DataHall;

// The quote of a project: its terms (header, currency, rates, line adjustments), the
// revisions frozen so far and the network parts its bill of materials counts with. The
// bill of materials itself is never stored here: it is derived from the layout whenever
// it is needed, so price and layout cannot disagree.
//
// Like DataHall, reading is open to everyone and the setters are for the undo commands in
// model/project (QuoteEditor) and for loading; each change is announced after it happened.
class QuoteDocument : public QObject
{
    Q_OBJECT

public:
    explicit QuoteDocument(QObject *parent = nullptr);

    const QuoteState &state() const { return m_state; }
    const QuoteTerms &terms() const { return m_state.terms; }
    const QList<QuoteRevision> &revisions() const { return m_state.revisions; }
    // The frozen revision with this number, nullptr when there is none.
    const QuoteRevision *revision(int number) const;
    const NetworkParts &networkParts() const { return m_parts; }

    // The bill of materials of the hall as it is now, and the quote these terms make of it.
    Bom bom(const DataHall &hall) const;
    Quote currentQuote(const DataHall &hall) const;
    Quote currentQuote(const Bom &bom) const { return m_state.terms.apply(bom.lines); }

    // --- changing (undo commands and loading only) ---
    void setTerms(const QuoteTerms &terms);
    // Freezing appends the revision and moves the draft to the next terms in one step, so
    // whoever hears either signal sees both changes (a view counting revisions, a header
    // showing the draft's number). Unfreezing takes it back, returning the revision.
    void freezeRevision(const QuoteRevision &revision, const QuoteTerms &nextTerms);
    QuoteRevision unfreezeRevision(const QuoteTerms &previousTerms);
    void reset(const QuoteState &state, const NetworkParts &parts);

signals:
    void termsChanged();
    void revisionsChanged();
    void quoteReset();

private:
    QuoteState m_state;
    NetworkParts m_parts;
};
