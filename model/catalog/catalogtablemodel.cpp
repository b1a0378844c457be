#include "model/catalog/catalogtablemodel.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogitemmime.h"
#include "model/catalog/catalogsearchtext.h"
#include "model/core/unitformat.h"

#include <QFont>

#include <algorithm>

namespace {
bool isNumericColumn(int column)
{
    return column >= CatalogTableModel::RackUnitsColumn && column <= CatalogTableModel::PriceColumn;
}
} // namespace

CatalogTableModel::CatalogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CatalogTableModel::~CatalogTableModel() = default;

CatalogDatabase *CatalogTableModel::database() const
{
    return m_db;
}

void CatalogTableModel::setDatabase(CatalogDatabase *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db) {
        connect(m_db, &CatalogDatabase::itemAdded, this, &CatalogTableModel::onItemAdded);
        connect(m_db, &CatalogDatabase::itemChanged, this, &CatalogTableModel::onItemChanged);
        connect(m_db, &CatalogDatabase::itemRemoved, this, &CatalogTableModel::onItemRemoved);
        connect(m_db, &CatalogDatabase::catalogReset, this, &CatalogTableModel::reload);
        connect(m_db, &QObject::destroyed, this, [this] { reload(); });
    }
    reload();
}

void CatalogTableModel::reload()
{
    beginResetModel();
    m_rows = m_db && m_db->isOpen() ? m_db->rows() : QList<CatalogRow>();
    m_indexOfId.clear();
    m_indexOfId.reserve(m_rows.size());
    m_order.resize(static_cast<size_t>(m_rows.size()));
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        m_indexOfId.insert(m_rows.at(i).id, i);
        m_order[static_cast<size_t>(i)] = i;
    }
    m_search.rebuild(m_rows);
    m_searchStale = false;
    sortOrder(m_order);
    m_visible = matching(m_order);
    endResetModel();
}

bool CatalogTableModel::passes(int index) const
{
    return m_filter.matches(m_rows.at(index), m_words);
}

std::vector<int> CatalogTableModel::matching(const std::vector<int> &candidates)
{
    std::vector<int> result;
    result.reserve(candidates.size());
    // Few candidates (a narrowed search): look at each one. Many: find each word once in
    // the whole index and keep the candidates it hit in every word.
    const bool fewCandidates = candidates.size() * 8 < static_cast<size_t>(m_rows.size());
    if (m_words.isEmpty() || fewCandidates) {
        for (int index : candidates) {
            if (passes(index))
                result.push_back(index);
        }
        return result;
    }
    if (m_searchStale) {
        m_search.rebuild(m_rows);
        m_searchStale = false;
    }
    std::vector<char> hits(static_cast<size_t>(m_rows.size()), 0);
    m_search.markRowsContaining(m_words.first(), &hits);
    for (qsizetype w = 1; w < m_words.size(); ++w) {
        std::vector<char> more(hits.size(), 0);
        m_search.markRowsContaining(m_words.at(w), &more);
        for (size_t i = 0; i < hits.size(); ++i)
            hits[i] = static_cast<char>(hits[i] & more[i]);
    }
    for (int index : candidates) {
        if (hits[static_cast<size_t>(index)] && m_filter.matchesAttributes(m_rows.at(index)))
            result.push_back(index);
    }
    return result;
}

void CatalogTableModel::setFilter(const CatalogFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    m_words = CatalogSearchText::words(filter.text);
    refilter(narrowing);
}

void CatalogTableModel::refilter(bool onlyNarrowing)
{
    std::vector<int> visible = matching(onlyNarrowing ? m_visible : m_order);
    // An unchanged result costs the view nothing.
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
}

