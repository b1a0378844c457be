#include "views/proposal/proposalbuilder.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "model/layout/rackpower.h"
#include "model/project/project.h"
#include "model/quote/quotecalculator.h"
#include "model/quote/quotecategory.h"
#include "model/quote/quoteformat.h"
#include "views/proposal/capacityhighlights.h"
#include "views/proposal/headroomcharts.h"
#include "views/proposal/rackelevations.h"
#include "views/proposal/workloadsummary.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>

#include <cmath>
#include <memory>

namespace {

using Table = ProposalDocument::Table;
using Column = ProposalDocument::TableColumn;

// Long source strings (URLs, repository paths) must wrap inside their cell: a zero-width
// space after each slash gives the line breaker somewhere to break.
QString breakable(QString text)
{
    text.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    return text;
}

Table twoColumnTable(const QList<std::pair<QString, QString>> &rows)
{
    Table table;
    table.showHeader = false;
    table.columns = {Column {QString(), 1.0, Qt::AlignLeft},
                     Column {QString(), 1.6, Qt::AlignLeft}};
    for (const auto &[label, value] : rows)
        table.rows.append({{label, value}, false});
    return table;
}

// The logo as a vector drawing where it is SVG, an image otherwise; nothing when it
// cannot be read (the cover then simply has no logo).
std::optional<ProposalDocument::Drawing> logoDrawing(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    ProposalDocument::Drawing drawing;
    drawing.heightMm = 22.0;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        auto svg = std::make_shared<QSvgRenderer>(path);
        if (!svg->isValid())
            return std::nullopt;
        drawing.paint = [svg](QPainter *painter, const QRectF &target) {
            QSizeF size = svg->defaultSize();
            size.scale(target.size(), Qt::KeepAspectRatio);
            svg->render(painter, QRectF(target.topLeft(), size));
        };
        return drawing;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    drawing.paint = [image](QPainter *painter, const QRectF &target) {
        QSizeF size = image.size();
        size.scale(target.size(), Qt::KeepAspectRatio);
        painter->drawImage(QRectF(target.topLeft(), size), image);
    };
    return drawing;
}

// Heat to three significant digits: "212,000", as precise as the typical draw it comes from.
qlonglong roundedHeat(double btuPerHour)
{
    if (btuPerHour < 1000.0)
        return qRound64(btuPerHour);
    const double scale = std::pow(10.0, std::floor(std::log10(btuPerHour)) - 2.0);
    return qRound64(std::round(btuPerHour / scale) * scale);
}

} // namespace

ProposalBuilder::ProposalBuilder(const Project &project, const Bom &bom, const Quote &quote,
                                 const CompanyProfile &company, const QLocale &locale)
    : m_project(project)
    , m_hall(*project.hall())
    , m_bom(bom)
    , m_quote(quote)
    , m_company(company)
    // Dates and numbers as QuoteFormat writes amounts: US English for the C locale.
    , m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : locale)
{ }

QStringList ProposalBuilder::sectionTitles()
{
    return {tr("Executive summary"),
            tr("Headroom"),
            tr("Rack elevations"),
            tr("Bill of materials"),
            tr("Power, cooling and floor space"),
            tr("Assumptions and method"),
            tr("Terms")};
}

ProposalDocument ProposalBuilder::build(const Project &project, const CompanyProfile &company,
                                        const QLocale &locale)
{
    const Bom bom = project.quote()->bom(*project.hall());
    const Quote quote = project.quote()->currentQuote(bom);
    const ProposalBuilder builder(project, bom, quote, company, locale);

    ProposalDocument document;
    document.title = tr("Capacity proposal");
    const QString customer =
        quote.header.customer.isEmpty() ? tr("Customer not named") : quote.header.customer;
    document.subtitle = tr("%1 · Quote %2 rev. %3")
                            .arg(customer, quote.header.quoteNumber)
                            .arg(quote.header.revision);
    document.footer = company.name.isEmpty()
        ? tr("Prepared with Headroom · %1").arg(builder.date(quote.header.date))
        : tr("%1 · %2").arg(company.name, builder.date(quote.header.date));

    builder.addCover(document);
    builder.addSummary(document);
    HeadroomCharts::add(document, project, sectionTitles().at(1));
    builder.addElevations(document);
    builder.addBillOfMaterials(document);
    builder.addPowerAndSpace(document);
    builder.addMethod(document);
    builder.addTerms(document);
    return document;
}

