#pragma once

#include "model/quote/bomderivation.h"
#include "model/quote/quote.h"
#include "views/proposal/companyprofile.h"
#include "views/proposal/proposaldocument.h"

#include <QCoreApplication>
#include <QLocale>

class DataHall;
struct CapacityHighlights;
class Project;

// Builds a project's proposal as a ProposalDocument: cover, executive summary (the
// project's workloads, WorkloadSummary), headroom charts (HeadroomCharts), rack elevations, bill of
// materials with totals, power/cooling/floor space, assumptions and method with sources, terms.
// Each section starts on a page of its own. The quote is the one `headroom quote` prints and the
// Quote tab shows (QuoteDocument::currentQuote), so the three never disagree.
class ProposalBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProposalBuilder)

public:
    static ProposalDocument build(const Project &project, const CompanyProfile &company,
                                  const QLocale &locale = QLocale());

    // The section headings, in order, as the document prints them.
    static QStringList sectionTitles();

private:
    ProposalBuilder(const Project &project, const Bom &bom, const Quote &quote,
                    const CompanyProfile &company, const QLocale &locale);

    void addCover(ProposalDocument &document) const;
    void addSummary(ProposalDocument &document) const;
    void addYardsticks(ProposalDocument &document, const CapacityHighlights &highlights) const;
    void addElevations(ProposalDocument &document) const;
    void addBillOfMaterials(ProposalDocument &document) const;
    void addPowerAndSpace(ProposalDocument &document) const;
    void addMethod(ProposalDocument &document) const;
    void addTerms(ProposalDocument &document) const;

    QString money(qint64 minor) const;
    QString date(const QDate &date) const;
    double floorSpaceSquareMetres() const;

    const Project &m_project;
    const DataHall &m_hall;
    const Bom &m_bom;
    const Quote &m_quote;
    const CompanyProfile &m_company;
    QLocale m_locale;
};
