#include "model/quote/quotelinemodel.h"

#include "model/core/money.h"
#include "model/layout/datahall.h"
#include "model/project/quoteeditor.h"
#include "model/quote/quotecategory.h"
#include "model/quote/quotedocument.h"
#include "model/quote/quoteformat.h"

#include <QFont>

QuoteLineModel::QuoteLineModel(QuoteDocument *document, DataHall *hall, QUndoStack *stack,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_hall(hall)
    , m_stack(stack)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &QuoteLineModel::refresh);

    // What changes the bill of materials: racks (types, PDUs), placements and their
    // configurations. Moves within the hall do not.
    connect(hall, &DataHall::rowRemoved, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::rowInserted, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::rackInserted, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::rackRemoved, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::rackChanged, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::placementInserted, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::placementRemoved, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::placementChanged, this, &QuoteLineModel::scheduleRefresh);
    connect(hall, &DataHall::hallReset, this, &QuoteLineModel::scheduleRefresh);
    // The currency picks which catalog prices count, so it needs a new derivation too;
    // every other term only reprices.
    connect(document, &QuoteDocument::termsChanged, this, [this] {
        if (m_document->terms().currency != m_quote.currency)
            refresh();
        else
            applyTerms();
    });
    connect(document, &QuoteDocument::quoteReset, this, &QuoteLineModel::refresh);
    refresh();
}

void QuoteLineModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void QuoteLineModel::refresh()
{
    m_refreshTimer.stop();
    m_bom = m_document->bom(*m_hall);
    setQuote(m_document->currentQuote(m_bom));
}

void QuoteLineModel::applyTerms()
{
    setQuote(m_document->currentQuote(m_bom));
}

void QuoteLineModel::setQuote(Quote quote)
{
    bool sameRows = quote.lines.size() == m_quote.lines.size();
    for (int i = 0; sameRows && i < quote.lines.size(); ++i)
        sameRows = quote.lines.at(i).sku == m_quote.lines.at(i).sku;
    if (sameRows) {
        m_quote = std::move(quote);
        m_totals = QuoteCalculator::compute(m_quote);
        if (!m_quote.lines.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_quote = std::move(quote);
        m_totals = QuoteCalculator::compute(m_quote);
        endResetModel();
    }
    emit quoteChanged();
}

int QuoteLineModel::rowOf(const QString &sku) const
{
    for (int i = 0; i < m_quote.lines.size(); ++i) {
        if (m_quote.lines.at(i).sku == sku)
            return i;
    }
    return -1;
}

int QuoteLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quote.lines.size());
}

int QuoteLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteLine &line = m_quote.lines.at(index.row());
    const LineTotals totals = m_totals.lines.value(index.row());
    const QuoteFormat format;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return QuoteCategory::displayName(line.category);
        case SkuColumn:
            return line.sku;
        case DescriptionColumn:
            return line.description;
        case QuantityColumn:
            return QLocale().toString(line.quantity);
        case UnitPriceColumn:
            return format.unitPrice(line, m_quote.currency);
        case DiscountColumn:
            return line.discountBasisPoints == 0 ? QString()
                                                 : format.percent(line.discountBasisPoints);
        case TotalColumn:
            return totals.priced ? format.money(totals.netMinor, m_quote.currency)
                                 : QuoteFormat::noPrice();
        case UnitCostColumn:
            return line.unitCostMinor ? format.money(*line.unitCostMinor, m_quote.currency)
                                      : QString();
        }
        break;
    case Qt::EditRole:
        // What the editor starts with: plain numbers the parsers read back.
        if (index.column() == UnitPriceColumn)
            return line.isPriced() ? format.editMoney(line.unitPriceMinor(), m_quote.currency)
                                   : QString();
        if (index.column() == DiscountColumn)
            return format.editPercent(line.discountBasisPoints);
        if (index.column() == UnitCostColumn)
            return line.unitCostMinor ? format.editMoney(*line.unitCostMinor, m_quote.currency)
                                      : QString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == UnitPriceColumn && line.unitPriceOverrideMinor)
            return line.listPriceKnown
                ? tr("Negotiated price; the catalog says %1.")
                      .arg(format.money(line.listUnitPriceMinor, m_quote.currency))
                : tr("Negotiated price; the catalog has none.");
        if (index.column() == UnitPriceColumn && line.isPriced() && line.priceIsEstimate)
            return tr("An estimate from the catalog, not a vendor's price list.");
        if (index.column() == UnitCostColumn)
            return tr("What one unit costs you, for the margin. It never appears on the "
                      "proposal.");
        return line.note.isEmpty() ? QVariant() : QVariant(line.note);
    case Qt::TextAlignmentRole:
        if (index.column() >= QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if ((index.column() == UnitPriceColumn || index.column() == TotalColumn)
            && !line.isPriced()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == UnitPriceColumn && line.unitPriceOverrideMinor) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SkuRole:
        return line.sku;
    case PricedRole:
        return line.isPriced();
    case EstimateRole:
        return line.isPriced() && line.priceIsEstimate && !line.unitPriceOverrideMinor;
    case OverriddenRole:
        return line.unitPriceOverrideMinor.has_value();
    case NoteRole:
        return line.note;
    default:
        break;
    }
    return {};
}

QVariant QuoteLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case SkuColumn:
        return tr("SKU");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case TotalColumn:
        return tr("Total");
    case UnitCostColumn:
        return tr("Your unit cost");
    }
    return {};
}

Qt::ItemFlags QuoteLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid()
        && (index.column() == UnitPriceColumn || index.column() == DiscountColumn
            || index.column() == UnitCostColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool QuoteLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QuoteLine &line = m_quote.lines.at(index.row());
    const QString text = value.toString().trimmed();
    const QuoteFormat format;
    QuoteEditor editor(m_document, m_hall, m_stack);
    EditOutcome outcome;
    if (index.column() == UnitPriceColumn) {
        // An empty cell goes back to the catalog price.
        std::optional<qint64> price;
        if (!text.isEmpty()) {
            price = format.parseMoney(text, m_quote.currency);
            if (!price) {
                emit editRefused(tr("'%1' is not an amount of %2.").arg(text, m_quote.currency));
                return false;
            }
            // Typing the catalog's own price is no negotiation.
            if (line.listPriceKnown && *price == line.listUnitPriceMinor)
                price.reset();
        }
        outcome = editor.setLinePrice(line.sku, price);
    } else if (index.column() == DiscountColumn) {
        const std::optional<int> basisPoints =
            text.isEmpty() ? std::optional<int>(0) : format.parsePercent(text);
        if (!basisPoints) {
            emit editRefused(tr("'%1' is not a percentage.").arg(text));
            return false;
        }
        outcome = editor.setLineDiscount(line.sku, *basisPoints);
    } else if (index.column() == UnitCostColumn) {
        // An empty cell clears the cost.
        std::optional<qint64> cost;
        if (!text.isEmpty()) {
            cost = format.parseMoney(text, m_quote.currency);
            if (!cost) {
                emit editRefused(tr("'%1' is not an amount of %2.").arg(text, m_quote.currency));
                return false;
            }
        }
        outcome = editor.setLineCost(line.sku, cost);
    } else {
        return false;
    }
    if (outcome.status == EditOutcome::Status::Refused) {
        emit editRefused(outcome.message);
        return false;
    }
    return true;
}