QString ProposalBuilder::money(qint64 minor) const
{
    return QuoteFormat(m_locale).money(minor, m_quote.currency);
}

QString ProposalBuilder::date(const QDate &value) const
{
    return value.isValid() ? m_locale.toString(value, QLocale::LongFormat) : tr("not dated");
}

double ProposalBuilder::floorSpaceSquareMetres() const
{
    double squareMetres = 0.0;
    for (RowId row : m_hall.rowIds()) {
        for (RackId id : m_hall.rackIds(row)) {
            if (const CatalogItem *type = m_hall.catalog().item(m_hall.rack(id)->rackTypeId))
                squareMetres += type->widthMm / 1000.0 * type->depthMm / 1000.0;
        }
    }
    return squareMetres;
}

void ProposalBuilder::addCover(ProposalDocument &document) const
{
    document.addSpacer(18.0);
    if (const auto logo = logoDrawing(m_company.logoPath))
        document.addDrawing(*logo);
    document.addHeading(tr("Capacity proposal"), 0);
    document.addHeading(m_quote.header.customer.isEmpty()
                            ? tr("Customer not named")
                            : tr("Prepared for %1").arg(m_quote.header.customer),
                        1);
    document.addSpacer(6.0);
    const UnitFormat format(m_locale);
    const QuoteTotals totals = QuoteCalculator::compute(m_quote);
    document.addParagraph(
        tr("%n rack(s) holding %1 servers with %2 accelerators; %3 at most; %4 in total.", nullptr,
           m_bom.figures.rackCount)
            .arg(m_locale.toString(m_bom.figures.serverCount),
                 m_locale.toString(m_bom.figures.acceleratorCount),
                 format.power(m_bom.figures.powerMaxWatts), money(totals.totalMinor)));
    document.addSpacer(8.0);
    QList<std::pair<QString, QString>> rows = {
        {tr("Quote number"), m_quote.header.quoteNumber},
        {tr("Revision"), m_locale.toString(m_quote.header.revision)},
        {tr("Date"), date(m_quote.header.date)},
        {tr("Valid until"), date(m_quote.header.validUntil())},
    };
    if (!m_company.name.isEmpty())
        rows.append({tr("Prepared by"), m_company.name});
    if (!m_company.contact.isEmpty())
        rows.append({tr("Contact"), m_company.contact});
    document.addTable(twoColumnTable(rows));
    document.addPageBreak();
}

void ProposalBuilder::addSummary(ProposalDocument &document) const
{
    const UnitFormat format(m_locale);
    const QuoteTotals totals = QuoteCalculator::compute(m_quote);
    const LayoutTotals &hall = m_hall.totals();
    const CapacityHighlights highlights = CapacityHighlights::of(m_hall);
    double memory = 0.0;
    double flops = 0.0;
    for (const auto &group : highlights.groups) {
        memory += group.memoryBytes;
        flops += group.denseBf16FlopsPerSecond;
    }

    document.addHeading(sectionTitles().at(0));
    document.addParagraph(
        tr("This proposal covers %1 servers carrying %2 accelerators with %3 of accelerator "
           "memory and %4 of dense BF16 compute at peak, in %5. The hardware draws %6 in "
           "typical operation and %7 at most, within the %8 the racks' power feeds allow. "
           "The quote totals %9.")
            .arg(m_locale.toString(m_bom.figures.serverCount),
                 m_locale.toString(m_bom.figures.acceleratorCount), format.bytes(memory),
                 format.flops(flops),
                 //: "4 racks in 2 rows"; %1 is "2 rows"
                 tr("%n rack(s) in %1", nullptr, hall.rackCount)
                     .arg(tr("%n row(s)", nullptr, int(m_hall.rowIds().size()))),
                 format.power(hall.powerTypicalWatts()), format.power(hall.powerMaxWatts()),
                 format.power(hall.powerBudgetWatts()), money(totals.totalMinor)));
    if (totals.unpricedLineCount > 0)
        document.addParagraph(tr("%n line(s) of the bill of materials have no price yet and are "
                                 "not in that total.",
                                 nullptr, totals.unpricedLineCount));

    if (m_project.workloads()->isEmpty()) {
        addYardsticks(document, highlights);
        document.addParagraph(tr("The project has no workloads yet, so these figures are for a "
                                 "reference workload, not the customer's own: estimates for "
                                 "their training runs and inference services, and the headroom "
                                 "they leave, follow once the workloads are part of the "
                                 "project."),
                              true);
    } else {
        WorkloadSummary::add(document, m_project, m_locale);
        addYardsticks(document, highlights);
    }
    document.addPageBreak();
}

