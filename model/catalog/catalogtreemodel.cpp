#include "model/catalog/catalogtreemodel.h"

#include "model/catalog/catalogdatabase.h"

namespace {
// Internal ids: 0 for top-level rows, 1 + kind for a vendor row under that kind.
constexpr quintptr kTopLevel = 0;
} // namespace

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CatalogTreeModel::setDatabase(CatalogDatabase *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db) {
        for (auto signal : {&CatalogDatabase::itemAdded, &CatalogDatabase::itemChanged,
                            &CatalogDatabase::itemRemoved})
            connect(m_db, signal, this, &CatalogTreeModel::refresh);
        connect(m_db, &CatalogDatabase::catalogReset, this, &CatalogTreeModel::refresh);
        connect(m_db, &QObject::destroyed, this, &CatalogTreeModel::refresh);
    }
    refresh();
}

CatalogTreeModel::Counts CatalogTreeModel::read() const
{
    Counts counts;
    if (!m_db || !m_db->isOpen())
        return counts;
    for (const CatalogDatabase::VendorCount &entry : m_db->vendorCounts()) {
        counts[static_cast<size_t>(entry.kind)].append({entry.vendor, entry.count});
    }
    return counts;
}

int CatalogTreeModel::total(const QList<VendorCount> &vendors)
{
    int sum = 0;
    for (const VendorCount &v : vendors)
        sum += v.count;
    return sum;
}

void CatalogTreeModel::refresh()
{
    const Counts fresh = read();
    // Merge each kind's sorted vendor list into the current one row by row, announcing
    // removals and insertions, so that views keep their expansion and selection.
    for (int kind = 0; kind < kKindCount; ++kind) {
        QList<VendorCount> &current = m_counts[static_cast<size_t>(kind)];
        const QList<VendorCount> &wanted = fresh[static_cast<size_t>(kind)];
        const QModelIndex parent = index(kind + 1, 0);
        const int before = total(current);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < current.size() || j < wanted.size()) {
            const bool removeCurrent = j >= wanted.size()
                || (i < current.size()
                    && current.at(i).vendor.compare(wanted.at(j).vendor, Qt::CaseInsensitive) < 0);
            const bool insertWanted = !removeCurrent
                && (i >= current.size() || current.at(i).vendor != wanted.at(j).vendor);
            if (removeCurrent) {
                beginRemoveRows(parent, static_cast<int>(i), static_cast<int>(i));
                current.removeAt(i);
                endRemoveRows();
            } else if (insertWanted) {
                beginInsertRows(parent, static_cast<int>(i), static_cast<int>(i));
                current.insert(i, wanted.at(j));
                endInsertRows();
                ++i;
                ++j;
            } else {
                if (current.at(i).count != wanted.at(j).count) {
                    current[i].count = wanted.at(j).count;
                    const QModelIndex changed = index(static_cast<int>(i), 0, parent);
                    emit dataChanged(changed, changed);
                }
                ++i;
                ++j;
            }
        }
        if (total(current) != before)
            emit dataChanged(parent, parent);
    }
    const QModelIndex all = index(0, 0);
    emit dataChanged(all, all);
}

std::optional<ItemKind> CatalogTreeModel::kindAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    if (index.internalId() != kTopLevel)
        return static_cast<ItemKind>(index.internalId() - 1);
    if (index.row() == 0)
        return std::nullopt;
    return static_cast<ItemKind>(index.row() - 1);
}

QString CatalogTreeModel::vendorAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return {};
    const auto &vendors = m_counts[static_cast<size_t>(index.internalId() - 1)];
    return index.row() < vendors.size() ? vendors.at(index.row()).vendor : QString();
}

QModelIndex CatalogTreeModel::indexOf(std::optional<ItemKind> kind, const QString &vendor) const
{
    if (!kind)
        return index(0, 0);
    const QModelIndex kindIndex = index(static_cast<int>(*kind) + 1, 0);
    if (vendor.isEmpty())
        return kindIndex;
    const auto &vendors = m_counts[static_cast<size_t>(*kind)];
    for (qsizetype i = 0; i < vendors.size(); ++i) {
        if (vendors.at(i).vendor == vendor)
            return index(static_cast<int>(i), 0, kindIndex);
    }
    return {};
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kTopLevel);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kKindCount + 1;
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() == 0)
        return 0;
    return static_cast<int>(m_counts[static_cast<size_t>(parent.row() - 1)].size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::optional<ItemKind> kind = kindAt(index);
    const QString vendor = vendorAt(index);
    int count = 0;
    if (!kind) {
        for (const auto &vendors : m_counts)
            count += total(vendors);
    } else if (vendor.isEmpty()) {
        count = total(m_counts[static_cast<size_t>(*kind)]);
    } else {
        count = m_counts[static_cast<size_t>(*kind)].at(index.row()).count;
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = !kind ? tr("All items")
            : vendor.isEmpty()     ? CatalogItem::kindDisplayName(*kind)
                                   : vendor;
        //: A tree node with its number of items, e.g. "GPU server (20)"
        return tr("%1 (%2)").arg(name).arg(count);
    }
    case KindRole:
        return kind ? QVariant(static_cast<int>(*kind)) : QVariant();
    case VendorRole:
        return vendor.isEmpty() ? QVariant() : QVariant(vendor);
    case CountRole:
        return count;
    default:
        return {};
    }
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel || index.row() == 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}