bool CatalogTableModel::lessThan(int a, int b) const
{
    if (m_sortColumn < 0) {
        // Catalog order: by kind, then vendor, as the tree shows them; then as added.
        const CatalogRow &left = m_rows.at(a);
        const CatalogRow &right = m_rows.at(b);
        if (left.kind != right.kind)
            return left.kind < right.kind;
        return left.vendor.compare(right.vendor, Qt::CaseInsensitive) < 0;
    }
    // Unknown values (empty, zero) sort last in either direction: nobody sorts by power to
    // find the items that have none.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QVariant left = raw(m_rows.at(a), m_sortColumn);
    const QVariant right = raw(m_rows.at(b), m_sortColumn);
    if (left.typeId() == QMetaType::QString) {
        const QString l = left.toString();
        const QString r = right.toString();
        if (l.isEmpty() != r.isEmpty())
            return r.isEmpty();
        return ascending ? l.toCaseFolded() < r.toCaseFolded()
                         : r.toCaseFolded() < l.toCaseFolded();
    }
    const bool zeroIsKnown = m_sortColumn == KindColumn || m_sortColumn == ConfidenceColumn;
    const double l = left.toDouble();
    const double r = right.toDouble();
    const bool lUnknown = !left.isValid() || (l == 0.0 && !zeroIsKnown);
    const bool rUnknown = !right.isValid() || (r == 0.0 && !zeroIsKnown);
    if (lUnknown != rUnknown)
        return rUnknown;
    return ascending ? l < r : l > r;
}