void ProposalBuilder::addYardsticks(ProposalDocument &document,
                                    const CapacityHighlights &highlights) const
{
    const UnitFormat format(m_locale);
    document.addHeading(m_project.workloads()->isEmpty() ? tr("What the hardware achieves")
                                                         : tr("What the hardware could do"),
                        2);
    Table table;
    table.columns = {Column {tr("Accelerator"), 2.2, Qt::AlignLeft},
                     Column {tr("Count"), 0.8, Qt::AlignRight},
                     Column {tr("Memory"), 1.1, Qt::AlignRight},
                     Column {tr("Dense BF16 peak"), 1.3, Qt::AlignRight},
                     Column {tr("Training yardstick"), 1.3, Qt::AlignRight},
                     Column {tr("Inference yardstick"), 1.4, Qt::AlignRight}};
    for (const auto &group : highlights.groups) {
        table.rows.append(
            {{group.accelerator.displayName(), m_locale.toString(group.count),
              format.bytes(group.memoryBytes), format.flops(group.denseBf16FlopsPerSecond),
              group.trainingSeconds ? format.duration(*group.trainingSeconds) : tr("does not fit"),
              group.requestsPerSecond
                  ? tr("%1 requests/s").arg(format.number(*group.requestsPerSecond))
                  : tr("does not fit")},
             false});
    }
    if (table.rows.isEmpty())
        document.addParagraph(tr("The layout holds no accelerators yet."));
    else
        document.addTable(table);
    // After the workloads the yardstick is a footnote: its full description is in the
    // method section, and the summary stays on one page on Letter paper too.
    if (m_project.workloads()->isEmpty())
        document.addParagraph(CapacityHighlights::yardstickDescription(), true);
    else
        document.addParagraph(tr("Yardsticks for comparing designs, not plans: a reference "
                                 "workload (%1) on all accelerators of each model, as the method "
                                 "section describes.")
                                  .arg(CapacityHighlights::trainingModelName()),
                              true);
}

void ProposalBuilder::addElevations(ProposalDocument &document) const
{
    const QList<RackElevations::Group> groups = RackElevations::group(m_hall);
    document.addHeading(sectionTitles().at(2));
    document.addParagraph(
        tr("%n rack design(s) for %1 racks. Each design is drawn once, front and rear, with "
           "the number of racks built to it; the gauges under each rack show space, power, "
           "cooling and weight against that rack's limits.",
           nullptr, int(groups.size()))
            .arg(m_hall.totals().rackCount));
    RackElevations::addDrawings(document, m_hall, groups);
    document.addPageBreak();
}

void ProposalBuilder::addBillOfMaterials(ProposalDocument &document) const
{
    const QuoteTotals totals = QuoteCalculator::compute(m_quote);
    const QuoteFormat format(m_locale);
    document.addHeading(sectionTitles().at(3));
    document.addParagraph(
        tr("Prices in %1. Notes in brackets follow the table.").arg(m_quote.currency));

    Table table;
    table.columns = {
        Column {tr("SKU"), 2.7, Qt::AlignLeft},    Column {tr("Description"), 3.1, Qt::AlignLeft},
        Column {tr("Qty"), 0.6, Qt::AlignRight},   Column {tr("Unit price"), 1.6, Qt::AlignRight},
        Column {tr("Disc."), 0.7, Qt::AlignRight}, Column {tr("Total"), 2.0, Qt::AlignRight}};
    QStringList notes;
    std::optional<QuoteLineCategory> category;
    for (int i = 0; i < m_quote.lines.size(); ++i) {
        const QuoteLine &line = m_quote.lines.at(i);
        if (category != line.category) {
            category = line.category;
            table.rows.append({{QuoteCategory::displayName(line.category)}, true});
        }
        QString description = line.description;
        if (!line.note.isEmpty()) {
            qsizetype note = notes.indexOf(line.note);
            if (note < 0) {
                notes.append(line.note);
                note = notes.size() - 1;
            }
            description += QStringLiteral(" [%1]").arg(note + 1);
        }
        const LineTotals &lineTotals = totals.lines.at(i);
        // A configured server's SKU wraps after its "+" parts, not inside a model name.
        QString sku = line.sku;
        sku.replace(QLatin1Char('+'), QStringLiteral("+\u200B"));
        table.rows.append(
            {{sku, description, m_locale.toString(line.quantity),
              format.unitPrice(line, m_quote.currency),
              line.discountBasisPoints > 0 ? format.percent(line.discountBasisPoints) : QString(),
              lineTotals.priced ? money(lineTotals.netMinor) : QuoteFormat::noPrice()},
             false});
    }
    auto totalRow = [&](const QString &label, const QString &value) {
        table.rows.append({{QString(), label, QString(), QString(), QString(), value}, true});
    };
    totalRow(tr("Subtotal"), money(totals.subtotalMinor));
    if (m_quote.quoteDiscountBasisPoints > 0)
        totalRow(tr("Discount %1").arg(format.percent(m_quote.quoteDiscountBasisPoints)),
                 money(-totals.quoteDiscountMinor));
    totalRow(tr("Tax %1").arg(format.percent(m_quote.taxBasisPoints)), money(totals.taxMinor));
    totalRow(tr("Total"), money(totals.totalMinor));
    document.addTable(table);

    if (totals.unpricedLineCount > 0)
        document.addParagraph(tr("Lines marked \"%1\" are not in the total: %n line(s) await a "
                                 "price.",
                                 nullptr, totals.unpricedLineCount)
                                  .arg(QuoteFormat::noPrice()));
    if (totals.estimatedLineCount > 0)
        document.addParagraph(tr("%n line(s) are priced from market estimates rather than a "
                                 "vendor price list and are subject to confirmation.",
                                 nullptr, totals.estimatedLineCount),
                              true);
    for (int i = 0; i < notes.size(); ++i)
        document.addParagraph(QStringLiteral("[%1] %2").arg(i + 1).arg(notes.at(i)), true);
    for (const QString &warning : m_bom.warnings)
        document.addParagraph(warning, true);
    document.addPageBreak();
}

void ProposalBuilder::addPowerAndSpace(ProposalDocument &document) const
{
    const UnitFormat format(m_locale);
    document.addHeading(sectionTitles().at(4));
    Table table;
    table.columns = {
        // Wide enough for the bold headers: "Racks" and "Maximum" were clipped at 0.6 and 1.0.
        Column {tr("Row"), 1.1, Qt::AlignLeft},       Column {tr("Racks"), 0.8, Qt::AlignRight},
        Column {tr("Space"), 1.35, Qt::AlignRight},   Column {tr("Typical"), 1.0, Qt::AlignRight},
        Column {tr("Maximum"), 1.25, Qt::AlignRight}, Column {tr("Budget"), 1.0, Qt::AlignRight},
        Column {tr("Cooling"), 1.0, Qt::AlignRight},  Column {tr("Heat"), 1.5, Qt::AlignRight},
        Column {tr("Weight"), 1.1, Qt::AlignRight}};
    auto cells = [&](const QString &name, const LayoutTotals &t) {
        return QStringList {name,
                            m_locale.toString(t.rackCount),
                            tr("%1 of %2 U").arg(t.unitsUsed).arg(t.unitsTotal),
                            format.power(t.powerTypicalWatts()),
                            format.power(t.powerMaxWatts()),
                            format.power(t.powerBudgetWatts()),
                            format.power(t.coolingCeilingWatts()),
                            tr("%1 BTU/h").arg(m_locale.toString(roundedHeat(t.heatBtuPerHour()))),
                            format.mass(t.weightKg())};
    };
    for (RowId row : m_hall.rowIds())
        table.rows.append({cells(m_hall.row(row)->name, m_hall.rowTotals(row)), false});
    table.rows.append({cells(tr("Hall"), m_hall.totals()), true});
    document.addTable(table);
    document.addParagraph(
        tr("Typical and maximum power are the catalog's figures for each item. The budget is "
           "what the racks' feeds may carry continuously: %1 % of each breaker's rating (NEC "
           "210.19(A) and 210.20(A)). Cooling is each rack's planning ceiling for its cooling "
           "type; heat is the typical draw in BTU/h (1 W = 3.412 BTU/h, NIST SP 811).")
            .arg(RackPower::kCircuitDerating * 100.0));
    const double area = floorSpaceSquareMetres();
    document.addParagraph(tr("Floor space: the racks stand on %1 m² (their width times their "
                             "depth, from the catalog); aisles and service clearance come on top.")
                              .arg(m_locale.toString(area, 'f', 1)));
    if (m_hall.totals().racksOverLimit > 0)
        document.addParagraph(tr("%n rack(s) exceed a limit as designed; the rack elevations "
                                 "show which gauge.",
                                 nullptr, m_hall.totals().racksOverLimit));
    document.addPageBreak();
}