void CatalogTableModel::sortOrder(std::vector<int> &order) const
{
    // Sorting 100,000 rows compares about two million pairs: the keys are worked out once
    // per row (folded text, numbers, vendor ranks) so that each comparison is cheap, which
    // takes a sort from a quarter of a second to a few hundredths. lessThan() is the same
    // order, for placing single rows.
    struct Key
    {
        int group = 0; // kind; or 1 for unknown values, which go last
        int rank = 0; // vendor rank in catalog order
        double number = 0.0;
        QString text;
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::vector<Key> keys(static_cast<size_t>(m_rows.size()));
    if (m_sortColumn < 0) {
        QStringList vendors;
        for (int index : order)
            vendors.append(m_rows.at(index).vendor);
        vendors.removeDuplicates();
        std::sort(vendors.begin(), vendors.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QHash<QString, int> rankOf;
        for (int i = 0; i < vendors.size(); ++i)
            rankOf.insert(vendors.at(i), i);
        for (int index : order) {
            const CatalogRow &row = m_rows.at(index);
            Key &key = keys[static_cast<size_t>(index)];
            key.group = static_cast<int>(row.kind);
            key.rank = rankOf.value(row.vendor);
        }
        // Within a vendor, items stay in the order they were added (the seed lists each
        // vendor's products in a sensible order): sorting by model text too would double
        // the time it takes to open a large catalog.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Key &l = keys[static_cast<size_t>(a)];
            const Key &r = keys[static_cast<size_t>(b)];
            if (l.group != r.group)
                return l.group < r.group;
            return l.rank < r.rank;
        });
        return;
    }
    const bool zeroIsKnown = m_sortColumn == KindColumn || m_sortColumn == ConfidenceColumn;
    bool textual = false;
    for (int index : order) {
        const QVariant value = raw(m_rows.at(index), m_sortColumn);
        Key &key = keys[static_cast<size_t>(index)];
        if (value.typeId() == QMetaType::QString) {
            textual = true;
            key.text = value.toString().toCaseFolded();
            key.group = key.text.isEmpty() ? 1 : 0;
        } else {
            key.number = value.toDouble();
            key.group = !value.isValid() || (key.number == 0.0 && !zeroIsKnown) ? 1 : 0;
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Key &l = keys[static_cast<size_t>(a)];
        const Key &r = keys[static_cast<size_t>(b)];
        if (l.group != r.group)
            return l.group < r.group;
        if (textual)
            return ascending ? l.text < r.text : r.text < l.text;
        return ascending ? l.number < r.number : r.number < l.number;
    });
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    // -1 is the catalog order (kind, vendor, then as added), as a header without a sort
    // indicator.
    if (column < -1 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(idAt(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder(m_order);
    std::vector<char> shown(static_cast<size_t>(m_rows.size()), 0);
    for (int index : m_visible)
        shown[static_cast<size_t>(index)] = 1;
    m_visible.clear();
    for (int index : m_order) {
        if (shown[static_cast<size_t>(index)])
            m_visible.push_back(index);
    }

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfId(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString CatalogTableModel::idAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size()))
        return {};
    return m_rows.at(m_visible[static_cast<size_t>(row)]).id;
}

int CatalogTableModel::rowOfId(const QString &id) const
{
    const auto found = m_indexOfId.constFind(id);
    if (found == m_indexOfId.constEnd())
        return -1;
    const auto at = std::find(m_visible.begin(), m_visible.end(), *found);
    return at == m_visible.end() ? -1 : static_cast<int>(at - m_visible.begin());
}

int CatalogTableModel::visiblePositionFor(int index) const
{
    // Where a row that now passes the filter goes: after every visible row that comes
    // before it in the display order.
    const auto inOrder = std::find(m_order.begin(), m_order.end(), index);
    std::vector<char> before(static_cast<size_t>(m_rows.size()), 0);
    for (auto it = m_order.begin(); it != inOrder; ++it)
        before[static_cast<size_t>(*it)] = 1;
    int position = 0;
    for (int visible : m_visible)
        position += before[static_cast<size_t>(visible)];
    return position;
}

void CatalogTableModel::onItemAdded(const QString &id)
{
    const std::optional<CatalogRow> row = m_db ? m_db->row(id) : std::nullopt;
    if (!row || m_indexOfId.contains(id))
        return;
    const int index = static_cast<int>(m_rows.size());
    m_rows.append(*row);
    m_indexOfId.insert(id, index);
    m_search.append(row->searchText);
    // A new item goes where the current order puts it.
    const auto at = std::upper_bound(m_order.begin(), m_order.end(), index,
                                     [this](int a, int b) { return lessThan(a, b); });
    m_order.insert(at, index);
    if (passes(index))
        showRow(index);
}

void CatalogTableModel::onItemChanged(const QString &id)
{
    const auto found = m_indexOfId.constFind(id);
    const std::optional<CatalogRow> row = m_db ? m_db->row(id) : std::nullopt;
    if (found == m_indexOfId.constEnd() || !row)
        return;
    const int index = *found;
    const int before = rowOfId(id);
    m_searchStale = m_searchStale || m_rows.at(index).searchText != row->searchText;
    m_rows[index] = *row;
    const bool shown = passes(index);
    if (before >= 0 && shown)
        emit dataChanged(this->index(before, 0), this->index(before, ColumnCount - 1));
    else if (before >= 0)
        hideRow(before);
    else if (shown)
        showRow(index);
}

void CatalogTableModel::showRow(int index)
{
    const int position = visiblePositionFor(index);
    beginInsertRows(QModelIndex(), position, position);
    m_visible.insert(m_visible.begin() + position, index);
    endInsertRows();
}

void CatalogTableModel::hideRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_visible.erase(m_visible.begin() + row);
    endRemoveRows();
}

void CatalogTableModel::onItemRemoved(const QString &id)
{
    const auto found = m_indexOfId.constFind(id);
    if (found == m_indexOfId.constEnd())
        return;
    const int index = *found;
    if (const int row = rowOfId(id); row >= 0)
        hideRow(row);
    m_order.erase(std::find(m_order.begin(), m_order.end(), index));
    m_indexOfId.remove(id);
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::raw(const CatalogRow &row, int column) const
{
    switch (column) {
    case VendorColumn:
        return row.vendor;
    case ModelColumn:
        return row.model;
    case KindColumn:
        return static_cast<int>(row.kind);
    case RackUnitsColumn:
        return row.rackUnits;
    case PowerColumn:
        return row.powerWatts;
    case WeightColumn:
        return row.weightKg;
    case AcceleratorsColumn:
        return row.acceleratorCount;
    case MemoryColumn:
        return row.memoryBytes;
    case BandwidthColumn:
        return row.bandwidthBytesPerSecond;
    case PortsColumn:
        return row.portCount * row.portSpeedBitsPerSecond;
    case Bf16PeakColumn:
        return row.bf16FlopsPerSecond;
    case PriceColumn:
        return row.price ? QVariant(row.price->minorUnits) : QVariant();
    case ConfidenceColumn:
        return static_cast<int>(row.confidence);
    default:
        return {};
    }
}

QVariant CatalogTableModel::display(const CatalogRow &row, int column) const
{
    // Formatted per call with the current default locale: only visible cells get here,
    // and a language switch needs no cache flushed.
    const UnitFormat format;
    auto unlessZero = [](double value, const QString &text) {
        return value > 0.0 ? QVariant(text) : QVariant();
    };
    switch (column) {
    case VendorColumn:
        return row.vendor;
    case ModelColumn:
        return row.model;
    case KindColumn:
        return CatalogItem::kindDisplayName(row.kind);
    case RackUnitsColumn:
        return unlessZero(row.rackUnits, format.rackUnits(row.rackUnits));
    case PowerColumn:
        return unlessZero(row.powerWatts, format.power(row.powerWatts));
    case WeightColumn:
        return unlessZero(row.weightKg, format.mass(row.weightKg));
    case AcceleratorsColumn:
        return unlessZero(row.acceleratorCount, format.number(row.acceleratorCount));
    case MemoryColumn:
        return unlessZero(row.memoryBytes, format.bytes(row.memoryBytes));
    case BandwidthColumn:
        return unlessZero(row.bandwidthBytesPerSecond,
                          format.bandwidth(row.bandwidthBytesPerSecond));
    case PortsColumn:
        if (row.portCount <= 0)
            return {};
        if (row.portSpeedBitsPerSecond <= 0.0)
            return format.number(row.portCount);
        //: Network ports: count and speed, e.g. "64 × 400 Gb/s"
        return tr("%1 × %2").arg(format.number(row.portCount),
                                 format.bitRate(row.portSpeedBitsPerSecond));
    case Bf16PeakColumn:
        return unlessZero(row.bf16FlopsPerSecond, format.flops(row.bf16FlopsPerSecond));
    case PriceColumn:
        return row.price ? QVariant(MoneyFormat::format(*row.price)) : QVariant();
    case ConfidenceColumn:
        return CatalogItem::confidenceDisplayName(row.confidence);
    default:
        return {};
    }
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogRow &row = m_rows.at(m_visible[static_cast<size_t>(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case IdRole:
        return row.id;
    case KindRole:
        return static_cast<int>(row.kind);
    case VerifiedRole:
        return row.confidence != Confidence::Low;
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.confidence == Confidence::Low) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.confidence == Confidence::Low)
            return tr("Unverified: some figures are estimates or placeholders. Check the "
                      "source before quoting this item.");
        return {};
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case ModelColumn:
        return tr("Model");
    case KindColumn:
        return tr("Kind");
    case RackUnitsColumn:
        //: Column header: height in rack units
        return tr("Height");
    case PowerColumn:
        return tr("Power");
    case WeightColumn:
        return tr("Weight");
    case AcceleratorsColumn:
        return tr("Accelerators");
    case MemoryColumn:
        //: Column header: accelerator memory or storage capacity
        return tr("Memory / capacity");
    case BandwidthColumn:
        return tr("Bandwidth");
    case PortsColumn:
        return tr("Ports");
    case Bf16PeakColumn:
        return tr("BF16 peak");
    case PriceColumn:
        return tr("Price");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList CatalogTableModel::mimeTypes() const
{
    return {CatalogItemMime::mimeType()};
}

QMimeData *CatalogTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = idAt(index.row());
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? nullptr : CatalogItemMime::create(ids);
}

Qt::DropActions CatalogTableModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