void ProposalBuilder::addMethod(ProposalDocument &document) const
{
    document.addHeading(sectionTitles().at(5));
    document.addHeading(tr("Bill of materials"), 2);
    for (const QString &rule : BomDerivation::countingRules())
        document.addParagraph(rule);
    document.addHeading(tr("Prices and rounding"), 2);
    document.addParagraph(
        tr("Prices come from the catalog rows frozen into the project when their items were "
           "placed, so the quote does not change when the catalog does. Amounts are exact "
           "integers of the currency's smallest unit. Each line's discount is rounded half away "
           "from zero on its own, then the quote discount on the subtotal, then tax on the "
           "discounted subtotal."));
    document.addHeading(tr("Capacity"), 2);
    if (!m_project.workloads()->isEmpty())
        document.addParagraph(WorkloadSummary::methodDescription());
    document.addParagraph(CapacityHighlights::yardstickDescription());

    document.addHeading(tr("Sources"), 2);
    Table table;
    table.columns = {Column {tr("Item"), 2.0, Qt::AlignLeft},
                     Column {tr("Source"), 4.2, Qt::AlignLeft},
                     Column {tr("Confidence"), 1.0, Qt::AlignLeft}};
    QSet<QString> listed;
    auto addSource = [&](const QString &id) {
        const CatalogItem *item = m_hall.catalog().item(id);
        if (!item || listed.contains(id))
            return;
        listed.insert(id);
        table.rows.append({{item->displayName(),
                            item->source.isEmpty() ? tr("not recorded") : breakable(item->source),
                            CatalogItem::confidenceDisplayName(item->confidence)},
                           false});
    };
    for (const QuoteLine &line : m_quote.lines)
        addSource(line.sku.section(QLatin1Char('+'), 0, 0));
    for (RowId row : m_hall.rowIds()) {
        for (RackId rack : m_hall.rackIds(row)) {
            for (PlacementId id : m_hall.placementIds(rack))
                addSource(m_hall.placement(id)->configuration.acceleratorId);
        }
    }
    // The key before the table: after a long table it would be a line or two alone on a
    // page of its own.
    document.addParagraph(tr("Confidence: high = a vendor document or two consistent sources; "
                             "medium = one secondary source; low = an estimate to be checked."),
                          true);
    document.addTable(table);
    document.addPageBreak();
}

void ProposalBuilder::addTerms(ProposalDocument &document) const
{
    document.addHeading(sectionTitles().at(6));
    const QStringList terms = {
        tr("This quote (%1, revision %2) is valid until %3.")
            .arg(m_quote.header.quoteNumber)
            .arg(m_quote.header.revision)
            .arg(date(m_quote.header.validUntil())),
        tr("Prices are in %1 and include the tax shown; delivery, installation, software "
           "licences and support are quoted separately unless listed.")
            .arg(m_quote.currency),
        tr("Prices marked as estimates, and lines without a price, are confirmed in writing "
           "before an order is accepted."),
        tr("Power, cooling and capacity figures are planning estimates from published "
           "specifications; the site survey and the vendors' final configurations govern."),
        tr("Hardware availability and lead times are confirmed at order."),
    };
    for (int i = 0; i < terms.size(); ++i)
        document.addParagraph(QStringLiteral("%1. %2").arg(i + 1).arg(terms.at(i)));
}
